package examples

import (
	"fmt"
	"sync"

	"github.com/google/uuid"
)

// Census lists the census IDs of the article's records, in census order:
// actors (with the two nested departments of A15), territories, sources
// (with the article S0 links to), statuses and events. Clauses (C1–C9),
// relations (R1–R11), quotes (Q1–Q12) and figures (F1–F12) live inside
// those records and carry their census ID as their Ref where they have one.
func Census() []string {
	var ids []string
	add := func(prefix string, from, to int) {
		for i := from; i <= to; i++ {
			ids = append(ids, fmt.Sprintf("%s%d", prefix, i))
		}
	}
	add("A", 1, 15)
	ids = append(ids, "A15.1", "A15.2")
	add("A", 16, 21)
	add("T", 1, 20)
	add("S", 0, 0)
	ids = append(ids, "S0.also-read")
	add("S", 1, 13)
	add("TS", 1, 6)
	add("E", 1, 19)
	return ids
}

// CensusLabel returns the census ID of the article's record with this ID
// ("E10" for Thursday's strikes), or "" for an ID of no census record. It
// is the Label option that shows census IDs in format/timeline and
// format/dot.
func CensusLabel(id uuid.UUID) string { return censusLabels()[id] }

// censusLabels maps the ID of each census record to its census ID, made
// once.
var censusLabels = sync.OnceValue(func() map[uuid.UUID]string {
	m := make(map[uuid.UUID]string)
	for _, c := range Census() {
		switch {
		case c[0] == 'A':
			m[uuid.UUID(ActorID(c))] = c
		case len(c) > 1 && c[:2] == "TS":
			m[uuid.UUID(StatusID(c))] = c
		case c[0] == 'T':
			m[uuid.UUID(TerritoryID(c))] = c
		case c[0] == 'S':
			m[uuid.UUID(SourceID(c))] = c
		case c[0] == 'E':
			m[uuid.UUID(EventID(c))] = c
		}
	}
	return m
})
