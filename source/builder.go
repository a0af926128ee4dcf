package source

import (
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Builder fills a [Source] step by step; start one with [New].
type Builder struct {
	s Source
}

// New starts a builder of a source with its required fields: ID and kind.
//
// The builder keeps the contract of every builder of newsevent (see
// [actor.New]): setters named after their fields, list setters that add,
// no panics, and a Build that validates with [Source.Validate], adds no
// rule of its own, and returns a source that shares no slice with the
// builder or another build, or the zero Source and a *[ValidationError].
func New(id ID, kind Kind) *Builder {
	return &Builder{s: Source{ID: id, Kind: kind}}
}

// Title sets the title or short description.
func (b *Builder) Title(title string) *Builder {
	b.s.Title = title
	return b
}

// Publisher sets the actor that publishes the source.
func (b *Builder) Publisher(id actor.ID) *Builder {
	b.s.Publisher = id
	return b
}

// Authors adds actors who wrote or said it.
func (b *Builder) Authors(ids ...actor.ID) *Builder {
	b.s.Authors = append(b.s.Authors, ids...)
	return b
}

// Platform sets the platform of a post ("x").
func (b *Builder) Platform(p string) *Builder {
	b.s.Platform = p
	return b
}

// Handle sets the account a post was made from, without the "@".
func (b *Builder) Handle(h string) *Builder {
	b.s.Handle = h
	return b
}

// URL sets the address of the source.
func (b *Builder) URL(url string) *Builder {
	b.s.URL = url
	return b
}

// Published sets when it was published or said.
func (b *Builder) Published(t Time) *Builder {
	b.s.Published = t
	return b
}

// Language sets the language of the source.
func (b *Builder) Language(tag language.Tag) *Builder {
	b.s.Language = tag
	return b
}

// Via sets the source through which this one reached the reader.
func (b *Builder) Via(id ID) *Builder {
	b.s.Via = id
	return b
}

// Related adds sources it points its readers to.
func (b *Builder) Related(ids ...ID) *Builder {
	b.s.Related = append(b.s.Related, ids...)
	return b
}

// Description sets a short free text about the source.
func (b *Builder) Description(text string) *Builder {
	b.s.Description = text
	return b
}

// Excerpt marks the text the dataset was built from as cut from a longer
// one.
func (b *Builder) Excerpt() *Builder {
	b.s.Excerpt = true
	return b
}

// Dateline sets the place the source was filed from.
func (b *Builder) Dateline(id vocab.TerritoryID) *Builder {
	b.s.Dateline = id
	return b
}

// CopyOf sets the source this one copies word for word.
func (b *Builder) CopyOf(id ID) *Builder {
	b.s.CopyOf = id
	return b
}

// Revises sets the earlier version this one updates or corrects.
func (b *Builder) Revises(id ID) *Builder {
	b.s.Revises = id
	return b
}

// Correction marks the revision as correcting an error of the earlier
// version.
func (b *Builder) Correction() *Builder {
	b.s.Correction = true
	return b
}

// PublishedInferred says from what the publication time is inferred.
func (b *Builder) PublishedInferred(evidence string) *Builder {
	b.s.PublishedInferred = evidence
	return b
}

// Build returns the source, or the zero Source and a *[ValidationError];
// see [New] for the contract.
func (b *Builder) Build() (Source, error) {
	if rulesHold(&b.s) { // the generated quick check; the plans say why not
		return clone.Of(b.s), nil
	}
	if err := validate.Explain("source", &b.s); err != nil {
		return Source{}, err
	}
	return clone.Of(b.s), nil
}

// Attribute returns the attribution of something to source src with verb,
// and the source's own words where given.
func Attribute(src ID, verb Verb, quotes ...Quote) Attribution {
	return Attribution{Source: src, Verb: verb, Quotes: quotes}
}
