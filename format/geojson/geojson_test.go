package geojson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/geojson"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// collection is the GeoJSON as the tests read it back.
type collection struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties map[string]any `json:"properties"`
	} `json:"features"`
}

// write writes s with o and decodes the output, failing on invalid JSON.
func write(t *testing.T, s *newsevent.Story, o geojson.Options) ([]byte, collection, geojson.Stats) {
	t.Helper()
	var b bytes.Buffer
	st, err := geojson.WriteStats(&b, s, o)
	require.NoError(t, err)
	var c collection
	require.NoError(t, json.Unmarshal(b.Bytes(), &c), b.String())
	require.Equal(t, "FeatureCollection", c.Type)
	return b.Bytes(), c, st
}

// placed computes, from the story alone, the features Write should give
// with the zero Options: per event, its places (once each) that have a
// point of their own; and the events that have at least one.
func placed(s *newsevent.Story) (features, events int) {
	for _, e := range s.Events() {
		seen := map[territory.ID]bool{}
		n := 0
		for _, id := range e.AllPlaces() {
			if seen[id] {
				continue
			}
			seen[id] = true
			if t, ok := s.Territory(id); ok && !t.Point.IsZero() {
				n++
			}
		}
		features += n
		if n > 0 {
			events++
		}
	}
	return features, events
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./format/geojson -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; run go test ./format/geojson -update if the change is meant", path)
}

// TestArticleGolden: the article's GeoJSON, byte for byte, with one
// feature per placed place of an event, in story order, and the same
// bytes on every call.
func TestArticleGolden(t *testing.T) {
	s := examples.MustArticle()
	out, c, st := write(t, s, geojson.Options{})
	golden(t, "article.geojson.golden", out)

	features, events := placed(s)
	require.Positive(t, features, "the article has places with points")
	assert.Len(t, c.Features, features)
	assert.Equal(t, features, st.Features)
	assert.Equal(t, len(s.Events()), st.Events)
	assert.Len(t, st.Unplaced, len(s.Events())-events, "every event without a placed place is reported")
	assert.Zero(t, st.ByParent)
	assert.Zero(t, st.Territories)

	// Features follow the story's events.
	var order []string
	for _, f := range c.Features {
		order = append(order, f.Properties["event_id"].(string))
	}
	var want []string
	unplaced := map[event.ID]bool{}
	for _, id := range st.Unplaced {
		unplaced[id] = true
	}
	for _, e := range s.Events() {
		if id := event.HeaderOf(e).ID; !unplaced[id] {
			want = append(want, id.String())
		}
	}
	assert.Equal(t, want, slices.Compact(order), "an event placed at several places is several features, one after another")

	var again bytes.Buffer
	require.NoError(t, geojson.Write(&again, examples.MustArticle(), geojson.Options{}))
	assert.Equal(t, string(out), again.String())
}

// TestArticleStrike: the strike on Kyiv (E10) is a feature at Kyiv with
// its codes, date as written, sources and the conservative death toll.
func TestArticleStrike(t *testing.T) {
	s := examples.MustArticle()
	_, c, _ := write(t, s, geojson.Options{})
	kyiv, ok := s.Territory(examples.TerritoryID("T7"))
	require.True(t, ok)
	var found bool
	for _, f := range c.Features {
		if f.ID != examples.EventID("E10").String()+"/"+kyiv.ID.String() {
			continue // the strike is also a feature at Ukraine, its other place
		}
		found = true
		p := f.Properties
		assert.Equal(t, examples.EventID("E10").String()+"/"+kyiv.ID.String(), f.ID)
		assert.Equal(t, "Point", f.Geometry.Type)
		assert.Equal(t, []float64{kyiv.Point.Lon, kyiv.Point.Lat}, f.Geometry.Coordinates, "[lon, lat], as stored")
		assert.Equal(t, "event", p["record"])
		assert.Equal(t, "attack", p["event_kind"])
		assert.Equal(t, "occurred", p["status"])
		assert.Equal(t, "2025-04-24", p["date_start"])
		assert.Nil(t, p["date_end"])
		assert.Equal(t, "day", p["date_precision"])
		assert.Equal(t, "Thursday", p["date_text"])
		assert.Equal(t, "195", p["cameo"])
		assert.Equal(t, "ASSAULT", p["plover"])
		assert.InDelta(t, 12, p["fatalities"], 0, "as many as 12: the lowest figure the words allow")
		assert.Equal(t, "as many as 12", p["fatalities_text"])
		assert.Equal(t, "Russia (attacker)", p["actors"])
		assert.Equal(t, "a New York Times report via the article; Zelenskyy's account of Thursday's attacks via the article", p["sources"])
		assert.Equal(t, "Kyiv", p["place_name"])
		assert.Equal(t, "city", p["place_kind"])
		assert.Equal(t, "UA", p["place_country"])
		assert.Equal(t, "UA-30", p["place_subdivision"])
		assert.Equal(t, false, p["place_group"])
		assert.Equal(t, "place", p["located_by"])
		assert.Equal(t, kyiv.ID.String(), p["located_at"])
		assert.Equal(t, "town", p["precision"])
	}
	assert.True(t, found, "E10 is written at Kyiv")
}

