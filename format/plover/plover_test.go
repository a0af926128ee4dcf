package plover_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/plover"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The field names of the PLOVER manual (draft 2.0, chapter "Data Fields"),
// copied by hand from its tables: the event record ("PLOVER JSON"), the
// entity object, the location object and the citation object; plus this
// package's own cameo and status, which the manual allows.
var (
	recordFields = []string{"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
		"event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
		"text_info", "cite_info", "coder", "coded_date", "coded_time", "comment",
		"cameo", "status"}
	entityFields = []string{"code", "sector", "entity_text", "identifier_id", "identifier_text",
		"religion", "ethnicity", "office", "gender", "age"}
	locationFields = []string{"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city",
		"district", "province", "country", "country_code", "feature_class", "feature_code", "resolution"}
	citationFields = []string{"corpus", "citation", "url", "title", "language", "publication", "license",
		"copyright", "coder", "codebook", "version"}
	// The sector codes of the manual's table "Sector Codes".
	sectors = []string{"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
		"AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}

	datePattern  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	clockPattern = regexp.MustCompile(`^\d{2}:\d{2}(:\d{2})?Z$`)
	alpha3       = regexp.MustCompile(`^[A-Z]{3}$`)
)

// write returns the records Write writes for s, decoded one per line.
func write(t *testing.T, s *newsevent.Story, o plover.Options) []map[string]any {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, plover.Write(&b, s, o))
	var out []map[string]any
	sc := bufio.NewScanner(&b)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), sc.Text())
		out = append(out, r)
	}
	require.NoError(t, sc.Err())
	return out
}

// keys returns the keys of a JSON object.
func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// checkShape checks a record against the manual's tables: only their field
// names, the types the manual fixes, the required id, date format, actor
// and event.
func checkShape(t *testing.T, r map[string]any) {
	t.Helper()
	id, _ := r["id"].(string)
	require.NotEmpty(t, id, "id is required")
	assert.Subset(t, recordFields, keys(r), id)
	events, ok := r["event"].([]any)
	if assert.True(t, ok, "%s: event is a list", id) && assert.Len(t, events, 1, id) {
		c, err := event.ParseCategory(events[0].(string))
		assert.NoError(t, err, id)
		assert.Contains(t, []float64{1, 2, 3, 4}, r["quad_code"], "%s: quad_code of %s", id, c)
	}
	actors, ok := r["actor"].([]any)
	assert.True(t, ok && len(actors) > 0, "%s: actor is required", id)
	recipients, _ := r["recipient"].([]any)
	for _, a := range append(actors, recipients...) {
		ent, ok := a.(map[string]any)
		require.True(t, ok, "%s: entities are objects", id)
		assert.Subset(t, entityFields, keys(ent), id)
		assert.NotEmpty(t, ent, id)
		if code, ok := ent["code"]; ok {
			assert.Regexp(t, alpha3, code, id)
		}
		if sector, ok := ent["sector"]; ok {
			assert.Contains(t, sectors, sector, id)
		}
	}
	for _, f := range []string{"date", "enddate"} {
		if v, ok := r[f]; ok {
			assert.Regexp(t, datePattern, v, "%s: %s", id, f)
		}
	}
	for _, f := range []string{"time", "endtime"} {
		if v, ok := r[f]; ok {
			assert.Regexp(t, clockPattern, v, "%s: %s", id, f)
			assert.Contains(t, r, "date", "%s: %s needs a date", id, f)
			day, _ := r[map[string]string{"time": "date", "endtime": "enddate"}[f]].(string)
			layout := "2006-01-02T15:04Z07:00"
			if len(v.(string)) == len("15:04:05Z") {
				layout = time.RFC3339
			}
			d, err := time.Parse(layout, day+"T"+v.(string))
			assert.NoError(t, err, "%s: date + T + %s is an ISO 8601 date-time", id, f)
			assert.False(t, d.IsZero(), id)
		}
	}
	if loc, ok := r["event_loc"].(map[string]any); ok {
		assert.Subset(t, locationFields, keys(loc), id)
		if code, ok := loc["country_code"]; ok {
			assert.Regexp(t, alpha3, code, id)
		}
		if res, ok := loc["resolution"]; ok {
			assert.Contains(t, []float64{1, 2, 3, 4, 5}, res, id)
		}
	}
	if ci, ok := r["cite_info"].(map[string]any); ok {
		assert.Subset(t, citationFields, keys(ci), id)
	}
	for _, f := range []string{"mode", "context"} {
		if v, ok := r[f]; ok {
			assert.IsType(t, []any{}, v, "%s: %s is a list", id, f)
		}
	}
}

