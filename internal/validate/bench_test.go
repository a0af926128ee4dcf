package validate_test

import (
	"testing"

	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
)

// BenchmarkEngines validates the records of a generated story of 1,000
// events (and of the worked article), one record per op, the way the bulk
// path does: with validator/v10 through List.Struct, and with the
// compiled plans through Fast. Run it with -cpu 1 and compare the two in
// one run.
func BenchmarkEngines(b *testing.B) {
	article, err := examples.Article()
	if err != nil {
		b.Fatal(err)
	}
	for _, story := range []struct {
		name string
		recs []record
	}{
		{"story=generated", records(synth.Story(1_000, 1))},
		{"story=article", records(article)},
	} {
		vals := make([]any, len(story.recs))
		for i, r := range story.recs {
			vals[i] = r.Fresh()
		}
		b.Run(story.name+"/engine=validator", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				r := story.recs[i]
				var l validate.List
				l.Struct("", vals[i])
				if l.Err(r.Scope) != nil {
					b.Fatal("a generated record is invalid")
				}
				i = (i + 1) % len(vals)
			}
		})
		b.Run(story.name+"/engine=compiled", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if validate.Fast(story.recs[i].Scope, vals[i]) != nil {
					b.Fatal("a generated record is invalid")
				}
				i = (i + 1) % len(vals)
			}
		})
	}
}
