package actor

import (
	"time"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Actor is a person, state, government, organisation, armed force, group
// or news medium that takes part in events or speaks in sources.
//
// An Actor is a plain value: build it with a struct literal and call
// [Actor.Validate], or use [New]. Other records point to it by [ID].
//
// An actor the report does not name ("a senior official", "an agency
// authorised by the government") has no Name: its Description is its
// only name, with its Kind and Country where the report gives them. Two
// unnamed actors are never the same actor because their descriptions
// read alike; a report that later names one, or says two may be one, is
// an attributed identity claim of the Story (newsevent.Identity).
type Actor struct {
	// ID identifies the actor; required.
	ID ID `json:"id" validate:"id"`
	// Kind says what sort of actor this is; required.
	Kind Kind `json:"kind" validate:"enum"`
	// Name is the canonical name, as the dataset chooses to show it
	// ("Volodymyr Zelenskyy"); empty for an unnamed actor, which needs a
	// Description instead. A report that gives only part of a name keeps
	// only that part ("Syrskyi").
	Name string `json:"name,omitempty" validate:"trimmed,text"`
	// Names are the actor's names in other languages or scripts, each
	// with its language tag (uk "Володимир Зеленський", uk-Latn for a
	// transliteration).
	Names []vocab.Name `json:"names,omitzero" validate:"dive"`
	// Aliases are other words that stand for the actor: abbreviations,
	// metonyms ("Kyiv" for the government of Ukraine), a first name used
	// in address.
	Aliases []Alias `json:"aliases,omitzero" validate:"dive"`
	// Handles are the actor's accounts on platforms (X @ZelenskyyUa).
	Handles []Handle `json:"handles,omitzero" validate:"dive"`
	// Roles are the positions the actor holds or held.
	Roles []Role `json:"roles,omitzero" validate:"dive"`
	// MemberOf lists the actors this one belongs to: a department in a
	// general staff, a state in an alliance, a person in a party.
	MemberOf []ID `json:"member_of,omitzero" validate:"dive,id"`
	// ExternalIDs are the actor's identifiers in other datasets (Wikidata).
	ExternalIDs []vocab.ExternalID `json:"external_ids,omitzero" validate:"dive"`
	// Description is a short free text about the actor, and the only name
	// of an unnamed one ("a senior Ukrainian official"); an actor needs a
	// Name or a Description.
	Description string `json:"description,omitempty" validate:"trimmed,text"`
	// Country is the country the actor belongs to or stands for; zero
	// when unknown or not applicable. It comes last, as it always has in
	// the JSON form.
	Country vocab.Country `json:"country,omitzero"`
}

// Alias is a word or phrase that stands for an actor.
type Alias struct {
	// Text is the alias as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// Kind says how the alias stands for the actor; required.
	Kind AliasKind `json:"kind" validate:"enum"`
	// Lang is the language of the alias; optional.
	Lang language.Tag `json:"lang,omitzero" validate:"omitempty,language"`
	// UsedBy are the actors who use the alias ("the regime", as its
	// opponents call a government).
	UsedBy []ID `json:"used_by,omitzero" validate:"dive,id"`
}

// Handle is an account on a platform.
type Handle struct {
	// Platform names the platform as a lower-case word ("x",
	// "truth_social", "telegram"); required.
	Platform string `json:"platform" validate:"required,token"`
	// Handle is the account name without the leading "@"; required.
	Handle string `json:"handle" validate:"required,no_space,excludes=@"`
}

// Role is a position an actor holds or held: a title, the actor it is
// held in or for, and when. Only the title is required; a zero From or
// Until means the report does not say.
type Role struct {
	// Title is the title as the report gives it ("Secretary of State",
	// "deputy head"); required.
	Title string `json:"title" validate:"required,trimmed,text"`
	// Of is the organisation, state or person the role is held in or for:
	// the department of a deputy head, the president of an envoy.
	Of ID `json:"of,omitzero"`
	// From is when the role began; zero when not given.
	From time.Time `json:"from,omitzero" validate:"utc,date"`
	// Until is when the role ended; zero when it has not ended or the
	// report does not say.
	Until time.Time `json:"until,omitzero" validate:"utc,date"`
	// Text is how the report puts it, where that says more than the
	// fields ("earlier a presidential candidate").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Place is the place the role is of: the city of a mayor, the region
	// of a governor.
	Place vocab.TerritoryID `json:"place,omitzero"`
	// Former says the role has ended, at a time the report does not give
	// ("the former mayor"); Until gives the time when it is known.
	Former bool `json:"former,omitempty"`
	// Acting says the role is held in an acting capacity ("acting
	// president").
	Acting bool `json:"acting,omitempty"`
}

// Validate checks the actor against its rules and returns nil or a
// *[ValidationError] that lists every problem with its JSON path.
func (a Actor) Validate() error {
	var l validate.List
	l.Struct("", &a)
	return l.Err("actor")
}

// ValidationError is [vocab.ValidationError], the error of every Validate
// method and every Build in newsevent, under this package's name.
type ValidationError = vocab.ValidationError

// Problem is [vocab.Problem], one entry of a [ValidationError].
type Problem = vocab.Problem

func init() {
	validate.RegisterStruct(checkActor, Actor{})
	validate.RegisterStruct(checkRole, Role{})
}

func checkActor(sl validator.StructLevel) {
	a := validate.Current[Actor](sl)
	if a.Name == "" && a.Description == "" {
		validate.Report(sl, a.Name, "name", vocab.RuleRequired, "is required, or a description for an unnamed actor")
	}
	if a.ID.IsZero() {
		return
	}
	for i, m := range a.MemberOf {
		if m == a.ID {
			validate.Report(sl, m, validate.Index("member_of", i), vocab.RuleSelf, "an actor cannot be a member of itself")
		}
	}
	for i, r := range a.Roles {
		if r.Of == a.ID {
			validate.Report(sl, r.Of, validate.Index("roles", i)+".of", vocab.RuleSelf, "a role cannot be held in the actor itself")
		}
	}
}

func checkRole(sl validator.StructLevel) {
	r := validate.Current[Role](sl)
	if !r.From.IsZero() && !r.Until.IsZero() && r.Until.Before(r.From) {
		validate.Report(sl, r.From, "from", vocab.RuleOrder, "must not be after until")
	}
}

type plainActor Actor

// UnmarshalJSON decodes an actor; an unknown field is an error that names it.
func (a *Actor) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*a = Actor{}
	return jsonx.Strict("actor", data, (*plainActor)(a))
}

