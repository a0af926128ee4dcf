package territory_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

var (
	ukraineID = territory.IDFor("T1")
	kyivID    = territory.IDFor("T7")
	crimeaID  = territory.IDFor("T10")
	donetskID = territory.IDFor("T11")
	russiaA   = actor.IDFor("A11")
	usA       = actor.IDFor("A10")
	reutersS  = source.IDFor("S1")
	articleS  = source.IDFor("S0")
)

// kyiv returns a territory with every field filled.
func kyiv() territory.Territory {
	return territory.Territory{
		ID:          kyivID,
		Kind:        territory.KindCity,
		Name:        "Kyiv",
		Names:       []vocab.Name{{Text: "Київ", Lang: language.Ukrainian}},
		Country:     vocab.MustCountry("UA"),
		Subdivision: vocab.MustSubdivision("UA-30"),
		Parent:      ukraineID,
		Point:       territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown},
		Description: "capital of Ukraine",
		ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q1899"}},
	}
}

// crimeaRecognition returns a status with every field filled: the proposed
// US de jure recognition of Crimea as Russian.
func crimeaRecognition() territory.Status {
	return territory.Status{
		ID:          territory.StatusIDFor("TS3"),
		Territories: []territory.ID{crimeaID},
		Relation:    territory.RelationRecognisesDeJure,
		Holder:      russiaA,
		Recogniser:  usA,
		Extent:      territory.ExtentWhole,
		Period:      source.Day(2025, time.April, 23, "April 23"),
		Standing:    territory.StandingProposed,
		Attributions: []source.Attribution{
			{Source: reutersS, Verb: source.VerbReported, Text: "as per a Reuters report"},
		},
		Words: "de jure recognition",
	}
}

// donetskShare returns a status with a share.
func donetskShare() territory.Status {
	return territory.Status{
		ID:          territory.StatusIDFor("TS2"),
		Territories: []territory.ID{donetskID},
		Relation:    territory.RelationControls,
		Holder:      russiaA,
		Extent:      territory.ExtentShare,
		Share: source.Count{Value: 70, Qualifier: source.QualifierAbout, Text: "about 70%", Measure: source.MeasureTerritory, Unit: source.UnitPercent,
			AsOf: source.Month(2025, time.April, "in April")},
		Period:       source.Year(2022, "since 2022").Since(),
		Standing:     territory.StandingInForce,
		Attributions: []source.Attribution{source.Attribute(articleS, source.VerbAssessed)},
		Words:        "Russian-controlled",
	}
}

func TestTerritoryValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		t    territory.Territory
	}{
		{"full", kyiv()},
		{"minimal", territory.Territory{ID: ukraineID, Kind: territory.KindCountry, Name: "Ukraine"}},
		{"unnamed place", territory.Territory{ID: territory.NewID(), Kind: territory.KindCity, Description: "a southwestern city in Ukraine",
			Country: vocab.MustCountry("UA")}},
		{"group of places", territory.Territory{ID: territory.NewID(), Kind: territory.KindRegion, Group: true, Description: "five Ukrainian regions"}},
		{"subdivision of another country", territory.Territory{ID: territory.NewID(), Kind: territory.KindTown, Name: "Balashikha",
			Country: vocab.MustCountry("RU"), Subdivision: vocab.MustSubdivision("RU-MOS")}},
		{"point at the limits", territory.Territory{ID: territory.NewID(), Kind: territory.KindArea, Name: "corner",
			Point: territory.Point{Lat: -90, Lon: 180, Precision: territory.PrecisionExact}}},
		{"point at 0, 0 with a precision", territory.Territory{ID: territory.NewID(), Kind: territory.KindArea, Name: "Null Island",
			Point: territory.Point{Precision: territory.PrecisionExact}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.t.Validate())
		})
	}
	for _, k := range territory.Kinds() {
		assertNoError(t, territory.Territory{ID: territory.NewID(), Kind: k, Name: "n"}.Validate())
	}
}

