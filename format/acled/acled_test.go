package acled_test

import (
	"bytes"
	"encoding/csv"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/acled"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// codebook is the list of columns of an ACLED export, in order, as ACLED's
// own R package acledR lists them (its test of the API's columns and its
// codebook vignette).
var codebook = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
	"fatalities", "tags", "timestamp",
}

func TestColumnsAreTheCodebooks(t *testing.T) {
	assert.Equal(t, codebook, acled.Columns())
	c := acled.Columns()
	c[0] = "changed"
	assert.Equal(t, "event_id_cnty", acled.Columns()[0], "Columns returns a copy")
}

// write returns the CSV of a story.
func write(t testing.TB, s *newsevent.Story) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, acled.Write(&b, s, acled.Options{}))
	return b.Bytes()
}

// rows returns the rows of a CSV as maps from column to value, after
// checking its header.
func rows(t testing.TB, data []byte) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs)
	require.Equal(t, codebook, recs[0])
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range codebook {
			m[c] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// byNotes returns the row whose notes are n.
func byNotes(t testing.TB, rs []map[string]string, n string) map[string]string {
	t.Helper()
	for _, r := range rs {
		if r["notes"] == n {
			return r
		}
	}
	t.Fatalf("no row with the notes %q", n)
	return nil
}

// The worked article: six of its eighteen events are events ACLED codes,
// and each row says what the story says.
func TestWriteArticle(t *testing.T) {
	rs := rows(t, write(t, examples.MustArticle()))
	var notes []string
	for _, r := range rs {
		notes = append(notes, r["event_id_cnty"]+" "+r["notes"])
	}
	assert.Equal(t, []string{
		"UKR1 Russian missile and drone strikes across Ukraine",
		"UKR2 Frontline fighting as of April 24",
		"UKR3 Overnight drone attack on five Ukrainian regions",
		"UKR4 Russian drone attack on a southwestern Ukrainian city",
		"RUS1 Lieutenant General Moskalik killed by a car bomb in Balashikha",
		"RUS2 Witkoff–Putin meeting in Moscow",
	}, notes, "the war, the statements, the proposed plan, the postponed meeting and the responses are not written")

	// E10, the strike of Thursday: missiles first among its methods; Kyiv
	// is its one place that contains no other and stands for one place,
	// with its point if the article gives one; "as many as 12" killed is
	// 12.
	strike := byNotes(t, rs, "Russian missile and drone strikes across Ukraine")
	lat, lon, geo := pointOf(t, "T7")
	assert.Equal(t, map[string]string{
		"event_id_cnty": "UKR1", "event_date": "2025-04-24", "year": "2025", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
		"sub_event_type": "Shelling/artillery/missile attack",
		"actor1":         "Russia", "assoc_actor_1": "", "inter1": "1",
		"actor2": "", "assoc_actor_2": "", "inter2": "0", "interaction": "10",
		"civilian_targeting": "", "iso": "804", "region": "", "country": "Ukraine",
		"admin1": "", "admin2": "", "admin3": "", "location": "Kyiv",
		"latitude": lat, "longitude": lon, "geo_precision": geo,
		"source": "The New York Times; Volodymyr Zelenskyy", "source_scale": "",
		"notes": "Russian missile and drone strikes across Ukraine", "fatalities": "12",
		"tags": "", "timestamp": "",
	}, strike)

	// E12: a ground assault on Ukraine's positions is a battle between two
	// states' forces.
	front := byNotes(t, rs, "Frontline fighting as of April 24")
	assert.Equal(t, []string{"Battles", "Armed clash", "Russia", "1", "Ukraine", "1", "11", "Pokrovsk direction", "Syrskyi; Volodymyr Zelenskyy", "0"},
		[]string{front["event_type"], front["sub_event_type"], front["actor1"], front["inter1"], front["actor2"], front["inter2"], front["interaction"], front["location"], front["source"], front["fatalities"]})

	// E14: "overnight into Friday" is two days, dated by the first, at
	// precision 2; its place stands for five regions, so it is the
	// location and no admin level.
	overnight := byNotes(t, rs, "Overnight drone attack on five Ukrainian regions")
	assert.Equal(t, []string{"2025-04-24", "2", "Air/drone strike", "", "five Ukrainian regions", "Ukraine’s air force"},
		[]string{overnight["event_date"], overnight["time_precision"], overnight["sub_event_type"], overnight["admin1"], overnight["location"], overnight["source"]})

	// E13: three killed in an unnamed city, by its description.
	city := byNotes(t, rs, "Russian drone attack on a southwestern Ukrainian city")
	assert.Equal(t, []string{"2025-04-25", "Air/drone strike", "a southwestern city in Ukraine", "Associated Press", "3"},
		[]string{city["event_date"], city["sub_event_type"], city["location"], city["source"], city["fatalities"]})

	// E15: a car bombing; the attacker is not given (Ukraine is only
	// blamed), so actor1 is empty and the interaction unknown, as is the
	// type of a person.
	bomb := byNotes(t, rs, "Lieutenant General Moskalik killed by a car bomb in Balashikha")
	assert.Equal(t, []string{"RUS1", "Remote explosive/landmine/IED", "", "0", "Yaroslav Moskalik", "", "", "643", "Russia", "Balashikha", "The Guardian", "1"},
		[]string{bomb["event_id_cnty"], bomb["sub_event_type"], bomb["actor1"], bomb["inter1"], bomb["actor2"], bomb["inter2"], bomb["interaction"], bomb["iso"], bomb["country"], bomb["location"], bomb["source"], bomb["fatalities"]})

	// E1: talks on the US plan are an agreement of the strategic
	// developments; the third attendee goes with actor1. The article,
	// whose outlet is not printed, names no source.
	talks := byNotes(t, rs, "Witkoff–Putin meeting in Moscow")
	lat, lon, geo = pointOf(t, "T6")
	assert.Equal(t, []string{"Strategic developments", "Strategic developments", "Agreement", "Steve Witkoff", "Yuri Ushakov", "", "Vladimir Putin", "", "", "Moscow", lat, lon, geo, "", "0"},
		[]string{talks["disorder_type"], talks["event_type"], talks["sub_event_type"], talks["actor1"], talks["assoc_actor_1"], talks["inter1"], talks["actor2"], talks["inter2"], talks["interaction"], talks["location"], talks["latitude"], talks["longitude"], talks["geo_precision"], talks["source"], talks["fatalities"]})
}

// pointOf returns the latitude, longitude and geo_precision cells of a
// city of the article with its own point: its coordinates in four decimal
// places and precision 1, or three empty cells when it has no point.
func pointOf(t testing.TB, census string) (lat, lon, geo string) {
	t.Helper()
	city, ok := examples.MustArticle().Territory(examples.TerritoryID(census))
	require.True(t, ok)
	p := city.Point
	if p.IsZero() {
		return "", "", ""
	}
	require.Contains(t, []territory.Precision{territory.PrecisionExact, territory.PrecisionTown}, p.Precision)
	return strconv.FormatFloat(math.Round(p.Lat*1e4)/1e4, 'f', 4, 64), strconv.FormatFloat(math.Round(p.Lon*1e4)/1e4, 'f', 4, 64), "1"
}

// The article with the Kyiv Independent's later report: the toll of 13
// revises the article's "as many as 12", and the revised figure is left
// for the later one.
func TestWriteArticleUpdated(t *testing.T) {
	s, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	strike := byNotes(t, rows(t, write(t, s)), "Russian missile and drone strikes across Ukraine")
	assert.Equal(t, "13", strike["fatalities"])
	assert.Equal(t, "The New York Times; Volodymyr Zelenskyy; The Kyiv Independent; Tymur Tkachenko", strike["source"])
}

// The other samples have no event ACLED codes: an earthquake, an election,
// a ceasefire whose agreement has no date of its own and whose steps are
// planned, an outbreak.
func TestWriteSamples(t *testing.T) {
	for _, smp := range examples.Samples()[1:] {
		t.Run(smp.Name, func(t *testing.T) {
			s, err := smp.Build()
			require.NoError(t, err)
			assert.Empty(t, rows(t, write(t, s)))
		})
	}
}

func TestWriteNil(t *testing.T) {
	var b bytes.Buffer
	assert.Error(t, acled.Write(&b, nil, acled.Options{}))
	require.NoError(t, acled.Write(&b, new(newsevent.Story), acled.Options{}))
	assert.Equal(t, 1, bytes.Count(b.Bytes(), []byte("\n")), "an empty story is the header alone")
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, assert.AnError }

func TestWriteError(t *testing.T) {
	err := acled.Write(failWriter{}, examples.MustArticle(), acled.Options{})
	assert.ErrorIs(t, err, assert.AnError)
}

// roundTripStories are the stories the round trip is checked on: the
// article, every sample, the article with its update, and generated
// stories.
func roundTripStories(t testing.TB) map[string]*newsevent.Story {
	t.Helper()
	out := map[string]*newsevent.Story{}
	for _, smp := range examples.Samples() {
		s, err := smp.Build()
		require.NoError(t, err)
		out[smp.Name] = s
	}
	s, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	out["article updated"] = s
	for _, seed := range []uint64{1, 2, 3} {
		out["generated "+string(rune('0'+seed))] = synth.Story(300, seed)
	}
	return out
}

// Write(Read(Write(s))) is Write(s): the import reads back what the export
// wrote, and what it makes writes the same rows.
func TestRoundTrip(t *testing.T) {
	for name, s := range roundTripStories(t) {
		t.Run(name, func(t *testing.T) {
			first := write(t, s)
			back, err := acled.Read(bytes.NewReader(first))
			require.NoError(t, err)
			require.NoError(t, back.Validate())
			assert.Equal(t, string(first), string(write(t, back)))
			assert.Len(t, back.Events(), len(rows(t, first)))
		})
	}
	// A generated story has rows of every sort the writer makes.
	rs := rows(t, write(t, synth.Story(300, 1)))
	assert.Greater(t, len(rs), 50)
	types := map[string]bool{}
	for _, r := range rs {
		types[r["sub_event_type"]] = true
	}
	for _, sub := range []string{"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Attack", "Agreement"} {
		assert.True(t, types[sub], sub)
	}
}

// Read(Write(s)), field by field, for the article's strike of Thursday
// and the car bombing in Balashikha: what the columns hold survives.
func TestReadFieldByField(t *testing.T) {
	s, err := acled.Read(bytes.NewReader(write(t, examples.MustArticle())))
	require.NoError(t, err)
	require.Len(t, s.Events(), 6)

	e, ok := s.Event(event.IDFor("acled/event/UKR1"))
	require.True(t, ok)
	o, ok := e.(*event.Other)
	require.True(t, ok, "every row becomes the generic kind")
	assert.Equal(t, "Shelling/artillery/missile attack", o.Action)
	assert.Equal(t, "Russian missile and drone strikes across Ukraine", o.Title)
	assert.Equal(t, source.Day(2025, time.April, 24, ""), o.Time)
	assert.Equal(t, event.StatusOccurred, o.Status)
	assert.Empty(t, o.Description)

	// The place: Kyiv, an area in the country Ukraine (UA), with the
	// article's point of Kyiv in four decimal places, precise: it locates
	// the town the event is in.
	require.Len(t, o.Places, 1)
	kyiv, ok := s.Territory(o.Places[0])
	require.True(t, ok)
	assert.Equal(t, []any{"Kyiv", territory.KindArea, vocab.MustCountry("UA")}, []any{kyiv.Name, kyiv.Kind, kyiv.Country})
	if lat, lon, _ := pointOf(t, "T7"); lat == "" {
		assert.True(t, kyiv.Point.IsZero())
	} else {
		assert.Equal(t, []string{lat, lon, string(territory.PrecisionExact)},
			[]string{strconv.FormatFloat(kyiv.Point.Lat, 'f', 4, 64), strconv.FormatFloat(kyiv.Point.Lon, 'f', 4, 64), string(kyiv.Point.Precision)})
	}
	ukraine, ok := s.Territory(kyiv.Parent)
	require.True(t, ok)
	assert.Equal(t, []any{"Ukraine", territory.KindCountry, vocab.MustCountry("UA"), true}, []any{ukraine.Name, ukraine.Kind, ukraine.Country, ukraine.Parent.IsZero()})

	// The attacker: Russia, of State Forces, an armed force (the model's
	// state is lost).
	require.Len(t, o.Roles, 1)
	assert.Equal(t, event.Role("actor1"), o.Roles[0].Role)
	russia, ok := s.Actor(o.Roles[0].Actor)
	require.True(t, ok)
	assert.Equal(t, []any{"Russia", actor.KindArmedForce, "of ACLED's actor type 1, State Forces"}, []any{russia.Name, russia.Kind, russia.Description})

	// The sources: one report per name.
	var titles []string
	for _, a := range o.Attributions {
		assert.Equal(t, source.VerbReported, a.Verb)
		src, ok := s.Source(a.Source)
		require.True(t, ok)
		assert.Equal(t, source.KindReport, src.Kind)
		titles = append(titles, src.Title)
	}
	assert.Equal(t, []string{"The New York Times", "Volodymyr Zelenskyy"}, titles)

	// The toll: 12 killed, as the row writes it.
	assert.Equal(t, []source.Count{{Value: 12, Qualifier: source.QualifierExact, Text: "12", Measure: source.MeasureKilled}}, o.Figures)

	// The car bombing: no actor1; Moskalik, a person, is a group without
	// a type.
	e, ok = s.Event(event.IDFor("acled/event/RUS1"))
	require.True(t, ok)
	o = e.(*event.Other)
	require.Len(t, o.Roles, 1)
	assert.Equal(t, event.Role("actor2"), o.Roles[0].Role)
	moskalik, _ := s.Actor(o.Roles[0].Actor)
	assert.Equal(t, []any{"Yaroslav Moskalik", actor.KindGroup, ""}, []any{moskalik.Name, moskalik.Kind, moskalik.Description})

	// The overnight attack, at precision 2: the seven days around the
	// 24th, said to be inferred.
	e, ok = s.Event(event.IDFor("acled/event/UKR3"))
	require.True(t, ok)
	tm := event.HeaderOf(e).Time
	assert.Equal(t, time.Date(2025, time.April, 21, 0, 0, 0, 0, time.UTC), tm.Start)
	assert.Equal(t, time.Date(2025, time.April, 27, 0, 0, 0, 0, time.UTC), tm.End)
	assert.Equal(t, source.PrecisionDay, tm.Precision)
	assert.Contains(t, tm.Inferred, "time precision 2")
	assert.Empty(t, event.HeaderOf(e).Figures, "0 fatalities gives no figure")

	// The meeting's third attendee is associated with actor1.
	e, ok = s.Event(event.IDFor("acled/event/RUS2"))
	require.True(t, ok)
	var roles []string
	for _, p := range e.(*event.Other).Roles {
		a, _ := s.Actor(p.Actor)
		roles = append(roles, string(p.Role)+" "+a.Name)
	}
	assert.Equal(t, []string{"actor1 Steve Witkoff", "assoc_actor_1 Yuri Ushakov", "actor2 Vladimir Putin"}, roles)
	// The article names no source of the meeting: the CSV stands for it.
	src, ok := s.Source(event.HeaderOf(e).Attributions[0].Source)
	require.True(t, ok)
	assert.Equal(t, source.KindDocument, src.Kind)
}

func TestReadNil(t *testing.T) {
	_, err := acled.Read(nil)
	assert.Error(t, err)
}
