package newsevent_test

import (
	"fmt"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// A report gives no date for a protest, but says it was caused by a strike
// on Thursday and came before Friday's meeting: the story places it
// between the two, and says so.
func ExampleStory_Placement() {
	report := source.Source{ID: source.IDFor("report"), Kind: source.KindReport, Title: "a report"}
	ev := func(key, title string, t source.Time, links ...event.Link) *event.Other {
		return &event.Other{Header: event.Header{
			ID: event.IDFor(key), Title: title, Time: t, Status: event.StatusOccurred,
			Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
			Links:        links,
		}, Action: title}
	}
	strike := ev("strike", "strike", source.Day(2025, time.April, 24, "Thursday"))
	meeting := ev("meeting", "meeting", source.Day(2025, time.April, 25, "Friday"))
	protest := ev("protest", "protest", source.Time{},
		event.Link{Type: event.LinkCausedBy, To: strike.ID},
		event.Link{Type: event.LinkPrecedes, To: meeting.ID})

	var s newsevent.Story
	if err := s.AddSource(report); err != nil {
		panic(err)
	}
	for _, e := range []event.Event{protest, meeting, strike} {
		if err := s.AddEvent(e); err != nil {
			panic(err)
		}
	}

	p, _ := s.Placement(protest.ID)
	fmt.Println(p.Time.Start.Format(time.DateOnly), "to", p.Time.End.Format(time.DateOnly), "inferred:", p.Inferred)
	for _, c := range p.From {
		e, _ := s.Event(c.Anchor)
		fmt.Printf("%s %s by its %s link\n", c.Bound, e.Head().Title, c.Link.Type)
	}
	for _, e := range s.Timeline() {
		fmt.Println(e.Head().Title)
	}
	// Output:
	// 2025-04-24 to 2025-04-25 inferred: true
	// not_before strike by its caused_by link
	// not_after meeting by its precedes link
	// strike
	// protest
	// meeting
}
