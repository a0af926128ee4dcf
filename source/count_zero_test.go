package source_test

import (
	"math"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/source"
)

// Count.IsZero decides as reflect.Value.IsZero does, which is what
// omitzero tests: the zero Count is zero, a -0 figure keeps it zero, and
// a value put into any one field, at any depth, makes it not (a NaN and an
// empty but non-nil list included). A field added to Count and left out
// of IsZero fails here.
func TestCountIsZeroAsReflect(t *testing.T) {
	assert.True(t, source.Count{}.IsZero())
	assert.True(t, source.Count{Value: math.Copysign(0, -1)}.IsZero())
	typ := reflect.TypeFor[source.Count]()
	n := 0
	for i := range typ.NumField() {
		for k, set := range nonZeros(typ.Field(i).Type) {
			var c source.Count
			set(settable(reflect.ValueOf(&c).Elem().Field(i)))
			want := reflect.ValueOf(c).IsZero()
			assert.Equal(t, want, c.IsZero(), "%s, value %d", typ.Field(i).Name, k)
			assert.False(t, c.IsZero(), "%s, value %d", typ.Field(i).Name, k)
			n++
		}
	}
	t.Logf("%d counts with one field set", n)
}

// settable returns v, made settable when it is an unexported field.
func settable(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// nonZeros returns ways to put a non-zero value into a settable value of
// type t: one for each kind of non-zero that reflect tells apart, and one
// per field or element for a struct or an array.
func nonZeros(t reflect.Type) []func(reflect.Value) {
	if t == reflect.TypeFor[time.Time]() {
		return []func(reflect.Value){
			func(v reflect.Value) { v.Set(reflect.ValueOf(time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC))) },
			func(v reflect.Value) { v.Set(reflect.ValueOf(time.Time{}.In(time.FixedZone("X", 3600)))) },
		}
	}
	switch t.Kind() {
	case reflect.String:
		return []func(reflect.Value){func(v reflect.Value) { v.SetString("x") }}
	case reflect.Float32, reflect.Float64:
		return []func(reflect.Value){
			func(v reflect.Value) { v.SetFloat(1) },
			func(v reflect.Value) { v.SetFloat(math.NaN()) },
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return []func(reflect.Value){func(v reflect.Value) { v.SetInt(-1) }}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return []func(reflect.Value){func(v reflect.Value) { v.SetUint(1) }}
	case reflect.Bool:
		return []func(reflect.Value){func(v reflect.Value) { v.SetBool(true) }}
	case reflect.Slice, reflect.Map:
		return []func(reflect.Value){func(v reflect.Value) {
			if t.Kind() == reflect.Slice {
				v.Set(reflect.MakeSlice(t, 0, 0))
			} else {
				v.Set(reflect.MakeMap(t))
			}
		}}
	case reflect.Pointer:
		return []func(reflect.Value){func(v reflect.Value) { v.Set(reflect.New(t.Elem())) }}
	case reflect.Array:
		var out []func(reflect.Value)
		for i := range t.Len() {
			for _, set := range nonZeros(t.Elem()) {
				out = append(out, func(v reflect.Value) { set(v.Index(i)) })
			}
		}
		return out
	case reflect.Struct:
		var out []func(reflect.Value)
		for i := range t.NumField() {
			for _, set := range nonZeros(t.Field(i).Type) {
				out = append(out, func(v reflect.Value) { set(settable(v.Field(i))) })
			}
		}
		return out
	}
	panic("nonZeros: kind " + t.Kind().String())
}
