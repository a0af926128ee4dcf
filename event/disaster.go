package event

import (
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// KindDisaster is the kind of a [Disaster].
const KindDisaster Kind = "disaster"

// Disaster is a natural or technological disaster: the hazard, the places
// affected, and its toll by measure, each figure as reported (a toll
// revised or disputed keeps every figure).
type Disaster struct {
	Header
	// Hazard says what happened; required.
	Hazard Hazard `json:"hazard" validate:"enum"`
	// Affected are the places affected.
	Affected []territory.ID `json:"affected,omitzero" validate:"dive,id"`
	// Toll are the figures by measure: killed, injured, missing,
	// displaced, affected...
	Toll []source.Count `json:"toll,omitzero" validate:"dive"`
	// Responsibility lists who is blamed for it, where anyone is.
	Responsibility []Claim `json:"responsibility,omitzero" validate:"dive"`
}

// Hazard says what a [Disaster] is. The zero Hazard is invalid.
type Hazard string

// The hazards of a disaster.
const (
	HazardFlood              Hazard = "flood"
	HazardEarthquake         Hazard = "earthquake"
	HazardStorm              Hazard = "storm" // a storm, cyclone, hurricane or typhoon
	HazardWildfire           Hazard = "wildfire"
	HazardLandslide          Hazard = "landslide"
	HazardDrought            Hazard = "drought"
	HazardHeatwave           Hazard = "heatwave"
	HazardTsunami            Hazard = "tsunami"
	HazardVolcanicEruption   Hazard = "volcanic_eruption"
	HazardDamFailure         Hazard = "dam_failure"
	HazardIndustrialAccident Hazard = "industrial_accident"
	HazardTransportAccident  Hazard = "transport_accident"
	HazardBuildingCollapse   Hazard = "building_collapse"
	HazardExplosion          Hazard = "explosion" // an accidental explosion
	HazardEpidemic           Hazard = "epidemic"
	HazardFamine             Hazard = "famine"
	HazardOther              Hazard = "other"
)

var hazardValues = enum.New("event", "hazard", HazardFlood, HazardEarthquake, HazardStorm, HazardWildfire, HazardLandslide, HazardDrought, HazardHeatwave, HazardTsunami, HazardVolcanicEruption, HazardDamFailure, HazardIndustrialAccident, HazardTransportAccident, HazardBuildingCollapse, HazardExplosion, HazardEpidemic, HazardFamine, HazardOther)

// Hazards returns every Hazard.
func Hazards() []Hazard { return hazardValues.Values() }

// ParseHazard returns the Hazard spelled s, or a *[vocab.UnknownError].
func ParseHazard(s string) (Hazard, error) { return hazardValues.Parse(s) }

// String returns the hazard as written in JSON.
func (h Hazard) String() string { return string(h) }

// IsValid reports whether h is one of [Hazards].
func (h Hazard) IsValid() bool { return hazardValues.Valid(h) }

// MarshalText encodes the hazard; an invalid one is an error.
func (h Hazard) MarshalText() ([]byte, error) { return hazardValues.Marshal(h) }

// UnmarshalText decodes a hazard; an unknown one is a *[vocab.UnknownError].
func (h *Hazard) UnmarshalText(text []byte) error { return hazardValues.Unmarshal(h, text) }

var _ Event = (*Disaster)(nil)

func (*Disaster) isEvent() {}

// Kind returns [KindDisaster].
func (*Disaster) Kind() Kind { return KindDisaster }

// Participants lists those held responsible and who holds them so.
func (d *Disaster) Participants() []Participant {
	var p participants
	p.claims(d.Responsibility)
	return d.named(p)
}

// AllPlaces returns the header's places and the affected places.
func (d *Disaster) AllPlaces() []territory.ID { return d.places(d.Affected...) }

// AllLinks returns the header's links.
func (d *Disaster) AllLinks() []Link { return d.links() }

// Codes is empty: CAMEO and PLOVER have no code for a disaster.
func (d *Disaster) Codes() Codes { return Codes{} }

// Validate checks the disaster; see [Event].
func (d *Disaster) Validate() error { return check(d) }

type plainDisaster Disaster

// MarshalJSON encodes the disaster with "kind":"disaster" first.
func (d Disaster) MarshalJSON() ([]byte, error) { return d.appendJSON(nil) }

// appendJSON appends the JSON form of the disaster to b; see [appendEventJSON].
func (d *Disaster) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindDisaster, &d.Header, (*plainDisaster)(d))
}

// UnmarshalJSON decodes a disaster; see [Meeting.UnmarshalJSON].
func (d *Disaster) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainDisaster
	}{plainDisaster: (*plainDisaster)(d)}
	return decodeKind(data, KindDisaster, d, &w, &w.kindField)
}

// DisasterBuilder builds a [Disaster]; start one with [NewDisaster].
type DisasterBuilder struct{ e Disaster }

// NewDisaster starts a builder of a disaster with its header and hazard;
// see [NewMeeting] for the contract of every event builder.
func NewDisaster(h Header, hazard Hazard) *DisasterBuilder {
	return &DisasterBuilder{Disaster{Header: clone.Of(h), Hazard: hazard}}
}

// Affected adds places affected.
func (b *DisasterBuilder) Affected(ids ...territory.ID) *DisasterBuilder {
	b.e.Affected = append(b.e.Affected, ids...)
	return b
}

// Toll adds figures of the toll; several for one measure may stand side
// by side.
func (b *DisasterBuilder) Toll(c ...source.Count) *DisasterBuilder {
	b.e.Toll = append(b.e.Toll, c...)
	return b
}

// Responsibility adds who is blamed for the disaster.
func (b *DisasterBuilder) Responsibility(c ...Claim) *DisasterBuilder {
	b.e.Responsibility = append(b.e.Responsibility, c...)
	return b
}

// Build returns the disaster, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *DisasterBuilder) Build() (*Disaster, error) { return build(&b.e) }
