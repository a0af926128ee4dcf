package timeline_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/timeline"
	"github.com/newsevent/newsevent/source"
)

// placedStory returns a story whose events without dates are placed by
// links of every sort, with the labels of its events.
func placedStory(t *testing.T) (*newsevent.Story, map[uuid.UUID]string) {
	t.Helper()
	s := baseStory(t)
	labels := map[uuid.UUID]string{}
	ev := func(label, title string, tm source.Time, links ...event.Link) newsevent.EventRecord {
		id := event.IDFor("placed/" + label)
		labels[uuid.UUID(id)] = label
		h := header(id, title, tm)
		h.Links = links
		return newsevent.EventRecord{Event: &event.Other{Header: h, Action: title}}
	}
	link := func(lt event.LinkType, label string) event.Link {
		return event.Link{Type: lt, To: event.IDFor("placed/" + label)}
	}
	add(t, s,
		ev("P1", "War", source.Year(2022, "since 2022").Since()),
		ev("P2", "Strike", source.Day(2025, time.April, 24, "Thursday"), link(event.LinkPrecedes, "P5")),
		ev("P3", "Meeting", source.Day(2025, time.April, 25, "Friday")),
		ev("P4", "Remarks", source.Time{}, event.Link{Type: event.LinkFollows, To: event.IDFor("placed/P3"), Text: "later on"}),
		ev("P5", "Statement", source.Time{}),
		ev("P6", "Talks", source.Time{}, link(event.LinkPrecedes, "P3")),
		ev("P7", "Raid", source.Time{}, link(event.LinkPartOf, "P1")),
		ev("P8", "Reaction", source.Time{}, link(event.LinkCausedBy, "P4")),
		ev("P9", "Muddle", source.Time{}, link(event.LinkCausedBy, "P3"), link(event.LinkPrecedes, "P2")),
		ev("P10", "Aside", source.Time{Text: "at some point"}),
	)
	return s, labels
}

func TestWriteMarksInferredTimes(t *testing.T) {
	s, labels := placedStory(t)
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, s, timeline.Options{Label: func(id uuid.UUID) string { return labels[id] }}))
	var firsts []string
	for _, blk := range strings.Split(b.String(), "\n\n") {
		if first, _, _ := strings.Cut(blk, "\n"); strings.Contains(first, "  other  ") {
			firsts = append(firsts, first)
		}
	}
	assert.Equal(t, []string{
		"since 2022 (year) “since 2022”  other  War [P1]",
		// A part of the war: within it, which is from 2022 on.
		"not before 2022 (year) (within the event it is part of)  other  Raid [P7]",
		// The muddle's links put the meeting of April 25 before the
		// strike of April 24: both dated ends are told.
		"2025-04-24 (day) “Thursday” (links disagree: after Muddle [P9], which precedes it, from Meeting [P3])  other  Strike [P2]",
		// Placed by the strike's link, which names the strike.
		"not before 2025-04-24 (day) (after Strike [P2], which precedes it)  other  Statement [P5]",
		"not after 2025-04-25 (day) (before the event it precedes)  other  Talks [P6]",
		"2025-04-25 (day) “Friday” (links disagree: before Muddle [P9], which it caused, from Strike [P2])  other  Meeting [P3]",
		// As it always was for a follows link.
		"not before 2025-04-25 (day) “later on” (after the event it follows)  other  Remarks [P4]",
		// Through an event without a date: the dated event it comes from.
		"not before 2025-04-25 (day) (after the event that caused it, from Meeting [P3])  other  Reaction [P8]",
		// After April 25 and not after April 24: kept as given, and said.
		"undated (links disagree: after the event that caused it; before the event it precedes)  other  Muddle [P9]",
		"undated “at some point”  other  Aside [P10]",
	}, firsts)
}

// A whole without a date is under way by the time of its dated part.
func TestWriteMarksAWholeByItsPart(t *testing.T) {
	s := baseStory(t)
	part := header(event.IDFor("part"), "Convoy", source.Day(2023, time.February, 9, ""))
	part.Links = []event.Link{{Type: event.LinkPartOf, To: event.IDFor("whole")}}
	add(t, s,
		newsevent.EventRecord{Event: &event.Other{Header: header(event.IDFor("whole"), "Operation", source.Time{}), Action: "operation"}},
		newsevent.EventRecord{Event: &event.Other{Header: part, Action: "convoy"}},
	)
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, s, timeline.Options{}))
	assert.Contains(t, b.String(), "not after 2023-02-09 (day) (under way by Convoy, which is part of it)  other  Operation\n")
}

// The marks of a dated event whose links disagree with its time.
func TestWriteMarksLinksThatDisagree(t *testing.T) {
	s := baseStory(t)
	early := header(event.IDFor("early"), "Early effect", source.Day(2025, time.April, 1, ""))
	early.Links = []event.Link{{Type: event.LinkCausedBy, To: event.IDFor("cause")}}
	add(t, s,
		newsevent.EventRecord{Event: &event.Other{Header: header(event.IDFor("cause"), "Cause", source.Day(2025, time.April, 10, "")), Action: "cause"}},
		newsevent.EventRecord{Event: &event.Other{Header: early, Action: "effect"}},
	)
	var b bytes.Buffer
	require.NoError(t, timeline.Write(&b, s, timeline.Options{}))
	out := b.String()
	assert.Contains(t, out, "2025-04-01 (day) (links disagree: after the event that caused it)  other  Early effect\n")
	assert.Contains(t, out, "2025-04-10 (day) (links disagree: before Early effect, which it caused)  other  Cause\n")
}
