package newsevent_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Tests of the Story's copy semantics: it keeps deep copies of what it is
// given and hands out deep copies of what it holds, so that no edit a
// caller makes to a record, before or after adding it, changes the story
// or the answers of its queries.

// aIntruder is an actor no fixture holds; the scribble functions write it
// (and "Intruder") wherever they can.
var aIntruder = actor.IDFor("intruder")

// scribbleEvent edits everything of an event that the story's queries
// depend on: the header's title, time, places and links (through the
// concrete type where the test knows it), and the actors and places of
// its kind. Lists are edited both in place and by appending.
func scribbleEvent(e event.Event) {
	switch e := e.(type) {
	case *event.Attack:
		e.Links[0].Type = event.LinkFollows
		e.Links[0].To = eCurfew
		e.Links = append(e.Links, event.Link{Type: event.LinkFollows, To: eCurfew})
		e.Places = append(e.Places, tCrimea)
		e.Attacker = actor.ID(aIntruder)
		e.Targets[0].Territory = tCrimea
		e.Casualties[0].Value = 1000
		e.Attributions[0].Quotes[0].Text = "Intruder"
	case *event.Meeting:
		e.Places[0] = tCrimea
		e.Links = append(e.Links, event.Link{Type: event.LinkPartOf, To: eWar})
		e.Attendees[0] = aIntruder
		e.Agenda[0].Event = eCurfew
	case *event.RoleChange:
		// The appointment has no date of its own: a follows link would
		// give it one.
		e.Links = append(e.Links, event.Link{Type: event.LinkFollows, To: eMeeting})
		e.Person = aIntruder
		e.Role.Of = aIntruder
	case *event.Other:
		e.Roles[0].Actor = aIntruder
		e.Targets[0] = tCrimea
	}
	h := event.HeaderOf(e)
	h.Title = "Intruder"
	h.Time = day(time.January, 1)
	h.Places = append(h.Places, tMoscow)
	h.Attributions[0].Source = sPost
}

// scribbleActor edits an actor's names, aliases, roles and memberships.
func scribbleActor(a *actor.Actor) {
	a.Name = "Intruder"
	if len(a.Names) > 0 {
		a.Names[0].Text = "Intruder"
	}
	a.Names = append(a.Names, vocab.Name{Text: "Intruder", Lang: language.English})
	if len(a.Aliases) > 0 {
		a.Aliases[0].Text = "Intruder"
	}
	a.Aliases = append(a.Aliases, actor.Alias{Text: "Intruder", Kind: actor.AliasMetonym})
	if len(a.Roles) > 0 {
		a.Roles[0].Of = aIntruder
	}
	if len(a.MemberOf) > 0 {
		a.MemberOf[0] = aIntruder
	}
}

// scribbleTerritory edits a territory's names and parent.
func scribbleTerritory(t *territory.Territory) {
	t.Name = "Intruder"
	if len(t.Names) > 0 {
		t.Names[0].Text = "Intruder"
	}
	if len(t.ExternalIDs) > 0 {
		t.ExternalIDs[0].Value = "Intruder"
	}
	t.Parent = tMoscow
}

// scribbleSource edits a source's authors, related sources and chain.
func scribbleSource(s *source.Source) {
	s.Title = "Intruder"
	if len(s.Authors) > 0 {
		s.Authors[0] = aIntruder
	}
	if len(s.Related) > 0 {
		s.Related[0] = sReport
	}
	s.Via = source.ID{}
}

// scribbleStatus edits a status's territories and attributions.
func scribbleStatus(st *territory.Status) {
	st.Territories[0] = tMoscow
	st.Territories = append(st.Territories, tKyiv)
	st.Attributions[0].Source = sPost
	st.Words = "Intruder"
}

// scribbleIdentity edits an identity claim's actors and attributions.
func scribbleIdentity(i *newsevent.Identity) {
	i.Other = aIntruder
	i.Attributions[0].Source = sPost
	i.Text = "Intruder"
}

