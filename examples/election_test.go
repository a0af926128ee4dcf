package examples_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The run-off's sample, as data for a test of your own: each candidate's
// latest count, how they fared, and the lowest figure any source gives.
func ExampleElection() {
	s := examples.MustElection()
	e, _ := s.Event(examples.ElectionKeys.Event("E2"))
	runoff := e.(*event.Election)
	fmt.Println(runoff.Time.Start.Format("2006-01-02"), "round", runoff.Round, "for", runoff.Office)
	for _, c := range runoff.Candidates {
		who, _ := s.Actor(c.Actor)
		latest, _ := source.Latest(c.Results)
		lowest, _ := source.Lowest(c.Results)
		from, _ := s.Source(lowest.Attributions[0].Source)
		fmt.Printf("%s: %s, %s; lowest %s (%s)\n", who.Name, latest.Text, c.Outcome, lowest.Text, from.Title)
	}
	// Output:
	// 2019-04-21 round 2 for президент Украины
	// Владимир Зеленский: 73,22%, won; lowest 72,7% (the exit poll ordered by ТСН)
	// Петр Порошенко: 24,4%, lost; lowest 24,4% (the CEC's website: the count of 100% of ballots)
}

func election(t *testing.T) *newsevent.Story {
	t.Helper()
	s, err := examples.Election()
	require.NoError(t, err)
	return s
}

func electionEvent[E event.Event](t *testing.T, s *newsevent.Story, census string) E {
	t.Helper()
	e, ok := s.Event(examples.ElectionKeys.Event(census))
	require.True(t, ok, census)
	typed, ok := e.(E)
	require.True(t, ok, "%s is a %s", census, e.Kind())
	return typed
}

func TestElectionSample(t *testing.T) {
	s := election(t)
	checkSample(t, "election", s, examples.ElectionLabel)
	ids := checkCensus(t, "election", examples.ElectionKeys, s)
	assert.Equal(t, ids, examples.ElectionCensus(), "ElectionCensus lists testdata/election/CENSUS.md in order")
	assert.Equal(t, newsevent.Counts{Actors: 10, Territories: 2, Sources: 9, Events: 8}, s.Counts())
	assert.Equal(t, "E2", examples.ElectionLabel(examples.ElectionKeys.ID("E2")))
	assert.Empty(t, examples.ElectionLabel(examples.ElectionKeys.ID("E9")), "no E9 in the census")
}

