package territory

import "github.com/newsevent/newsevent/internal/enum"

// Kind says what sort of place a [Territory] is. The zero Kind is invalid.
type Kind string

// The kinds of territory.
const (
	KindCountry     Kind = "country"      // a country (ISO 3166-1)
	KindRegion      Kind = "region"       // a first- or lower-level subdivision: oblast, province, state
	KindCity        Kind = "city"         // a city
	KindTown        Kind = "town"         // a town or village
	KindFacility    Kind = "facility"     // a plant, base, port, building
	KindFrontSector Kind = "front_sector" // a sector of a front ("the Pokrovsk direction")
	KindArea        Kind = "area"         // any other area, named or not
	KindLine        Kind = "line"         // a line: a border, a front or contact line, a ceasefire or agreed line
)

var kinds = enum.New("territory", "kind", KindCountry, KindRegion, KindCity, KindTown, KindFacility, KindFrontSector, KindArea, KindLine)

// Kinds returns every Kind.
func Kinds() []Kind { return kinds.Values() }

// ParseKind returns the Kind spelled s, or an error that quotes s.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// String returns the kind as written in JSON.
func (k Kind) String() string { return string(k) }

// IsValid reports whether k is one of [Kinds].
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// MarshalText encodes the kind; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a kind; an unknown kind is an error that quotes it.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.Unmarshal(k, text) }

// Precision says how closely a [Point] locates its territory. The zero
// Precision is invalid on a point.
type Precision string

// The precisions of a point.
const (
	PrecisionExact   Precision = "exact"   // the place itself
	PrecisionNear    Precision = "near"    // within a few kilometres
	PrecisionTown    Precision = "town"    // the town or city it is in
	PrecisionRegion  Precision = "region"  // the region it is in
	PrecisionCountry Precision = "country" // only the country
)

var precisions = enum.New("territory", "precision", PrecisionExact, PrecisionNear, PrecisionTown, PrecisionRegion, PrecisionCountry)

// Precisions returns every Precision, finest first.
func Precisions() []Precision { return precisions.Values() }

// ParsePrecision returns the Precision spelled s, or an error that quotes s.
func ParsePrecision(s string) (Precision, error) { return precisions.Parse(s) }

// String returns the precision as written in JSON.
func (p Precision) String() string { return string(p) }

// IsValid reports whether p is one of [Precisions].
func (p Precision) IsValid() bool { return precisions.Valid(p) }

// MarshalText encodes the precision; an invalid one is an error.
func (p Precision) MarshalText() ([]byte, error) { return precisions.Marshal(p) }

// UnmarshalText decodes a precision; an unknown one is an error that quotes it.
func (p *Precision) UnmarshalText(text []byte) error { return precisions.Unmarshal(p, text) }

// Relation says how the holder of a [Status] stands to its territories.
// The zero Relation is invalid.
type Relation string

// The relations of a status.
const (
	RelationControls          Relation = "controls"            // holds it on the ground
	RelationOccupies          Relation = "occupies"            // holds it by force against its sovereign
	RelationAnnexed           Relation = "annexed"             // declared it part of its own territory
	RelationClaims            Relation = "claims"              // asserts a right to it
	RelationRecognisesDeJure  Relation = "recognises_de_jure"  // the recogniser recognises the holder's sovereignty in law
	RelationRecognisesDeFacto Relation = "recognises_de_facto" // the recogniser recognises the holder's control in fact
)

var relations = enum.New("territory", "relation", RelationControls, RelationOccupies, RelationAnnexed, RelationClaims, RelationRecognisesDeJure, RelationRecognisesDeFacto)

// Relations returns every Relation.
func Relations() []Relation { return relations.Values() }

// ParseRelation returns the Relation spelled s, or an error that quotes s.
func ParseRelation(s string) (Relation, error) { return relations.Parse(s) }

// String returns the relation as written in JSON.
func (r Relation) String() string { return string(r) }

// IsValid reports whether r is one of [Relations].
func (r Relation) IsValid() bool { return relations.Valid(r) }

// IsRecognition reports whether r is a recognition, which needs a recogniser.
func (r Relation) IsRecognition() bool {
	return r == RelationRecognisesDeJure || r == RelationRecognisesDeFacto
}

// MarshalText encodes the relation; an invalid one is an error.
func (r Relation) MarshalText() ([]byte, error) { return relations.Marshal(r) }

// UnmarshalText decodes a relation; an unknown one is an error that quotes it.
func (r *Relation) UnmarshalText(text []byte) error { return relations.Unmarshal(r, text) }

// Extent says how much of its territories a [Status] covers. The zero
// Extent means the report does not say.
type Extent string

// The extents of a status.
const (
	ExtentWhole   Extent = "whole"   // all of it
	ExtentPartial Extent = "partial" // part of it ("Russian-controlled areas in Kherson")
	ExtentShare   Extent = "share"   // a share given as a figure ("about 53%"), in Status.Share
)

var extents = enum.New("territory", "extent", ExtentWhole, ExtentPartial, ExtentShare)

// Extents returns every Extent.
func Extents() []Extent { return extents.Values() }

// ParseExtent returns the Extent spelled s, or an error that quotes s.
func ParseExtent(s string) (Extent, error) { return extents.Parse(s) }

// String returns the extent as written in JSON.
func (e Extent) String() string { return string(e) }

// IsValid reports whether e is one of [Extents].
func (e Extent) IsValid() bool { return extents.Valid(e) }

// MarshalText encodes the extent; an invalid one is an error.
func (e Extent) MarshalText() ([]byte, error) { return extents.Marshal(e) }

// UnmarshalText decodes an extent; an unknown one is an error that quotes it.
func (e *Extent) UnmarshalText(text []byte) error { return extents.Unmarshal(e, text) }

// Standing says whether a [Status] holds, is only proposed, or is only
// asserted by someone. The zero Standing is invalid.
type Standing string

// The standings of a status.
const (
	StandingInForce  Standing = "in_force" // it holds, as the report states it
	StandingProposed Standing = "proposed" // a plan or agreement would make it so
	StandingAsserted Standing = "asserted" // someone says it holds or will ("Crimea will stay with Russia")
)

var standings = enum.New("territory", "standing", StandingInForce, StandingProposed, StandingAsserted)

// Standings returns every Standing.
func Standings() []Standing { return standings.Values() }

// ParseStanding returns the Standing spelled s, or an error that quotes s.
func ParseStanding(s string) (Standing, error) { return standings.Parse(s) }

// String returns the standing as written in JSON.
func (s Standing) String() string { return string(s) }

// IsValid reports whether s is one of [Standings].
func (s Standing) IsValid() bool { return standings.Valid(s) }

// MarshalText encodes the standing; an invalid one is an error.
func (s Standing) MarshalText() ([]byte, error) { return standings.Marshal(s) }

// UnmarshalText decodes a standing; an unknown one is an error that quotes it.
func (s *Standing) UnmarshalText(text []byte) error { return standings.Unmarshal(s, text) }