// assertEntities checks a list of entities field by field: each has the
// fields given with their values (a sample's actors may gain others, such
// as a Wikidata ID, without breaking the test).
func assertEntities(t *testing.T, want []map[string]any, got any) {
	t.Helper()
	list, ok := got.([]any)
	require.True(t, ok, "a list of entities: %v", got)
	require.Len(t, list, len(want))
	for i, w := range want {
		ent := list[i].(map[string]any)
		for k, v := range w {
			assert.Equal(t, v, ent[k], "entity %d: %s", i, k)
		}
	}
}

// coded returns the events of s that have a PLOVER category, in timeline
// order.
func coded(s *newsevent.Story) []event.Event {
	var out []event.Event
	for _, e := range s.Timeline() {
		if e.Codes().PLOVER != "" {
			out = append(out, e)
		}
	}
	return out
}

// byID indexes records by their id.
func byID(records []map[string]any) map[string]map[string]any {
	out := make(map[string]map[string]any, len(records))
	for _, r := range records {
		out[r["id"].(string)] = r
	}
	return out
}

func TestWriteArticle(t *testing.T) {
	s := examples.MustArticle()
	records := write(t, s, plover.Options{})

	// One record per event with a PLOVER category, in timeline order, each
	// with that category, mode and CAMEO code.
	want := coded(s)
	require.Len(t, records, len(want))
	for i, e := range want {
		r := records[i]
		checkShape(t, r)
		codes := e.Codes()
		assert.Equal(t, event.HeaderOf(e).ID.String(), r["id"])
		assert.Equal(t, []any{string(codes.PLOVER)}, r["event"])
		assert.Equal(t, codes.CAMEO, r["cameo"])
		if codes.Mode == "" {
			assert.NotContains(t, r, "mode")
		} else {
			assert.Equal(t, []any{codes.Mode}, r["mode"])
		}
		assert.Equal(t, string(event.HeaderOf(e).Status), r["status"])
		assert.Equal(t, event.HeaderOf(e).Title, r["comment"])
		assert.NotContains(t, r, "context", "the library codes no PLOVER context")
	}
	// Statements and appeals have no PLOVER category: Trump's interview is
	// not written.
	assert.NotContains(t, byID(records), examples.EventID("E8").String())

	strike := byID(records)[examples.EventID("E10").String()]
	require.NotNil(t, strike)
	assert.Equal(t, "2025-04-24", strike["date"])
	assert.NotContains(t, strike, "time", "Thursday is a day")
	assert.Equal(t, []any{"ASSAULT"}, strike["event"])
	assert.Equal(t, []any{"heavy-weapons"}, strike["mode"])
	assert.Equal(t, "195", strike["cameo"])
	assert.Equal(t, 4.0, strike["quad_code"])
	assert.Equal(t, -9.5, strike["event_scale"], "ASSAULT: Heavy-weapons in the manual's table of scores")
	assertEntities(t, []map[string]any{{"code": "RUS", "entity_text": "Russia"}}, strike["actor"])
	assert.NotContains(t, strike, "recipient", "the strike targets places, no actor")
	assert.Equal(t, examples.EventID("E9").String(), strike["link"], "part of the war")
	loc := strike["event_loc"].(map[string]any)
	assert.Equal(t, "Ukraine", loc["resolved_place"])
	assert.Equal(t, "Ukraine", loc["country"])
	assert.Equal(t, "UKR", loc["country_code"])
	assert.Equal(t, 1.0, loc["resolution"])
	assert.Equal(t, map[string]any{
		"citation":    examples.SourceID("S2").String(),
		"title":       "a New York Times report",
		"publication": "The New York Times",
	}, strike["cite_info"], "the first source of the strike")

	// A meeting puts every participant in actor, with no recipient.
	meeting := byID(records)[examples.EventID("E1").String()]
	require.NotNil(t, meeting)
	assert.Equal(t, []any{"CONSULT"}, meeting["event"])
	assert.Len(t, meeting["actor"], 3)
	assert.NotContains(t, meeting, "recipient")
	assert.Equal(t, "Moscow", meeting["event_loc"].(map[string]any)["city"])

	// A response is aimed at who made what it answers: Zelenskyy rejects
	// the US framework.
	reject := byID(records)[examples.EventID("E3").String()]
	require.NotNil(t, reject)
	assert.Equal(t, []any{"REJECT"}, reject["event"])
	assertEntities(t, []map[string]any{{"code": "UKR", "entity_text": "Volodymyr Zelenskyy", "office": "President"}}, reject["actor"])
	assertEntities(t, []map[string]any{{"code": "USA", "entity_text": "United States"}}, reject["recipient"])

	// The car bomb has no stated attacker: the manual's unidentified actor.
	// Its victim is a lieutenant general of the Russian armed forces: MIL.
	bomb := byID(records)[examples.EventID("E15").String()]
	require.NotNil(t, bomb)
	assert.Equal(t, []any{map[string]any{"sector": "UNK"}}, bomb["actor"])
	victim := bomb["recipient"].([]any)[0].(map[string]any)
	assert.Equal(t, "MIL", victim["sector"])
	assert.Equal(t, "RUS", victim["code"])
	assert.Equal(t, "Lieutenant General", victim["office"])
	assert.NotContains(t, bomb, "event_scale", "the manual scores no ASSAULT: assassinate")

	// The war is known to the year only: no date is invented.
	war := byID(records)[examples.EventID("E9").String()]
	require.NotNil(t, war)
	assert.NotContains(t, war, "date")
}

