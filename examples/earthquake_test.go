package examples_test

import (
	"encoding/json"
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

var quakeKeys = examples.EarthquakeKeys

func quakeStory(t *testing.T) *newsevent.Story {
	t.Helper()
	s, err := examples.Earthquake()
	require.NoError(t, err)
	return s
}

func quakeEvent(t *testing.T, s *newsevent.Story, census string) event.Event {
	t.Helper()
	e, ok := s.Event(quakeKeys.Event(census))
	require.True(t, ok, census)
	return e
}

// quakeToll returns the toll of the earthquakes, E1.
func quakeToll(t *testing.T, s *newsevent.Story) []source.Count {
	t.Helper()
	d, ok := quakeEvent(t, s, "E1").(*event.Disaster)
	require.True(t, ok, "E1 is a disaster")
	return d.Toll
}

// quakeFigure finds the figure with this census ref in any event.
func quakeFigure(t *testing.T, s *newsevent.Story, ref string) source.Count {
	t.Helper()
	for _, e := range s.Events() {
		for _, c := range event.Figures(e) {
			if c.Ref == ref {
				return c
			}
		}
	}
	t.Fatalf("no figure %s", ref)
	return source.Count{}
}

func quakeRefs(counts []source.Count) []string {
	out := make([]string, len(counts))
	for i, c := range counts {
		out[i] = c.Ref
	}
	return out
}

func quakeHas(e event.Event, typ event.LinkType, to string) bool {
	return slices.ContainsFunc(e.AllLinks(), func(l event.Link) bool { return l.Type == typ && l.To == quakeKeys.Event(to) })
}

func quakeInstant(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEarthquakeSample(t *testing.T) {
	s := quakeStory(t)
	checkSample(t, "earthquake", s, examples.EarthquakeLabel)
	ids := checkCensus(t, "earthquake", quakeKeys, s)
	assert.Equal(t, ids, examples.EarthquakeCensus(), "EarthquakeCensus lists the census of testdata/earthquake/CENSUS.md, in its order")
	assert.Equal(t, newsevent.Counts{Actors: 20, Territories: 21, Sources: 23, Statuses: 3, Events: 16}, s.Counts())
	for _, id := range ids {
		if u := quakeKeys.ID(id); u != (uuid.UUID{}) {
			assert.Equal(t, id, examples.EarthquakeLabel(u))
		}
	}
}

func TestEarthquakeIsTheSameEveryTime(t *testing.T) {
	a, err := json.Marshal(quakeStory(t))
	require.NoError(t, err)
	b, err := json.Marshal(examples.MustEarthquake())
	require.NoError(t, err)
	assert.Equal(t, a, b)
	assert.NotEqual(t, quakeKeys.Event("E1"), examples.EventID("E1"), "the sample's IDs are not the article's")
}

// TestEarthquakeFigures checks each toll as the sources give it: its
// measure, qualifier, number (or magnitude), place, modality and who
// gives it.
func TestEarthquakeFigures(t *testing.T) {
	s := quakeStory(t)
	for _, tc := range []struct {
		ref, text string
		measure   source.Measure
		qualifier source.Qualifier
		value     float64
		magnitude source.Magnitude
		modality  source.Modality
		in        []string
		source    string
		verb      source.Verb
	}{
		{"F1", "more than 15,000", "killed", source.QualifierMoreThan, 15000, "", "", []string{"T1", "T2"}, "S0", source.VerbReported},
		{"F2", "more than 15,000", "killed", source.QualifierMoreThan, 15000, "", source.ModalityFeared, []string{"T1", "T2"}, "S0", source.VerbReported},
		{"F3", "At least 12,391", "killed", source.QualifierAtLeast, 12391, "", "", []string{"T1"}, "S0", source.VerbReported},
		{"F4", "62,914", "injured", source.QualifierExact, 62914, "", "", []string{"T1"}, "S0", source.VerbReported},
		{"F5", "2,992", "killed", source.QualifierExact, 2992, "", "", []string{"T4"}, "S0", source.VerbReported},
		{"F6", "Thousands", "buildings_collapsed", source.QualifierVague, 0, source.MagnitudeThousands, "", []string{"T21"}, "S0", source.VerbReported},
		{"F7", "two", "earthquakes", source.QualifierExact, 2, "", "", nil, "S0", source.VerbReported},
		{"F8", "nearly three days", "duration", source.QualifierNearly, 3, "", "", nil, "S0", source.VerbReported},
		{"F9", "above 15,000", "killed", source.QualifierMoreThan, 15000, "", "", []string{"T1", "T2"}, "S0", source.VerbReported},
		{"F10", "12,391", "killed", source.QualifierExact, 12391, "", "", []string{"T1"}, "S1", source.VerbSaid},
		{"F11", "2,992", "killed", source.QualifierExact, 2992, "", "", []string{"T2"}, "S1", source.VerbSaid},
		{"F12", "15,383", "confirmed_killed", source.QualifierExact, 15383, "", "", []string{"T1", "T2"}, "S0", source.VerbReported},
		{"F13", "millions", "aid_recipients", source.QualifierVague, 0, source.MagnitudeMillions, "", []string{"T5"}, "S2", source.VerbSaid},
		{"F14", "some four million", "relying_on_aid", source.QualifierAbout, 4e6, "", "", []string{"T6"}, "S4", source.VerbSaid},
		{"F15", "over 2,900", "killed", source.QualifierMoreThan, 2900, "", "", []string{"T5"}, "S0", source.VerbReported},
		{"F16", "At least 2,992", "killed", source.QualifierAtLeast, 2992, "", "", []string{"T2"}, "S5", source.VerbAccordingTo},
		{"F17", "thousands", "injured", source.QualifierVague, 0, source.MagnitudeThousands, "", []string{"T2"}, "S5", source.VerbAccordingTo},
		{"F19", "7.7", "magnitude", source.QualifierExact, 7.7, "", "", nil, "S6.1", source.VerbSaid},
		{"F21", "at least 1,014", "killed", source.QualifierAtLeast, 1014, "", "", []string{"T1"}, "S6.1", source.VerbAccordingTo},
		{"F25", "at least 221", "killed", source.QualifierAtLeast, 221, "", "", []string{"T6"}, "S6.2", source.VerbSaid},
		{"F27", "5,894", "killed", source.QualifierExact, 5894, "", "", []string{"T1"}, "S7.1", source.VerbSaid},
		{"F34", "rise dramatically", "killed", source.QualifierMoreThan, 1020, "", source.ModalityExpected, []string{"T6"}, "S7", source.VerbReported},
		{"F36", "12,391", "killed", source.QualifierExact, 12391, "", "", []string{"T1"}, "S8.3", source.VerbAccordingTo},
		{"F37", "at least 1,262", "killed", source.QualifierAtLeast, 1262, "", "", []string{"T13"}, "S8.4", source.VerbSaid},
		{"F39", "at least 1,730", "killed", source.QualifierAtLeast, 1730, "", "", []string{"T6"}, "S8", source.VerbReported},
		{"F44", "at least 2950", "killed", source.QualifierAtLeast, 2950, "", "", []string{"T2"}, "S10", source.VerbAccordingTo},
		{"F47", "35,418", "killed", source.QualifierExact, 35418, "", "", []string{"T1"}, "S11", source.VerbSaid},
		{"F49", "past 40,000", "killed", source.QualifierMoreThan, 40000, "", "", []string{"T1", "T2"}, "S11", source.VerbReported},
		{"F50", "More than 8,000", "rescued", source.QualifierMoreThan, 8000, "", "", []string{"T1"}, "S11.1", source.VerbSaid},
		{"F51", "up to 5.3 million", "homeless", source.QualifierUpTo, 5.3e6, "", source.ModalityPossible, []string{"T2"}, "S11", source.VerbReported},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c := quakeFigure(t, s, tc.ref)
			assert.Equal(t, tc.text, c.Text)
			assert.Equal(t, tc.measure, c.Measure)
			assert.Equal(t, tc.qualifier, c.Qualifier)
			assert.Equal(t, tc.value, c.Value)
			assert.Equal(t, tc.magnitude, c.Magnitude)
			assert.Equal(t, tc.modality, c.Modality)
			var in []territory.ID
			for _, id := range tc.in {
				in = append(in, quakeKeys.Territory(id))
			}
			assert.Equal(t, in, c.In)
			require.NotEmpty(t, c.Attributions)
			assert.Equal(t, quakeKeys.Source(tc.source), c.Attributions[0].Source)
			assert.Equal(t, tc.verb, c.Attributions[0].Verb)
		})
	}
	// Families: confirmed deaths are a kind of killed, collapsed buildings
	// of buildings, the homeless of the displaced.
	assert.Equal(t, source.MeasureKilled, quakeFigure(t, s, "F12").Family())
	assert.Equal(t, source.MeasureBuildings, quakeFigure(t, s, "F6").Family())
	assert.Equal(t, source.MeasureDisplaced, quakeFigure(t, s, "F51").Family())
	assert.Equal(t, 1000.0, quakeFigure(t, s, "F6").Conservative(), "thousands: at least 1,000")
	// The depth and the rise in percent carry their units.
	assert.Equal(t, source.UnitKm, quakeFigure(t, s, "F20").Unit)
	assert.Equal(t, source.UnitPercent, quakeFigure(t, s, "F46").Unit)
}

