package newsevent

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

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
	// after holds the order the links of events state: event -> the
	// events it comes after (the links whose event.LinkType.Ordering is
	// +1 as written, those of -1 turned around).
	after map[uuid.UUID][]uuid.UUID
	// copyOf and versions are the chains of copies of sources and of
	// versions of sources and of statuses.
	copyOf   map[uuid.UUID]uuid.UUID
	versions map[uuid.UUID]uuid.UUID
	// Checks that wait for a record that has not arrived.
	later []laterCheck
	// published holds, for each source with a bounded publication time,
	// the instant by which it was published; happened are the checks of
	// events said to have happened against sources not seen yet.
	published map[uuid.UUID]time.Time
	happened  []happenedCheck

	n         [typeIdentity + 1]int // records so far, per type
	problems  validate.List
	visit     walk.Visit // the walker's visit, made once
	countRefs []string   // count refs of the current record
	revises   []revision // the refs the figures of the current record revise or are within
	timeRefs  []string   // the refs of the reported times of the current record
	timeRevs  []revision // the refs the reported times of the current record revise
	cur       slot       // the record being checked
	curID     uuid.UUID  // its ID

	// addresses holds the refs of the figures and reported times of every
	// record so far that has one; across are the revisions of a figure or
	// time of another record, checked against it by Err.
	addresses map[address]struct{}
	across    []acrossRevision
	// revisions holds, for each figure or reported time with a ref that
	// revises another, what it revises: a chain that returns to its start
	// is an error, since a revision comes after what it revises.
	revisions map[address]acrossRevision
}

// address is the stable address of a figure or a reported time: the
// record that holds it and its ref.
type address struct {
	id   uuid.UUID
	ref  string
	time bool
}

// acrossRevision is a revision of a figure or a time held by another
// record, at path.
type acrossRevision struct {
	to   address
	path string
}

// happenedCheck is an event said to have happened, to check against a
// source that reports it once the source arrives.
type happenedCheck struct {
	src   uuid.UUID
	start time.Time
	path  string
}

// revision is a figure's reference to another figure of its record.
type revision struct{ ref, path string }

// seenRecord is what the checker keeps of each record.
type seenRecord struct {
	typ recordType
	i   int32
	// sub is the event's kind, the territory's kind, or the status's
	// standing, as an index.
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
	case IdentityRecord:
		c.Identity(r.Identity)
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
		c.copyOf = make(map[uuid.UUID]uuid.UUID)
		c.versions = make(map[uuid.UUID]uuid.UUID)
		c.partOf = make(map[uuid.UUID][]uuid.UUID)
		c.memberOf = make(map[uuid.UUID][]uuid.UUID)
		c.after = make(map[uuid.UUID][]uuid.UUID)
		c.published = make(map[uuid.UUID]time.Time)
		c.visit = c.found
	}
	i := c.n[t]
	c.n[t]++
	c.cur, c.curID = slot{t, i}, id
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
	c.timeRefs, c.timeRevs = c.timeRefs[:0], c.timeRevs[:0]
	refPlan.Walk(rec, c.visit)
	for _, r := range c.revises {
		if !slices.Contains(c.countRefs, r.ref) {
			c.problems.Add(r.path, vocab.RuleUnresolved, fmt.Sprintf("no figure of this record has the ref %q", r.ref))
		}
	}
	for _, r := range c.timeRevs {
		if r.ref != event.RefTime && !slices.Contains(c.timeRefs, r.ref) {
			c.problems.Add(r.path, vocab.RuleUnresolved, fmt.Sprintf("no reported time of this event has the ref %q", r.ref))
		}
	}
	if c.curID == (uuid.UUID{}) {
		return
	}
	for _, r := range c.countRefs {
		c.keep(address{c.curID, r, false})
	}
	for _, r := range c.timeRefs {
		c.keep(address{c.curID, r, true})
	}
}

// keep adds the address of a figure or reported time.
func (c *Checker) keep(a address) {
	if c.addresses == nil {
		c.addresses = make(map[address]struct{})
	}
	c.addresses[a] = struct{}{}
}

