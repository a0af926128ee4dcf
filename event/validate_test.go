package event_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// minimal returns a valid event of kind k with only what its kind needs.
func minimal(k event.Kind) event.Event {
	h := header(string(k), "A "+string(k))
	switch k {
	case event.KindMeeting:
		return &event.Meeting{Header: h, Attendees: []actor.ID{witkoff, putin}}
	case event.KindAttack:
		return &event.Attack{Header: h, Targets: []event.Target{{Territory: kyiv}}}
	case event.KindStatement:
		return &event.Statement{Header: h, Speaker: trump, Acts: []event.SpeechAct{event.SpeechCriticise}, Content: "not happy"}
	case event.KindProposal:
		return &event.Proposal{Header: h, Proposers: []actor.ID{us}, Stage: event.StageProposed,
			Clauses: []event.Clause{{Ref: "C1", Kind: event.ClauseCeasefire, Text: "a ceasefire"}}}
	case event.KindResponse:
		return &event.Response{Header: h, Responder: zelenskyy, To: planID, Act: event.ResponseReject}
	case event.KindConflict:
		return &event.Conflict{Header: h, Parties: []actor.ID{russia, ukraine}}
	case event.KindDisaster:
		return &event.Disaster{Header: h, Hazard: event.HazardFlood}
	case event.KindElection:
		return &event.Election{Header: h, Office: "President", Candidates: []event.Candidate{{Actor: trump}, {Actor: witkoff}}, Winner: trump}
	case event.KindRoleChange:
		return &event.RoleChange{Header: h, Person: witkoff, Change: event.ChangeAppointed, Role: actor.Role{Title: "envoy"}}
	case event.KindOther:
		return &event.Other{Header: h, Action: "imposed a curfew"}
	}
	panic("no minimal event of kind " + string(k) + ": add one to minimal in validate_test.go")
}

func TestValidateValid(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k)+"/minimal", func(t *testing.T) { requireNilError(t, minimal(k).Validate()) })
		t.Run(string(k)+"/full", func(t *testing.T) { requireNilError(t, sample(k).Validate()) })
	}
}

