package timeline_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/timeline"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

var (
	aUkraine   = actor.IDFor("ukraine")
	aZelenskyy = actor.IDFor("zelenskyy")
	aTrump     = actor.IDFor("trump")
	aWitkoff   = actor.IDFor("witkoff")

	tKyivRegion = territory.IDFor("kyiv region")

	sReport = source.IDFor("report")

	eFlood    = event.IDFor("flood")
	eElection = event.IDFor("election")
	eAppoint  = event.IDFor("appointment")
)

// labels are the labels of the records of [kindsStory], as a census would
// give them.
var labels = map[uuid.UUID]string{
	uuid.UUID(aUkraine):    "A1",
	uuid.UUID(aZelenskyy):  "A2",
	uuid.UUID(aTrump):      "A3",
	uuid.UUID(aWitkoff):    "A4",
	uuid.UUID(tKyivRegion): "T1",
	uuid.UUID(sReport):     "S1",
	uuid.UUID(eFlood):      "E1",
	uuid.UUID(eElection):   "E2",
	uuid.UUID(eAppoint):    "E3",
}

func label(id uuid.UUID) string { return labels[id] }

// header returns a valid header reported by the report.
func header(id event.ID, title string, t source.Time) event.Header {
	return event.Header{
		ID: id, Title: title, Time: t, Status: event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(sReport, source.VerbReported)},
	}
}

// add adds records to s, failing on the first error.
func add(tb testing.TB, s *newsevent.Story, records ...newsevent.Record) {
	tb.Helper()
	for _, r := range records {
		require.NoError(tb, s.Add(r))
	}
}

// baseStory returns a valid story of the actors, the territory and the
// source that the events of these tests refer to, and no event.
func baseStory(tb testing.TB) *newsevent.Story {
	tb.Helper()
	var s newsevent.Story
	add(tb, &s,
		newsevent.ActorRecord{Actor: actor.Actor{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine"}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aZelenskyy, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy"}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aTrump, Kind: actor.KindPerson, Name: "Donald Trump"}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aWitkoff, Kind: actor.KindPerson, Name: "Steve Witkoff"}},
		newsevent.TerritoryRecord{Territory: territory.Territory{ID: tKyivRegion, Kind: territory.KindRegion, Name: "Kyiv Oblast"}},
		newsevent.SourceRecord{Source: source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}},
	)
	return &s
}

func flood(tb testing.TB) *event.Disaster {
	tb.Helper()
	d, err := event.NewDisaster(header(eFlood, "Flood in Kyiv Oblast", source.Month(2025, time.March, "in March")), event.HazardFlood).
		Affected(tKyivRegion).
		Toll(source.Count{Value: 3, Qualifier: source.QualifierExact, Measure: source.MeasureMissing}).
		Build()
	require.NoError(tb, err)
	return d
}

func election(tb testing.TB) *event.Election {
	tb.Helper()
	e, err := event.NewElection(header(eElection, "Ukrainian presidential election", source.Day(2019, time.April, 21, "in 2019")), "President of Ukraine").
		Of(aUkraine).
		Round(2).
		Candidates(event.Candidate{Actor: aZelenskyy, Outcome: event.OutcomeWon, Results: []source.Count{
			{Value: 73.22, Qualifier: source.QualifierExact, Measure: source.MeasureVotes, Unit: source.UnitPercent},
		}}).
		Winner(aZelenskyy).
		Build()
	require.NoError(tb, err)
	return e
}

func appointment(tb testing.TB) *event.RoleChange {
	tb.Helper()
	r, err := event.NewRoleChange(header(eAppoint, "Witkoff named envoy", source.Day(2025, time.January, 10, "")), aWitkoff, event.ChangeAppointed, actor.Role{Title: "special envoy", Of: aTrump}).
		By(aTrump).
		Announced(source.Month(2025, time.January, "in January")).
		Build()
	require.NoError(tb, err)
	return r
}

// kindsStory returns a valid story with one event of each kind that the
// timeline has no lines of its own for.
func kindsStory(t *testing.T) *newsevent.Story {
	t.Helper()
	s := baseStory(t)
	add(t, s,
		newsevent.EventRecord{Event: flood(t)},
		newsevent.EventRecord{Event: election(t)},
		newsevent.EventRecord{Event: appointment(t)},
	)
	require.NoError(t, s.Validate())
	return s
}

// block returns the lines of the event whose first line ends with title.
func block(t *testing.T, out, title string) []string {
	t.Helper()
	for _, b := range strings.Split(out, "\n\n") {
		lines := strings.Split(b, "\n")
		if strings.HasSuffix(lines[0], title) {
			return lines
		}
	}
	t.Fatalf("no event %q in\n%s", title, out)
	return nil
}

