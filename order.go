package newsevent

import (
	"time"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/source"
)

// Placement says where the story's timeline places an event and why: by
// its own time, or, for an event without a date, by the bounds that its
// links to dated events imply. [Story.Placement] returns it.
//
// # How links place an event
//
// A link orders two events by when they start. With the other event's
// time as the anchor:
//   - a link that [event.LinkType.Ordering] reads as +1 (follows,
//     caused_by, conditional_on, …): the linking event starts no earlier
//     than the other; a follows link adds its Offset (at least Min after
//     the anchor's start and, when Max is set, at most Max after the
//     anchor's end, as [event.Link.Resolve] reads it);
//   - a link that Ordering reads as -1 (precedes, …): the linking event
//     starts no later than the other;
//   - part_of and during: the linking event falls within the other's
//     time: it starts no earlier than the other starts and ends no later
//     than the other ends;
//   - every other link places nothing. In particular an event that
//     realises a planned one may happen before or after the time that
//     was planned (plans slip), so the planned time bounds neither.
//
// A link places both its ends: "the strike precedes the meeting" gives an
// undated meeting its earliest start, and an undated strike its latest.
// Bounds pass along chains of events without dates (an event caused by
// one that follows the strike comes after the strike too), and where several
// links bound one event the tightest earliest start and the tightest
// latest one are kept. Bounds are read at the anchor's precision: "after
// an event in April" is "not before April".
//
// The time of an event that has not taken place (planned, postponed,
// cancelled, proposed) is the time it was to happen, not the time it was
// planned, put off or called off. So its time places no event that
// happened (occurred, ongoing, alleged): talks set for April 23 and put
// off because a minister stayed away say nothing of when he stayed away,
// since the putting off may come before that day or after it. A plan's
// time does place other plans ("phase two begins once phase one ends"),
// and an event that happened places any event.
//
// # What is never done
//
// A time given in a record is never changed, and no instant is guessed:
// an inferred time is a bound ([source.BoundNotBefore],
// [source.BoundNotAfter]) or a span between two bounds. When the bounds on
// an event leave no time between them, the event keeps its own time (no
// date) and Conflicts says which links disagree; a dated event whose time
// falls outside the bounds of its links keeps its time too, with the
// Conflicts. Events whose links run in a cycle among events without
// dates (which [Story.Validate] reports) are not placed; their Conflicts
// name the links of the cycle. Each bound still passes on what its links
// imply, whatever conflicts it meets on the way.
//
// Placing costs time linear in the events and links of the story, once
// per state of the story, with the other indexes.
type Placement struct {
	// Time is the time the timeline places the event by, as
	// [Story.TimeOf] returns it: the event's own time, or the time
	// inferred from its links. An inferred time has no phrase of its own
	// unless the event's time has one, or a follows link that places it
	// has an offset or link text ("within 24 hours of the approval").
	Time source.Time
	// Inferred reports whether Time is inferred from links: the event has
	// no date of its own and its links place it.
	Inferred bool
	// From are the bounds an inferred Time comes from: the one that sets
	// its earliest start (Bound [source.BoundNotBefore]) and the one that
	// sets its latest (Bound [source.BoundNotAfter]), in that order, each
	// when known. Empty when Time is not inferred.
	From []Constraint
	// Conflicts are the bounds of the event's links that its time cannot
	// meet: for an event without a date, an earliest start that is not
	// before its latest; for a dated one, a bound that its own time falls
	// outside of; for an event in a cycle of links, the links of the
	// cycle. Empty when the links agree.
	Conflicts []Constraint
}

// Constraint is a bound that a link puts on when an event starts: not
// before, or not after, the time of an anchor event.
type Constraint struct {
	// Bound is [source.BoundNotBefore] for a bound on the event's earliest
	// start, [source.BoundNotAfter] for one on its latest (or on its end,
	// for an event within another).
	Bound source.Bound
	// Event is the event that carries the link: the placed event itself,
	// or the other end of a link read backwards (an event that precedes
	// the placed one, or is part of it).
	Event event.ID
	// Link is the link as the carrying event has it (a copy); a
	// [*event.Response] carries a responds_to link to the event it
	// responds to, as [event.Event.AllLinks] lists it.
	Link event.Link
	// Anchor is the dated event the bound comes from: the other end of
	// the link, or, through a chain of events without dates, the dated
	// event at the start of the chain. It is zero for a link of a cycle.
	Anchor event.ID
}

