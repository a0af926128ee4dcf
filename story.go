package newsevent

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Story is the actors, territories, sources, territorial statuses and
// events of one or more news reports, with the identity claims that tie
// actors together, as one value to validate, query,
// save and load. Its zero value is an empty story ready to use. Share a
// Story by pointer: a copy made after the story was written reads the
// same records, but its Add methods return an error rather than write
// records it shares with the original. A Story held by value in another
// struct still marshals in full. Its methods may be called from several
// goroutines at once as long as none of them adds records.
//
// The story is the only writer of its records: the Add methods keep a deep
// copy of what they are given, and every method that returns records
// returns deep copies, so that no change a caller makes to a record,
// before or after adding it, can leave the story's indexes stale.
type Story struct {
	actors      []actor.Actor
	territories []territory.Territory
	sources     []source.Source
	statuses    []territory.Status
	events      []event.Event
	identities  []Identity

	// byID maps every ID to its record (first one wins; duplicates are
	// kept for Validate to report).
	byID map[uuid.UUID]slot
	// rev is who refers to whom, built by the first Remove and then kept
	// up to date by every change (see change.go); nil until then.
	rev map[uuid.UUID]map[uuid.UUID]struct{}
	// refWalk finds the references of the records the index learns.
	refWalk refWalker

	// self is the story's own address, set by its first write. A copy of
	// a story that was written has another address: it may read the
	// records it shares with the original, but not write them.
	self  *Story
	cache *indexCache // the query index, set up with self
}

// indexCache holds the query index, built on the first query and dropped
// when a record is added. It sits behind a pointer so that a Story holds
// no lock and can be marshalled by value.
type indexCache struct {
	mu  sync.Mutex
	idx *index
}

// errCopied is the error of a write to a copy of a story that was written.
var errCopied = errors.New("newsevent: this Story is a copy of a story that was written; share a Story by pointer")

// own makes s the writer of its records, or reports that s is a copy of
// a story that was written. The writer then keeps the query index right:
// see [Story.patch].
func (s *Story) own() error {
	switch s.self {
	case nil:
		s.self, s.cache = s, new(indexCache)
	case s:
	default:
		return errCopied
	}
	return nil
}

// slot is where a record sits: its type and its index in that type's list.
type slot struct {
	typ recordType
	i   int
}

// recordType names the six record types of a story.
type recordType uint8

const (
	typeActor recordType = iota + 1
	typeTerritory
	typeSource
	typeStatus
	typeEvent
	typeIdentity
)

func (t recordType) String() string {
	switch t {
	case typeActor:
		return "actor"
	case typeTerritory:
		return "territory"
	case typeSource:
		return "source"
	case typeStatus:
		return "status"
	case typeEvent:
		return "event"
	case typeIdentity:
		return "identity"
	}
	return "record"
}

// withArticle returns the type name with its indefinite article ("an actor").
func (t recordType) withArticle() string {
	if t == typeActor || t == typeEvent || t == typeIdentity {
		return "an " + t.String()
	}
	return "a " + t.String()
}

// list returns the JSON name of the list of this type ("actors").
func (t recordType) list() string {
	switch t {
	case typeTerritory:
		return "territories"
	case typeStatus:
		return "statuses"
	case typeIdentity:
		return "identities"
	}
	return t.String() + "s"
}

// ValidationError is [vocab.ValidationError], the error of every Validate
// method and every Build in newsevent, under this package's name.
type ValidationError = vocab.ValidationError

// Problem is [vocab.Problem], one entry of a [ValidationError].
type Problem = vocab.Problem

// add registers id for a record of type t at index i, or reports why it
// cannot be added: a zero ID, or an ID already in the story.
func (s *Story) add(t recordType, id uuid.UUID, i int) error {
	if id == (uuid.UUID{}) {
		return fmt.Errorf("newsevent: cannot add %s: its ID is zero", t)
	}
	if old, ok := s.byID[id]; ok {
		return fmt.Errorf("newsevent: cannot add %s %s: the ID is taken by %s", t, id, validate.Index(old.typ.list(), old.i))
	}
	if err := s.own(); err != nil {
		return err
	}
	s.put(t, id, i)
	if t == typeEvent {
		s.patch(func(*index) bool { return false }) // placed by the next query
	}
	return nil
}