func TestWriteSamples(t *testing.T) {
	merged, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	stories := map[string]*newsevent.Story{"merged": merged}
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err)
		stories[sample.Name] = s
	}
	for name, s := range stories {
		t.Run(name, func(t *testing.T) {
			records := write(t, s, plover.Options{})
			require.Len(t, records, len(coded(s)))
			for _, r := range records {
				checkShape(t, r)
			}
		})
	}
}

// TestManualExample writes the event of the manual's simplest record
// ("the only required field we have added to event data classic is the id
// identifier"): the United States consults Canada on 24 July 2016. The
// record has the manual's fields with the manual's values, and the
// entities' names beside their codes.
func TestManualExample(t *testing.T) {
	usa, can := actor.IDFor("usa"), actor.IDFor("can")
	report := source.IDFor("report")
	var s newsevent.Story
	require.NoError(t, s.AddActor(actor.Actor{ID: usa, Kind: actor.KindState, Name: "United States", Country: vocab.MustCountry("US")}))
	require.NoError(t, s.AddActor(actor.Actor{ID: can, Kind: actor.KindState, Name: "Canada", Country: vocab.MustCountry("CA")}))
	require.NoError(t, s.AddSource(source.Source{ID: report, Kind: source.KindReport, Title: "a report"}))
	consult, err := event.NewOther(event.Header{
		ID: event.IDFor("consult"), Title: "The United States consults Canada",
		Time: source.Day(2016, time.July, 24, ""), Status: event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report, source.VerbReported)},
	}, "consults").Roles(event.Participant{Actor: usa, Role: "consulting"}, event.Participant{Actor: can, Role: "consulted"}).
		CAMEO("040").Build()
	require.NoError(t, err)
	require.NoError(t, s.AddEvent(consult))

	records := write(t, &s, plover.Options{ActorRoles: []event.Role{"consulting"}, RecipientRoles: []event.Role{"consulted"}})
	require.Len(t, records, 1)
	r := records[0]
	checkShape(t, r)
	// The manual's record, with the date quoted (the manual prints it bare,
	// which is not JSON).
	manual := map[string]any{
		"id":        event.IDFor("consult").String(),
		"date":      "2016-07-24",
		"actor":     []any{map[string]any{"code": "USA"}},
		"recipient": []any{map[string]any{"code": "CAN"}},
		"event":     []any{"CONSULT"},
	}
	for k, v := range manual {
		switch k {
		case "actor", "recipient":
			got := r[k].([]any)
			require.Len(t, got, 1, k)
			assert.Equal(t, v.([]any)[0].(map[string]any)["code"], got[0].(map[string]any)["code"], k)
		default:
			assert.Equal(t, v, r[k], k)
		}
	}
	assert.Equal(t, "United States", r["actor"].([]any)[0].(map[string]any)["entity_text"])
}

