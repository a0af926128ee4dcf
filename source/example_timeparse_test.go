package source_test

import (
	"fmt"
	"time"

	"github.com/newsevent/newsevent/source"
)

// Read resolves the phrases of one report in order: a clock time without
// a zone takes the zone named before it, and "the day before" counts from
// the day resolved before it. The zone of the place, for "local time",
// is the Resolver's Local.
func ExampleResolver_Read() {
	r := source.Resolver{
		Ref:   time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC), // the report's date, a Friday
		Local: "Europe/Kyiv",
	}
	for _, phrase := range []string{
		"on Thursday at 15:00 Kyiv time",
		"at 18:00",
		"the day before",
		"at 03:00 local time (00:00 GMT)",
		"late last week",
		"at 02:30 Kyiv time on March 30",
		"at 03:30 Kyiv time on March 30",
	} {
		t, err := r.Read(phrase)
		if err != nil {
			fmt.Println(err)
			continue
		}
		when := t.Start.Format(time.RFC3339)
		if !t.End.IsZero() {
			when += " to " + t.End.Format(time.DateOnly)
		}
		fmt.Printf("%-34q %s %s %q\n", t.Text, when, t.Precision, t.Zone)
	}
	// Output:
	// "on Thursday at 15:00 Kyiv time"   2025-04-24T12:00:00Z minute "Kyiv time"
	// "at 18:00"                         2025-04-24T15:00:00Z minute "Kyiv time"
	// "the day before"                   2025-04-23T00:00:00Z day ""
	// "at 03:00 local time (00:00 GMT)"  2025-04-23T00:00:00Z minute "local time (00:00 GMT)"
	// source: time phrase "late last week": "late" needs a day, a month or a year, not a period
	// "at 02:30 Kyiv time on March 30"   2025-03-30T00:30:00Z minute "Kyiv time"
	// source: time phrase "at 03:30 Kyiv time on March 30": 03:30 on 2025-03-30 does not exist in Kyiv time: the clocks went forward past it
}

// Parse reads the phrases of news reports: parts of days, weeks and
// months, windows and deadlines, each kept as written beside what it
// resolves to.
func ExampleResolver_Parse_phrases() {
	r := source.Resolver{Ref: time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC)} // a Friday
	for _, phrase := range []string{
		"last night",
		"early Monday",
		"last week",
		"mid-March",
		"early 2025",
		"within 72 hours",
		"in the coming days",
		"before Monday",
		"by the end of March",
		"for the first five days",
	} {
		t, err := r.Parse(phrase)
		if err != nil {
			fmt.Println(err)
			continue
		}
		from, to := t.Span()
		fmt.Printf("%-22q %-6s %-10s from %s to %s\n", t.Text, t.Precision, t.Bound, minuteOrOpen(from), minuteOrOpen(to))
	}
	// Output:
	// "last night"           day               from 2025-04-24T00:00 to 2025-04-26T00:00
	// "early Monday"         day               from 2025-04-21T00:00 to 2025-04-22T00:00
	// "last week"            day               from 2025-04-14T00:00 to 2025-04-21T00:00
	// "mid-March"            day               from 2025-03-11T00:00 to 2025-03-21T00:00
	// "early 2025"           month             from 2025-01-01T00:00 to 2025-05-01T00:00
	// "within 72 hours"      hour              from 2025-04-25T00:00 to 2025-04-28T01:00
	// "in the coming days"   day    not_before from 2025-04-25T00:00 to open
	// "before Monday"        day    not_after  from open to 2025-04-21T00:00
	// "by the end of March"  day    not_after  from open to 2025-04-01T00:00
	// source: time phrase "for the first five days": it counts from an event or a period the phrase does not date, and is no time of its own: link it to the event it counts from
}

// minuteOrOpen writes an instant to the minute, or "open" for none.
func minuteOrOpen(t time.Time) string {
	if t.IsZero() {
		return "open"
	}
	return t.Format("2006-01-02T15:04")
}