// TestValidateHeader checks the header's rules in every kind: the header
// is embedded, and each kind must validate it.
func TestValidateHeader(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(h *event.Header)
		want   []problem
	}{
		{"zero id", func(h *event.Header) { h.ID = event.ID{} }, []problem{{"id", "id"}}},
		{"missing title", func(h *event.Header) { h.Title = "" }, []problem{{"title", "required"}}},
		{"untrimmed title", func(h *event.Header) { h.Title = "Meeting " }, []problem{{"title", "trimmed"}}},
		{"missing status", func(h *event.Header) { h.Status = "" }, []problem{{"status", "enum"}}},
		{"unknown status", func(h *event.Header) { h.Status = "happened" }, []problem{{"status", "enum"}}},
		{"no attributions", func(h *event.Header) { h.Attributions = nil }, []problem{{"attributions", "min"}}},
		{"empty attributions", func(h *event.Header) { h.Attributions = []source.Attribution{} }, []problem{{"attributions", "min"}}},
		{"attribution without source", func(h *event.Header) { h.Attributions[0].Source = source.ID{} }, []problem{{"attributions[0].source", "id"}}},
		{"attribution with bad verb", func(h *event.Header) { h.Attributions[0].Verb = "whispered" }, []problem{{"attributions[0].verb", "enum"}}},
		{"zero place", func(h *event.Header) { h.Places = []territory.ID{kyiv, {}} }, []problem{{"places[1]", "id"}}},
		{"self link", func(h *event.Header) { h.Links = []event.Link{{Type: event.LinkPartOf, To: h.ID}} }, []problem{{"links[0].to", "self"}}},
		{"second link to self", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkPartOf, To: warID}, {Type: event.LinkAbout, To: h.ID}}
		}, []problem{{"links[1].to", "self"}}},
		{"link without target", func(h *event.Header) { h.Links = []event.Link{{Type: event.LinkPartOf}} }, []problem{{"links[0].to", "id"}}},
		{"link of unknown type", func(h *event.Header) { h.Links = []event.Link{{Type: "inspired_by", To: warID}} }, []problem{{"links[0].type", "enum"}}},
		{"link ref with space", func(h *event.Header) { h.Links = []event.Link{{Ref: "R 1", Type: event.LinkPartOf, To: warID}} }, []problem{{"links[0].ref", vocab.RuleNoSpace}}},
		{"offset on a part_of link", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkPartOf, To: warID, Offset: event.Offset{Max: event.Duration(time.Hour)}}}
		}, []problem{{"links[0].offset", "conflicts"}}},
		{"offset on a precedes link", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkPrecedes, To: warID, Offset: event.Offset{Text: "a day before"}}}
		}, []problem{{"links[0].offset", "conflicts"}}},
		{"offset min above max", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkFollows, To: warID, Offset: event.Offset{Min: event.Duration(48 * time.Hour), Max: event.Duration(24 * time.Hour)}}}
		}, []problem{{"links[0].offset.min", "order"}}},
		{"negative offset", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkFollows, To: warID, Offset: event.Offset{Min: event.Duration(-time.Hour)}}}
		}, []problem{{"links[0].offset.min", "gte"}}},
		{"negative offset max", func(h *event.Header) {
			h.Links = []event.Link{{Type: event.LinkFollows, To: warID, Offset: event.Offset{Max: event.Duration(-time.Hour)}}}
		}, []problem{{"links[0].offset.max", "gte"}}},
		{"time without precision", func(h *event.Header) { h.Time = source.Time{Start: time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC)} }, []problem{{"time.precision", "required"}}},
		{"rescheduled not in UTC", func(h *event.Header) {
			h.Rescheduled = source.Time{Start: time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("EEST", 3*3600)), Precision: source.PrecisionHour}
		}, []problem{{"rescheduled.start", "utc"}}},
		{"figure without measure", func(h *event.Header) {
			h.Figures = []source.Count{{Value: 5, Qualifier: source.QualifierExact}}
		}, []problem{{"figures[0].measure", "required"}}},
		{"note without text", func(h *event.Header) { h.Notes = []event.Remark{{}} }, []problem{{"notes[0].text", "required"}}},
		{"untrimmed description", func(h *event.Header) { h.Description = "\tx" }, []problem{{"description", "trimmed"}}},
	}
	for _, k := range event.Kinds() {
		for _, c := range cases {
			t.Run(string(k)+"/"+c.name, func(t *testing.T) {
				e := minimal(k)
				c.mutate(event.HeaderOf(e))
				assert.Equal(t, c.want, problemsOf(t, e.Validate()))
			})
		}
	}
}

