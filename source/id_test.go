package source_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

func TestIDFor(t *testing.T) {
	a := source.IDFor("S9")
	assert.Equal(t, a, source.IDFor("S9"), "the same key gives the same ID")
	assert.NotEqual(t, a, source.IDFor("S10"))
	assert.NotEqual(t, a, source.IDFor("s9"), "keys are case-sensitive")
	assert.Equal(t, uuid.Version(5), uuid.UUID(a).Version())
	assert.False(t, a.IsZero())
}

func TestNewID(t *testing.T) {
	a, b := source.NewID(), source.NewID()
	assert.NotEqual(t, a, b)
	assert.Equal(t, uuid.Version(7), uuid.UUID(a).Version())
	assert.Equal(t, uuid.RFC4122, uuid.UUID(a).Variant())
	assert.False(t, a.IsZero())
}

func TestIDIsZero(t *testing.T) {
	var zero source.ID
	assert.True(t, zero.IsZero())
	assert.Equal(t, "00000000-0000-0000-0000-000000000000", zero.String())
	assert.False(t, source.IDFor("").IsZero(), "even the empty key gives a non-zero ID")
}

func TestParseID(t *testing.T) {
	id := source.IDFor("S9")
	got, err := source.ParseID(id.String())
	require.NoError(t, err)
	assert.Equal(t, id, got)

	got, err = source.ParseID(strings.ToUpper(id.String()))
	require.NoError(t, err)
	assert.Equal(t, id, got)

	hex := strings.ReplaceAll(id.String(), "-", "")
	for _, bad := range []string{
		"",
		hex,                                      // 32 hex digits
		"{" + id.String() + "}",                  // braced
		"urn:uuid:" + id.String(),                // URN
		id.String()[:35],                         // short
		id.String() + "0",                        // long
		strings.Repeat("g", 8) + id.String()[8:], // not hex
		"the quick brown fox jumps over dogs!",   // 36 characters of garbage
	} {
		got, err := source.ParseID(bad)
		require.Error(t, err, "ParseID(%q)", bad)
		assert.True(t, got.IsZero(), "a failed parse gives the zero ID")
		assert.True(t, strings.HasPrefix(err.Error(), "source: "), "%v", err)
	}
}

func TestIDText(t *testing.T) {
	for _, id := range []source.ID{source.IDFor("S9"), source.NewID(), {}} {
		b, err := id.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, id.String(), string(b))
		var back source.ID
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, id, back)

		j, err := json.Marshal(id)
		require.NoError(t, err)
		assert.Equal(t, `"`+id.String()+`"`, string(j), "an ID encodes as a string, not as 16 numbers")
		var fromJSON source.ID
		require.NoError(t, json.Unmarshal(j, &fromJSON))
		assert.Equal(t, id, fromJSON)
	}
	var id source.ID
	assert.Error(t, id.UnmarshalText([]byte("nope")))
	assert.Error(t, json.Unmarshal([]byte(`[1,2,3]`), &id))
}
