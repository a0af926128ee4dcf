package newsevent

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// This file finds the references inside a record: every field of an ID
// type other than the record's own ID, and every source.Count (for the
// refs that figures revise). It walks values by reflection, with a plan
// per type built once, so new fields are checked without new code.

var (
	actorIDType     = reflect.TypeFor[actor.ID]()
	territoryIDType = reflect.TypeFor[territory.ID]()
	sourceIDType    = reflect.TypeFor[source.ID]()
	statusIDType    = reflect.TypeFor[territory.StatusID]()
	eventIDType     = reflect.TypeFor[event.ID]()
	countType       = reflect.TypeFor[source.Count]()
)

// idTypes maps each ID type to the record type it refers to.
var idTypes = map[reflect.Type]recordType{
	actorIDType:     typeActor,
	territoryIDType: typeTerritory,
	sourceIDType:    typeSource,
	statusIDType:    typeStatus,
	eventIDType:     typeEvent,
}

// fieldPlan says how to walk one field of a struct.
type fieldPlan struct {
	index int
	name  string // JSON name; empty for an embedded struct
	typ   reflect.Type
}

// plans caches the fields worth walking, per struct type.
var plans sync.Map // reflect.Type -> []fieldPlan

// mayRefer reports whether values of type t can hold a reference or a
// count; seen guards against recursive types.
func mayRefer(t reflect.Type, seen map[reflect.Type]bool) bool {
	if _, ok := idTypes[t]; ok || t == countType {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return mayRefer(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() && mayRefer(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

func planFor(t reflect.Type) []fieldPlan {
	if p, ok := plans.Load(t); ok {
		return p.([]fieldPlan)
	}
	var out []fieldPlan
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || !mayRefer(f.Type, map[reflect.Type]bool{}) {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			name = ""
		} else if name == "" {
			name = f.Name
		}
		out = append(out, fieldPlan{index: i, name: name, typ: f.Type})
	}
	plans.Store(t, out)
	return out
}

// ref is a reference found in a record.
type ref struct {
	to recordType
	id uuid.UUID
}

// walker walks one record and reports what it finds with the JSON path
// of each find, built only when asked for.
type walker struct {
	segs  []seg
	onRef func(w *walker, r ref)
	onCnt func(w *walker, c *source.Count)
}

// seg is one step of a path: a field name, or an index when name is "".
type seg struct {
	name  string
	index int
}

// path returns the JSON path of the current position, under prefix.
func (w *walker) path(prefix string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, s := range w.segs {
		switch {
		case s.name == "" && s.index < 0:
			// an embedded struct: no step in JSON
		case s.name == "":
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
	}
	return b.String()
}

// record walks a record (a pointer to a struct), skipping its own
// top-level ID.
func (w *walker) record(v reflect.Value) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	w.segs = w.segs[:0]
	w.fields(v, true)
}

func (w *walker) fields(v reflect.Value, top bool) {
	for _, p := range planFor(v.Type()) {
		if top && p.name == "id" {
			continue
		}
		w.segs = append(w.segs, seg{name: p.name, index: -1})
		embeddedTop := top && p.name == ""
		w.value(v.Field(p.index), embeddedTop)
		w.segs = w.segs[:len(w.segs)-1]
	}
}

// value walks an addressable value.
func (w *walker) value(v reflect.Value, top bool) {
	t := v.Type()
	if rt, ok := idTypes[t]; ok {
		var id uuid.UUID
		copy(id[:], v.Bytes())
		if id != (uuid.UUID{}) {
			w.onRef(w, ref{rt, id})
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == countType && w.onCnt != nil {
			w.onCnt(w, v.Addr().Interface().(*source.Count))
		}
		w.fields(v, top)
	case reflect.Slice:
		for i := range v.Len() {
			w.segs = append(w.segs, seg{index: i})
			w.value(v.Index(i), false)
			w.segs = w.segs[:len(w.segs)-1]
		}
	case reflect.Pointer:
		if !v.IsNil() {
			w.value(v.Elem(), top)
		}
	}
}
