package event

import (
	"github.com/newsevent/newsevent/internal/jsonw"
	"github.com/newsevent/newsevent/source"
)

// The header of an event is written by hand, byte for byte what
// encoding/json writes for its fields (tests check it on many events, and
// that every field of Header is written here): it is in every event, and
// by reflection each of its IDs, times, enums and counts went through a
// method and an interface. The kind's own fields follow, written by
// encoders that internal/encgen generates from the Go types into
// body_json_gen.go (appendBody), with the helpers below; tests check
// that they write every field of every kind, and the bytes encoding/json
// writes.

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
	jsonw.Enum(o, "status", h.Status)
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
	jsonw.Enum(&o, "type", l.Type)
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

// appendIDs appends a JSON array of the canonical texts of l, null for
// nil.
func appendIDs[T ~[16]byte](b []byte, l []T) []byte {
	if l == nil {
		return append(b, "null"...)
	}
	return jsonw.UUIDs(b, l)
}

// appendBody writes to o the members of the own fields of v, a pointer to
// the method-less copy of an event (*plainMeeting...), and reports whether
// it knows v's type. body_json_gen.go sets it to the encoders that
// internal/encgen generates; without them (under the build tag encgen)
// it is nil, and events are encoded whole through encoding/json.
var appendBody func(o *jsonw.Object, v any) bool

// appendEventJSON appends to b the JSON of an event of kind k, whose
// header is h and whose method-less copy v points to (v is a pointer to
// the struct h is the first field of): the kind and the header written by
// hand, then the kind's own fields by the generated [appendBody]. On
// error, or for a kind appendBody does not know, it encodes v whole with
// [appendKind], which returns the error encoding/json gives.
func appendEventJSON(b []byte, k Kind, h *Header, v any) ([]byte, error) {
	if appendBody == nil {
		return appendKind(b, k, v)
	}
	o := jsonw.Start(b)
	o.String("kind", string(k))
	h.appendJSON(&o)
	if !appendBody(&o, v) {
		return appendKind(b, k, v)
	}
	out, err := o.End()
	if err != nil {
		return appendKind(b, k, v)
	}
	return out, nil
}
