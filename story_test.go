package newsevent_test

import (
	"bytes"
	"io"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

func TestZeroStoryIsEmptyAndValid(t *testing.T) {
	var s newsevent.Story
	assert.Equal(t, newsevent.Counts{}, s.Counts())
	assert.Empty(t, s.Actors())
	assert.Empty(t, s.Events())
	assert.Empty(t, s.Timeline())
	assert.Empty(t, s.FindActors("Putin"))
	assert.NoError(t, s.Validate())
	_, ok := s.Actor(aPutin)
	assert.False(t, ok)
}

func TestAddRejectsDuplicateID(t *testing.T) {
	var s newsevent.Story
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	require.NoError(t, s.AddActor(person(aTrump, "Donald Trump")))

	// Within a type: the error names the record that holds the ID.
	err := s.AddActor(person(aTrump, "Someone else"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), aTrump.String())
	assert.Contains(t, err.Error(), "actors[1]")

	// Across types: an event with the ID of an actor.
	err = s.AddEvent(other(event.ID(aPutin), "Curfew", source.Time{}))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "actors[0]")

	// Nothing was added by the failed calls.
	assert.Equal(t, newsevent.Counts{Actors: 2}, s.Counts())
	got, ok := s.Actor(aTrump)
	require.True(t, ok)
	assert.Equal(t, "Donald Trump", got.Name)
	_, ok = s.Event(event.ID(aPutin))
	assert.False(t, ok)
}

func TestAddRejectsZeroID(t *testing.T) {
	tests := map[string]func(s *newsevent.Story) error{
		"actor": func(s *newsevent.Story) error { return s.AddActor(actor.Actor{Kind: actor.KindPerson, Name: "Nobody"}) },
		"territory": func(s *newsevent.Story) error {
			return s.AddTerritory(place(territory.ID{}, territory.KindCity, "Nowhere", territory.ID{}))
		},
		"source": func(s *newsevent.Story) error { return s.AddSource(report(source.ID{}, source.ID{})) },
		"status": func(s *newsevent.Story) error { return s.AddStatus(territory.Status{}) },
		"event":  func(s *newsevent.Story) error { return s.AddEvent(other(event.ID{}, "Curfew", source.Time{})) },
	}
	for name, add := range tests {
		t.Run(name, func(t *testing.T) {
			var s newsevent.Story
			err := add(&s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "zero")
			assert.Equal(t, newsevent.Counts{}, s.Counts())
		})
	}
}

func TestAddRejectsNilEvent(t *testing.T) {
	var s newsevent.Story
	assert.Error(t, s.AddEvent(nil))
	var attack *event.Attack
	assert.Error(t, s.AddEvent(attack), "a typed nil *event.Attack")
	var meeting *event.Meeting
	assert.Error(t, s.Add(newsevent.EventRecord{Event: meeting}))
	assert.Error(t, s.Add(newsevent.EventRecord{}))
	assert.Error(t, s.Add(nil), "a nil record")
	assert.Equal(t, newsevent.Counts{}, s.Counts())
}

func TestAddEveryRecordTypeAndLookUp(t *testing.T) {
	var s newsevent.Story
	a := person(aPutin, "Vladimir Putin")
	ter := place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})
	src := report(sArticle, source.ID{})
	st := territory.Status{ID: stControl, Territories: []territory.ID{tKyiv}, Relation: territory.RelationControls, Holder: aPutin, Standing: territory.StandingInForce, Attributions: by(sArticle)}
	ev := other(eCurfew, "Curfew", day(4, 24))
	mustAdd(t, &s,
		newsevent.ActorRecord{Actor: a},
		newsevent.TerritoryRecord{Territory: ter},
		newsevent.SourceRecord{Source: src},
		newsevent.StatusRecord{Status: st},
		newsevent.EventRecord{Event: ev},
	)
	assert.Equal(t, newsevent.Counts{Actors: 1, Territories: 1, Sources: 1, Statuses: 1, Events: 1}, s.Counts())

	gotA, ok := s.Actor(aPutin)
	assert.True(t, ok)
	assert.Equal(t, a, gotA)
	gotT, ok := s.Territory(tKyiv)
	assert.True(t, ok)
	assert.Equal(t, ter, gotT)
	gotS, ok := s.Source(sArticle)
	assert.True(t, ok)
	assert.Equal(t, src, gotS)
	gotSt, ok := s.Status(stControl)
	assert.True(t, ok)
	assert.Equal(t, st, gotSt)
	gotE, ok := s.Event(eCurfew)
	assert.True(t, ok)
	assert.Equal(t, ev, gotE)
	assert.NotSame(t, ev, gotE, "the story hands out a copy of its event")

	// An ID of another record type is not found, whatever its bytes.
	_, ok = s.Actor(actor.ID(tKyiv))
	assert.False(t, ok, "a territory's ID as an actor ID")
	_, ok = s.Territory(territory.ID(aPutin))
	assert.False(t, ok, "an actor's ID as a territory ID")
	_, ok = s.Source(source.ID(eCurfew))
	assert.False(t, ok, "an event's ID as a source ID")
	_, ok = s.Status(territory.StatusID(sArticle))
	assert.False(t, ok, "a source's ID as a status ID")
	_, ok = s.Event(event.ID(stControl))
	assert.False(t, ok, "a status's ID as an event ID")

	// A missing ID is not found.
	_, ok = s.Actor(aTrump)
	assert.False(t, ok)
	e, ok := s.Event(eWar)
	assert.False(t, ok)
	assert.Nil(t, e)
}

