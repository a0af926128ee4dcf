package newsevent

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
	"unsafe"

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
// keeps some 34 bytes per distinct ID (a UUID, a number and a few links,
// packed: idset.go describes the layout), never the records, so its
// memory grows with the number of IDs and not with the size of the
// records. While it runs, [Checker.Err] needs 12 to 16 bytes per link of
// the kind of chain that has the most (part_of links, parents, relays,
// …), which it takes first from the 4 to 6 bytes per ID of the Checker's
// index of IDs (see Err). The process's resident memory is more than
// what is kept: at the default GOGC the garbage collector lets the heap
// grow to about twice that before it collects. A checking process that
// must stay under a bound says so with GOMEMLIMIT (BENCHMARKS.md measures
// a stream of a million events, 1.5 million IDs, at 116–119 MB by
// default).
// Its zero value is ready to use; a Checker is not safe for concurrent use.
//
// Paths in its problems count records per type in the order they arrive:
// the fourth event is events[3], as in the JSON of a story.
type Checker struct {
	// ids numbers every distinct ID met, the records' own and those
	// referred to, and keeps what the checks need of each record: its
	// type, its place in its list, its kind. Everything below refers to
	// IDs by their node number there; idset.go lays out the memory.
	ids  idSet
	strs stringTable // refs of figures and times, rests of paths
	// held is where a record passed by value is copied while it is
	// checked: the rules and the walk take its address, and a parameter
	// whose address they keep would be moved to the heap, one allocation
	// of the whole record per record. It is cleared once the record is
	// checked, so that the Checker keeps nothing of it.
	held struct {
		actor     actor.Actor
		territory territory.Territory
		source    source.Source
		status    territory.Status
		identity  Identity
	}
	// missing holds the first reference to each node not yet seen;
	// missingMost is the most it has held since it was made. A Go map
	// keeps its size when its entries go, so it is made again, smaller,
	// once a quarter of that is left (see resolved): the references that
	// wait at one point of a stream are not kept to its end.
	missing     map[uint32]missingRef
	missingMost int
	// missingMore holds, for a node not yet seen, the first reference of
	// each other type wanted: an ID referred to as an event and as an
	// actor is wrong in one of the two, whatever arrives.
	missingMore map[uint32][]missingRef
	// Chains to check for cycles once every record is in, as edges in
	// the order stated: territory -> its parent, source -> the source it
	// came via, event -> events it is part of, actor -> actors it is a
	// member of. For a chain of one link per record (parent, via,
	// copyOf, versions) the last edge from a node is the one that holds,
	// as a later record with the same ID replaces the link.
	parent, via, partOf, memberOf edgeLog
	// after holds the order the links of events state: event -> the
	// events it comes after (the links whose event.LinkType.Ordering is
	// +1 as written, those of -1 turned around).
	after edgeLog
	// copyOf and versions are the chains of copies of sources and of
	// versions of sources and of statuses.
	copyOf, versions edgeLog
	// Checks that wait for a record that has not arrived.
	later []laterCheck
	// published holds, for each source with a bounded publication time,
	// the instant by which it was published, in Unix seconds, indexed by
	// the source's place among the sources (noTime if none): 4 bytes a
	// source. publishedBy holds the rest by node: the times of a second
	// record with the same ID (the later wins), of a source without an
	// ID, and times with a fraction of a second, before 1970 or from 2106
	// on, or not in UTC. happened are the checks of events said to have
	// happened against sources not seen yet.
	published   []uint32
	publishedBy map[uint32]time.Time
	happened    []happenedCheck

	n         [typeIdentity + 1]int // records so far, per type
	problems  validate.List
	at        walk.Path  // the path of the walk of the current record
	countRefs []string   // count refs of the current record
	revises   []revision // the refs the figures of the current record revise or are within
	timeRefs  []string   // the refs of the reported times of the current record
	timeRevs  []revision // the refs the reported times of the current record revise
	cur       slot       // the record being checked
	curID     uuid.UUID  // its ID
	curNode   uint32     // the node of its ID
	fresh     bool       // whether it is the first record with its ID
	scratch   []byte     // for paths

	// addresses holds the refs of the figures and reported times of every
	// record so far that has one, in the order added until Err, which
	// alone looks them up, sorts them; across are the revisions of a
	// figure or time of another record, checked against it by Err.
	addresses []address
	sorted    int // how many of addresses are sorted, without repeats
	across    []acrossRevision
	// revisions holds, for each figure or reported time with a ref that
	// revises another, what it revises, in the order found (the first
	// from an address is the one that counts): a chain that returns to
	// its start is an error, since a revision comes after what it
	// revises.
	revisions []revisionEdge
}