// TestEarthquakeScopes: the government's toll of five provinces leaves
// out the opposition-held area, which has its own.
func TestEarthquakeScopes(t *testing.T) {
	s := quakeStory(t)
	regime := quakeFigure(t, s, "F30")
	assert.Equal(t, []territory.ID{quakeKeys.Territory("T14"), quakeKeys.Territory("T15"), quakeKeys.Territory("T16"),
		quakeKeys.Territory("T17"), quakeKeys.Territory("T18")}, regime.In)
	assert.Equal(t, []territory.ID{quakeKeys.Territory("T6")}, regime.Excluding)
	opposition := quakeFigure(t, s, "F32")
	syria := quakeFigure(t, s, "F29")
	assert.Equal(t, syria.Value, regime.Value+opposition.Value, "S7: 812 and 1,020 make its 1,832 for Syria")
	assert.False(t, source.Comparable(regime, syria))
	assert.False(t, source.Comparable(regime, quakeFigure(t, s, "F23")), "five provinces are not the government-held areas")
	// The places the sample names are where it says.
	for child, parent := range map[string]string{"T3": "T1", "T4": "T2", "T5": "T2", "T6": "T2", "T11": "T10", "T13": "T2", "T17": "T2"} {
		p, ok := s.Territory(quakeKeys.Territory(child))
		require.True(t, ok)
		assert.Equal(t, quakeKeys.Territory(parent), p.Parent, child)
	}
}

