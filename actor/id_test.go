package actor_test

import (
	"testing"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/testutil"
)

func TestID(t *testing.T) {
	testutil.TestID(t, "actor", actor.NewID, actor.IDFor, actor.ParseID)
}