// Placement returns where the timeline places the event with this ID and
// why: its own time, or the time inferred from its links, with the links
// and anchors it comes from and any links that disagree (see [Placement]
// for the rules). Placement(id).Time is what [Story.TimeOf] returns, and
// [Story.Timeline] orders events by it. It reports false for an ID that is
// not an event of the story.
func (s *Story) Placement(id event.ID) (Placement, bool) {
	sl, ok := s.byID[uuid.UUID(id)]
	if !ok || sl.typ != typeEvent {
		return Placement{}, false
	}
	x := s.index()
	i := sl.i
	out := Placement{Time: x.times[i]}
	pl := x.order
	if pl == nil || i >= len(pl.why) {
		return out, true
	}
	w := pl.why[i]
	switch w.state {
	case placeInferred:
		out.Inferred = true
		out.From = s.constraints(pl, w)
	case placeConflict:
		out.Conflicts = s.constraints(pl, w)
	case placeCycle:
		out.Conflicts = s.cycleConstraints(pl, int32(i))
	}
	return out, true
}

// constraints turns the reasons of one event into Constraints: its
// earliest start, its latest start, then its latest end, each when set.
func (s *Story) constraints(pl *placing, w why) []Constraint {
	var out []Constraint
	for k, r := range [...]reason{w.lo, w.hs, w.he} {
		if r.edge < 0 {
			continue
		}
		b := source.BoundNotAfter
		if k == 0 {
			b = source.BoundNotBefore
		}
		c := s.constraint(pl.edges[r.edge], b)
		if r.anchor >= 0 {
			c.Anchor = event.HeaderOf(s.events[r.anchor]).ID
		}
		out = append(out, c)
	}
	return out
}

// cycleConstraints lists the links of event i to the events of its cycle.
func (s *Story) cycleConstraints(pl *placing, i int32) []Constraint {
	var out []Constraint
	for _, e := range pl.in[pl.inStart[i]:pl.inStart[i+1]] {
		if ed := pl.edges[e]; pl.comp[ed.early] == pl.comp[i] {
			out = append(out, s.constraint(ed, source.BoundNotBefore))
		}
	}
	for _, e := range pl.out[pl.outStart[i]:pl.outStart[i+1]] {
		if ed := pl.edges[e]; pl.comp[ed.late] == pl.comp[i] {
			out = append(out, s.constraint(ed, source.BoundNotAfter))
		}
	}
	return out
}

// constraint describes the link behind edge ed, without an anchor.
func (s *Story) constraint(ed orderEdge, b source.Bound) Constraint {
	h := event.HeaderOf(s.events[ed.owner])
	c := Constraint{Bound: b, Event: h.ID}
	if int(ed.link) < len(h.Links) {
		c.Link = clone.Of(h.Links[ed.link])
	} else if r, ok := s.events[ed.owner].(*event.Response); ok {
		c.Link = event.Link{Type: event.LinkRespondsTo, To: r.To}
	}
	return c
}

// placing is what the index keeps of the placement of events: the edges
// that the links of events make, each event's edges in both directions,
// and why each event is where it is.
type placing struct {
	edges []orderEdge
	// inStart[i]:inStart[i+1] are the positions in in of the edges whose
	// late end is event i; outStart and out likewise for the early end.
	inStart, in   []int32
	outStart, out []int32
	comp          []int32 // event -> its cycle of undated events; -1 for an event on none
	why           []why
}

// orderEdge is one link read as a constraint on start times: the late
// event starts no earlier than min after the early one starts. With end
// set, the late event also happens no later than max after the early one
// ends (a part within its whole, an event within the Max of a follows
// link's offset).
type orderEdge struct {
	early, late int32
	min, max    time.Duration
	end         bool
	within      bool // a part_of or during link: late falls within early
	// fwd reports whether bounds pass from early to late, bwd whether
	// they pass from late to early: never from a plan to an event that
	// happened.
	fwd, bwd bool
	owner    int32 // the event that carries the link
	link     int32 // its index in the owner's header links; past the end for a response's implied link
}

