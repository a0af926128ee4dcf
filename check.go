package newsevent

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Checker validates a story record by record, as [Story.Validate] does,
// for streams too large to hold: each record's own rules when it arrives,
// and what no single record can check when [Checker.Err] is called. It
// keeps a few bytes per distinct ID, never the records, so its memory
// grows with the number of IDs and not with the size of the records.
// Its zero value is ready to use; a Checker is not safe for concurrent use.
//
// Paths in its problems count records per type in the order they arrive:
// the fourth event is events[3], as in the JSON of a story.
type Checker struct {
	seen    map[uuid.UUID]seenRecord
	missing map[uuid.UUID]missingRef // first reference to each ID not yet seen
	// missingMore holds, for an ID not yet seen, the first reference of
	// each other type wanted: an ID referred to as an event and as an
	// actor is wrong in one of the two, whatever arrives.
	missingMore map[uuid.UUID][]missingRef
	// Chains to check for cycles once every record is in.
	parent   map[uuid.UUID]uuid.UUID   // territory -> its parent
	via      map[uuid.UUID]uuid.UUID   // source -> the source it came via
	partOf   map[uuid.UUID][]uuid.UUID // event -> events it is part of
	memberOf map[uuid.UUID][]uuid.UUID // actor -> actors it is a member of
	// Checks that wait for a record that has not arrived.
	later []laterCheck

	n         [typeEvent + 1]int // records so far, per type
	problems  validate.List
	visit     walk.Visit // the walker's visit, made once
	countRefs []string   // count refs of the current record
	revises   []revision // what the figures of the current record revise
	cur       slot       // the record being checked
}

// revision is a figure's reference to another figure of its record.
type revision struct{ ref, path string }

// seenRecord is what the checker keeps of each record.
type seenRecord struct {
	typ recordType
	i   int32
	// sub is the event's kind, or the status's standing, as an index.
	sub uint8
}

// missingRef is the first reference to an ID the checker has not seen.
type missingRef struct {
	want recordType
	id   uuid.UUID
	path string
}

// laterCheck is a check of a record against one it refers to that has not
// arrived yet.
type laterCheck struct {
	id   uuid.UUID
	path string
	want uint8 // the kind or standing the referred record must have
	typ  recordType
}

// kindIndex numbers event kinds and standings for seenRecord.sub.
func kindIndex(k event.Kind) uint8 { return uint8(slices.Index(event.Kinds(), k) + 1) }

func standingIndex(s territory.Standing) uint8 {
	return uint8(slices.Index(territory.Standings(), s) + 1)
}

// Record checks one record of any type.
func (c *Checker) Record(r Record) {
	switch r := deref(r).(type) {
	case ActorRecord:
		c.Actor(r.Actor)
	case TerritoryRecord:
		c.Territory(r.Territory)
	case SourceRecord:
		c.Source(r.Source)
	case StatusRecord:
		c.Status(r.Status)
	case EventRecord:
		c.Event(r.Event)
	}
}

// begin numbers a record of type t, checks its ID and own rules, and
// makes it the current record.
func (c *Checker) begin(t recordType, id uuid.UUID, sub uint8, own error) {
	if c.seen == nil {
		c.seen = make(map[uuid.UUID]seenRecord)
		c.missing = make(map[uuid.UUID]missingRef)
		c.missingMore = make(map[uuid.UUID][]missingRef)
		c.parent = make(map[uuid.UUID]uuid.UUID)
		c.via = make(map[uuid.UUID]uuid.UUID)
		c.partOf = make(map[uuid.UUID][]uuid.UUID)
		c.memberOf = make(map[uuid.UUID][]uuid.UUID)
		c.visit = c.found
	}
	i := c.n[t]
	c.n[t]++
	c.cur = slot{t, i}
	if own != nil {
		c.problems.Merge(c.path(), own)
	}
	if id == (uuid.UUID{}) {
		return
	}
	if old, ok := c.seen[id]; ok {
		c.problems.Add(c.path()+".id", vocab.RuleUnique, fmt.Sprintf("ID %s is also the ID of %s", id, validate.Index(old.typ.list(), int(old.i))))
		return
	}
	c.seen[id] = seenRecord{typ: t, i: int32(i), sub: sub}
	if m, ok := c.missing[id]; ok {
		delete(c.missing, id)
		c.arrived(m, t, c.path())
		for _, m := range c.missingMore[id] {
			c.arrived(m, t, c.path())
		}
		delete(c.missingMore, id)
	}
}

