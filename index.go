package newsevent

import (
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
	times    []source.Time          // event position -> its time, resolved
	timeline []int                  // event positions in time order
	rank     []int                  // event position -> its place in timeline
	byActor  map[actor.ID][]int     // event positions, in time order
	byPlace  map[territory.ID][]int // event positions, in time order
	children map[territory.ID][]territory.ID
	names    map[string][]int // folded full name -> actor positions
	words    map[string][]int // folded word -> actor positions
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
		names:    make(map[string][]int),
		words:    make(map[string][]int),
	}
	times := resolveTimes(s)
	x.times = times
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
	f := newFolder()
	for i, a := range s.actors {
		texts := []string{a.Name}
		for _, n := range a.Names {
			texts = append(texts, n.Text)
		}
		for _, al := range a.Aliases {
			texts = append(texts, al.Text)
		}
		for _, t := range texts {
			full, words := f.fold(t)
			addOnce(x.names, full, i)
			for _, w := range words {
				addOnce(x.words, w, i)
			}
		}
	}
	return x
}

func addOnce(m map[string][]int, key string, i int) {
	if key == "" {
		return
	}
	if l := m[key]; len(l) == 0 || l[len(l)-1] != i {
		m[key] = append(l, i)
	}
}

// resolveTimes returns the time of every event: its own, or, for an
// event without a date that follows another (a follows link, "later on",
// "within 24 hours of the approval"), the time the link resolves to once
// the anchor has one. Anchors resolved that way count too: each event
// with a date, given or resolved, passes it on to the events that follow
// it, once, so chains resolve in time linear in the links however long
// they are. Events that follow only undated events, or each other, keep
// no date.
func resolveTimes(s *Story) []source.Time {
	times := make([]source.Time, len(s.events))
	followers := map[int][]int{} // anchor -> undated events that follow it
	var dated []int
	for i, e := range s.events {
		h := event.HeaderOf(e)
		times[i] = h.Time
		if !times[i].Start.IsZero() {
			dated = append(dated, i)
			continue
		}
		for _, l := range h.Links {
			if !isFollows(l) {
				continue
			}
			if sl, ok := s.byID[uuid.UUID(l.To)]; ok && sl.typ == typeEvent && sl.i != i {
				followers[sl.i] = append(followers[sl.i], i)
			}
		}
	}
	for len(dated) > 0 {
		a := dated[len(dated)-1]
		dated = dated[:len(dated)-1]
		for _, f := range followers[a] {
			if times[f].Start.IsZero() && s.resolveOne(f, times) {
				dated = append(dated, f)
			}
		}
	}
	return times
}

func isFollows(l event.Link) bool { return l.Type == event.LinkFollows }

// resolveOne sets the time of event i from the first follows link whose
// anchor has a date, and reports whether it found one.
func (s *Story) resolveOne(i int, times []source.Time) bool {
	for _, l := range event.HeaderOf(s.events[i]).Links {
		if !isFollows(l) {
			continue
		}
		sl, ok := s.byID[uuid.UUID(l.To)]
		if !ok || sl.typ != typeEvent {
			continue
		}
		if t, ok := l.Resolve(times[sl.i]); ok {
			if t.Text == "" {
				t.Text = event.HeaderOf(s.events[i]).Time.Text
			}
			times[i] = t
			return true
		}
	}
	return false
}

// TimeOf returns the time of the event with this ID: its own time or,
// when it has no date and follows another event that has one, the time
// its follows link resolves to ([event.Link.Resolve]). The timeline orders
// events by these times. It reports false for an ID that is not an event
// of the story.
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
// start (a day before its month), then by end; events without a date come
// last. Ties keep the order in which the events were added.
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
	var pos []int
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		pos = append(pos, x.byPlace[t]...)
		for _, c := range x.children[t] {
			if !seen[c] {
				seen[c] = true
				queue = append(queue, c)
			}
		}
	}
	// Back to time order, once each.
	slices.SortFunc(pos, func(a, b int) int { return x.rank[a] - x.rank[b] })
	return s.eventsAt(slices.Compact(pos))
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
func (s *Story) StatusesOf(id territory.ID, at time.Time) []territory.Status {
	var out []territory.Status
	for _, st := range s.statuses {
		if !slices.Contains(st.Territories, id) {
			continue
		}
		if st.Period.Start.IsZero() || st.Period.Covers(at) {
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
// Actors are returned in the order they were added.
func (s *Story) FindActors(name string) []actor.Actor {
	x := s.index()
	full, words := newFolder().fold(name)
	pos := x.names[full]
	if len(pos) == 0 && len(words) > 0 {
		pos = slices.Clone(x.words[words[0]])
		for _, w := range words[1:] {
			pos = slices.DeleteFunc(pos, func(p int) bool { return !slices.Contains(x.words[w], p) })
		}
	}
	out := make([]actor.Actor, len(pos))
	for i, p := range pos {
		out[i] = clone.Of(s.actors[p])
	}
	return out
}