// noTime marks a source without a publication bound in Checker.published.
const noTime = math.MaxUint32

// acrossRevision is a revision of a figure or a time held by another
// record, at path.
type acrossRevision struct {
	to   address
	path pathRef
}

// happenedCheck is an event said to have happened, to check against a
// source that reports it once the source arrives.
type happenedCheck struct {
	src   uint32 // node
	start time.Time
	path  pathRef
}

// revision is a figure's reference to another figure of its record.
type revision struct{ ref, path string }

// seenRecord is what the checker keeps of each record.
type seenRecord struct {
	recordKind
	i int32 // the record's place in its list
}

// recordKind is a record's type and kind: what most checks of a
// reference need, read without the record's place (see idSet.kind).
type recordKind struct {
	typ recordType
	// sub is the event's kind, the territory's kind, or the status's
	// standing, as an index.
	sub uint8
}

// missingRef is the first reference to an ID the checker has not seen.
type missingRef struct {
	want recordType
	node uint32
	path pathRef
}

// laterCheck is a check of a record against one it refers to that has not
// arrived yet.
type laterCheck struct {
	node uint32
	path pathRef
	want uint8 // the kind or standing the referred record must have
	typ  recordType
}

// The lists that number event kinds, territory kinds and standings for
// seenRecord.sub, read once: their functions return a new copy each call,
// which a check per record would pay for, and the lists never change.
var (
	eventKinds     = event.Kinds()
	territoryKinds = territory.Kinds()
	standings      = territory.Standings()
)

// kindIndex numbers event kinds and standings for seenRecord.sub.
func kindIndex(k event.Kind) uint8 { return uint8(slices.Index(eventKinds, k) + 1) }

func standingIndex(s territory.Standing) uint8 {
	return uint8(slices.Index(standings, s) + 1)
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
	i := c.n[t]
	c.n[t]++
	c.cur, c.curID, c.fresh = slot{t, i}, id, false
	c.curNode = c.ids.node(id)
	if own != nil {
		c.problems.Merge(c.path(), own)
	}
	if id == (uuid.UUID{}) {
		return
	}
	if _, ok := c.ids.kind(c.curNode); ok {
		old, _ := c.ids.record(c.curNode)
		c.problems.Add(c.path()+".id", vocab.RuleUnique, fmt.Sprintf("ID %s is also the ID of %s", id, validate.Index(old.typ.list(), int(old.i))))
		return
	}
	c.ids.see(c.curNode, t, i, sub)
	c.fresh = true
	if c.ids.isMissing(c.curNode) {
		m := c.resolved(c.curNode)
		c.ids.flagMissing(c.curNode, false)
		c.arrived(m, t, c.path())
		for _, m := range c.missingMore[c.curNode] {
			c.arrived(m, t, c.path())
		}
		delete(c.missingMore, c.curNode)
	}
}

// path returns the path of the current record ("events[3]").
func (c *Checker) path() string { return validate.Index(c.cur.typ.list(), c.cur.i) }

// pathRef returns the path of the current record with rest after it.
func (c *Checker) pathRef(rest string) pathRef {
	return makePathRef(c.cur.typ, c.cur.i, c.strs.id(rest))
}

// walkRef returns the path w of the walk of the current record, with rest
// after it.
func (c *Checker) walkRef(w *walk.Path, rest string) pathRef {
	c.scratch = w.Append(append(c.scratch[:0], 'x')) // x stands for the record's path
	c.scratch = append(c.scratch, rest...)
	return makePathRef(c.cur.typ, c.cur.i, c.strs.idBytes(c.scratch[1:]))
}

// arrived checks a reference that waited for the record of type t at path.
func (c *Checker) arrived(m missingRef, t recordType, path string) {
	if m.want != t {
		c.problems.Add(c.pathString(m.path), vocab.RuleWrongType, fmt.Sprintf("%s %s is %s (%s), not %s", m.want, c.ids.key(m.node), t.withArticle(), path, m.want.withArticle()))
	}
}

// walkStart readies the checks of the references of the current record;
// a typed walk of the record (refs_gen.go) follows, then walkEnd.
func (c *Checker) walkStart() *walk.Path {
	c.countRefs, c.revises = c.countRefs[:0], c.revises[:0]
	c.timeRefs, c.timeRevs = c.timeRefs[:0], c.timeRevs[:0]
	c.at.Reset()
	return &c.at
}

// walkEnd checks the refs the figures and times of the current record
// revise, and keeps the addresses of its figures and times.
func (c *Checker) walkEnd() {
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
		c.keep(c.address(c.curNode, r, false))
	}
	for _, r := range c.timeRefs {
		c.keep(c.address(c.curNode, r, true))
	}
}