// TestValidateOffsetValid checks the offsets a follows link may carry.
func TestValidateOffsetValid(t *testing.T) {
	for _, o := range []event.Offset{
		{},
		{Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"},
		{Min: event.Duration(time.Hour)}, // at least an hour later, no limit
		{Min: event.Duration(time.Hour), Max: event.Duration(time.Hour)},
	} {
		e := minimal(event.KindMeeting)
		event.HeaderOf(e).Links = []event.Link{{Type: event.LinkFollows, To: warID, Offset: o}}
		requireNilError(t, e.Validate())
	}
}

// invalidCase is an event of one kind made invalid, and the problems it
// must report.
type invalidCase struct {
	name   string
	kind   event.Kind
	mutate func(e event.Event)
	want   []problem
}

func TestValidateKinds(t *testing.T) {
	cases := []invalidCase{
		// Meeting
		{"no attendees", event.KindMeeting, func(e event.Event) { e.(*event.Meeting).Attendees = nil }, []problem{{"attendees", "min"}}},
		{"zero attendee", event.KindMeeting, func(e event.Event) { e.(*event.Meeting).Attendees = []actor.ID{witkoff, {}} }, []problem{{"attendees[1]", "id"}}},
		{"empty agenda topic", event.KindMeeting, func(e event.Event) { e.(*event.Meeting).Agenda = []event.Topic{{}} }, []problem{{"agenda[0].text", "required"}}},
		{"meeting on its own agenda", event.KindMeeting, func(e event.Event) {
			m := e.(*event.Meeting)
			m.Agenda = []event.Topic{{Text: "the plan", Event: planID}, {Event: m.ID}}
		}, []problem{{"agenda[1].event", "self"}}},
		{"host is mediator", event.KindMeeting, func(e event.Event) {
			m := e.(*event.Meeting)
			m.Host, m.Mediator = putin, putin
		}, []problem{{"mediator", "mismatch"}}},
		{"meeting duration without qualifier", event.KindMeeting, func(e event.Event) {
			e.(*event.Meeting).Duration = source.Count{Value: 3, Measure: source.MeasureDuration}
		}, []problem{{"duration.qualifier", "enum"}}},
		{"empty outcome", event.KindMeeting, func(e event.Event) { e.(*event.Meeting).Outcome = []event.Remark{{}} }, []problem{{"outcome[0].text", "required"}}},

		// Attack
		{"target without territory or actor", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Targets = []event.Target{{Territory: kyiv}, {Text: "our positions"}}
		}, []problem{{"targets[1].territory", "required"}}},
		{"attacker targets itself", event.KindAttack, func(e event.Event) {
			a := e.(*event.Attack)
			a.Attacker = russia
			a.Targets = []event.Target{{Territory: kyiv}, {Actor: russia}}
		}, []problem{{"targets[1].actor", "self"}}},
		{"unknown method", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Methods = []event.Method{event.MethodShelling, "carpet_bombing"}
		}, []problem{{"methods[1]", "enum"}}},
		{"unknown weapon kind", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Weapons = []event.Weapon{{Kinds: []event.WeaponKind{event.WeaponDrone, "laser"}}}
		}, []problem{{"weapons[0].kinds[1]", "enum"}}},
		{"weapon without kinds", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Weapons = []event.Weapon{{Name: "Shahed"}}
		}, []problem{{"weapons[0].kinds", "min"}}},
		{"weapon count invalid", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Weapons = []event.Weapon{{Kinds: []event.WeaponKind{event.WeaponDrone}, Count: source.Count{Value: 103, Qualifier: source.QualifierExact}}}
		}, []problem{{"weapons[0].count.measure", "required"}}},
		{"casualty range min above max", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Casualties = []source.Count{{Min: 30, Max: 20, Qualifier: source.QualifierRange, Measure: source.MeasureInjured}}
		}, []problem{{"casualties[0].min", "order"}}},
		{"second casualty negative", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Casualties = []source.Count{
				count(source.MeasureKilled, 3, source.QualifierExact, "three"),
				count(source.MeasureInjured, -10, source.QualifierExact, "-10"),
			}
		}, []problem{{"casualties[1].value", "gte"}}},
		{"occurrence without measure", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Occurrences = []source.Count{{Value: 150, Qualifier: source.QualifierNearly}}
		}, []problem{{"occurrences[0].measure", "required"}}},
		{"claim with verb said", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Responsibility = []event.Claim{{Actor: ukraine, Verb: source.VerbSaid}}
		}, []problem{{"responsibility[0].verb", "enum"}}},
		{"claim with verb reported", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Responsibility = []event.Claim{{Actor: ukraine, Verb: source.VerbReported}}
		}, []problem{{"responsibility[0].verb", "enum"}}},
		{"claim without verb", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Responsibility = []event.Claim{{Actor: ukraine}}
		}, []problem{{"responsibility[0].verb", "enum"}}},
		{"claim without actor", event.KindAttack, func(e event.Event) {
			e.(*event.Attack).Responsibility = []event.Claim{{Verb: source.VerbBlamed}}
		}, []problem{{"responsibility[0].actor", "id"}}},

		// Statement
		{"no acts", event.KindStatement, func(e event.Event) { e.(*event.Statement).Acts = nil }, []problem{{"acts", "min"}}},
		{"unknown act", event.KindStatement, func(e event.Event) { e.(*event.Statement).Acts = []event.SpeechAct{"whine"} }, []problem{{"acts[0]", "enum"}}},
		{"no content nor quote", event.KindStatement, func(e event.Event) { e.(*event.Statement).Content = "" }, []problem{{"content", "required"}}},
		{"statement about itself", event.KindStatement, func(e event.Event) {
			s := e.(*event.Statement)
			s.About = []event.ID{strikeID, s.ID}
		}, []problem{{"about[1]", "self"}}},
		{"no speaker", event.KindStatement, func(e event.Event) { e.(*event.Statement).Speaker = actor.ID{} }, []problem{{"speaker", "id"}}},
		{"quote without language", event.KindStatement, func(e event.Event) {
			e.(*event.Statement).Quotes = []source.Quote{{Text: "Stop!"}}
		}, []problem{{"quotes[0].lang", "required"}}},

		// Proposal
		{"no proposers nor parties", event.KindProposal, func(e event.Event) { e.(*event.Proposal).Proposers = nil }, []problem{{"proposers", "required"}}},
		{"unknown stage", event.KindProposal, func(e event.Event) { e.(*event.Proposal).Stage = "drafted" }, []problem{{"stage", "enum"}}},
		{"duplicate clause refs", event.KindProposal, func(e event.Event) {
			p := e.(*event.Proposal)
			p.Clauses = append(p.Clauses, event.Clause{Ref: "C1", Kind: event.ClauseReconstruction, Text: "help"})
		}, []problem{{"clauses[1].ref", "unique"}}},
		{"phase ref names a clause", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Phases = []event.Phase{{Ref: "C1"}}
		}, []problem{{"phases[0].ref", "unique"}}},
		{"clause without ref", event.KindProposal, func(e event.Event) { e.(*event.Proposal).Clauses[0].Ref = "" }, []problem{{"clauses[0].ref", "required"}}},
		{"clause without text", event.KindProposal, func(e event.Event) { e.(*event.Proposal).Clauses[0].Text = "" }, []problem{{"clauses[0].text", "required"}}},
		{"clause of unknown kind", event.KindProposal, func(e event.Event) { e.(*event.Proposal).Clauses[0].Kind = "amnesty" }, []problem{{"clauses[0].kind", "enum"}}},
		{"empty clause qualifier", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Qualifiers = []string{"permanent", ""}
		}, []problem{{"clauses[0].qualifiers[1]", "required"}}},
		{"phase refers to unknown clause", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Phases = []event.Phase{{Ref: "phase-1", Clauses: []string{"C1", "C9"}}}
		}, []problem{{"phases[0].clauses[1]", "unresolved"}}},
		{"phase lists a phase as a clause", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Phases = []event.Phase{{Ref: "phase-1", Clauses: []string{"C1"}}, {Ref: "phase-2", Clauses: []string{"phase-1"}}}
		}, []problem{{"phases[1].clauses[0]", "unresolved"}}},
		{"condition on unknown refs", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Conditions = []event.Condition{{Subject: "phase-2", On: "phase-1", Text: "starts when phase one ends"}}
		}, []problem{{"conditions[0].subject", "unresolved"}, {"conditions[0].on", "unresolved"}}},
		{"condition on itself", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Conditions = []event.Condition{{Subject: "C1", On: "C1", Text: "when it holds"}}
		}, []problem{{"conditions[0].on", "self"}}},
		{"condition without text", event.KindProposal, func(e event.Event) {
			p := e.(*event.Proposal)
			p.Phases = []event.Phase{{Ref: "phase-1", Clauses: []string{"C1"}}}
			p.Conditions = []event.Condition{{Subject: "phase-1", On: "C1"}}
		}, []problem{{"conditions[0].text", "required"}}},
		{"recognition without statuses", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Kind = event.ClauseRecognition
		}, []problem{{"clauses[0].statuses", "requires"}}},
		{"control transfer without statuses", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Kind = event.ClauseControlTransfer
		}, []problem{{"clauses[0].statuses", "requires"}}},
		{"zero status", event.KindProposal, func(e event.Event) {
			c := &e.(*event.Proposal).Clauses[0]
			c.Kind = event.ClauseRecognition
			c.Statuses = []territory.StatusID{{}}
		}, []problem{{"clauses[0].statuses[0]", "id"}}},
		{"membership bar without member or alliance", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Kind = event.ClauseMembershipBar
		}, []problem{{"clauses[0].member", "requires"}, {"clauses[0].alliance", "requires"}}},
		{"membership bar without alliance", event.KindProposal, func(e event.Event) {
			c := &e.(*event.Proposal).Clauses[0]
			c.Kind, c.Member = event.ClauseMembershipBar, ukraine
		}, []problem{{"clauses[0].alliance", "requires"}}},
		{"member barred from itself", event.KindProposal, func(e event.Event) {
			c := &e.(*event.Proposal).Clauses[0]
			c.Kind, c.Member, c.Alliance = event.ClauseMembershipBar, nato, nato
		}, []problem{{"clauses[0].alliance", "self"}}},
		{"member on a ceasefire clause", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Member = ukraine
		}, []problem{{"clauses[0].member", "conflicts"}}},
		{"alliance on a ceasefire clause", event.KindProposal, func(e event.Event) {
			e.(*event.Proposal).Clauses[0].Alliance = nato
		}, []problem{{"clauses[0].alliance", "conflicts"}}},

		// Response
		{"response to itself", event.KindResponse, func(e event.Event) {
			r := e.(*event.Response)
			r.To = r.ID
		}, []problem{{"to", "self"}}},
		{"unknown to_kind", event.KindResponse, func(e event.Event) { e.(*event.Response).ToKind = "plan" }, []problem{{"to_kind", "enum"}}},
		{"unknown act", event.KindResponse, func(e event.Event) { e.(*event.Response).Act = "ignore" }, []problem{{"act", "enum"}}},
		{"no responder", event.KindResponse, func(e event.Event) { e.(*event.Response).Responder = actor.ID{} }, []problem{{"responder", "id"}}},
		{"response to nothing", event.KindResponse, func(e event.Event) { e.(*event.Response).To = event.ID{} }, []problem{{"to", "id"}}},

		// Conflict
		{"no parties", event.KindConflict, func(e event.Event) { e.(*event.Conflict).Parties = nil }, []problem{{"parties", "min"}}},
		{"empty conflict name", event.KindConflict, func(e event.Event) {
			e.(*event.Conflict).Names = []event.Name{{UsedBy: russia}}
		}, []problem{{"names[0].text", "required"}}},

		// Disaster
		{"unknown hazard", event.KindDisaster, func(e event.Event) { e.(*event.Disaster).Hazard = "meteor" }, []problem{{"hazard", "enum"}}},
		{"zero affected place", event.KindDisaster, func(e event.Event) { e.(*event.Disaster).Affected = []territory.ID{{}} }, []problem{{"affected[0]", "id"}}},
		{"toll with a bad qualifier", event.KindDisaster, func(e event.Event) {
			e.(*event.Disaster).Toll = []source.Count{{Value: 3, Qualifier: "roughly", Measure: source.MeasureKilled}}
		}, []problem{{"toll[0].qualifier", "enum"}}},
		{"disaster claim with verb said", event.KindDisaster, func(e event.Event) {
			e.(*event.Disaster).Responsibility = []event.Claim{{Actor: russia, Verb: source.VerbSaid}}
		}, []problem{{"responsibility[0].verb", "enum"}}},

		// Election
		{"duplicate candidates", event.KindElection, func(e event.Event) {
			el := e.(*event.Election)
			el.Candidates = append(el.Candidates, event.Candidate{Actor: trump})
		}, []problem{{"candidates[2].actor", "unique"}}},
		{"winner not a candidate", event.KindElection, func(e event.Event) { e.(*event.Election).Winner = putin }, []problem{{"winner", "mismatch"}}},
		{"unknown outcome", event.KindElection, func(e event.Event) { e.(*event.Election).Candidates[1].Outcome = "tied" }, []problem{{"candidates[1].outcome", "enum"}}},
		{"no office", event.KindElection, func(e event.Event) { e.(*event.Election).Office = "" }, []problem{{"office", "required"}}},
		{"negative round", event.KindElection, func(e event.Event) { e.(*event.Election).Round = -1 }, []problem{{"round", "gte"}}},
		{"candidate without actor", event.KindElection, func(e event.Event) {
			el := e.(*event.Election)
			el.Candidates = append(el.Candidates, event.Candidate{Party: us})
		}, []problem{{"candidates[2].actor", "id"}}},

		// RoleChange
		{"role without title", event.KindRoleChange, func(e event.Event) { e.(*event.RoleChange).Role.Title = "" }, []problem{{"role.title", "required"}}},
		{"role ends before it starts", event.KindRoleChange, func(e event.Event) {
			r := e.(*event.RoleChange)
			r.Role.From = time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
			r.Role.Until = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		}, []problem{{"role.from", "order"}}},
		{"unknown change", event.KindRoleChange, func(e event.Event) { e.(*event.RoleChange).Change = "promoted" }, []problem{{"change", "enum"}}},
		{"no person", event.KindRoleChange, func(e event.Event) { e.(*event.RoleChange).Person = actor.ID{} }, []problem{{"person", "id"}}},
		{"effective without precision", event.KindRoleChange, func(e event.Event) {
			e.(*event.RoleChange).Effective = source.Time{Start: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)}
		}, []problem{{"effective.precision", "required"}}},

		// Other
		{"unknown CAMEO code", event.KindOther, func(e event.Event) { e.(*event.Other).CAMEO = "999" }, []problem{{"cameo", "enum"}}},
		{"CAMEO cue category alone", event.KindOther, func(e event.Event) { e.(*event.Other).CAMEO = "19" }, []problem{{"cameo", "enum"}}},
		{"CAMEO code not in 1.1b3", event.KindOther, func(e event.Event) { e.(*event.Other).CAMEO = "1213" }, []problem{{"cameo", "enum"}}},
		{"unknown PLOVER category", event.KindOther, func(e event.Event) { e.(*event.Other).PLOVER = "FIGHT" }, []problem{{"plover", "enum"}}},
		{"lower-case PLOVER category", event.KindOther, func(e event.Event) { e.(*event.Other).PLOVER = "assault" }, []problem{{"plover", "enum"}}},
		{"mode without category", event.KindOther, func(e event.Event) { e.(*event.Other).Mode = "curfew" }, []problem{{"mode", "requires"}}},
		{"mode with space", event.KindOther, func(e event.Event) {
			o := e.(*event.Other)
			o.PLOVER, o.Mode = event.CategoryCoerce, "martial law"
		}, []problem{{"mode", vocab.RuleNoSpace}}},
		{"no action", event.KindOther, func(e event.Event) { e.(*event.Other).Action = "" }, []problem{{"action", "required"}}},
		{"role word not a token", event.KindOther, func(e event.Event) {
			e.(*event.Other).Roles = []event.Participant{{Actor: russia, Role: "Imposer"}}
		}, []problem{{"roles[0].role", "token"}}},
		{"role without actor", event.KindOther, func(e event.Event) {
			e.(*event.Other).Roles = []event.Participant{{Role: "imposer"}}
		}, []problem{{"roles[0].actor", "id"}}},
		{"zero target", event.KindOther, func(e event.Event) { e.(*event.Other).Targets = []territory.ID{{}} }, []problem{{"targets[0]", "id"}}},
	}
	covered := map[event.Kind]bool{}
	for _, c := range cases {
		covered[c.kind] = true
		t.Run(string(c.kind)+"/"+c.name, func(t *testing.T) {
			e := minimal(c.kind)
			c.mutate(e)
			err := e.Validate()
			assert.Equal(t, c.want, problemsOf(t, err))
			var ve *event.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "event: "+string(c.kind), ve.Scope)
		})
	}
	for _, k := range event.Kinds() {
		assert.True(t, covered[k], "no invalid case for kind %s", k)
	}
}

