package newsevent_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold identity claims between actors, and the
// references that the fields added for reports of other shapes make: a
// figure's places, a role's place, a source's dateline, copies and
// versions, a status anchored to events and bounded by a line.

var (
	aOfficial = actor.IDFor("a senior official")
	aOther    = actor.IDFor("another senior official")
	iNamed    = newsevent.IdentityIDFor("named")
)

// officials is a story with two unnamed actors of the same description
// and a named one.
func officials(t *testing.T) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	mustAdd(t, &s,
		newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
		newsevent.SourceRecord{Source: report(sReuters, sArticle)},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aOfficial, Kind: actor.KindPerson, Description: "a senior Ukrainian official", Country: vocab.MustCountry("UA")}},
		newsevent.ActorRecord{Actor: actor.Actor{ID: aOther, Kind: actor.KindPerson, Description: "a senior Ukrainian official"}},
		newsevent.ActorRecord{Actor: person(aSyrskyi, "Oleksandr Syrskyi")},
	)
	return &s
}

func named() newsevent.Identity {
	return newsevent.Identity{ID: iNamed, Actor: aOfficial, Relation: newsevent.IdentityNamedAs, Other: aSyrskyi,
		Text: "later named as", Attributions: by(sReuters)}
}

func TestIdentityClaims(t *testing.T) {
	s := officials(t)
	require.NoError(t, s.AddIdentity(named()))
	require.NoError(t, s.Validate())
	got, ok := s.Identity(iNamed)
	require.True(t, ok)
	assert.Equal(t, named(), got)
	assert.Equal(t, []newsevent.Identity{named()}, s.IdentitiesOf(aSyrskyi))
	assert.Equal(t, []newsevent.Identity{named()}, s.IdentitiesOf(aOfficial))
	assert.Empty(t, s.IdentitiesOf(aOther), "two unnamed actors of one description are never one actor by their words")
	assert.Equal(t, 1, s.Counts().Identities)
	assert.Error(t, s.AddIdentity(named()), "an ID is taken once")

	// JSON and JSON Lines carry the claims.
	data := marshal(t, s)
	assert.Contains(t, string(data), `"identities":[{"id":"`+iNamed.String()+`","actor":"`+aOfficial.String()+`","relation":"named_as"`)
	back, err := newsevent.ReadJSON(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, s.Identities(), back.Identities())
	assert.Equal(t, data, marshal(t, back))
	lines := jsonl(t, s)
	assert.Contains(t, string(lines), `{"identity":{"id":"`+iNamed.String()+`"`)
	back, err = newsevent.ReadJSONL(bytes.NewReader(lines))
	require.NoError(t, err)
	assertSameRecords(t, s, back)
	assert.Equal(t, lines, jsonl(t, back))

	// A story without claims writes no identities list, as before they
	// existed, and reads one without the list as having none.
	plain := officials(t)
	assert.NotContains(t, string(marshal(t, plain)), "identities")
	back, err = newsevent.ReadJSON(strings.NewReader(`{"actors":[]}`))
	require.NoError(t, err)
	assert.Empty(t, back.Identities())
}