// why says where an event is placed from: the edges that give its
// earliest start (lo), latest start (hs) and latest end (he), with the
// dated events they come from.
type why struct {
	lo, hs, he reason
	state      uint8
}

// The states of an event's placement.
const (
	placeOwn      uint8 = iota // its own time
	placeInferred              // inferred from the reasons
	placeConflict              // the reasons are the bounds that disagree
	placeCycle                 // in a cycle of links among undated events
)

// reason is an edge that bounds an event and the dated event the bound
// comes from; -1 for none.
type reason struct{ edge, anchor int32 }

var noReason = reason{-1, -1}

// bound is an instant that bounds an event, at a precision, with its
// reason. An earliest start is the instant itself; a latest start or end
// is exclusive: the event starts (or ends) before it.
type bound struct {
	at time.Time
	p  source.Precision
	r  reason
}

func (b bound) ok() bool { return !b.at.IsZero() }

// why returns the reason of b, or none when b bounds nothing.
func (b bound) why() reason {
	if !b.ok() {
		return noReason
	}
	return b.r
}

// tighter reports whether b is a tighter bound than c (later for an
// earliest start, earlier for a latest one), or as tight and finer.
func (b bound) tighter(c bound, earliest bool) bool {
	if !c.ok() {
		return b.ok()
	}
	if !b.ok() {
		return false
	}
	if d := b.at.Compare(c.at); d != 0 {
		return d > 0 == earliest
	}
	return precisionRank(b.p) < precisionRank(c.p)
}

// shift returns b moved by d, at the precision that keeps it exact.
func (b bound) shift(d time.Duration, r reason) bound {
	return bound{at: b.at.Add(d), p: offsetPrecision(b.p, d), r: r}
}

// offsetPrecision is the precision at which an offset of d from a time
// at precision p is still exact: to the hour at best when d is not whole
// days after a day, month or year (as event.Link.Resolve reads it).
func offsetPrecision(p source.Precision, d time.Duration) source.Precision {
	if d%(24*time.Hour) != 0 && precisionRank(p) > precisionRank(source.PrecisionHour) {
		return source.PrecisionHour
	}
	return p
}

// precisionRank orders precisions finest first; an unknown one last.
func precisionRank(p source.Precision) int {
	switch p {
	case source.PrecisionSecond:
		return 0
	case source.PrecisionMinute:
		return 1
	case source.PrecisionHour:
		return 2
	case source.PrecisionDay:
		return 3
	case source.PrecisionMonth:
		return 4
	case source.PrecisionYear:
		return 5
	}
	return 6
}

// truncate cuts t down to the start of its unit at precision p.
func truncate(t time.Time, p source.Precision) time.Time {
	return source.At(t, p, "", "").Start
}

// isPlan reports whether an event with this status has not taken place:
// its time is when it was to happen.
func isPlan(st event.Status) bool {
	switch st {
	case event.StatusPlanned, event.StatusPostponed, event.StatusCancelled, event.StatusProposed:
		return true
	}
	return false
}

