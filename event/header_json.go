package event

import (
	"github.com/newsevent/newsevent/internal/jsonw"
	"github.com/newsevent/newsevent/source"
)

// The header of an event and the kind's own fields are written by
// encoders that internal/encgen generates from the Go types into
// body_json_gen.go (appendHead, appendBody), byte for byte what
// encoding/json writes for them, with the helpers below: by reflection
// each of their IDs, times, enums and counts went through a method and an
// interface. Tests check that they write every field of the header and of
// every kind, and the bytes encoding/json writes.

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

// appendHead writes to o the members of the fields of a header.
// body_json_gen.go sets it, with appendBody; without them (under the
// build tag encgen) it is nil.
var appendHead func(o *jsonw.Object, h *Header)

// appendBody writes to o the members of the own fields of v, a pointer to
// the method-less copy of an event (*plainMeeting...), and reports whether
// it knows v's type. body_json_gen.go sets it to the encoders that
// internal/encgen generates; without them (under the build tag encgen)
// it is nil, and events are encoded whole through encoding/json.
var appendBody func(o *jsonw.Object, v any) bool

// appendEventJSON appends to b the JSON of an event of kind k, whose
// header is h and whose method-less copy v points to (v is a pointer to
// the struct h is the first field of): the kind, then the header by the
// generated [appendHead] and the kind's own fields by the generated
// [appendBody]. On error, or for a kind appendBody does not know, it
// encodes v whole with [appendKind], which returns the error
// encoding/json gives.
func appendEventJSON(b []byte, k Kind, h *Header, v any) ([]byte, error) {
	if appendBody == nil || appendHead == nil {
		return appendKind(b, k, v)
	}
	o := jsonw.Start(b)
	o.String("kind", string(k))
	appendHead(&o, h)
	if !appendBody(&o, v) {
		return appendKind(b, k, v)
	}
	out, err := o.End()
	if err != nil {
		return appendKind(b, k, v)
	}
	return out, nil
}