func TestIdentityClaimsAreChecked(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*newsevent.Identity)
		path   string
		rule   vocab.Rule
	}{
		"an actor not in the story": {func(i *newsevent.Identity) { i.Other = actor.IDFor("nobody") }, "identities[0].other", vocab.RuleUnresolved},
		"an event, not an actor":    {func(i *newsevent.Identity) { i.Other = actor.ID(eStrike) }, "identities[0].other", vocab.RuleWrongType},
		"the actor itself":          {func(i *newsevent.Identity) { i.Other = i.Actor }, "identities[0].other", vocab.RuleSelf},
		"no source":                 {func(i *newsevent.Identity) { i.Attributions = nil }, "identities[0].attributions", vocab.RuleMin},
		"an unknown relation":       {func(i *newsevent.Identity) { i.Relation = "alias_of" }, "identities[0].relation", vocab.RuleEnum},
		"a source not in the story": {func(i *newsevent.Identity) { i.Attributions = by(sPost) }, "identities[0].attributions[0].source", vocab.RuleUnresolved},
	} {
		t.Run(name, func(t *testing.T) {
			s := officials(t)
			require.NoError(t, s.AddEvent(other(eStrike, "Strike", day(4, 24))))
			i := named()
			tc.mutate(&i)
			require.NoError(t, s.AddIdentity(i))
			assert.Equal(t, tc.rule, problemAt(t, s.Validate(), tc.path).Rule)
		})
	}
	var back newsevent.Story
	err := json.Unmarshal([]byte(`{"identities":[{"id":"`+iNamed.String()+`","actor":"`+aOfficial.String()+`","relation":"same_as","other":"`+aSyrskyi.String()+`","attributions":[],"colour":"red"}]}`), &back)
	var d *vocab.DecodeError
	require.ErrorAs(t, err, &d)
	assert.Equal(t, "identities[0].colour", d.Path)
	assert.ErrorIs(t, err, vocab.ErrUnknown)
}

