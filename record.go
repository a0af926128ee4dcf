package newsevent

import (
	"errors"
	"iter"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Record is one record of a story, as a JSON Lines stream carries them:
// an [ActorRecord], [TerritoryRecord], [SourceRecord], [StatusRecord],
// [EventRecord] or [IdentityRecord]. The set is closed. A pointer to one of them is a Record
// too (its method set includes the value's), and is taken for the value
// it points to.
type Record interface {
	isRecord()
}

// ActorRecord is an actor as a record of a stream.
type ActorRecord struct{ Actor actor.Actor }

// TerritoryRecord is a territory as a record of a stream.
type TerritoryRecord struct{ Territory territory.Territory }

// SourceRecord is a source as a record of a stream.
type SourceRecord struct{ Source source.Source }

// StatusRecord is a territorial status as a record of a stream.
type StatusRecord struct{ Status territory.Status }

// EventRecord is an event as a record of a stream.
type EventRecord struct{ Event event.Event }

// IdentityRecord is an identity claim as a record of a stream.
type IdentityRecord struct{ Identity Identity }

func (ActorRecord) isRecord()     {}
func (IdentityRecord) isRecord()  {}
func (TerritoryRecord) isRecord() {}
func (SourceRecord) isRecord()    {}
func (StatusRecord) isRecord()    {}
func (EventRecord) isRecord()     {}

// deref returns the record a pointer to a record points to (nil for a
// nil pointer), or r itself.
func deref(r Record) Record {
	switch p := r.(type) {
	case *ActorRecord:
		if p != nil {
			return *p
		}
	case *TerritoryRecord:
		if p != nil {
			return *p
		}
	case *SourceRecord:
		if p != nil {
			return *p
		}
	case *StatusRecord:
		if p != nil {
			return *p
		}
	case *EventRecord:
		if p != nil {
			return *p
		}
	case *IdentityRecord:
		if p != nil {
			return *p
		}
	default:
		return r
	}
	return nil
}

// Add adds a record of any type; see [Story.AddActor].
func (s *Story) Add(r Record) error {
	switch r := deref(r).(type) {
	case ActorRecord:
		return s.AddActor(r.Actor)
	case TerritoryRecord:
		return s.AddTerritory(r.Territory)
	case SourceRecord:
		return s.AddSource(r.Source)
	case StatusRecord:
		return s.AddStatus(r.Status)
	case EventRecord:
		return s.AddEvent(r.Event)
	case IdentityRecord:
		return s.AddIdentity(r.Identity)
	}
	return errors.New("newsevent: cannot add a nil record")
}

// Records returns a copy of every record of the story, in the order of its
// JSON form: actors, territories, sources, statuses, events, identities.
func (s *Story) Records() iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for r := range s.records {
			if !yield(clone.Of(r)) {
				return
			}
		}
	}
}

// records yields the story's own records, for its encoders.
func (s *Story) records(yield func(Record) bool) {
	for _, a := range s.actors {
		if !yield(ActorRecord{a}) {
			return
		}
	}
	for _, t := range s.territories {
		if !yield(TerritoryRecord{t}) {
			return
		}
	}
	for _, src := range s.sources {
		if !yield(SourceRecord{src}) {
			return
		}
	}
	for _, st := range s.statuses {
		if !yield(StatusRecord{st}) {
			return
		}
	}
	for _, e := range s.events {
		if !yield(EventRecord{e}) {
			return
		}
	}
	for _, i := range s.identities {
		if !yield(IdentityRecord{i}) {
			return
		}
	}
}

// payload returns the type of a record and the value its JSON is: the
// record's actor, territory, source, status, event (as it is held) or
// identity. It reports false for a nil record or a nil event.
func payload(r Record) (recordType, any, bool) {
	switch r := deref(r).(type) {
	case ActorRecord:
		return typeActor, r.Actor, true
	case TerritoryRecord:
		return typeTerritory, r.Territory, true
	case SourceRecord:
		return typeSource, r.Source, true
	case StatusRecord:
		return typeStatus, r.Status, true
	case EventRecord:
		if isNilEvent(r.Event) {
			return 0, nil, false
		}
		return typeEvent, r.Event, true
	case IdentityRecord:
		return typeIdentity, r.Identity, true
	}
	return 0, nil, false
}