func TestListsAreCopies(t *testing.T) {
	s := fullStory(t)
	want := fullStory(t) // an independent story with the same records

	// Write through every returned slice: into its elements and, by
	// appending to a shorter slice of it, into its backing array.
	actors := s.Actors()
	actors[0].Name = "changed"
	actors = append(actors[:1], person(actor.NewID(), "Intruder"))
	territories := s.Territories()
	territories[0].Name = "changed"
	territories = append(territories[:1], place(territory.NewID(), territory.KindCity, "Intruder", territory.ID{}))
	sources := s.Sources()
	sources[0].Title = "changed"
	sources = append(sources[:1], report(source.NewID(), source.ID{}))
	statuses := s.Statuses()
	statuses[0].Words = "changed"
	statuses = append(statuses[:1], territory.Status{Words: "Intruder"})
	events := s.Events()
	events[0] = other(event.NewID(), "Intruder", source.Time{})
	events = append(events[:1], other(event.NewID(), "Intruder", source.Time{}))
	timeline := s.Timeline()
	timeline[0] = other(event.NewID(), "Intruder", source.Time{})
	timeline = append(timeline[:1], other(event.NewID(), "Intruder", source.Time{}))
	found := s.FindActors("Putin")
	require.Len(t, found, 1)
	found[0].Name = "changed"
	require.Len(t, actors, 2)
	require.Len(t, territories, 2)
	require.Len(t, sources, 2)
	require.Len(t, statuses, 2)
	require.Len(t, events, 2)
	require.Len(t, timeline, 2)

	assertSameRecords(t, want, s)
	assert.Equal(t, eventIDs(want.Timeline()), eventIDs(s.Timeline()))
	assert.Equal(t, "Vladimir Putin", s.FindActors("Putin")[0].Name)
	assert.NoError(t, s.Validate())
}

func TestRecordsInJSONOrder(t *testing.T) {
	s := fullStory(t)
	var got []newsevent.Record
	for r := range s.Records() {
		got = append(got, r)
	}
	assert.Equal(t, fullRecords(), got)

	// Stopping early is allowed.
	n := 0
	for range s.Records() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

func TestAddFailureKeepsLookUps(t *testing.T) {
	// A failed Add must leave the ID map as it was: the record that holds
	// the ID is still the one found.
	var s newsevent.Story
	require.NoError(t, s.AddTerritory(place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})))
	require.Error(t, s.AddActor(person(actor.ID(tKyiv), "Kyiv")))
	got, ok := s.Territory(tKyiv)
	require.True(t, ok)
	assert.Equal(t, "Kyiv", got.Name)
	assert.Equal(t, uuid.UUID(tKyiv), uuid.UUID(got.ID))
}

func TestAddRejectsTypedNilOfEveryKind(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e, err := event.Zero(k)
			require.NoError(t, err)
			typedNil := reflect.Zero(reflect.TypeOf(e)).Interface().(event.Event)
			var s newsevent.Story
			assert.Error(t, s.AddEvent(typedNil))
			assert.Error(t, newsevent.NewEncoder(io.Discard).Encode(newsevent.EventRecord{Event: typedNil}))
			var c newsevent.Checker
			c.Event(typedNil)
			assert.Equal(t, vocab.RuleRequired, problemAt(t, c.Err(), "events[0]").Rule)
		})
	}
}

func TestPointerRecords(t *testing.T) {
	// A pointer to a record is a Record too; it stands for the record.
	records := []newsevent.Record{
		&newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")},
		&newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})},
		&newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
		&newsevent.StatusRecord{Status: territory.Status{ID: stControl, Territories: []territory.ID{tKyiv}, Relation: territory.RelationControls, Holder: aPutin, Standing: territory.StandingInForce, Attributions: by(sArticle)}},
		&newsevent.EventRecord{Event: other(eCurfew, "curfew", source.Time{})},
	}
	var s newsevent.Story
	var c newsevent.Checker
	var b bytes.Buffer
	enc := newsevent.NewEncoder(&b)
	for _, r := range records {
		require.NoError(t, s.Add(r))
		c.Record(r)
		require.NoError(t, enc.Encode(r))
	}
	assert.Equal(t, newsevent.Counts{Actors: 1, Territories: 1, Sources: 1, Statuses: 1, Events: 1}, s.Counts())
	assert.NoError(t, s.Validate())
	assert.NoError(t, c.Err())
	assert.Equal(t, string(jsonl(t, &s)), b.String())

	// A nil pointer is no record.
	var nilActor *newsevent.ActorRecord
	assert.Error(t, s.Add(nilActor))
	assert.Error(t, enc.Encode(nilActor))
}
