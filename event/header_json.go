package event

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/newsevent/newsevent/internal/jsonw"
	"github.com/newsevent/newsevent/source"
)

// The header of an event is written by hand, byte for byte what
// encoding/json writes for its fields (tests check it on many events, and
// that every field of Header is written here): it is in every event, and
// by reflection each of its IDs, times, enums and counts went through a
// method and an interface. The kind's own fields follow through
// encoding/json, from a copy of the kind's struct type whose Header is
// hidden from it.

// headerMembers are the JSON names that Header.appendJSON writes, in the
// order of the struct; a test checks them against the fields of Header.
var headerMembers = []string{"id", "title", "time", "rescheduled", "places", "status", "attributions", "links", "figures", "notes", "description", "names", "other_times", "involved"}

// linkMembers are the JSON names that Link.appendJSON writes.
var linkMembers = []string{"ref", "type", "to", "offset", "text", "attributions"}

// appendJSON writes the members of the header to o.
func (h *Header) appendJSON(o *jsonw.Object) {
	o.UUID("id", [16]byte(h.ID))
	o.String("title", h.Title)
	if !h.Time.IsZero() && o.Key("time") {
		o.Set(jsonw.Source.Time(o.Buf(), &h.Time))
	}
	if !h.Rescheduled.IsZero() && o.Key("rescheduled") {
		o.Set(jsonw.Source.Time(o.Buf(), &h.Rescheduled))
	}
	if h.Places != nil && o.Key("places") {
		o.Set(jsonw.UUIDs(o.Buf(), h.Places), nil)
	}
	putEnum(o, "status", h.Status, h.Status.IsValid())
	if o.Key("attributions") {
		o.Set(appendAttributions(o.Buf(), h.Attributions))
	}
	if h.Links != nil && o.Key("links") {
		o.Set(jsonw.Array(o.Buf(), h.Links, (*Link).appendJSON))
	}
	if h.Figures != nil && o.Key("figures") {
		o.Set(jsonw.Array(o.Buf(), h.Figures, func(c *source.Count, b []byte) ([]byte, error) { return jsonw.Source.Count(b, c) }))
	}
	if h.Notes != nil {
		o.Value("notes", h.Notes)
	}
	if h.Description != "" {
		o.String("description", h.Description)
	}
	if h.Names != nil {
		o.Value("names", h.Names)
	}
	if h.OtherTimes != nil {
		o.Value("other_times", h.OtherTimes)
	}
	if h.Involved != nil {
		o.Value("involved", h.Involved)
	}
}

// appendJSON appends the JSON of l to b, as json.Marshal writes it; its
// offset, which is rare, through json.Marshal.
func (l *Link) appendJSON(b []byte) ([]byte, error) {
	o := jsonw.Start(b)
	if l.Ref != "" {
		o.String("ref", l.Ref)
	}
	putEnum(&o, "type", l.Type, l.Type.IsValid())
	o.UUID("to", [16]byte(l.To))
	if !l.Offset.IsZero() {
		o.Value("offset", l.Offset)
	}
	if l.Text != "" {
		o.String("text", l.Text)
	}
	if l.Attributions != nil && o.Key("attributions") {
		o.Set(appendAttributions(o.Buf(), l.Attributions))
	}
	return o.End()
}

// appendAttributions appends a JSON array of attributions, null for nil.
func appendAttributions(b []byte, l []source.Attribution) ([]byte, error) {
	if l == nil {
		return append(b, "null"...), nil
	}
	return jsonw.Array(b, l, func(a *source.Attribution, b []byte) ([]byte, error) { return jsonw.Source.Attribution(b, a) })
}

// putEnum writes the member name with the value v of a closed set, or
// the error of its MarshalText when v is not in the set.
func putEnum[T interface {
	~string
	MarshalText() ([]byte, error)
}](o *jsonw.Object, name string, v T, valid bool) {
	if !valid {
		_, err := v.MarshalText()
		o.Fail(err)
		return
	}
	o.String(name, string(v))
}

// bodies holds, for each kind, a struct type of the same fields as the
// kind's, at the same offsets, whose Header is a field that encoding/json
// skips: a pointer to the kind's struct, seen as one to it, encodes the
// kind's own fields alone.
var bodies = map[Kind]reflect.Type{}

func init() {
	for _, k := range Kinds() {
		e, err := Zero(k)
		if err != nil {
			panic(err)
		}
		bodies[k] = bodyOf(reflect.TypeOf(e).Elem())
	}
}

// bodyOf returns the struct type of the fields of t, a kind's struct
// whose first field is the embedded Header, with that field hidden from
// encoding/json; it panics if the layouts differ.
func bodyOf(t reflect.Type) reflect.Type {
	fields := make([]reflect.StructField, t.NumField())
	for i := range fields {
		f := t.Field(i)
		switch {
		case i == 0:
			if !f.Anonymous || f.Type != reflect.TypeFor[Header]() {
				panic(fmt.Sprintf("event: %v: the first field is not the embedded Header", t))
			}
			f = reflect.StructField{Name: "Header", Type: f.Type, Tag: `json:"-"`}
		case f.Anonymous || !f.IsExported():
			panic(fmt.Sprintf("event: %v: field %s is embedded or unexported", t, f.Name))
		default:
			f = reflect.StructField{Name: f.Name, Type: f.Type, Tag: f.Tag}
		}
		fields[i] = f
	}
	b := reflect.StructOf(fields)
	if b.Size() != t.Size() || b.Align() != t.Align() {
		panic(fmt.Sprintf("event: %v: the body's layout differs", t))
	}
	for i := range fields {
		if b.Field(i).Offset != t.Field(i).Offset {
			panic(fmt.Sprintf("event: %v: the body's layout differs at %s", t, fields[i].Name))
		}
	}
	return b
}

// appendEventJSON appends to b the JSON of an event of kind k, whose
// header is h and whose method-less copy v points to (v is a pointer to
// the struct h is the first field of): the kind, the header written by
// hand, then the kind's own fields through encoding/json. On error it
// encodes v whole with [appendKind], which returns the error encoding/json
// gives.
func appendEventJSON(b []byte, k Kind, h *Header, v any) ([]byte, error) {
	body, ok := bodies[k]
	if !ok {
		return appendKind(b, k, v)
	}
	o := jsonw.Start(b)
	o.String("kind", string(k))
	h.appendJSON(&o)
	out, err := o.End()
	if err != nil {
		return appendKind(b, k, v)
	}
	w := kindWriter{b: out[:len(out)-1]}
	rest := reflect.NewAt(body, reflect.ValueOf(v).UnsafePointer()).Interface()
	if err := json.NewEncoder(&w).Encode(rest); err != nil {
		return appendKind(b, k, v)
	}
	return w.b, nil
}
