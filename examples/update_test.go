package examples_test

import (
	"bufio"
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

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/timeline"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

func updateStory(t *testing.T) *newsevent.Story {
	t.Helper()
	s, err := examples.Update()
	require.NoError(t, err)
	return s
}

func updateEvent(t *testing.T, s *newsevent.Story, census string) event.Event {
	t.Helper()
	e, ok := s.Event(examples.EventID(census))
	require.True(t, ok, census)
	return e
}

// updateFigure finds the figure with this census ref in any event.
func updateFigure(t *testing.T, s *newsevent.Story, ref string) source.Count {
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

// updateCensusRow matches the first cell of a row of the update's census
// that holds an item ID: the article's ("| E10 |") or the update's own
// ("| U-F1 |", "| U-TS1 |").
var updateCensusRow = regexp.MustCompile(`^\|\s*((?:U-)?[A-Z]{1,2}[0-9]+)\s*\|`)

// updateCensusIDs returns the item IDs of testdata/update/CENSUS.md, in
// order.
func updateCensusIDs(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "update", "CENSUS.md"))
	require.NoError(t, err)
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := updateCensusRow.FindStringSubmatch(sc.Text()); m != nil {
			require.NotContains(t, ids, m[1], "the census lists %s twice", m[1])
			ids = append(ids, m[1])
		}
	}
	require.NoError(t, sc.Err())
	return ids
}

// updateRecordID is the ID a census ID of the update gives: its record's
// kind comes from the prefix after any "U-", its ID from the article's ID
// functions; zero for an item inside a record.
func updateRecordID(census string) uuid.UUID {
	switch k := strings.TrimPrefix(census, "U-"); {
	case strings.HasPrefix(k, "TS"):
		return uuid.UUID(examples.StatusID(census))
	case strings.HasPrefix(k, "A"):
		return uuid.UUID(examples.ActorID(census))
	case strings.HasPrefix(k, "T"):
		return uuid.UUID(examples.TerritoryID(census))
	case strings.HasPrefix(k, "S"):
		return uuid.UUID(examples.SourceID(census))
	case strings.HasPrefix(k, "E"):
		return uuid.UUID(examples.EventID(census))
	}
	return uuid.UUID{}
}

// TestUpdateCensus checks, as checkCensus does for the other samples,
// that the update holds every item of its census and nothing else: each
// record item is a record with the ID its census ID gives, each item
// inside a record is the Ref of a value, and every record is an item.
func TestUpdateCensus(t *testing.T) {
	s := updateStory(t)
	ids := updateCensusIDs(t)
	assert.Equal(t, ids, examples.UpdateCensus(), "UpdateCensus lists the census of testdata/update/CENSUS.md, in its order")
	assert.Len(t, ids, 42)
	records := recordIDs(s)
	inRecords := refs(t, s)
	listed := map[uuid.UUID]bool{}
	for _, c := range ids {
		if id := updateRecordID(c); id != (uuid.UUID{}) {
			listed[id] = true
			assert.True(t, records[id], "census item %s is not a record of the story", c)
			assert.Equal(t, c, examples.UpdateLabel(id))
			continue
		}
		assert.Positive(t, inRecords[c], "census item %s is the ref of no value of the story", c)
	}
	for id := range records {
		assert.True(t, listed[id], "record %s of the story is no item of the census: nothing is invented", id)
	}
	assert.Equal(t, newsevent.Counts{Actors: 9, Territories: 11, Sources: 4, Statuses: 1, Events: 6}, s.Counts())
	assert.Empty(t, examples.UpdateLabel(uuid.UUID(examples.EventID("E1"))), "the article's meeting is not in the update")
}

