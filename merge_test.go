package newsevent_test

import (
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// strikeReport is one outlet's story of the strike on Kyiv: the strike
// under id, reported by src (published on day d of April), with a title
// and a toll.
func strikeReport(t *testing.T, id event.ID, src source.ID, d int, title string, killed float64) *newsevent.Story {
	t.Helper()
	s := new(newsevent.Story)
	pub := report(src, source.ID{})
	pub.Published = day(4, d)
	strike := &event.Attack{Header: event.Header{ID: id, Title: title, Time: day(4, 24), Status: event.StatusOccurred, Attributions: by(src)},
		Attacker: aRussia, Targets: []event.Target{{Territory: tKyiv}}}
	strike.Casualties = []source.Count{{Value: killed, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(src)}}
	mustAdd(t, s,
		newsevent.ActorRecord{Actor: actor.Actor{ID: aRussia, Kind: actor.KindState, Name: "Russia", Country: vocab.MustCountry("RU")}},
		newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})},
		newsevent.SourceRecord{Source: pub},
		newsevent.EventRecord{Event: strike},
	)
	return s
}

func TestMergeWithItselfIsANoOp(t *testing.T) {
	for _, s := range []*newsevent.Story{strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9), synth.Story(300, 2)} {
		got, report, err := newsevent.Merge(s, s, newsevent.MergeOptions{})
		require.NoError(t, err)
		assert.Equal(t, marshal(t, s), marshal(t, got))
		assert.Empty(t, report.Joined)
		assert.Empty(t, report.Added)
		assert.Empty(t, report.Conflicts)
		assert.Empty(t, report.Candidates)
	}
}

func TestMergeUnitesAttributionsAndFigures(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	b := strikeReport(t, eStrike, sReuters, 25, "Strike on Kyiv", 12)
	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{})
	require.NoError(t, err)
	require.NoError(t, got.Validate())
	e, _ := got.Event(eStrike)
	h := event.HeaderOf(e)
	assert.Equal(t, []source.Attribution{{Source: sArticle, Verb: source.VerbReported}, {Source: sReuters, Verb: source.VerbReported}}, h.Attributions, "who said what: both")
	killed := e.(*event.Attack).Casualties
	require.Len(t, killed, 2, "both tolls stay, each with its source")
	assert.Equal(t, 9.0, killed[0].Value)
	assert.Equal(t, 12.0, killed[1].Value)
	assert.Empty(t, report.Conflicts)
	require.Len(t, report.Joined, 1)
	assert.Equal(t, newsevent.MatchID, report.Joined[0].Rule)
	assert.Equal(t, []newsevent.RecordRef{{Type: "source", ID: uuid.UUID(sReuters), Label: ""}}, report.Added)
}

