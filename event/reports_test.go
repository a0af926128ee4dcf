package event_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold what reports of other shapes than the
// worked article need of events: names of any event, several attributed
// times, the link types of conditions, realisation, contradiction and
// identity, proposals with figures and conditions on events, elections
// with running mates and several seats, and more role changes.

// roundTrip encodes e and decodes it back through event.Unmarshal.
func roundTrip(t *testing.T, e event.Event) event.Event {
	t.Helper()
	data, err := json.Marshal(e)
	require.NoError(t, err)
	back, err := event.Unmarshal(data)
	require.NoError(t, err)
	return back
}

func TestNamedEvents(t *testing.T) {
	h := header("storm", "Storm Daniel")
	h.Names = []event.Name{{Text: "Storm Daniel", Attributions: []source.Attribution{reported(nyt)}}, {Text: "Medicane Daniel", UsedBy: putin}}
	d := &event.Disaster{Header: h, Hazard: event.HazardStorm}
	requireNilError(t, d.Validate())
	assert.Equal(t, d, roundTrip(t, d))
	assert.Contains(t, d.Participants(), event.Participant{Actor: putin, Role: event.RoleNamedBy})

	d.Names[0].Text = ""
	assert.Equal(t, []problem{{"names[0].text", "required"}}, problemsOf(t, d.Validate()))
}

