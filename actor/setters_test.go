package actor_test

import (
	"testing"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/testutil"
)

// TestEveryFieldHasASetter holds the builder contract as fields are added.
func TestEveryFieldHasASetter(t *testing.T) {
	testutil.AssertSetters[actor.Builder, actor.Actor](t, "ID", "Kind", "Name")
}