// scribbleRecord edits a record of any type. A record holds its value, not
// a pointer: the edits that matter are those through its lists.
func scribbleRecord(r newsevent.Record) {
	switch r := r.(type) {
	case newsevent.ActorRecord:
		scribbleActor(&r.Actor)
	case newsevent.TerritoryRecord:
		scribbleTerritory(&r.Territory)
	case newsevent.SourceRecord:
		scribbleSource(&r.Source)
	case newsevent.StatusRecord:
		scribbleStatus(&r.Status)
	case newsevent.EventRecord:
		scribbleEvent(r.Event)
	case newsevent.IdentityRecord:
		scribbleIdentity(&r.Identity)
	default:
		panic("unexpected record")
	}
}

// answers is what the queries of a story answer, by IDs, and its JSON.
type answers struct {
	Timeline  []event.ID
	Times     map[event.ID]source.Time
	EventsOf  map[actor.ID][]event.ID
	EventsIn  map[territory.ID][]event.ID
	Found     map[string][]actor.ID
	Chain     []source.ID
	Statuses  []territory.StatusID
	Claims    []newsevent.Identity // the identity claims about Syrskyi
	JSON      string
	Validates bool
}

func answersOf(t *testing.T, s *newsevent.Story) answers {
	t.Helper()
	a := answers{
		Timeline:  eventIDs(s.Timeline()),
		Times:     map[event.ID]source.Time{},
		EventsOf:  map[actor.ID][]event.ID{},
		EventsIn:  map[territory.ID][]event.ID{},
		Found:     map[string][]actor.ID{},
		JSON:      string(marshal(t, s)),
		Validates: s.Validate() == nil,
	}
	for _, e := range s.Events() {
		id := e.Head().ID
		a.Times[id], _ = s.TimeOf(id)
	}
	for _, x := range append(s.Actors(), actor.Actor{ID: aIntruder}) {
		a.EventsOf[x.ID] = eventIDs(s.EventsOf(x.ID))
	}
	for _, x := range s.Territories() {
		a.EventsIn[x.ID] = eventIDs(s.EventsIn(x.ID))
	}
	for _, name := range []string{"Putin", "Vladimir", "the Kremlin", "Россия", "Зеленський", "Kyiv", "US", "Intruder"} {
		for _, x := range s.FindActors(name) {
			a.Found[name] = append(a.Found[name], x.ID)
		}
	}
	for _, src := range s.Chain(sReport) {
		a.Chain = append(a.Chain, src.ID)
	}
	for _, st := range s.StatusesOf(tCrimea, utc(2025, time.April, 25)) {
		a.Statuses = append(a.Statuses, st.ID)
	}
	a.Claims = s.IdentitiesOf(aSyrskyi)
	return a
}

// assertUnchanged checks that s holds the records of want and answers
// every query as want does: first with the index built before the edits,
// then with an index built afresh (adding a record drops it), so that an
// edit that reached the story's own records shows either way.
func assertUnchanged(t *testing.T, want, s *newsevent.Story) {
	t.Helper()
	assertSameRecords(t, want, s)
	assert.Equal(t, answersOf(t, want), answersOf(t, s))
	extra := person(actor.IDFor("extra"), "Extra")
	require.NoError(t, want.AddActor(extra))
	require.NoError(t, s.AddActor(extra))
	assertSameRecords(t, want, s)
	assert.Equal(t, answersOf(t, want), answersOf(t, s))
}