func TestSeveralAttributedTimes(t *testing.T) {
	h := header("quake", "Earthquake")
	h.Time = source.Day(2023, time.February, 6, "early Monday")
	h.OtherTimes = []event.ReportedTime{{
		Time:         source.Day(2023, time.February, 5, "late on Sunday"),
		Attributions: []source.Attribution{reported(reuters)},
	}}
	d := &event.Disaster{Header: h, Hazard: event.HazardEarthquake}
	requireNilError(t, d.Validate())
	back := roundTrip(t, d)
	assert.Equal(t, d, back)
	data, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"other_times":[{"time":{"start":"2023-02-05T00:00:00Z"`)

	for name, tc := range map[string]struct {
		mutate func(*event.Header)
		want   []problem
	}{
		"other times without the time": {func(h *event.Header) { h.Time = source.Time{} }, []problem{{"time", vocab.RuleRequires}}},
		"an account without a time":    {func(h *event.Header) { h.OtherTimes[0].Time = source.Time{} }, []problem{{"other_times[0].time", vocab.RuleRequired}}},
		"an account without a source":  {func(h *event.Header) { h.OtherTimes[0].Attributions = nil }, []problem{{"other_times[0].attributions", vocab.RuleMin}}},
		"an account of a bad time": {func(h *event.Header) { h.OtherTimes[0].Time.Start = h.OtherTimes[0].Time.Start.Add(time.Hour) },
			[]problem{{"other_times[0].time.start", vocab.RulePrecision}}},
	} {
		t.Run(name, func(t *testing.T) {
			e := &event.Disaster{Header: h, Hazard: event.HazardEarthquake}
			e.OtherTimes = append([]event.ReportedTime(nil), h.OtherTimes...)
			tc.mutate(&e.Header)
			assert.Equal(t, tc.want, problemsOf(t, e.Validate()))
		})
	}
}

func TestNewLinkTypes(t *testing.T) {
	for l, want := range map[event.LinkType]int{
		event.LinkPrecedes: -1,
		event.LinkFollows:  1, event.LinkCausedBy: 1, event.LinkConditionalOn: 1,
		event.LinkRespondsTo: 0, event.LinkRevises: 0, event.LinkPostpones: 0, event.LinkEnables: 0,
		event.LinkPartOf: 0, event.LinkDuring: 0, event.LinkAbout: 0, event.LinkQualifies: 0, event.LinkRealises: 0, event.LinkContradicts: 0,
		event.LinkBackground: 0, event.LinkSameAs: 0, event.LinkPossiblySameAs: 0,
	} {
		assert.Equal(t, want, l.Ordering(), l)
	}
	assert.Len(t, event.LinkTypes(), 17, "every link type has its ordering stated above")

	h := header("release", "Hostages released")
	h.Links = []event.Link{
		{Type: event.LinkConditionalOn, To: event.IDFor("approval"), Text: "once the cabinet approves the deal"},
		{Type: event.LinkRealises, To: event.IDFor("planned-release")},
		{Type: event.LinkPossiblySameAs, To: event.IDFor("release-other-report")},
	}
	o := &event.Other{Header: h, Action: "release of hostages"}
	requireNilError(t, o.Validate())
	assert.Equal(t, o, roundTrip(t, o))

	o.Links[0].Offset = event.Offset{Max: event.Duration(72 * time.Hour)}
	assert.Equal(t, []problem{{"links[0].offset", vocab.RuleConflicts}}, problemsOf(t, o.Validate()),
		"an offset belongs to a follows link")
	_, err := event.ParseLinkType("same-as")
	assertUnknown(t, err, "link type", "same-as")
}

func TestProposalTermsAndConditionsOnEvents(t *testing.T) {
	approval := event.IDFor("approval")
	p := &event.Proposal{
		Header:    header("deal", "Ceasefire and hostage release deal"),
		Proposers: []actor.ID{us},
		Stage:     event.StageUnknown,
		Clauses: []event.Clause{{
			Ref: "C1", Kind: event.ClauseHumanitarianAccess, Text: "aid trucks into Gaza",
			Figures: []source.Count{{Value: 600, Qualifier: source.QualifierExact, Text: "600 trucks a day", Measure: "trucks",
				Per: source.UnitDay, Modality: source.ModalityPlanned}},
		}},
		Conditions: []event.Condition{{Subject: "C1", Event: approval, Text: "once the cabinet approves the deal"}},
	}
	requireNilError(t, p.Validate())
	assert.Equal(t, p, roundTrip(t, p))

	for name, tc := range map[string]struct {
		mutate func(*event.Proposal)
		want   []problem
	}{
		"a condition on nothing":        {func(p *event.Proposal) { p.Conditions[0].Event = event.ID{} }, []problem{{"conditions[0].on", vocab.RuleRequired}}},
		"a condition on both":           {func(p *event.Proposal) { p.Conditions[0].On = "C1" }, []problem{{"conditions[0].on", vocab.RuleSelf}, {"conditions[0].event", vocab.RuleConflicts}}},
		"a condition on the proposal":   {func(p *event.Proposal) { p.Conditions[0].Event = p.ID }, []problem{{"conditions[0].event", vocab.RuleSelf}}},
		"a term's figure without value": {func(p *event.Proposal) { p.Clauses[0].Figures[0].Measure = "" }, []problem{{"clauses[0].figures[0].measure", vocab.RuleRequired}}},
		"no stage at all":               {func(p *event.Proposal) { p.Stage = "" }, []problem{{"stage", vocab.RuleEnum}}},
	} {
		t.Run(name, func(t *testing.T) {
			q := roundTrip(t, p).(*event.Proposal)
			tc.mutate(q)
			assert.ElementsMatch(t, tc.want, problemsOf(t, q.Validate()))
		})
	}
}

func TestElectionRunningMatesAndSeats(t *testing.T) {
	vp := actor.IDFor("running-mate")
	e := &event.Election{
		Header: header("council", "City council election"),
		Office: "city council",
		Seats:  3,
		Candidates: []event.Candidate{
			{Actor: trump, RunningMate: vp, Results: []source.Count{{Value: 48.2, Qualifier: source.QualifierExact, Measure: source.MeasureVotes,
				Unit: source.UnitPercent, Attributions: []source.Attribution{reported(reuters)}}}, Outcome: event.OutcomeWon},
			{Actor: witkoff, Outcome: event.OutcomeWon},
		},
	}
	requireNilError(t, e.Validate())
	assert.Equal(t, e, roundTrip(t, e))
	assert.Contains(t, e.Participants(), event.Participant{Actor: vp, Role: event.RoleRunningMate})
	built, err := event.NewElection(e.Header, e.Office).Seats(3).Candidates(e.Candidates...).Build()
	requireNilError(t, err)
	assert.Equal(t, e, built)

	e.Candidates[0].RunningMate = trump
	e.Seats = -1
	assert.ElementsMatch(t, []problem{{"candidates[0].running_mate", vocab.RuleSelf}, {"seats", vocab.RuleGTE}}, problemsOf(t, e.Validate()))
}

func TestMoreRoleChanges(t *testing.T) {
	for _, c := range []event.Change{event.ChangeResignationTendered, event.ChangeRecalled, event.ChangeReinstated} {
		rc := &event.RoleChange{Header: header("rc-"+string(c), "A role change"), Person: putin, Change: c,
			Role: actor.Role{Title: "ambassador", Acting: true}}
		requireNilError(t, rc.Validate())
		assert.Equal(t, rc, roundTrip(t, rc))
	}
}

func TestAgreementBetweenPartiesWithGuarantors(t *testing.T) {
	h := header("truce", "Truce")
	h.Involved = []event.Participant{{Actor: us, Role: event.RoleMediator}, {Actor: nato, Role: event.RoleGuarantor}}
	h.Status = event.StatusSuspended
	p := &event.Proposal{
		Header:  h,
		Parties: []actor.ID{russia, ukraine},
		Stage:   event.StageAgreed,
		Clauses: []event.Clause{
			{Ref: "C1", Kind: event.ClauseCeasefire, Text: "a ceasefire"},
			{Ref: "C2", Kind: event.ClauseCeasefire, Text: "a permanent ceasefire", Modality: source.ModalityExpected},
		},
		Phases: []event.Phase{{Ref: "P1", Clauses: []string{"C1"}, Time: source.Day(2025, time.January, 19, "from January 19")},
			{Ref: "P2", Clauses: []string{"C2"}}},
		Conditions: []event.Condition{{Ref: "K1", Subject: "P2", On: "P1", Text: "once phase one ends"}},
	}
	requireNilError(t, p.Validate())
	assert.Equal(t, p, roundTrip(t, p))
	parts := p.Participants()
	for _, want := range []event.Participant{{Actor: russia, Role: event.RoleParty}, {Actor: ukraine, Role: event.RoleParty},
		{Actor: us, Role: event.RoleMediator}, {Actor: nato, Role: event.RoleGuarantor}} {
		assert.Contains(t, parts, want)
	}
	for name, tc := range map[string]struct {
		mutate func(*event.Proposal)
		want   []problem
	}{
		"no proposers nor parties":   {func(p *event.Proposal) { p.Parties = nil }, []problem{{"proposers", vocab.RuleRequired}}},
		"an unknown clause modality": {func(p *event.Proposal) { p.Clauses[1].Modality = "hoped" }, []problem{{"clauses[1].modality", vocab.RuleEnum}}},
		"a bad phase time":           {func(p *event.Proposal) { p.Phases[0].Time.Precision = "" }, []problem{{"phases[0].time.precision", vocab.RuleRequired}}},
		"a condition ref with space": {func(p *event.Proposal) { p.Conditions[0].Ref = "K 1" }, []problem{{"conditions[0].ref", vocab.RuleNoSpace}}},
		"an involved actor, no role": {func(p *event.Proposal) { p.Involved[0].Role = "" }, []problem{{"involved[0].role", vocab.RuleRequired}}},
	} {
		t.Run(name, func(t *testing.T) {
			q := roundTrip(t, p).(*event.Proposal)
			tc.mutate(q)
			assert.Equal(t, tc.want, problemsOf(t, q.Validate()))
		})
	}
}
