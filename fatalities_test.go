package newsevent_test

import (
	"testing"

	"github.com/google/uuid"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// TestFatalities checks the conservative rule every export shares: the
// revised toll gives way to its revision, a denied or feared figure and
// other measures do not count, and between groups that count different
// people the largest lowest figure is taken.
func TestFatalities(t *testing.T) {
	s := revisionStory(t) // the strike's 9 killed (K1), revised by a later 12
	require.NoError(t, s.Update(uuid.UUID(eStrike), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.EventRecord).Event.(*event.Attack)
		denied := source.Count{Value: 40, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: []source.Attribution{source.Attribute(sReuters, source.VerbDenied)}}
		feared := source.Count{Value: 100, Qualifier: source.QualifierAsManyAs, Measure: source.MeasureKilled, Modality: source.ModalityFeared, Attributions: by(sArticle)}
		injured := source.Count{Value: 90, Qualifier: source.QualifierExact, Measure: source.MeasureInjured, Attributions: by(sArticle)}
		a.Casualties = append(a.Casualties, denied, feared, injured)
		return newsevent.EventRecord{Event: a}, nil
	}))
	require.NoError(t, s.Validate())
	f := s.Claims().Fatalities()
	require.Contains(t, f, eStrike)
	assert.Equal(t, int64(12), f[eStrike].Count, "the revision, not the revised 9, the denied 40 or the feared 100")
	assert.Equal(t, sReuters, f[eStrike].Figure.Attributions[0].Source)
	assert.NotContains(t, f, eStatement, "the revising figure counts for the event it revises")

	// Two groups: 12 in all, and 20 to 30 soldiers elsewhere: the larger
	// guaranteed number, 20.
	require.NoError(t, s.Update(uuid.UUID(eStrike), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.EventRecord).Event.(*event.Attack)
		a.Casualties = append(a.Casualties, source.Count{Min: 20, Max: 30, Qualifier: source.QualifierRange, Measure: source.MeasureKilled, Subject: "soldiers", Attributions: by(sArticle)})
		return newsevent.EventRecord{Event: a}, nil
	}))
	assert.Equal(t, int64(20), s.Claims().Fatalities()[eStrike].Count)
}
