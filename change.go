package newsevent

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
)

// A story changes in place through Replace, Update and Remove. Each keeps
// the ID index right by itself, at the cost of the one record: Replace and
// Update cost O(the record); Remove also moves the records after it in
// their list, to keep the order they were added in. The query index
// (timeline, names) is rebuilt by the next query that needs it.
//
// Remove must know who refers to a record. The story learns it on the
// first Remove, by walking every record once, and from then on keeps it
// up to date on each change at the cost of the changed record.

// ReferencedError is the error of [Story.Remove] for a record that other
// records of the story refer to: removing it would leave their references
// dangling. [Story.RemoveWithDependents] removes them too.
type ReferencedError struct {
	// ID is the record that was not removed.
	ID uuid.UUID
	// Type is its type: "actor", "territory", "source", "status", "event"
	// or "identity".
	Type string
	// By are the paths of the records that refer to it, in the order of
	// the story's JSON ("events[3]").
	By []string
}

// Error says which record could not be removed and who refers to it.
func (e *ReferencedError) Error() string {
	by := strings.Join(e.By[:min(len(e.By), 3)], ", ")
	if len(e.By) > 3 {
		by += fmt.Sprintf(" (and %d more)", len(e.By)-3)
	}
	return fmt.Sprintf("newsevent: cannot remove %s %s: %s refer to it", e.Type, e.ID, by)
}

// ErrNotFound is the error of a change to a record the story does not
// hold; test for it with errors.Is.
var ErrNotFound = errors.New("no record has this ID")

// identify returns the type and ID of a record, or false for nil.
func identify(r Record) (recordType, uuid.UUID, bool) {
	switch r := deref(r).(type) {
	case ActorRecord:
		return typeActor, uuid.UUID(r.Actor.ID), true
	case TerritoryRecord:
		return typeTerritory, uuid.UUID(r.Territory.ID), true
	case SourceRecord:
		return typeSource, uuid.UUID(r.Source.ID), true
	case StatusRecord:
		return typeStatus, uuid.UUID(r.Status.ID), true
	case EventRecord:
		if isNilEvent(r.Event) {
			return 0, uuid.UUID{}, false
		}
		return typeEvent, uuid.UUID(event.HeaderOf(r.Event).ID), true
	case IdentityRecord:
		return typeIdentity, uuid.UUID(r.Identity.ID), true
	}
	return 0, uuid.UUID{}, false
}

// at returns the story's own record in slot sl, not a copy.
func (s *Story) at(sl slot) Record {
	switch sl.typ {
	case typeActor:
		return ActorRecord{s.actors[sl.i]}
	case typeTerritory:
		return TerritoryRecord{s.territories[sl.i]}
	case typeSource:
		return SourceRecord{s.sources[sl.i]}
	case typeStatus:
		return StatusRecord{s.statuses[sl.i]}
	case typeEvent:
		return EventRecord{s.events[sl.i]}
	}
	return IdentityRecord{s.identities[sl.i]}
}

// set puts a copy of r, of sl's type, in slot sl.
func (s *Story) set(sl slot, r Record) {
	switch r := deref(r).(type) {
	case ActorRecord:
		s.actors[sl.i] = clone.Of(r.Actor)
	case TerritoryRecord:
		s.territories[sl.i] = clone.Of(r.Territory)
	case SourceRecord:
		s.sources[sl.i] = clone.Of(r.Source)
	case StatusRecord:
		s.statuses[sl.i] = clone.Of(r.Status)
	case EventRecord:
		s.events[sl.i] = event.Clone(r.Event)
	case IdentityRecord:
		s.identities[sl.i] = clone.Of(r.Identity)
	}
}

// idAt returns the ID of the record at position i of the list of type t.
func (s *Story) idAt(t recordType, i int) uuid.UUID {
	switch t {
	case typeActor:
		return uuid.UUID(s.actors[i].ID)
	case typeTerritory:
		return uuid.UUID(s.territories[i].ID)
	case typeSource:
		return uuid.UUID(s.sources[i].ID)
	case typeStatus:
		return uuid.UUID(s.statuses[i].ID)
	case typeEvent:
		return uuid.UUID(event.HeaderOf(s.events[i]).ID)
	}
	return uuid.UUID(s.identities[i].ID)
}

// length returns the number of records of type t.
func (s *Story) length(t recordType) int {
	c := s.Counts()
	return [...]int{typeActor: c.Actors, typeTerritory: c.Territories, typeSource: c.Sources, typeStatus: c.Statuses, typeEvent: c.Events, typeIdentity: c.Identities}[t]
}

