package synth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

func TestGenEveryKind(t *testing.T) {
	s := synth.Story(len(event.Kinds()), 1)
	got := map[event.Kind]int{}
	for _, e := range s.Events() {
		got[e.Kind()]++
	}
	for _, k := range event.Kinds() {
		assert.Positive(t, got[k], "no %s in a story of one event per kind", k)
	}
}

// TestGenShape checks the proportions and the nesting the package doc
// promises, on a story large enough for them to show.
func TestGenShape(t *testing.T) {
	s := synth.Story(2000, 3)
	require.NoError(t, s.Validate())
	kinds := map[event.Kind]int{}
	for _, e := range s.Events() {
		kinds[e.Kind()]++
	}
	assert.Greater(t, kinds[event.KindAttack], kinds[event.KindMeeting], "more attacks than meetings")
	assert.Greater(t, kinds[event.KindStatement], kinds[event.KindProposal], "more statements than proposals")
	assert.Greater(t, kinds[event.KindMeeting], kinds[event.KindElection])

	depth := 0
	for _, src := range s.Sources() {
		depth = max(depth, len(s.Chain(src.ID))-1)
	}
	assert.Equal(t, 3, depth, "relay chains go three deep")

	standings := map[territory.Standing]bool{}
	for _, st := range s.Statuses() {
		standings[st.Standing] = true
	}
	assert.Len(t, standings, len(territory.Standings()))

	qualifiers := map[source.Qualifier]bool{}
	for _, e := range s.Events() {
		if a, ok := e.(*event.Attack); ok {
			for _, c := range a.Casualties {
				qualifiers[c.Qualifier] = true
			}
		}
	}
	assert.GreaterOrEqual(t, len(qualifiers), 6, "casualty figures use many qualifiers")

	kindsOfPlace := map[territory.Kind]bool{}
	unnamed := 0
	for _, tr := range s.Territories() {
		kindsOfPlace[tr.Kind] = true
		if tr.Name == "" {
			unnamed++
		}
	}
	assert.Len(t, kindsOfPlace, len(territory.Kinds()))
	assert.Positive(t, unnamed)
}

func TestGenNegativeEvents(t *testing.T) {
	assert.Equal(t, 0, synth.New(synth.Options{Events: -5}).Counts().Events)
}
