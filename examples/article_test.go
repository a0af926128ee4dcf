package examples_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/format/timeline"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func article(t *testing.T) *newsevent.Story {
	t.Helper()
	s, err := examples.Article()
	require.NoError(t, err)
	return s
}

func TestArticleValidates(t *testing.T) {
	s := article(t)
	require.NoError(t, s.Validate())
	assert.Equal(t, newsevent.Counts{Actors: 23, Territories: 20, Sources: 15, Statuses: 6, Events: 19}, s.Counts())
}

func TestArticleIsTheSameEveryTime(t *testing.T) {
	a, err := json.Marshal(article(t))
	require.NoError(t, err)
	b, err := json.Marshal(article(t))
	require.NoError(t, err)
	assert.Equal(t, a, b)
	// The IDs are derived from the census IDs (UUID version 5): the same
	// census ID gives the same ID, another census ID another one.
	assert.Equal(t, uuid.Version(5), uuid.UUID(examples.EventID("E1")).Version())
	assert.Equal(t, examples.EventID("E1"), examples.EventID("E1"))
	assert.NotEqual(t, examples.EventID("E1"), examples.EventID("E2"))
	assert.NotEqual(t, uuid.UUID(examples.ActorID("A1")), uuid.UUID(examples.TerritoryID("A1")))
}