// TestUpdateSharesTheArticlesIDs: the records that are the article's have
// its IDs and are in the article; those new to the update are not.
func TestUpdateSharesTheArticlesIDs(t *testing.T) {
	s := updateStory(t)
	art := examples.MustArticle()
	inArticle := recordIDs(art)
	shared := []string{"A10", "A11", "A12", "T1", "T7", "T10", "T13", "E10"}
	for _, c := range examples.UpdateCensus() {
		id := updateRecordID(c)
		if id == (uuid.UUID{}) {
			continue
		}
		if slices.Contains(shared, c) {
			assert.True(t, inArticle[id], "%s is the article's record", c)
			assert.Equal(t, c, examples.CensusLabel(id), "%s has the article's ID", c)
		} else {
			assert.True(t, strings.HasPrefix(c, "U-"), c)
			assert.False(t, inArticle[id], "%s is new to the update", c)
		}
	}
	// The kinds agree, so that a merge can join them.
	for _, c := range []string{"E10"} {
		assert.Equal(t, updateEvent(t, art, c).Kind(), updateEvent(t, s, c).Kind())
	}
	for _, c := range []string{"A10", "A11", "A12"} {
		a, ok := s.Actor(examples.ActorID(c))
		require.True(t, ok)
		b, ok := art.Actor(examples.ActorID(c))
		require.True(t, ok)
		assert.Equal(t, b.Kind, a.Kind, c)
		assert.Equal(t, b.Name, a.Name, c)
	}
	for _, c := range []string{"T1", "T7", "T10", "T13"} {
		a, ok := s.Territory(examples.TerritoryID(c))
		require.True(t, ok)
		b, ok := art.Territory(examples.TerritoryID(c))
		require.True(t, ok)
		assert.Equal(t, b, a, "%s: the report says nothing of the place beyond what the article's record holds", c)
	}
}