// TestEarthquakeTimes checks the times read from their phrases.
func TestEarthquakeTimes(t *testing.T) {
	s := quakeStory(t)
	for _, tc := range []struct {
		census, text, zone string
		start              time.Time
		precision          source.Precision
		bound              source.Bound
	}{
		{"E1", "Monday's", "", quakeInstant("2023-02-06T00:00:00Z"), source.PrecisionDay, ""},
		{"E1.1", "at 4:17 am (0117 GMT)", "GMT", quakeInstant("2023-02-06T01:17:00Z"), source.PrecisionMinute, ""},
		{"E1.3", "at 1:24 p.m. local time (1024 GMT)", "local time (1024 GMT)", quakeInstant("2023-02-06T10:24:00Z"), source.PrecisionMinute, ""},
		{"E5", "on Thursday", "", quakeInstant("2023-02-09T00:00:00Z"), source.PrecisionDay, ""},
		{"E6", "2100 GMT", "GMT", quakeInstant("2023-02-08T21:00:00Z"), source.PrecisionMinute, source.BoundNotAfter},
		{"E9", "0130 GMT", "GMT", quakeInstant("2023-02-09T01:30:00Z"), source.PrecisionMinute, ""},
		{"E10", "2100 GMT", "GMT", quakeInstant("2023-02-08T21:00:00Z"), source.PrecisionMinute, ""},
		{"E11", "1935 GMT", "GMT", quakeInstant("2023-02-08T19:35:00Z"), source.PrecisionMinute, ""},
		{"E12", "on Thursday", "", quakeInstant("2023-02-09T00:00:00Z"), source.PrecisionDay, ""},
		{"E13", "Tuesday, February 14", "", quakeInstant("2023-02-14T00:00:00Z"), source.PrecisionDay, source.BoundNotAfter},
	} {
		t.Run(tc.census, func(t *testing.T) {
			got := quakeEvent(t, s, tc.census).Head().Time
			assert.Equal(t, tc.text, got.Text)
			assert.Equal(t, tc.zone, got.Zone)
			assert.Equal(t, tc.start, got.Start)
			assert.Equal(t, tc.precision, got.Precision)
			assert.Equal(t, tc.bound, got.Bound)
		})
	}
	// Two accounts of the first quake's time, the same instant.
	first := quakeEvent(t, s, "E1.1").Head()
	require.Len(t, first.OtherTimes, 1)
	assert.Equal(t, first.Time.Start, first.OtherTimes[0].Time.Start)
	assert.Equal(t, "at 4:17 a.m. local time (0117 GMT)", first.OtherTimes[0].Time.Text)
	assert.Equal(t, quakeKeys.Source("S8"), first.OtherTimes[0].Attributions[0].Source)
	// As-of times of the tolls.
	assert.Equal(t, quakeInstant("2023-02-09T01:30:00Z"), quakeFigure(t, s, "F10").AsOf.Start)
	assert.Equal(t, quakeInstant("2023-02-08T19:35:00Z"), quakeFigure(t, s, "F16").AsOf.Start)
	assert.Equal(t, quakeInstant("2023-02-07T21:20:00Z"), quakeFigure(t, s, "F27").AsOf.Start)
	assert.Equal(t, quakeInstant("2023-02-06T09:55:00Z"), quakeFigure(t, s, "F19").AsOf.Start)
	feared := quakeFigure(t, s, "F2").AsOf
	assert.Equal(t, "in the coming days", feared.Text)
	assert.Equal(t, source.BoundNotBefore, feared.Bound)
	wednesday := quakeFigure(t, s, "F44").AsOf
	assert.Equal(t, source.BoundNotAfter, wednesday.Bound)
	assert.Equal(t, quakeInstant("2023-02-08T00:00:00Z"), wednesday.Start)
	// The report's date is inferred, and the copy is an excerpt.
	report, ok := s.Source(quakeKeys.Source("S0"))
	require.True(t, ok)
	assert.True(t, report.Excerpt)
	assert.NotEmpty(t, report.PublishedInferred)
	assert.Equal(t, quakeInstant("2023-02-09T00:00:00Z"), report.Published.Start)
	// The phrase that counts from the quakes is a link, resolved from
	// Monday: from February 6 to the end of February 9.
	e2 := quakeEvent(t, s, "E2")
	assert.True(t, e2.Head().Time.IsZero(), "the report gives the search no date")
	when, ok := s.TimeOf(quakeKeys.Event("E2"))
	require.True(t, ok)
	assert.Equal(t, quakeInstant("2023-02-06T00:00:00Z"), when.Start)
	assert.Equal(t, quakeInstant("2023-02-09T00:00:00Z"), when.End)
	assert.Equal(t, "nearly three days after", when.Text)
	placed, ok := s.Placement(quakeKeys.Event("E2"))
	require.True(t, ok)
	assert.True(t, placed.Inferred)
}

