package territory

import (
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
)

// Builder fills a [Territory] step by step. It never panics: a problem
// with an argument (a country code that is not one) is kept and returned by
// [Builder.Build] with everything [Territory.Validate] finds. It adds no
// rules of its own.
type Builder struct {
	t    Territory
	errs validate.List
}

// New starts a territory with its ID, kind and name; pass an empty name for
// an unnamed place and give it a [Builder.Description].
func New(id ID, kind Kind, name string) *Builder {
	return &Builder{t: Territory{ID: id, Kind: kind, Name: name}}
}

// Name adds a name in another language or script.
func (b *Builder) Name(text string, lang language.Tag) *Builder {
	b.t.Names = append(b.t.Names, actor.Name{Text: text, Lang: lang})
	return b
}

// Country sets the ISO 3166-1 alpha-2 code of the country the place is or
// lies in ("UA").
func (b *Builder) Country(code string) *Builder {
	r, err := language.ParseRegion(code)
	if err != nil || !validate.IsCountry(code) {
		b.errs.Add("country", validate.RuleCountry, "\""+code+"\" is not an ISO 3166-1 alpha-2 country code")
		return b
	}
	b.t.Country = r
	return b
}

// Subdivision sets the ISO 3166-2 code of the place or of the subdivision
// it lies in ("UA-30").
func (b *Builder) Subdivision(code string) *Builder {
	b.t.Subdivision = code
	return b
}

// Parent sets the territory that contains this one.
func (b *Builder) Parent(id ID) *Builder {
	b.t.Parent = id
	return b
}

// Point sets the position of the place.
func (b *Builder) Point(lat, lon float64, p Precision) *Builder {
	b.t.Point = Point{Lat: lat, Lon: lon, Precision: p}
	return b
}

// Group marks the record as standing for several unnamed places.
func (b *Builder) Group() *Builder {
	b.t.Group = true
	return b
}

// Description sets the description, the only name of an unnamed place.
func (b *Builder) Description(text string) *Builder {
	b.t.Description = text
	return b
}

// ExternalID adds an identifier in another dataset ("wikidata", "Q1899").
func (b *Builder) ExternalID(scheme, value string) *Builder {
	b.t.ExternalIDs = append(b.t.ExternalIDs, actor.ExternalID{Scheme: scheme, Value: value})
	return b
}

// Build returns the territory, or the zero Territory and a
// *[ValidationError] listing the builder's problems and those
// [Territory.Validate] finds.
func (b *Builder) Build() (Territory, error) {
	errs := b.errs
	errs.Merge("", b.t.Validate())
	if err := errs.Err("territory"); err != nil {
		return Territory{}, err
	}
	return b.t, nil
}

// StatusBuilder fills a [Status] step by step, with the same contract as
// [Builder].
type StatusBuilder struct {
	s Status
}

// NewStatus starts a status: its ID, the relation, the holder and the
// standing, and the territories it is about.
func NewStatus(id StatusID, rel Relation, holder actor.ID, standing Standing, territories ...ID) *StatusBuilder {
	return &StatusBuilder{s: Status{ID: id, Relation: rel, Holder: holder, Standing: standing, Territories: territories}}
}

// RecognisedBy sets the recognising actor of a recognition.
func (b *StatusBuilder) RecognisedBy(id actor.ID) *StatusBuilder {
	b.s.Recogniser = id
	return b
}

// Extent sets how much of the territories the status covers.
func (b *StatusBuilder) Extent(e Extent) *StatusBuilder {
	b.s.Extent = e
	return b
}

// Share sets the extent to a share given as a figure ("about 53%").
func (b *StatusBuilder) Share(c source.Count) *StatusBuilder {
	b.s.Extent, b.s.Share = ExtentShare, c
	return b
}

// Period sets when the status holds or held.
func (b *StatusBuilder) Period(t source.Time) *StatusBuilder {
	b.s.Period = t
	return b
}

// AttributedTo adds who states the status.
func (b *StatusBuilder) AttributedTo(a ...source.Attribution) *StatusBuilder {
	b.s.Attributions = append(b.s.Attributions, a...)
	return b
}

// Words sets the report's own words for the status ("illegally annexed").
func (b *StatusBuilder) Words(w string) *StatusBuilder {
	b.s.Words = w
	return b
}

// Build returns the status, or the zero Status and a *[ValidationError].
func (b *StatusBuilder) Build() (Status, error) {
	if err := b.s.Validate(); err != nil {
		return Status{}, err
	}
	return b.s, nil
}
