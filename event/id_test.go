package event_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/testutil"
)

func TestID(t *testing.T) {
	testutil.TestID(t, "event", event.NewID, event.IDFor, event.ParseID)
	assert.NotEqual(t, uuid.UUID(event.IDFor("E10")), uuid.UUID(actor.IDFor("E10")), "each record type has its own namespace")
}