func TestMergeConflictUnderEachPolicy(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	b := strikeReport(t, eStrike, sReuters, 25, "Missile strike on Kyiv", 12)
	beforeA, beforeB := marshal(t, a), marshal(t, b)
	defer func() {
		assert.Equal(t, beforeA, marshal(t, a), "Merge changes neither story")
		assert.Equal(t, beforeB, marshal(t, b), "Merge changes neither story")
	}()

	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{Policy: newsevent.MergeKeepBoth})
	require.NoError(t, err)
	require.Len(t, report.Conflicts, 1)
	c := report.Conflicts[0]
	assert.Equal(t, "title", c.Path)
	assert.Equal(t, uuid.UUID(eStrike), c.Record.ID)
	assert.JSONEq(t, `"Strike on Kyiv"`, string(c.Values[0].Value))
	assert.JSONEq(t, `"Missile strike on Kyiv"`, string(c.Values[1].Value))
	assert.Equal(t, []source.ID{sArticle}, c.Values[0].Sources)
	assert.Equal(t, []source.ID{sReuters}, c.Values[1].Sources)
	assert.Equal(t, 0, c.Kept)
	e, _ := got.Event(eStrike)
	assert.Equal(t, "Strike on Kyiv", event.HeaderOf(e).Title)
	assert.Contains(t, report.String(), `"Missile strike on Kyiv" (sources `+sReuters.String()+`)`)

	got, report, err = newsevent.Merge(a, b, newsevent.MergeOptions{Policy: newsevent.MergePreferNewer})
	require.NoError(t, err)
	require.Len(t, report.Conflicts, 1)
	assert.Equal(t, 1, report.Conflicts[0].Kept, "Reuters published a day later")
	e, _ = got.Event(eStrike)
	assert.Equal(t, "Missile strike on Kyiv", event.HeaderOf(e).Title)
	// The other way round, the newer is still Reuters.
	got, _, err = newsevent.Merge(b, a, newsevent.MergeOptions{Policy: newsevent.MergePreferNewer})
	require.NoError(t, err)
	e, _ = got.Event(eStrike)
	assert.Equal(t, "Missile strike on Kyiv", event.HeaderOf(e).Title)

	got, report, err = newsevent.Merge(a, b, newsevent.MergeOptions{Policy: newsevent.MergeFailOnConflict})
	var merr *newsevent.MergeError
	require.ErrorAs(t, err, &merr)
	assert.Nil(t, got)
	assert.Same(t, report, merr.Report)
	assert.Len(t, merr.Report.Conflicts, 1)
	assert.Contains(t, err.Error(), `"title"`)

	// Without a conflict, failing on one changes nothing.
	_, _, err = newsevent.Merge(a, a, newsevent.MergeOptions{Policy: newsevent.MergeFailOnConflict})
	assert.NoError(t, err)

	// The report is data.
	data, err := json.Marshal(report)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"path":"title"`)
	assert.Contains(t, string(data), `"policy":"fail_on_conflict"`)
}

func TestMergeEventsOfTwoKinds(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	b := new(newsevent.Story)
	o := other(eStrike, "Explosions in Kyiv", day(4, 24))
	o.Attributions = by(sReuters)
	pub := report(sReuters, source.ID{})
	pub.Published = day(4, 25)
	mustAdd(t, b, newsevent.SourceRecord{Source: pub}, newsevent.EventRecord{Event: o})
	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{Policy: newsevent.MergePreferNewer})
	require.NoError(t, err)
	require.Len(t, report.Conflicts, 1)
	assert.Equal(t, "", report.Conflicts[0].Path)
	e, _ := got.Event(eStrike)
	assert.Equal(t, event.KindOther, e.Kind(), "the newer account, whole")
}

func TestMergeMatchesByRules(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	putin := actor.Actor{ID: aPutin, Kind: actor.KindPerson, Name: "Vladimir Putin", ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q7747"}}}
	require.NoError(t, a.AddActor(putin))
	src, _ := a.Source(sArticle)
	src.URL = "https://example.org/strike"
	require.NoError(t, a.Replace(newsevent.SourceRecord{Source: src}))

	// The second report made its own records of the same things.
	b := new(newsevent.Story)
	bPutin, bRussia, bKyiv, bSrc := actor.IDFor("b putin"), actor.IDFor("b russia"), territory.IDFor("b kyiv"), source.IDFor("b src")
	bOfficial := actor.IDFor("b official")
	bSource := report(bSrc, source.ID{})
	bSource.URL = src.URL
	st := other(eStatement, "Putin comments", day(4, 24))
	st.Attributions = by(bSrc)
	st.Places = []territory.ID{bKyiv}
	st.Involved = []event.Participant{{Actor: bPutin, Role: event.RoleSubject}, {Actor: bRussia, Role: event.RoleSubject}, {Actor: bOfficial, Role: event.RoleSubject}}
	mustAdd(t, b,
		newsevent.ActorRecord{Actor: actor.Actor{ID: bPutin, Kind: actor.KindPerson, Name: "Putin, V.", ExternalIDs: putin.ExternalIDs}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: bRussia, Kind: actor.KindState, Name: "RUSSIA", Country: vocab.MustCountry("RU")}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: bOfficial, Kind: actor.KindPerson, Description: "a senior official"}},
		newsevent.TerritoryRecord{Territory: place(bKyiv, territory.KindCity, "Kyiv", territory.ID{})},
		newsevent.SourceRecord{Source: bSource},
		newsevent.EventRecord{Event: st},
	)
	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{})
	require.NoError(t, err)
	rules := map[uuid.UUID]newsevent.MatchRule{}
	for _, j := range report.Joined {
		rules[j.From] = j.Rule
	}
	assert.Equal(t, newsevent.MatchExternalID, rules[uuid.UUID(bPutin)])
	assert.Equal(t, newsevent.MatchNameKindCountry, rules[uuid.UUID(bRussia)])
	assert.Equal(t, newsevent.MatchURL, rules[uuid.UUID(bSrc)])
	_, matched := rules[uuid.UUID(bKyiv)]
	assert.False(t, matched, "a place without a code or an external ID is not matched by its name alone")
	_, ok := got.Actor(bPutin)
	assert.False(t, ok, "joined records keep the first story's ID")
	_, ok = got.Actor(bOfficial)
	assert.True(t, ok, "an unnamed actor is never matched by its description")

	e, ok := got.Event(eStatement)
	require.True(t, ok)
	var actors []actor.ID
	for _, p := range e.Participants() {
		actors = append(actors, p.Actor)
	}
	assert.Equal(t, []actor.ID{aPutin, aRussia, bOfficial}, actors, "references follow the joins")
	assert.Equal(t, []source.Attribution{{Source: sArticle, Verb: source.VerbReported}}, event.HeaderOf(e).Attributions)
	require.NoError(t, got.Validate())
}

func TestMergeTerritoriesByCode(t *testing.T) {
	ua := territory.Territory{ID: tUkraine, Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA")}
	kyiv := territory.Territory{ID: tKyiv, Kind: territory.KindCity, Name: "Kyiv", Parent: tUkraine, Subdivision: vocab.MustSubdivision("UA-30"), Country: vocab.MustCountry("UA")}
	a := new(newsevent.Story)
	mustAdd(t, a, newsevent.TerritoryRecord{Territory: ua}, newsevent.TerritoryRecord{Territory: kyiv})

	bUA, bKyiv, bOther := territory.IDFor("b ua"), territory.IDFor("b kyiv"), territory.IDFor("b other")
	b := new(newsevent.Story)
	ua2, kyiv2 := ua, kyiv
	ua2.ID, ua2.Name = bUA, "UKRAINE"
	kyiv2.ID, kyiv2.Parent, kyiv2.Name = bKyiv, bUA, "Kiev"
	other := kyiv2
	other.ID, other.Name = bOther, "Kyiv"
	// The child comes first: the parent is matched before it all the same.
	mustAdd(t, b, newsevent.TerritoryRecord{Territory: kyiv2}, newsevent.TerritoryRecord{Territory: ua2})
	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{})
	require.NoError(t, err)
	rules := map[uuid.UUID]newsevent.MatchRule{}
	for _, j := range report.Joined {
		rules[j.From] = j.Rule
	}
	assert.Equal(t, newsevent.MatchCodeKindParent, rules[uuid.UUID(bUA)])
	_, kiev := rules[uuid.UUID(bKyiv)]
	assert.False(t, kiev, "same code, kind and parent, but another name: not matched")
	assert.Equal(t, 3, got.Counts().Territories)

	b2 := new(newsevent.Story)
	mustAdd(t, b2, newsevent.TerritoryRecord{Territory: ua2}, newsevent.TerritoryRecord{Territory: other})
	_, report, err = newsevent.Merge(a, b2, newsevent.MergeOptions{})
	require.NoError(t, err)
	require.Len(t, report.Joined, 2)
	assert.Equal(t, newsevent.MatchCodeKindParent, report.Joined[1].Rule)
	assert.Equal(t, uuid.UUID(tKyiv), report.Joined[1].ID)

	// Two unnamed groups of regions of one country are not one place.
	five := territory.Territory{ID: territory.IDFor("five regions"), Kind: territory.KindRegion, Description: "five Ukrainian regions", Group: true, Parent: tUkraine, Country: vocab.MustCountry("UA")}
	four := five
	four.ID, four.Description, four.Parent = territory.IDFor("b four regions"), "four partially occupied regions", bUA
	require.NoError(t, a.AddTerritory(five))
	b3 := new(newsevent.Story)
	mustAdd(t, b3, newsevent.TerritoryRecord{Territory: ua2}, newsevent.TerritoryRecord{Territory: four})
	_, report, err = newsevent.Merge(a, b3, newsevent.MergeOptions{})
	require.NoError(t, err)
	require.Len(t, report.Joined, 1, "only the country")
	assert.Equal(t, uuid.UUID(tUkraine), report.Joined[0].ID)
}

func TestMergeOffersCandidatesNeverJoins(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	other := event.IDFor("the other outlet's strike")
	b := strikeReport(t, other, sReuters, 25, "Russian missiles hit Kyiv", 12)
	got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{})
	require.NoError(t, err)
	assert.Equal(t, 2, got.Counts().Events, "never merged silently")
	require.Len(t, report.Candidates, 1)
	c := report.Candidates[0]
	assert.Equal(t, uuid.UUID(eStrike), c.First.ID)
	assert.Equal(t, uuid.UUID(other), c.Second.ID)
	assert.Equal(t, []territory.ID{tKyiv}, c.Places)
	assert.Equal(t, []actor.ID{aRussia}, c.Participants)

	// A time known only to the year overlaps a day in it, and one of
	// more than two years (the war) every day it covers.
	for _, span := range []source.Time{source.Year(2025, "this year"), {Start: utc(2022, 2, 24), End: utc(2025, 12, 31), Precision: source.PrecisionDay}} {
		vague := strikeReport(t, eStrike, sArticle, 24, "Strikes on Kyiv this year", 9)
		e, _ := vague.Event(eStrike)
		event.HeaderOf(e).Time = span
		require.NoError(t, vague.Replace(newsevent.EventRecord{Event: e}))
		_, report, err := newsevent.Merge(vague, b, newsevent.MergeOptions{})
		require.NoError(t, err)
		require.Len(t, report.Candidates, 1, span.Text)
		_, report, err = newsevent.Merge(b, vague, newsevent.MergeOptions{})
		require.NoError(t, err)
		assert.Len(t, report.Candidates, 1, "%s, the other way round", span.Text)
	}

	// Another day, or another kind, is no candidate.
	later := strikeReport(t, other, sReuters, 25, "Russian missiles hit Kyiv", 12)
	e, _ := later.Event(other)
	event.HeaderOf(e).Time = day(4, 26)
	require.NoError(t, later.Replace(newsevent.EventRecord{Event: e}))
	_, report, err = newsevent.Merge(a, later, newsevent.MergeOptions{})
	require.NoError(t, err)
	assert.Empty(t, report.Candidates)
}

func TestMergeRefusesAnIDOfTwoTypes(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	b := new(newsevent.Story)
	mustAdd(t, b, newsevent.ActorRecord{Actor: person(actor.ID(eStrike), "Not a strike")})
	_, _, err := newsevent.Merge(a, b, newsevent.MergeOptions{})
	assert.ErrorContains(t, err, "an event in the first story and an actor in the second")
	_, _, err = newsevent.Merge(nil, b, newsevent.MergeOptions{})
	assert.Error(t, err)
}

// TestMergeOrderIndependent merges two overlapping parts of a generated
// story both ways: each holds the same records, with lists in another
// order at most, and equals the whole.
func TestMergeOrderIndependent(t *testing.T) {
	whole := synth.Story(400, 6)
	events := whole.Events()
	part := func(from, to int) *newsevent.Story {
		s := new(newsevent.Story)
		for r := range whole.Records() {
			if er, ok := r.(newsevent.EventRecord); ok {
				i := slices.IndexFunc(events, func(e event.Event) bool { return event.HeaderOf(e).ID == event.HeaderOf(er.Event).ID })
				if i < from || i >= to {
					continue
				}
			}
			require.NoError(t, s.Add(r))
		}
		return s
	}
	a, b := part(0, 250), part(150, 400)
	ab, rab, err := newsevent.Merge(a, b, newsevent.MergeOptions{Policy: newsevent.MergeFailOnConflict})
	require.NoError(t, err)
	ba, rba, err := newsevent.Merge(b, a, newsevent.MergeOptions{Policy: newsevent.MergeFailOnConflict})
	require.NoError(t, err)
	assert.Len(t, rab.Added, 150)
	assert.Len(t, rba.Added, 150)
	assert.Equal(t, canonicalRecords(t, whole), canonicalRecords(t, ab))
	assert.Equal(t, canonicalRecords(t, whole), canonicalRecords(t, ba))
	require.NoError(t, ab.Validate())
}

// canonicalRecords returns the JSON of every record of s, sorted.
func canonicalRecords(t *testing.T, s *newsevent.Story) []string {
	t.Helper()
	var out []string
	for r := range s.Records() {
		var v any
		switch r := r.(type) {
		case newsevent.EventRecord:
			v = r.Event
		default:
			v = r
		}
		data, err := json.Marshal(v)
		require.NoError(t, err)
		out = append(out, string(data))
	}
	sort.Strings(out)
	return out
}

// TestMergeKeepsBothTimes checks that two accounts of an event's time
// both stay: the kept one as the time, the other as a reported time with
// its sources, whichever the policy keeps.
func TestMergeKeepsBothTimes(t *testing.T) {
	a := strikeReport(t, eStrike, sArticle, 24, "Strike on Kyiv", 9)
	b := strikeReport(t, eStrike, sReuters, 25, "Strike on Kyiv", 9)
	e, _ := b.Event(eStrike)
	event.HeaderOf(e).Time = source.Day(2025, 4, 23, "overnight")
	require.NoError(t, b.Replace(newsevent.EventRecord{Event: e}))
	for policy, want := range map[newsevent.MergePolicy][2]string{
		newsevent.MergeKeepBoth:    {"", "overnight"},
		newsevent.MergePreferNewer: {"overnight", ""},
	} {
		got, report, err := newsevent.Merge(a, b, newsevent.MergeOptions{Policy: policy})
		require.NoError(t, err)
		require.Len(t, report.Conflicts, 1)
		assert.Equal(t, "time", report.Conflicts[0].Path)
		e, _ := got.Event(eStrike)
		h := event.HeaderOf(e)
		assert.Equal(t, want[0], h.Time.Text, policy)
		require.Len(t, h.OtherTimes, 1, policy)
		assert.Equal(t, want[1], h.OtherTimes[0].Time.Text, policy)
		src := sReuters
		if policy == newsevent.MergePreferNewer {
			src = sArticle
		}
		assert.Equal(t, by(src), h.OtherTimes[0].Attributions, policy)
		require.NoError(t, got.Validate(), policy)
	}
}

// BenchmarkMergeLongLists merges two versions of one event whose
// attributions are long lists that share half their elements: the union
// costs the size of the lists, not their product.
func BenchmarkMergeLongLists(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			version := func(from int) *newsevent.Story {
				s := new(newsevent.Story)
				e := other(eStrike, "Strike", day(4, 24))
				e.Attributions = nil
				for i := from; i < from+n; i++ {
					e.Attributions = append(e.Attributions, source.Attribution{Source: sArticle, Verb: source.VerbReported, Text: strconv.Itoa(i)})
				}
				if err := s.AddEvent(e); err != nil {
					b.Fatal(err)
				}
				return s
			}
			x, y := version(0), version(n/2)
			b.ReportAllocs()
			for b.Loop() {
				got, _, err := newsevent.Merge(x, y, newsevent.MergeOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if e, _ := got.Event(eStrike); len(event.HeaderOf(e).Attributions) != n+n/2 {
					b.Fatal("wrong union")
				}
			}
		})
	}
}