// put registers id without checks; the first record with an ID wins.
func (s *Story) put(t recordType, id uuid.UUID, i int) {
	if s.byID == nil {
		s.byID = make(map[uuid.UUID]slot)
	}
	if _, ok := s.byID[id]; !ok {
		s.byID[id] = slot{t, i}
	}
}

// maxGrow is the most records of one type [Story.Grow] makes room for at
// once: a count read from untrusted input cannot make it reserve more
// than 65,536 records take (64 MiB for statuses, the largest). Past that,
// append's doubling costs little more than the room would save.
const maxGrow = 1 << 16

// Grow makes room in the story for n more records of each type, as
// [slices.Grow] does for a slice, so that a caller who knows how many
// records it will add spares the story the reallocations of its lists and
// its ID map. It is only a hint: it changes no record and nothing a method
// returns. Negative counts count as zero, and counts above 65,536 as
// 65,536. Like the Add methods it writes the story, so it must not run
// beside other methods; on a copy of a story that was written, whose Add
// methods fail, it does nothing.
func (s *Story) Grow(n Counts) {
	if s.own() != nil {
		return
	}
	c := func(n int) int { return min(max(n, 0), maxGrow) }
	s.actors = slices.Grow(s.actors, c(n.Actors))
	s.territories = slices.Grow(s.territories, c(n.Territories))
	s.sources = slices.Grow(s.sources, c(n.Sources))
	s.statuses = slices.Grow(s.statuses, c(n.Statuses))
	s.events = slices.Grow(s.events, c(n.Events))
	s.identities = slices.Grow(s.identities, c(n.Identities))
	if s.byID == nil {
		total := c(n.Actors) + c(n.Territories) + c(n.Sources) + c(n.Statuses) + c(n.Events) + c(n.Identities)
		s.byID = make(map[uuid.UUID]slot, total)
	}
}

// AddActor adds a copy of an actor. It rejects a zero ID and an ID
// already in the story; the actor's own rules are checked by
// [Story.Validate].
func (s *Story) AddActor(a actor.Actor) error {
	if err := s.add(typeActor, uuid.UUID(a.ID), len(s.actors)); err != nil {
		return err
	}
	s.actors = append(s.actors, clone.Of(a))
	learnAdded(s, ActorRecord{a})
	s.patch(func(x *index) bool { x.addNames(len(s.actors)-1, a); return true })
	return nil
}

// AddTerritory adds a territory; see [Story.AddActor].
func (s *Story) AddTerritory(t territory.Territory) error {
	if err := s.add(typeTerritory, uuid.UUID(t.ID), len(s.territories)); err != nil {
		return err
	}
	s.territories = append(s.territories, clone.Of(t))
	learnAdded(s, TerritoryRecord{t})
	s.patch(func(x *index) bool { x.addChild(t); return true })
	return nil
}

// AddSource adds a source; see [Story.AddActor].
func (s *Story) AddSource(src source.Source) error {
	if err := s.add(typeSource, uuid.UUID(src.ID), len(s.sources)); err != nil {
		return err
	}
	s.sources = append(s.sources, clone.Of(src))
	learnAdded(s, SourceRecord{src})
	return nil
}

// AddStatus adds a territorial status; see [Story.AddActor].
func (s *Story) AddStatus(st territory.Status) error {
	if err := s.add(typeStatus, uuid.UUID(st.ID), len(s.statuses)); err != nil {
		return err
	}
	s.statuses = append(s.statuses, clone.Of(st))
	learnAdded(s, StatusRecord{st})
	s.patch(func(x *index) bool { x.addStatus(len(s.statuses)-1, st); return true })
	return nil
}

// AddEvent adds an event; see [Story.AddActor]. A nil event is an error.
func (s *Story) AddEvent(e event.Event) error {
	if isNilEvent(e) {
		return fmt.Errorf("newsevent: cannot add a nil event")
	}
	if err := s.add(typeEvent, uuid.UUID(event.HeaderOf(e).ID), len(s.events)); err != nil {
		return err
	}
	s.events = append(s.events, event.Clone(e))
	learnAdded(s, EventRecord{e})
	return nil
}

