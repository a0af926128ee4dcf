package event

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// The JSON form of an event is its fields, header fields at the top level,
// with a "kind" field first that names the concrete type. Each concrete
// type marshals itself; decoding into the interface goes through
// [Unmarshal], which reads the kind and decodes the concrete type, and
// [List], whose UnmarshalJSON does the same for each element.

type (
	plainMeeting    Meeting
	plainAttack     Attack
	plainStatement  Statement
	plainProposal   Proposal
	plainResponse   Response
	plainConflict   Conflict
	plainDisaster   Disaster
	plainElection   Election
	plainRoleChange RoleChange
	plainOther      Other
)

// withKind marshals v (a method-less copy of an event) and puts the kind
// field first.
func withKind(k Kind, v any) ([]byte, error) {
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

// MarshalJSON encodes the meeting with "kind":"meeting" first.
func (m Meeting) MarshalJSON() ([]byte, error) { return withKind(KindMeeting, plainMeeting(m)) }

// MarshalJSON encodes the attack with "kind":"attack" first.
func (a Attack) MarshalJSON() ([]byte, error) { return withKind(KindAttack, plainAttack(a)) }

// MarshalJSON encodes the statement with "kind":"statement" first.
func (s Statement) MarshalJSON() ([]byte, error) { return withKind(KindStatement, plainStatement(s)) }

// MarshalJSON encodes the proposal with "kind":"proposal" first.
func (p Proposal) MarshalJSON() ([]byte, error) { return withKind(KindProposal, plainProposal(p)) }

// MarshalJSON encodes the response with "kind":"response" first.
func (r Response) MarshalJSON() ([]byte, error) { return withKind(KindResponse, plainResponse(r)) }

// MarshalJSON encodes the conflict with "kind":"conflict" first.
func (c Conflict) MarshalJSON() ([]byte, error) { return withKind(KindConflict, plainConflict(c)) }

// MarshalJSON encodes the disaster with "kind":"disaster" first.
func (d Disaster) MarshalJSON() ([]byte, error) { return withKind(KindDisaster, plainDisaster(d)) }

// MarshalJSON encodes the election with "kind":"election" first.
func (e Election) MarshalJSON() ([]byte, error) { return withKind(KindElection, plainElection(e)) }

// MarshalJSON encodes the role change with "kind":"role_change" first.
func (r RoleChange) MarshalJSON() ([]byte, error) {
	return withKind(KindRoleChange, plainRoleChange(r))
}

// MarshalJSON encodes the event with "kind":"other" first.
func (o Other) MarshalJSON() ([]byte, error) { return withKind(KindOther, plainOther(o)) }

// UnmarshalJSON decodes a meeting; the kind must be "meeting", and an
// unknown field is an error that names it.
func (m *Meeting) UnmarshalJSON(data []byte) error {
	*m = Meeting{}
	return decode(data, m)
}

// UnmarshalJSON decodes an attack; see [Meeting.UnmarshalJSON].
func (a *Attack) UnmarshalJSON(data []byte) error {
	*a = Attack{}
	return decode(data, a)
}

// UnmarshalJSON decodes a statement; see [Meeting.UnmarshalJSON].
func (s *Statement) UnmarshalJSON(data []byte) error {
	*s = Statement{}
	return decode(data, s)
}

// UnmarshalJSON decodes a proposal; see [Meeting.UnmarshalJSON].
func (p *Proposal) UnmarshalJSON(data []byte) error {
	*p = Proposal{}
	return decode(data, p)
}

// UnmarshalJSON decodes a response; see [Meeting.UnmarshalJSON].
func (r *Response) UnmarshalJSON(data []byte) error {
	*r = Response{}
	return decode(data, r)
}

// UnmarshalJSON decodes a conflict; see [Meeting.UnmarshalJSON].
func (c *Conflict) UnmarshalJSON(data []byte) error {
	*c = Conflict{}
	return decode(data, c)
}

// UnmarshalJSON decodes a disaster; see [Meeting.UnmarshalJSON].
func (d *Disaster) UnmarshalJSON(data []byte) error {
	*d = Disaster{}
	return decode(data, d)
}

// UnmarshalJSON decodes an election; see [Meeting.UnmarshalJSON].
func (e *Election) UnmarshalJSON(data []byte) error {
	*e = Election{}
	return decode(data, e)
}

// UnmarshalJSON decodes a role change; see [Meeting.UnmarshalJSON].
func (r *RoleChange) UnmarshalJSON(data []byte) error {
	*r = RoleChange{}
	return decode(data, r)
}

// UnmarshalJSON decodes an event of the generic kind; see [Meeting.UnmarshalJSON].
func (o *Other) UnmarshalJSON(data []byte) error {
	*o = Other{}
	return decode(data, o)
}

// kindField is the "kind" field beside an event's own fields.
type kindField struct {
	Kind string `json:"kind"`
}

// target returns what to decode an event into: its fields without its
// methods, beside a kind field, and where the kind lands.
func target(e Event) (any, *string) {
	var kf kindField
	switch e := e.(type) {
	case *Meeting:
		return &struct {
			*kindField
			*plainMeeting
		}{&kf, (*plainMeeting)(e)}, &kf.Kind
	case *Attack:
		return &struct {
			*kindField
			*plainAttack
		}{&kf, (*plainAttack)(e)}, &kf.Kind
	case *Statement:
		return &struct {
			*kindField
			*plainStatement
		}{&kf, (*plainStatement)(e)}, &kf.Kind
	case *Proposal:
		return &struct {
			*kindField
			*plainProposal
		}{&kf, (*plainProposal)(e)}, &kf.Kind
	case *Response:
		return &struct {
			*kindField
			*plainResponse
		}{&kf, (*plainResponse)(e)}, &kf.Kind
	case *Conflict:
		return &struct {
			*kindField
			*plainConflict
		}{&kf, (*plainConflict)(e)}, &kf.Kind
	case *Disaster:
		return &struct {
			*kindField
			*plainDisaster
		}{&kf, (*plainDisaster)(e)}, &kf.Kind
	case *Election:
		return &struct {
			*kindField
			*plainElection
		}{&kf, (*plainElection)(e)}, &kf.Kind
	case *RoleChange:
		return &struct {
			*kindField
			*plainRoleChange
		}{&kf, (*plainRoleChange)(e)}, &kf.Kind
	case *Other:
		return &struct {
			*kindField
			*plainOther
		}{&kf, (*plainOther)(e)}, &kf.Kind
	}
	return nil, &kf.Kind
}

// scopes holds the error scope of each kind ("event: attack"), made once
// rather than for every event decoded.
var scopes = func() map[Kind]string {
	m := make(map[Kind]string)
	for _, k := range Kinds() {
		m[k] = "event: " + string(k)
	}
	return m
}()

// decode strictly decodes data into e and checks that the kind field
// names e's kind.
func decode(data []byte, e Event) error {
	w, kind := target(e)
	if err := jsonx.Strict(scopes[e.Kind()], data, w); err != nil {
		return err
	}
	if *kind != string(e.Kind()) {
		return fmt.Errorf("event: %s: kind is %q, not %q", e.Kind(), *kind, e.Kind())
	}
	return nil
}

// newKind returns a new, empty event of kind k, or false for an unknown kind.
func newKind(k string) (Event, bool) {
	switch Kind(k) {
	case KindMeeting:
		return new(Meeting), true
	case KindAttack:
		return new(Attack), true
	case KindStatement:
		return new(Statement), true
	case KindProposal:
		return new(Proposal), true
	case KindResponse:
		return new(Response), true
	case KindConflict:
		return new(Conflict), true
	case KindDisaster:
		return new(Disaster), true
	case KindElection:
		return new(Election), true
	case KindRoleChange:
		return new(RoleChange), true
	case KindOther:
		return new(Other), true
	}
	return nil, false
}

// New returns a new, empty event of kind k (a *Meeting for "meeting"), or
// an error that quotes an unknown kind.
func New(k Kind) (Event, error) {
	e, ok := newKind(string(k))
	if !ok {
		return nil, fmt.Errorf("event: unknown kind %q", k)
	}
	return e, nil
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
// An unknown or missing kind and an unknown field are errors that name
// them. Unmarshal does not validate: call Validate on the result.
func Unmarshal(data []byte) (Event, error) {
	k, err := peekKind(data)
	if err != nil {
		return nil, err
	}
	e, ok := newKind(k)
	if !ok {
		return nil, fmt.Errorf("event: unknown kind %q (want one of %v)", k, kindValues.Values())
	}
	if err := decode(data, e); err != nil {
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
		if e == nil {
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