// placeEvents returns the time of every event on the timeline, its own
// or inferred from its links (see [Placement]), and what the index keeps
// to explain them.
//
// Each link is an edge between start times. The events without a date
// are ordered by Tarjan's algorithm on those edges (iteratively, so a long
// chain needs no deep stack): each cycle becomes one component, and the
// components come out latest first. One pass from the earliest component
// on gives each event its earliest start and latest end from the events
// before it; one pass from the latest back gives its latest start from
// the events after it. Each edge is read a fixed number of times: the work
// is linear in events and links.
func placeEvents(s *Story) ([]source.Time, *placing) {
	n := len(s.events)
	times := make([]source.Time, n)
	undated := make([]bool, n)
	plan := make([]bool, n)
	links := 0
	for i, e := range s.events {
		h := event.HeaderOf(e)
		times[i] = h.Time
		undated[i] = h.Time.Start.IsZero()
		plan[i] = isPlan(h.Status)
		links += len(h.Links)
		if _, ok := e.(*event.Response); ok {
			links++ // the link its To implies
		}
	}
	pl := &placing{edges: make([]orderEdge, 0, links)}
	ends := false // whether any edge bounds an end
	for i, e := range s.events {
		ends = pl.addEdges(s, int32(i), e, plan) || ends
	}
	if len(pl.edges) == 0 {
		return times, nil
	}
	pl.link(n)
	order := pl.components(undated)

	// Latest ends only when an edge reads them.
	var bounds []bound
	if ends {
		bounds = make([]bound, 3*n)
	} else {
		bounds = make([]bound, 2*n)
	}
	lo, hs, he := bounds[:n:n], bounds[n:2*n:2*n], bounds[2*n:]
	if !ends {
		he = nil
	}
	for i := range n {
		if !undated[i] {
			var e bound
			lo[i], hs[i], e = ownBounds(times[i], int32(i))
			if he != nil {
				he[i] = e
			}
		}
	}
	// Earliest starts and latest ends, from the earliest events on.
	for k := len(order) - 1; k >= 0; k-- {
		i := order[k]
		if pl.cyclic(i) {
			continue
		}
		for _, e := range pl.in[pl.inStart[i]:pl.inStart[i+1]] {
			ed := pl.edges[e]
			j := ed.early
			if !ed.fwd || pl.cyclic(j) {
				continue
			}
			if lo[j].ok() {
				if b := lo[j].shift(ed.min, reason{e, lo[j].r.anchor}); b.tighter(lo[i], true) {
					lo[i] = b
				}
			}
			if ed.end && he[j].ok() {
				if b := he[j].shift(ed.max, reason{e, he[j].r.anchor}); b.tighter(he[i], false) {
					he[i] = b
				}
			}
		}
	}
	// Latest starts, from the latest events back.
	for _, i := range order {
		if pl.cyclic(i) {
			continue
		}
		if he != nil {
			hs[i] = he[i]
		}
		for _, e := range pl.out[pl.outStart[i]:pl.outStart[i+1]] {
			ed := pl.edges[e]
			k := ed.late
			if !ed.bwd || pl.cyclic(k) || !hs[k].ok() {
				continue
			}
			if b := hs[k].shift(-ed.min, reason{e, hs[k].r.anchor}); b.tighter(hs[i], false) {
				hs[i] = b
			}
		}
	}

	pl.why = make([]why, n)
	for i := range n {
		w := &pl.why[i]
		w.lo, w.hs, w.he, w.state = noReason, noReason, noReason, placeOwn
		switch {
		case undated[i] && pl.cyclic(int32(i)):
			w.state = placeCycle
		case undated[i]:
			if lo[i].ok() && hs[i].ok() && !lo[i].at.Before(hs[i].at) {
				w.state, w.lo, w.hs = placeConflict, lo[i].why(), hs[i].why()
				continue
			}
			if !lo[i].ok() && !hs[i].ok() {
				continue
			}
			w.state, w.lo, w.hs = placeInferred, lo[i].why(), hs[i].why()
			times[i] = s.inferredTime(lo[i], hs[i], times[i], pl, int32(i))
		default:
			pl.check(int32(i), times[i], lo, hs, he)
		}
	}
	return times, pl
}

// addEdges adds the edges of the links of event i, those of its header
// and, for a response, the responds_to link its To implies. It reports
// whether any of them bounds an end.
func (pl *placing) addEdges(s *Story, i int32, e event.Event, plan []bool) bool {
	h := event.HeaderOf(e)
	ends := false
	for k, l := range h.Links {
		ends = pl.addEdge(s, i, int32(k), l, plan) || ends
	}
	if r, ok := e.(*event.Response); ok && !r.To.IsZero() {
		ends = pl.addEdge(s, i, int32(len(h.Links)), event.Link{Type: event.LinkRespondsTo, To: r.To}, plan) || ends
	}
	return ends
}

