package synth_test

import (
	"strconv"
	"testing"

	"github.com/newsevent/newsevent/internal/synth"
)

// BenchmarkGenerate times the generator itself, at the sizes the
// benchmarks of newsevent use most: it runs before every benchmark of the
// root package, and in every property test.
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run("events="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if s := synth.Story(n, 1); s.Counts().Events != n {
					b.Fatal("lost events")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
		})
	}
}
