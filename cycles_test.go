package newsevent_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// hasCycle reports whether the graph of n nodes whose edges are next
// returns to a node it left, by the plainest search there is: from every
// node, everything it reaches.
func hasCycle(n int, next map[int][]int) bool {
	for start := range n {
		seen := map[int]bool{}
		todo := append([]int(nil), next[start]...)
		for len(todo) > 0 {
			u := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if u == start {
				return true
			}
			if !seen[u] {
				seen[u] = true
				todo = append(todo, next[u]...)
			}
		}
	}
	return false
}

// cycleProblems returns how many problems of err are cycles.
func cycleProblems(err error) int {
	var verr *newsevent.ValidationError
	if !errors.As(err, &verr) {
		return 0
	}
	n := 0
	for _, p := range verr.Problems {
		if p.Rule == vocab.RuleCycle {
			n++
		}
	}
	return n
}

// The Checker finds a cycle exactly when there is one, on random small
// graphs of the three shapes its search takes: chains of several links
// per record (events that follow others), chains of one link per record
// where an ID given twice keeps the last link stated (parents), and
// revisions of figures, where the first revision from a figure counts.
func TestCyclesAgreeWithPlainSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 11))
	for round := range 600 {
		n := 1 + r.IntN(7)

		// Events that follow others: every link counts.
		var c newsevent.Checker
		c.Source(report(sArticle, source.ID{}))
		eventID := func(i int) event.ID { return event.IDFor(fmt.Sprint("random/", round, "/", i)) }
		follows := map[int][]int{}
		for i := range n {
			e := other(eventID(i), "an event", source.Time{})
			for range r.IntN(3) {
				j := r.IntN(n)
				if !assertNoRepeat(follows[i], j) {
					continue // a repeated link is a problem of its own
				}
				follows[i] = append(follows[i], j)
				e.Links = append(e.Links, event.Link{Type: event.LinkFollows, To: eventID(j)})
			}
			c.Event(e)
		}
		assert.Equal(t, hasCycle(n, follows), cycleProblems(c.Err()) > 0, "round %d, follows %v", round, follows)

		// Parents, with some IDs given twice: the last parent stated for
		// an ID counts.
		c = newsevent.Checker{}
		placeID := func(i int) territory.ID { return territory.IDFor(fmt.Sprint("random/", round, "/", i)) }
		parent := map[int][]int{}
		for range n + r.IntN(3) {
			i := r.IntN(n)
			t := territory.Territory{ID: placeID(i), Kind: territory.KindArea, Description: "a place"}
			if j := r.IntN(n + 1); j < n {
				t.Parent, parent[i] = placeID(j), []int{j}
			}
			c.Territory(t)
		}
		for i := range n { // every ID a record, so that none is missing
			if _, ok := parent[i]; !ok {
				c.Territory(territory.Territory{ID: placeID(i), Kind: territory.KindArea, Description: "a place"})
			}
		}
		assert.Equal(t, hasCycle(n, parent), cycleProblems(c.Err()) > 0, "round %d, parents %v", round, parent)

		// Figures of one event revising each other.
		c = newsevent.Checker{}
		c.Source(report(sArticle, source.ID{}))
		e := other(eventID(0), "an event", source.Time{})
		revises := map[int][]int{}
		for i := range n {
			f := source.Count{Ref: fmt.Sprint("K", i), Value: float64(i), Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(sArticle)}
			if j := r.IntN(n + 1); j < n {
				f.Revises, revises[i] = fmt.Sprint("K", j), []int{j}
			}
			e.Figures = append(e.Figures, f)
		}
		c.Event(e)
		assert.Equal(t, hasCycle(n, revises), cycleProblems(c.Err()) > 0, "round %d, revisions %v", round, revises)
	}
}

// assertNoRepeat reports whether j is not among links.
func assertNoRepeat(links []int, j int) bool {
	for _, l := range links {
		if l == j {
			return false
		}
	}
	return true
}
