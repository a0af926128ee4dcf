package ident_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/ident"
)

func TestRoot(t *testing.T) {
	// The root namespace is the version 5 UUID of the project URL in the
	// URL namespace of RFC 9562; it must never change, or every ID made
	// from a key would change with it.
	want := uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/newsevent/newsevent"))
	assert.Equal(t, want, ident.Root)
	assert.Equal(t, uuid.Version(5), ident.Root.Version())
	assert.Equal(t, uuid.RFC4122, ident.Root.Variant())
}

func TestNamespace(t *testing.T) {
	a, s := ident.Namespace("actor"), ident.Namespace("source")
	assert.Equal(t, a, ident.Namespace("actor"), "deterministic")
	assert.NotEqual(t, a, s)
	assert.NotEqual(t, ident.Root, a)
	assert.Equal(t, uuid.Version(5), a.Version())
	assert.Equal(t, uuid.NewSHA1(ident.Root, []byte("actor")), a)
}

func TestKey(t *testing.T) {
	ns := ident.Namespace("actor")
	k1 := ident.Key(ns, "A4")
	assert.Equal(t, k1, ident.Key(ns, "A4"), "the same key gives the same UUID")
	assert.NotEqual(t, k1, ident.Key(ns, "A5"))
	assert.NotEqual(t, k1, ident.Key(ident.Namespace("source"), "A4"), "the same key in another namespace differs")
	assert.Equal(t, uuid.Version(5), k1.Version())
	// The same UUIDs as the uuid package's version 5, for keys on both
	// sides of the stack buffer's size.
	for _, key := range []string{"", "A4", "article/E19", strings.Repeat("k", 111), strings.Repeat("k", 112), strings.Repeat("é", 500)} {
		assert.Equal(t, uuid.NewSHA1(ns, []byte(key)), ident.Key(ns, key), "%d bytes", len(key))
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { ident.Key(ns, "article/E19") }), "a short key allocates nothing")
}

func TestKeyJoin(t *testing.T) {
	ns := ident.Namespace("territory")
	// The UUID of prefix+key, however the bytes fall on either side of the
	// stack buffer's size and of the join.
	for _, prefix := range []string{"", "newsevent/examples/000_686a018f731943a1/", strings.Repeat("p", 100), strings.Repeat("é", 300)} {
		for _, key := range []string{"", "T7", strings.Repeat("k", 12), strings.Repeat("k", 13), strings.Repeat("k", 200)} {
			assert.Equal(t, uuid.NewSHA1(ns, []byte(prefix+key)), ident.KeyJoin(ns, prefix, key), "%d+%d bytes", len(prefix), len(key))
			assert.Equal(t, ident.Key(ns, prefix+key), ident.KeyJoin(ns, prefix, key))
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { ident.KeyJoin(ns, "newsevent/examples/000_686a018f731943a1/", "T7") }),
		"a short prefix and key allocate nothing")
}

func TestNew(t *testing.T) {
	seen := map[uuid.UUID]bool{}
	for range 100 {
		u := ident.New()
		assert.Equal(t, uuid.Version(7), u.Version())
		assert.Equal(t, uuid.RFC4122, u.Variant())
		assert.False(t, seen[u], "New repeated %s", u)
		seen[u] = true
	}
}

func TestParse(t *testing.T) {
	canonical := "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e"
	u, err := ident.Parse("actor", []byte(canonical))
	require.NoError(t, err)
	assert.Equal(t, canonical, u.String())

	upper, err := ident.Parse("actor", []byte(strings.ToUpper(canonical)))
	require.NoError(t, err, "hex digits in upper case are still the canonical form")
	assert.Equal(t, u, upper)

	for _, bad := range []string{
		"",
		"0196b1a07d3c7c4e9a523f0e1b2c4d5e",       // 32 hex digits without hyphens
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", // braced
		"urn:uuid:0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e", // URN
		"0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5",           // 35 characters
		"0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5eZ",         // 37 characters
		"0196b1a0x7d3cx7c4ex9a52x3f0e1b2c4d5e",          // 36 characters, no hyphens
		"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",          // 36 characters, not hex
		"not a uuid at all, just some garbage",
	} {
		u, err := ident.Parse("actor", []byte(bad))
		require.Error(t, err, "Parse(%q)", bad)
		assert.Equal(t, uuid.UUID{}, u)
		assert.True(t, strings.HasPrefix(err.Error(), "actor: "), "the error starts with the scope: %v", err)
	}
}
