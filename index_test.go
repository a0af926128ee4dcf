package newsevent_test

import (
	"sync"
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

func TestTimelineOrder(t *testing.T) {
	var (
		month     = event.IDFor("month")
		dayOne    = event.IDFor("day one")
		phrase    = event.IDFor("phrase only")
		march     = event.IDFor("march 31")
		dayOneToo = event.IDFor("day one, added later")
		undated   = event.IDFor("no time at all")
		year      = event.IDFor("year")
		hour      = event.IDFor("hour")
		period    = event.IDFor("period from day one")
	)
	apr1 := time.Date(2025, time.April, 1, 0, 0, 0, 0, time.UTC)
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	// Added out of order on purpose.
	for _, e := range []event.Event{
		other(month, "month", source.Month(2025, time.April, "in April")),
		other(phrase, "phrase", source.Time{Text: "during his campaign"}),
		other(dayOne, "day one", source.Day(2025, time.April, 1, "on April 1")),
		other(period, "period", source.Between(apr1, apr1.AddDate(0, 0, 2), source.PrecisionDay, "April 1 to 3")),
		other(dayOneToo, "day one too", source.Day(2025, time.April, 1, "that day")),
		other(march, "march", source.Day(2025, time.March, 31, "on March 31")),
		other(undated, "undated", source.Time{}),
		other(year, "year", source.Year(2025, "this year")),
		other(hour, "hour", source.At(apr1, source.PrecisionHour, "", "at midnight")),
	} {
		require.NoError(t, s.AddEvent(e))
	}
	require.NoError(t, s.Validate())

	want := []event.ID{
		year,      // 2025-01-01
		march,     // 2025-03-31
		hour,      // 2025-04-01, hour: finer than a day at the same start
		dayOne,    // 2025-04-01, day
		dayOneToo, // the same time: stays after dayOne, in the order added
		period,    // 2025-04-01 to 04-03: the same start and precision, a later end
		month,     // 2025-04, month: coarser than the days that start with it
		phrase,    // no date: last, in the order added
		undated,
	}
	assert.Equal(t, want, eventIDs(s.Timeline()))
	// The insertion order is not changed by the query.
	assert.Equal(t, []event.ID{month, phrase, dayOne, period, dayOneToo, march, undated, year, hour}, eventIDs(s.Events()))
}

// rolesStory holds events that name actors in every role, on known days.
func rolesStory(t *testing.T) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	for _, a := range []actor.Actor{
		{ID: aRussia, Kind: actor.KindState, Name: "Russia"},
		{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine"},
		{ID: aUS, Kind: actor.KindState, Name: "United States"},
		{ID: aNATO, Kind: actor.KindOrganisation, Name: "NATO"},
		person(aPutin, "Vladimir Putin"),
		person(aTrump, "Donald Trump"),
		person(aWitkoff, "Steve Witkoff"),
		person(aZelenskyy, "Volodymyr Zelenskyy"),
		person(aSyrskyi, "Syrskyi"),
	} {
		require.NoError(t, s.AddActor(a))
	}
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	events := []event.Event{
		&event.Attack{
			Header:         head(eStrike, "strike", day(time.April, 10)),
			Attacker:       aRussia,
			Targets:        []event.Target{{Actor: aUkraine}},
			Responsibility: []event.Claim{{Actor: aNATO, By: aUS, Verb: source.VerbBlamed}},
		},
		&event.Conflict{Header: head(eWar, "war", source.Time{}), Parties: []actor.ID{aRussia, aUkraine}},
		&event.Statement{
			Header: head(eStatement, "statement", day(time.April, 5)), Speaker: aPutin,
			Addressees: []actor.ID{aTrump}, Subjects: []actor.ID{aUkraine},
			Acts: []event.SpeechAct{event.SpeechClaim}, Content: "words",
			// A quote's speaker is not a participant of the event.
			Quotes: []source.Quote{{Text: "words", Lang: language.English, Speaker: aSyrskyi}},
		},
		&event.Meeting{Header: head(eMeeting, "meeting", day(time.April, 1)), Attendees: []actor.ID{aWitkoff, aPutin}, Host: aPutin},
		&event.Proposal{
			Header: head(ePlan, "plan", day(time.April, 3)), Proposers: []actor.ID{aUS}, Stage: event.StageProposed,
			Clauses: []event.Clause{{Ref: "C1", Kind: event.ClauseMembershipBar, Text: "no NATO", Member: aUkraine, Alliance: aNATO}},
		},
		&event.Response{Header: head(eReject, "reject", day(time.April, 4)), Responder: aUkraine, To: ePlan, Act: event.ResponseReject},
		&event.Disaster{Header: head(eFlood, "flood", day(time.April, 2)), Hazard: event.HazardFlood, Responsibility: []event.Claim{{Actor: aRussia, Verb: source.VerbBlamed}}},
		&event.Election{Header: head(eElection, "election", source.Day(2019, time.April, 21, "")), Office: "President", Candidates: []event.Candidate{{Actor: aZelenskyy}}, Winner: aZelenskyy},
		&event.RoleChange{Header: head(eAppoint, "appointment", day(time.January, 20)), Person: aWitkoff, Change: event.ChangeAppointed, Role: actor.Role{Title: "envoy"}, By: aTrump},
		&event.Other{Header: head(eCurfew, "curfew", day(time.April, 6)), Action: "imposed a curfew", Roles: []event.Participant{{Actor: aUkraine, Role: "imposer"}}},
	}
	for _, e := range events {
		require.NoError(t, s.AddEvent(e))
	}
	require.NoError(t, s.Validate())
	return &s
}

func TestEventsOfEveryRoleInTimeOrder(t *testing.T) {
	s := rolesStory(t)
	tests := map[string]struct {
		actor actor.ID
		want  []event.ID
	}{
		// target actor, member of a clause, responder, generic role,
		// attack target; then the undated conflict (party) last.
		"Ukraine": {aUkraine, []event.ID{ePlan, eReject, eStatement, eCurfew, eStrike, eWar}},
		// attacker, blamed for a disaster, party to the conflict.
		"Russia": {aRussia, []event.ID{eFlood, eStrike, eWar}},
		// attendee and host of one meeting (listed once), speaker.
		"Putin": {aPutin, []event.ID{eMeeting, eStatement}},
		// alliance of a membership bar, blamed via a responsibility claim.
		"NATO": {aNATO, []event.ID{ePlan, eStrike}},
		// proposer, who lays the blame.
		"US": {aUS, []event.ID{ePlan, eStrike}},
		// person of a role change, attendee.
		"Witkoff": {aWitkoff, []event.ID{eAppoint, eMeeting}},
		// appointer, addressee.
		"Trump": {aTrump, []event.ID{eAppoint, eStatement}},
		// candidate and winner of an election in 2019.
		"Zelenskyy": {aZelenskyy, []event.ID{eElection}},
		// only a quote's speaker: takes part in no event.
		"Syrskyi": {aSyrskyi, nil},
		"unknown": {actor.IDFor("nobody"), nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := s.EventsOf(tt.actor)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, eventIDs(got))
		})
	}
}

