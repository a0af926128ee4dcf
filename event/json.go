package event

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/vocab"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// The JSON form of an event is its fields, header fields at the top level,
// with a "kind" field first that names the concrete type. Each kind's file
// gives it a MarshalJSON, an appendJSON and an UnmarshalJSON of a few
// lines, through appendKind and decodeKind below; decoding into the interface goes
// through [Unmarshal], which reads the kind and decodes the kind the table
// of kinds makes for it, and [List], whose UnmarshalJSON does the same for
// each element.

// appendKind appends to b the JSON of v (a pointer to a method-less copy
// of an event of kind k) with the kind field first, and returns the
// extended buffer; on error it returns b as it was. The body is encoded
// straight after the kind, once: encoding/json re-scans what a
// MarshalJSON method returns, so the encoders of lists, stories and
// streams append this instead of marshalling the event again.
func appendKind(b []byte, k Kind, v any) ([]byte, error) {
	w := kindWriter{b: b}
	w.b = append(w.b, `{"kind":"`...)
	w.b = append(w.b, k...)
	w.b = append(w.b, '"')
	// An Encoder writes exactly what Marshal returns and a newline, in
	// one Write, with HTML escaped as Marshal does.
	if err := json.NewEncoder(&w).Encode(v); err != nil {
		return b, fmt.Errorf("event: %s: %w", k, err)
	}
	return w.b, nil
}

// kindWriter takes the one Write of a json.Encoder, an object and a
// newline, and appends the object's members after the kind field that b
// ends with.
type kindWriter struct {
	b []byte
}

func (w *kindWriter) Write(p []byte) (int, error) {
	body := bytes.TrimSuffix(p, []byte("\n"))
	if len(body) < 2 || body[0] != '{' {
		return 0, fmt.Errorf("json: an event is not an object: %.20q", body)
	}
	if len(body) > 2 {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, body[1:]...)
	return len(p), nil
}

// appender is an event that appends its JSON form to a buffer: every
// kind is one (a test checks it).
type appender interface {
	appendJSON(b []byte) ([]byte, error)
}

// appendEvent appends the JSON of e, as its MarshalJSON writes it, to b.
func appendEvent(b []byte, e Event) ([]byte, error) {
	if a, ok := e.(appender); ok {
		return a.appendJSON(b)
	}
	data, err := e.MarshalJSON()
	return append(b, data...), err
}

// AppendJSON appends the JSON form of e, the bytes its MarshalJSON
// returns, to b and returns the extended buffer. It is for encoders of
// many events: each is written straight into the caller's buffer, without
// a slice of its own to copy from. A nil event, or a nil pointer of a
// kind, is an error; on error it returns b (whose spare capacity may have
// been written, as with any append).
func AppendJSON(b []byte, e Event) ([]byte, error) {
	if isNil(e) {
		return b, errors.New("event: cannot encode a nil event")
	}
	return appendEvent(b, e)
}

// kindField is the "kind" field beside an event's own fields, in the
// struct that a kind's UnmarshalJSON decodes into.
type kindField struct {
	Kind string `json:"kind"`
}

// decodeKind strictly decodes data into w, a struct of a kindField and a
// method-less pointer to dst, and checks that the kind field names kind
// k. JSON null leaves dst as it is, as encoding/json does; anything else
// first resets dst to its zero value, so no field of an earlier decode
// survives.
func decodeKind[T any](data []byte, k Kind, dst *T, w any, kf *kindField) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	var zero T
	*dst = zero
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
// layout is scanned and split, so that every error is located.
func peekKind(data []byte) (string, error) {
	d := bytes.TrimLeft(data, " \t\r\n")
	if bytes.HasPrefix(d, kindPrefix) {
		rest := d[len(kindPrefix):]
		if i := bytes.IndexByte(rest, '"'); i > 0 && bytes.IndexByte(rest[:i], '\\') < 0 {
			return string(rest[:i]), nil
		}
	}
	if err := jsonx.Scan(data, jsonx.Limits{}); err != nil {
		p := err.(*jsonx.Problem)
		return "", &vocab.DecodeError{Scope: "event", Offset: p.Offset, Path: p.Path, Err: p.Err}
	}
	members, err := jsonx.Members(data)
	if err != nil {
		p := err.(*jsonx.Problem)
		return "", &vocab.DecodeError{Scope: "event", Offset: p.Offset, Path: p.Path, Err: p.Err}
	}
	for _, m := range members {
		if m.Key != "kind" {
			continue
		}
		var k string
		if err := json.Unmarshal(data[m.Value.Start:m.Value.End], &k); err != nil {
			return "", &vocab.DecodeError{Scope: "event", Offset: int64(m.Value.Start), Path: "kind", Err: errors.New("json: the kind is not text")}
		}
		return k, nil
	}
	return "", &vocab.DecodeError{Scope: "event", Offset: 0, Err: errors.New(`json: missing "kind" field`)}
}