// refs collects every "ref" in the story's JSON: clauses, quotes, figures
// and links carry their census IDs there.
func refs(t *testing.T, s *newsevent.Story) map[string]int {
	t.Helper()
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	found := map[string]int{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if r, ok := v["ref"].(string); ok {
				found[r]++
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	return found
}

func event_(t *testing.T, s *newsevent.Story, census string) event.Event {
	t.Helper()
	e, ok := s.Event(examples.EventID(census))
	require.True(t, ok, census)
	return e
}

func hasLink(e event.Event, typ event.LinkType, to string) bool {
	return slices.ContainsFunc(e.AllLinks(), func(l event.Link) bool { return l.Type == typ && l.To == examples.EventID(to) })
}

// TestEveryCensusItem lists every item of the article's census and finds it
// in the story.
func TestEveryCensusItem(t *testing.T) {
	s := article(t)
	for _, id := range []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14",
		"A15", "A15.1", "A15.2", "A16", "A17", "A18", "A19", "A20", "A21"} {
		_, ok := s.Actor(examples.ActorID(id))
		assert.True(t, ok, id)
	}
	for i := 1; i <= 20; i++ {
		id := "T" + itoa(i)
		_, ok := s.Territory(examples.TerritoryID(id))
		assert.True(t, ok, id)
	}
	for _, id := range []string{"TS1", "TS2", "TS3", "TS4", "TS5", "TS6"} {
		_, ok := s.Status(examples.StatusID(id))
		assert.True(t, ok, id)
	}
	for _, id := range []string{"S0", "S0.also-read", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13"} {
		_, ok := s.Source(examples.SourceID(id))
		assert.True(t, ok, id)
	}
	for i := 1; i <= 19; i++ {
		event_(t, s, "E"+itoa(i))
	}
	framework := event_(t, s, "E2").(*event.Proposal)
	for i, c := range framework.Clauses {
		assert.Equal(t, "C"+itoa(i+1), c.Ref)
	}
	assert.Len(t, framework.Clauses, 9)

	found := refs(t, s)
	for _, id := range []string{"Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12",
		"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
		"R1", "R2", "R3", "R4", "R6", "R7", "R8", "R11"} {
		assert.Positive(t, found[id], "%s is not in the story's JSON", id)
	}
	// Relations held by typed fields rather than links with a ref.
	assert.True(t, hasLink(event_(t, s, "E3"), event.LinkRespondsTo, "E2"), "R5: E3 responds to E2")
	assert.True(t, hasLink(event_(t, s, "E17"), event.LinkAbout, "E1"), "R9: E17 is about E1")
	assert.True(t, hasLink(event_(t, s, "E18"), event.LinkAbout, "E1"), "R9: E18 is about E1")
	assert.True(t, hasLink(event_(t, s, "E1"), event.LinkAbout, "E2"), "R10: E1 discusses E2")
	// R1: E10, E14 and E15 preceded E1; R8: E10, E12-E15 are part of E9.
	for _, id := range []string{"E10", "E14", "E15"} {
		assert.True(t, hasLink(event_(t, s, id), event.LinkPrecedes, "E1"), "R1 %s", id)
	}
	for _, id := range []string{"E10", "E12", "E13", "E14", "E15"} {
		assert.True(t, hasLink(event_(t, s, id), event.LinkPartOf, "E9"), "R8 %s", id)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// figure finds the figure with this census ref in the event.
func figure(t *testing.T, e event.Event, ref string) source.Count {
	t.Helper()
	for _, c := range event.Figures(e) {
		if c.Ref == ref {
			return c
		}
	}
	t.Fatalf("%s has no figure %s", e.Head().Title, ref)
	return source.Count{}
}

func TestFiguresKeepTheirQualifiers(t *testing.T) {
	s := article(t)
	for _, tc := range []struct {
		ref, event, text string
		measure          source.Measure
		source           string
		qualifier        source.Qualifier
		value            float64
	}{
		{"F1", "E1", "three-hour-long", "duration", "S0", source.QualifierExact, 3},
		{"F2", "E10", "as many as 12", "killed", "S2", source.QualifierAsManyAs, 12},
		{"F3", "E10", "90", "injured", "S2", source.QualifierExact, 90},
		{"F4", "E10", "nearly 70", "missiles", "S3", source.QualifierNearly, 70},
		{"F5", "E10", "about 150", "drones", "S3", source.QualifierAbout, 150},
		{"F6", "E12", "Nearly 150", "attacks", "S10", source.QualifierNearly, 150},
		{"F7", "E12", "over 4,500", "shelling", "S10", source.QualifierMoreThan, 4500},
		{"F8", "E13", "three", "killed", "S4", source.QualifierExact, 3},
		{"F9", "E13", "10", "injured", "S4", source.QualifierExact, 10},
		{"F10", "E14", "103", "drones", "S5", source.QualifierExact, 103},
		{"F11", "E14", "five", "regions_targeted", "S5", source.QualifierExact, 5},
		{"F12", "E9", "fourth", "year_of_war", "S0", source.QualifierExact, 4},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c := figure(t, event_(t, s, tc.event), tc.ref)
			assert.Equal(t, tc.qualifier, c.Qualifier)
			assert.Equal(t, tc.value, c.Value)
			assert.Equal(t, tc.text, c.Text)
			assert.Equal(t, tc.measure, c.Measure)
			require.NotEmpty(t, c.Attributions)
			assert.Equal(t, examples.SourceID(tc.source), c.Attributions[0].Source)
		})
	}
	missiles := figure(t, event_(t, s, "E10"), "F4")
	assert.Equal(t, []string{"ballistic missiles"}, missiles.Includes)
	assert.Equal(t, source.UnitOrdinal, figure(t, event_(t, s, "E9"), "F12").Unit)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestWeekdaysResolve(t *testing.T) {
	s := article(t)
	thursday := event_(t, s, "E10").Head().Time
	assert.Equal(t, day(2025, time.April, 24), thursday.Start)
	assert.Equal(t, source.PrecisionDay, thursday.Precision)
	assert.Equal(t, "Thursday", thursday.Text)
	friday := event_(t, s, "E13").Head().Time
	assert.Equal(t, day(2025, time.April, 25), friday.Start)
	assert.Equal(t, "On Friday", friday.Text)
	overnight := event_(t, s, "E14").Head().Time
	assert.Equal(t, day(2025, time.April, 24), overnight.Start)
	assert.Equal(t, day(2025, time.April, 25), overnight.End)
	war := event_(t, s, "E9").Head().Time
	assert.Equal(t, source.BoundSince, war.Bound)
	assert.Equal(t, 2022, war.Start.Year())
	published, ok := s.Source(examples.SourceID("S0"))
	require.True(t, ok)
	assert.Equal(t, source.BoundNotBefore, published.Published.Bound, "the article's date is not printed")
	assert.Equal(t, day(2025, time.April, 25), published.Published.Start)
}

func TestLondonTalksArePostponed(t *testing.T) {
	s := article(t)
	talks := event_(t, s, "E5").(*event.Meeting)
	assert.Equal(t, event.StatusPostponed, talks.Status)
	assert.Equal(t, day(2025, time.April, 23), talks.Time.Start, "a postponed event keeps its scheduled date")
	assert.Equal(t, []territory.ID{examples.TerritoryID("T8")}, talks.Header.Places)
	assert.True(t, hasLink(talks, event.LinkCausedBy, "E6"), "linked to Rubio's absence")
	skip := event_(t, s, "E6").(*event.Response)
	assert.Equal(t, event.ResponseSkip, skip.Act)
	assert.Equal(t, examples.ActorID("A5"), skip.Responder)
	assert.Equal(t, examples.EventID("E5"), skip.To)
}

func TestRelayChain(t *testing.T) {
	s := article(t)
	var chain []string
	for _, src := range s.Chain(examples.SourceID("S10")) {
		chain = append(chain, src.ID.String())
	}
	assert.Equal(t, []string{examples.SourceID("S10").String(), examples.SourceID("S9").String(), examples.SourceID("S0").String()}, chain)
}

func TestUnnamedPlacesStayUnnamed(t *testing.T) {
	s := article(t)
	for id, words := range map[string]string{"T18": "a southwestern city in Ukraine", "T19": "five Ukrainian regions", "T20": "cities across the country"} {
		p, ok := s.Territory(examples.TerritoryID(id))
		require.True(t, ok)
		assert.Empty(t, p.Name, id)
		assert.Equal(t, words, p.Description, id)
	}
}

func TestKyivIsBlamedByAnUnnamedAccuser(t *testing.T) {
	s := article(t)
	killing := event_(t, s, "E15").(*event.Attack)
	assert.True(t, killing.Attacker.IsZero(), "the article names no attacker")
	require.Len(t, killing.Responsibility, 1)
	c := killing.Responsibility[0]
	assert.Equal(t, examples.ActorID("A12"), c.Actor)
	assert.True(t, c.By.IsZero())
	assert.Equal(t, source.VerbBlamed, c.Verb)
	assert.Equal(t, "186", killing.Codes().CAMEO)
}

func TestQuotesAreWhole(t *testing.T) {
	s := article(t)
	interview := event_(t, s, "E8").(*event.Statement)
	i := slices.IndexFunc(interview.Quotes, func(q source.Quote) bool { return q.Ref == "Q4" })
	require.GreaterOrEqual(t, i, 0)
	q4 := interview.Quotes[i]
	assert.True(t, q4.Elided)
	assert.Contains(t, q4.Text, "by the fake news ... Obviously")
	assert.Equal(t, examples.SourceID("S7"), q4.Medium)
	post := event_(t, s, "E12").Head().Attributions[1].Quotes[0]
	assert.Equal(t, "Q11", post.Ref)
	assert.True(t, post.Truncated)
	assert.Contains(t, post.Text, "I am grateful to all our…")
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./examples -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; run go test ./examples -update if the change is meant", path)
}

func TestTimelineGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, article(t), timeline.Options{Label: examples.CensusLabel}))
	golden(t, "timeline.golden", b.Bytes())
}