// AddIdentity adds an identity claim; see [Story.AddActor].
func (s *Story) AddIdentity(i Identity) error {
	if err := s.add(typeIdentity, uuid.UUID(i.ID), len(s.identities)); err != nil {
		return err
	}
	s.identities = append(s.identities, clone.Of(i))
	learnAdded(s, IdentityRecord{i})
	return nil
}

// learnAdded adds the references of a record just added to the reverse
// index, when the story keeps one. It is generic so that a story without
// that index does not box the record into a Record, which would copy it to
// the heap on every Add.
func learnAdded[R Record](s *Story, r R) {
	if s.rev != nil {
		var rec Record = r
		_, id, _ := identify(rec)
		s.learn(id, rec)
	}
}

// isNilEvent reports whether e is nil or holds a nil pointer of a kind.
func isNilEvent(e event.Event) bool { return event.HeaderOf(e) == nil }

// Actor returns a copy of the actor with this ID.
func (s *Story) Actor(id actor.ID) (actor.Actor, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeActor {
		return clone.Of(s.actors[sl.i]), true
	}
	return actor.Actor{}, false
}

// Territory returns a copy of the territory with this ID.
func (s *Story) Territory(id territory.ID) (territory.Territory, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeTerritory {
		return clone.Of(s.territories[sl.i]), true
	}
	return territory.Territory{}, false
}

// Source returns a copy of the source with this ID.
func (s *Story) Source(id source.ID) (source.Source, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeSource {
		return clone.Of(s.sources[sl.i]), true
	}
	return source.Source{}, false
}

// Status returns a copy of the territorial status with this ID.
func (s *Story) Status(id territory.StatusID) (territory.Status, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeStatus {
		return clone.Of(s.statuses[sl.i]), true
	}
	return territory.Status{}, false
}

// Event returns a copy of the event with this ID.
func (s *Story) Event(id event.ID) (event.Event, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeEvent {
		return event.Clone(s.events[sl.i]), true
	}
	return nil, false
}

// Identity returns a copy of the identity claim with this ID.
func (s *Story) Identity(id IdentityID) (Identity, bool) {
	if sl, ok := s.byID[uuid.UUID(id)]; ok && sl.typ == typeIdentity {
		return clone.Of(s.identities[sl.i]), true
	}
	return Identity{}, false
}

// Actors returns copies of the actors in the order they were added.
func (s *Story) Actors() []actor.Actor { return clone.Of(s.actors) }

// Territories returns copies of the territories in the order they were
// added.
func (s *Story) Territories() []territory.Territory { return clone.Of(s.territories) }

// Sources returns copies of the sources in the order they were added.
func (s *Story) Sources() []source.Source { return clone.Of(s.sources) }

// Statuses returns copies of the territorial statuses in the order they
// were added.
func (s *Story) Statuses() []territory.Status { return clone.Of(s.statuses) }

// Events returns copies of the events in the order they were added.
func (s *Story) Events() []event.Event { return clone.Of(s.events) }

// Identities returns copies of the identity claims in the order they were
// added.
func (s *Story) Identities() []Identity { return clone.Of(s.identities) }

// IdentitiesOf returns copies of the identity claims that name the actor,
// as Actor or as Other, in the order they were added: every actor the
// story's sources say it is, may be, or is not.
func (s *Story) IdentitiesOf(id actor.ID) []Identity {
	var out []Identity
	for _, i := range s.identities {
		if i.Actor == id || i.Other == id {
			out = append(out, clone.Of(i))
		}
	}
	return out
}

// Counts is how many records of each type a story holds.
type Counts struct {
	Actors, Territories, Sources, Statuses, Events, Identities int
}

// Counts returns how many records of each type the story holds.
func (s *Story) Counts() Counts {
	return Counts{len(s.actors), len(s.territories), len(s.sources), len(s.statuses), len(s.events), len(s.identities)}
}