func TestWriteArray(t *testing.T) {
	s := examples.MustArticle()
	var lines, array bytes.Buffer
	require.NoError(t, plover.Write(&lines, s, plover.Options{}))
	require.NoError(t, plover.Write(&array, s, plover.Options{Array: true}))
	var got []json.RawMessage
	require.NoError(t, json.Unmarshal(array.Bytes(), &got))
	want := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
	require.Len(t, got, len(want))
	for i := range want {
		assert.JSONEq(t, want[i], string(got[i]))
	}
	assert.True(t, strings.HasPrefix(array.String(), "[\n{"), "one record a line")
	assert.True(t, strings.HasSuffix(array.String(), "}\n]\n"))
}

func TestWriteEmpty(t *testing.T) {
	var s newsevent.Story
	var b bytes.Buffer
	require.NoError(t, plover.Write(&b, &s, plover.Options{}))
	assert.Empty(t, b.String())
	require.NoError(t, plover.Write(&b, &s, plover.Options{Array: true}))
	assert.Equal(t, "[]\n", b.String())
}

func TestWriteNil(t *testing.T) {
	var b bytes.Buffer
	err := plover.Write(&b, nil, plover.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "story")
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteError(t *testing.T) {
	err := plover.Write(failingWriter{}, examples.MustArticle(), plover.Options{})
	require.ErrorIs(t, err, errWrite)
}

func TestOptionsRoles(t *testing.T) {
	s := examples.MustArticle()
	backlash := examples.EventID("E4").String()

	// "critic" is a role word of the article's own: without options the
	// backlash has the unidentified actor.
	r := byID(write(t, s, plover.Options{}))[backlash]
	require.NotNil(t, r)
	assert.Equal(t, []any{map[string]any{"sector": "UNK"}}, r["actor"])

	r = byID(write(t, s, plover.Options{ActorRoles: []event.Role{"critic"}}))[backlash]
	require.NotNil(t, r)
	assertEntities(t, []map[string]any{
		{"code": "UKR", "entity_text": "Ukraine"},
		{"entity_text": "Kyiv's European allies"},
	}, r["actor"])

	// A word in both lists is an actor role.
	r = byID(write(t, s, plover.Options{ActorRoles: []event.Role{"critic"}, RecipientRoles: []event.Role{"critic"}}))[backlash]
	require.NotNil(t, r)
	assert.Len(t, r["actor"], 2)
	assert.NotContains(t, r, "recipient")

	r = byID(write(t, s, plover.Options{RecipientRoles: []event.Role{"critic"}}))[backlash]
	require.NotNil(t, r)
	assert.Equal(t, []any{map[string]any{"sector": "UNK"}}, r["actor"])
	assert.Len(t, r["recipient"], 2)
}

// TestWriteFields covers what the samples do not: times of the day and
// periods, bounds, a Wikidata ID, a GeoNames ID and a point, sectors
// through memberships, and references missing from an unvalidated story.
func TestWriteFields(t *testing.T) {
	report := source.IDFor("report")
	govt := actor.IDFor("government")
	ministry := actor.IDFor("ministry")
	official := actor.IDFor("official")
	kosovo := actor.IDFor("kosovo")
	city := territory.IDFor("city")
	country := territory.IDFor("country")
	reported := []source.Attribution{
		source.Attribute(source.IDFor("denier"), source.VerbDenied),
		source.Attribute(report, source.VerbReported),
	}
	var s newsevent.Story
	for _, a := range []actor.Actor{
		{ID: govt, Kind: actor.KindGovernment, Name: "the government", Country: vocab.MustCountry("UA")},
		{ID: ministry, Kind: actor.KindOrganisation, Name: "the ministry", MemberOf: []actor.ID{govt}},
		{ID: official, Kind: actor.KindPerson, Name: "An Official",
			ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q42"}},
			Roles: []actor.Role{
				{Title: "former minister", Of: govt, Former: true},
				{Title: "adviser", Of: ministry, From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)},
			}},
		{ID: kosovo, Kind: actor.KindState, Name: "Kosovo", Country: vocab.MustCountry("XK")},
		{ID: actor.IDFor("denier"), Kind: actor.KindPerson, Name: "Denier"},
	} {
		require.NoError(t, s.AddActor(a))
	}
	require.NoError(t, s.AddTerritory(territory.Territory{ID: country, Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA")}))
	require.NoError(t, s.AddTerritory(territory.Territory{
		ID: city, Kind: territory.KindCity, Name: "Kyiv", Parent: country, Country: vocab.MustCountry("UA"),
		Point:       territory.Point{Lat: 50.45, Lon: 30.52, Precision: territory.PrecisionTown},
		ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeGeoNames, Value: "703448"}},
	}))
	require.NoError(t, s.AddSource(source.Source{ID: report, Kind: source.KindReport, Title: "a report", URL: "https://example.org/r", Language: language.MustParse("uk")}))

	kyiv := time.FixedZone("Kyiv", 3*3600)
	minute := source.At(time.Date(2025, 4, 24, 1, 30, 0, 0, kyiv), source.PrecisionMinute, "Kyiv time", "1:30 a.m.")
	period := source.Between(time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC), time.Date(2025, 4, 26, 0, 0, 0, 0, time.UTC), source.PrecisionDay, "from Thursday to Saturday")
	since := source.Day(2025, time.April, 20, "since April 20").Since()
	notBefore := source.Time{Start: time.Date(2025, 4, 25, 0, 0, 0, 0, time.UTC), Precision: source.PrecisionDay, Bound: source.BoundNotBefore}
	second := source.At(time.Date(2025, 4, 24, 1, 30, 15, 0, time.UTC), source.PrecisionSecond, "", "")

	add := func(key string, t0 source.Time, speaker actor.ID, places ...territory.ID) event.ID {
		t.Helper()
		id := event.IDFor(key)
		require.NoError(t, s.AddEvent(&event.Statement{
			Header:  event.Header{ID: id, Title: key, Time: t0, Places: places, Status: event.StatusOccurred, Attributions: reported},
			Speaker: speaker, Acts: []event.SpeechAct{event.SpeechAccuse}, Subjects: []actor.ID{kosovo, actor.IDFor("missing")},
		}))
		return id
	}
	eMinute := add("minute", minute, official, city)
	ePeriod := add("period", period, ministry, territory.IDFor("missing place"))
	eSince := add("since", since, govt)
	eNotBefore := add("not before", notBefore, official)
	eSecond := add("second", second, actor.IDFor("missing"))

	got := byID(write(t, &s, plover.Options{}))
	for _, r := range got {
		checkShape(t, r)
	}

	r := got[eMinute.String()]
	assert.Equal(t, "2025-04-23", r["date"], "01:30 in Kyiv is 22:30 UTC the day before")
	assert.Equal(t, "22:30Z", r["time"])
	assert.Equal(t, []any{map[string]any{"sector": "GOV", "entity_text": "An Official", "identifier_id": "Q42", "office": "adviser"}}, r["actor"],
		"a former role does not hold; the adviser's ministry is a member of the government")
	assert.Equal(t, []any{map[string]any{"code": "KOS", "entity_text": "Kosovo"}}, r["recipient"], "the missing actor is left out")
	assert.Equal(t, map[string]any{
		"resolved_place": "Kyiv", "geonameid": 703448.0, "lat": 50.45, "lon": 30.52,
		"city": "Kyiv", "country": "Ukraine", "country_code": "UKR", "resolution": 4.0,
	}, r["event_loc"])
	assert.Equal(t, map[string]any{
		"citation": report.String(), "url": "https://example.org/r", "title": "a report", "language": "uk",
	}, r["cite_info"], "the source that denies the event is not its citation")
	assert.Equal(t, []any{"ACCUSE"}, r["event"])
	assert.Equal(t, -2.0, r["event_scale"], "ACCUSE: Disapprove")

	r = got[ePeriod.String()]
	assert.Equal(t, "2025-04-24", r["date"])
	assert.Equal(t, "2025-04-26", r["enddate"])
	assert.NotContains(t, r, "event_loc", "the missing place is left out")
	assert.Equal(t, []any{map[string]any{"sector": "GOV", "entity_text": "the ministry"}}, r["actor"])

	r = got[eSince.String()]
	assert.Equal(t, "2025-04-20", r["date"], "a period that goes on gives its start")
	assert.NotContains(t, r, "enddate")
	assert.Equal(t, []any{map[string]any{"code": "UKR", "sector": "GOV", "entity_text": "the government"}}, r["actor"])

	r = got[eNotBefore.String()]
	assert.NotContains(t, r, "date", "a bound is no date")
	assert.Equal(t, "adviser", r["actor"].([]any)[0].(map[string]any)["office"], "a role that began before any date holds when the event has none")

	r = got[eSecond.String()]
	assert.Equal(t, "01:30:15Z", r["time"])
	assert.Equal(t, []any{map[string]any{"sector": "UNK"}}, r["actor"], "a speaker missing from the story")
}

