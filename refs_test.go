package newsevent_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
)

// The typed walks of refs_gen.go, which the Checker uses, visit exactly
// what the reflection walker visits (but for each record's own ID): the
// same values, by address, with the same paths, in the same order, over
// generated stories of several seeds and sizes and every sample.
func TestTypedWalksMatchTheReflectionWalker(t *testing.T) {
	stories := map[string]*newsevent.Story{}
	for _, seed := range []uint64{1, 2, 3, 4} {
		for _, n := range []int{0, 1, len(event.Kinds()), 200, 1500} {
			stories[fmt.Sprintf("synth-%d-%d", seed, n)] = synth.New(synth.Options{Events: n, Seed: seed, Identities: seed%2 == 0})
		}
	}
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err, sample.Name)
		stories[sample.Name] = s
	}
	updated, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	stories["article-updated"] = updated
	kinds := map[event.Kind]bool{}
	visits := 0
	for name, s := range stories {
		i := 0
		for rec := range s.Records() {
			typed, reflected, ok := newsevent.RefWalks(rec)
			require.True(t, ok, "%s: record %d has no typed walk", name, i)
			require.Equal(t, reflected, typed, "%s: record %d (%T)", name, i, rec)
			if e, ok := rec.(newsevent.EventRecord); ok {
				kinds[e.Event.Kind()] = true
			}
			visits += len(typed)
			i++
		}
	}
	for _, k := range event.Kinds() {
		assert.True(t, kinds[k], "no event of kind %s was walked", k)
	}
	assert.Greater(t, visits, 10000, "the stories have references to walk")
}

// BenchmarkRefWalk walks every event of a generated story with the typed
// walks and with the reflection walker.
func BenchmarkRefWalk(b *testing.B) {
	events := synth.Story(2000, 1).Events()
	for _, typed := range []bool{true, false} {
		name := "reflect"
		if typed {
			name = "typed"
		}
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, e := range events {
					n += newsevent.CountRefs(e, typed)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(events)), "ns/event")
		})
	}
}
