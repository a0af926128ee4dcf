package newsevent_test

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

func TestReplaceKeepsPositionAndIndex(t *testing.T) {
	s := revisionStory(t)
	e, ok := s.Event(eStrike)
	require.True(t, ok)
	a := e.(*event.Attack)
	a.Title = "Strike on Kyiv, toll revised"
	require.NoError(t, s.Replace(newsevent.EventRecord{Event: a}))
	got, ok := s.Event(eStrike)
	require.True(t, ok)
	assert.Equal(t, "Strike on Kyiv, toll revised", event.HeaderOf(got).Title)
	assert.Equal(t, eStrike, event.HeaderOf(s.Events()[0]).ID, "the record keeps its position")
	require.NoError(t, s.Validate())

	// The story kept a copy: editing a after Replace changes nothing.
	a.Title = "changed after"
	got, _ = s.Event(eStrike)
	assert.Equal(t, "Strike on Kyiv, toll revised", event.HeaderOf(got).Title)

	// An event may change kind under its ID.
	o := other(eStrike, "Explosions in Kyiv", day(4, 24))
	o.Figures = a.Casualties
	o.OtherTimes = a.OtherTimes
	require.NoError(t, s.Replace(newsevent.EventRecord{Event: o}))
	got, _ = s.Event(eStrike)
	assert.Equal(t, event.KindOther, got.Kind())
	assert.Empty(t, s.EventsIn(tKyiv), "the query index follows: Kyiv is no longer a target")
	require.NoError(t, s.Validate())
}

func TestReplaceRefusals(t *testing.T) {
	s := revisionStory(t)
	err := s.Replace(newsevent.ActorRecord{Actor: person(aPutin, "Putin")})
	assert.ErrorIs(t, err, newsevent.ErrNotFound)
	err = s.Replace(newsevent.ActorRecord{Actor: person(actor.ID(eStrike), "Strike")})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "events[0]")
	assert.Error(t, s.Replace(newsevent.EventRecord{}))
	assert.Error(t, s.Replace(nil))
}

func TestUpdate(t *testing.T) {
	s := revisionStory(t)
	require.NoError(t, s.Update(uuid.UUID(aRussia), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.ActorRecord)
		a.Actor.Name = "Russian Federation"
		return a, nil
	}))
	assert.Equal(t, []actor.Actor{{ID: aRussia, Kind: actor.KindPerson, Name: "Russian Federation"}}, s.FindActors("russian federation"))

	boom := errors.New("boom")
	err := s.Update(uuid.UUID(aRussia), func(newsevent.Record) (newsevent.Record, error) { return nil, boom })
	assert.ErrorIs(t, err, boom)
	err = s.Update(uuid.UUID(aRussia), func(newsevent.Record) (newsevent.Record, error) {
		return newsevent.ActorRecord{Actor: person(aPutin, "Putin")}, nil
	})
	assert.ErrorContains(t, err, "another record")
	a, _ := s.Actor(aRussia)
	assert.Equal(t, "Russian Federation", a.Name, "a failed update changes nothing")
	assert.ErrorIs(t, s.Update(uuid.UUID(aPutin), nil), newsevent.ErrNotFound)
}

func TestRemoveRefusesDangling(t *testing.T) {
	s := revisionStory(t)
	before := marshal(t, s)
	err := s.Remove(uuid.UUID(sArticle))
	var ref *newsevent.ReferencedError
	require.ErrorAs(t, err, &ref)
	assert.Equal(t, "source", ref.Type)
	assert.Equal(t, []string{"statuses[0]", "events[0]", "events[1]"}, ref.By)
	assert.Equal(t, before, marshal(t, s), "a refused removal changes nothing")

	// The strike is referred to by the later statement's revisions only.
	err = s.Remove(uuid.UUID(eStrike))
	require.ErrorAs(t, err, &ref)
	assert.Equal(t, []string{"events[1]"}, ref.By)

	assert.ErrorIs(t, s.Remove(uuid.UUID(aPutin)), newsevent.ErrNotFound)
}

func TestRemove(t *testing.T) {
	s := revisionStory(t)
	require.NoError(t, s.Remove(uuid.UUID(eStatement)))
	require.NoError(t, s.Remove(uuid.UUID(stRecognise)))
	require.NoError(t, s.Validate())
	_, ok := s.Event(eStatement)
	assert.False(t, ok)
	assert.Equal(t, 1, s.Counts().Events)
	// Now nothing refers to the strike.
	require.NoError(t, s.Remove(uuid.UUID(eStrike)))
	require.NoError(t, s.Remove(uuid.UUID(tKyiv)))
	require.NoError(t, s.Validate())
	assert.Equal(t, newsevent.Counts{Actors: 1, Territories: 1, Sources: 2, Statuses: 1}, s.Counts())

	// What was removed can be added again, and the index follows.
	require.NoError(t, s.AddTerritory(place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})))
	tr, ok := s.Territory(tKyiv)
	require.True(t, ok)
	assert.Equal(t, "Kyiv", tr.Name)
}

