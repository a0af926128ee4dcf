package event

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/newsevent/newsevent/internal/excerpt"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// The JSON form of an event is its fields, header fields at the top level,
// with a "kind" field first that names the concrete type. Each kind's file
// gives it a MarshalJSON and an UnmarshalJSON of two lines, through
// marshalKind and decodeKind below; decoding into the interface goes
// through [Unmarshal], which reads the kind and decodes the kind the table
// of kinds makes for it, and [List], whose UnmarshalJSON does the same for
// each element.

// marshalKind marshals v (a method-less copy of an event of kind k) and
// puts the kind field first.
func marshalKind(k Kind, v any) ([]byte, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("event: %s: %w", k, err)
	}
	out := make([]byte, 0, len(body)+len(k)+12)
	out = append(out, `{"kind":"`...)
	out = append(out, k...)
	out = append(out, '"')
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...), nil
}

// kindField is the "kind" field beside an event's own fields, in the
// struct that a kind's UnmarshalJSON decodes into.
type kindField struct {
	Kind string `json:"kind"`
}

// decodeKind strictly decodes data into w, a struct of a kindField and a
// method-less pointer to the event, and checks that the kind field names
// kind k.
func decodeKind(data []byte, k Kind, w any, kf *kindField) error {
	if err := jsonx.Strict(scopes[k], data, w); err != nil {
		return err
	}
	if kf.Kind != string(k) {
		return fmt.Errorf("event: %s: kind is %s, not %q", k, excerpt.Quote(kf.Kind), k)
	}
	return nil
}

var kindPrefix = []byte(`{"kind":"`)

// peekKind returns the value of the object's "kind" field. The encoder
// writes it first, so that case is read without decoding; any other
// layout is decoded.
func peekKind(data []byte) (string, error) {
	d := bytes.TrimLeft(data, " \t\r\n")
	if bytes.HasPrefix(d, kindPrefix) {
		rest := d[len(kindPrefix):]
		if i := bytes.IndexByte(rest, '"'); i > 0 && bytes.IndexByte(rest[:i], '\\') < 0 {
			return string(rest[:i]), nil
		}
	}
	var k struct {
		Kind *string `json:"kind"`
	}
	if err := json.Unmarshal(data, &k); err != nil {
		return "", fmt.Errorf("event: %w", err)
	}
	if k.Kind == nil {
		return "", fmt.Errorf("event: missing \"kind\" field")
	}
	return *k.Kind, nil
}

// Unmarshal decodes one event of any kind from its JSON form and returns
// the concrete type behind the interface (a *Attack for "kind":"attack").
// An unknown kind is a *[vocab.UnknownError] (errors.Is finds
// [vocab.ErrUnknown]), and so is an unknown field; a missing kind is an
// error that says so. Errors are *[vocab.DecodeError] values that give the
// byte offset and JSON path. Unmarshal does not validate: call Validate on
// the result.
//
// Worst case: time linear in len(data), bounded nesting; it keeps no
// limits of size of its own: read untrusted streams through the root
// package's decoders, which do (newsevent.Limits).
func Unmarshal(data []byte) (Event, error) {
	k, err := peekKind(data)
	if err != nil {
		return nil, err
	}
	e, err := Zero(Kind(k))
	if err != nil {
		return nil, err
	}
	if err := e.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return e, nil
}

// List is a list of events of any kinds. It encodes as a JSON array and
// decodes each element into its concrete type.
type List []Event

// UnmarshalJSON decodes an array of events of any kinds; the error for a
// bad element gives its index. JSON null gives a nil List, as it does
// for any slice.
func (l *List) UnmarshalJSON(data []byte) error {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return fmt.Errorf("event: list: %w", err)
	}
	if raws == nil {
		*l = nil
		return nil
	}
	out := make(List, len(raws))
	for i, raw := range raws {
		e, err := Unmarshal(raw)
		if err != nil {
			return fmt.Errorf("event: list[%d]: %w", i, err)
		}
		out[i] = e
	}
	*l = out
	return nil
}

// MarshalJSON encodes the list as a JSON array, and a nil List as null,
// as for any slice, so that both decode back as they were; a nil element
// is an error.
func (l List) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("null"), nil
	}
	var b bytes.Buffer
	b.WriteByte('[')
	for i, e := range l {
		if isNil(e) {
			return nil, fmt.Errorf("event: list[%d]: nil event", i)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		data, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("event: list[%d]: %w", i, err)
		}
		b.Write(data)
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}