// eventKeys are the properties of every event feature, in order.
var eventKeys = []string{
	"record", "event_id", "event_kind", "title", "status",
	"date_start", "date_end", "date_precision", "date_bound", "date_text",
	"cameo", "plover", "plover_mode", "fatalities", "fatalities_text", "actors", "sources",
	"place_id", "place_name", "place_description", "place_kind", "place_country", "place_subdivision", "place_group",
	"located_by", "located_at", "precision",
}

// territoryKeys are the properties of every territory feature, in order.
var territoryKeys = []string{
	"record", "place_id", "place_name", "place_description", "place_kind", "place_country", "place_subdivision", "place_group",
	"parent_id", "external_ids", "events", "located_by", "located_at", "precision",
}

// TestPropertiesAreFlatAndComplete: every feature has every key of its
// record, in the documented order, and no value is an object or a list.
func TestPropertiesAreFlatAndComplete(t *testing.T) {
	out, c, _ := write(t, synth.Story(300, 7), geojson.Options{Territories: true, Parents: true})
	require.NotEmpty(t, c.Features)
	keyRE := regexp.MustCompile(`"properties":\{(.*)\}\}`)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, len(c.Features)+2, "one feature a line between the opening and closing lines")
	for i, f := range c.Features {
		want := eventKeys
		if f.Properties["record"] == "territory" {
			want = territoryKeys
		}
		assert.Len(t, f.Properties, len(want), f.ID)
		for k, v := range f.Properties {
			switch v.(type) {
			case map[string]any, []any:
				t.Errorf("%s: %s is not flat: %v", f.ID, k, v)
			}
		}
		// The keys come in the documented order.
		m := keyRE.FindStringSubmatch(lines[i+1])
		require.Len(t, m, 2, lines[i+1])
		var got []string
		dec := json.NewDecoder(strings.NewReader("{" + m[1] + "}"))
		_, err := dec.Token()
		require.NoError(t, err)
		for dec.More() {
			k, err := dec.Token()
			require.NoError(t, err)
			got = append(got, k.(string))
			var skip json.RawMessage
			require.NoError(t, dec.Decode(&skip))
		}
		require.Equal(t, want, got, f.ID)
	}
}

// TestCoordinatesInRange: in the article, the update merged into it and
// synthetic stories, every feature is a Point whose coordinates are
// [lon, lat] of the territory it says it is located at, within range.
func TestCoordinatesInRange(t *testing.T) {
	merged, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	for name, s := range map[string]*newsevent.Story{
		"article": examples.MustArticle(), "merged": merged,
		"synth-100": synth.Story(100, 1), "synth-1000": synth.Story(1000, 42),
	} {
		points := map[territory.ID]territory.Point{}
		for _, t := range s.Territories() {
			points[t.ID] = t.Point
		}
		for _, o := range []geojson.Options{{}, {Parents: true}, {Territories: true, Parents: true}} {
			_, c, st := write(t, s, o)
			assert.Equal(t, st.Features+st.Territories, len(c.Features), name)
			for _, f := range c.Features {
				require.Equal(t, "Point", f.Geometry.Type, name)
				require.Len(t, f.Geometry.Coordinates, 2, name)
				lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
				assert.True(t, lon >= -180 && lon <= 180, "%s: lon %v", name, lon)
				assert.True(t, lat >= -90 && lat <= 90, "%s: lat %v", name, lat)
				at, ok := points[mustTerritoryID(t, f.Properties["located_at"])]
				require.True(t, ok, name)
				assert.Equal(t, []float64{at.Lon, at.Lat}, f.Geometry.Coordinates, "%s: %s", name, f.ID)
				assert.Equal(t, string(at.Precision), f.Properties["precision"], name)
			}
			if o == (geojson.Options{}) {
				features, events := placed(s)
				assert.Equal(t, features, st.Features, name)
				assert.Len(t, st.Unplaced, st.Events-events, name)
			}
		}
	}
}