// TestEarthquakeTimelineOrdersUpdates: the live blog's updates run back
// in time; the timeline puts them in order.
func TestEarthquakeTimelineOrdersUpdates(t *testing.T) {
	s := quakeStory(t)
	var order []string
	for _, e := range s.Timeline() {
		order = append(order, examples.EarthquakeLabel(uuid.UUID(e.Head().ID)))
	}
	at := func(id string) int { return slices.Index(order, id) }
	assert.Equal(t, "E1", order[0])
	assert.Less(t, at("E11"), at("E10"), "1935 GMT before 2100 GMT")
	assert.Less(t, at("E10"), at("E9"), "2100 GMT on February 8 before 0130 GMT on February 9")
	assert.Less(t, at("E1.1"), at("E1.2"), "the 6.4 quake came a few minutes after the 7.7")
	assert.Less(t, at("E1.2"), at("E1.3"))
	assert.Less(t, at("E9"), at("E13"))
	assert.Equal(t, "E8", order[len(order)-1], "the UN's description has no date")
}

// TestEarthquakeWhoSaysWhat follows the figures to the bodies that give
// them, through the sources that relay them.
func TestEarthquakeWhoSaysWhat(t *testing.T) {
	s := quakeStory(t)
	chain := func(census string) []string {
		var out []string
		for _, src := range s.Chain(quakeKeys.Source(census)) {
			out = append(out, examples.EarthquakeLabel(uuid.UUID(src.ID)))
		}
		return out
	}
	assert.Equal(t, []string{"S1", "S0"}, chain("S1"), "officials and medics, via the report")
	assert.Equal(t, []string{"S8.3", "S8.2", "S8", "S8.1"}, chain("S8.3"), "AFAD, via Anadolu, via Xinhua, via People's Daily Online")
	assert.Equal(t, []string{"S10", "S10.1"}, chain("S10"))
	copyOf, ok := s.Source(quakeKeys.Source("S10.1"))
	require.True(t, ok)
	assert.Equal(t, quakeKeys.Source("S10"), copyOf.CopyOf, "PerthNow carries Reuters' text")
	xinhua, ok := s.Source(quakeKeys.Source("S9"))
	require.True(t, ok)
	assert.Equal(t, quakeKeys.Territory("T20"), xinhua.Dateline, "datelined Ankara")

	// Who the bodies are.
	for census, who := range map[string]string{"S1": "A5", "S2": "A3", "S3": "A4", "S4": "A2", "S6.1": "A8", "S6.2": "A9", "S7.1": "A10", "S8.3": "A8", "S8.4": "A12", "S11.1": "A19"} {
		src, ok := s.Source(quakeKeys.Source(census))
		require.True(t, ok)
		assert.Equal(t, quakeKeys.Actor(who), src.Authors[0], census)
	}
	officials, ok := s.Actor(quakeKeys.Actor("A3"))
	require.True(t, ok)
	assert.Empty(t, officials.Name, "the UN officials are not named")
	assert.Equal(t, []string{"UN officials"}, []string{officials.Description})
	assert.Contains(t, officials.MemberOf, quakeKeys.Actor("A2"))

	// Quotes: Hadi's words and the UN's "lifeline", each with its speaker.
	hadi := quakeEvent(t, s, "E7").(*event.Statement)
	require.Len(t, hadi.Quotes, 1)
	assert.Equal(t, "Q1", hadi.Quotes[0].Ref)
	assert.Equal(t, "We are hoping that tomorrow we will be able to deliver something across the border,", hadi.Quotes[0].Text)
	assert.Equal(t, quakeKeys.Actor("A4"), hadi.Quotes[0].Speaker)
	assert.Equal(t, quakeKeys.Source("S3"), hadi.Medium)
	un := quakeEvent(t, s, "E8").(*event.Statement)
	assert.Equal(t, "lifeline", un.Quotes[0].Text)
	assert.Equal(t, quakeKeys.Actor("A2"), un.Speaker)
	rise := quakeFigure(t, s, "F34").Attributions[0].Quotes
	require.Len(t, rise, 1)
	assert.Equal(t, "Q3", rise[0].Ref)

	// The unnamed crossing of the report is Bab al-Hawa in Xinhua's
	// account, an alias with its source.
	crossing, ok := s.Territory(quakeKeys.Territory("T7"))
	require.True(t, ok)
	assert.Empty(t, crossing.Name)
	require.Len(t, crossing.Aliases, 1)
	assert.Equal(t, "Bab al-Hawa", crossing.Aliases[0].Text)
	assert.Equal(t, quakeKeys.Source("S9"), crossing.Aliases[0].Attributions[0].Source)
}

