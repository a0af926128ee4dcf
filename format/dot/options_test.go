package dot_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/source"
)

var (
	sPost  = source.IDFor("post")
	sOrig  = source.IDFor("original")
	aOther = actor.IDFor("missing actor")
)

// sourcedStory is linkedStory with a post, relayed by the report, that
// gives the strike's toll only, and a statement the post came via.
func sourcedStory(t *testing.T) *newsevent.Story {
	t.Helper()
	s := linkedStory(t)
	require.NoError(t, s.AddSource(source.Source{ID: sOrig, Kind: source.KindStatement, Title: "a statement"}))
	require.NoError(t, s.AddSource(source.Source{
		ID: sPost, Kind: source.KindPost, Platform: "x", Via: sOrig,
		Published: source.Day(2025, time.April, 24, "Thursday"),
	}))
	require.NoError(t, s.Update(uuid.UUID(eStrike), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.EventRecord).Event.(*event.Attack)
		killed, err := source.ParseCount("at least 12")
		require.NoError(t, err)
		killed.Measure = source.MeasureKilled
		killed.Attributions = []source.Attribution{
			source.Attribute(sPost, source.VerbSaid),
			source.Attribute(sReport, source.VerbReported),
		}
		a.Casualties = []source.Count{killed}
		return newsevent.EventRecord{Event: a}, nil
	}))
	require.NoError(t, s.Validate())
	return s
}

// write writes s with o and returns the output.
func write(t *testing.T, s *newsevent.Story, o dot.Options) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, s, o))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "digraph story {\n"), out)
	assert.True(t, strings.HasSuffix(out, "}\n"), out)
	var again bytes.Buffer
	require.NoError(t, dot.Write(&again, s, o))
	assert.Equal(t, out, again.String(), "the same story gives the same bytes")
	return out
}

func TestWriteActors(t *testing.T) {
	s := linkedStory(t)
	out := write(t, s, dot.Options{Label: label, Actors: true})

	// A node per actor that takes part, in the story's order.
	node := func(id actor.ID, lbl string) string {
		return fmt.Sprintf("\t%q [label=%q, shape=ellipse, color=\"#1f5fa8\"];\n", "actor:"+id.String(), lbl)
	}
	for _, n := range []string{node(aRussia, "Russia\nstate"), node(aUkraine, "Ukraine\nstate"), node(aUS, "United States\nstate")} {
		assert.Contains(t, out, n)
	}
	assert.Less(t, strings.Index(out, node(aRussia, "Russia\nstate")), strings.Index(out, node(aUS, "United States\nstate")))

	// An edge from each actor to each of its events, with its roles.
	edge := func(a actor.ID, e event.ID, roles string) string {
		return fmt.Sprintf("\t%q -> %q [label=%q, color=\"#1f5fa8\", fontcolor=\"#1f5fa8\"];\n", "actor:"+a.String(), e.String(), roles)
	}
	for _, e := range []string{
		edge(aRussia, eWar, "party"),
		edge(aUkraine, eWar, "party"),
		edge(aRussia, eStrike, "attacker"),
		edge(aUkraine, eStrike, "target"),
		edge(aUS, ePlan, "proposer"),
		edge(aUkraine, eReject, "responder"),
	} {
		assert.Contains(t, out, e)
	}
	assert.Equal(t, 6, strings.Count(out, "color=\"#1f5fa8\", fontcolor"), out)
	// The events' nodes and links are those of the default output.
	for _, l := range strings.Split(write(t, s, dot.Options{Label: label}), "\n") {
		if strings.HasPrefix(l, "\t\"") {
			assert.Contains(t, out, l+"\n")
		}
	}
}

func TestWriteActorsMergesRoles(t *testing.T) {
	// One actor in two roles of one event: one edge with both roles.
	s := linkedStory(t)
	require.NoError(t, s.Update(uuid.UUID(eStrike), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.EventRecord).Event.(*event.Attack)
		a.Targets = append(a.Targets, event.Target{Actor: aRussia}, event.Target{Actor: aRussia})
		return newsevent.EventRecord{Event: a}, nil
	}))
	out := write(t, s, dot.Options{Actors: true})
	assert.Contains(t, out, fmt.Sprintf("%q -> %q [label=\"attacker, target\"", "actor:"+aRussia.String(), eStrike.String()))
	assert.Equal(t, 1, strings.Count(out, fmt.Sprintf("%q -> %q", "actor:"+aRussia.String(), eStrike.String())))
}

