package examples_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/examples"
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