func TestTerritoryValidateInvalid(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(*territory.Territory)
		want   []problem
	}{
		{"zero ID", func(t *territory.Territory) { t.ID = territory.ID{} }, []problem{{"id", "id"}}},
		{"no kind", func(t *territory.Territory) { t.Kind = "" }, []problem{{"kind", "enum"}}},
		{"unknown kind", func(t *territory.Territory) { t.Kind = "oblast" }, []problem{{"kind", "enum"}}},
		{"no name and no description", func(t *territory.Territory) { t.Name, t.Description = "", "" }, []problem{{"name", "required"}}},
		{"untrimmed name", func(t *territory.Territory) { t.Name = "Kyiv " }, []problem{{"name", "trimmed"}}},
		{"other name without language", func(t *territory.Territory) { t.Names[0].Lang = language.Und }, []problem{{"names[0].lang", "required"}}},
		// A vocab.Country or vocab.Subdivision cannot hold a bad code, so
		// bad countries (ZZ, EU, XX) and subdivisions (UA30, ua-30,
		// UA-3000, XX-30) are no longer Validate's business:
		// TestBuilderProblems and TestTerritoryJSONRejectsBadCodes check
		// them where they are now caught.
		{"subdivision of another country", func(t *territory.Territory) { t.Subdivision = vocab.MustSubdivision("RU-MOW") }, []problem{{"subdivision", "mismatch"}}},
		{"subdivision without country", func(t *territory.Territory) { t.Country = vocab.Country{} }, []problem{{"country", "requires"}}},
		{"parent itself", func(t *territory.Territory) { t.Parent = kyivID }, []problem{{"parent", "self"}}},
		{"latitude above 90", func(t *territory.Territory) { t.Point.Lat = 90.5 }, []problem{{"point.lat", "lte"}}},
		{"latitude below -90", func(t *territory.Territory) { t.Point.Lat = -91 }, []problem{{"point.lat", "gte"}}},
		{"longitude above 180", func(t *territory.Territory) { t.Point.Lon = 180.1 }, []problem{{"point.lon", "lte"}}},
		{"longitude below -180", func(t *territory.Territory) { t.Point.Lon = -181 }, []problem{{"point.lon", "gte"}}},
		{"latitude NaN", func(t *territory.Territory) { t.Point.Lat = math.NaN() }, []problem{{"point.lat", "finite"}}},
		{"longitude Inf", func(t *territory.Territory) { t.Point.Lon = math.Inf(1) }, []problem{{"point.lon", "finite"}}},
		{"point without precision", func(t *territory.Territory) { t.Point.Precision = "" }, []problem{{"point.precision", "enum"}}},
		{"point of unknown precision", func(t *territory.Territory) { t.Point.Precision = "street" }, []problem{{"point.precision", "enum"}}},
		{"untrimmed description", func(t *territory.Territory) { t.Description = " capital" }, []problem{{"description", "trimmed"}}},
		{"bad Wikidata ID", func(t *territory.Territory) { t.ExternalIDs[0].Value = "1899" }, []problem{{"external_ids[0].value", "wikidata"}}},
		{"external ID without scheme", func(t *territory.Territory) { t.ExternalIDs[0].Scheme = "" }, []problem{{"external_ids[0].scheme", "required"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := kyiv()
			c.mutate(&v)
			err := v.Validate()
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.True(t, strings.HasPrefix(err.Error(), "territory: "), "%v", err)
		})
	}
}

func TestStatusValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		s    territory.Status
	}{
		{"recognition", crimeaRecognition()},
		{"share", donetskShare()},
		{"minimal", territory.Status{ID: territory.NewStatusID(), Territories: []territory.ID{crimeaID}, Relation: territory.RelationAnnexed,
			Holder: russiaA, Standing: territory.StandingInForce, Attributions: []source.Attribution{source.Attribute(articleS, source.VerbReported)}}},
		{"several territories", territory.Status{ID: territory.NewStatusID(), Territories: []territory.ID{crimeaID, donetskID}, Relation: territory.RelationAnnexed,
			Holder: russiaA, Extent: territory.ExtentPartial, Standing: territory.StandingInForce, Attributions: []source.Attribution{source.Attribute(articleS, source.VerbReported)}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.s.Validate())
		})
	}
	for _, r := range territory.Relations() {
		s := crimeaRecognition()
		s.Relation = r
		if !r.IsRecognition() {
			s.Recogniser = actor.ID{}
		}
		assertNoError(t, s.Validate())
	}
	for _, st := range territory.Standings() {
		s := crimeaRecognition()
		s.Standing = st
		assertNoError(t, s.Validate())
	}
}