func TestWriteSources(t *testing.T) {
	s := sourcedStory(t)
	out := write(t, s, dot.Options{Label: label, Sources: true})

	// The report, cited by every event; the post, cited for a figure;
	// the statement the post came via.
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=note, color=\"#2e7d32\"];\n", "source:"+sReport.String(), "a report\nreport"))
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=note, color=\"#2e7d32\"];\n", "source:"+sPost.String(), "the post\npost, 2025-04-24 (day) “Thursday”"))
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=note, color=\"#2e7d32\"];\n", "source:"+sOrig.String(), "a statement\nstatement"))
	assert.Equal(t, 3, strings.Count(out, "shape=note"))

	// Solid edges for the header's attributions, dashed for claims inside
	// the event only; one edge per event and source.
	edge := func(e event.ID, src source.ID, verbs, style string) string {
		return fmt.Sprintf("\t%q -> %q [label=%q, color=\"#2e7d32\", fontcolor=\"#2e7d32\"%s];\n", e.String(), "source:"+src.String(), verbs, style)
	}
	for _, e := range []event.ID{eWar, ePlan, eStrike, eReject} {
		assert.Contains(t, out, edge(e, sReport, "reported", ""))
	}
	assert.Contains(t, out, edge(eStrike, sPost, "said", ", style=dashed"))
	assert.Equal(t, 1, strings.Count(out, fmt.Sprintf("%q -> %q", eStrike.String(), "source:"+sReport.String())))
	// The relay chain.
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"via\", color=\"#2e7d32\", fontcolor=\"#2e7d32\"];\n", "source:"+sPost.String(), "source:"+sOrig.String()))
	assert.Equal(t, 1, strings.Count(out, `label="via"`))
}

func TestWriteRankByTime(t *testing.T) {
	// The response becomes an event without a date that follows the
	// strike: its link places it "not before" the strike's day.
	s := linkedStory(t)
	require.NoError(t, s.Update(uuid.UUID(eReject), func(r newsevent.Record) (newsevent.Record, error) {
		o := &event.Other{Header: header(eReject, "Talks after the strike", source.Time{}), Action: "talk"}
		o.Links = []event.Link{{Type: event.LinkFollows, To: eStrike}}
		return newsevent.EventRecord{Event: o}, nil
	}))
	require.NoError(t, s.Validate())
	pl, ok := s.Placement(eReject)
	require.True(t, ok)
	require.True(t, pl.Inferred)
	out := write(t, s, dot.Options{Label: label, RankByTime: true, Actors: true, Sources: true})

	// The axis: one column per time, in time order.
	axis := regexp.MustCompile(`\t"time:(\d+)" \[label="([^"]*)", shape=plaintext`).FindAllStringSubmatch(out, -1)
	var keys []string
	for i, m := range axis {
		assert.Equal(t, fmt.Sprint(i), m[1])
		keys = append(keys, m[2])
	}
	assert.Equal(t, []string{"2022", "2025-04-23", "2025-04-24"}, keys)
	assert.Contains(t, out, "\t\"time:0\" -> \"time:1\" [color=\"#777777\", arrowhead=none, weight=100];\n")
	assert.Contains(t, out, "\t\"time:1\" -> \"time:2\" [color=\"#777777\", arrowhead=none, weight=100];\n")

	// Each event in the column of its time, the placed one with the day
	// its bound falls on.
	assert.Contains(t, out, fmt.Sprintf("\t{rank=same; \"time:0\"; %q;}\n", eWar.String()))
	assert.Contains(t, out, fmt.Sprintf("\t{rank=same; \"time:1\"; %q;}\n", ePlan.String()))
	assert.Contains(t, out, fmt.Sprintf("\t{rank=same; \"time:2\"; %q; %q;}\n", eStrike.String(), eReject.String()))
	// Actors before the axis, sources after it.
	assert.Contains(t, out, fmt.Sprintf("\t{rank=source; %q; %q; %q;}\n", "actor:"+aRussia.String(), "actor:"+aUkraine.String(), "actor:"+aUS.String()))
	assert.Contains(t, out, fmt.Sprintf("\t{rank=sink; %q;}\n", "source:"+sReport.String()))

	// The strike is part of the war, an earlier column: written from the
	// war, its arrow turned round. A link within a column stays as it is.
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"part_of\", dir=back];\n", eWar.String(), eStrike.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"follows\"];\n", eReject.String(), eStrike.String()))
}

