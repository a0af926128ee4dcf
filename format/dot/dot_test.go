package dot_test

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
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/source"
)

var (
	aRussia  = actor.IDFor("russia")
	aUkraine = actor.IDFor("ukraine")
	aUS      = actor.IDFor("us")

	sReport = source.IDFor("report")

	eWar    = event.IDFor("war")
	eStrike = event.IDFor("strike")
	ePlan   = event.IDFor("plan")
	eReject = event.IDFor("reject")
)

var labels = map[uuid.UUID]string{
	uuid.UUID(eWar):    "E1",
	uuid.UUID(eStrike): "E2",
	uuid.UUID(ePlan):   "E3",
	uuid.UUID(eReject): "E4",
}

func label(id uuid.UUID) string { return labels[id] }

// header returns a valid header reported by the report.
func header(id event.ID, title string, t source.Time) event.Header {
	return event.Header{
		ID: id, Title: title, Time: t, Status: event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(sReport, source.VerbReported)},
	}
}

// linkedStory returns a valid story of four events: a strike that is part
// of a war (a link of its header), and a rejection that responds to a
// plan (a link its kind implies). They are added out of time order.
func linkedStory(t *testing.T) *newsevent.Story {
	t.Helper()
	strike := &event.Attack{
		Header:   header(eStrike, "Strike on Kyiv", source.Day(2025, time.April, 24, "overnight")),
		Attacker: aRussia,
		Targets:  []event.Target{{Actor: aUkraine}},
	}
	strike.Links = []event.Link{{Type: event.LinkPartOf, To: eWar}}
	war := &event.Conflict{Header: header(eWar, "Russia's war in Ukraine", source.Year(2022, "since 2022").Since()), Parties: []actor.ID{aRussia, aUkraine}}
	war.Status = event.StatusOngoing
	plan := &event.Proposal{Header: header(ePlan, "US peace framework", source.Day(2025, time.April, 23, "")), Proposers: []actor.ID{aUS}, Stage: event.StageProposed}
	plan.Status = event.StatusProposed
	reject := &event.Response{
		Header:    header(eReject, "Ukraine rejects the framework", source.Time{}),
		Responder: aUkraine, To: ePlan, ToKind: event.KindProposal, Act: event.ResponseReject,
	}

	var s newsevent.Story
	for _, r := range []newsevent.Record{
		newsevent.ActorRecord{Actor: actor.Actor{ID: aRussia, Kind: actor.KindState, Name: "Russia"}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine"}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aUS, Kind: actor.KindState, Name: "United States"}},
		newsevent.SourceRecord{Source: source.Source{ID: sReport, Kind: source.KindReport, Title: "a report"}},
		newsevent.EventRecord{Event: reject},
		newsevent.EventRecord{Event: strike},
		newsevent.EventRecord{Event: plan},
		newsevent.EventRecord{Event: war},
	} {
		require.NoError(t, s.Add(r))
	}
	require.NoError(t, s.Validate())
	return &s
}

func TestWrite(t *testing.T) {
	s := linkedStory(t)
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, s, dot.Options{Label: label}))
	out := b.String()

	assert.True(t, strings.HasPrefix(out, "digraph story {\n"), out)
	assert.True(t, strings.HasSuffix(out, "}\n"), out)

	// One node per event, in time order, labelled with the label in
	// brackets, the kind, the date and the title.
	var nodes []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, " [label=") && !strings.Contains(l, " -> ") {
			nodes = append(nodes, l)
		}
	}
	require.Len(t, nodes, 4, out)
	assert.Equal(t, fmt.Sprintf("\t%q [label=%q];", eWar.String(), "[E1]\nconflict, since 2022 (year) “since 2022”\nRussia's war in Ukraine"), nodes[0])
	assert.Equal(t, fmt.Sprintf("\t%q [label=%q];", ePlan.String(), "[E3]\nproposal, 2025-04-23 (day)\nUS peace framework"), nodes[1])
	assert.Equal(t, fmt.Sprintf("\t%q [label=%q];", eStrike.String(), "[E2]\nattack, 2025-04-24 (day) “overnight”\nStrike on Kyiv"), nodes[2])
	assert.Equal(t, fmt.Sprintf("\t%q [label=%q];", eReject.String(), "[E4]\nresponse, undated\nUkraine rejects the framework"), nodes[3])

	// One edge per link: the header's part_of link, and the responds_to
	// link that a response implies.
	assert.Equal(t, 2, strings.Count(out, " -> "), out)
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"part_of\"];\n", eStrike.String(), eWar.String()))
	assert.Contains(t, out, fmt.Sprintf("\t%q -> %q [label=\"responds_to\"];\n", eReject.String(), ePlan.String()))

	// The same story gives the same bytes.
	var again bytes.Buffer
	require.NoError(t, dot.Write(&again, s, dot.Options{Label: label}))
	assert.Equal(t, out, again.String())
}

func TestWriteWithoutLabels(t *testing.T) {
	s := linkedStory(t)
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, s, dot.Options{}))
	out := b.String()
	// Without a label the node's label starts with the kind.
	assert.Contains(t, out, fmt.Sprintf("\t%q [label=%q];\n", eStrike.String(), "attack, 2025-04-24 (day) “overnight”\nStrike on Kyiv"))
	assert.NotContains(t, out, "[E")
	assert.Equal(t, 2, strings.Count(out, " -> "), out)
	assert.Equal(t, 4+2, strings.Count(out, " [label="), "four nodes and two edges")
}

func TestWriteEmptyStory(t *testing.T) {
	var s newsevent.Story
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, &s, dot.Options{}))
	assert.Equal(t, "digraph story {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"Helvetica\"];\n}\n", b.String())
}

// A war and a strike that is part of it: two nodes and an edge.
func ExampleWrite() {
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
	reported := []source.Attribution{source.Attribute(sReport, source.VerbReported)}
	war, err := event.NewConflict(event.Header{
		ID: eWar, Title: "Russia's war in Ukraine", Time: source.Year(2022, "since 2022").Since(),
		Status: event.StatusOngoing, Attributions: reported,
	}, aRussia, aUkraine).Build()
	if err != nil {
		panic(err)
	}
	strike, err := event.NewAttack(event.Header{
		ID: eStrike, Title: "Strike on Kyiv", Time: source.Day(2025, time.April, 24, "overnight"),
		Status: event.StatusOccurred, Attributions: reported,
		Links: []event.Link{{Type: event.LinkPartOf, To: eWar}},
	}).Attacker(aRussia).Targets(event.Target{Actor: aUkraine}).Build()
	if err != nil {
		panic(err)
	}
	for _, e := range []event.Event{war, strike} {
		if err := s.AddEvent(e); err != nil {
			panic(err)
		}
	}

	census := map[uuid.UUID]string{uuid.UUID(eWar): "E1", uuid.UUID(eStrike): "E2"}
	err = dot.Write(os.Stdout, &s, dot.Options{Label: func(id uuid.UUID) string { return census[id] }})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph story {
	// 	rankdir=LR;
	// 	node [shape=box, fontname="Helvetica"];
	// 	"d5100b15-7b5f-5353-a589-35496ea5a91e" [label="[E1]\nconflict, since 2022 (year) “since 2022”\nRussia's war in Ukraine"];
	// 	"3f1d12ca-47f5-5932-ad98-f547cd0be750" [label="[E2]\nattack, 2025-04-24 (day) “overnight”\nStrike on Kyiv"];
	// 	"3f1d12ca-47f5-5932-ad98-f547cd0be750" -> "d5100b15-7b5f-5353-a589-35496ea5a91e" [label="part_of"];
	// }
}