func TestElectionIsTheSameEveryTime(t *testing.T) {
	a, err := election(t).MarshalIndent("", " ")
	require.NoError(t, err)
	b, err := election(t).MarshalIndent("", " ")
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

// electionFigure finds the figure with this census ref in the event.
func electionFigure(t *testing.T, e event.Event, ref string) source.Count {
	t.Helper()
	for _, c := range event.Figures(e) {
		if c.Ref == ref {
			return c
		}
	}
	t.Fatalf("%s has no figure %s", e.Head().Title, ref)
	return source.Count{}
}

func TestElectionFigures(t *testing.T) {
	s := election(t)
	zelensky, poroshenko := examples.ElectionKeys.Actor("A1"), examples.ElectionKeys.Actor("A2")
	for _, tc := range []struct {
		ref, event, text string
		value            float64
		measure          source.Measure
		of               actor.ID
		sources          []string
		modality         source.Modality
		includes         []string
		revises          string
	}{
		{"F1", "E2", "15%", 15, "protocols_processed", actor.ID{}, []string{"S1"}, "", nil, ""},
		{"F2", "E2", "15,78%", 15.78, "protocols_processed", actor.ID{}, []string{"S5"}, "", nil, ""},
		{"F3", "E2", "73,01%", 73.01, source.MeasureVotes, zelensky, []string{"S5"}, "", []string{"15,78% протоколов"}, ""},
		{"F4", "E2", "24,65%", 24.65, source.MeasureVotes, poroshenko, []string{"S5"}, "", []string{"15,78% протоколов"}, ""},
		{"F5", "E2", "лидирует", 1, "place", zelensky, []string{"S1"}, "", []string{"во всех областях"}, ""},
		{"F6", "E2", "73%", 73, source.MeasureVotes, zelensky, []string{"S2"}, source.ModalityEstimated, nil, ""},
		{"F7", "E2", "25%", 25, source.MeasureVotes, poroshenko, []string{"S2"}, source.ModalityEstimated, nil, ""},
		{"F8", "E2", "72,7%", 72.7, source.MeasureVotes, zelensky, []string{"S3"}, source.ModalityEstimated, nil, ""},
		{"F9", "E2", "27,3%", 27.3, source.MeasureVotes, poroshenko, []string{"S3"}, source.ModalityEstimated, nil, ""},
		{"F10", "E2", "73,7%", 73.7, source.MeasureVotes, zelensky, []string{"S4"}, source.ModalityEstimated, nil, ""},
		{"F11", "E2", "26,3%", 26.3, source.MeasureVotes, poroshenko, []string{"S4"}, source.ModalityEstimated, nil, ""},
		{"F12", "E2", "73,22%", 73.22, source.MeasureVotes, zelensky, []string{"S7"}, "", []string{"100% протоколов"}, "F3"},
		{"F13", "E2", "24,45%", 24.45, source.MeasureVotes, poroshenko, []string{"S7"}, "", []string{"100% протоколов"}, "F4"},
		{"F14", "E2", "100%", 100, "protocols_processed", actor.ID{}, []string{"S7"}, "", nil, "F2"},
		{"F15", "E2", "73,22%", 73.22, source.MeasureVotes, zelensky, []string{"S9"}, "", []string{"100% бюлетенів"}, "F3"},
		{"F16", "E2", "24,4%", 24.4, source.MeasureVotes, poroshenko, []string{"S9"}, "", []string{"100% бюлетенів"}, "F4"},
		{"F17", "E2", "100%", 100, "ballots_counted", actor.ID{}, []string{"S9"}, "", nil, ""},
		{"F18", "E1", "30,24%", 30.24, source.MeasureVotes, zelensky, []string{"S6", "S8"}, "", nil, ""},
		{"F19", "E1", "15,95%", 15.95, source.MeasureVotes, poroshenko, []string{"S6", "S8"}, "", nil, ""},
		{"F20", "E1", "виграв перший тур", 1, "place", zelensky, []string{"S8"}, "", nil, ""},
		{"F21", "E1", "Друге місце", 2, "place", poroshenko, []string{"S8"}, "", nil, ""},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c := electionFigure(t, electionEvent[*event.Election](t, s, tc.event), tc.ref)
			assert.Equal(t, tc.text, c.Text, "as printed")
			assert.Equal(t, tc.value, c.Value)
			assert.Equal(t, source.QualifierExact, c.Qualifier, "no source qualifies its figures")
			assert.Equal(t, tc.measure, c.Measure)
			assert.Equal(t, tc.of, c.Of)
			assert.Equal(t, tc.modality, c.Modality)
			assert.Equal(t, tc.includes, c.Includes)
			assert.Equal(t, tc.revises, c.Revises)
			var from []string
			for _, a := range c.Attributions {
				from = append(from, examples.ElectionLabel(uuid.UUID(a.Source)))
			}
			assert.Equal(t, tc.sources, from)
			if tc.measure == "place" {
				assert.Equal(t, source.UnitOrdinal, c.Unit)
			} else {
				assert.Equal(t, source.UnitPercent, c.Unit)
			}
		})
	}
	leads := electionFigure(t, electionEvent[*event.Election](t, s, "E2"), "F5")
	assert.Equal(t, []vocab.TerritoryID{vocab.TerritoryID(examples.ElectionKeys.Territory("T1"))}, leads.In)
	assert.Equal(t, []vocab.TerritoryID{vocab.TerritoryID(examples.ElectionKeys.Territory("T2"))}, leads.Excluding,
		"Zelensky leads in every oblast but Lviv oblast")
}

