package newsevent_test

import (
	"bytes"
	"errors"
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

// Fixture IDs, derived from stable keys so that they never change between
// runs.
var (
	aRussia    = actor.IDFor("russia")
	aUkraine   = actor.IDFor("ukraine")
	aUS        = actor.IDFor("us")
	aNATO      = actor.IDFor("nato")
	aPutin     = actor.IDFor("putin")
	aZelenskyy = actor.IDFor("zelenskyy")
	aTrump     = actor.IDFor("trump")
	aWitkoff   = actor.IDFor("witkoff")
	aSyrskyi   = actor.IDFor("syrskyi")
	aStaff     = actor.IDFor("general staff")
	aReuters   = actor.IDFor("reuters")

	tUkraine    = territory.IDFor("ukraine")
	tKyivRegion = territory.IDFor("kyiv region")
	tKyiv       = territory.IDFor("kyiv")
	tCrimea     = territory.IDFor("crimea")
	tMoscow     = territory.IDFor("moscow")

	sArticle = source.IDFor("S0")
	sReuters = source.IDFor("S1")
	sPost    = source.IDFor("S9")
	sReport  = source.IDFor("S10")

	stControl   = territory.StatusIDFor("crimea control")
	stRecognise = territory.StatusIDFor("crimea recognition")

	eWar       = event.IDFor("war")
	eStrike    = event.IDFor("strike")
	eMeeting   = event.IDFor("meeting")
	ePlan      = event.IDFor("plan")
	eReject    = event.IDFor("reject")
	eStatement = event.IDFor("statement")
	eFlood     = event.IDFor("flood")
	eElection  = event.IDFor("election")
	eAppoint   = event.IDFor("appointment")
	eCurfew    = event.IDFor("curfew")
)

// by is the simplest valid attribution: src reported it.
func by(src source.ID) []source.Attribution {
	return []source.Attribution{{Source: src, Verb: source.VerbReported}}
}

// person returns a valid actor of kind person.
func person(id actor.ID, name string) actor.Actor {
	return actor.Actor{ID: id, Kind: actor.KindPerson, Name: name}
}

// place returns a valid territory of kind k inside parent (zero for none).
func place(id territory.ID, k territory.Kind, name string, parent territory.ID) territory.Territory {
	return territory.Territory{ID: id, Kind: k, Name: name, Parent: parent}
}

// report returns a valid source of kind report that came via via (zero for
// none).
func report(id, via source.ID) source.Source {
	return source.Source{ID: id, Kind: source.KindReport, Via: via}
}

// head returns a valid event header reported by the article, at time t.
func head(id event.ID, title string, t source.Time) event.Header {
	return event.Header{ID: id, Title: title, Time: t, Status: event.StatusOccurred, Attributions: by(sArticle)}
}

// other returns a valid event of the generic kind.
func other(id event.ID, title string, t source.Time) *event.Other {
	return &event.Other{Header: head(id, title, t), Action: title}
}

// day is a calendar day of 2025 at day precision.
func day(m time.Month, d int) source.Time { return source.Day(2025, m, d, "") }

// utc is an instant in UTC.
func utc(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// problems returns the problems of a *newsevent.ValidationError, failing
// the test if err is anything else.
func problems(t *testing.T, err error) []newsevent.Problem {
	t.Helper()
	require.Error(t, err)
	var verr *newsevent.ValidationError
	require.True(t, errors.As(err, &verr), "want a *ValidationError, got %T: %v", err, err)
	return verr.Problems
}

// problemAt returns the one problem at path, failing the test unless there
// is exactly one.
func problemAt(t *testing.T, err error, path string) newsevent.Problem {
	t.Helper()
	var found []newsevent.Problem
	for _, p := range problems(t, err) {
		if p.Path == path {
			found = append(found, p)
		}
	}
	require.Len(t, found, 1, "want one problem at %s; all problems: %v", path, err)
	return found[0]
}

// mustAdd adds records to s, failing the test on the first error.
func mustAdd(t testing.TB, s *newsevent.Story, records ...newsevent.Record) {
	t.Helper()
	for _, r := range records {
		require.NoError(t, s.Add(r))
	}
}

// eventIDs returns the IDs of events, in order.
func eventIDs(events []event.Event) []event.ID {
	out := make([]event.ID, len(events))
	for i, e := range events {
		out[i] = e.Head().ID
	}
	return out
}

// fullStory returns a valid story with every record type and every event
// kind, with most optional fields filled in, for round trips and queries.
func fullStory(t testing.TB) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	for _, r := range fullRecords() {
		require.NoError(t, s.Add(r))
	}
	require.NoError(t, s.Validate())
	return &s
}

// fullRecords returns the records of [fullStory], in the order of its JSON
// form.
func fullRecords() []newsevent.Record {
	quote := source.Quote{
		Ref:              "Q1",
		Text:             "Vladimir, STOP! ... Let's get the Peace Deal DONE!",
		Lang:             language.English,
		Speaker:          aTrump,
		Addressee:        aPutin,
		Medium:           sPost,
		Elided:           true,
		Translations:     []source.Rendering{{Text: "Володимире, СТОП!", Lang: language.Ukrainian}},
		Transliterations: []source.Rendering{{Text: "Volodymyre, STOP!", Lang: language.MustParse("uk-Latn")}},
	}
	// richAttr returns a new slice each time, so that changing one
	// record's attributions in a test leaves the others alone.
	richAttr := func() []source.Attribution {
		return []source.Attribution{{
			Source: sReuters,
			Verb:   source.VerbAccordingTo,
			Text:   "according to Reuters",
			Quotes: []source.Quote{quote},
			Grade:  source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2},
		}}
	}
	actors := []actor.Actor{
		{
			ID: aRussia, Kind: actor.KindState, Name: "Russia", Country: vocab.MustCountry("RU"),
			Names:   []vocab.Name{{Text: "Россия", Lang: language.Russian}},
			Aliases: []actor.Alias{{Text: "the Kremlin", Kind: actor.AliasMetonym}, {Text: "Moscow", Kind: actor.AliasMetonym, Lang: language.English}},
		},
		{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine", Country: vocab.MustCountry("UA"), Aliases: []actor.Alias{{Text: "Kyiv", Kind: actor.AliasMetonym}}},
		{ID: aUS, Kind: actor.KindState, Name: "United States", Country: vocab.MustCountry("US"), Aliases: []actor.Alias{{Text: "US", Kind: actor.AliasAbbreviation}}},
		{ID: aNATO, Kind: actor.KindOrganisation, Name: "NATO", ExternalIDs: []vocab.ExternalID{{Scheme: "wikidata", Value: "Q7184"}}},
		{
			ID: aPutin, Kind: actor.KindPerson, Name: "Vladimir Putin", Country: vocab.MustCountry("RU"),
			Names:   []vocab.Name{{Text: "Владимир Путин", Lang: language.Russian}},
			Aliases: []actor.Alias{{Text: "Vladimir", Kind: actor.AliasGivenName}},
			Roles:   []actor.Role{{Title: "President", Of: aRussia, From: utc(2012, time.May, 7)}},
		},
		{
			ID: aZelenskyy, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy", Country: vocab.MustCountry("UA"),
			Names:   []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}, {Text: "Volodymyr Zelenskyi", Lang: language.MustParse("uk-Latn")}},
			Handles: []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
			Roles:   []actor.Role{{Title: "President", Of: aUkraine, From: utc(2019, time.May, 20), Text: "Ukrainian President"}},
		},
		{ID: aTrump, Kind: actor.KindPerson, Name: "Donald Trump", Roles: []actor.Role{{Title: "President", Of: aUS}}},
		{ID: aWitkoff, Kind: actor.KindPerson, Name: "Steve Witkoff", Description: "US special envoy"},
		{ID: aSyrskyi, Kind: actor.KindPerson, Name: "Syrskyi", MemberOf: []actor.ID{aStaff}},
		{ID: aStaff, Kind: actor.KindArmedForce, Name: "General Staff of the Armed Forces of Ukraine", MemberOf: []actor.ID{aUkraine}},
		{ID: aReuters, Kind: actor.KindMedia, Name: "Reuters"},
	}
	territories := []territory.Territory{
		{ID: tUkraine, Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA")},
		{ID: tKyivRegion, Kind: territory.KindRegion, Name: "Kyiv Oblast", Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision("UA-32"), Parent: tUkraine},
		{
			ID: tKyiv, Kind: territory.KindCity, Name: "Kyiv", Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision("UA-30"), Parent: tKyivRegion,
			Names:       []vocab.Name{{Text: "Київ", Lang: language.Ukrainian}},
			Point:       territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown},
			ExternalIDs: []vocab.ExternalID{{Scheme: "geonames", Value: "703448"}},
		},
		{ID: tCrimea, Kind: territory.KindRegion, Name: "Crimea", Parent: tUkraine, Group: false, Description: "peninsula"},
		{ID: tMoscow, Kind: territory.KindCity, Name: "Moscow", Country: vocab.MustCountry("RU")},
	}
	sources := []source.Source{
		{
			ID: sArticle, Kind: source.KindArticle, Title: "Trump tells Putin to stop", Publisher: aReuters,
			URL: "https://example.com/article", Language: language.English,
			Published: source.Time{Start: utc(2025, time.April, 25), Precision: source.PrecisionDay, Bound: source.BoundNotBefore},
		},
		{ID: sReuters, Kind: source.KindReport, Publisher: aReuters, Via: sArticle, Related: []source.ID{sPost}, Description: "a Reuters report"},
		{ID: sPost, Kind: source.KindPost, Authors: []actor.ID{aZelenskyy}, Platform: "x", Handle: "ZelenskyyUa", Via: sArticle, Published: day(time.April, 24)},
		{ID: sReport, Kind: source.KindReport, Title: "a report on the frontline situation", Authors: []actor.ID{aSyrskyi}, Via: sPost},
	}
	statuses := []territory.Status{
		{
			ID: stControl, Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls, Holder: aRussia,
			Extent: territory.ExtentWhole, Period: source.Year(2014, "since 2014").Since(), Standing: territory.StandingInForce,
			Attributions: by(sArticle), Words: "occupied",
		},
		{
			ID: stRecognise, Territories: []territory.ID{tCrimea}, Relation: territory.RelationRecognisesDeJure, Holder: aRussia, Recogniser: aUS,
			Extent: territory.ExtentShare, Share: source.Count{Value: 100, Qualifier: source.QualifierAbout, Measure: source.MeasureTerritory, Unit: source.UnitPercent},
			Standing: territory.StandingProposed, Attributions: richAttr(),
		},
	}
	war := &event.Conflict{
		Header: event.Header{ID: eWar, Title: "Russia's war in Ukraine", Time: source.Year(2022, "since 2022").Since(), Places: []territory.ID{tUkraine}, Status: event.StatusOngoing, Attributions: by(sArticle),
			Names: []event.Name{{Text: "special military operation", UsedBy: aRussia, Attributions: by(sArticle)}}},
		Parties: []actor.ID{aRussia, aUkraine},
	}
	strike := &event.Attack{
		Header: event.Header{
			ID: eStrike, Title: "Strike on Kyiv",
			Time:   source.Time{Start: time.Date(2025, time.April, 24, 1, 0, 0, 0, time.UTC), End: time.Date(2025, time.April, 24, 3, 0, 0, 0, time.UTC), Precision: source.PrecisionHour, Text: "overnight", Zone: "Kyiv time"},
			Status: event.StatusOccurred, Attributions: richAttr(),
			Links:   []event.Link{{Type: event.LinkPartOf, To: eWar, Text: "in the war"}},
			Figures: []source.Count{{Value: 5, Qualifier: source.QualifierExact, Measure: "regions_targeted", AsOf: day(time.April, 24)}},
			Notes:   []event.Remark{{Text: "the deadliest strike on Kyiv since July", Attributions: by(sReuters)}},
		},
		Attacker: aRussia,
		Targets:  []event.Target{{Territory: tKyiv, Text: "the capital"}, {Actor: aUkraine}},
		Methods:  []event.Method{event.MethodMissileStrike, event.MethodDroneStrike},
		Weapons: []event.Weapon{{
			Kinds: []event.WeaponKind{event.WeaponMissile, event.WeaponBallisticMissile}, Name: "Iskander",
			Count: source.Count{Value: 70, Qualifier: source.QualifierNearly, Text: "nearly 70", Measure: "missiles", Attributions: by(sPost)},
		}},
		Casualties: []source.Count{
			{Ref: "K1", Value: 9, Qualifier: source.QualifierAtLeast, Text: "at least nine", Measure: source.MeasureKilled, Attributions: by(sArticle)},
			{Ref: "K2", Value: 12, Qualifier: source.QualifierExact, Text: "12", Measure: source.MeasureKilled, Revises: "K1", AsOf: day(time.April, 25), Attributions: by(sReuters)},
			{Min: 20, Max: 30, Qualifier: source.QualifierRange, Text: "20 to 30", Measure: source.MeasureInjured, Includes: []string{"children"}},
		},
		Occurrences:    []source.Count{{Value: 4500, Qualifier: source.QualifierMoreThan, Text: "over 4,500", Measure: source.MeasureAttacks}},
		Responsibility: []event.Claim{{Actor: aRussia, By: aUkraine, Verb: source.VerbBlamed, Text: "Kyiv blamed Moscow", Attributions: by(sPost)}},
	}
	meeting := &event.Meeting{
		Header:    event.Header{ID: eMeeting, Title: "Witkoff–Putin meeting", Time: day(time.April, 25), Places: []territory.ID{tMoscow}, Status: event.StatusOccurred, Attributions: by(sArticle)},
		Attendees: []actor.ID{aWitkoff, aPutin},
		Host:      aPutin,
		Agenda:    []event.Topic{{Text: "a US plan to end the war", Event: ePlan}},
		Duration:  source.Count{Value: 3, Qualifier: source.QualifierExact, Text: "three-hour-long", Measure: source.MeasureDuration, Unit: source.UnitHour},
		Outcome:   []event.Remark{{Text: "constructive and useful", Attributions: by(sArticle)}},
	}
	plan := &event.Proposal{
		Header:     event.Header{ID: ePlan, Title: "US peace framework", Time: day(time.April, 23), Status: event.StatusProposed, Attributions: by(sReuters)},
		Name:       "the US framework",
		Proposers:  []actor.ID{aUS},
		Addressees: []actor.ID{aUkraine, aRussia},
		Stage:      event.StageProposed,
		Clauses: []event.Clause{
			{Ref: "C1", Kind: event.ClauseRecognition, Text: "US recognition of Crimea as Russian", Parties: []actor.ID{aUS}, Statuses: []territory.StatusID{stRecognise}, Places: []territory.ID{tCrimea}},
			{Ref: "C2", Kind: event.ClauseMembershipBar, Text: "no NATO membership for Ukraine", Member: aUkraine, Alliance: aNATO, Qualifiers: []string{"permanent"}},
			{Ref: "C3", Kind: event.ClauseSecurityGuarantee, Text: "robust security guarantees", Beneficiary: aUkraine, Attributions: by(sReuters)},
		},
		Phases:     []event.Phase{{Ref: "P1", Name: "the first phase", Clauses: []string{"C1", "C2"}}, {Ref: "P2", Clauses: []string{"C3"}}},
		Conditions: []event.Condition{{Subject: "P2", On: "P1", Text: "phase two starts when phase one ends"}},
	}
	reject := &event.Response{
		Header:     head(eReject, "Ukraine rejects recognition of Crimea", day(time.April, 23)),
		Responder:  aUkraine,
		To:         ePlan,
		ToKind:     event.KindProposal,
		Act:        event.ResponseReject,
		Qualifiers: []string{"so far"},
	}
	statement := &event.Statement{
		Header:     head(eStatement, "Trump tells Putin to stop", day(time.April, 24)),
		Speaker:    aTrump,
		Addressees: []actor.ID{aPutin},
		Subjects:   []actor.ID{aRussia},
		Acts:       []event.SpeechAct{event.SpeechCriticise, event.SpeechDemand},
		Content:    "Trump criticised the strike",
		Quotes:     []source.Quote{quote},
		Medium:     sPost,
		About:      []event.ID{eStrike},
	}
	flood := &event.Disaster{
		Header:         head(eFlood, "Flood in Kyiv Oblast", source.Month(2025, time.March, "in March")),
		Hazard:         event.HazardFlood,
		Affected:       []territory.ID{tKyivRegion},
		Toll:           []source.Count{{Value: 3, Qualifier: source.QualifierExact, Measure: source.MeasureMissing}},
		Responsibility: []event.Claim{{Actor: aRussia, Verb: source.VerbBlamed}},
	}
	election := &event.Election{
		Header: head(eElection, "Ukrainian presidential election", source.Day(2019, time.April, 21, "in 2019")),
		Office: "President of Ukraine",
		Of:     aUkraine,
		Round:  2,
		Candidates: []event.Candidate{
			{Actor: aZelenskyy, Results: []source.Count{{Value: 73.22, Qualifier: source.QualifierExact, Measure: source.MeasureVotes, Unit: source.UnitPercent}}, Outcome: event.OutcomeWon},
		},
		Winner: aZelenskyy,
	}
	appoint := &event.RoleChange{
		Header:    head(eAppoint, "Witkoff named envoy", source.Time{Text: "earlier this year"}),
		Person:    aWitkoff,
		Change:    event.ChangeAppointed,
		Role:      actor.Role{Title: "special envoy", Of: aTrump},
		By:        aTrump,
		Announced: source.Month(2025, time.January, "in January"),
	}
	curfew := &event.Other{
		Header: head(eCurfew, "Curfew in Kyiv", day(time.April, 24)),
		Action: "imposed a curfew",
		CAMEO:  "010",
		PLOVER: event.CategoryMobilize,
		Mode:   "curfew",
		Roles:  []event.Participant{{Actor: aUkraine, Role: "imposer"}},
		Targets: []territory.ID{
			tKyiv,
		},
	}
	var out []newsevent.Record
	for _, a := range actors {
		out = append(out, newsevent.ActorRecord{Actor: a})
	}
	for _, t := range territories {
		out = append(out, newsevent.TerritoryRecord{Territory: t})
	}
	for _, s := range sources {
		out = append(out, newsevent.SourceRecord{Source: s})
	}
	for _, st := range statuses {
		out = append(out, newsevent.StatusRecord{Status: st})
	}
	for _, e := range []event.Event{war, strike, meeting, plan, reject, statement, flood, election, appoint, curfew} {
		out = append(out, newsevent.EventRecord{Event: e})
	}
	out = append(out, newsevent.IdentityRecord{Identity: newsevent.Identity{
		ID: newsevent.IdentityIDFor("commander"), Actor: aSyrskyi, Relation: newsevent.IdentityPossiblySameAs, Other: aStaff,
		Text: "speaking for the general staff", Attributions: by(sReuters),
	}})
	return out
}

// assertSameRecords checks that got holds the same records as want, in
// the same order.
func assertSameRecords(t *testing.T, want, got *newsevent.Story) {
	t.Helper()
	assert.Equal(t, want.Counts(), got.Counts())
	assert.Equal(t, want.Actors(), got.Actors())
	assert.Equal(t, want.Territories(), got.Territories())
	assert.Equal(t, want.Sources(), got.Sources())
	assert.Equal(t, want.Statuses(), got.Statuses())
	assert.Equal(t, want.Events(), got.Events())
	assert.Equal(t, want.Identities(), got.Identities())
}

// marshal returns the JSON of s.
func marshal(t *testing.T, s *newsevent.Story) []byte {
	t.Helper()
	data, err := s.MarshalJSON()
	require.NoError(t, err)
	return data
}

// jsonl returns the JSON Lines of s.
func jsonl(t *testing.T, s *newsevent.Story) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, s.WriteJSONL(&b))
	return b.Bytes()
}
