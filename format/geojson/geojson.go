// Package geojson writes a story as a GeoJSON FeatureCollection (RFC
// 7946), so that a GIS (QGIS, GDAL's ogr2ogr) or a web map can show where
// its events happen: one Point feature per event per place of the event
// ([event.Event.AllPlaces]) that has a point, and, with
// [Options.Territories], one Point feature per place that has one.
//
// # Geometry
//
// Every feature is a Point at the place's [territory.Point], its
// coordinates in the order RFC 7946 prescribes, [longitude, latitude], in
// WGS 84 degrees, written as stored: the shortest decimal that reads back
// as the same float64, with no digits added or dropped. How closely the
// point locates the place is the "precision" property (exact, near, town,
// region, country): a region or a country is one representative point,
// never a polygon, because the model holds no outlines. A place without a
// point gives no feature, unless [Options.Parents] is set: then it takes
// the point of its nearest ancestor (its Parent, that one's Parent, and
// so on) that has one, and its feature says so ("located_by": "parent",
// "located_at": the ancestor's ID, "precision": the ancestor's).
//
// # Features and their order
//
// Territory features come first, in the order of the story's territories;
// then event features, in the order of the story's events ([newsevent.Story.Events],
// the order they were added) and, within an event, of its places. The same
// story gives the same bytes. An event named at several places is several
// features with the same event properties: count events by "event_id",
// not by feature, and do not add up "fatalities" across features.
//
// An event none of whose places has a point (or, with [Options.Parents],
// an ancestor's) is not written: a map has nowhere to show it. RFC 7946
// allows a feature with a null geometry, but it is not used, so that every
// feature is a Point and a reader sees one layer of one geometry type.
// [WriteStats] returns how many events were left out and which
// ([Stats.Unplaced]).
//
// # Properties of an event feature
//
// Properties are flat (no nested objects, so that every GIS reads them as
// columns), and every event feature has every key, null where the story
// gives nothing:
//   - "record": "event";
//   - "event_id", "event_kind", "title", "status": the event's ID, kind
//     ([event.Kind]), title and lifecycle status ([event.Status]);
//   - "date_start", "date_end": the event's own time ([event.Header].Time),
//     each at its precision: "2022" for a year, "2025-04" for a month,
//     "2025-04-24" for a day, RFC 3339 in UTC ("2025-04-24T03:15:00Z")
//     for an hour, minute or second; "date_precision" is that precision,
//     "date_bound" the bound of an open time ("since", "not_before",
//     "not_after") and "date_text" the phrase as written ("Thursday");
//   - "cameo", "plover", "plover_mode": the event's codes ([event.Codes]);
//   - "fatalities": the number of dead the reports guarantee, an integer
//     or null when no figure gives one: of the event's figures of the
//     killed family ([source.Count.Family]) that are live in the story's
//     claims view ([newsevent.Claims]: not revised, not denied by every
//     source, actual) and count people (no unit, rate or currency), those
//     that count the same thing are weighed with [source.Lowest] and its
//     [source.Count.Conservative] figure is taken ("as many as 12" gives
//     12, "nearly 70" gives 70); between figures that count different
//     people or places (civilians and soldiers), the largest of those
//     lowest figures, as the model does not say whether they overlap.
//     Fractions are rounded down. "fatalities_text" is that figure's
//     words as written ("as many as 12");
//   - "actors": the event's participants ([event.Event.Participants]) as
//     "name (role)", joined with "; "; an unnamed actor by its
//     description in quotation marks;
//   - "sources": the sources the event's attributions name, each with the
//     chain it came through ("a Reuters report via the article"), joined
//     with "; ";
//   - "place_id", "place_name", "place_description", "place_kind",
//     "place_country", "place_subdivision", "place_group": the place the
//     feature is for: its ID, name (null for an unnamed place),
//     description, [territory.Kind], ISO 3166-1 and 3166-2 codes, and
//     whether it stands for several places ([territory.Territory].Group);
//   - "located_by" ("place" or "parent"), "located_at" (the ID of the
//     territory whose point the feature has) and "precision" (that
//     point's [territory.Precision]).
//
// The feature's "id" is the event's ID and the place's, joined by "/".
//
// # Properties of a territory feature
//
// "record": "territory"; "place_id", "place_name", "place_description",
// "place_kind", "place_country", "place_subdivision", "place_group" as
// above; "parent_id", its Parent; "external_ids", its identifiers in
// other datasets as "scheme:value" joined with "; " ("wikidata:Q1899");
// "events", the number of the story's events that name it among their
// places; and "located_by", "located_at", "precision" as above. The
// feature's "id" is the territory's ID.
//
// # What is lost
//
//   - Shapes: a place is a point with a precision; the model has no
//     outlines, so a region or a country is not a polygon.
//   - Events without a placed place, and places without a point, as above.
//   - Who says what: the verbs, quotes and texts of the attributions, and
//     which source gives which figure, time or place; only the names of
//     the sources are written. The claims view and the JSON form keep
//     them.
//   - Every figure but the one "fatalities" is taken from: the other
//     killed figures, injured, missing, weapons, the figures of places;
//     and the qualifiers and sources of that one figure beyond its words.
//   - Other times: other accounts of the time (OtherTimes), a new time
//     (Rescheduled), the time the story's timeline infers from links for
//     an undated event ([newsevent.Story.Placement]), the zone as written.
//   - Links between events, the roles' typed fields beyond the role
//     names, notes, descriptions and names of events, clauses of
//     proposals.
//   - Territorial statuses (who controls, annexed or claims a place) and
//     identity claims between actors.
//   - Places' names in other languages, aliases and figures.
//   - Actors' and sources' other fields (kinds, roles, handles, dates).
package geojson

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/describe"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Options say what to write; the zero Options write one feature per event
// per place of it that has a point of its own.
type Options struct {
	// Parents, when true, locates a place without a point at the point of
	// its nearest ancestor that has one (its Parent, then that one's
	// Parent...), and the feature says so: "located_by" is "parent" and
	// "located_at" the ancestor's ID. An unnamed "southwestern city in
	// Ukraine" is then shown at Ukraine's point, with Ukraine's precision.
	Parents bool
	// Territories, when true, also writes one feature per territory that
	// has a point (or, with Parents, an ancestor's), before the events.
	Territories bool
}