// TestEarthquakeBackgroundIsMarked: what the report does not say comes
// from sources that do not reach the reader through it.
func TestEarthquakeBackgroundIsMarked(t *testing.T) {
	s := quakeStory(t)
	report := quakeKeys.Source("S0")
	fromReport := func(a source.Attribution) bool {
		return slices.ContainsFunc(s.Chain(a.Source), func(src source.Source) bool { return src.ID == report })
	}
	for _, census := range []string{"S6", "S7", "S8", "S9", "S10", "S11"} {
		src, ok := s.Source(quakeKeys.Source(census))
		require.True(t, ok)
		assert.Contains(t, src.Description, "Background:", census)
		assert.False(t, fromReport(source.Attribution{Source: src.ID}), census)
	}
	for _, census := range []string{"E1.1", "E1.2", "E1.3", "E12", "E13"} {
		for _, a := range quakeEvent(t, s, census).Head().Attributions {
			assert.False(t, fromReport(a), "%s is background", census)
		}
	}
	for _, census := range []string{"E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11"} {
		assert.True(t, slices.ContainsFunc(quakeEvent(t, s, census).Head().Attributions, fromReport), "%s is from the report", census)
	}
	// The report's own figures are F1-F17; the rest are background.
	for _, c := range event.Figures(quakeEvent(t, s, "E1")) {
		n := 0
		_, _ = fmt.Sscanf(c.Ref, "F%d", &n)
		assert.Equal(t, n <= 17, fromReport(c.Attributions[0]), c.Ref)
	}
}

