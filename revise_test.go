package newsevent_test

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// revisionStory is a strike with a toll, and a later statement whose
// figure revises that toll and whose account of the strike's time revises
// the strike's own time; and two statuses, the later revising the
// earlier.
func revisionStory(t *testing.T) *newsevent.Story {
	t.Helper()
	s := new(newsevent.Story)
	strike := &event.Attack{Header: head(eStrike, "Strike on Kyiv", day(4, 24)), Targets: []event.Target{{Territory: tKyiv}}}
	strike.Casualties = []source.Count{{Ref: "K1", Value: 9, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(sArticle)}}
	strike.OtherTimes = []event.ReportedTime{{Ref: "T1", Time: day(4, 24), Attributions: by(sArticle)}}
	later := other(eStatement, "Officials update the toll", day(4, 25))
	later.Figures = []source.Count{{Value: 12, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Revises: "K1", RevisesIn: uuid.UUID(eStrike), Attributions: by(sReuters)}}
	later.OtherTimes = []event.ReportedTime{{Time: day(4, 25), Attributions: by(sReuters), Revises: "T1", RevisesIn: eStrike}}
	first := territory.Status{ID: stControl, Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls, Holder: aRussia, Standing: territory.StandingInForce, Attributions: by(sArticle)}
	second := first
	second.ID, second.Revises, second.Attributions = stRecognise, stControl, by(sReuters)
	mustAdd(t, s,
		newsevent.ActorRecord{Actor: person(aRussia, "Russia")},
		newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})},
		newsevent.TerritoryRecord{Territory: place(tCrimea, territory.KindRegion, "Crimea", territory.ID{})},
		newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
		newsevent.SourceRecord{Source: report(sReuters, source.ID{})},
		newsevent.StatusRecord{Status: first},
		newsevent.StatusRecord{Status: second},
		newsevent.EventRecord{Event: strike},
		newsevent.EventRecord{Event: later},
	)
	return s
}

func TestRevisionAcrossRecords(t *testing.T) {
	s := revisionStory(t)
	require.NoError(t, s.Validate())

	// The addresses survive JSON and JSON Lines.
	var back newsevent.Story
	require.NoError(t, json.Unmarshal(marshal(t, s), &back))
	require.NoError(t, back.Validate())
	assertSameRecords(t, s, &back)
	e, ok := back.Event(eStatement)
	require.True(t, ok)
	f := event.HeaderOf(e).Figures[0]
	assert.Equal(t, "K1", f.Revises)
	assert.Equal(t, uuid.UUID(eStrike), f.RevisesIn)
	assert.Equal(t, eStrike, event.HeaderOf(e).OtherTimes[0].RevisesIn)
	assert.Contains(t, string(jsonl(t, s)), `"revises_in":"`+eStrike.String()+`"`)
}