func TestWriteRankByTimeUndated(t *testing.T) {
	// An event that no link places goes to the last column, "undated";
	// two links between two events become one edge.
	s := linkedStory(t)
	require.NoError(t, s.Update(uuid.UUID(eReject), func(r newsevent.Record) (newsevent.Record, error) {
		o := &event.Other{Header: header(eReject, "Talk of talks", source.Time{}), Action: "talk"}
		o.Links = []event.Link{{Type: event.LinkAbout, To: eStrike}, {Type: event.LinkQualifies, To: eStrike}, {Type: event.LinkAbout, To: eWar}}
		return newsevent.EventRecord{Event: o}, nil
	}))
	require.NoError(t, s.Validate())
	out := write(t, s, dot.Options{RankByTime: true})
	assert.Contains(t, out, "\t\"time:3\" [label=\"undated\", shape=plaintext")
	assert.Contains(t, out, fmt.Sprintf("\t{rank=same; \"time:3\"; %q;}\n", eReject.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"about, qualifies\", dir=back];\n", eStrike.String(), eReject.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"about\", dir=back];\n", eWar.String(), eReject.String()))

	// Without RankByTime the two links stay two edges.
	out = write(t, s, dot.Options{})
	assert.Equal(t, 2, strings.Count(out, fmt.Sprintf("%q -> %q", eReject.String(), eStrike.String())))
}

func TestWriteWrap(t *testing.T) {
	s := linkedStory(t)
	out := write(t, s, dot.Options{Wrap: 12})
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q];\n", eReject.String(), "response,\nundated\nUkraine\nrejects the\nframework"))
	// A word longer than the width stays whole.
	assert.Contains(t, out, `2025-04-24\n(day)`)
}

func TestWriteEmptyStoryWithOptions(t *testing.T) {
	var s newsevent.Story
	out := write(t, &s, dot.Options{Actors: true, Sources: true, RankByTime: true, Wrap: 10})
	assert.Equal(t, "digraph story {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"Helvetica\"];\n\tedge [fontname=\"Helvetica\", fontsize=10];\n}\n", out)
}

func TestWriteMissingRecords(t *testing.T) {
	// A story that does not validate: an actor, a source and a relay the
	// story lacks are drawn as nodes named by their IDs; an event it lacks
	// is left to dot, which draws a node named by the ID.
	var s newsevent.Story
	sMissing := source.IDFor("missing source")
	require.NoError(t, s.AddSource(source.Source{ID: sReport, Kind: source.KindReport, Via: sMissing}))
	strike := &event.Attack{Header: header(eStrike, "Strike", source.Day(2025, time.April, 24, "")), Attacker: aOther}
	strike.Links = []event.Link{{Type: event.LinkPartOf, To: eWar}}
	strike.Attributions = append(strike.Attributions, source.Attribute(sOrig, source.VerbClaimed))
	require.NoError(t, s.AddEvent(strike))
	require.Error(t, s.Validate())

	out := write(t, &s, dot.Options{Actors: true, Sources: true, RankByTime: true})
	// A link to an event the story lacks, which has no column, does not
	// move its ends.
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"part_of\", constraint=false];\n", eStrike.String(), eWar.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=ellipse", "actor:"+aOther.String(), "actor "+aOther.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=note", "source:"+sOrig.String(), "source "+sOrig.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q, shape=note", "source:"+sMissing.String(), "source "+sMissing.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"via\"", "source:"+sReport.String(), "source:"+sMissing.String()))
}

func TestWriteRelayCycle(t *testing.T) {
	// A relay cycle (which Validate reports) is drawn once round.
	var s newsevent.Story
	require.NoError(t, s.AddSource(source.Source{ID: sReport, Kind: source.KindReport, Via: sPost}))
	require.NoError(t, s.AddSource(source.Source{ID: sPost, Kind: source.KindPost, Platform: "x", Via: sReport}))
	require.NoError(t, s.AddEvent(&event.Other{Header: header(eWar, "War", source.Time{}), Action: "war"}))
	out := write(t, &s, dot.Options{Sources: true})
	assert.Equal(t, 2, strings.Count(out, `label="via"`), out)
}