// A record that many records refer to (a source every event cites) is
// refused removal until the last of them is gone, however many there
// were and in whatever order they go, and an update that moves a
// reference moves what Remove sees.
func TestRemoveReferencedByMany(t *testing.T) {
	var s newsevent.Story
	other := source.IDFor("another report")
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	require.NoError(t, s.AddSource(report(other, source.ID{})))
	const n = 20
	id := func(i int) event.ID { return event.IDFor(fmt.Sprint("citing/", i)) }
	for i := range n {
		require.NoError(t, s.AddEvent(statementAt(id(i), sArticle)))
	}
	referrers := func(src source.ID) []string {
		var ref *newsevent.ReferencedError
		if err := s.Remove(uuid.UUID(src)); !errors.As(err, &ref) {
			require.NoError(t, err)
			return nil
		}
		return ref.By
	}
	assert.Len(t, referrers(sArticle), n)
	// Events 0-14 go, from the middle out; events 15-19 stay.
	for _, i := range []int{7, 8, 6, 9, 5, 10, 4, 11, 3, 12, 2, 13, 1, 14, 0} {
		require.NoError(t, s.Remove(uuid.UUID(id(i))))
	}
	assert.Equal(t, []string{"events[0]", "events[1]", "events[2]", "events[3]", "events[4]"}, referrers(sArticle))
	// Two of the five now cite the other report instead.
	for _, i := range []int{15, 17} {
		require.NoError(t, s.Update(uuid.UUID(id(i)), func(newsevent.Record) (newsevent.Record, error) {
			return newsevent.EventRecord{Event: statementAt(id(i), other)}, nil
		}))
	}
	assert.Equal(t, []string{"events[1]", "events[3]", "events[4]"}, referrers(sArticle))
	assert.Equal(t, []string{"events[0]", "events[2]"}, referrers(other))
	for _, i := range []int{16, 18, 19} {
		require.NoError(t, s.Remove(uuid.UUID(id(i))))
	}
	assert.Empty(t, referrers(sArticle), "the last citing event is gone: the article can go")
	_, ok := s.Source(sArticle)
	assert.False(t, ok)
}

// statementAt is an event of the generic kind with this ID, cited to src.
func statementAt(id event.ID, src source.ID) *event.Other {
	e := other(id, "said something", source.Time{})
	e.Attributions = by(src)
	return e
}

func TestRemoveWithDependents(t *testing.T) {
	s := revisionStory(t)
	gone, err := s.RemoveWithDependents(uuid.UUID(tKyiv))
	require.NoError(t, err)
	// Kyiv, the strike that targets it, and the statement that revises
	// the strike's figures.
	assert.Equal(t, []uuid.UUID{uuid.UUID(tKyiv), uuid.UUID(eStrike), uuid.UUID(eStatement)}, gone)
	require.NoError(t, s.Validate())
	assert.Equal(t, 0, s.Counts().Events)

	_, err = s.RemoveWithDependents(uuid.UUID(tKyiv))
	assert.ErrorIs(t, err, newsevent.ErrNotFound)
}

// TestChangesKeepIndexRight checks, on a generated story, that after a
// run of removals and replacements the story looks up every record it
// holds, holds none it removed, and equals a story built afresh from the
// same records.
func TestChangesKeepIndexRight(t *testing.T) {
	s := synth.Story(300, 9)
	events := s.Events()
	removed := map[event.ID]bool{}
	for i := len(events) - 1; i >= 0; i -= 7 {
		id := event.HeaderOf(events[i]).ID
		if _, err := s.RemoveWithDependents(uuid.UUID(id)); err == nil {
			removed[id] = true
		}
	}
	for i, e := range s.Events() {
		if i%5 == 0 {
			event.HeaderOf(e).Title = "retitled " + strconv.Itoa(i)
			require.NoError(t, s.Replace(newsevent.EventRecord{Event: e}))
		}
	}
	for id := range removed {
		_, ok := s.Event(id)
		assert.False(t, ok, "removed %s still found", id)
	}
	fresh := new(newsevent.Story)
	for r := range s.Records() {
		require.NoError(t, fresh.Add(r))
	}
	assertSameRecords(t, fresh, s)
	for _, e := range fresh.Events() {
		got, ok := s.Event(event.HeaderOf(e).ID)
		require.True(t, ok)
		assert.Equal(t, e, got)
	}
	assert.Equal(t, fresh.Validate() == nil, s.Validate() == nil)
	assert.Equal(t, fresh.Timeline(), s.Timeline())
}

