package newsevent

import (
	"container/heap"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// index holds what the queries need, built once per state of the story.
type index struct {
	times    []source.Time          // event position -> its time, given or inferred
	order    *placing               // why each event is placed where it is; nil when no link places any
	timeline []int                  // event positions in time order
	rank     []int                  // event position -> its place in timeline
	byActor  map[actor.ID][]int     // event positions, in time order
	byPlace  map[territory.ID][]int // event positions, in time order
	children map[territory.ID][]territory.ID
	statuses map[territory.ID][]int // status positions, in story order
	names    map[string][]int       // folded full name -> actor positions
	words    map[string][]int       // folded word -> actor positions
}

// index returns the query index, building it if a record was added since
// the last query.
func (s *Story) index() *index {
	if s.self != s {
		// Never written, or a copy of a story that was: no cache of its
		// own to keep.
		return buildIndex(s)
	}
	s.cache.mu.Lock()
	defer s.cache.mu.Unlock()
	if s.cache.idx == nil {
		s.cache.idx = buildIndex(s)
	}
	return s.cache.idx
}

func buildIndex(s *Story) *index {
	x := &index{
		byActor:  make(map[actor.ID][]int),
		byPlace:  make(map[territory.ID][]int),
		children: make(map[territory.ID][]territory.ID),
		statuses: make(map[territory.ID][]int),
		names:    make(map[string][]int),
		words:    make(map[string][]int),
	}
	times, order := placeEvents(s)
	x.times, x.order = times, order
	x.timeline = make([]int, len(s.events))
	for i := range s.events {
		x.timeline[i] = i
	}
	slices.SortStableFunc(x.timeline, func(a, b int) int { return times[a].Compare(times[b]) })
	x.rank = make([]int, len(s.events))
	for r, p := range x.timeline {
		x.rank[p] = r
	}
	for _, i := range x.timeline {
		e := s.events[i]
		for _, p := range e.Participants() {
			// Each event is visited once, so an actor already listed for
			// it (in another role) has it last: checking the last entry
			// keeps the build linear.
			if l := x.byActor[p.Actor]; len(l) == 0 || l[len(l)-1] != i {
				x.byActor[p.Actor] = append(l, i)
			}
		}
		for _, t := range e.AllPlaces() {
			x.byPlace[t] = append(x.byPlace[t], i)
		}
	}
	for _, t := range s.territories {
		if !t.Parent.IsZero() {
			x.children[t.Parent] = append(x.children[t.Parent], t.ID)
		}
	}
	for i, a := range s.actors {
		x.addNames(i, a)
	}
	for i, st := range s.statuses {
		x.addStatus(i, st)
	}
	return x
}

// addStatus indexes the status at position i under its territories,
// keeping each list in story order.
func (x *index) addStatus(i int, st territory.Status) {
	for _, t := range st.Territories {
		l := x.statuses[t]
		if at, found := slices.BinarySearch(l, i); !found {
			x.statuses[t] = slices.Insert(l, at, i)
		}
	}
}

// dropStatus removes the status at position i from the index.
func (x *index) dropStatus(i int, st territory.Status) {
	for _, t := range st.Territories {
		if l := slices.DeleteFunc(x.statuses[t], func(p int) bool { return p == i }); len(l) > 0 {
			x.statuses[t] = l
		} else {
			delete(x.statuses, t)
		}
	}
}

// patch keeps the query index right after a change, at the cost of the
// change: fix updates an index in place and reports whether it could; when
// it could not, the index is dropped, to be built by the next query. A
// story with no index has nothing to patch.
func (s *Story) patch(fix func(*index) bool) {
	if s.self != s {
		return
	}
	s.cache.mu.Lock()
	defer s.cache.mu.Unlock()
	if x := s.cache.idx; x != nil && !fix(x) {
		s.cache.idx = nil
	}
}

// addNames indexes the names of the actor at position i.
func (x *index) addNames(i int, a actor.Actor) {
	x.names, x.words = editNames(x.names, x.words, i, a, addOnce)
}

// dropNames removes the names of the actor at position i from the index.
func (x *index) dropNames(i int, a actor.Actor) {
	x.names, x.words = editNames(x.names, x.words, i, a, func(m map[string][]int, key string, i int) {
		if l := slices.DeleteFunc(m[key], func(p int) bool { return p == i }); len(l) > 0 {
			m[key] = l
		} else {
			delete(m, key)
		}
	})
}

// editNames applies edit to every folded name and word of an actor.
func editNames(names, words map[string][]int, i int, a actor.Actor, edit func(map[string][]int, string, int)) (map[string][]int, map[string][]int) {
	f := newFolder()
	for _, t := range appendNames(nil, a) {
		full, ws := f.fold(t)
		edit(names, full, i)
		for _, w := range ws {
			edit(words, w, i)
		}
	}
	return names, words
}

// addChild records a territory under its parent.
func (x *index) addChild(t territory.Territory) {
	if !t.Parent.IsZero() {
		x.children[t.Parent] = append(x.children[t.Parent], t.ID)
	}
}

// dropChild removes a territory from under its parent.
func (x *index) dropChild(t territory.Territory) {
	if t.Parent.IsZero() {
		return
	}
	if l := slices.DeleteFunc(x.children[t.Parent], func(id territory.ID) bool { return id == t.ID }); len(l) > 0 {
		x.children[t.Parent] = l
	} else {
		delete(x.children, t.Parent)
	}
}

// appendNames appends the texts an actor is found by: its name, its names
// in other languages and its aliases and, for an actor without a name,
// its description, its only name ("a senior official"). Empty texts are
// left out.
func appendNames(texts []string, a actor.Actor) []string {
	add := func(t string) {
		if t != "" {
			texts = append(texts, t)
		}
	}
	add(a.Name)
	for _, n := range a.Names {
		add(n.Text)
	}
	for _, al := range a.Aliases {
		add(al.Text)
	}
	if a.Name == "" {
		add(a.Description)
	}
	return texts
}

// addOnce adds position i under key, once; the empty key is never
// indexed, so an empty query finds nothing.
func addOnce(m map[string][]int, key string, i int) {
	if key == "" {
		return
	}
	if l := m[key]; len(l) == 0 || l[len(l)-1] != i {
		m[key] = append(l, i)
	}
}

// TimeOf returns the time of the event with this ID on the timeline: its
// own time or, when it has no date, the time its links imply, as
// [Story.Placement] explains: "not before" the event it follows or that
// caused it, "not after" the event it precedes, within the event it is
// part of; a follows link with an offset resolves as [event.Link.Resolve]
// reads it ("within 24 hours of the approval"). TimeOf(id) is
// Placement(id).Time without the reasons, and the timeline orders events
// by it. It reports false for an ID that is not an event of the story.
func (s *Story) TimeOf(id event.ID) (source.Time, bool) {
	sl, ok := s.byID[uuid.UUID(id)]
	if !ok || sl.typ != typeEvent {
		return source.Time{}, false
	}
	return s.index().times[sl.i], true
}

// folder folds names for matching: Unicode compatibility forms (NFKC),
// then case folding, so "ZELENSKYY", "zelenskyy" and full-width letters
// meet.
type folder struct{ c cases.Caser }

func newFolder() folder { return folder{cases.Fold()} }

// fold returns the folded text with runs of space collapsed, and its words.
func (f folder) fold(s string) (string, []string) {
	s = f.c.String(norm.NFKC.String(s))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) })
	return strings.Join(words, " "), words
}