func TestFixtureAnswers(t *testing.T) {
	// The answers that the copy tests compare are not empty: the edits
	// would change them if they reached the story.
	a := answersOf(t, fullStory(t))
	assert.True(t, a.Validates)
	assert.Equal(t, []event.ID{eMeeting}, a.EventsIn[tMoscow])
	assert.Equal(t, []event.ID{eMeeting, eAppoint}, a.EventsOf[aWitkoff])
	assert.Empty(t, a.EventsOf[aIntruder])
	assert.Equal(t, []actor.ID{aRussia}, a.Found["the Kremlin"])
	assert.Equal(t, []actor.ID{aRussia}, a.Found["Россия"])
	assert.Empty(t, a.Found["Intruder"])
	assert.True(t, a.Times[eAppoint].Start.IsZero(), "the appointment is undated")
	assert.Equal(t, []source.ID{sReport, sPost, sArticle}, a.Chain)
	assert.Equal(t, []territory.StatusID{stControl, stRecognise}, a.Statuses)
	require.Len(t, a.Claims, 1)

	// And the scribble functions do change them, on a story that takes
	// the edited records. (A record holds its value: only the edits
	// through its lists reach the story here, which leaves the chain of
	// sources as it was.)
	records := fullRecords()
	for _, r := range records {
		scribbleRecord(r)
	}
	var s newsevent.Story
	mustAdd(t, &s, records...)
	b := answersOf(t, &s)
	assert.NotEqual(t, a.EventsIn, b.EventsIn)
	assert.NotEqual(t, a.EventsOf, b.EventsOf)
	assert.NotEqual(t, a.Found, b.Found)
	assert.NotEqual(t, a.Times, b.Times)
	assert.NotEqual(t, a.Statuses, b.Statuses)
	assert.NotEqual(t, a.Claims, b.Claims)
}

func TestReturnedEventsAreCopies(t *testing.T) {
	getters := map[string]func(s *newsevent.Story) []event.Event{
		"Event": func(s *newsevent.Story) []event.Event {
			var out []event.Event
			for _, id := range []event.ID{eStrike, eMeeting, eAppoint, eCurfew} {
				e, ok := s.Event(id)
				require.True(t, ok)
				out = append(out, e)
			}
			return out
		},
		"Events":   (*newsevent.Story).Events,
		"Timeline": (*newsevent.Story).Timeline,
		"EventsOf": func(s *newsevent.Story) []event.Event {
			// Each call returns its own copies: the strike comes twice.
			return append(append(append(s.EventsOf(aRussia), s.EventsOf(aWitkoff)...), s.EventsOf(aUkraine)...), s.EventsOf(aRussia)...)
		},
		"EventsIn": func(s *newsevent.Story) []event.Event {
			return append(s.EventsIn(tUkraine), s.EventsIn(tMoscow)...)
		},
	}
	for name, get := range getters {
		t.Run(name, func(t *testing.T) {
			s, want := fullStory(t), fullStory(t)
			before := answersOf(t, s) // builds the index
			events := get(s)
			require.NotEmpty(t, events)
			for _, e := range events {
				scribbleEvent(e)
				assert.Equal(t, "Intruder", e.Head().Title, "the edit took on the copy")
			}
			assert.Equal(t, before, answersOf(t, s))
			assertUnchanged(t, want, s)
		})
	}
}

func TestEditingHeadChangesNothing(t *testing.T) {
	// Head returns a copy of the header: editing its lists changes
	// neither the event nor the story.
	s, want := fullStory(t), fullStory(t)
	e, ok := s.Event(eStrike)
	require.True(t, ok)
	h := e.Head()
	h.Links[0].To = eCurfew
	h.Attributions[0].Source = sPost
	h.Figures[0].Value = 1000
	assert.Equal(t, eWar, e.Head().Links[0].To)
	got, ok := s.Event(eStrike)
	require.True(t, ok)
	assert.Equal(t, eWar, got.Head().Links[0].To)
	assertUnchanged(t, want, s)
}

