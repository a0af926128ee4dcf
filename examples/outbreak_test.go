package examples_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

var outbreakKeys = examples.OutbreakKeys

func outbreak(t *testing.T) *newsevent.Story {
	t.Helper()
	s, err := examples.Outbreak()
	require.NoError(t, err)
	return s
}

// outbreakEvent returns the sample's event with this census ID.
func outbreakEvent(t *testing.T, s *newsevent.Story, census string) event.Event {
	t.Helper()
	e, found := s.Event(outbreakKeys.Event(census))
	require.True(t, found, census)
	return e
}

// outbreakFigure returns the figure with this census ref, wherever it is
// in the story: in an event or in a territory.
func outbreakFigure(t *testing.T, s *newsevent.Story, ref string) source.Count {
	t.Helper()
	for _, e := range s.Events() {
		for _, c := range event.Figures(e) {
			if c.Ref == ref {
				return c
			}
		}
	}
	for _, tr := range s.Territories() {
		for _, c := range tr.Figures {
			if c.Ref == ref {
				return c
			}
		}
	}
	t.Fatalf("no figure %s", ref)
	return source.Count{}
}

// outbreakPlaces returns the census IDs of these territories.
func outbreakPlaces(ids []territory.ID) []string {
	var out []string
	for _, id := range ids {
		out = append(out, examples.OutbreakLabel(uuid.UUID(id)))
	}
	return out
}

func outbreakIDs(events []event.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, examples.OutbreakLabel(uuid.UUID(e.Head().ID)))
	}
	return out
}

func TestOutbreakSample(t *testing.T) {
	s := outbreak(t)
	checkSample(t, "outbreak", s, examples.OutbreakLabel)
	ids := checkCensus(t, "outbreak", examples.OutbreakKeys, s)
	assert.Equal(t, ids, examples.OutbreakCensus(), "OutbreakCensus lists the census of testdata/outbreak/CENSUS.md, in its order")
	assert.Equal(t, newsevent.Counts{Actors: 3, Territories: 23, Sources: 6, Events: 13}, s.Counts())
	for _, id := range ids {
		if u := outbreakKeys.ID(id); u != (uuid.UUID{}) {
			assert.Equal(t, id, examples.OutbreakLabel(u))
		}
	}
}

func TestOutbreakIsTheSameEveryTime(t *testing.T) {
	a, err := outbreak(t).MarshalIndent("", "  ")
	require.NoError(t, err)
	b, err := examples.MustOutbreak().MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
	assert.NotEqual(t, outbreakKeys.Event("E1"), examples.EventID("E1"), "the sample's IDs are its own")
}