// TestEarthquakeRevisions follows the tolls over the days with the
// library's helpers.
func TestEarthquakeRevisions(t *testing.T) {
	s := quakeStory(t)
	toll := quakeToll(t, s)
	groups := source.Groups(toll)
	group := func(member string) []source.Count {
		for _, g := range groups {
			if slices.ContainsFunc(g, func(c source.Count) bool { return c.Ref == member }) {
				return g
			}
		}
		t.Fatalf("no group holds %s", member)
		return nil
	}
	// Killed in Türkiye, from the first day to a week later.
	turkey := group("F3")
	assert.Equal(t, []string{"F3", "F10", "F21", "F27", "F36", "F45", "F47"}, quakeRefs(turkey))
	latest, ok := source.Latest(turkey)
	require.True(t, ok)
	assert.Equal(t, "F47", latest.Ref)
	assert.Equal(t, 35418.0, latest.Value)
	lowest, _ := source.Lowest(turkey)
	assert.Equal(t, "F21", lowest.Ref, "AFAD's first toll, at least 1,014")
	assert.Equal(t, "F21", quakeFigure(t, s, "F36").Revises, "AFAD's 12,391 revises its 1,014")
	assert.Equal(t, "F18", quakeFigure(t, s, "F19").Revises, "AFAD's magnitude 7.7 revises its 7.4")

	// Both countries: the confirmed total counts as a kill toll; the
	// feared rise does not count at all.
	both := group("F1")
	assert.Equal(t, []string{"F1", "F9", "F12", "F35", "F49"}, quakeRefs(both))
	highest, _ := source.Highest(both)
	assert.Equal(t, "F49", highest.Ref)
	assert.False(t, quakeFigure(t, s, "F2").Usable(), "a feared figure is not a toll")
	assert.False(t, quakeFigure(t, s, "F34").Usable(), "nor an expected one")
	assert.False(t, quakeFigure(t, s, "F51").Usable(), "nor a possible one")

	// The opposition-held area: 221, 1,020, 1,730; the government-held
	// areas: 371, 1,262.
	north := group("F25")
	assert.Equal(t, []string{"F25", "F32", "F39"}, quakeRefs(north))
	last, _ := source.Latest(north)
	assert.Equal(t, 1730.0, last.Value)
	gov := group("F23")
	assert.Equal(t, []string{"F23", "F37"}, quakeRefs(gov))

	// Within the report alone, Syria's latest toll is the 0130 GMT one.
	var reportSyria []source.Count
	for _, c := range group("F11") {
		if c.Attributions[0].Source == quakeKeys.Source("S1") || c.Attributions[0].Source == quakeKeys.Source("S5") {
			reportSyria = append(reportSyria, c)
		}
	}
	assert.Equal(t, []string{"F11", "F16"}, quakeRefs(reportSyria))
	last, _ = source.Latest(reportSyria)
	assert.Equal(t, "F11", last.Ref)
}

