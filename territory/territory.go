package territory

import (
	"errors"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// Territory is a place: a country, region, city, town, facility, front
// sector or any other area. A place the report does not name ("a
// southwestern city in Ukraine") has no Name; its Description is its only
// name. Containment is by Parent.
type Territory struct {
	// ID identifies the territory; required.
	ID ID `json:"id" validate:"id"`
	// Kind says what sort of place this is; required.
	Kind Kind `json:"kind" validate:"enum"`
	// Name is the name as the dataset shows it; empty for an unnamed place.
	Name string `json:"name,omitempty" validate:"trimmed,text"`
	// Names are the place's names in other languages or scripts, each
	// as many words as it has ("Кривий Ріг", "Kryvyi Rih").
	Names []vocab.Name `json:"names,omitzero" validate:"dive"`
	// Aliases are other names of the place and who uses them
	// ("Artemivsk", Russia's name for Bakhmut).
	Aliases []Alias `json:"aliases,omitzero" validate:"dive"`
	// Subdivision is the ISO 3166-2 subdivision the place is ("UA-30" for
	// Kyiv), or the first-level subdivision it lies in ("RU-MOS" for
	// Balashikha). It must lie in Country.
	Subdivision vocab.Subdivision `json:"subdivision,omitzero"`
	// Parent is the territory that contains this one.
	Parent ID `json:"parent,omitzero"`
	// Point locates the place, as precisely as Point.Precision says.
	Point Point `json:"point,omitzero" validate:"omitzero"`
	// Group says the record stands for several places of its kind that
	// the report does not name one by one ("five Ukrainian regions").
	Group bool `json:"group,omitempty"`
	// Description is a short text about the place, and the only name of
	// an unnamed one; a territory needs a Name or a Description.
	Description string `json:"description,omitempty" validate:"trimmed,text"`
	// ExternalIDs are the place's identifiers in other datasets
	// (Wikidata, GeoNames).
	ExternalIDs []vocab.ExternalID `json:"external_ids,omitzero" validate:"dive"`
	// Figures are figures about the place, each as reported and
	// attributed: its population, its area.
	Figures []source.Count `json:"figures,omitzero" validate:"dive"`
	// Country is the country the place is, or lies in. It comes last, as
	// it always has in the JSON form.
	Country vocab.Country `json:"country,omitzero"`
}

// Alias is another name of a place and who uses it: "Artemivsk", the name
// Russia uses for Bakhmut; "Al-Quds" for Jerusalem.
type Alias struct {
	// Text is the name as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// Lang is its language and script; optional.
	Lang language.Tag `json:"lang,omitzero" validate:"omitempty,language"`
	// UsedBy are the actors who use the name.
	UsedBy []actor.ID `json:"used_by,omitzero" validate:"dive,id"`
	// Attributions say where the use is reported.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Point is a position in WGS 84 degrees with a precision. The zero Point
// means no position; a point at 0°, 0° must still carry its precision.
type Point struct {
	// Lat is the latitude, -90 to 90; required in JSON, even when 0.
	Lat float64 `json:"lat" validate:"finite,gte=-90,lte=90"`
	// Lon is the longitude, -180 to 180; required in JSON, even when 0.
	Lon float64 `json:"lon" validate:"finite,gte=-180,lte=180"`
	// Precision says how closely the point locates the place; required.
	Precision Precision `json:"precision" validate:"enum"`
}

// IsZero reports whether p is the zero Point.
func (p Point) IsZero() bool { return p == Point{} }

// Status is what a report says of who holds, annexed, claims or
// recognises a territory: the territories, the relation, the holder (and
// for a recognition the recognising actor), how much of them, when,
// whether it holds or is only proposed or asserted, who says so, and the
// words as written ("illegally").
type Status struct {
	// ID identifies the status; required.
	ID StatusID `json:"id" validate:"id"`
	// Territories are the places the status is about; at least one.
	Territories []ID `json:"territories" validate:"min=1,dive,id"`
	// Relation says how the holder stands to them; required.
	Relation Relation `json:"relation" validate:"enum"`
	// Holder is the actor that controls, annexed or claims them, or whose
	// sovereignty or control a recognition recognises; required.
	Holder actor.ID `json:"holder" validate:"id"`
	// Recogniser is the actor that recognises; required for a recognition
	// and empty otherwise.
	Recogniser actor.ID `json:"recogniser,omitzero"`
	// Extent says how much of the territories; zero when not said.
	Extent Extent `json:"extent,omitzero" validate:"omitempty,enum"`
	// Share is the figure for [ExtentShare] ("about 53%"); empty otherwise.
	Share source.Count `json:"share,omitzero" validate:"omitzero"`
	// Period is when the status holds or held ("since 2014", "over the years").
	Period source.Time `json:"period,omitzero" validate:"omitzero"`
	// Standing says whether it holds, is proposed or is asserted; required.
	Standing Standing `json:"standing" validate:"enum"`
	// Attributions say who states it; at least one.
	Attributions []source.Attribution `json:"attributions" validate:"min=1,dive"`
	// Words are the report's own words for the status ("illegally
	// annexed", "will stay with Russia").
	Words string `json:"words,omitempty" validate:"trimmed,text"`
	// FromEvent is the event the status holds from ("from the withdrawal
	// on"), where the report anchors it to one rather than to a date.
	FromEvent vocab.EventID `json:"from_event,omitzero"`
	// UntilEvent is the event the status holds until.
	UntilEvent vocab.EventID `json:"until_event,omitzero"`
	// Boundary is the line (a territory of [KindLine]) that bounds the
	// status: control "up to the agreed line".
	Boundary ID `json:"boundary,omitzero"`
	// Revises is an earlier status, of this report or another, that this
	// one revises: a later account of who holds the place, or a
	// correction. The earlier status stays; a story's claims view marks it
	// revised, by this status's attributions.
	Revises StatusID `json:"revises,omitzero"`
}

// Validate checks the territory and returns nil or a *[ValidationError].
func (t Territory) Validate() error {
	var l validate.List
	l.Struct("", &t)
	return l.Err("territory")
}

// Validate checks the status and returns nil or a *[ValidationError].
func (s Status) Validate() error {
	var l validate.List
	l.Struct("", &s)
	return l.Err("territory: status")
}

// ValidationError is [vocab.ValidationError], the error of every Validate
// method and every Build in newsevent, under this package's name.
type ValidationError = vocab.ValidationError

// Problem is [vocab.Problem], one entry of a [ValidationError].
type Problem = vocab.Problem

func init() {
	validate.RegisterStruct(checkTerritory, Territory{})
	validate.RegisterStruct(checkStatus, Status{})
}

func checkTerritory(sl validator.StructLevel) {
	t := validate.Current[Territory](sl)
	if t.Name == "" && t.Description == "" {
		validate.Report(sl, t.Name, "name", vocab.RuleRequired, "is required, or a description for an unnamed place")
	}
	if !t.Subdivision.IsZero() {
		switch in := t.Subdivision.Country(); {
		case t.Country.IsZero():
			validate.Report(sl, t.Country, "country", vocab.RuleRequires, "is required with a subdivision ("+in.String()+")")
		case t.Country != in:
			validate.Report(sl, t.Subdivision, "subdivision", vocab.RuleMismatch, "lies in "+in.String()+", not in the territory's country "+t.Country.String())
		}
	}
	if !t.ID.IsZero() && t.Parent == t.ID {
		validate.Report(sl, t.Parent, "parent", vocab.RuleSelf, "a territory cannot contain itself")
	}
}

func checkStatus(sl validator.StructLevel) {
	s := validate.Current[Status](sl)
	switch {
	case s.Relation.IsRecognition() && s.Recogniser.IsZero():
		validate.Report(sl, s.Recogniser, "recogniser", vocab.RuleRequires, "is required for a recognition")
	case !s.Relation.IsRecognition() && s.Relation.IsValid() && !s.Recogniser.IsZero():
		validate.Report(sl, s.Recogniser, "recogniser", vocab.RuleConflicts, "is only for a recognition, not for "+string(s.Relation))
	}
	if !s.Revises.IsZero() && s.Revises == s.ID {
		validate.Report(sl, s.Revises, "revises", vocab.RuleSelf, "a status cannot revise itself")
	}
	if !s.Recogniser.IsZero() && s.Recogniser == s.Holder {
		validate.Report(sl, s.Recogniser, "recogniser", vocab.RuleSelf, "an actor does not recognise its own hold")
	}
	switch {
	case s.Extent == ExtentShare && s.Share.IsZero():
		validate.Report(sl, s.Share, "share", vocab.RuleRequires, "is required when the extent is a share")
	case s.Extent != ExtentShare && !s.Share.IsZero():
		validate.Report(sl, s.Share, "share", vocab.RuleConflicts, "is only for the extent \"share\"")
	}
	if !s.FromEvent.IsZero() && s.FromEvent == s.UntilEvent {
		validate.Report(sl, s.UntilEvent, "until_event", vocab.RuleConflicts, "a status cannot hold from and until the same event")
	}
	seen := make(map[ID]bool, len(s.Territories))
	for i, id := range s.Territories {
		if seen[id] && !id.IsZero() {
			validate.Report(sl, id, validate.Index("territories", i), vocab.RuleUnique, "lists a territory twice")
		}
		seen[id] = true
	}
}

type (
	plainTerritory Territory
	plainStatus    Status
)

// UnmarshalJSON decodes a territory; an unknown field is an error that names it.
func (t *Territory) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*t = Territory{}
	return jsonx.Strict("territory", data, (*plainTerritory)(t))
}

// UnmarshalJSON decodes a status; an unknown field is an error that names it.
func (s *Status) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*s = Status{}
	return jsonx.Strict("territory: status", data, (*plainStatus)(s))
}