// TestElectionSourcesDisagree reads, through the library's helpers, where
// the exit polls and the counts differ and who gives which figure.
func TestElectionSourcesDisagree(t *testing.T) {
	s := election(t)
	runoff := electionEvent[*event.Election](t, s, "E2")
	require.Len(t, runoff.Candidates, 2)
	zelensky, poroshenko := runoff.Candidates[0], runoff.Candidates[1]
	require.Equal(t, examples.ElectionKeys.Actor("A1"), zelensky.Actor)
	require.Equal(t, examples.ElectionKeys.Actor("A2"), poroshenko.Actor)

	// The three exit polls, one figure each per candidate, all estimates.
	polls := func(c event.Candidate) map[string]float64 {
		out := map[string]float64{}
		for _, r := range c.Results {
			if r.Modality == source.ModalityEstimated {
				out[examples.ElectionLabel(uuid.UUID(r.Attributions[0].Source))] = r.Value
			}
		}
		return out
	}
	assert.Equal(t, map[string]float64{"S2": 73, "S3": 72.7, "S4": 73.7}, polls(zelensky))
	assert.Equal(t, map[string]float64{"S2": 25, "S3": 27.3, "S4": 26.3}, polls(poroshenko))

	for _, tc := range []struct {
		name                    string
		c                       event.Candidate
		lowest, highest, latest string
	}{
		{"Zelensky", zelensky, "F8", "F10", "F15"},
		{"Poroshenko", poroshenko, "F16", "F9", "F16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			low, ok := source.Lowest(tc.c.Results)
			require.True(t, ok)
			assert.Equal(t, tc.lowest, low.Ref)
			high, ok := source.Highest(tc.c.Results)
			require.True(t, ok)
			assert.Equal(t, tc.highest, high.Ref)
			// No source dates its count (no AsOf): Latest takes the last of
			// the list, which the sample keeps in counting order, so the
			// latest is a count of 100%.
			last, ok := source.Latest(tc.c.Results)
			require.True(t, ok)
			assert.Equal(t, tc.latest, last.Ref)
			assert.Contains(t, last.Includes[0], "100%")
		})
	}

	// Groups splits the run-off's figures by what they count: each
	// candidate's shares, Zelensky's place, the protocols and the ballots.
	var groups [][]string
	for _, g := range source.Groups(event.Figures(runoff)) {
		var refs []string
		for _, c := range g {
			refs = append(refs, c.Ref)
		}
		groups = append(groups, refs)
	}
	assert.Equal(t, [][]string{
		{"F1", "F2", "F14"},
		{"F17"},
		{"F6", "F8", "F10", "F3", "F12", "F15"},
		{"F5"},
		{"F7", "F9", "F11", "F4", "F13", "F16"},
	}, groups)

	// The two final counts of Poroshenko's share differ: 24,45% (S7, via
	// S6) and 24,4% (S9, via S8); both revise the count after 15.78%.
	f13, f16 := electionFigure(t, runoff, "F13"), electionFigure(t, runoff, "F16")
	assert.NotEqual(t, f13.Value, f16.Value)
	assert.Equal(t, "F4", f13.Revises)
	assert.Equal(t, "F4", f16.Revises)
	// The headline rounds the share of protocols down: 15% against 15,78%.
	assert.Equal(t, 15.0, electionFigure(t, runoff, "F1").Value)
	assert.Equal(t, 15.78, electionFigure(t, runoff, "F2").Value)
}

func TestElectionRounds(t *testing.T) {
	s := election(t)
	first := electionEvent[*event.Election](t, s, "E1")
	runoff := electionEvent[*event.Election](t, s, "E2")
	assert.Equal(t, 1, first.Round)
	assert.Equal(t, 2, runoff.Round)
	assert.Equal(t, first.Office, runoff.Office)
	assert.Equal(t, examples.ElectionKeys.Actor("A3"), runoff.Of)
	assert.True(t, slices.ContainsFunc(runoff.Links, func(l event.Link) bool {
		return l.Ref == "R1" && l.Type == event.LinkFollows && l.To == first.ID
	}), "R1: the run-off follows the first round")

	for _, c := range first.Candidates {
		assert.Equal(t, event.OutcomeRunoff, c.Outcome)
	}
	assert.True(t, first.Winner.IsZero(), "no one won the first round")
	outcomes := map[string]event.Outcome{}
	for _, c := range runoff.Candidates {
		outcomes[examples.ElectionLabel(uuid.UUID(c.Actor))] = c.Outcome
	}
	assert.Equal(t, map[string]event.Outcome{"A1": event.OutcomeWon, "A2": event.OutcomeLost}, outcomes)
	assert.Equal(t, examples.ElectionKeys.Actor("A1"), runoff.Winner)

	// The dates are background (S8), built by hand: the parsers read no
	// Ukrainian. Both rounds fell on a Sunday, as S8 says of the run-off.
	assert.Equal(t, time.Date(2019, time.March, 31, 0, 0, 0, 0, time.UTC), first.Time.Start)
	assert.Equal(t, "31 березня", first.Time.Text)
	assert.Equal(t, time.Date(2019, time.April, 21, 0, 0, 0, 0, time.UTC), runoff.Time.Start)
	assert.Equal(t, "У неділю, 21 квітня", runoff.Time.Text)
	assert.Equal(t, source.PrecisionDay, runoff.Time.Precision)
	assert.Equal(t, time.Sunday, runoff.Time.Start.Weekday())
	assert.Equal(t, time.Sunday, first.Time.Start.Weekday())
	assert.Equal(t, []event.Name{{Text: "другий тур", Attributions: []source.Attribution{
		source.Attribute(examples.ElectionKeys.Source("S8"), source.VerbReported)}}}, runoff.Names)
}