// path returns the path of the current record ("events[3]").
func (c *Checker) path() string { return validate.Index(c.cur.typ.list(), c.cur.i) }

// arrived checks a reference that waited for the record of type t at path.
func (c *Checker) arrived(m missingRef, t recordType, path string) {
	if m.want != t {
		c.problems.Add(m.path, vocab.RuleWrongType, fmt.Sprintf("%s %s is %s (%s), not %s", m.want, m.id, t.withArticle(), path, m.want.withArticle()))
	}
}

// refs checks every reference in rec, a pointer to the current record,
// and the refs its figures revise.
func (c *Checker) refs(rec any) {
	c.countRefs, c.revises = c.countRefs[:0], c.revises[:0]
	refPlan.Walk(rec, c.visit)
	for _, r := range c.revises {
		if !slices.Contains(c.countRefs, r.ref) {
			c.problems.Add(r.path, vocab.RuleUnresolved, fmt.Sprintf("no figure of this record has the ref %q", r.ref))
		}
	}
}

// found handles what the walker finds in the current record: a
// reference, or a figure.
func (c *Checker) found(target int, v reflect.Value, at *walk.Path) {
	if target == int(targetCount) {
		c.onCount(v.Addr().Interface().(*source.Count), at)
		return
	}
	var id uuid.UUID
	copy(id[:], v.Bytes())
	if id == (uuid.UUID{}) || at.IsField("id") {
		return
	}
	c.resolve(ref{recordType(target), id}, at)
}

func (c *Checker) onCount(n *source.Count, w *walk.Path) {
	if n.Ref != "" {
		c.countRefs = append(c.countRefs, n.Ref)
	}
	if n.Revises != "" {
		c.revises = append(c.revises, revision{n.Revises, w.String(c.path()) + ".revises"})
	}
}

func (c *Checker) resolve(r ref, w *walk.Path) {
	got, ok := c.seen[r.id]
	switch {
	case !ok:
		c.addMissing(r, w)
	case got.typ != r.to:
		c.problems.Add(w.String(c.path()), vocab.RuleWrongType, fmt.Sprintf("%s %s is %s (%s), not %s", r.to, r.id, got.typ.withArticle(), validate.Index(got.typ.list(), int(got.i)), r.to.withArticle()))
	}
}

// addMissing keeps the first reference to an ID not yet seen, and the
// first of each other type wanted, so that a reference of the wrong type
// is reported even when a reference of the right type came first.
func (c *Checker) addMissing(r ref, w *walk.Path) {
	first, ok := c.missing[r.id]
	if !ok {
		c.missing[r.id] = missingRef{want: r.to, id: r.id, path: w.String(c.path())}
		return
	}
	if first.want == r.to {
		return
	}
	for _, m := range c.missingMore[r.id] {
		if m.want == r.to {
			return
		}
	}
	c.missingMore[r.id] = append(c.missingMore[r.id], missingRef{want: r.to, id: r.id, path: w.String(c.path())})
}

// Actor checks an actor.
func (c *Checker) Actor(a actor.Actor) {
	id := uuid.UUID(a.ID)
	c.begin(typeActor, id, 0, a.Validate())
	c.refs(&a)
	for _, m := range a.MemberOf {
		c.memberOf[id] = append(c.memberOf[id], uuid.UUID(m))
	}
}

// Territory checks a territory.
func (c *Checker) Territory(t territory.Territory) {
	id := uuid.UUID(t.ID)
	c.begin(typeTerritory, id, 0, t.Validate())
	c.refs(&t)
	if !t.Parent.IsZero() {
		c.parent[id] = uuid.UUID(t.Parent)
	}
}

