package event

import (
	"github.com/go-playground/validator/v10"
	"github.com/newsevent/newsevent/internal/clone"

	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindOther is the kind of an [Other], the generic kind.
const KindOther Kind = "other"

// Other is the generic kind for everything the typed kinds do not cover:
// an action in words, its own CAMEO code and PLOVER category where the user
// has them, and participants with free roles. No user needs to fork the
// library to record an event.
type Other struct {
	Header
	// Action is what happened, in words ("imposed a curfew"); required.
	Action string `json:"action" validate:"required,trimmed,text"`
	// CAMEO is the CAMEO code, where the user has one; it must be a code
	// of CAMEO 1.1b3.
	CAMEO string `json:"cameo,omitempty"`
	// PLOVER is the PLOVER category, where the user has one.
	PLOVER Category `json:"plover,omitzero"`
	// Mode is the PLOVER mode, where the user has one.
	Mode string `json:"mode,omitempty" validate:"omitempty,no_space"`
	// Roles are the actors taking part, each with a role word of the
	// user's own ("evacuator", "host").
	Roles []Participant `json:"roles,omitzero" validate:"dive"`
	// Targets are places the action is aimed at or takes place in,
	// beyond the header's places.
	Targets []territory.ID `json:"targets,omitzero" validate:"dive,id"`
}

var _ Event = (*Other)(nil)

func (*Other) isEvent() {}

// Kind returns [KindOther].
func (*Other) Kind() Kind { return KindOther }

// Participants returns a copy of the roles as given.
func (o *Other) Participants() []Participant {
	return o.named(append(participants(nil), o.Roles...))
}

// AllPlaces returns the header's places and the targets.
func (o *Other) AllPlaces() []territory.ID { return o.places(o.Targets...) }

// AllLinks returns the header's links.
func (o *Other) AllLinks() []Link { return o.links() }

// Codes returns the user's codes; a CAMEO code without a PLOVER category
// gets the category (and mode) that follows from it.
func (o *Other) Codes() Codes {
	if o.PLOVER == "" {
		return codesFor(o.CAMEO)
	}
	return Codes{CAMEO: o.CAMEO, PLOVER: o.PLOVER, Mode: o.Mode}
}

// Validate checks the event; see [Event].
func (o *Other) Validate() error { return check(o) }

func init() {
	validate.RegisterStruct(checkOther, Other{})
}

func checkOther(sl validator.StructLevel) {
	o := validate.Current[Other](sl)
	if o.CAMEO != "" {
		if _, ok := CAMEOLabel(o.CAMEO); !ok {
			validate.Report(sl, o.CAMEO, "cameo", vocab.RuleEnum, "\""+o.CAMEO+"\" is not a CAMEO 1.1b3 event code")
		}
	}
	if o.PLOVER != "" && !o.PLOVER.IsValid() {
		validate.Report(sl, o.PLOVER, "plover", vocab.RuleEnum, "\""+string(o.PLOVER)+"\" is not a PLOVER category")
	}
	if o.Mode != "" && o.PLOVER == "" {
		validate.Report(sl, o.Mode, "mode", vocab.RuleRequires, "needs a PLOVER category")
	}
}

type plainOther Other

// MarshalJSON encodes the event with "kind":"other" first.
func (o Other) MarshalJSON() ([]byte, error) { return o.appendJSON(nil) }

// appendJSON appends the JSON form of the other to b; see [appendEventJSON].
func (o *Other) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindOther, &o.Header, (*plainOther)(o))
}

// UnmarshalJSON decodes an event of the generic kind; see
// [Meeting.UnmarshalJSON].
func (o *Other) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainOther
	}{plainOther: (*plainOther)(o)}
	return decodeKind(data, KindOther, o, &w, &w.kindField)
}

// OtherBuilder builds an [Other]; start one with [NewOther].
type OtherBuilder struct{ e Other }

// NewOther starts a builder of an event of the generic kind with its
// header and the action in words; see [NewMeeting] for the contract of
// every event builder.
func NewOther(h Header, action string) *OtherBuilder {
	return &OtherBuilder{Other{Header: clone.Of(h), Action: action}}
}

// CAMEO sets the CAMEO code.
func (b *OtherBuilder) CAMEO(code string) *OtherBuilder { b.e.CAMEO = code; return b }

// PLOVER sets the PLOVER category.
func (b *OtherBuilder) PLOVER(c Category) *OtherBuilder { b.e.PLOVER = c; return b }

// Mode sets the PLOVER mode.
func (b *OtherBuilder) Mode(mode string) *OtherBuilder { b.e.Mode = mode; return b }

// Roles adds actors in roles of the user's own.
func (b *OtherBuilder) Roles(p ...Participant) *OtherBuilder {
	b.e.Roles = append(b.e.Roles, p...)
	return b
}

// Targets adds places the action is aimed at.
func (b *OtherBuilder) Targets(ids ...territory.ID) *OtherBuilder {
	b.e.Targets = append(b.e.Targets, ids...)
	return b
}

// Build returns the event, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *OtherBuilder) Build() (*Other, error) { return build(&b.e) }