// Stats say what [WriteStats] wrote and what it left out.
type Stats struct {
	// Events is the number of events in the story.
	Events int
	// Features is the number of event features written: one per event
	// per place of it that has a point.
	Features int
	// ByParent is the number of those features located at an ancestor's
	// point ([Options.Parents]).
	ByParent int
	// Unplaced are the events that were not written because none of
	// their places has a point, in the order of the story.
	Unplaced []event.ID
	// Territories is the number of territory features written
	// ([Options.Territories]).
	Territories int
}

// Write writes the story as a GeoJSON FeatureCollection; see the package
// documentation for what maps and what is lost. Use [WriteStats] to learn
// how many events were left out for want of a point.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	_, err := WriteStats(w, s, o)
	return err
}

// WriteStats writes the story as [Write] does and returns what it wrote
// and which events it left out. A point that is not finite or out of range
// is an error that names its territory, and then nothing is written.
func WriteStats(w io.Writer, s *newsevent.Story, o Options) (Stats, error) {
	var st Stats
	if s == nil {
		s = &newsevent.Story{}
	}
	p := newPlanner(s, o)
	var lines [][]byte
	if o.Territories {
		for _, t := range p.territories {
			loc, ok, err := p.locate(t.ID)
			if err != nil {
				return Stats{}, err
			}
			if !ok {
				continue
			}
			lines = append(lines, p.territoryFeature(t, loc))
			st.Territories++
		}
	}
	for _, e := range p.events {
		st.Events++
		h := event.HeaderOf(e)
		placed := false
		for _, id := range p.placesOf(e) {
			loc, ok, err := p.locate(id)
			if err != nil {
				return Stats{}, fmt.Errorf("%w (a place of event %s)", err, h.ID)
			}
			if !ok {
				continue
			}
			placed = true
			lines = append(lines, p.eventFeature(e, loc))
			st.Features++
			if loc.byParent {
				st.ByParent++
			}
		}
		if !placed {
			st.Unplaced = append(st.Unplaced, h.ID)
		}
	}

	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"FeatureCollection","features":[`)
	for i, l := range lines {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		bw.Write(l)
	}
	bw.WriteString("\n]}\n")
	if err := bw.Flush(); err != nil {
		return Stats{}, fmt.Errorf("geojson: write: %w", err)
	}
	return st, nil
}

// planner holds what the features are made of: the story's records by ID,
// its names and each event's fatalities.
type planner struct {
	o           Options
	names       *describe.Namer
	events      []event.Event
	territories []territory.Territory
	byID        map[territory.ID]int // index in territories
	eventsAt    map[territory.ID]int // number of events naming each place
	fatal       map[event.ID]newsevent.Fatality
}

func newPlanner(s *newsevent.Story, o Options) *planner {
	p := &planner{
		o:           o,
		names:       describe.New(s, nil),
		events:      s.Events(),
		territories: s.Territories(),
		byID:        map[territory.ID]int{},
		eventsAt:    map[territory.ID]int{},
		fatal:       s.Claims().Fatalities(),
	}
	for i, t := range p.territories {
		if _, dup := p.byID[t.ID]; !dup {
			p.byID[t.ID] = i
		}
	}
	for _, e := range p.events {
		for _, id := range p.placesOf(e) {
			p.eventsAt[id]++
		}
	}
	return p
}

// placesOf returns an event's places, each once, in their order.
func (p *planner) placesOf(e event.Event) []territory.ID {
	all := e.AllPlaces()
	out := make([]territory.ID, 0, len(all))
	seen := make(map[territory.ID]bool, len(all))
	for _, id := range all {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// location is where a place's feature is: the place, the territory whose
// point it has (the place itself or an ancestor) and that point.
type location struct {
	place    territory.Territory
	at       territory.ID
	point    territory.Point
	byParent bool
}

// locate finds the point of a place: its own or, with Options.Parents, its
// nearest ancestor's. It reports false when there is none (or the place is
// not in the story), and an error for a point out of range. The walk up
// the parents takes at most as many steps as there are territories, so a
// cycle of parents (which Story.Validate reports) ends it.
func (p *planner) locate(id territory.ID) (location, bool, error) {
	i, ok := p.byID[id]
	if !ok {
		return location{}, false, nil
	}
	place := p.territories[i]
	cur := place
	for range len(p.territories) {
		if !cur.Point.IsZero() {
			if err := checkPoint(cur); err != nil {
				return location{}, false, err
			}
			return location{place: place, at: cur.ID, point: cur.Point, byParent: cur.ID != place.ID}, true, nil
		}
		if !p.o.Parents || cur.Parent.IsZero() {
			break
		}
		j, ok := p.byID[cur.Parent]
		if !ok {
			break
		}
		cur = p.territories[j]
	}
	return location{}, false, nil
}

// checkPoint reports a point that GeoJSON cannot carry: a coordinate that
// is not a finite number in range.
func checkPoint(t territory.Territory) error {
	pt := t.Point
	switch {
	case math.IsNaN(pt.Lat) || math.IsInf(pt.Lat, 0) || pt.Lat < -90 || pt.Lat > 90:
		return fmt.Errorf("geojson: territory %s: point.lat: %v is not a latitude from -90 to 90", t.ID, pt.Lat)
	case math.IsNaN(pt.Lon) || math.IsInf(pt.Lon, 0) || pt.Lon < -180 || pt.Lon > 180:
		return fmt.Errorf("geojson: territory %s: point.lon: %v is not a longitude from -180 to 180", t.ID, pt.Lon)
	}
	return nil
}

// eventFeature returns the feature of an event at one of its places.
func (p *planner) eventFeature(e event.Event, loc location) []byte {
	h := event.HeaderOf(e)
	codes := e.Codes()
	var fatalities any
	f, hasFatal := p.fatal[h.ID]
	if hasFatal {
		fatalities = f.Count
	}
	var actors []string
	for _, pa := range e.Participants() {
		actors = append(actors, p.names.Actor(pa.Actor)+" ("+string(pa.Role)+")")
	}
	var sources []string
	seen := map[source.ID]bool{}
	for _, a := range h.Attributions {
		if !seen[a.Source] {
			seen[a.Source] = true
			sources = append(sources, p.names.Source(a.Source))
		}
	}
	props := []prop{
		{"record", "event"},
		{"event_id", h.ID.String()},
		{"event_kind", string(e.Kind())},
		{"title", str(h.Title)},
		{"status", str(string(h.Status))},
		{"date_start", date(h.Time.Start, h.Time.Precision)},
		{"date_end", date(h.Time.End, h.Time.Precision)},
		{"date_precision", str(string(h.Time.Precision))},
		{"date_bound", str(string(h.Time.Bound))},
		{"date_text", str(h.Time.Text)},
		{"cameo", str(codes.CAMEO)},
		{"plover", str(string(codes.PLOVER))},
		{"plover_mode", str(codes.Mode)},
		{"fatalities", fatalities},
		{"fatalities_text", str(f.Figure.Text)},
		{"actors", str(strings.Join(actors, "; "))},
		{"sources", str(strings.Join(sources, "; "))},
	}
	props = append(props, placeProps(loc.place)...)
	props = append(props, locatedProps(loc)...)
	return feature(h.ID.String()+"/"+loc.place.ID.String(), loc.point, props)
}

// territoryFeature returns the feature of a territory.
func (p *planner) territoryFeature(t territory.Territory, loc location) []byte {
	var ids []string
	for _, x := range t.ExternalIDs {
		ids = append(ids, string(x.Scheme)+":"+x.Value)
	}
	var parent any
	if !t.Parent.IsZero() {
		parent = t.Parent.String()
	}
	props := []prop{{"record", "territory"}}
	props = append(props, placeProps(t)...)
	props = append(props,
		prop{"parent_id", parent},
		prop{"external_ids", str(strings.Join(ids, "; "))},
		prop{"events", p.eventsAt[t.ID]},
	)
	props = append(props, locatedProps(loc)...)
	return feature(t.ID.String(), loc.point, props)
}

// placeProps are the properties that describe a place.
func placeProps(t territory.Territory) []prop {
	var country, sub any
	if !t.Country.IsZero() {
		country = t.Country.String()
	}
	if !t.Subdivision.IsZero() {
		sub = t.Subdivision.String()
	}
	return []prop{
		{"place_id", t.ID.String()},
		{"place_name", str(t.Name)},
		{"place_description", str(t.Description)},
		{"place_kind", str(string(t.Kind))},
		{"place_country", country},
		{"place_subdivision", sub},
		{"place_group", t.Group},
	}
}

// locatedProps say whose point a feature has and how precise it is.
func locatedProps(loc location) []prop {
	by := "place"
	if loc.byParent {
		by = "parent"
	}
	return []prop{
		{"located_by", by},
		{"located_at", loc.at.String()},
		{"precision", str(string(loc.point.Precision))},
	}
}

// prop is one property of a feature: properties are written in the order
// given, not sorted, so that related ones stand together.
type prop struct {
	key string
	val any // string, int, bool or nil (null)
}

// str returns s, or nil (JSON null) for an empty string.
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// date writes a time at its precision, or nil for the zero time.
func date(t time.Time, p source.Precision) any {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	switch p {
	case source.PrecisionYear:
		return t.Format("2006")
	case source.PrecisionMonth:
		return t.Format("2006-01")
	case source.PrecisionDay:
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339Nano)
}

// feature writes one Feature on one line.
func feature(id string, pt territory.Point, props []prop) []byte {
	var b bytes.Buffer
	b.WriteString(`{"type":"Feature","id":`)
	writeValue(&b, id)
	b.WriteString(`,"geometry":{"type":"Point","coordinates":[`)
	b.WriteString(strconv.FormatFloat(pt.Lon, 'f', -1, 64))
	b.WriteByte(',')
	b.WriteString(strconv.FormatFloat(pt.Lat, 'f', -1, 64))
	b.WriteString(`]},"properties":{`)
	for i, p := range props {
		if i > 0 {
			b.WriteByte(',')
		}
		writeValue(&b, p.key)
		b.WriteByte(':')
		writeValue(&b, p.val)
	}
	b.WriteString("}}")
	return b.Bytes()
}

// writeValue writes a string, an int, a bool or null as JSON, without
// escaping <, > and & (the output is not for HTML).
func writeValue(b *bytes.Buffer, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	default:
		enc := json.NewEncoder(b)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(fmt.Sprint(x)) // a string cannot fail to encode
		b.Truncate(b.Len() - 1)       // Encode ends with a newline
	}
}