// placesStory holds a country > region > city, a city elsewhere, and
// events at each level.
func placesStory(t *testing.T) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	for _, ter := range []territory.Territory{
		// The city comes before its parents: the order of records does not
		// matter.
		place(tKyiv, territory.KindCity, "Kyiv", tKyivRegion),
		place(tUkraine, territory.KindCountry, "Ukraine", territory.ID{}),
		place(tKyivRegion, territory.KindRegion, "Kyiv Oblast", tUkraine),
		place(tMoscow, territory.KindCity, "Moscow", territory.ID{}),
	} {
		require.NoError(t, s.AddTerritory(ter))
	}
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	atCity := &event.Attack{Header: head(eStrike, "strike on the city", day(time.April, 5)), Targets: []event.Target{{Territory: tKyiv}}}
	inRegion := &event.Disaster{Header: head(eFlood, "flood in the region", day(time.April, 2)), Hazard: event.HazardFlood, Affected: []territory.ID{tKyivRegion}}
	inCountry := other(eCurfew, "curfew in the country", day(time.April, 3))
	inCountry.Header.Places = []territory.ID{tUkraine}
	both := other(eAppoint, "in the country and the city", day(time.April, 1))
	both.Header.Places = []territory.ID{tUkraine, tKyiv}
	inMoscow := other(eMeeting, "in Moscow", day(time.April, 4))
	inMoscow.Header.Places = []territory.ID{tMoscow}
	nowhere := other(eWar, "nowhere", day(time.April, 1))
	for _, e := range []event.Event{atCity, inRegion, inCountry, both, inMoscow, nowhere} {
		require.NoError(t, s.AddEvent(e))
	}
	require.NoError(t, s.Validate())
	return &s
}