func TestJSONGolden(t *testing.T) {
	data, err := article(t).MarshalIndent("", "  ")
	require.NoError(t, err)
	golden(t, "story.json.golden", append(data, '\n'))
	// The golden JSON decodes back into the same story.
	var back newsevent.Story
	require.NoError(t, json.Unmarshal(data, &back))
	require.NoError(t, back.Validate())
	again, err := back.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, data, again)
}

func TestDOTGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, article(t), dot.Options{Label: examples.CensusLabel}))
	golden(t, "story.dot.golden", b.Bytes())
}

func TestCensusList(t *testing.T) {
	ids := examples.Census()
	assert.Len(t, ids, 23+20+15+6+19)
	assert.Equal(t, "A1", ids[0])
	assert.Equal(t, "E19", ids[len(ids)-1])
}

// TestNamedPlacesAreOnTheMap: every place the article names has a point,
// no finer than what its source locates (a region is a region, a country
// a country), so that a map of the article shows each of them; the
// unnamed ones have none.
func TestNamedPlacesAreOnTheMap(t *testing.T) {
	s := article(t)
	coarsest := map[territory.Kind]territory.Precision{
		territory.KindCountry: territory.PrecisionCountry,
		territory.KindRegion:  territory.PrecisionRegion,
	}
	named := 0
	for _, p := range s.Territories() {
		if p.Name == "" {
			assert.True(t, p.Point.IsZero(), "unnamed %s has a point", p.Description)
			continue
		}
		named++
		if !assert.False(t, p.Point.IsZero(), "%s has no point", p.Name) {
			continue
		}
		if want, ok := coarsest[p.Kind]; ok {
			assert.Equal(t, want, p.Point.Precision, p.Name)
		}
		assert.InDelta(t, 0, p.Point.Lat, 90, p.Name)
		assert.InDelta(t, 0, p.Point.Lon, 180, p.Name)
	}
	assert.Equal(t, 17, named, "the census names 17 places (T1-T17)")
}
