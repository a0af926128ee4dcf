package event

import (
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Event is one of the concrete event kinds: [*Meeting], [*Attack],
// [*Statement], [*Proposal], [*Response], [*Conflict], [*Disaster],
// [*Election], [*RoleChange] or [*Other]. The set is closed: only those
// types implement Event (the unexported marker method sits on each of
// them, not on the embedded [Header]). What the typed kinds do not cover
// goes into [*Other], which carries its own action, codes and roles.
//
// The methods give every kind one view for generic consumers; the concrete
// types give their roles typed fields.
type Event interface {
	// Kind returns the kind, which is also the "kind" field in JSON.
	Kind() Kind
	// Head returns a copy of the common header.
	Head() Header
	// Participants returns every actor the event names, with its role.
	Participants() []Participant
	// Places returns every territory the event names: the header's places
	// and those of its typed fields (targets, affected areas), once each.
	Places() []territory.ID
	// Links returns the header's links and those that typed fields imply
	// (a response's responds_to, a statement's about).
	Links() []Link
	// Codes returns the CAMEO code and the PLOVER category and mode that
	// follow from the kind and its fields.
	Codes() Codes
	// Validate checks the event's own rules and returns nil or a
	// *[ValidationError]. References to other records are checked by
	// the Story that holds them.
	Validate() error

	isEvent()
}

// Every concrete kind is an Event.
var (
	_ Event = (*Meeting)(nil)
	_ Event = (*Attack)(nil)
	_ Event = (*Statement)(nil)
	_ Event = (*Proposal)(nil)
	_ Event = (*Response)(nil)
	_ Event = (*Conflict)(nil)
	_ Event = (*Disaster)(nil)
	_ Event = (*Election)(nil)
	_ Event = (*RoleChange)(nil)
	_ Event = (*Other)(nil)
)

func (*Meeting) isEvent()    {}
func (*Attack) isEvent()     {}
func (*Statement) isEvent()  {}
func (*Proposal) isEvent()   {}
func (*Response) isEvent()   {}
func (*Conflict) isEvent()   {}
func (*Disaster) isEvent()   {}
func (*Election) isEvent()   {}
func (*RoleChange) isEvent() {}
func (*Other) isEvent()      {}

// Header is what every event has: its ID, a title, when and where, where it
// stands in its life, who reports it, how it links to other events, and
// figures and remarks that no typed field holds. It is embedded in each
// concrete kind, and its fields appear at the top level of the JSON.
type Header struct {
	// ID identifies the event; required.
	ID ID `json:"id" validate:"id"`
	// Title is a short human label ("Witkoff–Putin meeting"); required.
	Title string `json:"title" validate:"required,trimmed"`
	// Time is when it happened or is to happen, as reported. A postponed
	// event keeps the time it was scheduled for.
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
	Description string `json:"description,omitempty" validate:"trimmed"`
}

// Link is a typed edge from an event to another: part_of, caused_by,
// responds_to, precedes, follows, revises, qualifies, about, postpones. A
// follows link may carry an Offset: "within 24 hours of the approval" is a
// follows link to the approval with an offset of at most 24 hours, resolved
// with [Link.Resolve] once the approval has a time.
type Link struct {
	// Ref is an optional label of the user's own (a census item "R4").
	Ref string `json:"ref,omitempty" validate:"omitempty,nospace"`
	// Type says how the events relate; required.
	Type LinkType `json:"type" validate:"enum"`
	// To is the other event; required.
	To ID `json:"to" validate:"id"`
	// Offset is how long after To this event comes, for a follows link.
	Offset Offset `json:"offset,omitzero" validate:"omitzero"`
	// Text is the relation as written ("set the tone", "prompted").
	Text string `json:"text,omitempty" validate:"trimmed"`
	// Attributions say who states the relation, where it differs from
	// the event's own sources.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Offset is a delay after an anchor event: at least Min and, when Max is
// not zero, at most Max. "within 24 hours of" is {0, 24h}; "then" is
// {0, 0}: some time after, without a limit.
type Offset struct {
	// Min is the shortest delay; zero for "from the anchor on".
	Min Duration `json:"min,omitzero"`
	// Max is the longest delay; zero for no limit.
	Max Duration `json:"max,omitzero"`
	// Text is the delay as written ("within 24 hours of").
	Text string `json:"text,omitempty" validate:"trimmed"`
}

// IsZero reports whether the offset is empty.
func (o Offset) IsZero() bool { return o == Offset{} }

// Resolve returns the time of the linking event, given the time of the
// anchor event it follows: from the anchor's start plus Min to the end of
// the anchor's span plus Max, at the anchor's precision, or open-ended
// ([source.BoundNotBefore]) when Max is zero. It reports false when the
// link is not a follows link or the anchor has no date yet.
func (l Link) Resolve(anchor source.Time) (source.Time, bool) {
	if l.Type != LinkFollows || anchor.Start.IsZero() {
		return source.Time{}, false
	}
	from, to := anchor.Span()
	p := anchor.Precision
	if from.IsZero() {
		return source.Time{}, false
	}
	start := from.Add(time.Duration(l.Offset.Min))
	text := l.Offset.Text
	if text == "" {
		text = l.Text
	}
	if l.Offset.Max == 0 || to.IsZero() {
		t := source.At(start, finer(p, l.Offset.Min), "", text)
		t.Bound = source.BoundNotBefore
		return t, true
	}
	end := to.Add(time.Duration(l.Offset.Max) - 1)
	// Both ends must stay exact: an hour's minimum after a day is known
	// to the hour even when the maximum is whole days.
	q := finer(finer(p, l.Offset.Min), l.Offset.Max)
	return source.Between(start, end, q, text), true
}

// finer returns the precision at which an offset of d after a time at
// precision p is still exact: an offset of hours after a day is known to
// the hour at best when d is not whole days, else p.
func finer(p source.Precision, d Duration) source.Precision {
	switch {
	case d == 0:
		return p
	case time.Duration(d)%(24*time.Hour) != 0 && (p == source.PrecisionDay || p == source.PrecisionMonth || p == source.PrecisionYear):
		return source.PrecisionHour
	}
	return p
}

// Participant is an actor in a role, as [Event.Participants] lists them.
type Participant struct {
	// Actor is who takes part; required.
	Actor actor.ID `json:"actor" validate:"id"`
	// Role is the part it plays: a Role constant or, in [*Other], a
	// lower-case word of the user's own; required.
	Role string `json:"role" validate:"required,token"`
}

// The roles that [Event.Participants] gives for the typed kinds. [*Other]
// accepts these and any other lower-case snake_case word.
const (
	RoleAttendee    = "attendee"
	RoleHost        = "host"
	RoleMediator    = "mediator"
	RoleAttacker    = "attacker"
	RoleTarget      = "target"
	RoleBlamed      = "blamed"      // blamed or claiming responsibility
	RoleBlamer      = "blamer"      // who lays the blame
	RoleSpeaker     = "speaker"     // who makes a statement
	RoleAddressee   = "addressee"   // whom a statement is addressed to
	RoleSubject     = "subject"     // whom a statement is about
	RoleProposer    = "proposer"    // who puts a proposal forward
	RoleParty       = "party"       // a party to a clause or a conflict
	RoleResponder   = "responder"   // who responds
	RoleCandidate   = "candidate"   // who stands in an election
	RoleWinner      = "winner"      // who wins it
	RolePerson      = "person"      // whose role changes
	RoleAppointer   = "appointer"   // who appoints or dismisses
	RoleNamedBy     = "named_by"    // an actor whose name for a conflict is recorded
	RoleBeneficiary = "beneficiary" // whom a clause benefits
	RoleMember      = "member"      // the actor a membership bar concerns
	RoleAlliance    = "alliance"    // the alliance a membership bar concerns
)

// Remark is something a report says, in its own words, with who says it:
// an outcome ("constructive and useful"), a qualifier, a note.
type Remark struct {
	// Text is the words as written; required.
	Text string `json:"text" validate:"required,trimmed"`
	// Attributions say who says it.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Claim is a statement of responsibility: who is held responsible, by
// whom, and how ("Kyiv was blamed", by an unnamed accuser). Verb is
// claimed (responsibility claimed by the actor itself), blamed, denied or
// confirmed.
type Claim struct {
	// Actor is who is held responsible; required.
	Actor actor.ID `json:"actor" validate:"id"`
	// By is who holds them responsible; zero when the report does not say.
	By actor.ID `json:"by,omitzero"`
	// Verb is how: claimed, blamed, denied or confirmed; required.
	Verb source.Verb `json:"verb" validate:"enum"`
	// Text is the claim as written ("Kyiv was blamed for it").
	Text string `json:"text,omitempty" validate:"trimmed"`
	// Attributions say which sources report the claim.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// ValidationError is the error every Validate method in newsevent returns:
// the list of problems found, each with its JSON path, its rule and a
// sentence. Find it with errors.As.
type ValidationError = validate.Error

// Problem is one entry of a [ValidationError].
type Problem = validate.Problem

func init() {
	validate.Register(func(v *validator.Validate) {
		v.RegisterStructValidation(checkClaim, Claim{})
		v.RegisterStructValidation(checkLink, Link{})
		v.RegisterStructValidation(checkOffset, Offset{})
	})
}

func checkClaim(sl validator.StructLevel) {
	c := validate.Current[Claim](sl)
	switch c.Verb {
	case source.VerbClaimed, source.VerbBlamed, source.VerbDenied, source.VerbConfirmed, "":
	default:
		validate.Report(sl, c.Verb, "verb", validate.RuleEnum, "must be claimed, blamed, denied or confirmed for a claim of responsibility")
	}
}

func checkLink(sl validator.StructLevel) {
	l := validate.Current[Link](sl)
	if !l.Offset.IsZero() && l.Type != LinkFollows {
		validate.Report(sl, l.Offset, "offset", validate.RuleConflicts, "is only for a follows link")
	}
}

func checkOffset(sl validator.StructLevel) {
	o := validate.Current[Offset](sl)
	if o.Min < 0 {
		validate.Report(sl, o.Min, "min", "gte", "must not be negative")
	}
	if o.Max < 0 {
		validate.Report(sl, o.Max, "max", "gte", "must not be negative")
	}
	if o.Max > 0 && o.Min > o.Max {
		validate.Report(sl, o.Min, "min", validate.RuleOrder, "must not be above max")
	}
}
