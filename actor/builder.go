package actor

import (
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/validate"
)

// Builder fills an [Actor] step by step. It never panics: a problem with an
// argument (a country code that is not one) is kept and returned by
// [Builder.Build] together with everything [Actor.Validate] finds. It adds
// no rules of its own.
type Builder struct {
	a    Actor
	errs validate.List
}

// New starts an actor with its required fields: ID, kind and canonical name.
func New(id ID, kind Kind, name string) *Builder {
	return &Builder{a: Actor{ID: id, Kind: kind, Name: name}}
}

// Name adds a name in another language or script.
func (b *Builder) Name(text string, lang language.Tag) *Builder {
	b.a.Names = append(b.a.Names, Name{Text: text, Lang: lang})
	return b
}

// Alias adds another word that stands for the actor.
func (b *Builder) Alias(text string, kind AliasKind) *Builder {
	b.a.Aliases = append(b.a.Aliases, Alias{Text: text, Kind: kind})
	return b
}

// Handle adds an account on a platform.
func (b *Builder) Handle(platform, handle string) *Builder {
	b.a.Handles = append(b.a.Handles, Handle{Platform: platform, Handle: handle})
	return b
}

// Country sets the ISO 3166-1 alpha-2 country code ("UA").
func (b *Builder) Country(code string) *Builder {
	r, err := language.ParseRegion(code)
	if err != nil || !validate.IsCountry(code) {
		b.errs.Add("country", validate.RuleCountry, "\""+code+"\" is not an ISO 3166-1 alpha-2 country code")
		return b
	}
	b.a.Country = r
	return b
}

// Role adds a position with its title and, where the report gives them,
// the actor it is held in and its period (zero times when not given).
func (b *Builder) Role(title string, of ID, from, until time.Time) *Builder {
	b.a.Roles = append(b.a.Roles, Role{Title: title, Of: of, From: from, Until: until})
	return b
}

// RoleAs adds a role given in full, with the words the report uses.
func (b *Builder) RoleAs(r Role) *Builder {
	b.a.Roles = append(b.a.Roles, r)
	return b
}

// MemberOf adds actors this one belongs to.
func (b *Builder) MemberOf(ids ...ID) *Builder {
	b.a.MemberOf = append(b.a.MemberOf, ids...)
	return b
}

// ExternalID adds an identifier in another dataset ("wikidata", "Q42").
func (b *Builder) ExternalID(scheme, value string) *Builder {
	b.a.ExternalIDs = append(b.a.ExternalIDs, ExternalID{Scheme: scheme, Value: value})
	return b
}

// Description sets a short free text about the actor.
func (b *Builder) Description(text string) *Builder {
	b.a.Description = text
	return b
}

// Build returns the actor, or the zero Actor and a *[ValidationError]
// listing the builder's problems and those [Actor.Validate] finds.
func (b *Builder) Build() (Actor, error) {
	errs := b.errs
	errs.Merge("", b.a.Validate())
	if err := errs.Err("actor"); err != nil {
		return Actor{}, err
	}
	return b.a, nil
}