func TestEventsInIncludesSubTerritories(t *testing.T) {
	s := placesStory(t)
	// Two levels down, in time order, an event in two of the places once.
	assert.Equal(t, []event.ID{eAppoint, eFlood, eCurfew, eStrike}, eventIDs(s.EventsIn(tUkraine)))
	assert.Equal(t, []event.ID{eAppoint, eFlood, eStrike}, eventIDs(s.EventsIn(tKyivRegion)))
	assert.Equal(t, []event.ID{eAppoint, eStrike}, eventIDs(s.EventsIn(tKyiv)))
	assert.Equal(t, []event.ID{eMeeting}, eventIDs(s.EventsIn(tMoscow)))
	assert.Empty(t, s.EventsIn(tCrimea))
}

func TestEventsInParentCycleEnds(t *testing.T) {
	var s newsevent.Story
	a, b := territory.IDFor("cycle a"), territory.IDFor("cycle b")
	require.NoError(t, s.AddTerritory(place(a, territory.KindRegion, "A", b)))
	require.NoError(t, s.AddTerritory(place(b, territory.KindRegion, "B", a)))
	inA := other(eCurfew, "in A", day(time.April, 2))
	inA.Header.Places = []territory.ID{a}
	inB := other(eWar, "in B", day(time.April, 1))
	inB.Header.Places = []territory.ID{b}
	require.NoError(t, s.AddEvent(inA))
	require.NoError(t, s.AddEvent(inB))

	done := make(chan []event.ID)
	go func() { done <- eventIDs(s.EventsIn(a)) }()
	select {
	case got := <-done:
		assert.Equal(t, []event.ID{eWar, eCurfew}, got)
	case <-time.After(10 * time.Second):
		t.Fatal("EventsIn does not return on a parent cycle")
	}
}

func TestChain(t *testing.T) {
	var (
		s11     = source.IDFor("S11")
		missing = source.IDFor("not in the story")
		loopA   = source.IDFor("loop a")
		loopB   = source.IDFor("loop b")
	)
	var s newsevent.Story
	for _, src := range []source.Source{
		report(sReport, sPost), // S10 -> S9
		report(sPost, sArticle),
		report(sArticle, source.ID{}),
		report(s11, missing),
		report(loopA, loopB),
		report(loopB, loopA),
	} {
		require.NoError(t, s.AddSource(src))
	}
	ids := func(l []source.Source) []source.ID {
		out := make([]source.ID, len(l))
		for i, src := range l {
			out[i] = src.ID
		}
		return out
	}
	assert.Equal(t, []source.ID{sReport, sPost, sArticle}, ids(s.Chain(sReport)))
	assert.Equal(t, []source.ID{sPost, sArticle}, ids(s.Chain(sPost)))
	assert.Equal(t, []source.ID{sArticle}, ids(s.Chain(sArticle)))
	assert.Equal(t, []source.ID{s11}, ids(s.Chain(s11)), "stops at a missing source")
	assert.Equal(t, []source.ID{loopA, loopB}, ids(s.Chain(loopA)), "stops at a cycle")
	assert.Empty(t, s.Chain(missing))
	assert.Empty(t, s.Chain(source.ID{}))
}

func TestChainSkipsRecordsOfOtherTypes(t *testing.T) {
	// A via that names an actor's ID is not a source: the chain stops.
	var s newsevent.Story
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	require.NoError(t, s.AddSource(report(sReport, source.ID(aPutin))))
	got := s.Chain(sReport)
	require.Len(t, got, 1)
	assert.Equal(t, sReport, got[0].ID)
}

