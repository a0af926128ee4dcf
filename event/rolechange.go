package event

import (
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// KindRoleChange is the kind of a [RoleChange].
const KindRoleChange Kind = "role_change"

// RoleChange is an actor appointed, elected, nominated, resigning or
// dismissed, suspended, recalled: the role, who decided, and when it was
// announced and when it takes effect (a resignation announced today,
// effective later; a resignation tendered and not yet accepted). An
// acting appointment is an appointment to a Role with Acting set.
type RoleChange struct {
	Header
	// Person is whose role changes; required.
	Person actor.ID `json:"person" validate:"id"`
	// Change says what happens; required.
	Change Change `json:"change" validate:"enum"`
	// Role is the role gained or left; its title is required.
	Role actor.Role `json:"role"`
	// By is who appoints, dismisses or elects.
	By actor.ID `json:"by,omitzero"`
	// Announced is when the change was announced.
	Announced source.Time `json:"announced,omitzero" validate:"omitzero"`
	// Effective is when it takes effect.
	Effective source.Time `json:"effective,omitzero" validate:"omitzero"`
}

// Change says what happens to an actor's role in a [RoleChange]. The zero
// Change is invalid.
type Change string

// The changes of role.
const (
	ChangeAppointed Change = "appointed"
	ChangeElected   Change = "elected"
	ChangeNominated Change = "nominated"
	ChangeResigned  Change = "resigned"
	ChangeDismissed Change = "dismissed"
	ChangeSuspended Change = "suspended"
	ChangeDied      Change = "died" // left the role by death

	ChangeResignationTendered Change = "resignation_tendered" // offered a resignation not yet accepted or in effect
	ChangeRecalled            Change = "recalled"             // recalled by whoever sent them (an ambassador, an envoy)
	ChangeReinstated          Change = "reinstated"           // given back a role they had been suspended or dismissed from
)

var changeValues = enum.New("event", "change", ChangeAppointed, ChangeElected, ChangeNominated, ChangeResigned, ChangeDismissed, ChangeSuspended, ChangeDied,
	ChangeResignationTendered, ChangeRecalled, ChangeReinstated)

// Changes returns every Change.
func Changes() []Change { return changeValues.Values() }

// ParseChange returns the Change spelled s, or a *[vocab.UnknownError].
func ParseChange(s string) (Change, error) { return changeValues.Parse(s) }

// String returns the change as written in JSON.
func (c Change) String() string { return string(c) }

// IsValid reports whether c is one of [Changes].
func (c Change) IsValid() bool { return changeValues.Valid(c) }

// MarshalText encodes the change; an invalid one is an error.
func (c Change) MarshalText() ([]byte, error) { return changeValues.Marshal(c) }

// UnmarshalText decodes a change; an unknown one is a *[vocab.UnknownError].
func (c *Change) UnmarshalText(text []byte) error { return changeValues.Unmarshal(c, text) }

var _ Event = (*RoleChange)(nil)

func (*RoleChange) isEvent() {}

// Kind returns [KindRoleChange].
func (*RoleChange) Kind() Kind { return KindRoleChange }

// Participants lists the person and who appoints or dismisses them.
func (r *RoleChange) Participants() []Participant {
	var p participants
	p.add(RolePerson, r.Person)
	p.add(RoleAppointer, r.By)
	return r.named(p)
}

// AllPlaces returns the header's places.
func (r *RoleChange) AllPlaces() []territory.ID { return r.places() }

// AllLinks returns the header's links.
func (r *RoleChange) AllLinks() []Link { return r.links() }

// Codes is empty: CAMEO and PLOVER have no code for a change of office.
func (r *RoleChange) Codes() Codes { return Codes{} }

// Validate checks the role change; see [Event].
func (r *RoleChange) Validate() error { return check(r) }

type plainRoleChange RoleChange

// MarshalJSON encodes the role change with "kind":"role_change" first.
func (r RoleChange) MarshalJSON() ([]byte, error) { return r.appendJSON(nil) }

// appendJSON appends the JSON form of the role change to b; see [appendEventJSON].
func (r *RoleChange) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindRoleChange, &r.Header, (*plainRoleChange)(r))
}

// UnmarshalJSON decodes a role change; see [Meeting.UnmarshalJSON].
func (r *RoleChange) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainRoleChange
	}{plainRoleChange: (*plainRoleChange)(r)}
	return decodeKind(data, KindRoleChange, r, &w, &w.kindField)
}

// RoleChangeBuilder builds a [RoleChange]; start one with [NewRoleChange].
type RoleChangeBuilder struct{ e RoleChange }

// NewRoleChange starts a builder of a role change with its header, the
// person, what happens and the role; see [NewMeeting] for the contract of
// every event builder.
func NewRoleChange(h Header, person actor.ID, change Change, role actor.Role) *RoleChangeBuilder {
	return &RoleChangeBuilder{RoleChange{Header: clone.Of(h), Person: person, Change: change, Role: clone.Of(role)}}
}

// By sets who appoints, dismisses or elects.
func (b *RoleChangeBuilder) By(id actor.ID) *RoleChangeBuilder { b.e.By = id; return b }

// Announced sets when the change was announced.
func (b *RoleChangeBuilder) Announced(t source.Time) *RoleChangeBuilder { b.e.Announced = t; return b }

// Effective sets when it takes effect.
func (b *RoleChangeBuilder) Effective(t source.Time) *RoleChangeBuilder { b.e.Effective = t; return b }

// Build returns the role change, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *RoleChangeBuilder) Build() (*RoleChange, error) { return build(&b.e) }
