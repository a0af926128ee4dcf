package newsevent

import (
	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/ident"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// Identity is a claim, made by a source, that two actors of a story are
// one person or body, may be, or are not: "the official, later named as
// Colonel X"; "the man may be the same person as the suspect named on
// Monday". It is a record of its own, beside the actors, so that an
// unnamed actor can be resolved later without rewriting what the earlier
// report said: both actors stay, and so does who said they are one.
//
// The library never matches actors by their words: two unnamed actors
// with the same description are two actors until an Identity says
// otherwise. (Two records of one event are linked by the event link
// types same_as and possibly_same_as.)
type Identity struct {
	// ID identifies the claim; required.
	ID IdentityID `json:"id" validate:"id"`
	// Actor is the actor the claim is about, often an unnamed one;
	// required.
	Actor actor.ID `json:"actor" validate:"id"`
	// Relation says how Other stands to Actor; required.
	Relation IdentityRelation `json:"relation" validate:"enum"`
	// Other is the actor Actor is, may be, or is not; required.
	Other actor.ID `json:"other" validate:"id"`
	// Text is the claim as written ("later named as", "believed to be").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Attributions say who makes the claim; at least one.
	Attributions []source.Attribution `json:"attributions" validate:"min=1,dive"`
}

// IdentityRelation says how the two actors of an [Identity] stand to
// each other. The zero IdentityRelation is invalid.
type IdentityRelation string

// The relations of an identity claim.
const (
	IdentitySameAs         IdentityRelation = "same_as"          // Actor is Other
	IdentityNamedAs        IdentityRelation = "named_as"         // Actor, unnamed before, is later named as Other
	IdentityPossiblySameAs IdentityRelation = "possibly_same_as" // Actor may be Other; the source is not sure
	IdentityNotSameAs      IdentityRelation = "not_same_as"      // Actor is not Other, though they may be taken for one
)

var identityRelations = enum.New("newsevent", "identity relation", IdentitySameAs, IdentityNamedAs, IdentityPossiblySameAs, IdentityNotSameAs)

// IdentityRelations returns every IdentityRelation.
func IdentityRelations() []IdentityRelation { return identityRelations.Values() }

// ParseIdentityRelation returns the IdentityRelation spelled s, or a
// *[vocab.UnknownError].
func ParseIdentityRelation(s string) (IdentityRelation, error) { return identityRelations.Parse(s) }

// String returns the relation as written in JSON.
func (r IdentityRelation) String() string { return string(r) }

// IsValid reports whether r is one of [IdentityRelations].
func (r IdentityRelation) IsValid() bool { return identityRelations.Valid(r) }

// MarshalText encodes the relation; an invalid one is an error.
func (r IdentityRelation) MarshalText() ([]byte, error) { return identityRelations.Marshal(r) }

// UnmarshalText decodes a relation; an unknown one is a *[vocab.UnknownError].
func (r *IdentityRelation) UnmarshalText(text []byte) error {
	return identityRelations.Unmarshal(r, text)
}

// IdentityID identifies an [Identity]. It is a UUID: version 7 from
// [NewIdentityID], version 5 from [IdentityIDFor].
type IdentityID uuid.UUID

var identityNamespace = ident.Namespace("identity")

// NewIdentityID returns a new, random, time-ordered IdentityID (UUID
// version 7).
func NewIdentityID() IdentityID { return IdentityID(ident.New()) }

// IdentityIDFor returns the IdentityID derived from a stable key (UUID
// version 5): the same key always gives the same ID.
func IdentityIDFor(key string) IdentityID { return IdentityID(ident.Key(identityNamespace, key)) }

// ParseIdentityID reads an IdentityID in the canonical UUID form.
func ParseIdentityID(s string) (IdentityID, error) {
	u, err := ident.Parse("identity", []byte(s))
	return IdentityID(u), err
}

// String returns the ID in the canonical UUID form.
func (id IdentityID) String() string { return uuid.UUID(id).String() }

// IsZero reports whether id is the zero ID.
func (id IdentityID) IsZero() bool { return id == IdentityID{} }

// MarshalText encodes the ID in the canonical UUID form.
func (id IdentityID) MarshalText() ([]byte, error) { return uuid.UUID(id).MarshalText() }

// UnmarshalText decodes an ID in the canonical UUID form.
func (id *IdentityID) UnmarshalText(text []byte) error {
	u, err := ident.Parse("identity", text)
	*id = IdentityID(u)
	return err
}

// Validate checks the identity claim on its own (that its actors exist is
// checked by [Story.Validate]) and returns nil or a *[ValidationError].
func (i Identity) Validate() error {
	var l validate.List
	l.Struct("", &i)
	return l.Err("newsevent: identity")
}

func init() {
	validate.RegisterStruct(checkIdentity, Identity{})
}

func checkIdentity(sl validator.StructLevel) {
	i := validate.Current[Identity](sl)
	if !i.Actor.IsZero() && i.Actor == i.Other {
		validate.Report(sl, i.Other, "other", vocab.RuleSelf, "an actor is trivially itself: the claim needs two actors")
	}
}

type plainIdentity Identity

// UnmarshalJSON decodes an identity claim; an unknown field is an error
// that names it.
func (i *Identity) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*i = Identity{}
	return jsonx.Strict("newsevent: identity", data, (*plainIdentity)(i))
}