// address returns the address of the figure or time ref of node.
func (c *Checker) address(node uint32, ref string, time bool) address {
	return makeAddress(node, c.strs.id(ref), time)
}

// keep adds the address of a figure or reported time.
func (c *Checker) keep(a address) { c.addresses = append(c.addresses, a) }

// sortAddresses sorts the addresses and drops repeats, for hasAddress.
func (c *Checker) sortAddresses() {
	if c.sorted == len(c.addresses) {
		return
	}
	slices.Sort(c.addresses)
	c.addresses = slices.Clip(slices.Compact(c.addresses))
	c.sorted = len(c.addresses)
}

// hasAddress reports whether a figure or time has the address a; the
// addresses must be sorted.
func (c *Checker) hasAddress(a address) bool {
	_, ok := slices.BinarySearch(c.addresses, a)
	return ok
}

// onRef checks a reference found in the current record (its own ID is
// not walked).
func (c *Checker) onRef(to recordType, id *uuid.UUID, at *walk.Path) {
	if *id == (uuid.UUID{}) {
		return
	}
	c.resolve(ref{to, *id}, at)
}

// onCount keeps the ref of a figure, and what it revises or is within.
func (c *Checker) onCount(n *source.Count, w *walk.Path) {
	if n.Ref != "" {
		c.countRefs = append(c.countRefs, n.Ref)
	}
	if n.Revises != "" && n.Ref != "" && c.curID != (uuid.UUID{}) {
		to := n.RevisesIn
		if to == (uuid.UUID{}) {
			to = c.curID
		}
		c.revision(c.address(c.curNode, n.Ref, false), to, n.Revises, false, w)
	}
	switch {
	case n.Revises == "":
	case n.RevisesIn != (uuid.UUID{}) && n.RevisesIn != c.curID:
		c.across = append(c.across, acrossRevision{c.address(c.ids.node(n.RevisesIn), n.Revises, false), c.walkRef(w, ".revises")})
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
			c.revision(c.address(c.curNode, t.Ref, true), to, t.Revises, true, w)
		}
	}
	switch {
	case t.Revises == "":
	case !t.RevisesIn.IsZero() && uuid.UUID(t.RevisesIn) != c.curID:
		if t.Revises != event.RefTime { // the walker checks that RevisesIn is an event
			c.across = append(c.across, acrossRevision{c.address(c.ids.node(uuid.UUID(t.RevisesIn)), t.Revises, true), c.walkRef(w, ".revises")})
		}
	default:
		c.timeRevs = append(c.timeRevs, revision{t.Revises, w.String(c.path()) + ".revises"})
	}
}

// revision keeps that the figure or time at from revises the one of the
// record to with the ref rev, at the path w.
func (c *Checker) revision(from address, to uuid.UUID, rev string, time bool, w *walk.Path) {
	c.revisions = append(c.revisions, revisionEdge{from, c.address(c.ids.node(to), rev, time), c.walkRef(w, ".revises")})
}

// revisionsLoop reports whether any chain of revisions of figures or
// times returns to where it started, without the paths and maps that
// revisionCycles builds to report one: at the end of a stream, where the
// heap is fullest, a story without such a chain costs 8 bytes per
// revision here.
func (c *Checker) revisionsLoop() bool {
	// byFrom holds each revision's place in c.revisions, ordered by its
	// from address; the first revision from an address counts.
	byFrom := make([]uint32, len(c.revisions))
	for i := range byFrom {
		byFrom[i] = uint32(i)
	}
	slices.SortFunc(byFrom, func(a, b uint32) int {
		return cmp.Or(cmp.Compare(c.revisions[a].from, c.revisions[b].from), cmp.Compare(a, b))
	})
	byFrom = slices.CompactFunc(byFrom, func(a, b uint32) bool { return c.revisions[a].from == c.revisions[b].from })
	// next returns the place in byFrom of the revision from a.
	next := func(a address) (int, bool) {
		return slices.BinarySearchFunc(byFrom, a, func(r uint32, a address) int { return cmp.Compare(c.revisions[r].from, a) })
	}
	state := make([]uint8, len(byFrom)) // 1 on the current walk, 2 done
	for i := range byFrom {
		x, ok := i, true
		for ok && state[x] == 0 {
			state[x] = 1
			if x, ok = next(c.revisions[byFrom[x]].to); ok && state[x] == 1 {
				return true
			}
		}
		for x, ok := i, true; ok && state[x] == 1; x, ok = next(c.revisions[byFrom[x]].to) {
			state[x] = 2
		}
	}
	return false
}

