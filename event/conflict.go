package event

import (
	"slices"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/territory"
)

// KindConflict is the kind of a [Conflict].
const KindConflict Kind = "conflict"

// Conflict is an ongoing war or dispute that other events are part of
// (through part_of links): its parties and the names each side uses.
type Conflict struct {
	Header
	// Parties are the sides; at least one. What each side calls the
	// conflict is in the header's Names.
	Parties []actor.ID `json:"parties" validate:"min=1,dive,id"`
}

var _ Event = (*Conflict)(nil)

func (*Conflict) isEvent() {}

// Kind returns [KindConflict].
func (*Conflict) Kind() Kind { return KindConflict }

// Participants lists the parties and those whose names for it are recorded.
func (c *Conflict) Participants() []Participant {
	var p participants
	p.add(RoleParty, c.Parties...)
	return c.named(p)
}

// AllPlaces returns the header's places.
func (c *Conflict) AllPlaces() []territory.ID { return c.places() }

// AllLinks returns the header's links.
func (c *Conflict) AllLinks() []Link { return c.links() }

// Codes gives 190 (conventional military force) for a war or armed
// conflict, the frame its strikes and battles are part of.
func (c *Conflict) Codes() Codes { return codesFor("190") }

// Validate checks the conflict; see [Event].
func (c *Conflict) Validate() error { return check(c) }

type plainConflict Conflict

// MarshalJSON encodes the conflict with "kind":"conflict" first.
func (c Conflict) MarshalJSON() ([]byte, error) { return c.appendJSON(nil) }

// appendJSON appends the JSON form of the conflict to b; see [appendEventJSON].
func (c *Conflict) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindConflict, &c.Header, (*plainConflict)(c))
}

// UnmarshalJSON decodes a conflict; see [Meeting.UnmarshalJSON].
func (c *Conflict) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainConflict
	}{plainConflict: (*plainConflict)(c)}
	return decodeKind(data, KindConflict, c, &w, &w.kindField)
}

// ConflictBuilder builds a [Conflict]; start one with [NewConflict].
type ConflictBuilder struct{ e Conflict }

// NewConflict starts a builder of a conflict with its header and parties;
// see [NewMeeting] for the contract of every event builder.
func NewConflict(h Header, parties ...actor.ID) *ConflictBuilder {
	return &ConflictBuilder{Conflict{Header: clone.Of(h), Parties: slices.Clone(parties)}}
}

// Names adds names for the conflict, with who uses them.
func (b *ConflictBuilder) Names(n ...Name) *ConflictBuilder {
	b.e.Names = append(b.e.Names, n...)
	return b
}

// Build returns the conflict, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *ConflictBuilder) Build() (*Conflict, error) { return build(&b.e) }