// TestUpdateHoldsOnlyItsReport: every attribution of the update is to
// its own sources, and its version of the strike has its own title and
// time, where the article's differ (the conflicts a merge reports).
func TestUpdateHoldsOnlyItsReport(t *testing.T) {
	s := updateStory(t)
	own := map[uuid.UUID]bool{}
	for _, src := range s.Sources() {
		own[uuid.UUID(src.ID)] = true
		assert.True(t, strings.HasPrefix(examples.UpdateLabel(uuid.UUID(src.ID)), "U-S"))
	}
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	n := 0
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["verb"]; ok {
				id, err := uuid.Parse(v["source"].(string))
				require.NoError(t, err)
				assert.True(t, own[id], "attribution to %s, not a source of the report", id)
				n++
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
	assert.Greater(t, n, 20)

	mine := updateEvent(t, s, "E10").Head()
	theirs := updateEvent(t, examples.MustArticle(), "E10").Head()
	assert.Equal(t, "Russian aerial attack on Kyiv", mine.Title)
	assert.NotEqual(t, theirs.Title, mine.Title, "a conflict for the merge to report")
	assert.Equal(t, "on April 24", mine.Time.Text)
	assert.Equal(t, "Thursday", theirs.Time.Text)
	assert.Equal(t, theirs.Time.Start, mine.Time.Start, "the same day, in other words")
	assert.Empty(t, mine.Links, "the article's links of E10 are the article's")
}

// TestUpdateValidatesButForItsRevisions: alone, the update's only
// problems are its two revisions of figures only the article holds.
func TestUpdateValidatesButForItsRevisions(t *testing.T) {
	s := updateStory(t)
	require.Equal(t, examples.EventID("E10"), s.Events()[0].Head().ID, "the paths below are of events[0]")
	err := s.Validate()
	var verr *newsevent.ValidationError
	require.True(t, errors.As(err, &verr), "want a *ValidationError, got %T: %v", err, err)
	var got []string
	for _, p := range verr.Problems {
		assert.Equal(t, vocab.RuleUnresolved, p.Rule, p.Path)
		got = append(got, p.Path)
	}
	assert.Equal(t, []string{"events[0].casualties[0].revises", "events[0].casualties[1].revises"}, got)
	assert.Contains(t, err.Error(), `"F2"`)
}

// TestUpdateRevisions checks the addresses of the revisions: the
// article's figures in the same record, and the strike's own time.
func TestUpdateRevisions(t *testing.T) {
	s := updateStory(t)
	art := examples.MustArticle()
	strike := updateEvent(t, art, "E10").(*event.Attack)
	for ref, revised := range map[string]string{"U-F1": "F2", "U-F2": "F3"} {
		c := updateFigure(t, s, ref)
		assert.Equal(t, revised, c.Revises, ref)
		assert.Equal(t, uuid.UUID{}, c.RevisesIn, "%s: the revised figure is in the same record, E10", ref)
		i := slices.IndexFunc(strike.Casualties, func(a source.Count) bool { return a.Ref == revised })
		require.GreaterOrEqual(t, i, 0, "the article's E10 holds %s", revised)
		assert.True(t, source.Comparable(strike.Casualties[i], c), "%s counts what %s counts", ref, revised)
	}
	e10 := updateEvent(t, s, "E10").Head()
	require.Len(t, e10.OtherTimes, 1)
	overnight := e10.OtherTimes[0]
	assert.Equal(t, "U-W1", overnight.Ref)
	assert.Equal(t, event.RefTime, overnight.Revises)
	assert.True(t, overnight.RevisesIn.IsZero())
	assert.Equal(t, "overnight", overnight.Time.Text)
	assert.Equal(t, day(2025, time.April, 23), overnight.Time.Start)
	assert.Equal(t, day(2025, time.April, 24), overnight.Time.End)
	assert.Equal(t, examples.SourceID("U-S1"), overnight.Attributions[0].Source)
}

// TestUpdateFigures checks each figure as the report gives it.
func TestUpdateFigures(t *testing.T) {
	s := updateStory(t)
	for _, tc := range []struct {
		ref, text string
		measure   source.Measure
		qualifier source.Qualifier
		value     float64
		subject   source.Subject
		in        []territory.ID
		source    string
		verb      source.Verb
	}{
		{"U-F1", "13", source.MeasureKilled, source.QualifierExact, 13, "", nil, "U-S2", source.VerbSaid},
		{"U-F2", "almost 90", source.MeasureInjured, source.QualifierNearly, 90, "", nil, "U-S1", source.VerbReported},
		{"U-F3", "six", source.MeasureInjured, source.QualifierExact, 6, source.SubjectChildren, nil, "U-S1", source.VerbReported},
		{"U-F4", "30-day", source.MeasureDuration, source.QualifierExact, 30, "", nil, "U-S1", source.VerbReported},
		{"U-F5", "four", "regions", source.QualifierExact, 4, "", []territory.ID{examples.TerritoryID("U-T7")}, "U-S1", source.VerbReported},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c := updateFigure(t, s, tc.ref)
			assert.Equal(t, tc.text, c.Text)
			assert.Equal(t, tc.measure, c.Measure)
			assert.Equal(t, tc.qualifier, c.Qualifier)
			assert.Equal(t, tc.value, c.Value)
			assert.Equal(t, tc.subject, c.Subject)
			assert.Equal(t, tc.in, c.In)
			require.NotEmpty(t, c.Attributions)
			assert.Equal(t, examples.SourceID(tc.source), c.Attributions[0].Source)
			assert.Equal(t, tc.verb, c.Attributions[0].Verb)
		})
	}
	assert.Equal(t, "U-F2", updateFigure(t, s, "U-F3").Within, "six children among the almost 90")
	assert.Equal(t, source.UnitDay, updateFigure(t, s, "U-F4").Unit)
	killed := updateFigure(t, s, "U-F1")
	assert.Equal(t, "on April 28", killed.AsOf.Text)
	assert.Equal(t, day(2025, time.April, 28), killed.AsOf.Start)
	require.Len(t, killed.Attributions, 2, "Tkachenko, and the report in its own words")
	assert.Equal(t, examples.SourceID("U-S1"), killed.Attributions[1].Source)
}