// TestWriteSynth writes synthetic stories of every kind and shape: every
// record keeps the manual's shape, and the same story gives the same bytes.
func TestWriteSynth(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		s := synth.Story(150, seed)
		records := write(t, s, plover.Options{})
		require.Len(t, records, len(coded(s)), "seed %d", seed)
		for _, r := range records {
			checkShape(t, r)
		}
		var a, b bytes.Buffer
		require.NoError(t, plover.Write(&a, s, plover.Options{Array: true}))
		require.NoError(t, plover.Write(&b, s, plover.Options{Array: true}))
		assert.Equal(t, a.String(), b.String())
		assert.True(t, json.Valid(a.Bytes()))
	}
}

// readBack is the Python program that reads the records with pandas, the
// reader most users of event data load them with: for each pair of
// arguments, pandas.read_json reads the JSON Lines file and the array file,
// and json_normalize flattens the actors and the locations. It prints what
// it read as one JSON object, by the name of the JSON Lines file.
const readBack = `
import json, os, sys
import pandas as pd

def read(lines_path, array_path):
    lines = pd.read_json(lines_path, lines=True)
    array = pd.read_json(array_path)
    rows = lines.to_dict("records")
    actors = pd.json_normalize(rows, record_path="actor", meta=["id"])
    locs = pd.json_normalize([r["event_loc"] for r in rows if isinstance(r.get("event_loc"), dict)])
    out = {
        "rows": len(lines),
        "array_rows": len(array),
        "same": lines.to_json(orient="records") == array.to_json(orient="records"),
        "columns": sorted(lines.columns),
        "date_dtype": str(lines["date"].dtype) if "date" in lines else "",
        "actor_columns": sorted(actors.columns),
        "location_columns": sorted(locs.columns),
        "records": {},
    }
    for r in rows:
        d = r.get("date")
        loc = r.get("event_loc")
        out["records"][r["id"]] = {
            "event": r["event"],
            "date": None if pd.isna(d) else d.strftime("%Y-%m-%d"),
            "actor_codes": [a.get("code") for a in r["actor"]],
            "quad_code": None if pd.isna(r.get("quad_code")) else int(r["quad_code"]),
            "country_code": loc.get("country_code") if isinstance(loc, dict) else None,
        }
    return out

args = sys.argv[1:]
print(json.dumps({os.path.basename(args[i]): read(args[i], args[i + 1]) for i in range(0, len(args), 2)}))
`

