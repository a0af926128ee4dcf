package actor

import (
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Builder fills an [Actor] step by step; start one with [New].
type Builder struct {
	a    Actor
	errs validate.List
}

// New starts a builder of an actor with its ID, kind and canonical name;
// for an unnamed actor pass "" and set a Description.
//
// The builder contract, the same for every builder of newsevent: each
// setter is named after the field it fills (one that takes a list adds to
// it); a setter that parses its argument (Country) records a problem
// instead of failing; nothing panics. Build validates the actor with
// [Actor.Validate], adds no rule of its own, and returns either the actor,
// sharing no slice with the builder or with any other build, or the zero
// Actor and a *[ValidationError] that lists the setters' problems and
// Validate's.
func New(id ID, kind Kind, name string) *Builder {
	return &Builder{a: Actor{ID: id, Kind: kind, Name: name}}
}

// Names adds names in other languages or scripts.
func (b *Builder) Names(n ...vocab.Name) *Builder {
	b.a.Names = append(b.a.Names, n...)
	return b
}

// Aliases adds other words that stand for the actor.
func (b *Builder) Aliases(a ...Alias) *Builder {
	b.a.Aliases = append(b.a.Aliases, a...)
	return b
}

// Handles adds accounts on platforms.
func (b *Builder) Handles(h ...Handle) *Builder {
	b.a.Handles = append(b.a.Handles, h...)
	return b
}

// Country sets the country from its ISO 3166-1 alpha-2 code ("UA"); a code
// that [vocab.ParseCountry] rejects is a problem that Build reports.
func (b *Builder) Country(code string) *Builder {
	c, err := vocab.ParseCountry(code)
	if err != nil {
		b.errs.Add("country", vocab.RuleCountry, "\""+code+"\" is not an ISO 3166-1 alpha-2 country code")
		return b
	}
	b.a.Country = c
	return b
}

// Roles adds positions the actor holds or held.
func (b *Builder) Roles(r ...Role) *Builder {
	b.a.Roles = append(b.a.Roles, r...)
	return b
}

// MemberOf adds actors this one belongs to.
func (b *Builder) MemberOf(ids ...ID) *Builder {
	b.a.MemberOf = append(b.a.MemberOf, ids...)
	return b
}

// ExternalIDs adds identifiers in other datasets.
func (b *Builder) ExternalIDs(e ...vocab.ExternalID) *Builder {
	b.a.ExternalIDs = append(b.a.ExternalIDs, e...)
	return b
}

// Description sets a short free text about the actor.
func (b *Builder) Description(text string) *Builder {
	b.a.Description = text
	return b
}

// Build returns the actor, or the zero Actor and a *[ValidationError]; see
// [New] for the contract.
func (b *Builder) Build() (Actor, error) {
	errs := b.errs
	if !rulesHold(&b.a) { // the generated quick check; the plans say why
		errs.Merge("", validate.Explain("actor", &b.a))
	}
	if err := errs.Err("actor"); err != nil {
		return Actor{}, err
	}
	return clone.Of(b.a), nil
}