func TestElectionConcession(t *testing.T) {
	s := election(t)
	k := examples.ElectionKeys
	call := electionEvent[*event.Meeting](t, s, "E4")
	assert.True(t, call.Remote, "a phone call")
	assert.Equal(t, "041", call.Codes().CAMEO)
	assert.Equal(t, []actor.ID{k.Actor("A2"), k.Actor("A1")}, call.Attendees)
	assert.True(t, hasElectionLink(call, event.LinkFollows, "E3"), "R3: after the exit polls were made public")

	congratulations := electionEvent[*event.Statement](t, s, "E5")
	assert.Equal(t, k.Actor("A2"), congratulations.Speaker, "Poroshenko called")
	assert.Equal(t, []actor.ID{k.Actor("A1")}, congratulations.Addressees, "Zelensky was called")
	// Congratulating the winner is the main act (CAMEO 051), conceding
	// the other: CAMEO's code for concede, 015, is for responsibility.
	assert.Equal(t, []event.SpeechAct{event.SpeechPraise, event.SpeechConcede}, congratulations.Acts)
	assert.Equal(t, "051", congratulations.Codes().CAMEO)
	assert.True(t, hasElectionLink(congratulations, event.LinkDuring, "E4"), "R4: in the call")
	assert.True(t, hasElectionLink(congratulations, event.LinkAbout, "E2"), "about the run-off")
	assert.Empty(t, congratulations.Quotes, "the report quotes no one")

	polls := electionEvent[*event.Other](t, s, "E3")
	roles := map[string]event.Role{}
	for _, p := range polls.Participants() {
		roles[examples.ElectionLabel(uuid.UUID(p.Actor))] = p.Role
	}
	assert.Equal(t, map[string]event.Role{"A8": "pollster", "A5": "commissioner", "A7": "broadcaster"}, roles)
	assert.True(t, hasElectionLink(polls, event.LinkAbout, "E2"), "R2")

	// The CEC's final count is told twice, by two outlets: maybe one release.
	site := electionEvent[*event.Statement](t, s, "E8")
	assert.True(t, hasElectionLink(site, event.LinkPossiblySameAs, "E7"), "R5")
}

func hasElectionLink(e event.Event, typ event.LinkType, to string) bool {
	return slices.ContainsFunc(e.AllLinks(), func(l event.Link) bool {
		return l.Type == typ && l.To == examples.ElectionKeys.Event(to)
	})
}

func TestElectionNamesInTheirScripts(t *testing.T) {
	s := election(t)
	k := examples.ElectionKeys
	zelensky, ok := s.Actor(k.Actor("A1"))
	require.True(t, ok)
	assert.Equal(t, "Владимир Зеленский", zelensky.Name, "as the report prints it")
	assert.Equal(t, []vocab.Name{
		{Text: "Владимир Зеленский", Lang: language.Russian},
		{Text: "Володимир Зеленський", Lang: language.Ukrainian},
		{Text: "Vladimir Zelenskiy", Lang: language.MustParse("ru-Latn")},
	}, zelensky.Names)
	script, _ := zelensky.Names[2].Lang.Script()
	assert.Equal(t, "Latn", script.String(), "the dataset's transliteration says its script")

	poroshenko, ok := s.Actor(k.Actor("A2"))
	require.True(t, ok)
	assert.Equal(t, "Петр Порошенко", poroshenko.Name)
	incumbent := poroshenko.Roles[1]
	assert.Equal(t, "глава государства", incumbent.Title)
	assert.False(t, incumbent.Acting, "«действующий» is the incumbent, not an acting head of state")

	find := func(name string) []string {
		var out []string
		for _, a := range s.FindActors(name) {
			out = append(out, examples.ElectionLabel(uuid.UUID(a.ID)))
		}
		return out
	}
	assert.Equal(t, []string{"A1"}, find("ЗЕЛЕНСКИЙ"), "Cyrillic, any case")
	assert.Equal(t, []string{"A1"}, find("Зеленський"), "the Ukrainian form S8 prints")
	assert.Equal(t, []string{"A1"}, find("zelenskiy"), "the dataset's Latin form")
	assert.Equal(t, []string{"A2"}, find("П.Порошенко"), "as the report abbreviates him")
	assert.Equal(t, []string{"A2"}, find("Poroshenko"))
	assert.Equal(t, []string{"A4"}, find("ЦИК"))
	assert.Equal(t, []string{"A4"}, find("ЦВК"))
	assert.Empty(t, find("Zelensky"), "no source and no transliteration writes it so")
	assert.Equal(t, []string{"A8"}, find("exit poll ordered by ТСН"), "the unnamed pollster, by its description")

	lviv, ok := s.Territory(k.Territory("T2"))
	require.True(t, ok)
	assert.Equal(t, "Львовская область", lviv.Name)
	assert.Equal(t, vocab.MustSubdivision("UA-46"), lviv.Subdivision)
}