func TestStatusesOf(t *testing.T) {
	var (
		covering = territory.StatusIDFor("march 2014")
		since    = territory.StatusIDFor("since 2022")
		undated  = territory.StatusIDFor("undated")
		phrase   = territory.StatusIDFor("over the years")
		old      = territory.StatusIDFor("1 january 2010")
		both     = territory.StatusIDFor("two territories")
		elswhere = territory.StatusIDFor("another territory")
	)
	status := func(id territory.StatusID, period source.Time, ters ...territory.ID) territory.Status {
		return territory.Status{
			ID: id, Territories: ters, Relation: territory.RelationControls, Holder: aRussia,
			Period: period, Standing: territory.StandingInForce, Attributions: by(sArticle),
		}
	}
	march2014 := source.Between(utc(2014, time.March, 1), utc(2014, time.March, 31), source.PrecisionDay, "in March 2014")
	var s newsevent.Story
	for _, st := range []territory.Status{
		status(covering, march2014, tCrimea),
		status(since, source.Year(2022, "since 2022").Since(), tCrimea),
		status(undated, source.Time{}, tCrimea),
		status(phrase, source.Time{Text: "over the years"}, tCrimea),
		status(old, source.Day(2010, time.January, 1, "on New Year's Day 2010"), tCrimea),
		status(both, source.Year(2023, "in 2023"), tKyiv, tCrimea),
		status(elswhere, source.Time{}, tKyiv),
	} {
		require.NoError(t, s.AddStatus(st))
	}
	ids := func(l []territory.Status) []territory.StatusID {
		var out []territory.StatusID
		for _, st := range l {
			out = append(out, st.ID)
		}
		return out
	}
	tests := []struct {
		name string
		at   time.Time
		want []territory.StatusID
	}{
		{"inside a closed period", time.Date(2014, time.March, 18, 12, 0, 0, 0, time.UTC), []territory.StatusID{covering, undated, phrase}},
		{"the last day of a period, to its end", time.Date(2014, time.March, 31, 23, 59, 59, 0, time.UTC), []territory.StatusID{covering, undated, phrase}},
		{"just after a period", utc(2014, time.April, 1), []territory.StatusID{undated, phrase}},
		{"a day, to its end", time.Date(2010, time.January, 1, 23, 0, 0, 0, time.UTC), []territory.StatusID{undated, phrase, old}},
		{"the day after", utc(2010, time.January, 2), []territory.StatusID{undated, phrase}},
		{"before an open period", time.Date(2021, time.December, 31, 23, 59, 0, 0, time.UTC), []territory.StatusID{undated, phrase}},
		{"at the start of an open period", utc(2022, time.January, 1), []territory.StatusID{since, undated, phrase}},
		{"long after the start of an open period", utc(2030, time.June, 1), []territory.StatusID{since, undated, phrase}},
		{"a status of several territories", utc(2023, time.June, 1), []territory.StatusID{since, undated, phrase, both}},
		{"an instant in another zone", time.Date(2014, time.April, 1, 2, 0, 0, 0, time.FixedZone("Kyiv time", 3*3600)), []territory.StatusID{covering, undated, phrase}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ids(s.StatusesOf(tCrimea, tt.at)))
		})
	}
	assert.Equal(t, []territory.StatusID{both, elswhere}, ids(s.StatusesOf(tKyiv, utc(2023, time.June, 1))))
	assert.Empty(t, s.StatusesOf(tMoscow, utc(2023, time.June, 1)))
}

func TestFindActors(t *testing.T) {
	tusk := actor.IDFor("tusk")
	var s newsevent.Story
	for _, a := range []actor.Actor{
		{
			ID: aRussia, Kind: actor.KindState, Name: "Russia",
			Aliases: []actor.Alias{{Text: "the Kremlin", Kind: actor.AliasMetonym}, {Text: "Moscow", Kind: actor.AliasMetonym}},
		},
		{
			ID: aZelenskyy, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy",
			Names: []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}},
		},
		{
			ID: aPutin, Kind: actor.KindPerson, Name: "Vladimir Putin",
			Names: []vocab.Name{{Text: "Владимир Путин", Lang: language.Russian}},
		},
		person(aTrump, "Donald Trump"),
		person(tusk, "Donald Tusk"),
		{ID: aUS, Kind: actor.KindState, Name: "United States", Aliases: []actor.Alias{{Text: "US", Kind: actor.AliasAbbreviation}}},
	} {
		require.NoError(t, s.AddActor(a))
	}
	tests := []struct {
		query string
		want  []actor.ID
	}{
		{"Volodymyr Zelenskyy", []actor.ID{aZelenskyy}},
		{"ZELENSKYY", []actor.ID{aZelenskyy}},
		{"zelenskyy", []actor.ID{aZelenskyy}},
		{"  volodymyr   ZELENSKYY ", []actor.ID{aZelenskyy}},
		{"ЗЕЛЕНСЬКИЙ", []actor.ID{aZelenskyy}},
		{"володимир зеленський", []actor.ID{aZelenskyy}},
		{"Ｚｅｌｅｎｓｋｙｙ", []actor.ID{aZelenskyy}}, // full-width letters
		{"Putin", []actor.ID{aPutin}},
		{"путин", []actor.ID{aPutin}},
		{"the Kremlin", []actor.ID{aRussia}},
		{"THE KREMLIN", []actor.ID{aRussia}},
		{"Kremlin", []actor.ID{aRussia}},
		{"Moscow", []actor.ID{aRussia}},
		{"us", []actor.ID{aUS}},
		{"Donald", []actor.ID{aTrump, tusk}}, // in the order added
		{"Donald Tusk", []actor.ID{tusk}},
		{"Vladimir Zelenskyy", nil}, // the words belong to different actors
		{"Merkel", nil},
		{"", nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := s.FindActors(tt.query)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			ids := make([]actor.ID, len(got))
			for i, a := range got {
				ids[i] = a.ID
			}
			assert.Equal(t, tt.want, ids)
		})
	}
}

