package validate

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"
	"unsafe"
)

type zeroInner struct {
	F   float64
	F32 float32
	S   string
	L   []int
	I16 int16
	I32 int32
	B   [3]byte
	Fn  func()
}

type zeroOuter struct {
	_   int
	T   time.Time
	In  zeroInner
	P   *int
	Any any
	Err error
	M   map[string]int
	I8  int8
	B   bool
	U   uint8
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
		{In: zeroInner{I16: 1}},
		{In: zeroInner{I32: -1}},
		{In: zeroInner{B: [3]byte{0, 0, 1}}},
		{In: zeroInner{Fn: func() {}}},
		{In: zeroInner{F32: float32(math.Copysign(0, -1))}},
		{In: zeroInner{F32: 0.5}},
		{T: time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC)},
		{T: time.Time{}.In(time.FixedZone("x", 3600))},
		{P: &one},
		{Any: 0},
		{Err: errors.New("x")},
		{M: map[string]int{}},
		{I8: -1},
		{B: true},
		{U: 1},
	}
	// The blank field alone set: reflect does not count it.
	var blank zeroOuter
	*(*int)(unsafe.Pointer(&blank)) = 7
	values = append(values, blank)

	if _, flat := zeroWords(reflect.TypeFor[zeroOuter](), 0, nil); !flat {
		t.Fatal("zeroOuter is not flattened: the test would only try reflect")
	}
	zero := isZero(reflect.TypeFor[zeroOuter]())
	for i := range values {
		want := reflect.ValueOf(&values[i]).Elem().IsZero()
		if got := zero(unsafe.Pointer(&values[i])); got != want {
			t.Errorf("value %d (%+v): isZero %v, reflect says %v", i, values[i], got, want)
		}
	}

	// A struct that is not flattened (a complex number, an array of
	// strings) is left to reflect, with the same answers.
	type other struct {
		C     complex64
		Names [1]string
	}
	for _, v := range []other{{}, {C: complex(0, 1)}, {Names: [1]string{"x"}}} {
		want := reflect.ValueOf(&v).Elem().IsZero()
		if got := isZero(reflect.TypeFor[other]())(unsafe.Pointer(&v)); got != want {
			t.Errorf("%+v: isZero %v, reflect says %v", v, got, want)
		}
	}
}
