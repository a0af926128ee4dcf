package event

import (
	"fmt"
	"time"

	"github.com/newsevent/newsevent/internal/excerpt"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// Link is a typed edge from an event to another (see [LinkType] for the
// types, and [LinkType.Ordering] for which order two events in time). A
// follows link may carry an Offset: "within 24 hours of the approval" is a
// follows link to the approval with an offset of at most 24 hours, resolved
// with [Link.Resolve] once the approval has a time.
type Link struct {
	// Ref is an optional label of the user's own (a census item "R4").
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Type says how the events relate; required.
	Type LinkType `json:"type" validate:"enum"`
	// To is the other event; required.
	To ID `json:"to" validate:"id"`
	// Offset is how long after To this event comes, for a follows link.
	Offset Offset `json:"offset,omitzero" validate:"omitzero"`
	// Text is the relation as written ("set the tone", "prompted").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Attributions say who states the relation, where it differs from
	// the event's own sources.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// LinkType says how an event relates to the event a [Link] points to. The
// zero LinkType is invalid.
type LinkType string

// The types of link between events.
const (
	LinkPartOf     LinkType = "part_of"     // this event is part of the other (a strike of a war)
	LinkCausedBy   LinkType = "caused_by"   // the other event caused this one
	LinkRespondsTo LinkType = "responds_to" // this event responds to the other
	LinkPrecedes   LinkType = "precedes"    // this event came before the other
	LinkFollows    LinkType = "follows"     // this event comes after the other, by the link's offset where given ("within 24 hours of the approval", "then")
	LinkRevises    LinkType = "revises"     // this event revises the other (a reworked plan, a revised toll)
	LinkQualifies  LinkType = "qualifies"   // this event qualifies the other (calling a promise an exaggeration)
	LinkAbout      LinkType = "about"       // this event is about the other
	LinkPostpones  LinkType = "postpones"   // this event postpones the other

	LinkConditionalOn  LinkType = "conditional_on"   // this event is to happen only once the other has ("after the cabinet approves it")
	LinkRealises       LinkType = "realises"         // this event is the planned other that then happened; the planned one keeps its plan
	LinkEnables        LinkType = "enables"          // this event makes the other possible or helps it ("with the help of")
	LinkContradicts    LinkType = "contradicts"      // this account and the other cannot both hold (two versions of one incident)
	LinkBackground     LinkType = "background"       // this event is background to the other, told to explain it
	LinkDuring         LinkType = "during"           // this event falls within the time of the other ("during the first phase")
	LinkSameAs         LinkType = "same_as"          // this event is the other, reported twice (two records to be merged)
	LinkPossiblySameAs LinkType = "possibly_same_as" // this event may be the other, reported twice; the report does not say
)

var linkTypeValues = enum.New("event", "link type", LinkPartOf, LinkCausedBy, LinkRespondsTo, LinkPrecedes, LinkFollows, LinkRevises, LinkQualifies, LinkAbout, LinkPostpones,
	LinkConditionalOn, LinkRealises, LinkEnables, LinkContradicts, LinkBackground, LinkDuring, LinkSameAs, LinkPossiblySameAs)

// Ordering reports how a link of type l orders the times of its two
// events: -1 when the linking event comes before the other (precedes), +1
// when it comes after (follows, caused_by, conditional_on), and 0 when the
// type does not order their times. A response, a postponement or a
// revision comes after the other event was announced, not after its time,
// which may lie ahead (a reply to a summit planned for next week); an
// event that enables another may go on while it happens; a part falls
// within its whole rather than before or after it.
func (l LinkType) Ordering() int {
	switch l {
	case LinkPrecedes:
		return -1
	case LinkFollows, LinkCausedBy, LinkConditionalOn:
		return 1
	}
	return 0
}

// LinkTypes returns every LinkType.
func LinkTypes() []LinkType { return linkTypeValues.Values() }

// ParseLinkType returns the LinkType spelled s, or a *[vocab.UnknownError].
func ParseLinkType(s string) (LinkType, error) { return linkTypeValues.Parse(s) }

// String returns the link type as written in JSON.
func (l LinkType) String() string { return string(l) }

// IsValid reports whether l is one of [LinkTypes].
func (l LinkType) IsValid() bool { return linkTypeValues.Valid(l) }

// MarshalText encodes the link type; an invalid one is an error.
func (l LinkType) MarshalText() ([]byte, error) { return linkTypeValues.Marshal(l) }

// UnmarshalText decodes a link type; an unknown one is a *[vocab.UnknownError].
func (l *LinkType) UnmarshalText(text []byte) error { return linkTypeValues.Unmarshal(l, text) }

// Offset is a delay after an anchor event: at least Min and, when Max is
// not zero, at most Max. "within 24 hours of" is {0, 24h}; "then" is
// {0, 0}: some time after, without a limit.
type Offset struct {
	// Min is the shortest delay; zero for "from the anchor on".
	Min Duration `json:"min,omitzero"`
	// Max is the longest delay; zero for no limit.
	Max Duration `json:"max,omitzero"`
	// Text is the delay as written ("within 24 hours of").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
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

func init() {
	validate.RegisterStruct(checkLink, Link{})
	validate.RegisterStruct(checkOffset, Offset{})
}

func checkLink(sl validator.StructLevel) {
	l := validate.Current[Link](sl)
	if !l.Offset.IsZero() && l.Type != LinkFollows {
		validate.Report(sl, l.Offset, "offset", vocab.RuleConflicts, "is only for a follows link")
	}
}

func checkOffset(sl validator.StructLevel) {
	o := validate.Current[Offset](sl)
	if o.Min < 0 {
		validate.Report(sl, o.Min, "min", vocab.RuleGTE, "must not be negative")
	}
	if o.Max < 0 {
		validate.Report(sl, o.Max, "max", vocab.RuleGTE, "must not be negative")
	}
	if o.Max > 0 && o.Min > o.Max {
		validate.Report(sl, o.Min, "min", vocab.RuleOrder, "must not be above max")
	}
}

// Duration is a time.Duration that encodes in JSON as text ("24h",
// "1h30m") rather than as a count of nanoseconds.
type Duration time.Duration

// String returns the duration as time.Duration writes it ("24h0m0s").
func (d Duration) String() string { return time.Duration(d).String() }

// MarshalText encodes the duration as time.Duration writes it.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a duration written as time.ParseDuration reads it.
func (d *Duration) UnmarshalText(text []byte) error {
	v, err := time.ParseDuration(string(text))
	if err != nil {
		// time's own error quotes the whole text: say it shorter.
		return fmt.Errorf("event: invalid duration %s: want a duration such as 24h or 1h30m", excerpt.Quote(string(text)))
	}
	*d = Duration(v)
	return nil
}