func TestReturnedActorsAreCopies(t *testing.T) {
	getters := map[string]func(s *newsevent.Story) []actor.Actor{
		"FindActors": func(s *newsevent.Story) []actor.Actor {
			var out []actor.Actor
			for _, name := range []string{"the Kremlin", "Putin", "Zelenskyy", "Syrskyi"} {
				found := s.FindActors(name)
				require.Len(t, found, 1, name)
				out = append(out, found...)
			}
			return out
		},
		"Actors": (*newsevent.Story).Actors,
		"Actor": func(s *newsevent.Story) []actor.Actor {
			var out []actor.Actor
			for _, id := range []actor.ID{aRussia, aPutin, aZelenskyy, aSyrskyi} {
				a, ok := s.Actor(id)
				require.True(t, ok)
				out = append(out, a)
			}
			return out
		},
	}
	for name, get := range getters {
		t.Run(name, func(t *testing.T) {
			s, want := fullStory(t), fullStory(t)
			before := answersOf(t, s)
			actors := get(s)
			require.NotEmpty(t, actors)
			for i := range actors {
				scribbleActor(&actors[i])
			}
			assert.Equal(t, before, answersOf(t, s))
			assert.Empty(t, s.FindActors("Intruder"))
			assert.Equal(t, []actor.ID{aRussia}, ids(s.FindActors("the Kremlin")))
			assert.Equal(t, []actor.ID{aRussia}, ids(s.FindActors("Россия")))
			assertUnchanged(t, want, s)
		})
	}
}

func TestReturnedRecordsOfOtherTypesAreCopies(t *testing.T) {
	getters := map[string]func(s *newsevent.Story) []newsevent.Record{
		"Territories": func(s *newsevent.Story) []newsevent.Record {
			var out []newsevent.Record
			for _, x := range s.Territories() {
				out = append(out, newsevent.TerritoryRecord{Territory: x})
			}
			return out
		},
		"Territory": func(s *newsevent.Story) []newsevent.Record {
			x, ok := s.Territory(tKyiv)
			require.True(t, ok)
			return []newsevent.Record{newsevent.TerritoryRecord{Territory: x}}
		},
		"Sources": func(s *newsevent.Story) []newsevent.Record {
			var out []newsevent.Record
			for _, x := range s.Sources() {
				out = append(out, newsevent.SourceRecord{Source: x})
			}
			return out
		},
		"Source": func(s *newsevent.Story) []newsevent.Record {
			x, ok := s.Source(sReuters)
			require.True(t, ok)
			return []newsevent.Record{newsevent.SourceRecord{Source: x}}
		},
		"Chain": func(s *newsevent.Story) []newsevent.Record {
			var out []newsevent.Record
			for _, x := range s.Chain(sReport) {
				out = append(out, newsevent.SourceRecord{Source: x})
			}
			return out
		},
		"Statuses": func(s *newsevent.Story) []newsevent.Record {
			var out []newsevent.Record
			for _, x := range s.Statuses() {
				out = append(out, newsevent.StatusRecord{Status: x})
			}
			return out
		},
		"Status": func(s *newsevent.Story) []newsevent.Record {
			x, ok := s.Status(stRecognise)
			require.True(t, ok)
			return []newsevent.Record{newsevent.StatusRecord{Status: x}}
		},
		"StatusesOf": func(s *newsevent.Story) []newsevent.Record {
			var out []newsevent.Record
			for _, x := range s.StatusesOf(tCrimea, utc(2025, time.April, 25)) {
				out = append(out, newsevent.StatusRecord{Status: x})
			}
			return out
		},
	}
	for name, get := range getters {
		t.Run(name, func(t *testing.T) {
			s, want := fullStory(t), fullStory(t)
			before := answersOf(t, s)
			records := get(s)
			require.NotEmpty(t, records)
			for _, r := range records {
				scribbleRecord(r)
			}
			assert.Equal(t, before, answersOf(t, s))
			assertUnchanged(t, want, s)
		})
	}
}