// TestEarthquakeDisagreements: where sources, or the report with itself,
// do not agree.
func TestEarthquakeDisagreements(t *testing.T) {
	s := quakeStory(t)
	// 2,992 dead: in northern Syria (the lead), in Syria (0130 and 1935
	// GMT), and, as "over 2,900", in northwest Syria (1935 GMT headline).
	lead, at0130, compiled, headline := quakeFigure(t, s, "F5"), quakeFigure(t, s, "F11"), quakeFigure(t, s, "F16"), quakeFigure(t, s, "F15")
	assert.Equal(t, []territory.ID{quakeKeys.Territory("T4")}, lead.In)
	assert.Equal(t, []territory.ID{quakeKeys.Territory("T2")}, at0130.In)
	assert.Equal(t, []territory.ID{quakeKeys.Territory("T5")}, headline.In)
	assert.True(t, source.Comparable(at0130, compiled))
	assert.False(t, source.Comparable(lead, at0130), "a different place: not the same count")
	assert.False(t, source.Comparable(headline, compiled))
	assert.Equal(t, lead.Value, at0130.Value)

	// Syria on Wednesday: figures compiled (the report) against the
	// government and a rescue service (Reuters).
	reuters := quakeFigure(t, s, "F44")
	assert.True(t, source.Comparable(compiled, reuters))
	assert.Equal(t, 2992.0, compiled.Value)
	assert.Equal(t, 2950.0, reuters.Value)
	low, _ := source.Lowest([]source.Count{compiled, reuters})
	assert.Equal(t, "F44", low.Ref)
	assert.Equal(t, compiled.AsOf.Start.Format(time.DateOnly), reuters.AsOf.Start.Format(time.DateOnly), "both of Wednesday, February 8")

	// How many quakes: "two" in the report, three in Xinhua's account.
	assert.Equal(t, 2.0, quakeFigure(t, s, "F7").Value)
	var parts []string
	for _, e := range s.Events() {
		if quakeHas(e, event.LinkPartOf, "E1") {
			parts = append(parts, examples.EarthquakeLabel(uuid.UUID(e.Head().ID)))
		}
	}
	assert.Equal(t, []string{"E1.1", "E1.2", "E1.3"}, parts)
	notes := quakeEvent(t, s, "E1").Head().Notes
	assert.Equal(t, "a massive earthquake", notes[0].Text)
	assert.Equal(t, "a series of powerful earthquakes", notes[1].Text)
}

// TestEarthquakeAid: the aid the report says could resume, and the
// convoy that did cross.
func TestEarthquakeAid(t *testing.T) {
	s := quakeStory(t)
	resume := quakeEvent(t, s, "E5").(*event.Other)
	assert.Equal(t, event.StatusPlanned, resume.Status)
	assert.Equal(t, "could resume", resume.Notes[0].Text)
	assert.True(t, quakeHas(resume, event.LinkPartOf, "E3"))
	assert.True(t, quakeHas(resume, event.LinkFollows, "E4"))
	halt := quakeEvent(t, s, "E4")
	assert.True(t, quakeHas(halt, event.LinkCausedBy, "E1"))
	operation := quakeEvent(t, s, "E3")
	assert.Equal(t, "073", operation.Codes().CAMEO)
	assert.Equal(t, event.CategoryAid, operation.Codes().PLOVER)

	convoy := quakeEvent(t, s, "E12")
	assert.Equal(t, event.StatusOccurred, convoy.Head().Status)
	assert.True(t, quakeHas(convoy, event.LinkRealises, "E5"), "the planned resumption happened")
	assert.Equal(t, resume.Time.Start, convoy.Head().Time.Start, "on the day planned")
	// "three days after the devastating earthquake": resolved from Monday.
	i := slices.IndexFunc(convoy.AllLinks(), func(l event.Link) bool { return l.Ref == "R13" })
	require.GreaterOrEqual(t, i, 0)
	after, ok := convoy.AllLinks()[i].Resolve(quakeEvent(t, s, "E1").Head().Time)
	require.True(t, ok)
	assert.True(t, after.Covers(convoy.Head().Time.Start))
	assert.Equal(t, 6.0, quakeFigure(t, s, "F43").Value)

	iom := quakeEvent(t, s, "E13")
	assert.True(t, quakeHas(iom, event.LinkRespondsTo, "E1"))
	assert.True(t, quakeHas(quakeEvent(t, s, "E8"), event.LinkBackground, "E5"))

	// Hadi and the UN officials speak of the resumption.
	for _, census := range []string{"E6", "E7", "E10"} {
		assert.True(t, quakeHas(quakeEvent(t, s, census), event.LinkAbout, "E5"), census)
	}
}

