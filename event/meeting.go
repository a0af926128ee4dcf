package event

import (
	"slices"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindMeeting is the kind of a [Meeting].
const KindMeeting Kind = "meeting"

// Meeting is a meeting, talks or a call: who attended, who hosted or
// mediated, what was on the agenda, how long it lasted and what the
// participants or the report said came of it.
type Meeting struct {
	Header
	// Attendees are the actors who took or are to take part; at least one.
	Attendees []actor.ID `json:"attendees" validate:"min=1,dive,id"`
	// Host is the actor who hosted it. A host among the attendees makes
	// the meeting a visit; a host outside them, a meeting at a third
	// location.
	Host actor.ID `json:"host,omitzero"`
	// Mediator is the actor who mediated.
	Mediator actor.ID `json:"mediator,omitzero"`
	// Remote says it was held by phone or video.
	Remote bool `json:"remote,omitempty"`
	// Multilateral says it was held in a multilateral setting: a summit,
	// an alliance, an international organisation.
	Multilateral bool `json:"multilateral,omitempty"`
	// Agenda is what it was about, in words and, where it is an event of
	// its own (a plan), by link.
	Agenda []Topic `json:"agenda,omitzero" validate:"dive"`
	// Duration is how long it lasted, as reported ("three-hour-long").
	Duration source.Count `json:"duration,omitzero" validate:"omitzero"`
	// Outcome is what came of it, in the words reported ("constructive and
	// useful", "nothing concrete emerged").
	Outcome []Remark `json:"outcome,omitzero" validate:"dive"`
}

// Topic is an item on an agenda: words, an event, or both.
type Topic struct {
	// Text is the topic as written ("a US plan to end the Ukraine war").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Event is the event the topic is, where it is one (the plan).
	Event ID `json:"event,omitzero"`
}

var _ Event = (*Meeting)(nil)

func (*Meeting) isEvent() {}

// Kind returns [KindMeeting].
func (*Meeting) Kind() Kind { return KindMeeting }

// Participants lists attendees, the host and the mediator.
func (m *Meeting) Participants() []Participant {
	var p participants
	p.add(RoleAttendee, m.Attendees...)
	p.add(RoleHost, m.Host)
	p.add(RoleMediator, m.Mediator)
	return m.named(p)
}

// AllPlaces returns the header's places.
func (m *Meeting) AllPlaces() []territory.ID { return m.places() }

// AllLinks returns the header's links and an about link to each agenda
// event.
func (m *Meeting) AllLinks() []Link {
	var more []Link
	for _, t := range m.Agenda {
		if !t.Event.IsZero() {
			more = append(more, Link{Type: LinkAbout, To: t.Event, Text: t.Text})
		}
	}
	return m.links(more...)
}

// Codes derives the CAMEO code from how the meeting is held: 036 (intent
// to meet) while it has not taken place, 041 by phone or video, 045 with a
// mediator, 042 (a visit) with a host among the attendees, 044 (a meeting
// at a third location) with a host outside them, else 040; a multilateral
// meeting gets PLOVER's multilateral mode.
func (m *Meeting) Codes() Codes {
	switch {
	case notYet(m.Status):
		return codesFor("036")
	case m.Remote:
		return codesFor("041")
	case !m.Mediator.IsZero():
		return codesFor("045")
	case !m.Host.IsZero() && slices.Contains(m.Attendees, m.Host):
		return codesFor("042")
	case !m.Host.IsZero():
		return codesFor("044")
	}
	c := codesFor("040")
	if m.Multilateral {
		c.Mode = "multilateral"
	}
	return c
}

// Validate checks the meeting; see [Event].
func (m *Meeting) Validate() error { return check(m) }

func init() {
	validate.RegisterStruct(checkMeeting, Meeting{})
	validate.RegisterStruct(checkTopic, Topic{})
}

func checkMeeting(sl validator.StructLevel) {
	m := validate.Current[Meeting](sl)
	if !m.Mediator.IsZero() && m.Mediator == m.Host {
		validate.Report(sl, m.Mediator, "mediator", vocab.RuleMismatch, "the host and the mediator are the same actor")
	}
	for i, t := range m.Agenda {
		if t.Event == m.ID && !t.Event.IsZero() {
			validate.Report(sl, t.Event, validate.Index("agenda", i)+".event", vocab.RuleSelf, "a meeting cannot be on its own agenda")
		}
	}
}

func checkTopic(sl validator.StructLevel) {
	t := validate.Current[Topic](sl)
	if t.Text == "" && t.Event.IsZero() {
		validate.Report(sl, t.Text, "text", vocab.RuleRequired, "is required, or an event")
	}
}

type plainMeeting Meeting

// MarshalJSON encodes the meeting with "kind":"meeting" first.
func (m Meeting) MarshalJSON() ([]byte, error) { return m.appendJSON(nil) }

// appendJSON appends the JSON form of the meeting to b; see [appendEventJSON].
func (m *Meeting) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindMeeting, &m.Header, (*plainMeeting)(m))
}

// UnmarshalJSON decodes a meeting; the kind must be "meeting", and an
// unknown field is an error that names it.
func (m *Meeting) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainMeeting
	}{plainMeeting: (*plainMeeting)(m)}
	return decodeKind(data, KindMeeting, m, &w, &w.kindField)
}

// MeetingBuilder builds a [Meeting]; start one with [NewMeeting].
type MeetingBuilder struct{ e Meeting }

// NewMeeting starts a builder of a meeting with its header and attendees.
//
// Every builder of this package takes the event's [Header] as a struct
// literal (ID, title, time, places, status, attributions, links...) and
// the kind's required fields as arguments, and keeps the contract of
// every builder of newsevent (see [actor.New]): setters named after the
// fields they fill, list setters that add, no panics, and a Build that
// validates with the kind's Validate, adds no rule of its own, and returns
// an event that shares no slice with the builder or another build, or nil
// and a *[ValidationError].
func NewMeeting(h Header, attendees ...actor.ID) *MeetingBuilder {
	return &MeetingBuilder{Meeting{Header: clone.Of(h), Attendees: slices.Clone(attendees)}}
}

// Host sets who hosted the meeting.
func (b *MeetingBuilder) Host(id actor.ID) *MeetingBuilder { b.e.Host = id; return b }

// Mediator sets who mediated.
func (b *MeetingBuilder) Mediator(id actor.ID) *MeetingBuilder { b.e.Mediator = id; return b }

// Remote marks a meeting held by phone or video.
func (b *MeetingBuilder) Remote() *MeetingBuilder { b.e.Remote = true; return b }

// Multilateral marks a meeting held in a multilateral setting.
func (b *MeetingBuilder) Multilateral() *MeetingBuilder { b.e.Multilateral = true; return b }

// Agenda adds topics.
func (b *MeetingBuilder) Agenda(t ...Topic) *MeetingBuilder {
	b.e.Agenda = append(b.e.Agenda, t...)
	return b
}

// Duration sets how long it lasted, as reported.
func (b *MeetingBuilder) Duration(c source.Count) *MeetingBuilder { b.e.Duration = c; return b }

// Outcome adds what came of it, in the words reported, with who says so.
func (b *MeetingBuilder) Outcome(r ...Remark) *MeetingBuilder {
	b.e.Outcome = append(b.e.Outcome, r...)
	return b
}

// Build returns the meeting, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *MeetingBuilder) Build() (*Meeting, error) { return build(&b.e) }
