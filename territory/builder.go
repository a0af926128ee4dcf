package territory

import (
	"slices"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// Builder fills a [Territory] step by step; start one with [New].
type Builder struct {
	t    Territory
	errs validate.List
}

// New starts a builder of a territory with its ID, kind and name; pass an
// empty name for an unnamed place and give it a [Builder.Description].
//
// The builder keeps the contract of every builder of newsevent (see
// [actor.New]): setters named after their fields, list setters that add,
// setters that parse (Country, Subdivision) record a problem instead of
// failing, no panics, and a Build that validates with [Territory.Validate],
// adds no rule of its own, and returns a territory that shares no slice
// with the builder or another build, or the zero Territory and a
// *[ValidationError] with the setters' problems and Validate's.
func New(id ID, kind Kind, name string) *Builder {
	return &Builder{t: Territory{ID: id, Kind: kind, Name: name}}
}

// Names adds names in other languages or scripts.
func (b *Builder) Names(n ...vocab.Name) *Builder {
	b.t.Names = append(b.t.Names, n...)
	return b
}

// Country sets the country the place is or lies in from its ISO 3166-1
// alpha-2 code ("UA").
func (b *Builder) Country(code string) *Builder {
	c, err := vocab.ParseCountry(code)
	if err != nil {
		b.errs.Add("country", vocab.RuleCountry, "\""+code+"\" is not an ISO 3166-1 alpha-2 country code")
		return b
	}
	b.t.Country = c
	return b
}

// Subdivision sets the ISO 3166-2 subdivision the place is or lies in from
// its code ("UA-30").
func (b *Builder) Subdivision(code string) *Builder {
	d, err := vocab.ParseSubdivision(code)
	if err != nil {
		b.errs.Add("subdivision", vocab.RuleSubdivision, "\""+code+"\" is not an ISO 3166-2 subdivision code")
		return b
	}
	b.t.Subdivision = d
	return b
}

// Parent sets the territory that contains this one.
func (b *Builder) Parent(id ID) *Builder {
	b.t.Parent = id
	return b
}

// Point sets the position of the place.
func (b *Builder) Point(p Point) *Builder {
	b.t.Point = p
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

// ExternalIDs adds identifiers in other datasets.
func (b *Builder) ExternalIDs(e ...vocab.ExternalID) *Builder {
	b.t.ExternalIDs = append(b.t.ExternalIDs, e...)
	return b
}

// Aliases adds other names of the place, with who uses them.
func (b *Builder) Aliases(a ...Alias) *Builder {
	b.t.Aliases = append(b.t.Aliases, a...)
	return b
}

// Figures adds figures about the place (its population, its area).
func (b *Builder) Figures(c ...source.Count) *Builder {
	b.t.Figures = append(b.t.Figures, c...)
	return b
}

// Build returns the territory, or the zero Territory and a
// *[ValidationError]; see [New] for the contract.
func (b *Builder) Build() (Territory, error) {
	errs := b.errs
	if !rulesHold(&b.t) { // the generated quick check; the plans say why
		errs.Merge("", validate.Explain("territory", &b.t))
	}
	if err := errs.Err("territory"); err != nil {
		return Territory{}, err
	}
	return clone.Of(b.t), nil
}

// StatusBuilder fills a [Status] step by step; start one with [NewStatus].
type StatusBuilder struct {
	s Status
}

// NewStatus starts a builder of a status with its required fields: its ID,
// the relation, the holder, the standing and the territories it is about.
// It keeps the contract of [New].
func NewStatus(id StatusID, rel Relation, holder actor.ID, standing Standing, territories ...ID) *StatusBuilder {
	return &StatusBuilder{s: Status{ID: id, Relation: rel, Holder: holder, Standing: standing, Territories: slices.Clone(territories)}}
}

// Recogniser sets the recognising actor of a recognition.
func (b *StatusBuilder) Recogniser(id actor.ID) *StatusBuilder {
	b.s.Recogniser = id
	return b
}

// Extent sets how much of the territories the status covers.
func (b *StatusBuilder) Extent(e Extent) *StatusBuilder {
	b.s.Extent = e
	return b
}

// Share sets the share of the territories the status covers ("about
// 53%"), and with it the extent [ExtentShare].
func (b *StatusBuilder) Share(c source.Count) *StatusBuilder {
	b.s.Extent, b.s.Share = ExtentShare, c
	return b
}

// Period sets when the status holds or held.
func (b *StatusBuilder) Period(t source.Time) *StatusBuilder {
	b.s.Period = t
	return b
}

// Attributions adds who states the status.
func (b *StatusBuilder) Attributions(a ...source.Attribution) *StatusBuilder {
	b.s.Attributions = append(b.s.Attributions, a...)
	return b
}

// Words sets the report's own words for the status ("illegally annexed").
func (b *StatusBuilder) Words(w string) *StatusBuilder {
	b.s.Words = w
	return b
}

// FromEvent sets the event the status holds from.
func (b *StatusBuilder) FromEvent(id vocab.EventID) *StatusBuilder {
	b.s.FromEvent = id
	return b
}

// UntilEvent sets the event the status holds until.
func (b *StatusBuilder) UntilEvent(id vocab.EventID) *StatusBuilder {
	b.s.UntilEvent = id
	return b
}

// Boundary sets the line that bounds the status.
func (b *StatusBuilder) Boundary(id ID) *StatusBuilder {
	b.s.Boundary = id
	return b
}

// Revises sets the earlier status this one revises.
func (b *StatusBuilder) Revises(id StatusID) *StatusBuilder {
	b.s.Revises = id
	return b
}

// Build returns the status, or the zero Status and a *[ValidationError];
// see [NewStatus].
func (b *StatusBuilder) Build() (Status, error) {
	if rulesHold(&b.s) { // the generated quick check; the plans say why not
		return clone.Of(b.s), nil
	}
	if err := validate.Explain("territory: status", &b.s); err != nil {
		return Status{}, err
	}
	return clone.Of(b.s), nil
}