// Replace puts a copy of r in place of the record with the same ID, at
// its position, so that the story's JSON keeps its order. The record
// keeps its type (an event may change kind); a record of another type
// under the ID is an error, and so is an ID the story does not hold
// ([ErrNotFound]). Like the Add methods, Replace leaves the record's own
// rules and its references to [Story.Validate]. It costs O(the record).
func (s *Story) Replace(r Record) error {
	t, id, ok := identify(r)
	if !ok {
		return errors.New("newsevent: cannot replace with a nil record")
	}
	sl, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("newsevent: cannot replace %s %s: %w", t, id, ErrNotFound)
	}
	if sl.typ != t {
		return fmt.Errorf("newsevent: cannot replace %s (%s) with %s", validate.Index(sl.typ.list(), sl.i), sl.typ, t.withArticle())
	}
	if err := s.own(); err != nil {
		return err
	}
	old := s.at(sl)
	if s.rev != nil {
		s.forget(id, old)
		s.learn(id, r)
	}
	s.set(sl, r)
	s.patch(func(x *index) bool { return x.replace(sl.i, old, s.at(sl)) })
	return nil
}

// replace patches the query index for a record replaced at position i,
// and reports whether it could: names, containment and statuses are patched; an
// event's change keeps the index when the event stays where it was on the
// timeline and among the actors and places (its kind, time, status,
// links, participants and places are the same), and drops it otherwise.
func (x *index) replace(i int, old, now Record) bool {
	switch o := old.(type) {
	case ActorRecord:
		x.dropNames(i, o.Actor)
		x.addNames(i, now.(ActorRecord).Actor)
	case TerritoryRecord:
		if n := now.(TerritoryRecord).Territory; n.Parent != o.Territory.Parent {
			x.dropChild(o.Territory)
			x.addChild(n)
		}
	case StatusRecord:
		x.dropStatus(i, o.Status)
		x.addStatus(i, now.(StatusRecord).Status)
	case EventRecord:
		return sameShape(o.Event, now.(EventRecord).Event)
	}
	return true
}

// sameShape reports whether two versions of an event stand alike in the
// query index.
func sameShape(a, b event.Event) bool {
	ha, hb := event.HeaderOf(a), event.HeaderOf(b)
	return a.Kind() == b.Kind() && ha.Time == hb.Time && ha.Status == hb.Status &&
		reflect.DeepEqual(a.AllLinks(), b.AllLinks()) &&
		reflect.DeepEqual(a.Participants(), b.Participants()) &&
		reflect.DeepEqual(a.AllPlaces(), b.AllPlaces())
}

// Update replaces the record with this ID by what f makes of a copy of
// it, as [Story.Replace] does. An error from f is returned, wrapped, and
// changes nothing; so does a record with another ID.
func (s *Story) Update(id uuid.UUID, f func(Record) (Record, error)) error {
	sl, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("newsevent: cannot update %s: %w", id, ErrNotFound)
	}
	r, err := f(clone.Of(s.at(sl)))
	if err != nil {
		return fmt.Errorf("newsevent: update of %s %s: %w", sl.typ, id, err)
	}
	if _, got, ok := identify(r); !ok || got != id {
		return fmt.Errorf("newsevent: update of %s %s returned another record (%s)", sl.typ, id, got)
	}
	return s.Replace(r)
}

// Remove removes the record with this ID. When other records refer to it
// (an event names the actor as its attacker, a figure revises one of its
// figures), it removes nothing and returns a *[ReferencedError] that
// names them; [Story.RemoveWithDependents] removes them as well. An ID
// the story does not hold is [ErrNotFound].
func (s *Story) Remove(id uuid.UUID) error {
	sl, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("newsevent: cannot remove %s: %w", id, ErrNotFound)
	}
	if err := s.own(); err != nil {
		return err
	}
	rev := s.reverse()
	var by []slot
	for from := range rev[id] {
		if from != id {
			by = append(by, s.byID[from])
		}
	}
	if len(by) > 0 {
		slices.SortFunc(by, func(a, b slot) int { return cmpSlot(a, b) })
		e := &ReferencedError{ID: id, Type: sl.typ.String()}
		for _, b := range by {
			e.By = append(e.By, validate.Index(b.typ.list(), b.i))
		}
		return e
	}
	s.removeAll(map[uuid.UUID]bool{id: true})
	return nil
}

// RemoveWithDependents removes the record with this ID and every record
// that refers to it, directly or through another removed record, and
// returns the IDs it removed in the order of the story's JSON. An ID the
// story does not hold is [ErrNotFound]. It costs one pass over the lists
// it removes from.
func (s *Story) RemoveWithDependents(id uuid.UUID) ([]uuid.UUID, error) {
	if _, ok := s.byID[id]; !ok {
		return nil, fmt.Errorf("newsevent: cannot remove %s: %w", id, ErrNotFound)
	}
	if err := s.own(); err != nil {
		return nil, err
	}
	rev := s.reverse()
	gone := map[uuid.UUID]bool{id: true}
	queue := []uuid.UUID{id}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		for from := range rev[next] {
			if !gone[from] {
				gone[from] = true
				queue = append(queue, from)
			}
		}
	}
	out := make([]uuid.UUID, 0, len(gone))
	for g := range gone {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b uuid.UUID) int { return cmpSlot(s.byID[a], s.byID[b]) })
	s.removeAll(gone)
	return out, nil
}

