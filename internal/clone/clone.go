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
	p := planOf(reflect.TypeFor[T]())
	if p == nil {
		return v
	}
	var out T
	p.copy(reflect.ValueOf(&out).Elem(), reflect.ValueOf(&v).Elem())
	return out
}

// plan says how to copy a value of one type deeply. A type whose values
// share nothing when assigned has no plan (nil): it is copied by
// assignment. Plans are made once per type and point to the plans of the
// types they hold, so a copy looks nothing up in a map below its top.
type plan struct {
	kind reflect.Kind
	typ  reflect.Type
	elem *plan // slice, array, pointer and map elements; nil when shallow
	// fields are the struct fields that need a deep copy.
	fields []fieldPlan
	// iface: an interface, whose dynamic type's plan is looked up per copy.
	iface bool
}

type fieldPlan struct {
	index int
	plan  *plan
}

// plans holds the plan of every type met so far: reflect.Type -> *plan
// (nil stored as a typed nil for shallow types).
var plans sync.Map

// planOf returns the plan of t, making it (and those of the types below
// it) on first use.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p := build(t, map[reflect.Type]*plan{})
	plans.Store(t, p)
	return p
}

// build makes the plan of t; making holds the plans being made, so that a
// recursive type refers to its own plan.
func build(t reflect.Type, making map[reflect.Type]*plan) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	if p, ok := making[t]; ok {
		return p
	}
	if !deep(t, map[reflect.Type]bool{}) {
		return nil
	}
	p := &plan{kind: t.Kind(), typ: t}
	making[t] = p
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Map:
		p.elem = build(t.Elem(), making)
	case reflect.Interface:
		p.iface = true
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if fp := build(f.Type, making); fp != nil {
				p.fields = append(p.fields, fieldPlan{i, fp})
			}
		}
	}
	return p
}

// deep reports whether a value of t can hold memory that a plain
// assignment would share.
func deep(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false // a recursive type is shared only through a kind below
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	case reflect.Array:
		return deep(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && deep(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// copyElem sets dst to a deep copy of src by p, or by assignment when p is
// nil.
func copyElem(p *plan, dst, src reflect.Value) {
	if p == nil {
		dst.Set(src)
		return
	}
	p.copy(dst, src)
}

// copy sets dst, a settable value of p's type, to a deep copy of src.
func (p *plan) copy(dst, src reflect.Value) {
	switch p.kind {
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		n := src.Len()
		s := reflect.MakeSlice(p.typ, n, n)
		if p.elem == nil {
			reflect.Copy(s, src)
		} else {
			for i := range n {
				p.elem.copy(s.Index(i), src.Index(i))
			}
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(p.typ, src.Len())
		it := src.MapRange()
		for it.Next() {
			v := reflect.New(p.typ.Elem()).Elem()
			copyElem(p.elem, v, it.Value())
			m.SetMapIndex(it.Key(), v)
		}
		dst.Set(m)
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		n := reflect.New(p.typ.Elem())
		copyElem(p.elem, n.Elem(), src.Elem())
		dst.Set(n)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		e := src.Elem()
		v := reflect.New(e.Type()).Elem()
		copyElem(planOf(e.Type()), v, e)
		dst.Set(v)
	case reflect.Array:
		for i := range src.Len() {
			copyElem(p.elem, dst.Index(i), src.Index(i))
		}
	case reflect.Struct:
		dst.Set(src) // unexported fields as they are
		for _, f := range p.fields {
			f.plan.copy(dst.Field(f.index), src.Field(f.index))
		}
	}
}