// addEdge adds the edge of link l, number k of event i, when it places
// events and its other end is another event of the story. It reports
// whether the edge bounds an end.
func (pl *placing) addEdge(s *Story, i, k int32, l event.Link, plan []bool) bool {
	sl, ok := s.byID[uuid.UUID(l.To)]
	if !ok || sl.typ != typeEvent || int32(sl.i) == i {
		return false
	}
	j := int32(sl.i)
	ed := orderEdge{owner: i, link: k}
	switch {
	case l.Type.Ordering() > 0:
		ed.early, ed.late = j, i
		if l.Type == event.LinkFollows {
			ed.min = max(0, time.Duration(l.Offset.Min))
			if l.Offset.Max > 0 {
				ed.end, ed.max = true, time.Duration(l.Offset.Max)
			}
		}
	case l.Type.Ordering() < 0:
		ed.early, ed.late = i, j
	case l.Type == event.LinkPartOf || l.Type == event.LinkDuring:
		ed.early, ed.late, ed.end, ed.within = j, i, true, true
	default:
		return false
	}
	ed.fwd = !plan[ed.early] || plan[ed.late]
	ed.bwd = !plan[ed.late] || plan[ed.early]
	pl.edges = append(pl.edges, ed)
	return ed.end
}

// link fills the lists of each event's edges, in the order of the edges.
func (pl *placing) link(n int) {
	pl.inStart = make([]int32, n+1)
	pl.outStart = make([]int32, n+1)
	for _, ed := range pl.edges {
		pl.inStart[ed.late+1]++
		pl.outStart[ed.early+1]++
	}
	for i := range n {
		pl.inStart[i+1] += pl.inStart[i]
		pl.outStart[i+1] += pl.outStart[i]
	}
	pl.in = make([]int32, len(pl.edges))
	pl.out = make([]int32, len(pl.edges))
	nextIn := make([]int32, n)
	nextOut := make([]int32, n)
	copy(nextIn, pl.inStart[:n])
	copy(nextOut, pl.outStart[:n])
	for e, ed := range pl.edges {
		pl.in[nextIn[ed.late]] = int32(e)
		nextIn[ed.late]++
		pl.out[nextOut[ed.early]] = int32(e)
		nextOut[ed.early]++
	}
}

// components finds the strongly connected components of the undated
// events along the edges between them (Tarjan's algorithm, with a stack of
// its own), numbers those of more than one event (the cycles) in comp,
// and returns the undated events component by component, latest first:
// every edge between two components leads from a component that comes
// later in the list to one that comes earlier.
func (pl *placing) components(undated []bool) []int32 {
	n := len(undated)
	pl.comp = make([]int32, n)
	num := make([]int32, n) // visit number + 1; 0 for not visited
	low := make([]int32, n)
	onStack := make([]bool, n)
	count := 0
	for _, u := range undated {
		if u {
			count++
		}
	}
	var (
		stack  []int32
		order  = make([]int32, 0, count)
		next   int32
		frames []struct{ v, e int32 }
		c      int32 // the next component's number
	)
	visit := func(v int32) {
		next++
		num[v], low[v] = next, next
		stack = append(stack, v)
		onStack[v] = true
		frames = append(frames, struct{ v, e int32 }{v, pl.outStart[v]})
	}
	for v := range pl.comp {
		pl.comp[v] = -1
	}
	for v0 := range n {
		if !undated[v0] || num[v0] != 0 {
			continue
		}
		visit(int32(v0))
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			v := f.v
			if f.e < pl.outStart[v+1] {
				w := pl.edges[pl.out[f.e]].late
				f.e++
				switch {
				case !undated[w]:
				case num[w] == 0:
					visit(w)
				case onStack[w]:
					low[v] = min(low[v], num[w])
				}
				continue
			}
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				u := frames[len(frames)-1].v
				low[u] = min(low[u], low[v])
			}
			if low[v] != num[v] {
				continue
			}
			// Only the cycles are numbered; an event alone keeps -1.
			if stack[len(stack)-1] == v {
				stack = stack[:len(stack)-1]
				onStack[v] = false
				order = append(order, v)
				continue
			}
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				pl.comp[w] = c
				order = append(order, w)
				if w == v {
					break
				}
			}
			c++
		}
	}
	return order
}

// cyclic reports whether event i lies on a cycle of undated events.
func (pl *placing) cyclic(i int32) bool { return pl.comp[i] >= 0 }

