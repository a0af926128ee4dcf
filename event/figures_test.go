package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

func TestFigures(t *testing.T) {
	headerFigures := headerOf(sample(event.KindMeeting)).Figures
	with := func(cs ...source.Count) []source.Count { return append(cs, headerFigures...) }

	attack := sample(event.KindAttack).(*event.Attack)
	proposal := sample(event.KindProposal).(*event.Proposal)
	election := sample(event.KindElection).(*event.Election)
	for _, c := range []struct {
		kind event.Kind
		want []source.Count
	}{
		{event.KindMeeting, with(sample(event.KindMeeting).(*event.Meeting).Duration)},
		{event.KindAttack, with(attack.Casualties[0], attack.Casualties[1], attack.Occurrences[0], attack.Weapons[0].Count)},
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
