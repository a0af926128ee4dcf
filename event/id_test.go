package event_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
)

func TestIDs(t *testing.T) {
	a := event.IDFor("E10")
	assert.Equal(t, a, event.IDFor("E10"), "the same key gives the same ID")
	assert.NotEqual(t, a, event.IDFor("E11"))
	assert.NotEqual(t, uuid.UUID(a), uuid.UUID(actor.IDFor("E10")), "each record type has its own namespace")
	assert.Equal(t, uuid.Version(5), uuid.UUID(a).Version())
	assert.False(t, a.IsZero())

	n, m := event.NewID(), event.NewID()
	assert.NotEqual(t, n, m)
	assert.Equal(t, uuid.Version(7), uuid.UUID(n).Version())

	var zero event.ID
	assert.True(t, zero.IsZero())

	got, err := event.ParseID(a.String())
	require.NoError(t, err)
	assert.Equal(t, a, got)
	got, err = event.ParseID(strings.ToUpper(a.String()))
	require.NoError(t, err)
	assert.Equal(t, a, got)

	j, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Equal(t, `"`+a.String()+`"`, string(j))
	var back event.ID
	require.NoError(t, json.Unmarshal(j, &back))
	assert.Equal(t, a, back)

	for _, bad := range []string{"", "E10", strings.ReplaceAll(a.String(), "-", ""), "{" + a.String() + "}", "urn:uuid:" + a.String(), a.String()[:35] + "g"} {
		_, err := event.ParseID(bad)
		require.Error(t, err, "%q", bad)
		assert.Contains(t, err.Error(), `"`+bad+`"`)
		assert.True(t, strings.HasPrefix(err.Error(), "event: "), "%q", err)
	}
}
