package newsevent_test

import (
	"bytes"
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

// IDs of records that no fixture holds.
var (
	missingActor     = actor.IDFor("missing actor")
	missingTerritory = territory.IDFor("missing territory")
	missingSource    = source.IDFor("missing source")
	missingStatus    = territory.StatusIDFor("missing status")
	missingEvent     = event.IDFor("missing event")
)

// fixture is the records of fullStory by type, to change one thing at a
// time. Indexes into its lists are the indexes in the paths of problems:
//
//	actors:      0 Russia, 1 Ukraine, 2 US, 3 NATO, 4 Putin, 5 Zelenskyy,
//	             6 Trump, 7 Witkoff, 8 Syrskyi, 9 General Staff, 10 Reuters
//	territories: 0 Ukraine, 1 Kyiv Oblast (in 0), 2 Kyiv (in 1), 3 Crimea, 4 Moscow
//	sources:     0 article, 1 Reuters (via 0), 2 post (via 0), 3 report (via 2)
//	statuses:    0 control of Crimea (in force), 1 recognition (proposed)
//	events:      0 war, 1 strike, 2 meeting, 3 plan, 4 rejection of the plan,
//	             5 statement, 6 flood, 7 election, 8 appointment, 9 curfew
type fixture struct {
	actors      []actor.Actor
	territories []territory.Territory
	sources     []source.Source
	statuses    []territory.Status
	events      []event.Event
}

func newFixture() *fixture {
	var f fixture
	for _, r := range fullRecords() {
		switch r := r.(type) {
		case newsevent.ActorRecord:
			f.actors = append(f.actors, r.Actor)
		case newsevent.TerritoryRecord:
			f.territories = append(f.territories, r.Territory)
		case newsevent.SourceRecord:
			f.sources = append(f.sources, r.Source)
		case newsevent.StatusRecord:
			f.statuses = append(f.statuses, r.Status)
		case newsevent.EventRecord:
			f.events = append(f.events, r.Event)
		}
	}
	return &f
}

func (f *fixture) records() []newsevent.Record {
	var out []newsevent.Record
	for _, a := range f.actors {
		out = append(out, newsevent.ActorRecord{Actor: a})
	}
	for _, t := range f.territories {
		out = append(out, newsevent.TerritoryRecord{Territory: t})
	}
	for _, s := range f.sources {
		out = append(out, newsevent.SourceRecord{Source: s})
	}
	for _, st := range f.statuses {
		out = append(out, newsevent.StatusRecord{Status: st})
	}
	for _, e := range f.events {
		out = append(out, newsevent.EventRecord{Event: e})
	}
	return out
}

// story returns the fixture as a story. Records with duplicate IDs cannot
// be added, so the story is read from JSON Lines, which keeps them.
func (f *fixture) story(t *testing.T) *newsevent.Story {
	t.Helper()
	var b bytes.Buffer
	enc := newsevent.NewEncoder(&b)
	for _, r := range f.records() {
		require.NoError(t, enc.Encode(r))
	}
	s, err := newsevent.ReadJSONL(&b)
	require.NoError(t, err)
	return s
}

func (f *fixture) attack() *event.Attack       { return f.events[1].(*event.Attack) }
func (f *fixture) meeting() *event.Meeting     { return f.events[2].(*event.Meeting) }
func (f *fixture) plan() *event.Proposal       { return f.events[3].(*event.Proposal) }
func (f *fixture) response() *event.Response   { return f.events[4].(*event.Response) }
func (f *fixture) statement() *event.Statement { return f.events[5].(*event.Statement) }

// checkerErr runs a Checker over the records of s, in the order of its
// JSON form.
func checkerErr(s *newsevent.Story) error {
	var c newsevent.Checker
	for r := range s.Records() {
		c.Record(r)
	}
	return c.Err()
}

func TestValidateOneRulePerStory(t *testing.T) {
	quoteAttr := func(q source.Quote) []source.Attribution {
		return []source.Attribution{{Source: sReuters, Verb: source.VerbSaid, Quotes: []source.Quote{q}}}
	}
	tests := []struct {
		name   string
		change func(f *fixture)
		path   string
		rule   vocab.Rule
		// names is what the message must contain: the missing or offending
		// ID, a ref, or the records of a cycle.
		names []string
	}{
		// A record's own rules, under the story's paths.
		{
			"own rule of an actor",
			func(f *fixture) { f.actors[0].Name = "" },
			"actors[0].name", "required", nil,
		},
		{
			"own rule of a figure in an event",
			func(f *fixture) {
				c := &f.attack().Casualties[2]
				c.Min, c.Max = 30, 20
			},
			"events[1].casualties[2].min", "order", nil,
		},
		{
			"own rule of a status",
			func(f *fixture) { f.statuses[0].Attributions = nil },
			"statuses[0].attributions", "min", nil,
		},

		// References to actors.
		{
			"actor member_of", func(f *fixture) { f.actors[8].MemberOf = []actor.ID{missingActor} },
			"actors[8].member_of[0]", "unresolved", []string{missingActor.String()},
		},
		{
			"role of", func(f *fixture) { f.actors[4].Roles[0].Of = missingActor },
			"actors[4].roles[0].of", "unresolved", []string{missingActor.String()},
		},
		{
			"source publisher", func(f *fixture) { f.sources[0].Publisher = missingActor },
			"sources[0].publisher", "unresolved", []string{missingActor.String()},
		},
		{
			"source author", func(f *fixture) { f.sources[3].Authors = []actor.ID{missingActor} },
			"sources[3].authors[0]", "unresolved", []string{missingActor.String()},
		},
		{
			"status holder", func(f *fixture) { f.statuses[0].Holder = missingActor },
			"statuses[0].holder", "unresolved", []string{missingActor.String()},
		},
		{
			"status recogniser", func(f *fixture) { f.statuses[1].Recogniser = missingActor },
			"statuses[1].recogniser", "unresolved", []string{missingActor.String()},
		},
		{
			"quote speaker in an attribution of an event",
			func(f *fixture) {
				f.attack().Attributions = quoteAttr(source.Quote{Text: "words", Lang: language.English, Speaker: missingActor})
			},
			"events[1].attributions[0].quotes[0].speaker", "unresolved", []string{missingActor.String()},
		},
		{
			"quote addressee in an attribution of an event",
			func(f *fixture) {
				f.attack().Attributions = quoteAttr(source.Quote{Text: "words", Lang: language.English, Addressee: missingActor})
			},
			"events[1].attributions[0].quotes[0].addressee", "unresolved", []string{missingActor.String()},
		},
		{
			"attacker", func(f *fixture) { f.attack().Attacker = missingActor },
			"events[1].attacker", "unresolved", []string{missingActor.String()},
		},
		{
			"attendee", func(f *fixture) { f.meeting().Attendees[0] = missingActor },
			"events[2].attendees[0]", "unresolved", []string{missingActor.String()},
		},
		{
			"membership bar alliance", func(f *fixture) { f.plan().Clauses[1].Alliance = missingActor },
			"events[3].clauses[1].alliance", "unresolved", []string{missingActor.String()},
		},

		// References to territories.
		{
			"territory parent", func(f *fixture) { f.territories[2].Parent = missingTerritory },
			"territories[2].parent", "unresolved", []string{missingTerritory.String()},
		},
		{
			"status territories", func(f *fixture) { f.statuses[0].Territories[0] = missingTerritory },
			"statuses[0].territories[0]", "unresolved", []string{missingTerritory.String()},
		},
		{
			"event places", func(f *fixture) { f.meeting().Header.Places[0] = missingTerritory },
			"events[2].places[0]", "unresolved", []string{missingTerritory.String()},
		},
		{
			"attack target territory", func(f *fixture) { f.attack().Targets[0].Territory = missingTerritory },
			"events[1].targets[0].territory", "unresolved", []string{missingTerritory.String()},
		},

		// References to sources.
		{
			"via", func(f *fixture) { f.sources[3].Via = missingSource },
			"sources[3].via", "unresolved", []string{missingSource.String()},
		},
		{
			"related", func(f *fixture) { f.sources[1].Related[0] = missingSource },
			"sources[1].related[0]", "unresolved", []string{missingSource.String()},
		},
		{
			"attribution source", func(f *fixture) { f.events[0].(*event.Conflict).Attributions[0].Source = missingSource },
			"events[0].attributions[0].source", "unresolved", []string{missingSource.String()},
		},
		{
			"attribution source of a figure", func(f *fixture) { f.attack().Casualties[0].Attributions[0].Source = missingSource },
			"events[1].casualties[0].attributions[0].source", "unresolved", []string{missingSource.String()},
		},
		{
			"statement medium", func(f *fixture) { f.statement().Medium = missingSource },
			"events[5].medium", "unresolved", []string{missingSource.String()},
		},
		{
			"quote medium", func(f *fixture) { f.statement().Quotes[0].Medium = missingSource },
			"events[5].quotes[0].medium", "unresolved", []string{missingSource.String()},
		},

		// References to statuses and events.
		{
			"clause statuses", func(f *fixture) { f.plan().Clauses[0].Statuses[0] = missingStatus },
			"events[3].clauses[0].statuses[0]", "unresolved", []string{missingStatus.String()},
		},
		{
			"link to", func(f *fixture) { f.attack().Header.Links[0].To = missingEvent },
			"events[1].links[0].to", "unresolved", []string{missingEvent.String()},
		},
		{
			"response to", func(f *fixture) { f.response().To = missingEvent },
			"events[4].to", "unresolved", []string{missingEvent.String()},
		},
		{
			"statement about", func(f *fixture) { f.statement().About[0] = missingEvent },
			"events[5].about[0]", "unresolved", []string{missingEvent.String()},
		},
		{
			"agenda event", func(f *fixture) { f.meeting().Agenda[0].Event = missingEvent },
			"events[2].agenda[0].event", "unresolved", []string{missingEvent.String()},
		},

		// References to a record of another type.
		{
			"an actor where a territory is meant",
			func(f *fixture) { f.meeting().Header.Places[0] = territory.ID(aPutin) },
			"events[2].places[0]", "wrong_type", []string{aPutin.String(), "actors[4]"},
		},
		{
			"a territory where an actor is meant, the territory coming later",
			func(f *fixture) { f.actors[8].MemberOf = []actor.ID{actor.ID(tKyiv)} },
			"actors[8].member_of[0]", "wrong_type", []string{tKyiv.String()},
		},
		{
			"a status where a source is meant",
			func(f *fixture) { f.attack().Attributions[0].Source = source.ID(stControl) },
			"events[1].attributions[0].source", "wrong_type", []string{stControl.String(), "statuses[0]"},
		},

		// Unique IDs.
		{
			"duplicate ID within a type",
			func(f *fixture) { f.actors = append(f.actors, person(aPutin, "Another Putin")) },
			"actors[11].id", "unique", []string{aPutin.String(), "actors[4]"},
		},
		{
			"duplicate ID across types",
			func(f *fixture) { f.events = append(f.events, other(event.ID(tKyiv), "Curfew", source.Time{})) },
			"events[10].id", "unique", []string{tKyiv.String(), "territories[2]"},
		},

		// Cycles.
		{
			"territory parent cycle",
			func(f *fixture) { f.territories[0].Parent = tKyiv },
			"territories[0].parent", "cycle", []string{"territories[0]", "territories[1]", "territories[2]"},
		},
		{
			"source via cycle",
			func(f *fixture) { f.sources[0].Via = sReport },
			"sources[0].via", "cycle", []string{"sources[0]", "sources[2]", "sources[3]"},
		},
		{
			"event part_of cycle",
			func(f *fixture) {
				f.events[0].(*event.Conflict).Header.Links = []event.Link{{Type: event.LinkPartOf, To: eStrike}}
			},
			"events[0].links", "cycle", []string{"events[0]", "events[1]"},
		},
		{
			"actor member_of cycle",
			func(f *fixture) { f.actors[1].MemberOf = []actor.ID{aSyrskyi} },
			"actors[1].member_of", "cycle", []string{"actors[1]", "actors[8]", "actors[9]"},
		},

		// Rules across records.
		{
			"response to_kind with the target before",
			func(f *fixture) { f.response().ToKind = event.KindMeeting },
			"events[4].to_kind", "mismatch", []string{ePlan.String(), "proposal"},
		},
		{
			"response to_kind with the target after",
			func(f *fixture) {
				early := &event.Response{
					Header: head(event.IDFor("early response"), "early", source.Time{}), Responder: aUkraine,
					To: eCurfew, ToKind: event.KindAttack, Act: event.ResponseReject,
				}
				f.events = append([]event.Event{early}, f.events...)
			},
			"events[0].to_kind", "mismatch", []string{eCurfew.String(), "other"},
		},
		{
			"recognition clause with a status in force",
			func(f *fixture) { f.plan().Clauses[0].Statuses[0] = stControl },
			"events[3].clauses[0].statuses[0]", "mismatch", []string{stControl.String(), "in_force"},
		},
		{
			"a figure revises a ref no figure of the event has",
			func(f *fixture) { f.attack().Casualties[1].Revises = "K9" },
			"events[1].casualties[1].revises", "unresolved", []string{`"K9"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture()
			tt.change(f)
			s := f.story(t)
			err := s.Validate()
			p := problemAt(t, err, tt.path)
			assert.Equal(t, tt.rule, p.Rule, "%v", err)
			for _, n := range tt.names {
				assert.Contains(t, p.Message, n)
			}
			assert.Contains(t, err.Error(), "story: ")

			// Only this rule is broken: every problem is at this path, or
			// (for a duplicate ID) the copy's own record.
			for _, q := range problems(t, err) {
				assert.Equal(t, tt.path, q.Path, "unexpected problem %v", q)
			}

			// A Checker fed the same records finds the same problems, and
			// Err gives the same answer twice.
			var c newsevent.Checker
			for r := range s.Records() {
				c.Record(r)
			}
			assert.Equal(t, err, c.Err())
			assert.Equal(t, err, c.Err())
		})
	}
}

func TestValidateValidStoryIsNil(t *testing.T) {
	s := fullStory(t)
	err := s.Validate()
	// A nil error, not a typed nil inside a non-nil interface.
	assert.True(t, err == nil, "Validate returned %#v", err)
	assert.True(t, checkerErr(s) == nil)
}

func TestValidateForwardReferenceIsFine(t *testing.T) {
	// The meeting's agenda names the plan, which is added after it; a
	// strike is part of a war added after it.
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	require.NoError(t, s.AddActor(person(aWitkoff, "Steve Witkoff")))
	strike := other(eStrike, "strike", day(time.April, 24))
	strike.Header.Links = []event.Link{{Type: event.LinkPartOf, To: eWar}}
	require.NoError(t, s.AddEvent(strike))
	require.NoError(t, s.AddEvent(&event.Meeting{Header: head(eMeeting, "meeting", day(time.April, 25)), Attendees: []actor.ID{aWitkoff}, Agenda: []event.Topic{{Event: ePlan}}}))
	require.NoError(t, s.AddEvent(&event.Proposal{Header: head(ePlan, "plan", day(time.April, 23)), Proposers: []actor.ID{aWitkoff}, Stage: event.StageProposed}))
	require.NoError(t, s.AddEvent(&event.Conflict{Header: head(eWar, "war", source.Time{}), Parties: []actor.ID{aWitkoff}}))
	assert.NoError(t, s.Validate())
}

func TestValidateReportsEveryProblem(t *testing.T) {
	// Several rules broken at once: each is reported.
	f := newFixture()
	f.actors[0].Name = ""
	f.attack().Attacker = missingActor
	f.territories[0].Parent = tKyiv
	f.response().ToKind = event.KindMeeting
	err := f.story(t).Validate()
	ps := problems(t, err)
	assert.Len(t, ps, 4, "%v", err)
	var verr *newsevent.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.True(t, verr.Has("actors[0].name", "required"))
	assert.True(t, verr.Has("events[1].attacker", "unresolved"))
	assert.True(t, verr.Has("territories[0].parent", "cycle"))
	assert.True(t, verr.Has("events[4].to_kind", "mismatch"))
}

func TestValidateWrongTypeBehindAForwardReference(t *testing.T) {
	// The flood (events[6]) is referred to first as an event (rightly),
	// then as an actor (wrongly), both before it arrives.
	f := newFixture()
	f.events[0].(*event.Conflict).Header.Links = []event.Link{{Type: event.LinkCausedBy, To: eFlood}}
	f.attack().Attacker = actor.ID(eFlood)
	s := f.story(t)
	err := s.Validate()
	p := problemAt(t, err, "events[1].attacker")
	assert.Equal(t, vocab.RuleWrongType, p.Rule)
	assert.Contains(t, p.Message, eFlood.String())
	assert.Len(t, problems(t, err), 1, "%v", err)
	assert.Equal(t, err, checkerErr(s))
}

func TestValidateUnresolvedOfSeveralTypes(t *testing.T) {
	// One missing ID referred to as an actor and as a territory: whatever
	// arrives, one of the references is wrong, so both are reported.
	f := newFixture()
	f.attack().Attacker = missingActor
	f.meeting().Header.Places[0] = territory.ID(missingActor)
	err := f.story(t).Validate()
	ps := problems(t, err)
	require.Len(t, ps, 2, "%v", err)
	assert.Equal(t, vocab.RuleUnresolved, problemAt(t, err, "events[1].attacker").Rule)
	assert.Equal(t, vocab.RuleUnresolved, problemAt(t, err, "events[2].places[0]").Rule)
}

func TestCheckerErrTwiceAndAfterMoreRecords(t *testing.T) {
	f := newFixture()
	var c newsevent.Checker
	for _, r := range f.records() {
		if er, ok := r.(newsevent.EventRecord); ok && er.Event.Head().ID == ePlan {
			continue // the plan comes later
		}
		c.Record(r)
	}
	err := c.Err()
	// The meeting's agenda and the rejection name the missing plan; the
	// checker keeps the first reference to each missing ID (and type),
	// not every one, so that its memory stays per ID.
	p := problemAt(t, err, "events[2].agenda[0].event")
	assert.Equal(t, vocab.RuleUnresolved, p.Rule)
	assert.Contains(t, p.Message, ePlan.String())
	assert.Len(t, problems(t, err), 1, "%v", err)
	assert.Equal(t, err, c.Err(), "Err called twice")

	// The plan arrives; the references resolve and the to_kind check that
	// waited for it passes.
	c.Event(f.plan())
	assert.NoError(t, c.Err())

	// A response whose to_kind is wrong, checked once the plan is there.
	c.Event(&event.Response{Header: head(event.NewID(), "late", source.Time{}), Responder: aUkraine, To: ePlan, ToKind: event.KindAttack, Act: event.ResponseAccept})
	assert.Equal(t, vocab.RuleMismatch, problemAt(t, c.Err(), "events[10].to_kind").Rule)
}

func TestCheckerStatusArrivingAfterTheClause(t *testing.T) {
	// In a stream, a proposal may come before the statuses its clauses
	// carry: the standing is checked when the status arrives.
	f := newFixture()
	f.plan().Clauses[0].Statuses[0] = stControl
	var c newsevent.Checker
	for _, r := range f.records() {
		if _, ok := r.(newsevent.StatusRecord); !ok {
			c.Record(r)
		}
	}
	for _, st := range f.statuses {
		c.Status(st)
	}
	p := problemAt(t, c.Err(), "events[3].clauses[0].statuses[0]")
	assert.Equal(t, vocab.RuleMismatch, p.Rule)
	assert.Contains(t, p.Message, "in_force")
}

func TestCheckerNilEvent(t *testing.T) {
	var c newsevent.Checker
	var nilAttack *event.Attack
	c.Event(nil)
	c.Event(nilAttack)
	c.Record(newsevent.EventRecord{})
	err := c.Err()
	assert.Equal(t, vocab.RuleRequired, problemAt(t, err, "events[0]").Rule)
	assert.Equal(t, vocab.RuleRequired, problemAt(t, err, "events[1]").Rule)
	assert.Equal(t, vocab.RuleRequired, problemAt(t, err, "events[2]").Rule)
}

func TestCheckerZeroValueIsValid(t *testing.T) {
	var c newsevent.Checker
	assert.True(t, c.Err() == nil)
}