type plainRole Role

// UnmarshalJSON decodes a role strictly. A from or until at Go's zero
// instant, 0001-01-01T00:00:00Z, is an error: the library reads that
// instant as "not given", and would drop it.
func (r *Role) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*r = Role{}
	var w roleJSON
	if err := jsonx.Strict("actor: role", data, &w); err != nil {
		return err
	}
	return r.fromJSON(&w)
}

// roleJSON is the form a role decodes from: a from or until given in
// JSON is not nil, even at the zero instant.
type roleJSON struct {
	From  *time.Time `json:"from"`
	Until *time.Time `json:"until"`
	plainRole
}

// fromJSON sets r to the role w holds, or says what is wrong with it.
func (r *Role) fromJSON(w *roleJSON) error {
	*r = Role(w.plainRole)
	return r.setDates(w.From, w.Until)
}

// setDates sets the from and until of r, whose other fields are decoded,
// to those the JSON gave (nil for absent), or says which is at the zero
// instant and leaves r zero.
func (r *Role) setDates(from, until *time.Time) error {
	err := jsonx.NotZeroTime("actor: role", "from", from)
	if err == nil {
		err = jsonx.NotZeroTime("actor: role", "until", until)
	}
	if err != nil {
		*r = Role{}
		return err
	}
	if from != nil {
		r.From = *from
	}
	if until != nil {
		r.Until = *until
	}
	return nil
}
