package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// TestFigures checks that Figures finds every figure of each kind in the
// order of the JSON form: the header's figures first, then those of the
// kind's fields, in field order.
func TestFigures(t *testing.T) {
	headerFigures := event.HeaderOf(sample(event.KindMeeting)).Figures
	with := func(cs ...source.Count) []source.Count {
		return append(append([]source.Count(nil), headerFigures...), cs...)
	}

	attack := sample(event.KindAttack).(*event.Attack)
	proposal := sample(event.KindProposal).(*event.Proposal)
	election := sample(event.KindElection).(*event.Election)
	for _, c := range []struct {
		kind event.Kind
		want []source.Count
	}{
		{event.KindMeeting, with(sample(event.KindMeeting).(*event.Meeting).Duration)},
		// Weapons, then casualties, then occurrences: the field order.
		{event.KindAttack, with(attack.Weapons[0].Count, attack.Casualties[0], attack.Casualties[1], attack.Occurrences[0])},
		{event.KindStatement, headerFigures},
		{event.KindProposal, with(proposal.Phases[0].Duration)},
		{event.KindResponse, headerFigures},
		{event.KindConflict, headerFigures},
		{event.KindDisaster, with(sample(event.KindDisaster).(*event.Disaster).Toll...)},
		{event.KindElection, with(election.Candidates[0].Results...)},
		{event.KindRoleChange, headerFigures},
		{event.KindOther, headerFigures},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			assert.Equal(t, c.want, event.Figures(sample(c.kind)))
		})
	}

	// Unset figures are left out; nothing at all gives nil.
	assert.Nil(t, event.Figures(minimal(event.KindMeeting)))
	assert.Nil(t, event.Figures(nil))
	assert.Nil(t, event.Figures((*event.Attack)(nil)))
}

// TestFiguresAreCopies checks that the figures Figures returns are copies:
// changing one, or its attributions, leaves the event as it was.
func TestFiguresAreCopies(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			figures := event.Figures(e)
			require.NotEmpty(t, figures)
			for i := range figures {
				figures[i].Text += " (changed)"
				for j := range figures[i].Attributions {
					figures[i].Attributions[j].Text += " (changed)"
				}
				for j := range figures[i].Includes {
					figures[i].Includes[j] += " (changed)"
				}
			}
			assert.Equal(t, sample(k), e)
		})
	}
}
