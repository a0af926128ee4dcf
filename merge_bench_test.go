package newsevent_test

import (
	"bytes"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
)

// mergePair returns two stories of n events each, as JSON Lines, made from
// one generated story of 1.5n events: the first holds events [0, n), the
// second events [n/2, 1.5n), with those it shares with the first, [n/2,
// n), under other IDs (and the links to them rewritten). The actors,
// places, sources and statuses of both are the same records under the
// same IDs.
func mergePair(b *testing.B, n int) (first, second []byte) {
	b.Helper()
	whole := synth.Story(n+n/2, 1)
	events := whole.Events()
	part := func(from, to int) *newsevent.Story {
		s := new(newsevent.Story)
		for r := range whole.Records() {
			if _, ok := r.(newsevent.EventRecord); !ok {
				if err := s.Add(r); err != nil {
					b.Fatal(err)
				}
			}
		}
		for _, e := range events[from:to] {
			if err := s.AddEvent(e); err != nil {
				b.Fatal(err)
			}
		}
		return s
	}
	encode := func(s *newsevent.Story) []byte {
		var buf bytes.Buffer
		if err := s.WriteJSONL(&buf); err != nil {
			b.Fatal(err)
		}
		return buf.Bytes()
	}
	first = encode(part(0, n))
	var pairs []string
	for _, e := range events[n/2 : n] {
		id := event.HeaderOf(e).ID
		pairs = append(pairs, `"`+id.String()+`"`, `"`+event.IDFor("other outlet "+id.String()).String()+`"`)
	}
	second = []byte(strings.NewReplacer(pairs...).Replace(string(encode(part(n/2, n+n/2)))))
	return first, second
}

// BenchmarkRatioMergeDecode reports Merge of two stories of n events,
// half of whose events are shared under other IDs (each a merge
// candidate), over decoding both from JSON Lines. Target: at most 2.
func BenchmarkRatioMergeDecode(b *testing.B) {
	for _, n := range benchSizes {
		b.Run("events="+strconv.Itoa(n), func(b *testing.B) {
			first, second := mergePair(b, n)
			a, err := newsevent.ReadJSONL(bytes.NewReader(first))
			if err != nil {
				b.Fatal(err)
			}
			c, err := newsevent.ReadJSONL(bytes.NewReader(second))
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			var candidates int
			benchRatio(b, "merge/decode",
				func() error {
					_, report, err := newsevent.Merge(a, c, newsevent.MergeOptions{})
					if report != nil {
						candidates = len(report.Candidates)
					}
					return err
				},
				func() error {
					if _, err := newsevent.ReadJSONL(bytes.NewReader(first)); err != nil {
						return err
					}
					_, err := newsevent.ReadJSONL(bytes.NewReader(second))
					return err
				})
			b.ReportMetric(float64(candidates)/float64(n/2), "candidates/shared")
		})
	}
}