func TestRevisionAcrossRecordsMustResolve(t *testing.T) {
	edit := func(f func(figure *source.Count, at *event.ReportedTime, st *territory.Status)) error {
		s := revisionStory(t)
		recs := map[string]newsevent.Record{}
		for r := range s.Records() {
			switch r := r.(type) {
			case newsevent.EventRecord:
				recs[event.HeaderOf(r.Event).Title] = r
			}
		}
		later := recs["Officials update the toll"].(newsevent.EventRecord).Event.(*event.Other)
		st, _ := s.Status(stRecognise)
		f(&later.Figures[0], &later.OtherTimes[0], &st)
		var out newsevent.Story
		for r := range s.Records() {
			switch r := r.(type) {
			case newsevent.EventRecord:
				if event.HeaderOf(r.Event).ID == eStatement {
					r.Event = later
				}
				require.NoError(t, out.Add(r))
			case newsevent.StatusRecord:
				if r.Status.ID == stRecognise {
					r.Status = st
				}
				require.NoError(t, out.Add(r))
			default:
				require.NoError(t, out.Add(r))
			}
		}
		return out.Validate()
	}
	for _, tc := range []struct {
		name, path string
		rule       vocab.Rule
		f          func(*source.Count, *event.ReportedTime, *territory.Status)
	}{
		{"figure ref missing there", "events[1].figures[0].revises", vocab.RuleUnresolved, func(c *source.Count, _ *event.ReportedTime, _ *territory.Status) { c.Revises = "K2" }},
		{"figure record missing", "events[1].figures[0].revises", vocab.RuleUnresolved, func(c *source.Count, _ *event.ReportedTime, _ *territory.Status) { c.RevisesIn = uuid.UUID(eFlood) }},
		{"figure of a source", "events[1].figures[0].revises", vocab.RuleUnresolved, func(c *source.Count, _ *event.ReportedTime, _ *territory.Status) { c.RevisesIn = uuid.UUID(sArticle) }},
		{"time ref is a figure's", "events[1].other_times[0].revises", vocab.RuleUnresolved, func(_ *source.Count, rt *event.ReportedTime, _ *territory.Status) { rt.Revises = "K1" }},
		{"time of an event not there", "events[1].other_times[0].revises_in", vocab.RuleUnresolved, func(_ *source.Count, rt *event.ReportedTime, _ *territory.Status) { rt.RevisesIn = eFlood }},
		{"status revises a status not there", "statuses[1].revises", vocab.RuleUnresolved, func(_ *source.Count, _ *event.ReportedTime, st *territory.Status) {
			st.Revises = territory.StatusIDFor("nowhere")
		}},
		{"status revises an event", "statuses[1].revises", vocab.RuleWrongType, func(_ *source.Count, _ *event.ReportedTime, st *territory.Status) {
			st.Revises = territory.StatusID(eStrike)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := problemAt(t, edit(tc.f), tc.path)
			assert.Equal(t, tc.rule, p.Rule)
		})
	}
}

// TestStatusRevisionCycle checks that two statuses that revise each other
// are refused: a revision comes after what it revises.
func TestStatusRevisionCycle(t *testing.T) {
	s := new(newsevent.Story)
	a := territory.Status{ID: stControl, Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls, Holder: aRussia, Standing: territory.StandingInForce, Attributions: by(sArticle), Revises: stRecognise}
	b := a
	b.ID, b.Revises = stRecognise, stControl
	mustAdd(t, s,
		newsevent.ActorRecord{Actor: person(aRussia, "Russia")},
		newsevent.TerritoryRecord{Territory: place(tCrimea, territory.KindRegion, "Crimea", territory.ID{})},
		newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
		newsevent.StatusRecord{Status: a}, newsevent.StatusRecord{Status: b})
	var rules []vocab.Rule
	for _, p := range problems(t, s.Validate()) {
		rules = append(rules, p.Rule)
	}
	assert.Contains(t, rules, vocab.RuleCycle)
}

// TestRevisionCycles checks that figures or times that revise each other
// in a circle are refused, within a record and across records.
func TestRevisionCycles(t *testing.T) {
	s := revisionStory(t)
	require.NoError(t, s.Update(uuid.UUID(eStrike), func(r newsevent.Record) (newsevent.Record, error) {
		a := r.(newsevent.EventRecord).Event.(*event.Attack)
		a.Casualties = append(a.Casualties, source.Count{Ref: "K2", Revises: "K3", Value: 10, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(sArticle)},
			source.Count{Ref: "K3", Revises: "K2", Value: 11, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(sArticle)})
		// The strike's first account revises the statement's, which
		// revises it.
		a.OtherTimes[0].Revises, a.OtherTimes[0].RevisesIn = "T2", eStatement
		return newsevent.EventRecord{Event: a}, nil
	}))
	require.NoError(t, s.Update(uuid.UUID(eStatement), func(r newsevent.Record) (newsevent.Record, error) {
		o := r.(newsevent.EventRecord).Event.(*event.Other)
		o.OtherTimes[0].Ref = "T2"
		return newsevent.EventRecord{Event: o}, nil
	}))
	p := problemAt(t, s.Validate(), "events[0].casualties[1].revises")
	assert.Equal(t, vocab.RuleCycle, p.Rule)
	assert.Contains(t, p.Message, "K2 → K3 → K2")
	p = problemAt(t, s.Validate(), "events[0].other_times[0].revises")
	assert.Equal(t, vocab.RuleCycle, p.Rule)
}