// cmpSlot orders slots as the story's JSON does.
func cmpSlot(a, b slot) int {
	if a.typ != b.typ {
		return int(a.typ) - int(b.typ)
	}
	return a.i - b.i
}

// removeAll removes the records with these IDs, keeping the order of the
// others, and puts the index right for the lists it changed: from the
// first position removed on, each list moves up and its records are
// indexed again.
func (s *Story) removeAll(gone map[uuid.UUID]bool) {
	at := map[recordType][]int{} // type -> positions removed
	for id := range gone {
		sl := s.byID[id]
		at[sl.typ] = append(at[sl.typ], sl.i)
		if s.rev != nil {
			s.forget(id, s.at(sl))
			delete(s.rev, id)
		}
		delete(s.byID, id)
	}
	s.patch(func(*index) bool { return false }) // positions move: built again by the next query
	for t, pos := range at {
		slices.Sort(pos)
		switch t {
		case typeActor:
			s.actors = without(s.actors, pos)
		case typeTerritory:
			s.territories = without(s.territories, pos)
		case typeSource:
			s.sources = without(s.sources, pos)
		case typeStatus:
			s.statuses = without(s.statuses, pos)
		case typeEvent:
			s.events = without(s.events, pos)
		case typeIdentity:
			s.identities = without(s.identities, pos)
		}
		// The first record of each ID is the one the index names.
		for i := pos[0]; i < s.length(t); i++ {
			id := s.idAt(t, i)
			if sl, ok := s.byID[id]; !ok || sl.typ == t && sl.i > i {
				s.byID[id] = slot{t, i}
			}
		}
	}
}

// without removes the elements at the sorted positions pos from list,
// keeping the order of the others, and clears the tail it frees.
func without[T any](list []T, pos []int) []T {
	w := pos[0]
	for r, k := pos[0], 0; r < len(list); r++ {
		if k < len(pos) && pos[k] == r {
			k++
			continue
		}
		list[w] = list[r]
		w++
	}
	clear(list[w:])
	return list[:w]
}

// reverse returns who refers to whom: for each record ID, the IDs of the
// records that refer to it, each once. It is built on first use and then
// kept up to date by every change.
func (s *Story) reverse() map[uuid.UUID]map[uuid.UUID]struct{} {
	if s.rev == nil {
		s.rev = make(map[uuid.UUID]map[uuid.UUID]struct{}, len(s.byID))
		for r := range s.records {
			if _, id, ok := identify(r); ok {
				s.learn(id, r)
			}
		}
	}
	return s.rev
}

// learn adds the references of record r, whose ID is from, to the
// reverse index.
func (s *Story) learn(from uuid.UUID, r Record) {
	for _, to := range s.refWalk.refs(r) {
		set := s.rev[to]
		if set == nil {
			set = make(map[uuid.UUID]struct{})
			s.rev[to] = set
		}
		set[from] = struct{}{}
	}
}

// forget removes the references of record r, whose ID is from, from the
// reverse index.
func (s *Story) forget(from uuid.UUID, r Record) {
	for _, to := range s.refWalk.refs(r) {
		delete(s.rev[to], from)
		if len(s.rev[to]) == 0 {
			delete(s.rev, to)
		}
	}
}

// refWalker finds the IDs records refer to, once each: every reference
// the story checks, and the records whose figures their figures revise.
// It walks records as the Checker does, with the typed walks, and keeps
// its buffers from one record to the next.
type refWalker struct {
	ids refSet
	at  walk.Path
}

// refs returns the IDs r refers to; the slice is w's, valid until the
// next call.
func (w *refWalker) refs(r Record) []uuid.UUID {
	w.ids = w.ids[:0]
	w.at.Reset()
	switch r := deref(r).(type) {
	case ActorRecord:
		refsActor(&r.Actor, &w.ids, &w.at)
	case TerritoryRecord:
		refsTerritory(&r.Territory, &w.ids, &w.at)
	case SourceRecord:
		refsSource(&r.Source, &w.ids, &w.at)
	case StatusRecord:
		refsStatus(&r.Status, &w.ids, &w.at)
	case EventRecord:
		if !isNilEvent(r.Event) && !refsEvent(r.Event, &w.ids, &w.at) {
			reflectRefs(r.Event, &w.ids, &w.at) // a kind refs_gen.go does not know yet
		}
	case IdentityRecord:
		refsIdentity(&r.Identity, &w.ids, &w.at)
	}
	return w.ids
}

// refSet is a refVisitor that collects the IDs a record refers to, once
// each, in the order met: a figure's revises_in among them, since the
// figure it revises belongs to that record.
type refSet []uuid.UUID

func (s *refSet) add(id uuid.UUID) {
	if id != (uuid.UUID{}) && !slices.Contains(*s, id) {
		*s = append(*s, id)
	}
}

func (s *refSet) onRef(_ recordType, id *uuid.UUID, _ *walk.Path) { s.add(*id) }

func (s *refSet) onCount(n *source.Count, _ *walk.Path) { s.add(n.RevisesIn) }

func (s *refSet) onTime(*event.ReportedTime, *walk.Path) {}