func TestRecordsYieldsCopies(t *testing.T) {
	s, want := fullStory(t), fullStory(t)
	before := answersOf(t, s)
	n := 0
	for r := range s.Records() {
		scribbleRecord(r)
		n++
	}
	assert.Equal(t, len(fullRecords()), n)
	assert.Equal(t, before, answersOf(t, s))
	assertUnchanged(t, want, s)

	// Two passes yield equal records, not the same ones.
	var first, second []newsevent.Record
	for r := range s.Records() {
		first = append(first, r)
	}
	for r := range s.Records() {
		second = append(second, r)
	}
	require.Equal(t, first, second)
	for i := range first {
		if er, ok := first[i].(newsevent.EventRecord); ok {
			assert.NotSame(t, er.Event, second[i].(newsevent.EventRecord).Event)
		}
	}
}

func TestAddKeepsACopy(t *testing.T) {
	// Every record of the fixture, edited after it was added.
	var s newsevent.Story
	records := fullRecords()
	mustAdd(t, &s, records...)
	before := answersOf(t, &s)
	for _, r := range records {
		scribbleRecord(r)
	}
	assert.Equal(t, before, answersOf(t, &s))
	assertUnchanged(t, fullStory(t), &s)
}

func TestAddActorKeepsACopy(t *testing.T) {
	zelenskyy := func() actor.Actor {
		return actor.Actor{
			ID: aZelenskyy, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy",
			Names:   []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}},
			Aliases: []actor.Alias{{Text: "Volodymyr", Kind: actor.AliasGivenName}},
		}
	}
	var s newsevent.Story
	a := zelenskyy()
	require.NoError(t, s.AddActor(a))
	a.Names[0].Text = "Intruder"
	a.Aliases[0].Text = "Intruder"

	got, ok := s.Actor(aZelenskyy)
	require.True(t, ok)
	assert.Equal(t, zelenskyy(), got)
	assert.Empty(t, s.FindActors("Intruder"))
	assert.Equal(t, []actor.ID{aZelenskyy}, ids(s.FindActors("Зеленський")))
	assert.Equal(t, []actor.ID{aZelenskyy}, ids(s.FindActors("Volodymyr")))
}

func TestAddEventKeepsACopy(t *testing.T) {
	meeting := func() *event.Meeting {
		return &event.Meeting{
			Header:    event.Header{ID: eMeeting, Title: "meeting", Time: day(time.April, 25), Places: []territory.ID{tMoscow}, Status: event.StatusOccurred, Attributions: by(sArticle)},
			Attendees: []actor.ID{aWitkoff, aPutin},
		}
	}
	var s newsevent.Story
	mustAdd(t, &s,
		newsevent.ActorRecord{Actor: person(aWitkoff, "Steve Witkoff")},
		newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")},
		newsevent.TerritoryRecord{Territory: place(tMoscow, territory.KindCity, "Moscow", territory.ID{})},
		newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})},
		newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
	)
	m := meeting()
	require.NoError(t, s.AddEvent(m))
	m.Places[0] = tKyiv
	m.Links = append(m.Links, event.Link{Type: event.LinkFollows, To: eStrike})
	m.Attendees[0] = aIntruder
	m.Title = "Intruder"

	got, ok := s.Event(eMeeting)
	require.True(t, ok)
	assert.Equal(t, meeting(), got)
	assert.Equal(t, []event.ID{eMeeting}, eventIDs(s.EventsIn(tMoscow)))
	assert.Empty(t, s.EventsIn(tKyiv))
	assert.Equal(t, []event.ID{eMeeting}, eventIDs(s.EventsOf(aWitkoff)))
	assert.Empty(t, s.EventsOf(aIntruder))
	assert.NoError(t, s.Validate(), "the link to a missing event is not in the story")
}

// ids returns the IDs of actors, in order.
func ids(actors []actor.Actor) []actor.ID {
	out := make([]actor.ID, len(actors))
	for i, a := range actors {
		out[i] = a.ID
	}
	return out
}
