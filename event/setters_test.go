package event_test

import (
	"testing"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/testutil"
)

// TestEveryFieldHasASetter holds the builder contract as fields are added:
// every field of a kind but those its constructor takes has a setter (the
// header is given as a literal).
func TestEveryFieldHasASetter(t *testing.T) {
	testutil.AssertSetters[event.MeetingBuilder, event.Meeting](t, "Attendees")
	testutil.AssertSetters[event.AttackBuilder, event.Attack](t)
	testutil.AssertSetters[event.StatementBuilder, event.Statement](t, "Speaker", "Acts")
	testutil.AssertSetters[event.ProposalBuilder, event.Proposal](t, "Stage", "Proposers")
	testutil.AssertSetters[event.ResponseBuilder, event.Response](t, "Responder", "Act", "To", "ToKind")
	testutil.AssertSetters[event.ConflictBuilder, event.Conflict](t, "Parties")
	testutil.AssertSetters[event.DisasterBuilder, event.Disaster](t, "Hazard")
	testutil.AssertSetters[event.ElectionBuilder, event.Election](t, "Office")
	testutil.AssertSetters[event.RoleChangeBuilder, event.RoleChange](t, "Person", "Change", "Role")
	testutil.AssertSetters[event.OtherBuilder, event.Other](t, "Action")
}