func TestElectionSources(t *testing.T) {
	s := election(t)
	k := examples.ElectionKeys
	report, ok := s.Source(k.Source("S1"))
	require.True(t, ok)
	assert.Equal(t, language.Russian, report.Language)
	assert.Equal(t, "ЦИК обнародовала данные 15% протоколов", report.Title)
	assert.True(t, report.Excerpt, "the text read breaks off mid-sentence")
	assert.Equal(t, source.BoundNotBefore, report.Published.Bound, "the report's date is not printed")
	assert.Equal(t, time.Date(2019, time.April, 21, 0, 0, 0, 0, time.UTC), report.Published.Start)
	assert.NotEmpty(t, report.PublishedInferred)
	assert.Equal(t, k.Actor("A9"), report.Publisher)

	background, ok := s.Source(k.Source("S8"))
	require.True(t, ok)
	assert.Equal(t, language.Ukrainian, background.Language)
	assert.Equal(t, "the date in the address", background.PublishedInferred)

	chain := func(census string) []string {
		var out []string
		for _, src := range s.Chain(k.Source(census)) {
			out = append(out, examples.ElectionLabel(uuid.UUID(src.ID)))
		}
		return out
	}
	assert.Equal(t, []string{"S3", "S1"}, chain("S3"), "the TSN poll reached the reader via the report")
	assert.Equal(t, []string{"S7", "S6"}, chain("S7"), "the final count via the background S6")
	assert.Equal(t, []string{"S9", "S8"}, chain("S9"))

	tsnPoll, _ := s.Source(k.Source("S3"))
	assert.Equal(t, []actor.ID{k.Actor("A8")}, tsnPoll.Authors)
	channelPoll, _ := s.Source(k.Source("S4"))
	assert.Equal(t, source.KindBroadcast, channelPoll.Kind)
	assert.Equal(t, k.Actor("A7"), channelPoll.Publisher)
}

func TestElectionHelpers(t *testing.T) {
	s := election(t)
	k := examples.ElectionKeys
	labels := func(es []event.Event) []string {
		var out []string
		for _, e := range es {
			out = append(out, examples.ElectionLabel(uuid.UUID(e.Head().ID)))
		}
		return out
	}
	// The two rounds have dates; the rest are undated and come after
	// them in the order they were added.
	assert.Equal(t, []string{"E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"}, labels(s.Timeline()))
	assert.Equal(t, []string{"E1", "E2", "E4", "E5"}, labels(s.EventsOf(k.Actor("A2"))))
	assert.Equal(t, []string{"E6", "E7", "E8"}, labels(s.EventsOf(k.Actor("A4"))), "the CEC speaks in three")
	assert.Equal(t, []string{"E1", "E2"}, labels(s.EventsIn(k.Territory("T1"))))
}

// TestElectionPhrasesTheParsersRefuse lists the phrases the sample builds
// by hand: the parsers read English words and digits in a language's
// convention, and refuse these. Should they learn Russian or Ukrainian,
// this test says so, and the sample can read them.
func TestElectionPhrasesTheParsersRefuse(t *testing.T) {
	r := source.Resolver{Ref: time.Date(2019, time.April, 23, 0, 0, 0, 0, time.UTC)}
	for _, phrase := range []string{"31 березня", "У неділю, 21 квітня"} {
		_, err := r.Parse(phrase)
		assert.Error(t, err, phrase)
	}
	for lang, texts := range map[string][]string{
		"ru": {"лидирует"},
		"uk": {"Друге місце", "виграв перший тур"},
	} {
		p := source.CountParser{Lang: language.MustParse(lang)}
		for _, text := range texts {
			_, err := p.Parse(text)
			assert.Error(t, err, text)
		}
	}
	// The shares, written with a decimal comma, are read in Russian.
	c, err := source.CountParser{Lang: language.Russian}.Parse("73,01%")
	require.NoError(t, err)
	assert.Equal(t, 73.01, c.Value)
	assert.Equal(t, source.UnitPercent, c.Unit)
}