// revisionCycles reports each chain of revisions of figures or times that
// returns to where it started, once, at its first path.
func (c *Checker) revisionCycles(l *validate.List) {
	if !c.revisionsLoop() {
		return
	}
	type from struct {
		a    address
		path string
	}
	froms := make([]from, 0, len(c.revisions))
	paths := make(map[address]string, len(c.revisions))
	next := make(map[address]address, len(c.revisions))
	for _, r := range c.revisions {
		if _, ok := next[r.from]; ok {
			continue // the first revision from an address counts
		}
		p := c.pathString(r.path)
		froms = append(froms, from{r.from, p})
		paths[r.from] = p
		next[r.from] = r.to
	}
	slices.SortFunc(froms, func(a, b from) int { return strings.Compare(a.path, b.path) })
	state := make(map[address]int8, len(froms)) // 1 on the current walk, 2 done
	for _, start := range froms {
		var walked []address
		at, looped := start.a, false
		for state[at] == 0 {
			state[at] = 1
			walked = append(walked, at)
			to, ok := next[at]
			if !ok {
				break
			}
			at = to
			looped = state[at] == 1 // back on this walk: a cycle from at
		}
		if looped {
			cycle := walked[slices.Index(walked, at):]
			first, refs := cycle[0], make([]string, 0, len(cycle)+1)
			for _, a := range cycle {
				if paths[a] < paths[first] {
					first = a
				}
				refs = append(refs, c.strs.all[a.ref()])
			}
			refs = append(refs, c.strs.all[cycle[0].ref()])
			l.Add(paths[first], vocab.RuleCycle, "revisions return to where they start: "+strings.Join(refs, " → "))
		}
		for _, a := range walked {
			state[a] = 2
		}
	}
}

func (c *Checker) resolve(r ref, w *walk.Path) {
	n, got, ok := c.ids.lookup(r.id)
	switch {
	case !ok:
		c.addMissing(r, w)
	case got.typ != r.to:
		got, _ := c.ids.record(n)
		c.problems.Add(w.String(c.path()), vocab.RuleWrongType, fmt.Sprintf("%s %s is %s (%s), not %s", r.to, r.id, got.typ.withArticle(), validate.Index(got.typ.list(), int(got.i)), r.to.withArticle()))
	}
}

// resolved takes and returns the first reference to node, whose record
// has arrived, from c.missing; it makes the map again, for what is left,
// when that is a quarter of the most it held (and more than a few
// hundred entries were held): each entry is then copied at most once for
// three taken out since the map was made.
func (c *Checker) resolved(node uint32) missingRef {
	m := c.missing[node]
	delete(c.missing, node)
	if n := len(c.missing); c.missingMost >= minMissingShrink && n <= c.missingMost/4 {
		// Not maps.Clone, which may keep the size of what it copies.
		smaller := make(map[uint32]missingRef, n)
		maps.Copy(smaller, c.missing)
		c.missing, c.missingMost = smaller, n
	}
	return m
}

// minMissingShrink is the least size of c.missing worth making again.
const minMissingShrink = 512

// addMissing keeps the first reference to an ID not yet seen, and the
// first of each other type wanted, so that a reference of the wrong type
// is reported even when a reference of the right type came first.
func (c *Checker) addMissing(r ref, w *walk.Path) {
	node := c.ids.node(r.id)
	first, ok := c.missing[node]
	if !ok {
		if c.missing == nil {
			c.missing = make(map[uint32]missingRef)
		}
		c.missing[node] = missingRef{want: r.to, node: node, path: c.walkRef(w, "")}
		c.missingMost = max(c.missingMost, len(c.missing))
		c.ids.flagMissing(node, true)
		return
	}
	if first.want == r.to {
		return
	}
	for _, m := range c.missingMore[node] {
		if m.want == r.to {
			return
		}
	}
	if c.missingMore == nil {
		c.missingMore = make(map[uint32][]missingRef)
	}
	c.missingMore[node] = append(c.missingMore[node], missingRef{want: r.to, node: node, path: c.walkRef(w, "")})
}

// Actor checks an actor.
func (c *Checker) Actor(a actor.Actor) {
	p := &c.held.actor
	*p = a
	c.begin(typeActor, uuid.UUID(a.ID), 0, ownRules(p))
	refsActor(p, c, c.walkStart())
	c.walkEnd()
	*p = actor.Actor{}
	for _, m := range a.MemberOf {
		c.memberOf.add(c.curNode, c.ids.node(uuid.UUID(m)))
	}
}

// Territory checks a territory.
func (c *Checker) Territory(t territory.Territory) {
	p := &c.held.territory
	*p = t
	c.begin(typeTerritory, uuid.UUID(t.ID), territoryKindIndex(t.Kind), ownRules(p))
	refsTerritory(p, c, c.walkStart())
	c.walkEnd()
	*p = territory.Territory{}
	if !t.Parent.IsZero() {
		c.parent.add(c.curNode, c.ids.node(uuid.UUID(t.Parent)))
	}
}