// found handles what the walker finds in the current record: a
// reference, or a figure.
func (c *Checker) found(target int, v reflect.Value, at *walk.Path) {
	switch target {
	case int(targetCount):
		c.onCount(v.Addr().Interface().(*source.Count), at)
		return
	case int(targetTime):
		c.onTime(v.Addr().Interface().(*event.ReportedTime), at)
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
	if n.Revises != "" && n.Ref != "" && c.curID != (uuid.UUID{}) {
		to := n.RevisesIn
		if to == (uuid.UUID{}) {
			to = c.curID
		}
		c.revision(address{c.curID, n.Ref, false}, address{to, n.Revises, false}, w.String(c.path())+".revises")
	}
	switch {
	case n.Revises == "":
	case n.RevisesIn != (uuid.UUID{}) && n.RevisesIn != c.curID:
		c.across = append(c.across, acrossRevision{address{n.RevisesIn, n.Revises, false}, w.String(c.path()) + ".revises"})
	default:
		c.revises = append(c.revises, revision{n.Revises, w.String(c.path()) + ".revises"})
	}
	if n.Within != "" {
		c.revises = append(c.revises, revision{n.Within, w.String(c.path()) + ".within"})
	}
}

// onTime keeps the ref of a reported time, and what it revises.
func (c *Checker) onTime(t *event.ReportedTime, w *walk.Path) {
	if t.Ref != "" {
		c.timeRefs = append(c.timeRefs, t.Ref)
		if t.Revises != "" && c.curID != (uuid.UUID{}) {
			to := uuid.UUID(t.RevisesIn)
			if to == (uuid.UUID{}) {
				to = c.curID
			}
			c.revision(address{c.curID, t.Ref, true}, address{to, t.Revises, true}, w.String(c.path())+".revises")
		}
	}
	switch {
	case t.Revises == "":
	case !t.RevisesIn.IsZero() && uuid.UUID(t.RevisesIn) != c.curID:
		if t.Revises != event.RefTime { // the walker checks that RevisesIn is an event
			c.across = append(c.across, acrossRevision{address{uuid.UUID(t.RevisesIn), t.Revises, true}, w.String(c.path()) + ".revises"})
		}
	default:
		c.timeRevs = append(c.timeRevs, revision{t.Revises, w.String(c.path()) + ".revises"})
	}
}

// revision keeps that the figure or time at from revises the one at to.
func (c *Checker) revision(from, to address, path string) {
	if c.revisions == nil {
		c.revisions = make(map[address]acrossRevision)
	}
	if _, ok := c.revisions[from]; !ok {
		c.revisions[from] = acrossRevision{to, path}
	}
}

// revisionCycles reports each chain of revisions of figures or times that
// returns to where it started, once, at its first path.
func (c *Checker) revisionCycles(l *validate.List) {
	froms := make([]address, 0, len(c.revisions))
	for a := range c.revisions {
		froms = append(froms, a)
	}
	slices.SortFunc(froms, func(a, b address) int { return strings.Compare(c.revisions[a].path, c.revisions[b].path) })
	state := make(map[address]int8, len(froms)) // 1 on the current walk, 2 done
	for _, start := range froms {
		var walked []address
		at, looped := start, false
		for state[at] == 0 {
			state[at] = 1
			walked = append(walked, at)
			next, ok := c.revisions[at]
			if !ok {
				break
			}
			at = next.to
			looped = state[at] == 1 // back on this walk: a cycle from at
		}
		if looped {
			cycle := walked[slices.Index(walked, at):]
			first, refs := cycle[0], make([]string, 0, len(cycle)+1)
			for _, a := range cycle {
				if c.revisions[a].path < c.revisions[first].path {
					first = a
				}
				refs = append(refs, a.ref)
			}
			refs = append(refs, cycle[0].ref)
			l.Add(c.revisions[first].path, vocab.RuleCycle, "revisions return to where they start: "+strings.Join(refs, " → "))
		}
		for _, a := range walked {
			state[a] = 2
		}
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
	c.begin(typeActor, id, 0, validate.Fast("actor", &a))
	c.refs(&a)
	for _, m := range a.MemberOf {
		c.memberOf[id] = append(c.memberOf[id], uuid.UUID(m))
	}
}

// Territory checks a territory.
func (c *Checker) Territory(t territory.Territory) {
	id := uuid.UUID(t.ID)
	c.begin(typeTerritory, id, territoryKindIndex(t.Kind), validate.Fast("territory", &t))
	c.refs(&t)
	if !t.Parent.IsZero() {
		c.parent[id] = uuid.UUID(t.Parent)
	}
}

// Source checks a source.
func (c *Checker) Source(s source.Source) {
	id := uuid.UUID(s.ID)
	c.begin(typeSource, id, 0, validate.Fast("source", &s))
	c.refs(&s)
	if !s.Via.IsZero() {
		c.via[id] = uuid.UUID(s.Via)
	}
	if !s.CopyOf.IsZero() {
		c.copyOf[id] = uuid.UUID(s.CopyOf)
	}
	if !s.Revises.IsZero() {
		c.versions[id] = uuid.UUID(s.Revises)
	}
	if _, by := s.Published.Span(); !by.IsZero() && s.Published.Bound != source.BoundNotBefore {
		c.published[id] = by
	}
}

// Status checks a territorial status.
func (c *Checker) Status(s territory.Status) {
	c.begin(typeStatus, uuid.UUID(s.ID), standingIndex(s.Standing), validate.Fast("territory: status", &s))
	c.refs(&s)
	if id := uuid.UUID(s.ID); !s.Revises.IsZero() && id != (uuid.UUID{}) {
		c.versions[id] = uuid.UUID(s.Revises) // a status's versions, as a source's
	}
	if !s.Boundary.IsZero() {
		c.expect(uuid.UUID(s.Boundary), ".boundary", typeTerritory, territoryKindIndex(territory.KindLine))
	}
}

// Identity checks an identity claim.
func (c *Checker) Identity(i Identity) {
	c.begin(typeIdentity, uuid.UUID(i.ID), 0, validate.Fast("newsevent: identity", &i))
	c.refs(&i)
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
	c.begin(typeEvent, id, kindIndex(e.Kind()), validate.Fast(eventScope(e.Kind()), e))
	c.refs(e)
	for _, l := range h.Links {
		if l.To.IsZero() {
			continue
		}
		to := uuid.UUID(l.To)
		if l.Type == event.LinkPartOf {
			c.partOf[id] = append(c.partOf[id], to)
		}
		switch l.Type.Ordering() {
		case 1:
			c.after[id] = append(c.after[id], to)
		case -1:
			c.after[to] = append(c.after[to], id)
		}
	}
	// The earliest the event can have started: a time bounded "not
	// after" gives none.
	if from, _ := h.Time.Span(); happened(h.Status) && !from.IsZero() {
		for i, a := range h.Attributions {
			src := uuid.UUID(a.Source)
			path := c.path() + ".time.start"
			if _, ok := c.seen[src]; ok {
				c.checkHappened(happenedCheck{src, from, path}, i)
			} else {
				c.happened = append(c.happened, happenedCheck{src, from, path})
			}
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

// eventScopes are the scopes of the events' validation errors ("event:
// attack"), by kind, made once.
var eventScopes = func() map[event.Kind]string {
	m := make(map[event.Kind]string)
	for _, k := range event.Kinds() {
		m[k] = "event: " + string(k)
	}
	return m
}()

// eventScope returns the scope of the validation errors of an event of
// kind k, as its Validate method gives it.
func eventScope(k event.Kind) string {
	if s, ok := eventScopes[k]; ok {
		return s
	}
	return "event: " + string(k)
}

// happened reports whether an event of this status is said to have taken
// place (or to be taking place), and so cannot start after the sources
// that say so were published.
func happened(s event.Status) bool {
	return s == event.StatusOccurred || s == event.StatusOngoing || s == event.StatusAlleged || s == event.StatusSuspended
}

// checkHappened reports an event said to have happened that starts after
// the source that says so was published.
func (c *Checker) checkHappened(h happenedCheck, _ int) {
	by, ok := c.published[h.src]
	if ok && !h.start.Before(by) {
		c.problems.Add(h.path, vocab.RuleMismatch, fmt.Sprintf("the event is said to have happened, but starts after %s, which says so, was published (by %s)", c.pathOf(h.src), by.Format(time.RFC3339)))
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
	case typeTerritory:
		c.problems.Add(path, vocab.RuleMismatch, fmt.Sprintf("territory %s is of kind %s; a boundary is a line", id, territoryKindName(got.sub)))
	}
}

// territoryKindIndex numbers territory kinds for seenRecord.sub.
func territoryKindIndex(k territory.Kind) uint8 {
	return uint8(slices.Index(territory.Kinds(), k) + 1)
}

func territoryKindName(i uint8) string {
	if k := territory.Kinds(); i > 0 && int(i) <= len(k) {
		return string(k[i-1])
	}
	return "none"
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
// chains and in the order that follows, precedes and caused_by links state
// (an event cannot come after itself). Other links do not order events: a
// response may answer a meeting that has not taken place, a revision may
// be dated before what it revises. It returns nil or a *[ValidationError] with every problem found
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
	for _, a := range c.across {
		if _, ok := c.addresses[a.to]; ok {
			continue
		}
		what := "figure"
		if a.to.time {
			what = "reported time"
		}
		if got, ok := c.seen[a.to.id]; ok {
			l.Add(a.path, vocab.RuleUnresolved, fmt.Sprintf("%s (%s) has no %s with the ref %q", a.to.id, validate.Index(got.typ.list(), int(got.i)), what, a.to.ref))
		} else {
			l.Add(a.path, vocab.RuleUnresolved, fmt.Sprintf("the record %s, whose %s %q it revises, is not in the story", a.to.id, what, a.to.ref))
		}
	}
	for _, h := range c.happened {
		var tmp Checker
		tmp.seen, tmp.published = c.seen, c.published
		tmp.checkHappened(h, 0)
		l.Merge("", tmp.problems.Err("story"))
	}
	for _, lc := range c.later {
		if got, ok := c.seen[lc.id]; ok {
			var tmp Checker
			tmp.compare(got, lc.id, lc.path, lc.typ, lc.want)
			l.Merge("", tmp.problems.Err("story"))
		}
	}
	c.cycles(&l)
	c.revisionCycles(&l)
	return l.Err("story")
}

// cycles reports every chain that returns to where it started.
func (c *Checker) cycles(l *validate.List) {
	single := func(edges map[uuid.UUID]uuid.UUID) func(uuid.UUID, int) (uuid.UUID, bool) {
		return func(u uuid.UUID, k int) (uuid.UUID, bool) {
			v, ok := edges[u]
			return v, ok && k == 0
		}
	}
	multi := func(edges map[uuid.UUID][]uuid.UUID) func(uuid.UUID, int) (uuid.UUID, bool) {
		return func(u uuid.UUID, k int) (uuid.UUID, bool) {
			out := edges[u]
			if k < len(out) {
				return out[k], true
			}
			return uuid.UUID{}, false
		}
	}
	c.cyclesIn(l, keysOf(c.parent), single(c.parent), "parent", "parent chain")
	c.cyclesIn(l, keysOf(c.via), single(c.via), "via", "relay chain")
	c.cyclesIn(l, keysOf(c.partOf), multi(c.partOf), "links", "part_of chain")
	c.cyclesIn(l, keysOf(c.memberOf), multi(c.memberOf), "member_of", "member_of chain")
	c.cyclesIn(l, keysOf(c.copyOf), single(c.copyOf), "copy_of", "chain of copies")
	c.cyclesIn(l, keysOf(c.versions), single(c.versions), "revises", "chain of versions")
	c.cyclesIn(l, keysOf(c.after), multi(c.after), "links", "order of events (follows, precedes, caused_by, conditional_on)")
}

func keysOf[V any](m map[uuid.UUID]V) []uuid.UUID {
	out := make([]uuid.UUID, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// maxCycles is how many cycles of one graph are reported one by one;
// past it, one problem says how many more there are.
const maxCycles = 100

// cyclesIn finds cycles in a graph by depth-first search and reports each
// once, at the record of the cycle that comes first in the story; next(u,
// k) is u's k-th edge. The search keeps its own stack, so its depth is not
// the program's: a chain of millions of links is walked in a loop, in time
// linear in the links after sorting the starting points.
func (c *Checker) cyclesIn(l *validate.List, keys []uuid.UUID, next func(uuid.UUID, int) (uuid.UUID, bool), field, what string) {
	// Start from the records in story order, so that reports are stable:
	// sort once by position computed once.
	type start struct {
		id  uuid.UUID
		pos seenRecord
		ok  bool
	}
	starts := make([]start, len(keys))
	for i, k := range keys {
		r, ok := c.seen[k]
		starts[i] = start{k, r, ok}
	}
	slices.SortFunc(starts, func(a, b start) int {
		switch {
		case a.ok && b.ok:
			if a.pos.typ != b.pos.typ {
				return int(a.pos.typ) - int(b.pos.typ)
			}
			return int(a.pos.i) - int(b.pos.i)
		case a.ok:
			return -1
		case b.ok:
			return 1
		}
		return bytes.Compare(a.id[:], b.id[:])
	})
	// state: 0 not visited, -1 done, d > 0 on the stack at depth d-1.
	state := make(map[uuid.UUID]int32, len(keys))
	type item struct {
		node uuid.UUID
		next int // the next of the node's edges to follow
	}
	var stack []item
	found := 0
	for _, st := range starts {
		if state[st.id] != 0 {
			continue
		}
		state[st.id] = 1
		stack = append(stack[:0], item{node: st.id})
		for len(stack) > 0 {
			top := len(stack) - 1
			u := stack[top].node
			v, ok := next(u, stack[top].next)
			if !ok {
				state[u] = -1
				stack = stack[:top]
				continue
			}
			stack[top].next++
			switch d := state[v]; {
			case d > 0:
				found++
				if found <= maxCycles {
					cycle := make([]uuid.UUID, 0, len(stack)-int(d-1))
					for _, it := range stack[d-1:] {
						cycle = append(cycle, it.node)
					}
					c.reportCycle(l, cycle, field, what)
				}
			case d == 0:
				state[v] = int32(len(stack) + 1)
				stack = append(stack, item{node: v})
			}
		}
	}
	if found > maxCycles {
		l.Add("", vocab.RuleCycle, fmt.Sprintf("%d more %ss return to where they started", found-maxCycles, what))
	}
}

// reportCycle reports a cycle at its record that comes first in the
// story, naming its records in order; a long cycle is named by its first
// and last few records and its length.
func (c *Checker) reportCycle(l *validate.List, cycle []uuid.UUID, field, what string) {
	first := slices.MinFunc(cycle, c.byPosition)
	const show = 4
	var names []string
	for i, x := range cycle {
		if len(cycle) > 2*show && i == show {
			names = append(names, fmt.Sprintf("… (%d records) …", len(cycle)-2*show))
		}
		if len(cycle) <= 2*show || i < show || i >= len(cycle)-show {
			names = append(names, c.pathOf(x))
		}
	}
	names = append(names, c.pathOf(cycle[0]))
	l.Add(c.pathOf(first)+"."+field, vocab.RuleCycle, fmt.Sprintf("the %s returns to where it started: %s", what, strings.Join(names, " → ")))
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
// (actors, territories, sources, statuses, events, identity claims,
// quotes' speakers, relays, a figure's places, a role's place, a source's
// dateline); IDs are unique; parent, part_of, relay, copy, version and
// member_of chains have no cycles, nor the order that follows, precedes,
// caused_by and conditional_on links state; a response's to_kind matches
// the event it answers; a recognition or control-transfer clause carries
// proposed statuses; a status's boundary is a line; a figure revises a
// figure of the same record. It returns nil or a
// *[ValidationError] whose paths start at the story
// ("events[12].casualties[0].attributions[0].source").
//
// Worst case: time O(n log n) in the records and links (sorting the
// records of each chain for stable reports), no recursion, memory linear
// in the distinct IDs; at most 100 cycles of each kind are listed one by
// one.
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
	for _, i := range s.identities {
		c.Identity(i)
	}
	return c.Err()
}