func TestWriteQuotesText(t *testing.T) {
	// Quotes, backslashes, tabs, control characters and invalid UTF-8
	// in a title: the label is one valid DOT string.
	var s newsevent.Story
	title := "a \"quoted\" \\N title\twith\x1b[31m escapes, \u200b and \xff"
	require.NoError(t, s.AddEvent(&event.Other{Header: header(eWar, title, source.Time{}), Action: "war"}))
	out := write(t, &s, dot.Options{})
	assert.Contains(t, out, `[label="other, undated\na \"quoted\" \\N title with[31m escapes, `+"\u200b and \uFFFD"+`"];`)
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\t\x1b")
}

// A strike with its actors and its source, on a time axis, its label
// wrapped at 30 characters.
func ExampleWrite_options() {
	var s newsevent.Story
	for _, a := range []actor.Actor{
		{ID: aRussia, Kind: actor.KindState, Name: "Russia"},
		{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine"},
	} {
		if err := s.AddActor(a); err != nil {
			panic(err)
		}
	}
	if err := s.AddSource(source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}); err != nil {
		panic(err)
	}
	strike, err := event.NewAttack(event.Header{
		ID: eStrike, Title: "Russian missile and drone strikes across Ukraine", Time: source.Day(2025, time.April, 24, "Thursday"),
		Status: event.StatusOccurred, Attributions: []source.Attribution{source.Attribute(sReport, source.VerbReported)},
	}).Attacker(aRussia).Targets(event.Target{Actor: aUkraine}).Build()
	if err != nil {
		panic(err)
	}
	if err := s.AddEvent(strike); err != nil {
		panic(err)
	}
	err = dot.Write(os.Stdout, &s, dot.Options{Actors: true, Sources: true, RankByTime: true, Wrap: 30})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph story {
	// 	rankdir=LR;
	// 	node [shape=box, fontname="Helvetica"];
	// 	edge [fontname="Helvetica", fontsize=10];
	// 	"3f1d12ca-47f5-5932-ad98-f547cd0be750" [label="attack, 2025-04-24 (day)\n“Thursday”\nRussian missile and drone\nstrikes across Ukraine"];
	// 	"actor:e140fd39-7c94-5c42-8691-4e645e1336b3" [label="Russia\nstate", shape=ellipse, color="#1f5fa8"];
	// 	"actor:8e2561c8-fe5d-53cf-bd18-d2066e6bb754" [label="Ukraine\nstate", shape=ellipse, color="#1f5fa8"];
	// 	"source:cfb75599-6f7b-500f-b47c-5e25beccc65f" [label="a report\nreport", shape=note, color="#2e7d32"];
	// 	"time:0" [label="2025-04-24", shape=plaintext, fontcolor="#777777"];
	// 	{rank=same; "time:0"; "3f1d12ca-47f5-5932-ad98-f547cd0be750";}
	// 	{rank=source; "actor:e140fd39-7c94-5c42-8691-4e645e1336b3"; "actor:8e2561c8-fe5d-53cf-bd18-d2066e6bb754";}
	// 	{rank=sink; "source:cfb75599-6f7b-500f-b47c-5e25beccc65f";}
	// 	"actor:e140fd39-7c94-5c42-8691-4e645e1336b3" -> "3f1d12ca-47f5-5932-ad98-f547cd0be750" [label="attacker", color="#1f5fa8", fontcolor="#1f5fa8"];
	// 	"actor:8e2561c8-fe5d-53cf-bd18-d2066e6bb754" -> "3f1d12ca-47f5-5932-ad98-f547cd0be750" [label="target", color="#1f5fa8", fontcolor="#1f5fa8"];
	// 	"3f1d12ca-47f5-5932-ad98-f547cd0be750" -> "source:cfb75599-6f7b-500f-b47c-5e25beccc65f" [label="reported", color="#2e7d32", fontcolor="#2e7d32"];
	// }
}