func TestReferencesOfTheNewFields(t *testing.T) {
	tLine := territory.IDFor("the agreed line")
	eWithdrawal := event.IDFor("withdrawal")
	sCopy, sUpdate := source.IDFor("copy"), source.IDFor("update")
	build := func(t *testing.T) *newsevent.Story {
		var s newsevent.Story
		withdrawal := other(eWithdrawal, "Withdrawal", day(4, 20))
		withdrawal.Figures = []source.Count{{Value: 3, Qualifier: source.QualifierExact, Measure: source.MeasureKilled,
			In: []territory.ID{tKyiv}, Excluding: []territory.ID{tKyivRegion}, Of: aUkraine}}
		mustAdd(t, &s,
			newsevent.ActorRecord{Actor: actor.Actor{ID: aUkraine, Kind: actor.KindState, Name: "Ukraine"}},
			newsevent.ActorRecord{Actor: actor.Actor{ID: aRussia, Kind: actor.KindState, Name: "Russia"}},
			newsevent.ActorRecord{Actor: actor.Actor{ID: aZelenskyy, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy",
				Roles: []actor.Role{{Title: "President", Place: tUkraine}}}},
			newsevent.TerritoryRecord{Territory: place(tUkraine, territory.KindCountry, "Ukraine", territory.ID{})},
			newsevent.TerritoryRecord{Territory: place(tKyivRegion, territory.KindRegion, "Kyiv region", tUkraine)},
			newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", tKyivRegion)},
			newsevent.TerritoryRecord{Territory: territory.Territory{ID: tLine, Kind: territory.KindLine, Description: "the agreed line"}},
			newsevent.SourceRecord{Source: source.Source{ID: sArticle, Kind: source.KindArticle, Dateline: tKyiv}},
			newsevent.SourceRecord{Source: source.Source{ID: sCopy, Kind: source.KindArticle, CopyOf: sArticle}},
			newsevent.SourceRecord{Source: source.Source{ID: sUpdate, Kind: source.KindArticle, Revises: sArticle, Correction: true}},
			newsevent.EventRecord{Event: withdrawal},
			newsevent.StatusRecord{Status: territory.Status{ID: stControl, Territories: []territory.ID{tKyivRegion}, Relation: territory.RelationControls,
				Holder: aUkraine, Standing: territory.StandingInForce, Attributions: by(sArticle), FromEvent: eWithdrawal, Boundary: tLine}},
		)
		return &s
	}
	require.NoError(t, build(t).Validate())

	for name, tc := range map[string]struct {
		mutate func(*newsevent.Story) newsevent.Record
		path   string
		rule   vocab.Rule
	}{
		"a figure in a place not in the story": {func(*newsevent.Story) newsevent.Record {
			e := other(event.IDFor("e2"), "E2", day(4, 21))
			e.Figures = []source.Count{{Value: 1, Qualifier: "exact", Measure: "killed", In: []territory.ID{territory.IDFor("nowhere")}}}
			return newsevent.EventRecord{Event: e}
		}, "events[1].figures[0].in[0]", vocab.RuleUnresolved},
		"a figure of an actor that is a place": {func(*newsevent.Story) newsevent.Record {
			e := other(event.IDFor("e2"), "E2", day(4, 21))
			e.Figures = []source.Count{{Value: 1, Qualifier: "exact", Measure: "killed", Of: actor.ID(tKyiv)}}
			return newsevent.EventRecord{Event: e}
		}, "events[1].figures[0].of", vocab.RuleWrongType},
		"a role of a place not in the story": {func(*newsevent.Story) newsevent.Record {
			return newsevent.ActorRecord{Actor: actor.Actor{ID: actor.IDFor("mayor"), Kind: actor.KindPerson, Name: "Mayor",
				Roles: []actor.Role{{Title: "mayor", Place: territory.IDFor("nowhere")}}}}
		}, "actors[3].roles[0].place", vocab.RuleUnresolved},
		"a dateline that is an event": {func(*newsevent.Story) newsevent.Record {
			return newsevent.SourceRecord{Source: source.Source{ID: source.IDFor("s"), Kind: source.KindReport, Dateline: territory.ID(eWithdrawal)}}
		}, "sources[3].dateline", vocab.RuleWrongType},
		"a copy of a copy of itself": {func(*newsevent.Story) newsevent.Record {
			return newsevent.SourceRecord{Source: source.Source{ID: source.IDFor("loop"), Kind: source.KindReport, CopyOf: source.IDFor("loop2")}}
		}, "sources[3].copy_of", vocab.RuleUnresolved},
		"a status from an event not in the story": {func(*newsevent.Story) newsevent.Record {
			return newsevent.StatusRecord{Status: territory.Status{ID: stRecognise, Territories: []territory.ID{tKyiv}, Relation: territory.RelationControls,
				Holder: aRussia, Standing: territory.StandingAsserted, Attributions: by(sArticle), UntilEvent: event.IDFor("later")}}
		}, "statuses[1].until_event", vocab.RuleUnresolved},
		"a boundary that is not a line": {func(*newsevent.Story) newsevent.Record {
			return newsevent.StatusRecord{Status: territory.Status{ID: stRecognise, Territories: []territory.ID{tKyiv}, Relation: territory.RelationControls,
				Holder: aRussia, Standing: territory.StandingAsserted, Attributions: by(sArticle), Boundary: tKyivRegion}}
		}, "statuses[1].boundary", vocab.RuleMismatch},
		"a condition on an event not in the story": {func(*newsevent.Story) newsevent.Record {
			return newsevent.EventRecord{Event: &event.Proposal{Header: head(ePlan, "Plan", day(4, 22)), Proposers: []actor.ID{aUkraine}, Stage: event.StageUnknown,
				Clauses:    []event.Clause{{Ref: "C1", Kind: event.ClauseCeasefire, Text: "a ceasefire"}},
				Conditions: []event.Condition{{Subject: "C1", Event: event.IDFor("approval"), Text: "once approved"}}}}
		}, "events[1].conditions[0].event", vocab.RuleUnresolved},
	} {
		t.Run(name, func(t *testing.T) {
			s := build(t)
			require.NoError(t, s.Add(tc.mutate(s)))
			assert.Equal(t, tc.rule, problemAt(t, s.Validate(), tc.path).Rule)
		})
	}

	// Chains of copies and of versions cannot go round.
	var s newsevent.Story
	a, b := source.IDFor("a"), source.IDFor("b")
	mustAdd(t, &s,
		newsevent.SourceRecord{Source: source.Source{ID: a, Kind: source.KindReport, CopyOf: b, Revises: b}},
		newsevent.SourceRecord{Source: source.Source{ID: b, Kind: source.KindReport, CopyOf: a, Revises: a}},
	)
	err := s.Validate()
	assert.Equal(t, vocab.RuleCycle, problemAt(t, err, "sources[0].copy_of").Rule)
	assert.Equal(t, vocab.RuleCycle, problemAt(t, err, "sources[0].revises").Rule)
}