// eventsAt returns copies of the events at these positions.
func (s *Story) eventsAt(pos []int) []event.Event {
	out := make([]event.Event, len(pos))
	for i, p := range pos {
		out[i] = event.Clone(s.events[p])
	}
	return out
}

// Timeline returns the events in time order, by [Story.TimeOf]: by the
// start of their time, a finer precision before a coarser one at the same
// start (a day before its month), then by end. An event without a date
// that its links place sorts by the time they imply (an event "not
// before" April 24 after the events of that day); the events that no link
// places come last. Ties keep the order in which the events were added.
// [Story.Placement] says which times are inferred, and from what.
func (s *Story) Timeline() []event.Event {
	return s.eventsAt(s.index().timeline)
}

// EventsOf returns the events in which the actor takes part in any role
// (as [event.Event.Participants] lists them), in time order.
func (s *Story) EventsOf(id actor.ID) []event.Event {
	return s.eventsAt(s.index().byActor[id])
}

// EventsIn returns the events that take place in the territory or in any
// territory it contains (through Parent, at any depth), in time order.
func (s *Story) EventsIn(id territory.ID) []event.Event {
	x := s.index()
	seen := map[territory.ID]bool{id: true}
	queue := []territory.ID{id}
	var lists [][]int
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		if l := x.byPlace[t]; len(l) > 0 {
			lists = append(lists, l)
		}
		for _, c := range x.children[t] {
			if !seen[c] {
				seen[c] = true
				queue = append(queue, c)
			}
		}
	}
	return s.eventsAt(x.mergeByRank(lists))
}