// readRecords is what readBack prints of one story.
type readRecords struct {
	Rows            int      `json:"rows"`
	ArrayRows       int      `json:"array_rows"`
	Same            bool     `json:"same"`
	Columns         []string `json:"columns"`
	DateType        string   `json:"date_dtype"`
	ActorColumns    []string `json:"actor_columns"`
	LocationColumns []string `json:"location_columns"`
	Records         map[string]struct {
		Event       []string  `json:"event"`
		Date        *string   `json:"date"`
		ActorCodes  []*string `json:"actor_codes"`
		QuadCode    *int      `json:"quad_code"`
		CountryCode *string   `json:"country_code"`
	} `json:"records"`
}

// TestPandasReadsRecords reads the records of the article, the samples and
// the merged article back with pandas (Debian's python3-pandas), as JSON
// Lines and as an array.
func TestPandasReadsRecords(t *testing.T) {
	python := tooltest.Python(t)
	merged, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	stories := map[string]*newsevent.Story{"merged": merged}
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err)
		stories[sample.Name] = s
	}
	dir := t.TempDir()
	var args []string
	for name, s := range stories {
		if len(coded(s)) == 0 {
			continue // pandas reads no frame from an empty file; the outbreak has no PLOVER event
		}
		lines, array := filepath.Join(dir, name+".jsonl"), filepath.Join(dir, name+".json")
		for path, o := range map[string]plover.Options{lines: {}, array: {Array: true}} {
			var b bytes.Buffer
			require.NoError(t, plover.Write(&b, s, o))
			require.NoError(t, os.WriteFile(path, b.Bytes(), 0o600))
		}
		args = append(args, lines, array)
	}
	out := tooltest.Run(t, python, append([]string{"-c", readBack}, args...)...)
	var read map[string]readRecords
	require.NoError(t, json.Unmarshal(out, &read), string(out))
	require.Len(t, read, len(args)/2)

	for name, s := range stories {
		want := coded(s)
		if len(want) == 0 {
			continue
		}
		got, ok := read[name+".jsonl"]
		require.True(t, ok, name)
		assert.Equal(t, len(want), got.Rows, name)
		assert.Equal(t, got.Rows, got.ArrayRows, name)
		assert.True(t, got.Same, "%s: pandas reads the same frame from JSON Lines and from the array", name)
		assert.Subset(t, recordFields, got.Columns, name)
		assert.Subset(t, append(entityFields, "id"), got.ActorColumns, name)
		assert.Subset(t, locationFields, got.LocationColumns, name)
		if got.DateType != "" {
			assert.Equal(t, "datetime64[ns]", got.DateType, "%s: pandas reads date as dates", name)
		}
		for _, e := range want {
			h := event.HeaderOf(e)
			r, ok := got.Records[h.ID.String()]
			require.True(t, ok, "%s: %s", name, h.Title)
			assert.Equal(t, []string{string(e.Codes().PLOVER)}, r.Event, h.Title)
			if assert.NotNil(t, r.QuadCode, h.Title) {
				assert.Contains(t, []int{1, 2, 3, 4}, *r.QuadCode, h.Title)
			}
			assert.NotEmpty(t, r.ActorCodes, h.Title)
			if h.Time.Precision == source.PrecisionDay && h.Time.Bound == "" && assert.NotNil(t, r.Date, h.Title) {
				assert.Equal(t, h.Time.Start.Format(time.DateOnly), *r.Date, h.Title)
			}
		}
		if name == "merged" || name == "article" {
			strike := got.Records[examples.EventID("E10").String()]
			if assert.NotNil(t, strike.Date, name) {
				assert.Equal(t, "2025-04-24", *strike.Date, name)
			}
			if assert.Len(t, strike.ActorCodes, 1, name) && assert.NotNil(t, strike.ActorCodes[0]) {
				assert.Equal(t, "RUS", *strike.ActorCodes[0], name)
			}
			if assert.NotNil(t, strike.CountryCode, name) {
				assert.Equal(t, "UKR", *strike.CountryCode, name)
			}
		}
	}
}

