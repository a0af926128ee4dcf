// Package clone makes deep copies of the library's records, so that a value
// handed out (by a builder's Build, by an event's Head, by a Story's
// look-ups) shares no slice, map or pointer with the value kept. It works
// by reflection, with a plan per type made once, so that a field added to
// a record is copied without new code.
//
// Only exported fields are followed: unexported fields belong to value
// types of other packages (time.Time, language.Tag, vocab.Country) whose
// contents never change, and are copied as they are. The depth of a copy
// is bounded by the nesting of the Go types, never by the data.
package clone

import (
	"reflect"
	"sync"
)

// Of returns a deep copy of v. Nil slices, maps and pointers stay nil and
// empty ones stay empty, so that a copy encodes to the same JSON.
func Of[T any](v T) T {
	src := reflect.ValueOf(&v).Elem()
	if !deep(src.Type()) {
		return v
	}
	var out T
	copyInto(reflect.ValueOf(&out).Elem(), src)
	return out
}

// deepCache records, per type, whether a value of it can hold memory that
// a plain assignment would share.
var deepCache sync.Map // reflect.Type -> bool

func deep(t reflect.Type) bool {
	if d, ok := deepCache.Load(t); ok {
		return d.(bool)
	}
	d := deepType(t, map[reflect.Type]bool{})
	deepCache.Store(t, d)
	return d
}

func deepType(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false // a recursive type is shared only through a kind below
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	case reflect.Array:
		return deepType(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && deepType(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// copyInto sets dst, a settable value, to a deep copy of src.
func copyInto(dst, src reflect.Value) {
	t := src.Type()
	if !deep(t) {
		dst.Set(src)
		return
	}
	switch t.Kind() {
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		n := src.Len()
		s := reflect.MakeSlice(t, n, n)
		if deep(t.Elem()) {
			for i := range n {
				copyInto(s.Index(i), src.Index(i))
			}
		} else {
			reflect.Copy(s, src)
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(t, src.Len())
		it := src.MapRange()
		for it.Next() {
			v := reflect.New(t.Elem()).Elem()
			copyInto(v, it.Value())
			m.SetMapIndex(it.Key(), v)
		}
		dst.Set(m)
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(t.Elem())
		copyInto(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		v := reflect.New(src.Elem().Type()).Elem()
		copyInto(v, src.Elem())
		dst.Set(v)
	case reflect.Array:
		for i := range src.Len() {
			copyInto(dst.Index(i), src.Index(i))
		}
	case reflect.Struct:
		dst.Set(src) // unexported fields as they are
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && deep(f.Type) {
				copyInto(dst.Field(i), src.Field(i))
			}
		}
	}
}
