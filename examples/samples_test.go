package examples_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/examples"
)

func TestSamples(t *testing.T) {
	var names []string
	for _, s := range examples.Samples() {
		names = append(names, s.Name)
		story, err := s.Build()
		require.NoError(t, err, s.Name)
		require.NoError(t, story.Validate(), s.Name)
		census := map[string]bool{}
		for _, c := range s.Census() {
			census[c] = true
		}
		for _, a := range story.Actors() {
			label := s.Label(uuid.UUID(a.ID))
			assert.True(t, census[label], "%s labels actor %s with a census ID, not %q", s.Name, a.ID, label)
		}
		assert.NotEmpty(t, s.Report, s.Name)
		assert.NotEmpty(t, s.Shape, s.Name)
	}
	assert.Equal(t, []string{"article", "earthquake", "election", "ceasefire", "outbreak"}, names)
}
