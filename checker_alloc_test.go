package newsevent_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Checking a valid record allocates nothing of its own: what a Checker
// allocates per record is its share of the ID set's pages and index,
// which grow now and then, not a copy of the record (the records are
// passed by value, and a copy that escaped would cost one allocation of
// the whole record each).
func TestCheckerAllocatesLittlePerRecord(t *testing.T) {
	const n = 2000
	actors := make([]actor.Actor, n)
	places := make([]territory.Territory, n)
	sources := make([]source.Source, n)
	for i := range n {
		actors[i] = person(actor.IDFor(fmt.Sprint("alloc/", i)), "A person")
		places[i] = place(territory.IDFor(fmt.Sprint("alloc/", i)), territory.KindCity, "A city", territory.ID{})
		sources[i] = report(source.IDFor(fmt.Sprint("alloc/", i)), source.ID{})
	}
	var c newsevent.Checker
	for name, check := range map[string]func(i int){
		"actor":     func(i int) { c.Actor(actors[i]) },
		"territory": func(i int) { c.Territory(places[i]) },
		"source":    func(i int) { c.Source(sources[i]) },
	} {
		i := 0
		per := testing.AllocsPerRun(n-1, func() { check(i); i++ })
		assert.Less(t, per, 0.5, "%s: allocations per record", name)
	}
	assert.NoError(t, c.Err())
}