// Source checks a source.
func (c *Checker) Source(s source.Source) {
	id := uuid.UUID(s.ID)
	c.begin(typeSource, id, 0, s.Validate())
	c.refs(&s)
	if !s.Via.IsZero() {
		c.via[id] = uuid.UUID(s.Via)
	}
}

// Status checks a territorial status.
func (c *Checker) Status(s territory.Status) {
	c.begin(typeStatus, uuid.UUID(s.ID), standingIndex(s.Standing), s.Validate())
	c.refs(&s)
}

// Event checks an event; a nil event is a problem.
func (c *Checker) Event(e event.Event) {
	if isNilEvent(e) {
		c.begin(typeEvent, uuid.UUID{}, 0, nil)
		c.problems.Add(c.path(), vocab.RuleRequired, "is a nil event")
		return
	}
	h := event.HeaderOf(e)
	id := uuid.UUID(h.ID)
	c.begin(typeEvent, id, kindIndex(e.Kind()), e.Validate())
	c.refs(e)
	for _, l := range h.Links {
		if l.Type == event.LinkPartOf && !l.To.IsZero() {
			c.partOf[id] = append(c.partOf[id], uuid.UUID(l.To))
		}
	}
	switch e := e.(type) {
	case *event.Response:
		if e.ToKind != "" && !e.To.IsZero() {
			c.expect(uuid.UUID(e.To), ".to_kind", typeEvent, kindIndex(e.ToKind))
		}
	case *event.Proposal:
		for i, cl := range e.Clauses {
			if !cl.Kind.CarriesStatuses() {
				continue
			}
			for j, st := range cl.Statuses {
				c.expect(uuid.UUID(st), validate.Index(validate.Index(".clauses", i)+".statuses", j), typeStatus, standingIndex(territory.StandingProposed))
			}
		}
	}
}

// expect checks that the record id, of type typ, has the kind or standing
// want, now or once it arrives; suffix is the path of the reference
// within the current record (".to_kind").
func (c *Checker) expect(id uuid.UUID, suffix string, typ recordType, want uint8) {
	got, ok := c.seen[id]
	switch {
	case !ok:
		c.later = append(c.later, laterCheck{id: id, path: c.path() + suffix, want: want, typ: typ})
	case got.typ == typ && got.sub != want:
		c.compare(got, id, c.path()+suffix, typ, want)
	}
}

func (c *Checker) compare(got seenRecord, id uuid.UUID, path string, typ recordType, want uint8) {
	if got.typ != typ || got.sub == want {
		return // a wrong type is reported by the reference check
	}
	switch typ {
	case typeEvent:
		c.problems.Add(path, vocab.RuleMismatch, fmt.Sprintf("event %s is of kind %s, not %s", id, kindName(got.sub), kindName(want)))
	case typeStatus:
		c.problems.Add(path, vocab.RuleMismatch, fmt.Sprintf("status %s has standing %s; a clause carries a proposed status", id, standingName(got.sub)))
	}
}

func kindName(i uint8) string {
	if k := event.Kinds(); i > 0 && int(i) <= len(k) {
		return string(k[i-1])
	}
	return "unknown kind"
}

func standingName(i uint8) string {
	if s := territory.Standings(); i > 0 && int(i) <= len(s) {
		return string(s[i-1])
	}
	return "no standing"
}

// Err finishes the check: references to records that never arrived,
// waiting checks, and cycles in parent, relay (via), part_of and member_of
// chains. It returns nil or a *[ValidationError] with every problem found
// so far. More records may be checked after Err; call it again to finish
// them too.
func (c *Checker) Err() error {
	var l validate.List
	l.Merge("", c.problems.Err("story"))
	missing := make([]missingRef, 0, len(c.missing))
	for _, m := range c.missing {
		missing = append(missing, m)
	}
	for _, more := range c.missingMore {
		missing = append(missing, more...)
	}
	slices.SortFunc(missing, func(a, b missingRef) int { return strings.Compare(a.path, b.path) })
	for _, m := range missing {
		l.Add(m.path, vocab.RuleUnresolved, fmt.Sprintf("%s %s is not in the story", m.want, m.id))
	}
	for _, lc := range c.later {
		if got, ok := c.seen[lc.id]; ok {
			var tmp Checker
			tmp.compare(got, lc.id, lc.path, lc.typ, lc.want)
			l.Merge("", tmp.problems.Err("story"))
		}
	}
	c.cycles(&l)
	return l.Err("story")
}