func mustTerritoryID(t *testing.T, v any) territory.ID {
	t.Helper()
	s, ok := v.(string)
	require.True(t, ok, "located_at is a string: %v", v)
	var id territory.ID
	require.NoError(t, id.UnmarshalText([]byte(s)))
	return id
}

var (
	tUkraine = territory.IDFor("ukraine")
	tKyiv    = territory.IDFor("kyiv")
	tCity    = territory.IDFor("a southwestern city")
	tFront   = territory.IDFor("a front sector")
	aRussia  = actor.IDFor("russia")
	sReport  = source.IDFor("report")
	sOther   = source.IDFor("other report")
	sKremlin = source.IDFor("kremlin")
	eStrike  = event.IDFor("strike")
	eCity    = event.IDFor("strike on the city")
	eTalks   = event.IDFor("talks")
)

// smallStory: Ukraine with a representative point, Kyiv with its own, an
// unnamed city and a front sector without points; a strike on Kyiv and
// the city, a strike on the city alone, and talks with no place.
func smallStory(t *testing.T) *newsevent.Story {
	t.Helper()
	reported := func(src source.ID) []source.Attribution {
		return []source.Attribution{source.Attribute(src, source.VerbReported)}
	}
	killed := func(text string, verb source.Verb, src source.ID) source.Count {
		c, err := source.ParseCount(text)
		require.NoError(t, err)
		c.Measure = source.MeasureKilled
		c.Attributions = []source.Attribution{source.Attribute(src, verb)}
		return c
	}
	injured := killed("40", source.VerbReported, sReport)
	injured.Measure = source.MeasureInjured
	strike, err := event.NewAttack(event.Header{
		ID: eStrike, Title: "Strike on Kyiv", Time: source.Day(2025, time.April, 24, "overnight"),
		Status: event.StatusOccurred, Attributions: append(reported(sReport), reported(sOther)...),
		Places: []territory.ID{tKyiv},
	}).Attacker(aRussia).TargetPlaces(tKyiv, tCity).
		Casualties(killed("at least 9", source.VerbReported, sReport), killed("12", source.VerbReported, sOther),
			killed("3", source.VerbDenied, sKremlin), injured).
		Build()
	require.NoError(t, err)
	city, err := event.NewAttack(event.Header{
		ID: eCity, Title: "Strike on a southwestern city", Time: source.Month(2025, time.April, "in April"),
		Status: event.StatusOccurred, Attributions: reported(sReport),
	}).Attacker(aRussia).TargetPlaces(tCity, tFront).Build()
	require.NoError(t, err)
	talks, err := event.NewMeeting(event.Header{
		ID: eTalks, Title: "Talks", Status: event.StatusPlanned, Attributions: reported(sReport),
	}, aRussia).Build()
	require.NoError(t, err)

	var s newsevent.Story
	for _, r := range []newsevent.Record{
		newsevent.ActorRecord{Actor: actor.Actor{ID: aRussia, Kind: actor.KindState, Name: "Russia"}},
		newsevent.TerritoryRecord{Territory: territory.Territory{ID: tUkraine, Kind: territory.KindCountry, Name: "Ukraine",
			Point: territory.Point{Lat: 49, Lon: 32, Precision: territory.PrecisionCountry}}},
		newsevent.TerritoryRecord{Territory: territory.Territory{ID: tKyiv, Kind: territory.KindCity, Name: "Kyiv", Parent: tUkraine,
			Point: territory.Point{Lat: 50.45, Lon: 30.523611111, Precision: territory.PrecisionTown}}},
		newsevent.TerritoryRecord{Territory: territory.Territory{ID: tCity, Kind: territory.KindCity, Parent: tUkraine,
			Description: "a southwestern city"}},
		newsevent.TerritoryRecord{Territory: territory.Territory{ID: tFront, Kind: territory.KindFrontSector, Name: "a front sector"}},
		newsevent.SourceRecord{Source: source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}},
		newsevent.SourceRecord{Source: source.Source{ID: sOther, Kind: source.KindReport, Title: "another report"}},
		newsevent.SourceRecord{Source: source.Source{ID: sKremlin, Kind: source.KindStatement, Title: "the Kremlin"}},
		newsevent.EventRecord{Event: strike},
		newsevent.EventRecord{Event: city},
		newsevent.EventRecord{Event: talks},
	} {
		require.NoError(t, s.Add(r))
	}
	require.NoError(t, s.Validate())
	return &s
}