// Source checks a source.
func (c *Checker) Source(s source.Source) {
	p := &c.held.source
	*p = s
	c.begin(typeSource, uuid.UUID(s.ID), 0, ownRules(p))
	refsSource(p, c, c.walkStart())
	c.walkEnd()
	*p = source.Source{}
	if !s.Via.IsZero() {
		c.via.add(c.curNode, c.ids.node(uuid.UUID(s.Via)))
	}
	if !s.CopyOf.IsZero() {
		c.copyOf.add(c.curNode, c.ids.node(uuid.UUID(s.CopyOf)))
	}
	if !s.Revises.IsZero() {
		c.versions.add(c.curNode, c.ids.node(uuid.UUID(s.Revises)))
	}
	if _, by := s.Published.Span(); !by.IsZero() && s.Published.Bound != source.BoundNotBefore {
		c.publish(by)
	}
}

// Status checks a territorial status.
func (c *Checker) Status(s territory.Status) {
	p := &c.held.status
	*p = s
	c.begin(typeStatus, uuid.UUID(s.ID), standingIndex(s.Standing), ownRules(p))
	refsStatus(p, c, c.walkStart())
	c.walkEnd()
	*p = territory.Status{}
	if id := uuid.UUID(s.ID); !s.Revises.IsZero() && id != (uuid.UUID{}) {
		c.versions.add(c.curNode, c.ids.node(uuid.UUID(s.Revises))) // a status's versions, as a source's
	}
	if !s.Boundary.IsZero() {
		c.expect(uuid.UUID(s.Boundary), ".boundary", typeTerritory, territoryKindIndex(territory.KindLine))
	}
}