// BenchmarkUpdate measures one Replace of an event, then one Add and
// Remove of an event nothing refers to, at the end of the story, at
// growing sizes: the cost per change should stay flat. (A Remove earlier
// in the list also moves the records after it.)
func BenchmarkUpdate(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		s := synth.Story(n, 1)
		events := s.Events()
		b.Run(fmt.Sprintf("replace/events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				e := events[i%len(events)]
				event.HeaderOf(e).Title = "retitled"
				if err := s.Replace(newsevent.EventRecord{Event: e}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
		b.Run(fmt.Sprintf("remove-add/events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			extra := other(event.IDFor("bench extra"), "extra", day(4, 24))
			extra.Attributions = []source.Attribution{{Source: s.Sources()[0].ID, Verb: source.VerbReported}}
			// The first Remove learns who refers to whom, once.
			if _, err := s.RemoveWithDependents(uuid.UUID(event.HeaderOf(events[len(events)-1]).ID)); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := s.AddEvent(extra); err != nil {
					b.Fatal(err)
				}
				if err := s.Remove(uuid.UUID(extra.ID)); err != nil {
					b.Fatal(err)
				}
			}
		})
		// Once a Remove has learnt who refers to whom, a Replace keeps
		// that up to date too: still flat, though a source is referred
		// to by thousands of events.
		b.Run(fmt.Sprintf("replace-with-references/events=%d", n), func(b *testing.B) {
			events := s.Events() // less what remove-add removed
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				e := events[i%len(events)]
				event.HeaderOf(e).Title = "retitled again"
				if err := s.Replace(newsevent.EventRecord{Event: e}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// TestChangesKeepQueriesRight queries a story between changes: each query
// sees the change before it, whether the index was patched or rebuilt.
func TestChangesKeepQueriesRight(t *testing.T) {
	s := revisionStory(t)
	require.NoError(t, s.AddTerritory(place(tUkraine, territory.KindCountry, "Ukraine", territory.ID{})))
	assert.Len(t, s.FindActors("russia"), 1)
	assert.Empty(t, s.EventsIn(tUkraine))
	assert.Equal(t, []event.ID{eStrike, eStatement}, eventIDs(s.Timeline()))

	// An actor renamed: found by its new name only.
	require.NoError(t, s.Update(uuid.UUID(aRussia), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.ActorRecord)
		a.Actor.Name = "Russian Federation"
		return a, nil
	}))
	assert.Empty(t, s.FindActors("russia"))
	assert.Len(t, s.FindActors("federation"), 1)

	// Kyiv moved into Ukraine: the strike is in Ukraine.
	kyiv, _ := s.Territory(tKyiv)
	kyiv.Parent = tUkraine
	require.NoError(t, s.Replace(newsevent.TerritoryRecord{Territory: kyiv}))
	assert.Equal(t, []event.ID{eStrike}, eventIDs(s.EventsIn(tUkraine)))

	// A new title keeps the event where it was; a new time moves it.
	e, _ := s.Event(eStrike)
	event.HeaderOf(e).Title = "Strike on Kyiv, revised"
	require.NoError(t, s.Replace(newsevent.EventRecord{Event: e}))
	assert.Equal(t, "Strike on Kyiv, revised", event.HeaderOf(s.Timeline()[0]).Title)
	event.HeaderOf(e).Time = day(4, 26)
	require.NoError(t, s.Replace(newsevent.EventRecord{Event: e}))
	assert.Equal(t, []event.ID{eStatement, eStrike}, eventIDs(s.Timeline()))

	// An actor added after a query is found; a removed event is gone.
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	assert.Len(t, s.FindActors("putin"), 1)
	require.NoError(t, s.Remove(uuid.UUID(eStatement)))
	assert.Equal(t, []event.ID{eStrike}, eventIDs(s.Timeline()))
}

// BenchmarkUpdateAndQuery measures a change of one event's title followed
// by a query of the timeline's first event, at growing sizes: a change
// that leaves the event where it stands keeps the index, so the cost per
// change stays flat.
func BenchmarkUpdateAndQuery(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		s := synth.Story(n, 1)
		events := s.Events()
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			s.Timeline() // the index, built once
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				e := events[i%len(events)]
				event.HeaderOf(e).Title = "retitled " + strconv.Itoa(i)
				if err := s.Replace(newsevent.EventRecord{Event: e}); err != nil {
					b.Fatal(err)
				}
				if _, ok := s.TimeOf(event.HeaderOf(e).ID); !ok {
					b.Fatal("lost")
				}
				i++
			}
		})
	}
}