// TestPlacesWithoutPoints: by default a place without a point gives no
// feature, and an event with none is reported unplaced; with Parents it
// takes its ancestor's point and says so.
func TestPlacesWithoutPoints(t *testing.T) {
	s := smallStory(t)

	_, c, st := write(t, s, geojson.Options{})
	require.Len(t, c.Features, 1, "the strike at Kyiv; the city and the front sector have no point")
	assert.Equal(t, geojson.Stats{Events: 3, Features: 1, Unplaced: []event.ID{eCity, eTalks}}, st)

	_, c, st = write(t, s, geojson.Options{Parents: true})
	assert.Equal(t, geojson.Stats{Events: 3, Features: 3, ByParent: 2, Unplaced: []event.ID{eTalks}}, st,
		"the city is located at Ukraine's point, twice; the front sector has no parent")
	require.Len(t, c.Features, 3)
	assert.Equal(t, eStrike.String()+"/"+tKyiv.String(), c.Features[0].ID)
	assert.Equal(t, "place", c.Features[0].Properties["located_by"])
	for _, f := range c.Features[1:] {
		p := f.Properties
		assert.Equal(t, tCity.String(), p["place_id"])
		assert.Nil(t, p["place_name"], "an unnamed place has no name")
		assert.Equal(t, "a southwestern city", p["place_description"])
		assert.Equal(t, "parent", p["located_by"])
		assert.Equal(t, tUkraine.String(), p["located_at"])
		assert.Equal(t, "country", p["precision"], "the ancestor's precision: no more precise than it is")
		assert.Equal(t, []float64{32, 49}, f.Geometry.Coordinates)
	}
	assert.Equal(t, eStrike.String(), c.Features[1].Properties["event_id"])
	assert.Equal(t, eCity.String(), c.Features[2].Properties["event_id"])
	assert.Equal(t, "2025-04", c.Features[2].Properties["date_start"], "a month is written as a month")
}

// TestTerritories: territory features come first, in story order, with
// their codes, parent, external IDs and the number of events at them.
func TestTerritories(t *testing.T) {
	s := smallStory(t)
	_, c, st := write(t, s, geojson.Options{Territories: true})
	assert.Equal(t, 2, st.Territories, "Ukraine and Kyiv have points")
	require.Len(t, c.Features, 3)
	ua, kyiv := c.Features[0], c.Features[1]
	assert.Equal(t, tUkraine.String(), ua.ID)
	assert.Equal(t, "territory", ua.Properties["record"])
	assert.Equal(t, "country", ua.Properties["place_kind"])
	assert.Nil(t, ua.Properties["parent_id"])
	assert.InDelta(t, 0, ua.Properties["events"], 0)
	assert.Equal(t, tKyiv.String(), kyiv.ID)
	assert.Equal(t, tUkraine.String(), kyiv.Properties["parent_id"])
	assert.InDelta(t, 1, kyiv.Properties["events"], 0)
	assert.Equal(t, "event", c.Features[2].Properties["record"])

	// The article's Kyiv carries its Wikidata item.
	_, c, _ = write(t, examples.MustArticle(), geojson.Options{Territories: true})
	var found bool
	for _, f := range c.Features {
		if f.Properties["record"] == "territory" && f.Properties["place_name"] == "Kyiv" {
			found = true
			assert.Equal(t, "wikidata:Q1899", f.Properties["external_ids"])
			assert.Equal(t, "UA", f.Properties["place_country"])
		}
	}
	assert.True(t, found)

	// With Parents, the unnamed city is a territory feature at Ukraine.
	_, _, st = write(t, s, geojson.Options{Territories: true, Parents: true})
	assert.Equal(t, 3, st.Territories, "the front sector has no point and no parent")
}

