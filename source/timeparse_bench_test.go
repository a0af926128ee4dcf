package source_test

import (
	"testing"
	"time"

	"github.com/newsevent/newsevent/source"
)

// BenchmarkParseTime resolves phrases of the shapes news reports use (a
// weekday, a date, a year, a part of a day, a bound) against a reference
// date, as a builder of a story does for each time it reports.
func BenchmarkParseTime(b *testing.B) {
	ref := time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC)
	phrases := []string{
		"not before Friday", "on Thursday", "since 2022", "Thursday", "as of April 24",
		"overnight into Friday", "On Friday", "April 23", "last week", "early Monday morning",
		"on 3 March 2024", "Thursday at 10:30 GMT", "between April 1 and April 3", "in mid-2023",
	}
	for _, p := range phrases {
		if _, err := source.ParseTime(p, ref); err != nil {
			b.Fatalf("%q: %v", p, err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			if _, err := source.ParseTime(p, ref); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/phrase")
}