// TestUpdateEvents checks the events the report adds, their links and
// who gives them.
func TestUpdateEvents(t *testing.T) {
	s := updateStory(t)
	strike := updateEvent(t, s, "E10").(*event.Attack)
	assert.Equal(t, examples.ActorID("A11"), strike.Attacker)
	assert.Equal(t, []territory.ID{examples.TerritoryID("T7")}, strike.Places)
	var targets []string
	for _, tg := range strike.Targets {
		targets = append(targets, examples.UpdateLabel(uuid.UUID(tg.Territory)))
	}
	assert.Equal(t, []string{"T7", "U-T1", "U-T2", "U-T3", "U-T4", "U-T5", "U-T6", "T13"}, targets)
	assert.Equal(t, []event.Method{event.MethodMissileStrike, event.MethodDroneStrike}, strike.Methods)
	for _, w := range strike.Weapons {
		assert.True(t, w.Count.IsZero(), "the report gives no number of missiles or drones")
	}
	q := strike.Notes[3].Attributions[0].Quotes[0]
	assert.Equal(t, "U-Q1", q.Ref)
	assert.Equal(t, "massive combined strike", q.Text)
	assert.Equal(t, examples.ActorID("U-A5"), q.Speaker)
	assert.Equal(t, examples.SourceID("U-S4"), q.Medium)

	death := updateEvent(t, s, "U-E1").(*event.Other)
	assert.Equal(t, event.LinkCausedBy, death.Links[0].Type)
	assert.Equal(t, examples.EventID("E10"), death.Links[0].To)
	assert.Equal(t, "U-R1", death.Links[0].Ref)
	assert.Equal(t, source.BoundNotAfter, death.Time.Bound)
	assert.Equal(t, day(2025, time.April, 28), death.Time.Start)
	assert.Equal(t, examples.ActorID("U-A6"), death.Roles[0].Actor)

	demands := updateEvent(t, s, "U-E2").(*event.Statement)
	assert.Equal(t, examples.ActorID("A11"), demands.Speaker)
	assert.Equal(t, []event.SpeechAct{event.SpeechDemand}, demands.Acts)
	assert.Equal(t, []actor.ID{examples.ActorID("A12")}, demands.Subjects)
	assert.Equal(t, event.Link{Ref: "U-R2", Type: event.LinkPrecedes, To: examples.EventID("E10"), Text: "The strikes came just hours after"}, demands.Links[0])
	claims, ok := s.Status(examples.StatusID("U-TS1"))
	require.True(t, ok)
	assert.Equal(t, territory.RelationClaims, claims.Relation)
	assert.Equal(t, []territory.ID{examples.TerritoryID("U-T7"), examples.TerritoryID("T10")}, claims.Territories)

	efforts := updateEvent(t, s, "U-E3").(*event.Other)
	assert.Equal(t, examples.ActorID("A10"), efforts.Roles[0].Actor)
	offer := updateEvent(t, s, "U-E4").(*event.Proposal)
	assert.Equal(t, []actor.ID{examples.ActorID("A12")}, offer.Proposers)
	assert.Equal(t, "U-C1", offer.Clauses[0].Ref)
	assert.Equal(t, event.ClauseCeasefire, offer.Clauses[0].Kind)
	assert.Equal(t, event.LinkPartOf, offer.Links[0].Type)
	assert.Equal(t, "U-R3", offer.Links[0].Ref)
	refusal := updateEvent(t, s, "U-E5").(*event.Response)
	assert.Equal(t, examples.ActorID("A11"), refusal.Responder)
	assert.Equal(t, event.ResponseReject, refusal.Act)
	assert.Equal(t, examples.EventID("U-E3"), refusal.To)
	assert.Equal(t, []string{"so far"}, refusal.Qualifiers)

	// Who says it: Tkachenko, Kyiv officials and officials, via the report.
	for census, who := range map[string]string{"U-S2": "U-A2", "U-S3": "U-A4", "U-S4": "U-A5"} {
		var chain []string
		for _, src := range s.Chain(examples.SourceID(census)) {
			chain = append(chain, examples.UpdateLabel(uuid.UUID(src.ID)))
		}
		assert.Equal(t, []string{census, "U-S1"}, chain)
		src, ok := s.Source(examples.SourceID(census))
		require.True(t, ok)
		assert.Equal(t, examples.ActorID(who), src.Authors[0], census)
	}
	report, ok := s.Source(examples.SourceID("U-S1"))
	require.True(t, ok)
	assert.Equal(t, examples.ActorID("U-A1"), report.Publisher)
	assert.Equal(t, "https://kyivindependent.com/death-toll-of-russias-april-24-strike-on-kyiv-rises-to-13/", report.URL)
	assert.Equal(t, day(2025, time.April, 28), report.Published.Start)
	assert.NotEmpty(t, report.PublishedInferred)
	tkachenko, ok := s.Actor(examples.ActorID("U-A2"))
	require.True(t, ok)
	assert.Equal(t, examples.ActorID("U-A3"), tkachenko.Roles[0].Of)
}