func TestStatusValidateInvalid(t *testing.T) {
	for _, c := range []struct {
		name   string
		base   func() territory.Status
		mutate func(*territory.Status)
		want   []problem
	}{
		{"zero ID", crimeaRecognition, func(s *territory.Status) { s.ID = territory.StatusID{} }, []problem{{"id", "id"}}},
		{"no territories", crimeaRecognition, func(s *territory.Status) { s.Territories = nil }, []problem{{"territories", "min"}}},
		{"zero territory", crimeaRecognition, func(s *territory.Status) { s.Territories = append(s.Territories, territory.ID{}) }, []problem{{"territories[1]", "id"}}},
		{"territory twice", crimeaRecognition, func(s *territory.Status) { s.Territories = append(s.Territories, donetskID, crimeaID) }, []problem{{"territories[2]", "unique"}}},
		{"no relation", crimeaRecognition, func(s *territory.Status) { s.Relation = "" }, []problem{{"relation", "enum"}}},
		{"unknown relation", crimeaRecognition, func(s *territory.Status) { s.Relation = "owns" }, []problem{{"relation", "enum"}}},
		{"zero holder", crimeaRecognition, func(s *territory.Status) { s.Holder = actor.ID{} }, []problem{{"holder", "id"}}},
		{"recognition without recogniser", crimeaRecognition, func(s *territory.Status) { s.Recogniser = actor.ID{} }, []problem{{"recogniser", "requires"}}},
		{"de facto recognition without recogniser", crimeaRecognition, func(s *territory.Status) {
			s.Relation, s.Recogniser = territory.RelationRecognisesDeFacto, actor.ID{}
		}, []problem{{"recogniser", "requires"}}},
		{"recogniser of a non-recognition", crimeaRecognition, func(s *territory.Status) { s.Relation = territory.RelationControls }, []problem{{"recogniser", "conflicts"}}},
		{"holder recognises itself", crimeaRecognition, func(s *territory.Status) { s.Recogniser = russiaA }, []problem{{"recogniser", "self"}}},
		{"unknown extent", crimeaRecognition, func(s *territory.Status) { s.Extent = "most" }, []problem{{"extent", "enum"}}},
		{"extent share without share", crimeaRecognition, func(s *territory.Status) { s.Extent = territory.ExtentShare }, []problem{{"share", "requires"}}},
		{"share with extent whole", donetskShare, func(s *territory.Status) { s.Extent = territory.ExtentWhole }, []problem{{"share", "conflicts"}}},
		{"share without extent", donetskShare, func(s *territory.Status) { s.Extent = "" }, []problem{{"share", "conflicts"}}},
		{"share without measure", donetskShare, func(s *territory.Status) { s.Share.Measure = "" }, []problem{{"share.measure", "required"}}},
		{"share range with min above max", donetskShare, func(s *territory.Status) {
			s.Share.Value, s.Share.Qualifier, s.Share.Min, s.Share.Max = 0, source.QualifierRange, 60, 50
		}, []problem{{"share.min", "order"}}},
		{"share NaN", donetskShare, func(s *territory.Status) { s.Share.Value = math.NaN() }, []problem{{"share.value", "finite"}}},
		{"share as-of not aligned", donetskShare, func(s *territory.Status) { s.Share.AsOf.Start = s.Share.AsOf.Start.AddDate(0, 0, 1) }, []problem{{"share.as_of.start", "precision"}}},
		{"period end before start", crimeaRecognition, func(s *territory.Status) { s.Period.End = s.Period.Start.AddDate(0, 0, -1) }, []problem{{"period.end", "order"}}},
		{"period since with an end", donetskShare, func(s *territory.Status) { s.Period.End = s.Period.Start.AddDate(1, 0, 0) }, []problem{{"period.end", "conflicts"}}},
		{"period in local time", crimeaRecognition, func(s *territory.Status) { s.Period.Start = time.Now() }, []problem{{"period.start", "utc"}}},
		{"no standing", crimeaRecognition, func(s *territory.Status) { s.Standing = "" }, []problem{{"standing", "enum"}}},
		{"unknown standing", crimeaRecognition, func(s *territory.Status) { s.Standing = "rumoured" }, []problem{{"standing", "enum"}}},
		{"no attributions", crimeaRecognition, func(s *territory.Status) { s.Attributions = nil }, []problem{{"attributions", "min"}}},
		{"attribution without verb", crimeaRecognition, func(s *territory.Status) { s.Attributions[0].Verb = "" }, []problem{{"attributions[0].verb", "enum"}}},
		{"attribution without source", crimeaRecognition, func(s *territory.Status) { s.Attributions[0].Source = source.ID{} }, []problem{{"attributions[0].source", "id"}}},
		{"untrimmed words", crimeaRecognition, func(s *territory.Status) { s.Words = "illegally " }, []problem{{"words", "trimmed"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := c.base()
			c.mutate(&s)
			err := s.Validate()
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.True(t, strings.HasPrefix(err.Error(), "territory: status: "), "%v", err)
		})
	}
}

func TestTerritoryJSONRoundTrip(t *testing.T) {
	for _, v := range []territory.Territory{
		kyiv(),
		{ID: territory.NewID(), Kind: territory.KindRegion, Group: true, Description: "five Ukrainian regions"},
		{ID: territory.NewID(), Kind: territory.KindArea, Name: "Null Island", Point: territory.Point{Precision: territory.PrecisionExact}},
	} {
		require.NoError(t, v.Validate())
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var back territory.Territory
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, v, back)
	}
}