// Unmarshal decodes one event of any kind from its JSON form and returns
// the concrete type behind the interface (a *Attack for "kind":"attack").
// Every error is a *[vocab.DecodeError] that gives the byte offset and the
// JSON path; an unknown kind is a *[vocab.UnknownError] inside it at the
// path "kind" (errors.Is finds [vocab.ErrUnknown]), and so is an unknown
// field. Unmarshal does not validate: call Validate on the result.
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
		off := int64(bytes.Index(data, []byte(`"kind"`)))
		return nil, &vocab.DecodeError{Scope: "event", Offset: off, Path: "kind", Err: err}
	}
	if err := e.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return e, nil
}

// List is a list of events of any kinds. It encodes as a JSON array and
// decodes each element into its concrete type.
type List []Event

// UnmarshalJSON decodes an array of events of any kinds; an error is a
// *[vocab.DecodeError] whose path starts with the element's index
// ("[3].title"). JSON null gives a nil List, as it does for any slice.
func (l *List) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		*l = nil
		return nil
	}
	fail := func(p *jsonx.Problem) error {
		return &vocab.DecodeError{Scope: "event: list", Offset: p.Offset, Path: p.Path, Err: p.Err}
	}
	if err := jsonx.Scan(data, jsonx.Limits{}); err != nil {
		return fail(err.(*jsonx.Problem))
	}
	start := 0
	for start < len(data) && (data[start] == ' ' || data[start] == '\t' || data[start] == '\r' || data[start] == '\n') {
		start++
	}
	elems, p := jsonx.Elements(data, jsonx.Span{Start: start, End: len(data)})
	if p != nil {
		return fail(p)
	}
	out := make(List, len(elems))
	for i, sp := range elems {
		path := "[" + strconv.Itoa(i) + "]"
		raw := data[sp.Start:sp.End]
		if jsonx.IsNull(raw) {
			return fail(&jsonx.Problem{Offset: int64(sp.Start), Path: path, Err: errors.New("json: an event is null")})
		}
		e, err := Unmarshal(raw)
		if err != nil {
			var d *vocab.DecodeError
			if errors.As(err, &d) {
				off := int64(-1)
				if d.Offset >= 0 {
					off = int64(sp.Start) + d.Offset
				}
				inner := d.Path
				if inner != "" && inner[0] != '[' {
					inner = "." + inner
				}
				return &vocab.DecodeError{Scope: "event: list", Offset: off, Path: path + inner, Err: d.Err}
			}
			return &vocab.DecodeError{Scope: "event: list", Offset: int64(sp.Start), Path: path, Err: err}
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
	return l.appendJSON(nil)
}

// appendJSON appends the JSON array of the events of l, each encoded once
// straight into b.
func (l List) appendJSON(b []byte) ([]byte, error) {
	b = append(b, '[')
	for i, e := range l {
		if isNil(e) {
			return nil, fmt.Errorf("event: list[%d]: nil event", i)
		}
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = appendEvent(b, e); err != nil {
			return nil, fmt.Errorf("event: list[%d]: %w", i, err)
		}
	}
	return append(b, ']'), nil
}