// TestUpdateIsTheSameEveryTime: every call gives the same story, which
// round-trips through JSON (decoding does not validate) and matches its
// golden files.
func TestUpdateIsTheSameEveryTime(t *testing.T) {
	a, err := updateStory(t).MarshalIndent("", "  ")
	require.NoError(t, err)
	b, err := examples.MustUpdate().MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
	var back newsevent.Story
	require.NoError(t, json.Unmarshal(a, &back))
	again, err := back.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(a), string(again), "JSON round trip")
	golden(t, filepath.Join("update", "story.json.golden"), append(a, '\n'))

	var tl strings.Builder
	require.NoError(t, timeline.Write(&tl, updateStory(t), timeline.Options{Label: examples.UpdateLabel}))
	golden(t, filepath.Join("update", "timeline.golden"), []byte(tl.String()))
}

// TestArticleUpdated merges the update into the article: the merged
// story validates (the update's revisions resolve), keeps the article's
// title and time beside the update's account, takes the update's toll as
// the latest, and its merge report and the diff from the article match
// their golden files.
func TestArticleUpdated(t *testing.T) {
	s, report, err := examples.ArticleUpdated()
	require.NoError(t, err)
	require.NoError(t, s.Validate(), "joined to the article, the revisions resolve")

	joined := updateEvent(t, s, "E10").(*event.Attack)
	assert.Equal(t, "Thursday", joined.Time.Text, "the article's time, kept")
	var accounts []string
	for _, rt := range joined.OtherTimes {
		accounts = append(accounts, rt.Time.Text)
	}
	assert.Contains(t, accounts, "on April 24", "the update's time, as another account")
	killed, ok := source.Latest(joined.Casualties)
	require.True(t, ok)
	assert.Equal(t, "U-F1", killed.Ref, "13 revises as many as 12")
	var injured []source.Count
	for _, c := range joined.Casualties {
		if c.Measure == source.MeasureInjured && c.Subject == "" {
			injured = append(injured, c)
		}
	}
	latest, ok := source.Latest(injured)
	require.True(t, ok)
	assert.Equal(t, "U-F2", latest.Ref, "almost 90 revises 90")
	assert.Contains(t, labelsOf(s.EventsIn(examples.TerritoryID("T13"))), "E10", "the update's targets are the joined strike's")

	// The report: the strike's title and time conflict; nothing is joined
	// by a rule (every shared record has the article's ID); the update's
	// new records are added.
	var paths []string
	for _, c := range report.Conflicts {
		assert.Equal(t, uuid.UUID(examples.EventID("E10")), c.Record.ID)
		paths = append(paths, c.Path)
	}
	assert.ElementsMatch(t, []string{"title", "time"}, paths)
	for _, j := range report.Joined {
		assert.Equal(t, newsevent.MatchID, j.Rule, j.Label)
	}
	assert.Empty(t, report.Candidates)
	golden(t, filepath.Join("update", "merge.golden"), []byte(report.String()))
	data, err := json.MarshalIndent(report, "", "  ")
	require.NoError(t, err)
	golden(t, filepath.Join("update", "merge.json.golden"), append(data, '\n'))

	claims := s.ClaimsOf(examples.EventID("E10"))
	golden(t, filepath.Join("update", "claims.golden"), []byte(claims.String()))

	diff, err := examples.MustArticle().Diff(s)
	require.NoError(t, err)
	golden(t, filepath.Join("update", "diff.golden"), []byte(diff.String()))
}

// labelsOf gives the census IDs of events of the update or the article.
func labelsOf(events []event.Event) []string {
	var out []string
	for _, e := range events {
		id := uuid.UUID(e.Head().ID)
		if l := examples.CensusLabel(id); l != "" {
			out = append(out, l)
		} else {
			out = append(out, examples.UpdateLabel(id))
		}
	}
	return out
}

// ExampleUpdate shows the update as a delta to the article: alone, it
// reports its revisions of the article's figures as unresolved.
func ExampleUpdate() {
	s := examples.MustUpdate()
	var verr *newsevent.ValidationError
	if errors.As(s.Validate(), &verr) {
		for _, p := range verr.Problems {
			fmt.Println(p.Path, p.Rule)
		}
	}
	strike, _ := s.Event(examples.EventID("E10"))
	for _, c := range event.Figures(strike) {
		if c.Revises != "" {
			fmt.Printf("%s %q revises the article's %s\n", c.Ref, c.Text, c.Revises)
		}
	}
	// Output:
	// events[0].casualties[0].revises unresolved
	// events[0].casualties[1].revises unresolved
	// U-F1 "13" revises the article's F2
	// U-F2 "almost 90" revises the article's F3
}