func TestStatusJSONRoundTrip(t *testing.T) {
	for _, s := range []territory.Status{crimeaRecognition(), donetskShare()} {
		require.NoError(t, s.Validate())
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back territory.Status
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, s, back)
	}
}

func TestTerritoryJSON(t *testing.T) {
	v := territory.Territory{
		ID:          kyivID,
		Kind:        territory.KindCity,
		Name:        "Kyiv",
		Country:     vocab.MustCountry("UA"),
		Subdivision: vocab.MustSubdivision("UA-30"),
		Parent:      ukraineID,
		Point:       territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown},
	}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "`+kyivID.String()+`",
		"kind": "city",
		"name": "Kyiv",
		"country": "UA",
		"subdivision": "UA-30",
		"parent": "`+ukraineID.String()+`",
		"point": {"lat": 50.45, "lon": 30.5236, "precision": "town"}
	}`, string(b))
	assert.True(t, strings.HasSuffix(string(b), `,"country":"UA"}`), "the country comes last: %s", b)

	b, err = json.Marshal(territory.Territory{ID: kyivID, Kind: territory.KindArea, Description: "cities across the country", Group: true})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+kyivID.String()+`","kind":"area","group":true,"description":"cities across the country"}`, string(b))
}

func TestStatusJSON(t *testing.T) {
	s := donetskShare()
	s.Share.AsOf = source.Time{}
	s.Attributions = []source.Attribution{{Source: articleS, Verb: source.VerbAssessed}}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "`+s.ID.String()+`",
		"territories": ["`+donetskID.String()+`"],
		"relation": "controls",
		"holder": "`+russiaA.String()+`",
		"extent": "share",
		"share": {"value": 70, "qualifier": "about", "text": "about 70%", "measure": "territory", "unit": "percent"},
		"period": {"start": "2022-01-01T00:00:00Z", "precision": "year", "bound": "since", "text": "since 2022"},
		"standing": "in_force",
		"attributions": [{"source": "`+articleS.String()+`", "verb": "assessed"}],
		"words": "Russian-controlled"
	}`, string(b))
}

func TestTerritoryJSONDecodeErrors(t *testing.T) {
	id := kyivID.String()
	for _, c := range []struct{ name, data, mention string }{
		{"unknown top-level field", `{"id":"` + id + `","kind":"city","name":"Kyiv","population":3000000}`, `"population"`},
		{"unknown field in a point", `{"point":{"lat":1,"lon":2,"precision":"exact","alt":3}}`, `"alt"`},
		{"unknown field in a name", `{"names":[{"text":"Київ","lang":"uk","script":"Cyrl"}]}`, `"script"`},
		{"unknown field in an external ID", `{"external_ids":[{"scheme":"wikidata","value":"Q1899","url":"x"}]}`, `"url"`},
		{"unknown kind", `{"kind":"oblast"}`, `"oblast"`},
		{"unknown point precision", `{"point":{"lat":1,"lon":2,"precision":"street"}}`, `"street"`},
		{"bad country", `{"country":"Ukraine"}`, `"Ukraine"`},
		{"bad parent", `{"parent":"T1"}`, `"T1"`},
		{"trailing data", `{}{}`, "after"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var v territory.Territory
			err := json.Unmarshal([]byte(c.data), &v)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}

func TestTerritoryJSONRejectsBadCodes(t *testing.T) {
	// A country or subdivision code that is not on its ISO list fails to
	// decode with a *vocab.UnknownError; such codes used to decode and
	// fail Validate.
	for _, c := range []struct{ field, code string }{
		{"country", "EU"}, {"country", "ZZ"}, {"country", "XX"}, {"country", "UN"}, {"country", "ua"}, {"country", "UKR"},
		{"subdivision", "UA-99"}, {"subdivision", "UA30"}, {"subdivision", "ua-30"}, {"subdivision", "UA-3000"}, {"subdivision", "XX-30"},
	} {
		t.Run(c.field+" "+c.code, func(t *testing.T) {
			var v territory.Territory
			err := json.Unmarshal([]byte(`{"id":"`+kyivID.String()+`","kind":"city","name":"Kyiv","`+c.field+`":"`+c.code+`"}`), &v)
			require.Error(t, err)
			var unknown *vocab.UnknownError
			require.ErrorAs(t, err, &unknown)
			assert.Equal(t, c.code, unknown.Value)
			assert.True(t, errors.Is(err, vocab.ErrUnknown), "%v", err)
			assert.Contains(t, err.Error(), `"`+c.code+`"`)
		})
	}
}

func TestTerritoryJSONCodes(t *testing.T) {
	// Good codes decode to their values; empty ones are refused (the zero
	// values are written by leaving the fields out).
	var v territory.Territory
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+kyivID.String()+`","kind":"city","name":"Kyiv","subdivision":"UA-30","country":"UA"}`), &v))
	assert.Equal(t, vocab.MustCountry("UA"), v.Country)
	assert.Equal(t, vocab.MustSubdivision("UA-30"), v.Subdivision)
	assertNoError(t, v.Validate())

	for _, doc := range []string{`"subdivision":""`, `"country":""`} {
		err := json.Unmarshal([]byte(`{"id":"`+kyivID.String()+`","kind":"city","name":"Kyiv",`+doc+`}`), &v)
		assert.ErrorIs(t, err, vocab.ErrUnknown, doc)
	}

	// A subdivision of another country decodes; Validate reports it.
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+kyivID.String()+`","kind":"city","name":"Kyiv","subdivision":"RU-MOW","country":"UA"}`), &v))
	assert.ElementsMatch(t, []problem{{"subdivision", "mismatch"}}, problemsOf(t, v.Validate()))
}