func TestFindActorsUnnamed(t *testing.T) {
	var (
		official      = actor.IDFor("a senior official")
		officialToo   = actor.IDFor("another senior official")
		ukrainian     = actor.IDFor("a senior Ukrainian official")
		agency        = actor.IDFor("an agency")
		describedOnly = actor.IDFor("named, with a description")
	)
	var s newsevent.Story
	for _, a := range []actor.Actor{
		{ID: official, Kind: actor.KindPerson, Description: "a senior official"},
		person(aPutin, "Vladimir Putin"),
		{ID: ukrainian, Kind: actor.KindPerson, Description: "a senior Ukrainian official", Country: vocab.MustCountry("UA")},
		// The same words, another record: never merged with the first.
		{ID: officialToo, Kind: actor.KindPerson, Description: "A Senior Official"},
		{ID: agency, Kind: actor.KindOrganisation, Description: "an agency authorised by the government", Aliases: []actor.Alias{{Text: "the agency", Kind: actor.AliasMetonym}}},
		// A named actor is not found by the words that describe it.
		{ID: describedOnly, Kind: actor.KindPerson, Name: "Steve Witkoff", Description: "a senior envoy"},
	} {
		require.NoError(t, s.AddActor(a))
	}
	require.NoError(t, s.Validate())
	tests := []struct {
		query string
		want  []actor.ID
	}{
		{"a senior official", []actor.ID{official, officialToo}},
		{"A SENIOR OFFICIAL", []actor.ID{official, officialToo}},
		{"senior official", []actor.ID{official, ukrainian, officialToo}},
		{"official", []actor.ID{official, ukrainian, officialToo}},
		{"Ukrainian official", []actor.ID{ukrainian}},
		{"authorised", []actor.ID{agency}},
		{"the agency", []actor.ID{agency}}, // its alias, whole
		{"agency", []actor.ID{agency}},
		{"envoy", nil},
		{"Witkoff", []actor.ID{describedOnly}},
		{"", nil},
		{" ", nil},
		{"—", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := s.FindActors(tt.query)
			var ids []actor.ID
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
	// Two records, each whole.
	both := s.FindActors("a senior official")
	require.Len(t, both, 2)
	assert.NotEqual(t, both[0].ID, both[1].ID)
	assert.Equal(t, "a senior official", both[0].Description)
	assert.Equal(t, "A Senior Official", both[1].Description)
}

// An actor without a name does not index the empty name: an empty query,
// or one that folds to nothing, finds no actor.
func TestFindActorsEmptyName(t *testing.T) {
	var s newsevent.Story
	require.NoError(t, s.AddActor(actor.Actor{ID: actor.IDFor("unnamed"), Kind: actor.KindGroup, Description: "residents"}))
	require.NoError(t, s.AddActor(actor.Actor{ID: actor.IDFor("punctuation"), Kind: actor.KindGroup, Description: "…"}))
	for _, q := range []string{"", "   ", "…", "-"} {
		assert.Empty(t, s.FindActors(q), "%q", q)
	}
	assert.Len(t, s.FindActors("residents"), 1)
}

func TestAddAfterQueryInvalidatesIndex(t *testing.T) {
	s := placesStory(t)
	require.Len(t, s.Timeline(), 6)
	require.Len(t, s.EventsIn(tUkraine), 4)
	require.Empty(t, s.EventsOf(aPutin))
	require.Empty(t, s.FindActors("Putin"))

	// A new district of Kyiv, an event there with Putin, and Putin.
	district := territory.IDFor("district")
	require.NoError(t, s.AddTerritory(place(district, territory.KindArea, "Pechersk", tKyiv)))
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	ev := &event.Attack{Header: head(event.IDFor("later"), "later", day(time.May, 1)), Attacker: aPutin, Targets: []event.Target{{Territory: district}}}
	require.NoError(t, s.AddEvent(ev))

	tl := s.Timeline()
	require.Len(t, tl, 7)
	assert.Equal(t, ev, tl[6], "the new event comes last")
	assert.NotSame(t, ev, tl[6], "as a copy")
	assert.Equal(t, []event.ID{eAppoint, eFlood, eCurfew, eStrike, ev.ID}, eventIDs(s.EventsIn(tUkraine)))
	assert.Equal(t, []event.ID{ev.ID}, eventIDs(s.EventsOf(aPutin)))
	assert.Len(t, s.FindActors("Putin"), 1)
}

func TestConcurrentQueries(t *testing.T) {
	s := fullStory(t)
	want := eventIDs(s.Timeline())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Equal(t, want, eventIDs(s.Timeline()))
			assert.Len(t, s.FindActors("Putin"), 1)
			assert.NotEmpty(t, s.EventsIn(tUkraine))
			assert.NotEmpty(t, s.EventsOf(aRussia))
			assert.Len(t, s.Chain(sReport), 3)
			assert.NoError(t, s.Validate())
		})
	}
	wg.Wait()
}

