package territory_test

import (
	"testing"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/testutil"
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
	testutil.TestID(t, "territory", territory.NewID, territory.IDFor, territory.ParseID)
	testutil.TestID(t, "territory: status", territory.NewStatusID, territory.StatusIDFor, territory.ParseStatusID)
}