func TestStatusJSONDecodeErrors(t *testing.T) {
	for _, c := range []struct{ name, data, mention string }{
		{"unknown top-level field", `{"relation":"controls","since":"2014"}`, `"since"`},
		{"unknown field in the share", `{"share":{"value":53,"qualifier":"about","measure":"territory","approx":true}}`, `"approx"`},
		{"unknown field in the period", `{"period":{"start":"2022-01-01T00:00:00Z","precision":"year","until":"2023"}}`, `"until"`},
		{"unknown field in an attribution", `{"attributions":[{"source":"` + articleS.String() + `","verb":"said","confidence":1}]}`, `"confidence"`},
		{"unknown field in a quote in the share", `{"share":{"attributions":[{"quotes":[{"text":"a","lang":"en","tone":"x"}]}]}}`, `"tone"`},
		{"unknown relation", `{"relation":"owns"}`, `"owns"`},
		{"unknown standing", `{"standing":"rumoured"}`, `"rumoured"`},
		{"unknown extent", `{"extent":"most"}`, `"most"`},
		{"unknown qualifier in the share", `{"share":{"qualifier":"roughly"}}`, `"roughly"`},
		{"unknown verb", `{"attributions":[{"verb":"tweeted"}]}`, `"tweeted"`},
		{"bad status ID", `{"id":"TS3"}`, `"TS3"`},
		{"bad territory ID", `{"territories":["T10"]}`, `"T10"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s territory.Status
			err := json.Unmarshal([]byte(c.data), &s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}

func TestJSONDecodeResets(t *testing.T) {
	v := kyiv()
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"country","name":"Ukraine"}`), &v))
	assert.Equal(t, territory.Territory{ID: ukraineID, Kind: territory.KindCountry, Name: "Ukraine"}, v)

	s := donetskShare()
	require.NoError(t, json.Unmarshal([]byte(`{"relation":"claims"}`), &s))
	assert.Equal(t, territory.Status{Relation: territory.RelationClaims}, s)
}

func TestPointIsZero(t *testing.T) {
	assert.True(t, territory.Point{}.IsZero())
	assert.False(t, territory.Point{Precision: territory.PrecisionExact}.IsZero())
	assert.False(t, territory.Point{Lat: 1}.IsZero())
}

// A point without a coordinate is an error, never 0° (a point at 0°, 0°
// writes both).
func TestPointJSONAbsentIsNotZero(t *testing.T) {
	var p territory.Point
	require.NoError(t, json.Unmarshal([]byte(`{"lat":0,"lon":0,"precision":"exact"}`), &p))
	for _, in := range []string{`{"lat":50.45,"precision":"exact"}`, `{"lon":30.52,"precision":"exact"}`, `{"precision":"exact"}`} {
		err := json.Unmarshal([]byte(in), &p)
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), `"lat" and "lon"`)
	}
}
