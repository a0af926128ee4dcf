// Package walk finds every value of chosen types inside a record, with its
// JSON path: every reference (a typed ID) and every figure (a
// source.Count) inside an event, an actor or a status. It is the one walker
// behind event.Figures and the Story's reference checks, so that a field
// added to any record is found without new code.
//
// It walks by reflection, with a plan per struct type made once that keeps
// only the fields that can hold a target. Its depth is bounded by the
// nesting of the Go types, never by the data; it does not follow
// unexported fields, maps or interfaces.
//
// Reflection rather than a typed walk per kind: a method per kind is what
// STYLE.md asks for where the meaning differs by kind (roles, codes), but
// "every figure" and "every reference" mean the same for every kind, and a
// per-kind method is exactly the place a new field is forgotten. The cost
// is speed, measured in BENCHMARKS.md. Where speed matters, typed walks
// generated from the same types by internal/walkgen replace it (the
// Checker's reference checks); they build the same [Path] with
// [Path.Field], [Path.Index] and [Path.Pop], and a test proves that they
// visit what this walker visits, in the same order.
package walk

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Plan finds the values of a fixed list of target types. Make one per use
// with [New], at package level, and share it: it is safe for concurrent
// use.
type Plan struct {
	targets map[reflect.Type]int
	fields  sync.Map // reflect.Type -> []field
	refers  sync.Map // reflect.Type -> bool
}

// field says how to walk one field of a struct.
type field struct {
	index int
	name  string // JSON name; empty for an embedded struct
}

// New returns a plan that finds values of the target types; a visit
// reports a found value's position in targets.
func New(targets ...reflect.Type) *Plan {
	p := &Plan{targets: make(map[reflect.Type]int, len(targets))}
	for i, t := range targets {
		p.targets[t] = i
	}
	return p
}

// Visit is called for every value found: which target type it is (its
// index in the list given to New), the value itself (addressable, so a
// struct can be read through a pointer without a copy), and the path to
// it. A visit to a struct target is followed by the visits inside it.
type Visit func(target int, v reflect.Value, at *Path)

// Walk calls visit for every target value inside v, a struct or a pointer
// to one, in the order of the fields (that of the JSON form). A nil
// pointer is walked as nothing.
func (p *Plan) Walk(v any, visit Visit) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return
	}
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	if !rv.CanAddr() {
		c := reflect.New(rv.Type()).Elem()
		c.Set(rv)
		rv = c
	}
	var at Path
	p.value(rv, &at, visit)
}

// mayRefer reports whether values of type t can hold a target.
func (p *Plan) mayRefer(t reflect.Type) bool {
	if r, ok := p.refers.Load(t); ok {
		return r.(bool)
	}
	r := p.mayReferType(t, map[reflect.Type]bool{})
	p.refers.Store(t, r)
	return r
}

func (p *Plan) mayReferType(t reflect.Type, seen map[reflect.Type]bool) bool {
	if _, ok := p.targets[t]; ok {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return p.mayReferType(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && p.mayReferType(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

func (p *Plan) fieldsOf(t reflect.Type) []field {
	if f, ok := p.fields.Load(t); ok {
		return f.([]field)
	}
	var out []field
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || !p.mayRefer(f.Type) {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && name == "":
		case name == "":
			name = f.Name
		}
		out = append(out, field{index: i, name: name})
	}
	p.fields.Store(t, out)
	return out
}

// value walks an addressable value.
func (p *Plan) value(v reflect.Value, at *Path, visit Visit) {
	t := v.Type()
	if i, ok := p.targets[t]; ok {
		visit(i, v, at)
		if t.Kind() != reflect.Struct {
			return
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		for _, f := range p.fieldsOf(t) {
			at.segs = append(at.segs, seg{name: f.name, index: -1})
			p.value(v.Field(f.index), at, visit)
			at.segs = at.segs[:len(at.segs)-1]
		}
	case reflect.Slice, reflect.Array:
		if !p.mayRefer(t.Elem()) {
			return
		}
		for i := range v.Len() {
			at.segs = append(at.segs, seg{index: i})
			p.value(v.Index(i), at, visit)
			at.segs = at.segs[:len(at.segs)-1]
		}
	case reflect.Pointer:
		if !v.IsNil() {
			p.value(v.Elem(), at, visit)
		}
	}
}

// Path is where a visited value sits in the record, built into a string
// only when asked for.
type Path struct {
	segs []seg
}

// seg is one step of a path: a field name, or an index when name is ""
// and index is not negative; an embedded struct is a step with neither.
type seg struct {
	name  string
	index int
}

// Field steps into the field of JSON name name, as a typed walk that
// builds its own path does; [Path.Pop] steps back out. An empty name is
// an embedded struct, no step in JSON.
func (p *Path) Field(name string) { p.segs = append(p.segs, seg{name: name, index: -1}) }

// Index steps into element i of a slice or an array; [Path.Pop] steps
// back out.
func (p *Path) Index(i int) { p.segs = append(p.segs, seg{index: i}) }

// Pop undoes the last [Path.Field] or [Path.Index].
func (p *Path) Pop() { p.segs = p.segs[:len(p.segs)-1] }

// Reset empties the path, keeping its storage for the next walk.
func (p *Path) Reset() { p.segs = p.segs[:0] }

// String returns the JSON path under prefix: "casualties[0].attributions[1].source".
func (p *Path) String(prefix string) string {
	return string(p.Append([]byte(prefix)))
}

// Append appends the JSON path to b, which holds its prefix, and returns
// the extended buffer, as [Path.String] would spell it.
func (p *Path) Append(b []byte) []byte {
	for _, s := range p.segs {
		switch {
		case s.name == "" && s.index < 0:
			// an embedded struct: no step in JSON
		case s.name == "":
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
		default:
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, s.name...)
		}
	}
	return b
}

// IsField reports whether the path is the field name of the record itself
// (through embedded structs only): "id" of an event is a field of its
// embedded header.
func (p *Path) IsField(name string) bool {
	found := false
	for _, s := range p.segs {
		switch {
		case s.name == "" && s.index < 0:
		case s.name == name && !found:
			found = true
		default:
			return false
		}
	}
	return found
}