// TestValidateClaimVerbs checks the four verbs a claim of responsibility
// accepts and that every other verb of attribution is refused.
func TestValidateClaimVerbs(t *testing.T) {
	ok := map[source.Verb]bool{source.VerbClaimed: true, source.VerbBlamed: true, source.VerbDenied: true, source.VerbConfirmed: true}
	for _, v := range source.Verbs() {
		t.Run(string(v), func(t *testing.T) {
			a := minimal(event.KindAttack).(*event.Attack)
			a.Responsibility = []event.Claim{{Actor: ukraine, Verb: v}}
			err := a.Validate()
			if ok[v] {
				requireNilError(t, err)
				return
			}
			assert.Equal(t, []problem{{"responsibility[0].verb", "enum"}}, problemsOf(t, err))
		})
	}
}

// TestValidateStatementQuoteOnly checks that a quote stands in for content.
func TestValidateStatementQuoteOnly(t *testing.T) {
	s := minimal(event.KindStatement).(*event.Statement)
	s.Content = ""
	s.Quotes = []source.Quote{{Text: "Vladimir, Stop!", Lang: language.English}}
	requireNilError(t, s.Validate())
}

// TestValidateProblemsTogether checks that Validate reports every problem
// at once, in one *ValidationError.
func TestValidateProblemsTogether(t *testing.T) {
	a := &event.Attack{Header: event.Header{Title: "x"}, Targets: []event.Target{{}}}
	got := problemsOf(t, a.Validate())
	assert.ElementsMatch(t, []problem{
		{"id", "id"}, {"status", "enum"}, {"attributions", "min"}, {"targets[0].territory", "required"},
	}, got)
}

// TestValidateZeroValues checks that the zero value of every kind is
// invalid and that validating it reports problems rather than panicking.
func TestValidateZeroValues(t *testing.T) {
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		assert.NotEmpty(t, problemsOf(t, e.Validate()), "zero %s", k)
	}
}