func TestWriteShowsTheFieldsOfKindsWithoutLinesOfTheirOwn(t *testing.T) {
	s := kindsStory(t)
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, s, timeline.Options{Label: label}))
	out := b.String()

	disaster := block(t, out, "Flood in Kyiv Oblast [E1]")
	assert.Contains(t, disaster, "    hazard: flood")
	assert.Contains(t, disaster, "    affected: Kyiv Oblast [T1]")
	// The toll is a list of figures: it has figure lines, not a field line.
	assert.Contains(t, disaster, "    figure: missing: exact 3")
	assert.NotContains(t, strings.Join(disaster, "\n"), "toll:")

	vote := block(t, out, "Ukrainian presidential election [E2]")
	assert.Contains(t, vote, "    office: President of Ukraine")
	assert.Contains(t, vote, "    of: Ukraine [A1]")
	assert.Contains(t, vote, "    round: 2")
	assert.Contains(t, vote, "    candidates: {actor Volodymyr Zelenskyy [A2]; outcome won}", "a candidate's results are not shown inside the field")
	assert.Contains(t, vote, "    figure: votes: exact 73.22 percent", "a candidate's results are figure lines")
	assert.Contains(t, vote, "    winner: Volodymyr Zelenskyy [A2]")

	change := block(t, out, "Witkoff named envoy [E3]")
	assert.Contains(t, change, "    person: Steve Witkoff [A4]")
	assert.Contains(t, change, "    change: appointed")
	assert.Contains(t, change, "    role: {title special envoy; of Donald Trump [A3]}")
	assert.Contains(t, change, "    by: Donald Trump [A3]")
	assert.Contains(t, change, "    announced: 2025-01 (month) “in January”")
	// A field that is not set has no line.
	assert.NotContains(t, strings.Join(change, "\n"), "effective:")

	// The header's fields are not shown again as the kind's own fields.
	for _, lines := range [][]string{disaster, vote, change} {
		for _, l := range lines[1:] {
			assert.False(t, strings.HasPrefix(l, "    title:") || strings.HasPrefix(l, "    id:"), "header field shown: %q", l)
		}
	}
	assert.True(t, strings.HasSuffix(out, "4 actors, 1 territories, 1 sources, 0 statuses, 3 events; validation: ok\n"), out)
}

func TestWriteWithoutLabels(t *testing.T) {
	s := baseStory(t)
	add(t, s, newsevent.EventRecord{Event: election(t)})
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, s, timeline.Options{}))
	out := b.String()
	assert.Contains(t, out, "  election  Ukrainian presidential election\n")
	assert.Contains(t, out, "    winner: Volodymyr Zelenskyy\n")
	assert.NotContains(t, out, "[")
}

func TestWriteIsTheSameEveryTime(t *testing.T) {
	s := kindsStory(t)
	var a, b bytes.Buffer
	require.NoError(t, timeline.Write(&a, s, timeline.Options{Label: label}))
	require.NoError(t, timeline.Write(&b, s, timeline.Options{Label: label}))
	assert.Equal(t, a.String(), b.String())
}

// A disaster has no lines of its own in a timeline: its fields are shown
// by name as in JSON, and its toll as figures.
func ExampleWrite() {
	region := territory.IDFor("kyiv region")
	report := source.IDFor("report")
	floodID := event.IDFor("flood")
	census := map[uuid.UUID]string{uuid.UUID(region): "T1", uuid.UUID(report): "S1", uuid.UUID(floodID): "E1"}

	var s newsevent.Story
	if err := s.AddTerritory(territory.Territory{ID: region, Kind: territory.KindRegion, Name: "Kyiv Oblast"}); err != nil {
		panic(err)
	}
	if err := s.AddSource(source.Source{ID: report, Kind: source.KindReport, Title: "a report"}); err != nil {
		panic(err)
	}
	flood, err := event.NewDisaster(event.Header{
		ID:           floodID,
		Title:        "Flood in Kyiv Oblast",
		Time:         source.Month(2025, time.March, "in March"),
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report, source.VerbReported)},
	}, event.HazardFlood).
		Affected(region).
		Toll(source.Count{Value: 3, Qualifier: source.QualifierExact, Measure: source.MeasureMissing}).
		Build()
	if err != nil {
		panic(err)
	}
	if err := s.AddEvent(flood); err != nil {
		panic(err)
	}

	err = timeline.Write(os.Stdout, &s, timeline.Options{Label: func(id uuid.UUID) string { return census[id] }})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 2025-03 (month) “in March”  disaster  Flood in Kyiv Oblast [E1]
	//     status: occurred
	//     where: Kyiv Oblast [T1]
	//     hazard: flood
	//     affected: Kyiv Oblast [T1]
	//     figure: missing: exact 3
	//     sources: a report [S1] (reported)
	//
	// 0 actors, 1 territories, 1 sources, 0 statuses, 1 events; validation: ok
}