// TestEarthquakeLookups uses the story's indexes on the sample.
func TestEarthquakeLookups(t *testing.T) {
	s := quakeStory(t)
	labels := func(events []event.Event) []string {
		var out []string
		for _, e := range events {
			out = append(out, examples.EarthquakeLabel(uuid.UUID(e.Head().ID)))
		}
		return out
	}
	// Syria and the places in it: the quakes, the aid to the northwest,
	// the convoy to Idlib, the UN's words on the opposition-held area.
	inSyria := labels(s.EventsIn(quakeKeys.Territory("T2")))
	for _, id := range []string{"E1", "E3", "E4", "E5", "E8", "E12", "E13"} {
		assert.Contains(t, inSyria, id)
	}
	assert.NotContains(t, inSyria, "E1.1", "centred in Pazarcik, Türkiye")
	inTurkey := labels(s.EventsIn(quakeKeys.Territory("T1")))
	assert.Subset(t, inTurkey, []string{"E1", "E1.1", "E1.2", "E1.3", "E12"})

	find := func(name string) []string {
		var out []string
		for _, a := range s.FindActors(name) {
			out = append(out, examples.EarthquakeLabel(uuid.UUID(a.ID)))
		}
		return out
	}
	assert.Equal(t, []string{"A8"}, find("AFAD"))
	assert.Equal(t, []string{"A8"}, find("disaster management authority"))
	assert.Equal(t, []string{"A3"}, find("UN officials"), "an unnamed actor is found by its description")
	assert.Equal(t, []string{"A2"}, find("UN"))
	assert.Equal(t, []string{"E7"}, labels(s.EventsOf(quakeKeys.Actor("A4"))))
	assert.Equal(t, []string{"E11", "E10", "E9"}, labels(s.EventsOf(quakeKeys.Actor("A1"))), "TRT World's updates, in time order")

	// The opposition holds its area (the report); the government its
	// areas (background).
	sts := s.StatusesOf(quakeKeys.Territory("T6"), quakeInstant("2023-02-08T00:00:00Z"))
	require.Len(t, sts, 1)
	assert.Equal(t, quakeKeys.Actor("A7"), sts[0].Holder)
	assert.Equal(t, "opposition-controlled", sts[0].Words)
}

// ExampleEarthquake reads the sample's death toll in Türkiye as the
// sources give it over the days, each figure with its time as written and
// the census ID of its source, and the latest of them.
func ExampleEarthquake() {
	s := examples.MustEarthquake()
	quakes, _ := s.Event(examples.EarthquakeKeys.Event("E1"))
	turkey := examples.EarthquakeKeys.Territory("T1")
	for _, g := range source.Groups(quakes.(*event.Disaster).Toll) {
		if g[0].Family() != source.MeasureKilled || !slices.Equal(g[0].In, []territory.ID{turkey}) {
			continue
		}
		slices.SortStableFunc(g, func(a, b source.Count) int { return a.AsOf.Compare(b.AsOf) })
		for _, c := range g {
			fmt.Printf("%-26q %-9s %6.0f  %s\n", c.AsOf.Text, c.Qualifier, c.Value, examples.EarthquakeLabel(uuid.UUID(c.Attributions[0].Source)))
		}
		latest, _ := source.Latest(g)
		fmt.Println("latest:", latest.Text, "as of", latest.AsOf.Text)
	}
	// Output:
	// "Monday, February 06, 2023" at_least    1014  S6.1
	// "2120 GMT"                 exact       5894  S7.1
	// "by Thursday morning"      exact      12391  S10
	// "on Thursday"              exact      12391  S8.3
	// "0130 GMT"                 exact      12391  S1
	// "Tuesday, February 14"     exact      35418  S11
	// ""                         at_least   12391  S0
	// latest: 35,418 as of Tuesday, February 14
}