type plainPoint Point

// UnmarshalJSON decodes a point strictly and tells an absent coordinate
// from 0: "lat" and "lon" are required.
func (p *Point) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*p = Point{}
	var w pointJSON
	if err := jsonx.Strict("territory: point", data, &w); err != nil {
		return err
	}
	return p.fromJSON(&w)
}

// pointJSON is the form a point decodes from: a coordinate given in JSON
// is not nil, even at 0.
type pointJSON struct {
	Lat *float64 `json:"lat"`
	Lon *float64 `json:"lon"`
	plainPoint
}

// fromJSON sets p to the point w holds, or says what is wrong with it.
func (p *Point) fromJSON(w *pointJSON) error {
	*p = Point(w.plainPoint)
	return p.setCoordinates(w.Lat, w.Lon)
}

// setCoordinates sets the coordinates of p, whose other fields are
// decoded, to those the JSON gave (nil for absent), or says that one is
// missing and leaves p zero.
func (p *Point) setCoordinates(lat, lon *float64) error {
	if lat == nil || lon == nil {
		*p = Point{}
		return &vocab.DecodeError{Scope: "territory: point", Offset: 0, Err: errors.New(`json: a point needs "lat" and "lon"; an absent coordinate is not 0`)}
	}
	p.Lat, p.Lon = *lat, *lon
	return nil
}