// cycles reports every chain that returns to where it started.
func (c *Checker) cycles(l *validate.List) {
	single := func(edges map[uuid.UUID]uuid.UUID, field, what string) {
		multi := make(map[uuid.UUID][]uuid.UUID, len(edges))
		for k, v := range edges {
			multi[k] = []uuid.UUID{v}
		}
		c.cyclesIn(l, multi, field, what)
	}
	single(c.parent, "parent", "parent chain")
	single(c.via, "via", "relay chain")
	c.cyclesIn(l, c.partOf, "links", "part_of chain")
	c.cyclesIn(l, c.memberOf, "member_of", "member_of chain")
}

// cyclesIn finds cycles in a graph by depth-first search and reports each
// once, at the record of the cycle that comes first in the story.
func (c *Checker) cyclesIn(l *validate.List, edges map[uuid.UUID][]uuid.UUID, field, what string) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[uuid.UUID]uint8, len(edges))
	keys := make([]uuid.UUID, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, c.byPosition)
	var stack []uuid.UUID
	var visit func(u uuid.UUID)
	visit = func(u uuid.UUID) {
		color[u] = grey
		stack = append(stack, u)
		for _, v := range edges[u] {
			switch color[v] {
			case grey:
				start := slices.Index(stack, v)
				cycle := slices.Clone(stack[start:])
				first := slices.MinFunc(cycle, c.byPosition)
				names := make([]string, 0, len(cycle)+1)
				for _, x := range cycle {
					names = append(names, c.pathOf(x))
				}
				names = append(names, c.pathOf(v))
				l.Add(c.pathOf(first)+"."+field, vocab.RuleCycle, fmt.Sprintf("the %s returns to where it started: %s", what, strings.Join(names, " → ")))
			case white:
				visit(v)
			}
		}
		stack = stack[:len(stack)-1]
		color[u] = black
	}
	for _, k := range keys {
		if color[k] == white {
			visit(k)
		}
	}
}

// byPosition orders records by type (actors first), then by their place in
// their list; IDs never seen sort last, by value.
func (c *Checker) byPosition(a, b uuid.UUID) int {
	sa, oka := c.seen[a]
	sb, okb := c.seen[b]
	switch {
	case oka && okb:
		if sa.typ != sb.typ {
			return int(sa.typ) - int(sb.typ)
		}
		return int(sa.i) - int(sb.i)
	case oka:
		return -1
	case okb:
		return 1
	}
	return bytes.Compare(a[:], b[:])
}

// pathOf returns the path of a record seen ("territories[2]").
func (c *Checker) pathOf(id uuid.UUID) string {
	if s, ok := c.seen[id]; ok {
		return validate.Index(s.typ.list(), int(s.i))
	}
	return id.String()
}

// Validate checks every record of the story against its own rules and the
// story as a whole: every reference resolves to a record of the right type
// (actors, territories, sources, statuses, events, quotes' speakers,
// relays); IDs are unique; parent, part_of, relay and member_of chains have
// no cycles; a response's to_kind matches the event it answers; a
// recognition or control-transfer clause carries proposed statuses; a
// figure revises a figure of the same record. It returns nil or a
// *[ValidationError] whose paths start at the story
// ("events[12].casualties[0].attributions[0].source").
func (s *Story) Validate() error {
	var c Checker
	for _, a := range s.actors {
		c.Actor(a)
	}
	for _, t := range s.territories {
		c.Territory(t)
	}
	for _, src := range s.sources {
		c.Source(src)
	}
	for _, st := range s.statuses {
		c.Status(st)
	}
	for _, e := range s.events {
		c.Event(e)
	}
	return c.Err()
}