func TestOutbreakFigures(t *testing.T) {
	s := outbreak(t)
	june := time.Date(2024, time.June, 1, 0, 0, 0, 0, time.UTC)
	year := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		ref     string
		text    string
		value   float64
		q       source.Qualifier
		measure source.Measure
		unit    source.Unit
		in      []string
		asOf    time.Time
		asText  string
		source  string
	}{
		{"F1", "61%", 61, source.QualifierExact, "case_increase", source.UnitPercent, []string{"T8"}, june, "in June", "S0"},
		{"F2", "934", 934, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T19"}, june, "In June", "S1"},
		{"F3", "four", 4, source.QualifierExact, source.MeasureDeaths, "", []string{"T19"}, june, "In June", "S1"},
		{"F4", "26", 26, source.QualifierExact, "countries", "", nil, time.Time{}, "", "S1"},
		{"F5", "61%", 61, source.QualifierExact, source.MeasureConfirmedCases, source.UnitPercent, []string{"T13"}, june, "in June", "S1"},
		{"F6", "567", 567, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T13"}, june, "In June", "S1"},
		{"F7", "175", 175, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T14"}, june, "In June", "S1"},
		{"F8", "100", 100, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T15"}, june, "In June", "S1"},
		{"F9", "81", 81, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T16"}, june, "In June", "S1"},
		{"F10", "11", 11, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T17"}, june, "In June", "S1"},
		{"F11", "no cases", 0, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T18"}, june, "In June", "S1"},
		{"F12", "96%", 96, source.QualifierExact, source.MeasureConfirmedCases, source.UnitPercent, []string{"T1"}, time.Time{}, "", "S1"},
		{"F13", "only 24%", 24, source.QualifierExact, "tested", source.UnitPercent, []string{"T1"}, year, "In 2024", "S1"},
		{"F14", "65%", 65, source.QualifierExact, "positivity_rate", source.UnitPercent, []string{"T1"}, year, "In 2024", "S1"},
		{"F15", "two", 2, source.QualifierExact, source.MeasureCases, "", []string{"T7"}, time.Time{}, "", "S1"},
		{"F16", "over 18,000", 18000, source.QualifierMoreThan, source.MeasureSuspectedCases, "", []string{"T1"}, time.Time{}, "this year", "S5"},
		{"F17", "629", 629, source.QualifierExact, source.MeasureDeaths, "", []string{"T1"}, time.Time{}, "this year", "S5"},
		{"F18", "more than 5,000", 5000, source.QualifierMoreThan, source.MeasureCases, "", []string{"T20", "T21"}, time.Time{}, "", "S5"},
		{"F19", "31", 31, source.QualifierExact, source.MeasureDeaths, "", []string{"T20", "T21"}, time.Time{}, "", "S5"},
		{"F20", "258", 258, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T2"}, time.Time{}, "", "S5"},
		{"F21", "four", 4, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T4"}, time.Time{}, "", "S5"},
		{"F22", "four", 4, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T5"}, time.Time{}, "", "S5"},
		{"F23", "one", 1, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T3"}, time.Time{}, "", "S5"},
		{"F24", "one each", 1, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T22"}, time.Time{}, "", "S5"},
		{"F25", "one each", 1, source.QualifierExact, source.MeasureConfirmedCases, "", []string{"T23"}, time.Time{}, "", "S5"},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c := outbreakFigure(t, s, tc.ref)
			assert.Equal(t, tc.text, c.Text)
			assert.Equal(t, tc.value, c.Value)
			assert.Equal(t, tc.q, c.Qualifier)
			assert.Equal(t, tc.measure, c.Measure)
			assert.Equal(t, tc.unit, c.Unit)
			assert.Equal(t, tc.in, outbreakPlaces(c.In))
			assert.Equal(t, tc.asOf, c.AsOf.Start)
			assert.Equal(t, tc.asText, c.AsOf.Text)
			if !tc.asOf.IsZero() {
				want := source.PrecisionMonth
				if tc.asOf == year {
					want = source.PrecisionYear
				}
				assert.Equal(t, want, c.AsOf.Precision)
			}
			require.Len(t, c.Attributions, 1)
			assert.Equal(t, outbreakKeys.Source(tc.source), c.Attributions[0].Source)
			assert.True(t, c.Usable(), "every figure is actual, not denied")
		})
	}

	// Measure families: the June figures are cases; the tested share is
	// of the suspected cases, which are not a kind of cases.
	assert.Equal(t, source.MeasureCases, outbreakFigure(t, s, "F2").Family())
	assert.Equal(t, source.MeasureKilled, outbreakFigure(t, s, "F3").Family())
	assert.Equal(t, source.MeasureSuspectedCases, outbreakFigure(t, s, "F13").Family())
	assert.Equal(t, source.MeasureSuspectedCases, outbreakFigure(t, s, "F16").Family())
	// Tedros's clade 1b figures count the cases of one clade only.
	for _, ref := range []string{"F20", "F21", "F22", "F23", "F24", "F25"} {
		assert.Equal(t, source.Subject("clade_1b"), outbreakFigure(t, s, ref).Subject, ref)
	}
	// The June breakdown by region adds up to the world's total.
	var sum float64
	for _, ref := range []string{"F6", "F7", "F8", "F9", "F10", "F11"} {
		sum += outbreakFigure(t, s, ref).Value
	}
	assert.Equal(t, outbreakFigure(t, s, "F2").Value, sum)
	// The 26 countries are a group of unnamed countries whose number is a
	// figure of the place.
	countries, found := s.Territory(outbreakKeys.Territory("T19"))
	require.True(t, found)
	assert.True(t, countries.Group)
	assert.Empty(t, countries.Name)
	require.Len(t, countries.Figures, 1)
	assert.Equal(t, "F4", countries.Figures[0].Ref)
}

func TestOutbreakIsAnEpidemic(t *testing.T) {
	s := outbreak(t)
	e := outbreakEvent(t, s, "E1").(*event.Disaster)
	assert.Equal(t, event.HazardEpidemic, e.Hazard)
	assert.Equal(t, event.StatusOngoing, e.Status)
	require.Len(t, e.Names, 1)
	assert.Equal(t, "multi-country mpox outbreak", e.Names[0].Text)
	assert.Equal(t, outbreakKeys.Actor("A1"), e.Names[0].UsedBy)
	assert.Equal(t, []string{"T19", "T8", "T13", "T14", "T15", "T16", "T17", "T1"}, outbreakPlaces(e.Affected))
	for _, id := range []string{"E5", "E10"} {
		d := outbreakEvent(t, s, id).(*event.Disaster)
		assert.Equal(t, event.HazardEpidemic, d.Hazard, id)
	}
	// WHO regions are areas, neither countries nor subdivisions.
	for _, id := range []string{"T13", "T14", "T15", "T16", "T17", "T18"} {
		r, found := s.Territory(outbreakKeys.Territory(id))
		require.True(t, found)
		assert.Equal(t, territory.KindArea, r.Kind, id)
		assert.True(t, r.Country.IsZero(), id)
	}
}

func TestOutbreakRelay(t *testing.T) {
	s := outbreak(t)
	var chain []string
	for _, src := range s.Chain(outbreakKeys.Source("S1")) {
		chain = append(chain, examples.OutbreakLabel(uuid.UUID(src.ID)))
	}
	assert.Equal(t, []string{"S1", "S0"}, chain, "the WHO report reached the reader through the article")

	report, found := s.Source(outbreakKeys.Source("S1"))
	require.True(t, found)
	assert.Equal(t, source.KindReport, report.Kind)
	assert.Equal(t, outbreakKeys.Actor("A1"), report.Publisher)
	assert.Equal(t, time.Date(2024, time.August, 12, 0, 0, 0, 0, time.UTC), report.Published.Start)
	assert.Equal(t, source.PrecisionDay, report.Published.Precision)
	assert.Equal(t, "on August 12", report.Published.Text)

	article, found := s.Source(outbreakKeys.Source("S0"))
	require.True(t, found)
	assert.Equal(t, outbreakKeys.Actor("A2"), article.Publisher)
	assert.Equal(t, "WHO report: New mpox cases in Africa surge by 61% in June", article.Title)
	assert.Equal(t, "https://newtimes.co.rw/article/19175/news/health/who-report-new-mpox-cases-in-africa-surge-by-61-in-june", article.URL)
	assert.True(t, article.Excerpt, "the text read breaks off in the risk assessment")
	assert.Equal(t, source.BoundNotBefore, article.Published.Bound, "the article's date is not printed")
	assert.Equal(t, report.Published.Start, article.Published.Start)
	assert.NotEmpty(t, article.PublishedInferred)
	assert.Equal(t, []source.ID{outbreakKeys.Source("S2"), outbreakKeys.Source("S3")}, article.Related)

	// Every figure of the body is the report's, relayed; only the
	// headline's is the article's own.
	for _, c := range event.Figures(outbreakEvent(t, s, "E1")) {
		want := outbreakKeys.Source("S1")
		if c.Ref == "F1" {
			want = outbreakKeys.Source("S0")
		}
		assert.Equal(t, want, c.Attributions[0].Source, c.Ref)
	}

	// The background comes with its own chain, and nothing of the report
	// cites it.
	chain = chain[:0]
	for _, src := range s.Chain(outbreakKeys.Source("S5")) {
		chain = append(chain, examples.OutbreakLabel(uuid.UUID(src.ID)))
	}
	assert.Equal(t, []string{"S5", "S4"}, chain)
	for _, e := range s.Events() {
		background := e.Head().ID == outbreakKeys.Event("E13")
		for _, c := range event.Figures(e) {
			for _, a := range c.Attributions {
				isBackground := a.Source == outbreakKeys.Source("S4") || a.Source == outbreakKeys.Source("S5")
				assert.Equal(t, background, isBackground, "%s of %s", c.Ref, e.Head().Title)
			}
		}
	}
	tedros, found := s.Actor(outbreakKeys.Actor("A3"))
	require.True(t, found)
	assert.Contains(t, tedros.Description, "background")
}

func TestOutbreakFirstCases(t *testing.T) {
	s := outbreak(t)
	window := source.Between(time.Date(2024, time.July, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, time.August, 1, 0, 0, 0, 0, time.UTC),
		source.PrecisionMonth, "from July to August 2024")
	for country, census := range map[string]string{"T2": "E6", "T3": "E7", "T4": "E8", "T5": "E9"} {
		in := s.EventsIn(outbreakKeys.Territory(country))
		i := slices.IndexFunc(in, func(e event.Event) bool { return e.Head().ID == outbreakKeys.Event(census) })
		require.GreaterOrEqual(t, i, 0, "%s is in %s", census, country)
		first := in[i].(*event.Other)
		assert.Equal(t, "reported its first mpox cases", first.Action)
		assert.Equal(t, window, first.Time)
		assert.Equal(t, []string{country}, outbreakPlaces(first.Places))
		assert.True(t, hasOutbreakLink(first, event.LinkPartOf, "E5"), "%s is linked to the outbreak in East and Central Africa", census)
		require.Len(t, first.Notes, 1)
		assert.Equal(t, "identified as clade I", first.Notes[0].Text)
		assert.Equal(t, outbreakKeys.Source("S1"), first.Attributions[0].Source)
	}
	// The four are in Eastern Africa, and that is all that happens there
	// in the report.
	assert.ElementsMatch(t, []string{"E6", "E7", "E8", "E9"}, outbreakIDs(s.EventsIn(outbreakKeys.Territory("T9"))))
	// On the timeline, the first cases (from July) come before the
	// report's release (August 12), and the undated outbreak after both.
	tl := outbreakIDs(s.Timeline())
	for _, id := range []string{"E6", "E7", "E8", "E9"} {
		assert.Less(t, slices.Index(tl, id), slices.Index(tl, "E2"), id)
		assert.Less(t, slices.Index(tl, id), slices.Index(tl, "E1"), id)
	}
}

func hasOutbreakLink(e event.Event, typ event.LinkType, to string) bool {
	return slices.ContainsFunc(e.AllLinks(), func(l event.Link) bool { return l.Type == typ && l.To == outbreakKeys.Event(to) })
}

func TestOutbreakUnderestimates(t *testing.T) {
	s := outbreak(t)
	for _, census := range []string{"E3", "E4"} {
		st := outbreakEvent(t, s, census).(*event.Statement)
		assert.Equal(t, outbreakKeys.Actor("A1"), st.Speaker, census)
		assert.Equal(t, []event.SpeechAct{event.SpeechAssess}, st.Acts, census)
		assert.Equal(t, outbreakKeys.Source("S1"), st.Medium, census)
		assert.True(t, hasOutbreakLink(st, event.LinkQualifies, "E1"), "%s qualifies the outbreak's figures", census)
		assert.True(t, hasOutbreakLink(st, event.LinkPartOf, "E2"), "%s is a finding of the report", census)
	}
	// Who says the figures of E1 are too low: the statements that
	// qualify it.
	var qualifiers []string
	for _, e := range s.Events() {
		if hasOutbreakLink(e, event.LinkQualifies, "E1") {
			qualifiers = append(qualifiers, examples.OutbreakLabel(uuid.UUID(e.Head().ID)))
		}
	}
	assert.Equal(t, []string{"E3", "E4"}, qualifiers)
	assert.Equal(t, []string{"T1"}, outbreakPlaces(outbreakEvent(t, s, "E4").Head().Places), "the burden of DR Congo")

	risk := outbreakEvent(t, s, "E12").(*event.Statement)
	assert.Equal(t, []string{"T11", "T12"}, outbreakPlaces(risk.Places))
	eastern, found := s.Territory(outbreakKeys.Territory("T11"))
	require.True(t, found)
	assert.Empty(t, eastern.Name)
	assert.Equal(t, "eastern DR Congo", eastern.Description)
	assert.Equal(t, outbreakKeys.Territory("T1"), eastern.Parent)
}

func TestOutbreakGroupsByRegion(t *testing.T) {
	s := outbreak(t)
	toll := outbreakEvent(t, s, "E1").(*event.Disaster).Toll

	// Groups never adds a region's figure to the world's, nor a share to
	// a number: each place and unit is a group of its own.
	groups := source.Groups(toll)
	var firsts []string
	for _, g := range groups {
		require.Len(t, g, 1, "no two figures of the toll count the same thing")
		firsts = append(firsts, g[0].Ref)
	}
	assert.Equal(t, []string{"F1", "F2", "F3", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13", "F14"}, firsts)

	// The African Region's figures: a number and a share, two groups.
	var african []source.Count
	for _, c := range toll {
		if slices.Equal(outbreakPlaces(c.In), []string{"T13"}) {
			african = append(african, c)
		}
	}
	require.Len(t, african, 2)
	split := source.Groups(african)
	require.Len(t, split, 2)
	assert.Equal(t, "F5", split[0][0].Ref)
	assert.Equal(t, "F6", split[1][0].Ref)
	latest, found := source.Latest(split[1])
	require.True(t, found)
	assert.Equal(t, 567.0, latest.Value)
	assert.Equal(t, "In June", latest.AsOf.Text)

	// Highest, Lowest and Latest choose among the figures comparable
	// with the first usable one: from the world's June total on, that is
	// 934, never the larger-looking share or a region's 567.
	high, found := source.Highest(toll[1:])
	require.True(t, found)
	assert.Equal(t, "F2", high.Ref)
	low, found := source.Lowest(toll[1:])
	require.True(t, found)
	assert.Equal(t, "F2", low.Ref)

	// DR Congo: the report's share, testing and positivity rates and the
	// background's suspected cases and deaths are five different things.
	var congo []source.Count
	for _, e := range s.Events() {
		for _, c := range event.Figures(e) {
			if slices.Equal(outbreakPlaces(c.In), []string{"T1"}) {
				congo = append(congo, c)
			}
		}
	}
	var refs []string
	for _, g := range source.Groups(congo) {
		refs = append(refs, g[0].Ref)
	}
	assert.ElementsMatch(t, []string{"F12", "F13", "F14", "F16", "F17"}, refs)
}

func TestOutbreakEventsIn(t *testing.T) {
	s := outbreak(t)
	// The African Region holds DR Congo, and DR Congo eastern DR Congo:
	// the outbreak, the statement on DR Congo's burden and the risk
	// assessment.
	assert.ElementsMatch(t, []string{"E1", "E4", "E12"}, outbreakIDs(s.EventsIn(outbreakKeys.Territory("T13"))))
	// Africa holds the African Region, Eastern Africa, East and Central
	// Africa, Côte d'Ivoire and South Africa.
	assert.ElementsMatch(t, []string{"E1", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12"},
		outbreakIDs(s.EventsIn(outbreakKeys.Territory("T8"))))
	// The Eastern Mediterranean Region reported no cases: it is a place of
	// a figure (F11), not of an event.
	assert.Empty(t, s.EventsIn(outbreakKeys.Territory("T18")))
	assert.Equal(t, []string{"T18"}, outbreakPlaces(outbreakFigure(t, s, "F11").In))
}

// ExampleOutbreak reads the June 2024 toll of the multi-country mpox
// outbreak by WHO region, and the countries that reported their first
// cases.
func ExampleOutbreak() {
	s := examples.MustOutbreak()
	k := examples.OutbreakKeys
	e, _ := s.Event(k.Event("E1"))
	outbreak := e.(*event.Disaster)
	fmt.Println(outbreak.Title, "("+outbreak.Hazard+")")
	for _, c := range outbreak.Toll {
		if c.Measure != source.MeasureConfirmedCases || c.Unit != "" {
			continue
		}
		place, _ := s.Territory(c.In[0])
		name := place.Name
		if name == "" {
			name = place.Description
		}
		fmt.Printf("%s, %s: %v\n", c.AsOf.Start.Format("2006-01"), name, c.Value)
	}
	eastern, _ := s.Territory(k.Territory("T9"))
	fmt.Print("first cases in ", eastern.Name, ":")
	for _, first := range s.EventsIn(k.Territory("T9")) {
		place, _ := s.Territory(first.Head().Places[0])
		fmt.Print(" ", place.Name)
	}
	fmt.Println()
	// Output:
	// Multi-country mpox outbreak (epidemic)
	// 2024-06, 26 countries: 934
	// 2024-06, African Region: 567
	// 2024-06, Americas: 175
	// 2024-06, European Region: 100
	// 2024-06, Western Pacific Region: 81
	// 2024-06, South-East Asia Region: 11
	// 2024-06, Eastern Mediterranean Region: 0
	// first cases in Eastern Africa: Burundi Kenya Rwanda Uganda
}