// Identity checks an identity claim.
func (c *Checker) Identity(i Identity) {
	p := &c.held.identity
	*p = i
	c.begin(typeIdentity, uuid.UUID(i.ID), 0, ownRules(p))
	refsIdentity(p, c, c.walkStart())
	c.walkEnd()
	*p = Identity{}
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
	c.begin(typeEvent, id, kindIndex(e.Kind()), ownRules(e))
	if at := c.walkStart(); !refsEvent(e, c, at) {
		reflectRefs(e, c, at) // a kind refs_gen.go does not know yet: go generate .
	}
	c.walkEnd()
	for _, l := range h.Links {
		if l.To.IsZero() {
			continue
		}
		to := c.ids.node(uuid.UUID(l.To))
		if l.Type == event.LinkPartOf {
			c.partOf.add(c.curNode, to)
		}
		switch l.Type.Ordering() {
		case 1:
			c.after.add(c.curNode, to)
		case -1:
			c.after.add(to, c.curNode)
		}
	}
	// The earliest the event can have started: a time bounded "not
	// after" gives none.
	if from, _ := h.Time.Span(); happened(h.Status) && !from.IsZero() {
		for _, a := range h.Attributions {
			src, ok := c.ids.find(uuid.UUID(a.Source))
			if ok {
				_, ok = c.ids.kind(src)
			}
			if ok {
				c.checkHappened(&c.problems, src, from, c.pathRef(".time.start"))
			} else {
				c.happened = append(c.happened, happenedCheck{c.ids.node(uuid.UUID(a.Source)), from, c.pathRef(".time.start")})
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

// ownRules runs the rules of one record (v, a pointer to it) with the
// compiled engine, which gives what its Validate gives. begin keeps only
// the problems, under the record's path, so the error needs no scope.
//
// The generated quick check (rules_gen.go) decides first: a record it
// passes keeps every rule, and one it does not goes through the plans,
// which say what is wrong (validate.Explain, which does not decide again).
func ownRules(v any) error {
	if rulesHold(v) {
		return nil
	}
	return validate.Explain("", v)
}

// happened reports whether an event of this status is said to have taken
// place (or to be taking place), and so cannot start after the sources
// that say so were published.
func happened(s event.Status) bool {
	return s == event.StatusOccurred || s == event.StatusOngoing || s == event.StatusAlleged || s == event.StatusSuspended
}

// checkHappened reports to l an event said to have happened, at path,
// that starts after the source src that says so was published.
func (c *Checker) checkHappened(l *validate.List, src uint32, start time.Time, path pathRef) {
	by, ok := c.publishedAt(src)
	if ok && !start.Before(by) {
		l.Add(c.pathString(path), vocab.RuleMismatch, fmt.Sprintf("the event is said to have happened, but starts after %s, which says so, was published (by %s)", c.pathOf(src), by.Format(time.RFC3339)))
	}
}

// publish keeps by, the instant by which the current record, a source,
// was published.
func (c *Checker) publish(by time.Time) {
	if sec := by.Unix(); c.fresh && sec >= 0 && sec < noTime && by.Nanosecond() == 0 && by.Location() == time.UTC {
		for len(c.published) <= c.cur.i {
			c.published = append(c.published, noTime)
		}
		c.published[c.cur.i] = uint32(sec)
		return
	}
	if c.publishedBy == nil {
		c.publishedBy = make(map[uint32]time.Time)
	}
	c.publishedBy[c.curNode] = by
}

// publishedAt returns the instant by which the source of node n was
// published, if it is known.
func (c *Checker) publishedAt(n uint32) (time.Time, bool) {
	if by, ok := c.publishedBy[n]; ok {
		return by, true
	}
	if r, ok := c.ids.record(n); ok && r.typ == typeSource && int(r.i) < len(c.published) && c.published[r.i] != noTime {
		return time.Unix(int64(c.published[r.i]), 0).UTC(), true
	}
	return time.Time{}, false
}

// expect checks that the record id, of type typ, has the kind or standing
// want, now or once it arrives; suffix is the path of the reference
// within the current record (".to_kind").
func (c *Checker) expect(id uuid.UUID, suffix string, typ recordType, want uint8) {
	_, got, ok := c.ids.lookup(id)
	switch {
	case !ok:
		c.later = append(c.later, laterCheck{node: c.ids.node(id), path: c.pathRef(suffix), want: want, typ: typ})
	case got.typ == typ && got.sub != want:
		c.compare(&c.problems, got, id, c.path()+suffix, typ, want)
	}
}

// compare reports to l a record id of type typ that has not the kind or
// standing want.
func (c *Checker) compare(l *validate.List, got recordKind, id uuid.UUID, path string, typ recordType, want uint8) {
	if got.typ != typ || got.sub == want {
		return // a wrong type is reported by the reference check
	}
	switch typ {
	case typeEvent:
		l.Add(path, vocab.RuleMismatch, fmt.Sprintf("event %s is of kind %s, not %s", id, kindName(got.sub), kindName(want)))
	case typeStatus:
		l.Add(path, vocab.RuleMismatch, fmt.Sprintf("status %s has standing %s; a clause carries a proposed status", id, standingName(got.sub)))
	case typeTerritory:
		l.Add(path, vocab.RuleMismatch, fmt.Sprintf("territory %s is of kind %s; a boundary is a line", id, territoryKindName(got.sub)))
	}
}

// territoryKindIndex numbers territory kinds for seenRecord.sub.
func territoryKindIndex(k territory.Kind) uint8 {
	return uint8(slices.Index(territoryKinds, k) + 1)
}

func territoryKindName(i uint8) string {
	if k := territoryKinds; i > 0 && int(i) <= len(k) {
		return string(k[i-1])
	}
	return "none"
}

func kindName(i uint8) string {
	if k := eventKinds; i > 0 && int(i) <= len(k) {
		return string(k[i-1])
	}
	return "unknown kind"
}

func standingName(i uint8) string {
	if s := standings; i > 0 && int(i) <= len(s) {
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
// them too. Err lends the memory of the Checker's index of IDs to its
// cycle search, so that the search adds little to the heap at the end of
// a stream; the first record after Err makes the index again, which
// takes about a quarter of the time Err took.
func (c *Checker) Err() error {
	var l validate.List
	l.Merge("", c.problems.Err("story"))
	type missingAt struct {
		m    missingRef
		path string
	}
	missing := make([]missingAt, 0, len(c.missing))
	for _, m := range c.missing {
		missing = append(missing, missingAt{m, c.pathString(m.path)})
	}
	for _, more := range c.missingMore {
		for _, m := range more {
			missing = append(missing, missingAt{m, c.pathString(m.path)})
		}
	}
	slices.SortFunc(missing, func(a, b missingAt) int { return strings.Compare(a.path, b.path) })
	for _, m := range missing {
		l.Add(m.path, vocab.RuleUnresolved, fmt.Sprintf("%s %s is not in the story", m.m.want, c.ids.key(m.m.node)))
	}
	c.sortAddresses()
	for _, a := range c.across {
		if c.hasAddress(a.to) {
			continue
		}
		what := "figure"
		if a.to.time() {
			what = "reported time"
		}
		id, ref := c.ids.key(a.to.node()), c.strs.all[a.to.ref()]
		if got, ok := c.ids.record(a.to.node()); ok {
			l.Add(c.pathString(a.path), vocab.RuleUnresolved, fmt.Sprintf("%s (%s) has no %s with the ref %q", id, validate.Index(got.typ.list(), int(got.i)), what, ref))
		} else {
			l.Add(c.pathString(a.path), vocab.RuleUnresolved, fmt.Sprintf("the record %s, whose %s %q it revises, is not in the story", id, what, ref))
		}
	}
	for _, h := range c.happened {
		c.checkHappened(&l, h.src, h.start, h.path)
	}
	for _, lc := range c.later {
		if got, ok := c.ids.kind(lc.node); ok {
			c.compare(&l, got, c.ids.key(lc.node), c.pathString(lc.path), lc.typ, lc.want)
		}
	}
	c.cycles(&l)
	c.revisionCycles(&l)
	return l.Err("story")
}

// cycles reports every chain that returns to where it started.
func (c *Checker) cycles(l *validate.List) {
	chains := []struct {
		edges       *edgeLog
		single      bool
		field, what string
	}{
		{&c.parent, true, "parent", "parent chain"},
		{&c.via, true, "via", "relay chain"},
		{&c.partOf, false, "links", "part_of chain"},
		{&c.memberOf, false, "member_of", "member_of chain"},
		{&c.copyOf, true, "copy_of", "chain of copies"},
		{&c.versions, true, "revises", "chain of versions"},
		{&c.after, false, "links", "order of events (follows, precedes, caused_by, conditional_on)"},
	}
	// One set of buffers, as large as the largest chain needs, serves
	// every chain: Err's memory is then that of its largest graph, not of
	// all of them, at the end of a stream, when the heap is fullest. They
	// are cut from the index of the ID set first, which the search does
	// not use (see idSet.lend): 4 bytes per ID, against 12 per edge of
	// the largest chain, so that Err mostly adds nothing to the heap.
	most := 0
	for _, ch := range chains {
		most = max(most, ch.edges.n)
	}
	if most == 0 {
		return
	}
	var sc scratch
	if c.ids.lendable() >= most {
		sc.b = c.ids.lend()
	}
	g := chainGraph{edges: sc.pairs(most), buf: sc.words(most)}
	for _, ch := range chains {
		c.cyclesIn(l, &g, &sc, ch.edges, ch.single, ch.field, ch.what)
	}
}

// scratch hands out memory for Err's search: from b, while it lasts,
// then from the heap.
type scratch struct{ b []uint32 }

// words returns an empty slice with room for n uint32.
func (s *scratch) words(n int) []uint32 {
	if n <= len(s.b) {
		w := s.b[:0:n]
		s.b = s.b[n:]
		return w
	}
	return make([]uint32, 0, n)
}

// pairs returns an empty slice with room for n uint64, from b when b
// starts at an address aligned for them (the index of a large set always
// does: the allocator gives it pages of its own).
func (s *scratch) pairs(n int) []uint64 {
	if p := unsafe.SliceData(s.b); n > 0 && 2*n <= len(s.b) && uintptr(unsafe.Pointer(p))%unsafe.Alignof(uint64(0)) == 0 {
		w := unsafe.Slice((*uint64)(unsafe.Pointer(p)), n)
		s.b = s.b[2*n:]
		return w[:0]
	}
	return make([]uint64, 0, n)
}

// chainGraph is a chain's edges grouped by the node they leave, with the
// buffers of the search over them, in 12 bytes per edge, and 4 more when
// the chain's edges were not stated in story order.
type chainGraph struct {
	// edges holds each edge as from<<32 | to, grouped by from in
	// increasing order, each group in the order stated.
	edges []uint64
	// buf holds the to nodes while edges is sorted, then the search's
	// state of each group at the place of its first edge.
	buf []uint32
	// inOrder says that the nodes the edges leave came in story order
	// (as the part_of links of events do: each record states its own
	// links, and the records come in order), so that the search starts
	// from them in the order of the log.
	inOrder bool
	// starts are the nodes with edges, in story order, where the search
	// starts, when they did not come in that order.
	starts []uint32
}

// build fills g with the edges of a chain; single keeps only the last
// edge from each node; before orders nodes in story order; starts, when
// needed and too small, come from sc, as large as this chain needs. Time
// is O(e log e) and memory linear in the e edges, whatever the number of
// nodes.
func (g *chainGraph) build(log *edgeLog, single bool, before func(a, b uint32) int, sc *scratch) {
	g.edges, g.buf, g.starts, g.inOrder = g.edges[:0], g.buf[:0], g.starts[:0], true
	for u, v := range log.all {
		if len(g.buf) > 0 && g.inOrder {
			if prev := from(g.edges[len(g.edges)-1]); u != prev && before(prev, u) > 0 {
				g.inOrder = false
			}
		}
		g.edges = append(g.edges, uint64(u)<<32|uint64(len(g.buf))) // from, then the edge's ordinal
		g.buf = append(g.buf, v)
	}
	if !g.inOrder && cap(g.starts) < log.n {
		g.starts = sc.words(log.n)
	}
	slices.Sort(g.edges)
	kept := 0
	for i, e := range g.edges {
		e = e&^(1<<32-1) | uint64(g.buf[uint32(e)]) // the ordinal's to
		switch {
		case i == 0 || e>>32 != g.edges[kept-1]>>32:
			if !g.inOrder {
				g.starts = append(g.starts, uint32(e>>32))
			}
			fallthrough
		case !single:
			kept++
		}
		g.edges[kept-1] = e
	}
	g.edges = g.edges[:kept]
}

// from returns the node edge e leaves.
func from(e uint64) uint32 { return uint32(e >> 32) }

// group returns the place of the first edge from u, if u has edges.
func (g *chainGraph) group(u uint32) (int, bool) {
	return slices.BinarySearchFunc(g.edges, u, func(e uint64, u uint32) int { return cmp.Compare(from(e), u) })
}

// maxCycles is how many cycles of one graph are reported one by one;
// past it, one problem says how many more there are.
const maxCycles = 100

// cyclesIn finds cycles in a chain by depth-first search over g, built
// from edges, and reports each once, at the record of the cycle that
// comes first in the story. The search keeps its own stack, so its depth
// is not the program's: a chain of millions of links is walked in a
// loop, in time linear in the links after sorting the starting points.
func (c *Checker) cyclesIn(l *validate.List, g *chainGraph, sc *scratch, edges *edgeLog, single bool, field, what string) {
	if edges.n == 0 {
		return
	}
	g.build(edges, single, c.byPosition, sc)
	// state, per node with edges, at the place of its first edge: 0 not
	// visited, done, or d on the stack at depth d-1. A node without edges
	// is never on a cycle, and needs none.
	const done = math.MaxUint32
	state := g.buf[:len(g.edges)]
	clear(state)
	type item struct {
		node            uint32
		first, next, to int // its edges are edges[first:to], still to follow from next
	}
	var stack []item
	// push puts u on the stack, if it has edges: a node without is done.
	push := func(u uint32) {
		first, ok := g.group(u)
		if !ok {
			return
		}
		end := first + 1
		for end < len(g.edges) && from(g.edges[end]) == u {
			end++
		}
		state[first] = uint32(len(stack) + 1)
		stack = append(stack, item{node: u, first: first, next: first, to: end})
	}
	stateOf := func(u uint32) uint32 {
		if first, ok := g.group(u); ok {
			return state[first]
		}
		return done
	}
	// Start from the records in story order, so that reports are stable:
	// in the log's order when it is that, else sorted.
	found := 0
	search := func(st uint32) {
		if stateOf(st) != 0 {
			return
		}
		push(st)
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == top.to {
				state[top.first] = done
				stack = stack[:len(stack)-1]
				continue
			}
			v := uint32(g.edges[top.next])
			top.next++
			switch d := stateOf(v); {
			case d == 0:
				push(v)
			case d != done:
				found++
				if found <= maxCycles {
					cycle := make([]uint32, 0, len(stack)-int(d-1))
					for _, it := range stack[d-1:] {
						cycle = append(cycle, it.node)
					}
					c.reportCycle(l, cycle, field, what)
				}
			}
		}
	}
	if g.inOrder {
		for u := range edges.all {
			search(u)
		}
	} else {
		slices.SortFunc(g.starts, c.byPosition)
		for _, st := range g.starts {
			search(st)
		}
	}
	if found > maxCycles {
		l.Add("", vocab.RuleCycle, fmt.Sprintf("%d more %ss return to where they started", found-maxCycles, what))
	}
}

// reportCycle reports a cycle at its record that comes first in the
// story, naming its records in order; a long cycle is named by its first
// and last few records and its length.
func (c *Checker) reportCycle(l *validate.List, cycle []uint32, field, what string) {
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

// byPosition orders the records of two nodes by type (actors first), then
// by their place in their list; IDs never seen sort last, by value.
func (c *Checker) byPosition(a, b uint32) int {
	sa, oka := c.ids.record(a)
	sb, okb := c.ids.record(b)
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
	ka, kb := c.ids.key(a), c.ids.key(b)
	return bytes.Compare(ka[:], kb[:])
}

// pathOf returns the path of the record of a node ("territories[2]"), or
// its ID if it has not been seen.
func (c *Checker) pathOf(n uint32) string {
	if s, ok := c.ids.record(n); ok {
		return validate.Index(s.typ.list(), int(s.i))
	}
	return c.ids.key(n).String()
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
	// Most IDs are the records' own: make room for them at once.
	c.ids.reserve(len(s.actors) + len(s.territories) + len(s.sources) + len(s.statuses) + len(s.events) + len(s.identities))
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