// mergeByRank merges lists of event positions, each in time order, into
// one in time order with each event once, in O(m log k) for m positions
// in k lists: no sort per query.
func (x *index) mergeByRank(lists [][]int) []int {
	switch len(lists) {
	case 0:
		return nil
	case 1:
		return lists[0]
	}
	h := rankHeap{x: x, heads: append([][]int(nil), lists...)}
	heap.Init(&h)
	var out []int
	for h.Len() > 0 {
		l := h.heads[0]
		if p := l[0]; len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
		if len(l) == 1 {
			heap.Pop(&h)
		} else {
			h.heads[0] = l[1:]
			heap.Fix(&h, 0)
		}
	}
	return out
}

// rankHeap orders lists of event positions by the rank of their first.
type rankHeap struct {
	x     *index
	heads [][]int
}

func (h rankHeap) Len() int           { return len(h.heads) }
func (h rankHeap) Less(i, j int) bool { return h.x.rank[h.heads[i][0]] < h.x.rank[h.heads[j][0]] }
func (h rankHeap) Swap(i, j int)      { h.heads[i], h.heads[j] = h.heads[j], h.heads[i] }
func (h *rankHeap) Push(v any)        { h.heads = append(h.heads, v.([]int)) }
func (h *rankHeap) Pop() any {
	last := h.heads[len(h.heads)-1]
	h.heads = h.heads[:len(h.heads)-1]
	return last
}

// Chain returns the attribution chain of a source: the source itself,
// then the source it came via, and so on to the source the reader holds
// (Syrskyi's report, then Zelenskyy's post, then the article). The chain
// stops at a source missing from the story or at a cycle.
func (s *Story) Chain(id source.ID) []source.Source {
	var out []source.Source
	seen := map[source.ID]bool{}
	for !id.IsZero() && !seen[id] {
		seen[id] = true
		src, ok := s.Source(id)
		if !ok {
			break
		}
		out = append(out, src)
		id = src.Via
	}
	return out
}

// StatusesOf returns the territorial statuses about the territory that
// hold at the instant at: those whose period covers it, and those whose
// period has no date (the report does not say when). Statuses of every
// standing are returned (in force, proposed, asserted); filter on
// Standing for one. Statuses about a containing territory are not
// included: control of a region does not say who controls a plant in it.
//
// It costs O(the statuses about the territory), through the query index.
func (s *Story) StatusesOf(id territory.ID, at time.Time) []territory.Status {
	var out []territory.Status
	for _, i := range s.index().statuses[id] {
		if st := s.statuses[i]; st.Period.Start.IsZero() || st.Period.Covers(at) {
			out = append(out, clone.Of(st))
		}
	}
	return out
}

// FindActors returns the actors with a name, other-language name or alias
// that matches name after folding case and Unicode forms ("zelenskyy"
// finds "Zelenskyy", "ЗЕЛЕНСЬКИЙ" finds "Зеленський"). A name that matches
// a whole name finds those actors; otherwise every word of it must be a
// word of one of the actor's names ("Putin" finds "Vladimir Putin").
//
// An actor without a Name is found by its Description, its only name:
// "senior official" finds "a senior Ukrainian official". Each record is
// its own actor: two unnamed actors described alike ("a senior
// official") are both returned, as two records, and so are two named
// actors with the same name; whether they are one is a matter for the
// story's identity claims, not for the search. A named actor's
// Description is not searched: it describes, it does not name.
//
// Actors are returned in the order they were added. An empty name, or
// one with no letters or digits, finds none.
func (s *Story) FindActors(name string) []actor.Actor {
	x := s.index()
	full, words := newFolder().fold(name)
	pos := x.names[full]
	if len(pos) == 0 && len(words) > 0 {
		pos = x.words[words[0]]
		for _, w := range words[1:] {
			pos = intersect(pos, x.words[w])
		}
	}
	out := make([]actor.Actor, len(pos))
	for i, p := range pos {
		out[i] = clone.Of(s.actors[p])
	}
	return out
}

// intersect returns the positions in both a and b, which are in
// increasing order, as a new list: linear in their lengths, however common
// the words.
func intersect(a, b []int) []int {
	var out []int
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			out = append(out, a[0])
			a, b = a[1:], b[1:]
		}
	}
	return out
}
