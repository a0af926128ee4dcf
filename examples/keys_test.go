package examples_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

func TestKeys(t *testing.T) {
	const a, b examples.Keys = "newsevent/examples/a/", "newsevent/examples/b/"
	assert.Equal(t, a.Event("E1"), a.Event("E1"), "the same census ID gives the same ID")
	assert.NotEqual(t, a.Event("E1"), a.Event("E2"))
	assert.NotEqual(t, a.Event("E1"), b.Event("E1"), "two samples never share an ID")
	assert.NotEqual(t, uuid.UUID(a.Actor("A1")), uuid.UUID(a.Territory("A1")), "record types have namespaces of their own")
	assert.Equal(t, uuid.Version(5), uuid.UUID(a.Source("S1")).Version())
	for census, want := range map[string]uuid.UUID{
		"A1": uuid.UUID(a.Actor("A1")), "T2": uuid.UUID(a.Territory("T2")), "TS1": uuid.UUID(a.Status("TS1")),
		"S0": uuid.UUID(a.Source("S0")), "E3": uuid.UUID(a.Event("E3")), "I1": uuid.UUID(a.Identity("I1")),
		"F2": {}, "Q1": {},
	} {
		assert.Equal(t, want, a.ID(census), census)
	}
	label := a.Labels([]string{"A1", "TS1", "F2"})
	assert.Equal(t, "A1", label(uuid.UUID(a.Actor("A1"))))
	assert.Equal(t, "TS1", label(uuid.UUID(a.Status("TS1"))))
	assert.Equal(t, "", label(uuid.UUID(b.Actor("A1"))))
}

// A Keys derives each ID as the record type's IDFor derives it from the
// prefix and the census ID joined, and the article's IDs are those of its
// prefix: an ID published in a sample file never changes under a user.
func TestKeysAsIDFor(t *testing.T) {
	const k examples.Keys = "newsevent/examples/000_686a018f731943a1/"
	for _, c := range append(examples.Census(), "", "A1", "X-some-longer-census-ID-"+strings.Repeat("9", 100)) {
		key := string(k) + c
		assert.Equal(t, actor.IDFor(key), k.Actor(c), c)
		assert.Equal(t, territory.IDFor(key), k.Territory(c), c)
		assert.Equal(t, source.IDFor(key), k.Source(c), c)
		assert.Equal(t, territory.StatusIDFor(key), k.Status(c), c)
		assert.Equal(t, event.IDFor(key), k.Event(c), c)
		assert.Equal(t, newsevent.IdentityIDFor(key), k.Identity(c), c)
		assert.Equal(t, k.Actor(c), examples.ActorID(c), c)
		assert.Equal(t, k.Territory(c), examples.TerritoryID(c), c)
		assert.Equal(t, k.Source(c), examples.SourceID(c), c)
		assert.Equal(t, k.Status(c), examples.StatusID(c), c)
		assert.Equal(t, k.Event(c), examples.EventID(c), c)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { examples.ActorID("A12") }), "deriving an ID allocates nothing")
}
