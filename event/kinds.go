package event

import (
	"encoding/json"
	"reflect"

	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Event is one of the concrete event kinds:
//   - [*Meeting]: a meeting, talks or a call (attendees, host, mediator,
//     agenda, outcome);
//   - [*Attack]: a use of force (attacker, targets, methods, weapons,
//     casualties, who is blamed);
//   - [*Statement]: something an actor says (speaker, addressees, speech
//     acts, quotes, medium);
//   - [*Proposal]: a plan, framework or agreement (proposers, stage,
//     clauses, phases, conditions);
//   - [*Response]: an answer to another event (accept, reject, skip,
//     sign...);
//   - [*Conflict]: an ongoing war or dispute (parties, the names each side
//     uses);
//   - [*Disaster]: a natural or technological disaster (hazard, affected
//     places, toll);
//   - [*Election]: a vote for an office (candidates, results, winner);
//   - [*RoleChange]: an actor appointed, elected, resigning or dismissed
//     (announced and effective);
//   - [*Other]: the generic kind, for everything else (an action in words,
//     its own codes, participants with free roles).
//
// The set is closed: only those types implement Event (the unexported
// marker method sits on each of them, not on the embedded [Header]), and
// [Kinds] lists them from the table of kinds in this file.
//
// The methods give every kind one view for generic consumers; the concrete
// types give their roles typed fields. Where the meaning differs by kind
// (who takes part in which role, which places and links a kind's fields
// imply, the codes) each kind implements the method itself. What is the
// same for every kind, every figure inside an event, is found by
// [Figures], which walks the fields and needs no per-kind code.
type Event interface {
	// Kind returns the kind, which is also the "kind" field in JSON.
	Kind() Kind
	// Head returns a deep copy of the common header: changing it leaves
	// the event as it was.
	Head() Header
	// Participants returns every actor the event names, with its role.
	Participants() []Participant
	// AllPlaces returns every territory the event names: the header's
	// Places and those of its typed fields (targets, affected areas),
	// once each.
	AllPlaces() []territory.ID
	// AllLinks returns the header's Links and those that typed fields
	// imply (a response's responds_to, a statement's about).
	AllLinks() []Link
	// Codes returns the CAMEO code and the PLOVER category and mode that
	// follow from the kind and its fields.
	Codes() Codes
	// Validate checks the event's own rules and returns nil or a
	// *[ValidationError]. References to other records are checked by
	// the Story that holds them.
	Validate() error
	// MarshalJSON and UnmarshalJSON read and write the event's JSON
	// form, with its "kind" field first; decoding is strict (an unknown
	// field is an error).
	json.Marshaler
	json.Unmarshaler

	// header returns the event's own header, for this package's
	// generic code; it is promoted from the embedded Header.
	header() *Header
	// isEvent seals the interface; it is defined on each concrete kind.
	isEvent()
}

// Kind says which concrete type an [Event] is; it is the "kind" field of
// the JSON form. [Kinds] lists every kind; the zero Kind is invalid.
type Kind string

// kindEntry is one row of the table of kinds: a kind and how to make an
// empty event of it.
type kindEntry struct {
	kind Kind
	zero func() Event
}

// kinds is the one table of every event kind. [Kinds], [ParseKind],
// [Zero], the decoding of [Unmarshal] and [List], the JSON Schema's kind
// list and the synthetic story generator's mix are all derived from it.
// Adding a kind is a file of its own (the type, its roles, builder, codes,
// checks and JSON glue; see attack.go) and one row here.
var kinds = []kindEntry{
	{KindMeeting, func() Event { return new(Meeting) }},
	{KindAttack, func() Event { return new(Attack) }},
	{KindStatement, func() Event { return new(Statement) }},
	{KindProposal, func() Event { return new(Proposal) }},
	{KindResponse, func() Event { return new(Response) }},
	{KindConflict, func() Event { return new(Conflict) }},
	{KindDisaster, func() Event { return new(Disaster) }},
	{KindElection, func() Event { return new(Election) }},
	{KindRoleChange, func() Event { return new(RoleChange) }},
	{KindOther, func() Event { return new(Other) }},
}

// kindValues is the closed set of kinds, in the order of the table.
var kindValues = func() enum.Set[Kind] {
	list := make([]Kind, len(kinds))
	for i, k := range kinds {
		list[i] = k.kind
	}
	return enum.New("event", "kind", list...)
}()

// Kinds returns every Kind, in the order of the table of kinds.
func Kinds() []Kind { return kindValues.Values() }

// ParseKind returns the Kind spelled s, or a *[vocab.UnknownError] that
// quotes s.
func ParseKind(s string) (Kind, error) { return kindValues.Parse(s) }

// String returns the kind as written in JSON.
func (k Kind) String() string { return string(k) }

// IsValid reports whether k is one of [Kinds].
func (k Kind) IsValid() bool { return kindValues.Valid(k) }

// MarshalText encodes the kind; an invalid one is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindValues.Marshal(k) }

// UnmarshalText decodes a kind; an unknown one is a *[vocab.UnknownError].
func (k *Kind) UnmarshalText(text []byte) error { return kindValues.Unmarshal(k, text) }

// Zero returns a new, empty event of kind k (a *Meeting for
// [KindMeeting]), or a *[vocab.UnknownError] for an unknown kind. It is
// for generic code that decodes or fills events of a kind known only at
// run time; to build an event, use its kind's New function.
func Zero(k Kind) (Event, error) {
	for _, e := range kinds {
		if e.kind == k {
			return e.zero(), nil
		}
	}
	return nil, kindValues.Unknown(string(k))
}

// Clone returns a deep copy of e: an event of the same kind that shares no
// slice with e, so that changing one leaves the other as it was. A nil
// event gives nil.
func Clone(e Event) Event {
	if isNil(e) {
		return nil
	}
	return clone.Of(e)
}

// isNil reports whether e is nil or holds a nil pointer of a kind (every
// kind is a pointer type).
func isNil(e Event) bool {
	return e == nil || reflect.ValueOf(e).IsNil()
}

// check validates any event with the shared validator, under the scope
// "event: <kind>".
func check(e Event) error {
	var l validate.List
	l.Struct("", e)
	return l.Err(scopes[e.Kind()])
}

// scopes holds the error scope of each kind ("event: attack"), made once
// rather than for every event checked or decoded.
var scopes = func() map[Kind]string {
	m := make(map[Kind]string, len(kinds))
	for _, k := range kinds {
		m[k.kind] = "event: " + string(k.kind)
	}
	return m
}()

// build returns e after validating it, or the zero E and the problems; the
// Build method of every builder ends with it. e must be the builder's own
// copy: build hands out a deep copy of it.
func build[E Event](e E) (E, error) {
	// The generated quick check (rules_gen.go), then the compiled engine
	// to say why it refused: the same rules as Validate, proven identical
	// by the differential tests of internal/validate and rules_test.go,
	// without boxing.
	if rulesHold(e) {
		return clone.Of(e), nil
	}
	if err := validate.Explain(scopes[e.Kind()], e); err != nil {
		var zero E
		return zero, err
	}
	return clone.Of(e), nil
}

// ValidationError is [vocab.ValidationError], the error of every Validate
// method and every Build in newsevent, under this package's name.
type ValidationError = vocab.ValidationError

// Problem is [vocab.Problem], one entry of a [ValidationError].
type Problem = vocab.Problem