// Thursday's strikes on Ukraine, part of the war: one PLOVER record, with
// its category, mode and score, its actor and place, and its first source.
func ExampleWrite() {
	russia := actor.Actor{ID: actor.IDFor("russia"), Kind: actor.KindState, Name: "Russia", Country: vocab.MustCountry("RU")}
	ukraine := territory.Territory{ID: territory.IDFor("ukraine"), Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA")}
	report := source.Source{ID: source.IDFor("report"), Kind: source.KindReport, Title: "a report"}
	var s newsevent.Story
	if err := s.AddActor(russia); err != nil {
		fmt.Println(err)
		return
	}
	if err := s.AddTerritory(ukraine); err != nil {
		fmt.Println(err)
		return
	}
	if err := s.AddSource(report); err != nil {
		fmt.Println(err)
		return
	}
	strike, err := event.NewAttack(event.Header{
		ID:           event.IDFor("strike"),
		Title:        "Russian missile and drone strikes across Ukraine",
		Time:         source.Day(2025, time.April, 24, "Thursday"),
		Places:       []territory.ID{ukraine.ID},
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}).Attacker(russia.ID).Methods(event.MethodDroneStrike).Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := s.AddEvent(strike); err != nil {
		fmt.Println(err)
		return
	}
	if err := plover.Write(os.Stdout, &s, plover.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"3f1d12ca-47f5-5932-ad98-f547cd0be750","date":"2025-04-24","actor":[{"code":"RUS","entity_text":"Russia"}],"event":["ASSAULT"],"event_loc":{"resolved_place":"Ukraine","country":"Ukraine","country_code":"UKR","resolution":1},"quad_code":4,"event_scale":-9.5,"mode":["drone"],"cite_info":{"citation":"cfb75599-6f7b-500f-b47c-5e25beccc65f","title":"a report"},"comment":"Russian missile and drone strikes across Ukraine","cameo":"1952","status":"occurred"}
}