// ownBounds returns the bounds that a dated event's own time sets: its
// earliest start, its latest start and its latest end (each exclusive of
// the last), with i as their anchor.
func ownBounds(t source.Time, i int32) (lo, hs, he bound) {
	r := reason{-1, i}
	first := source.Time{Start: t.Start, Precision: t.Precision}
	_, firstEnd := first.Span()
	if t.Bound != source.BoundNotAfter {
		lo = bound{t.Start, t.Precision, r}
	}
	if t.Bound != source.BoundNotBefore {
		hs = bound{firstEnd, t.Precision, r}
	}
	if _, to := t.Span(); !to.IsZero() {
		he = bound{to, t.Precision, r}
	}
	return lo, hs, he
}

// check records, for a dated event, the bounds of its links that its own
// time falls outside of: an earliest start after it starts, a latest
// start before, or a latest end before its last unit.
func (pl *placing) check(i int32, t source.Time, lo, hs, he []bound) {
	var wlo, whe, whs bound
	for _, e := range pl.in[pl.inStart[i]:pl.inStart[i+1]] {
		ed := pl.edges[e]
		j := ed.early
		if !ed.fwd || pl.cyclic(j) {
			continue
		}
		if lo[j].ok() {
			if b := lo[j].shift(ed.min, reason{e, lo[j].r.anchor}); b.tighter(wlo, true) {
				wlo = b
			}
		}
		if !ed.end || !he[j].ok() {
			continue
		}
		// A part ends within its whole; an event within a delay of a
		// follows link starts within it (a dated event may go on after).
		b := he[j].shift(ed.max, reason{e, he[j].r.anchor})
		if ed.within && b.tighter(whe, false) {
			whe = b
		} else if !ed.within && b.tighter(whs, false) {
			whs = b
		}
	}
	for _, e := range pl.out[pl.outStart[i]:pl.outStart[i+1]] {
		ed := pl.edges[e]
		k := ed.late
		if !ed.bwd || pl.cyclic(k) || !hs[k].ok() {
			continue
		}
		if b := hs[k].shift(-ed.min, reason{e, hs[k].r.anchor}); b.tighter(whs, false) {
			whs = b
		}
	}
	w := &pl.why[i]
	if wlo.ok() && hs[i].ok() && !wlo.at.Before(hs[i].at) {
		w.lo = wlo.why()
	}
	if whs.ok() && lo[i].ok() && !lo[i].at.Before(whs.at) {
		w.hs = whs.why()
	}
	// The event ends no earlier than the start of its last unit.
	last := t.Start
	if !t.End.IsZero() {
		last = t.End
	}
	if whe.ok() && t.Bound != source.BoundNotAfter && !last.Before(whe.at) {
		w.he = whe.why()
	}
	if w.lo.edge >= 0 || w.hs.edge >= 0 || w.he.edge >= 0 {
		w.state = placeConflict
	}
}

// inferredTime is the time that bounds lo and hs give event i: not
// before lo, not after the unit before hs, or the span between them, at
// the finer of their precisions. Its phrase is the offset's or link's
// text of the first follows link of the event that places it and has
// one, else the event's own.
func (s *Story) inferredTime(lo, hs bound, own source.Time, pl *placing, i int32) source.Time {
	var t source.Time
	switch {
	case hs.ok() && !lo.ok():
		t = source.Time{Start: truncate(hs.at.Add(-1), hs.p), Precision: hs.p, Bound: source.BoundNotAfter}
	case !hs.ok():
		t = source.Time{Start: truncate(lo.at, lo.p), Precision: lo.p, Bound: source.BoundNotBefore}
	default:
		p := lo.p
		if precisionRank(hs.p) < precisionRank(p) {
			p = hs.p
		}
		t = source.Time{Start: truncate(lo.at, p), Precision: p}
		if end := truncate(hs.at.Add(-1), p); end.After(t.Start) {
			t.End = end
		}
	}
	t.Text = own.Text
	for _, r := range [...]reason{lo.why(), hs.why()} {
		if r.edge < 0 {
			continue
		}
		ed := pl.edges[r.edge]
		h := event.HeaderOf(s.events[ed.owner])
		if ed.owner != i || int(ed.link) >= len(h.Links) || h.Links[ed.link].Type != event.LinkFollows {
			continue
		}
		l := h.Links[ed.link]
		if text := l.Offset.Text; text != "" {
			t.Text = text
			break
		} else if l.Text != "" {
			t.Text = l.Text
			break
		}
	}
	return t
}