// TestFatalities: the lowest figure the live reports guarantee; a figure
// denied by every source and a figure of the injured do not count.
func TestFatalities(t *testing.T) {
	_, c, _ := write(t, smallStory(t), geojson.Options{})
	require.NotEmpty(t, c.Features)
	p := c.Features[0].Properties
	assert.InDelta(t, 9, p["fatalities"], 0, "at least 9 and 12: 9; the denied 3 is not a figure anyone gives")
	assert.Equal(t, "at least 9", p["fatalities_text"])
	assert.Equal(t, "a report; another report", p["sources"])
	assert.Equal(t, "2025-04-24", p["date_start"])
	assert.Equal(t, "overnight", p["date_text"])
}

// TestBadPoint: a point out of range (a story can hold one until it is
// validated) is an error that names the territory and the field, and
// nothing is written.
func TestBadPoint(t *testing.T) {
	for _, tc := range []struct {
		name  string
		point territory.Point
		field string
	}{
		{"NaN latitude", territory.Point{Lat: math.NaN(), Lon: 30, Precision: territory.PrecisionTown}, "point.lat"},
		{"latitude 91", territory.Point{Lat: 91, Lon: 30, Precision: territory.PrecisionTown}, "point.lat"},
		{"infinite longitude", territory.Point{Lat: 50, Lon: math.Inf(1), Precision: territory.PrecisionTown}, "point.lon"},
		{"longitude -181", territory.Point{Lat: 50, Lon: -181, Precision: territory.PrecisionTown}, "point.lon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s newsevent.Story
			require.NoError(t, s.AddTerritory(territory.Territory{ID: tKyiv, Kind: territory.KindCity, Name: "Kyiv", Point: tc.point}))
			require.NoError(t, s.AddSource(source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}))
			require.NoError(t, s.AddEvent(&event.Other{Header: event.Header{ID: eStrike, Title: "x", Status: event.StatusOccurred,
				Places: []territory.ID{tKyiv}, Attributions: []source.Attribution{source.Attribute(sReport, source.VerbReported)}}}))
			for _, o := range []geojson.Options{{}, {Territories: true}} {
				var b bytes.Buffer
				err := geojson.Write(&b, &s, o)
				require.Error(t, err)
				assert.Contains(t, err.Error(), tKyiv.String())
				assert.Contains(t, err.Error(), tc.field)
				assert.Zero(t, b.Len(), "nothing is written")
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

var errDisk = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDisk }

func TestWriteError(t *testing.T) {
	err := geojson.Write(failWriter{}, smallStory(t), geojson.Options{})
	require.ErrorIs(t, err, errDisk)
}

func TestEmptyStory(t *testing.T) {
	for _, s := range []*newsevent.Story{nil, {}} {
		out, c, st := write(t, s, geojson.Options{Territories: true, Parents: true})
		assert.Empty(t, c.Features)
		assert.Equal(t, geojson.Stats{}, st)
		assert.Equal(t, "{\"type\":\"FeatureCollection\",\"features\":[\n]}\n", string(out))
	}
}

// TestParentCycle: a cycle of parents (which Validate refuses) ends the
// walk instead of looping.
func TestParentCycle(t *testing.T) {
	var s newsevent.Story
	a, b := territory.IDFor("a"), territory.IDFor("b")
	require.NoError(t, s.AddTerritory(territory.Territory{ID: a, Kind: territory.KindRegion, Name: "A", Parent: b}))
	require.NoError(t, s.AddTerritory(territory.Territory{ID: b, Kind: territory.KindRegion, Name: "B", Parent: a}))
	require.NoError(t, s.AddSource(source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}))
	require.NoError(t, s.AddEvent(&event.Other{Header: event.Header{ID: eStrike, Title: "x", Status: event.StatusOccurred,
		Places: []territory.ID{a}, Attributions: []source.Attribution{source.Attribute(sReport, source.VerbReported)}}}))
	_, c, st := write(t, &s, geojson.Options{Parents: true, Territories: true})
	assert.Empty(t, c.Features)
	assert.Equal(t, []event.ID{eStrike}, st.Unplaced)
}

// ogrinfo runs GDAL's ogrinfo on a file and returns its output.
func ogrinfo(t *testing.T, args ...string) string {
	t.Helper()
	return string(tooltest.Run(t, tooltest.Command(t, "ogrinfo"), append([]string{"-ro", "-al"}, args...)...))
}

// TestArticleReadByOGR: GDAL's GeoJSON driver, a reader we did not write,
// opens the article's GeoJSON as one layer of Points with as many features
// as the story has placed places of events, every documented field with
// the type its values call for, Kyiv's point in lon/lat order, and every
// point within range.
func TestArticleReadByOGR(t *testing.T) {
	s := examples.MustArticle()
	path := filepath.Join(t.TempDir(), "article.geojson")
	var b bytes.Buffer
	require.NoError(t, geojson.Write(&b, s, geojson.Options{}))
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	features, events := placed(s)
	require.GreaterOrEqual(t, features, events, "each placed event of the article has at least one feature")

	summary := ogrinfo(t, "-so", path)
	assert.Contains(t, summary, "Geometry: Point\n")
	assert.Contains(t, summary, fmt.Sprintf("Feature Count: %d\n", features))
	assert.Contains(t, summary, `ID["EPSG",4326]`, "RFC 7946 GeoJSON is WGS 84")
	fieldRE := regexp.MustCompile(`(?m)^([a-z_]+): ([A-Za-z()]+) \(`)
	fields := map[string]string{}
	for _, m := range fieldRE.FindAllStringSubmatch(summary, -1) {
		fields[m[1]] = m[2]
	}
	for _, k := range eventKeys {
		assert.Contains(t, fields, k, "field %s", k)
	}
	assert.Equal(t, "String", fields["id"], "the feature id")
	assert.Equal(t, "Integer", fields["fatalities"])
	assert.Equal(t, "Integer(Boolean)", fields["place_group"])
	assert.Equal(t, "String", fields["event_id"])

	// Kyiv's feature, selected by an attribute filter, comes back at
	// Kyiv's point, longitude first.
	kyiv, ok := s.Territory(examples.TerritoryID("T7"))
	require.True(t, ok)
	one := ogrinfo(t, "-q", "-where", "place_name = 'Kyiv'", path)
	assert.Equal(t, 1, strings.Count(one, "OGRFeature("), one)
	assert.Contains(t, one, "  event_id (String) = "+examples.EventID("E10").String()+"\n")
	assert.Contains(t, one, "  fatalities (Integer) = 12\n")
	assert.Contains(t, one, fmt.Sprintf("  POINT (%s %s)\n",
		strconv.FormatFloat(kyiv.Point.Lon, 'f', -1, 64), strconv.FormatFloat(kyiv.Point.Lat, 'f', -1, 64)))

	// Every point GDAL reads is within range, one per feature.
	all := ogrinfo(t, "-q", path)
	pointRE := regexp.MustCompile(`(?m)^  POINT \((\S+) (\S+)\)$`)
	points := pointRE.FindAllStringSubmatch(all, -1)
	assert.Len(t, points, features)
	for _, m := range points {
		lon, err := strconv.ParseFloat(m[1], 64)
		require.NoError(t, err)
		lat, err := strconv.ParseFloat(m[2], 64)
		require.NoError(t, err)
		assert.True(t, lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, m[0])
	}
}

// TestSynthReadByOGR: GDAL reads a synthetic story's events and
// territories, features of both records in one layer.
func TestSynthReadByOGR(t *testing.T) {
	s := synth.Story(500, 3)
	path := filepath.Join(t.TempDir(), "synth.geojson")
	var b bytes.Buffer
	st, err := geojson.WriteStats(&b, s, geojson.Options{Territories: true, Parents: true})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	summary := ogrinfo(t, "-so", path)
	assert.Contains(t, summary, "Geometry: Point\n")
	assert.Contains(t, summary, fmt.Sprintf("Feature Count: %d\n", st.Features+st.Territories))
	territories := ogrinfo(t, "-so", "-where", "record = 'territory'", path)
	assert.Contains(t, territories, fmt.Sprintf("Feature Count: %d\n", st.Territories))
	byParent := ogrinfo(t, "-so", "-where", "record = 'event' AND located_by = 'parent'", path)
	assert.Contains(t, byParent, fmt.Sprintf("Feature Count: %d\n", st.ByParent))
}
