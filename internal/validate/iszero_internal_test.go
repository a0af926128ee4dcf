package validate

import (
	"math"
	"reflect"
	"testing"
	"time"
	"unsafe"
)

type zeroInner struct {
	F float64
	S string
	L []int
	A [2]int16
}

type zeroOuter struct {
	_     int
	T     time.Time
	In    zeroInner
	P     *int
	Any   any
	C     complex64
	Names [1]string
	B     bool
	U     uint8
}

// isZero of a struct must say what reflect.Value.IsZero says, field by
// field: a float at -0 is zero, an empty string whose data is not nil is
// zero, a blank field does not count.
func TestIsZeroOfStructsAsReflect(t *testing.T) {
	one := 1
	long := "abc"
	values := []zeroOuter{
		{},
		{In: zeroInner{F: math.Copysign(0, -1)}},
		{In: zeroInner{S: long[:0]}},
		{In: zeroInner{F: math.NaN()}},
		{In: zeroInner{L: []int{}}},
		{In: zeroInner{A: [2]int16{0, 1}}},
		{T: time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC)},
		{T: time.Time{}.In(time.FixedZone("x", 3600))},
		{P: &one},
		{Any: 0},
		{C: complex(0, 1)},
		{Names: [1]string{"x"}},
		{B: true},
		{U: 1},
	}
	// The blank field alone set: reflect does not count it.
	var blank zeroOuter
	*(*int)(unsafe.Pointer(&blank)) = 7
	values = append(values, blank)

	zero := isZero(reflect.TypeFor[zeroOuter]())
	for i := range values {
		want := reflect.ValueOf(&values[i]).Elem().IsZero()
		if got := zero(unsafe.Pointer(&values[i])); got != want {
			t.Errorf("value %d (%+v): isZero %v, reflect says %v", i, values[i], got, want)
		}
	}
}
