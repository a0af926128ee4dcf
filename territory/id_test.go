package territory_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// idKind is what the tests need of each typed ID type.
type idKind struct {
	name     string
	forKey   func(string) uuid.UUID
	newID    func() uuid.UUID
	parse    func(string) (uuid.UUID, error)
	scope    string
	zeroText func() string
}

func idKinds() []idKind {
	return []idKind{
		{"actor.ID", func(k string) uuid.UUID { return uuid.UUID(actor.IDFor(k)) }, func() uuid.UUID { return uuid.UUID(actor.NewID()) },
			func(s string) (uuid.UUID, error) { id, err := actor.ParseID(s); return uuid.UUID(id), err }, "actor: ", func() string { return actor.ID{}.String() }},
		{"source.ID", func(k string) uuid.UUID { return uuid.UUID(source.IDFor(k)) }, func() uuid.UUID { return uuid.UUID(source.NewID()) },
			func(s string) (uuid.UUID, error) { id, err := source.ParseID(s); return uuid.UUID(id), err }, "source: ", func() string { return source.ID{}.String() }},
		{"territory.ID", func(k string) uuid.UUID { return uuid.UUID(territory.IDFor(k)) }, func() uuid.UUID { return uuid.UUID(territory.NewID()) },
			func(s string) (uuid.UUID, error) { id, err := territory.ParseID(s); return uuid.UUID(id), err }, "territory: ", func() string { return territory.ID{}.String() }},
		{"territory.StatusID", func(k string) uuid.UUID { return uuid.UUID(territory.StatusIDFor(k)) }, func() uuid.UUID { return uuid.UUID(territory.NewStatusID()) },
			func(s string) (uuid.UUID, error) { id, err := territory.ParseStatusID(s); return uuid.UUID(id), err }, "territory: ", func() string { return territory.StatusID{}.String() }},
	}
}

func TestIDForDiffersAcrossTypes(t *testing.T) {
	seen := map[uuid.UUID]string{}
	for _, k := range idKinds() {
		for _, key := range []string{"T1", "A4", ""} {
			id := k.forKey(key)
			if other, dup := seen[id]; dup {
				t.Errorf("%s(%q) equals %s", k.name, key, other)
			}
			seen[id] = k.name + "(" + key + ")"
		}
	}
}

func TestIDs(t *testing.T) {
	for _, k := range idKinds() {
		t.Run(k.name, func(t *testing.T) {
			a := k.forKey("T10")
			assert.Equal(t, a, k.forKey("T10"), "deterministic")
			assert.NotEqual(t, a, k.forKey("T11"))
			assert.Equal(t, uuid.Version(5), a.Version())

			n1, n2 := k.newID(), k.newID()
			assert.NotEqual(t, n1, n2)
			assert.Equal(t, uuid.Version(7), n1.Version())

			assert.Equal(t, "00000000-0000-0000-0000-000000000000", k.zeroText())

			got, err := k.parse(a.String())
			require.NoError(t, err)
			assert.Equal(t, a, got)
			for _, bad := range []string{"", strings.ReplaceAll(a.String(), "-", ""), "{" + a.String() + "}", "urn:uuid:" + a.String(), "garbage", strings.Repeat("x", 36)} {
				got, err := k.parse(bad)
				require.Error(t, err, "%q", bad)
				assert.Equal(t, uuid.UUID{}, got)
				assert.True(t, strings.HasPrefix(err.Error(), k.scope), "%v", err)
			}
		})
	}
}

func TestIDText(t *testing.T) {
	tid := territory.IDFor("T10")
	sid := territory.StatusIDFor("TS3")
	for _, v := range []interface {
		MarshalText() ([]byte, error)
		String() string
	}{tid, sid, territory.ID{}, territory.StatusID{}} {
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(b))
	}

	var back territory.ID
	require.NoError(t, back.UnmarshalText([]byte(tid.String())))
	assert.Equal(t, tid, back)
	assert.Error(t, back.UnmarshalText([]byte("T10")))

	var sback territory.StatusID
	require.NoError(t, sback.UnmarshalText([]byte(sid.String())))
	assert.Equal(t, sid, sback)
	assert.Error(t, sback.UnmarshalText([]byte("TS3")))

	j, err := json.Marshal(struct {
		T territory.ID       `json:"t"`
		S territory.StatusID `json:"s"`
	}{tid, sid})
	require.NoError(t, err)
	assert.JSONEq(t, `{"t":"`+tid.String()+`","s":"`+sid.String()+`"}`, string(j))

	assert.True(t, territory.ID{}.IsZero())
	assert.False(t, tid.IsZero())
	assert.True(t, territory.StatusID{}.IsZero())
	assert.False(t, sid.IsZero())
}
