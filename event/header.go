package event

import (
	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Header is what every event has: its ID, a title, when and where, where it
// stands in its life, who reports it, how it links to other events, and
// figures and remarks that no typed field holds. It is embedded in each
// concrete kind, and its fields appear at the top level of the JSON. No
// method of [Event] shares a name with a field of Header: e.Places is the
// header's places, e.AllPlaces() every place the event names.
type Header struct {
	// ID identifies the event; required.
	ID ID `json:"id" validate:"id"`
	// Title is a short human label ("Witkoff–Putin meeting"); required.
	Title string `json:"title" validate:"required,trimmed,text"`
	// Time is when it happened or is to happen, as reported. A postponed
	// event keeps the time it was scheduled for. Where sources differ,
	// Time is the account the dataset places the event by (the timeline
	// uses it) and OtherTimes hold the others.
	Time source.Time `json:"time,omitzero" validate:"omitzero"`
	// Rescheduled is the new time of a postponed event, where given.
	Rescheduled source.Time `json:"rescheduled,omitzero" validate:"omitzero"`
	// Places are where it happened.
	Places []territory.ID `json:"places,omitzero" validate:"dive,id"`
	// Status says whether it occurred, goes on, is planned, postponed...;
	// required.
	Status Status `json:"status" validate:"enum"`
	// Attributions say who reports the event and how; at least one.
	Attributions []source.Attribution `json:"attributions" validate:"min=1,dive"`
	// Links relate the event to other events.
	Links []Link `json:"links,omitzero" validate:"dive"`
	// Figures are figures about the event that no typed field holds
	// (regions targeted, the year of a war).
	Figures []source.Count `json:"figures,omitzero" validate:"dive"`
	// Notes are other things the report says of the event, as written,
	// with who says them ("the toughest situation was in the Pokrovsk
	// direction").
	Notes []Remark `json:"notes,omitzero" validate:"dive"`
	// Description is a free text about the event.
	Description string `json:"description,omitempty" validate:"trimmed,text"`
	// Names are what the event is called, and by whom: a war ("special
	// military operation", Russia's term), a storm ("Storm Daniel"), an
	// operation, a plan, a summit.
	Names []Name `json:"names,omitzero" validate:"dive"`
	// OtherTimes are other accounts of when the event happened, each with
	// who gives it ("late on Sunday" by one source, "early Monday" by
	// another). They need Time: the account the dataset places the event
	// by. The Story keeps them all and shows where sources disagree.
	OtherTimes []ReportedTime `json:"other_times,omitzero" validate:"dive"`
	// Involved are actors the event involves in a role no typed field of
	// its kind holds: the mediators and guarantors of an agreement, the
	// pollster of an exit poll, the supervisor of a withdrawal. Every
	// kind's Participants lists them.
	Involved []Participant `json:"involved,omitzero" validate:"dive"`
}

// Name is a name for an event and who uses it: "special military
// operation", Russia's name for its war; "Storm Daniel"; "the Paris
// talks".
type Name struct {
	// Text is the name as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// UsedBy is who uses the name.
	UsedBy actor.ID `json:"used_by,omitzero"`
	// Attributions say where the name is reported, with its quote.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// ConflictName is the former name of [Name], when only conflicts had
// names.
//
// Deprecated: use [Name].
type ConflictName = Name

// ReportedTime is one source's account of when an event happened: a time
// with who gives it, and the earlier account it revises, if any.
type ReportedTime struct {
	// Ref is an optional label of the user's own by which a later account
	// revises this one; it must not be [RefTime].
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Time is the time as that source gives it; required.
	Time source.Time `json:"time" validate:"omitzero"`
	// Attributions say who gives it; at least one.
	Attributions []source.Attribution `json:"attributions" validate:"min=1,dive"`
	// Revises is the Ref of an earlier account this one revises: a
	// reported time of this event, or of the event RevisesIn names, or
	// [RefTime] for that event's own Time ("the strike began at 01:00, not
	// midnight as first reported"). The earlier account stays.
	Revises string `json:"revises,omitempty" validate:"omitempty,no_space"`
	// RevisesIn is the event that holds the account Revises names, when
	// that is another event; zero means this one.
	RevisesIn ID `json:"revises_in,omitzero"`
}

// RefTime is the Ref by which a [ReportedTime] revises the Time of an
// event's [Header]: the account the timeline places the event by.
const RefTime = "time"

// Head returns a deep copy of the header; see [Event].
func (h *Header) Head() Header { return clone.Of(*h) }

func (h *Header) header() *Header { return h }

// places merges the header's places with more, once each, in order; the
// AllPlaces method of every kind ends with it.
func (h *Header) places(more ...territory.ID) []territory.ID {
	out := make([]territory.ID, 0, len(h.Places)+len(more))
	seen := make(map[territory.ID]bool, cap(out))
	for _, list := range [][]territory.ID{h.Places, more} {
		for _, id := range list {
			if !id.IsZero() && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// named adds to p the header's own participants: the actors involved in
// roles no typed field holds, and those whose names for the event are
// recorded; the Participants method of every kind ends with it.
func (h *Header) named(p participants) []Participant {
	for _, in := range h.Involved {
		p.add(in.Role, in.Actor)
	}
	for _, n := range h.Names {
		p.add(RoleNamedBy, n.UsedBy)
	}
	return p
}

// links returns a copy of the header's links followed by more; the
// AllLinks method of every kind ends with it.
func (h *Header) links(more ...Link) []Link {
	return append(clone.Of(h.Links), more...)
}

// Status is where an event stands in its life, as the report tells it: it
// happened, goes on, is planned, was postponed. A postponed event keeps its
// originally scheduled time. The zero Status is invalid.
type Status string

// The lifecycle statuses of an event.
const (
	StatusOccurred  Status = "occurred"  // it happened
	StatusOngoing   Status = "ongoing"   // it goes on (a war, a crisis)
	StatusPlanned   Status = "planned"   // it is scheduled or intended
	StatusPostponed Status = "postponed" // it was put off; the event's time stays the originally scheduled one
	StatusCancelled Status = "cancelled" // it was called off
	StatusProposed  Status = "proposed"  // someone proposes it (a plan not yet agreed)
	StatusAlleged   Status = "alleged"   // someone says it happened; the report does not confirm it
	StatusSuspended Status = "suspended" // it went on and is halted for now (aid deliveries suspended after a quake)
)

var statusValues = enum.New("event", "status", StatusOccurred, StatusOngoing, StatusPlanned, StatusPostponed, StatusCancelled, StatusProposed, StatusAlleged, StatusSuspended)

// Statuses returns every Status.
func Statuses() []Status { return statusValues.Values() }

// ParseStatus returns the Status spelled s, or a *[vocab.UnknownError].
func ParseStatus(s string) (Status, error) { return statusValues.Parse(s) }

// String returns the status as written in JSON.
func (s Status) String() string { return string(s) }

// IsValid reports whether s is one of [Statuses].
func (s Status) IsValid() bool { return statusValues.Valid(s) }

// MarshalText encodes the status; an invalid one is an error.
func (s Status) MarshalText() ([]byte, error) { return statusValues.Marshal(s) }

// UnmarshalText decodes a status; an unknown one is a *[vocab.UnknownError].
func (s *Status) UnmarshalText(text []byte) error { return statusValues.Unmarshal(s, text) }

// notYet reports whether an event with this status has not (or not yet)
// taken place.
func notYet(s Status) bool {
	switch s {
	case StatusPlanned, StatusPostponed, StatusProposed, StatusCancelled:
		return true
	}
	return false
}

// Participant is an actor in a role, as [Event.Participants] lists them.
type Participant struct {
	// Actor is who takes part; required.
	Actor actor.ID `json:"actor" validate:"id"`
	// Role is the part it plays; required.
	Role Role `json:"role" validate:"required,token"`
}

// Role is the part an actor plays in an event, as a lower-case snake_case
// word. The set is open: the constants are the roles that
// [Event.Participants] gives for the typed kinds, and [*Other] takes any
// other word of the user's own ("evacuator").
type Role string

// The roles of the typed kinds.
const (
	RoleAttendee    Role = "attendee"
	RoleHost        Role = "host"
	RoleMediator    Role = "mediator"
	RoleAttacker    Role = "attacker"
	RoleTarget      Role = "target"
	RoleBlamed      Role = "blamed"       // blamed or claiming responsibility
	RoleBlamer      Role = "blamer"       // who lays the blame
	RoleSpeaker     Role = "speaker"      // who makes a statement
	RoleAddressee   Role = "addressee"    // whom a statement is addressed to
	RoleSubject     Role = "subject"      // whom a statement is about
	RoleProposer    Role = "proposer"     // who puts a proposal forward
	RoleParty       Role = "party"        // a party to a clause or a conflict
	RoleResponder   Role = "responder"    // who responds
	RoleCandidate   Role = "candidate"    // who stands in an election
	RoleWinner      Role = "winner"       // who wins it
	RoleRunningMate Role = "running_mate" // who stands with a candidate on one ticket
	RoleGuarantor   Role = "guarantor"    // who guarantees an agreement or supervises its implementation
	RolePerson      Role = "person"       // whose role changes
	RoleAppointer   Role = "appointer"    // who appoints or dismisses
	RoleNamedBy     Role = "named_by"     // an actor whose name for the event is recorded
	RoleBeneficiary Role = "beneficiary"  // whom a clause benefits
	RoleMember      Role = "member"       // the actor a membership bar concerns
	RoleAlliance    Role = "alliance"     // the alliance a membership bar concerns
)

// String returns the role as written.
func (r Role) String() string { return string(r) }

// participants collects actors with roles, skipping zero IDs and repeats;
// the Participants method of every kind fills one.
type participants []Participant

func (p *participants) add(role Role, ids ...actor.ID) {
	for _, id := range ids {
		pt := Participant{Actor: id, Role: role}
		if id.IsZero() {
			continue
		}
		dup := false
		for _, q := range *p {
			if q == pt {
				dup = true
				break
			}
		}
		if !dup {
			*p = append(*p, pt)
		}
	}
}

// Remark is something a report says, in its own words, with who says it:
// an outcome ("constructive and useful"), a qualifier, a note.
type Remark struct {
	// Text is the words as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// Attributions say who says it.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Claim is a statement of responsibility: who is held responsible, by
// whom, and how ("Kyiv was blamed", by an unnamed accuser). Verb is
// claimed (responsibility claimed by the actor itself), blamed, denied or
// confirmed. Attacks and disasters carry claims.
type Claim struct {
	// Actor is who is held responsible; required.
	Actor actor.ID `json:"actor" validate:"id"`
	// By is who holds them responsible; zero when the report does not say.
	By actor.ID `json:"by,omitzero"`
	// Verb is how: claimed, blamed, denied or confirmed; required.
	Verb source.Verb `json:"verb" validate:"enum"`
	// Text is the claim as written ("Kyiv was blamed for it").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Attributions say which sources report the claim.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// claims adds those held responsible and who holds them so.
func (p *participants) claims(cs []Claim) {
	for _, c := range cs {
		p.add(RoleBlamed, c.Actor)
		p.add(RoleBlamer, c.By)
	}
}

func init() {
	validate.RegisterStruct(checkHeader, Header{})
	validate.RegisterStruct(checkClaim, Claim{})
}

// checkHeader reports links from an event to itself.
func checkHeader(sl validator.StructLevel) {
	h := validate.Current[Header](sl)
	if len(h.OtherTimes) > 0 && h.Time.IsZero() {
		validate.Report(sl, h.Time, "time", vocab.RuleRequires, "is required with other_times: the account the event is placed by")
	}
	for i, rt := range h.OtherTimes {
		at := validate.Index("other_times", i)
		if rt.Time.IsZero() {
			validate.Report(sl, rt.Time, at+".time", vocab.RuleRequired, "is required: the time this source gives")
		}
		switch {
		case rt.Ref == RefTime:
			validate.Report(sl, rt.Ref, at+".ref", vocab.RuleInvalid, "is reserved: "+RefTime+" names the event's own time")
		case rt.Revises != "" && rt.Revises == rt.Ref && rt.RevisesIn.IsZero():
			validate.Report(sl, rt.Revises, at+".revises", vocab.RuleSelf, "an account cannot revise itself")
		case rt.Revises == "" && !rt.RevisesIn.IsZero():
			validate.Report(sl, rt.Revises, at+".revises", vocab.RuleRequires, "is required with revises_in: the ref of the account revised there")
		}
	}
	if h.ID.IsZero() {
		return
	}
	for i, l := range h.Links {
		if l.To == h.ID {
			validate.Report(sl, l.To, validate.Index("links", i)+".to", vocab.RuleSelf, "an event cannot link to itself")
		}
	}
}

func checkClaim(sl validator.StructLevel) {
	c := validate.Current[Claim](sl)
	switch c.Verb {
	case source.VerbClaimed, source.VerbBlamed, source.VerbDenied, source.VerbConfirmed, "":
	default:
		validate.Report(sl, c.Verb, "verb", vocab.RuleEnum, "must be claimed, blamed, denied or confirmed for a claim of responsibility")
	}
}

// HeaderOf returns a pointer to e's own header: a view, not a copy, for
// code that reads many headers and cannot pay for [Event.Head]'s copy
// (indexes, checks, encoders). Read through it; writing through it changes
// e. A nil event gives nil.
//
// It is a function, not a method of Event: a method named Header would
// collide with the embedded field of that name, which STYLE.md rules out
// (go/ast names the field NamePos so that Pos() stays free).
func HeaderOf(e Event) *Header {
	if isNil(e) {
		return nil
	}
	return e.header()
}