// An event without a date that follows one with a date takes its time
// from the link, and the timeline places it there.
func TestTimeOfResolvesFollowsLinks(t *testing.T) {
	var s newsevent.Story
	src := source.Source{ID: source.IDFor("tf-src"), Kind: source.KindReport}
	require.NoError(t, s.AddSource(src))
	speaker := actor.Actor{ID: actor.IDFor("tf-a"), Kind: actor.KindPerson, Name: "Speaker"}
	require.NoError(t, s.AddActor(speaker))
	at := func(key, title string, tm source.Time, links ...event.Link) *event.Statement {
		return &event.Statement{Header: event.Header{ID: event.IDFor(key), Title: title, Time: tm, Status: event.StatusOccurred,
			Attributions: []source.Attribution{source.Attribute(src.ID, source.VerbReported)}, Links: links},
			Speaker: speaker.ID, Acts: []event.SpeechAct{event.SpeechClaim}, Content: title}
	}
	approval := at("tf-approval", "approval", source.Day(2025, time.May, 2, "Friday"))
	within := at("tf-within", "within a day", source.Time{},
		event.Link{Type: event.LinkFollows, To: approval.ID, Offset: event.Offset{Max: event.Duration(24 * time.Hour), Text: "within 24 hours of the approval"}})
	then := at("tf-then", "then", source.Time{}, event.Link{Type: event.LinkFollows, To: within.ID, Text: "then"})
	early := at("tf-early", "early", source.Day(2025, time.May, 1, "Thursday"))
	undated := at("tf-undated", "undated", source.Time{})
	for _, e := range []event.Event{undated, then, within, approval, early} {
		require.NoError(t, s.AddEvent(e))
	}
	require.NoError(t, s.Validate())

	got, ok := s.TimeOf(within.ID)
	require.True(t, ok)
	assert.Equal(t, time.Date(2025, time.May, 2, 0, 0, 0, 0, time.UTC), got.Start)
	assert.Equal(t, time.Date(2025, time.May, 3, 0, 0, 0, 0, time.UTC), got.End)
	assert.Equal(t, "within 24 hours of the approval", got.Text)
	chained, ok := s.TimeOf(then.ID)
	require.True(t, ok)
	assert.Equal(t, source.BoundNotBefore, chained.Bound, "then: some time after, no limit")
	assert.Equal(t, got.Start, chained.Start)
	own, _ := s.TimeOf(approval.ID)
	assert.Equal(t, approval.Time, own, "an event with a date keeps it")
	none, ok := s.TimeOf(undated.ID)
	require.True(t, ok)
	assert.True(t, none.IsZero())
	_, ok = s.TimeOf(event.IDFor("tf-missing"))
	assert.False(t, ok)

	var titles []string
	for _, e := range s.Timeline() {
		titles = append(titles, e.Head().Title)
	}
	assert.Equal(t, []string{"early", "approval", "within a day", "then", "undated"}, titles)
}
