package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// codes is shorthand for an expected Codes value.
func codes(cameo string, c event.Category, mode string) event.Codes {
	return event.Codes{CAMEO: cameo, PLOVER: c, Mode: mode}
}

// The expected codes below follow CAMEO 1.1b3 (Schrodt 2012, chapter 6)
// and the CAMEO to PLOVER conversion table of 17 September 2021
// (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt); 1952's drone mode is the
// POLECAT codebook's, which the 2021 table predates.
func TestCodes(t *testing.T) {
	attack := func(mutate func(a *event.Attack)) event.Event {
		a := minimal(event.KindAttack).(*event.Attack)
		mutate(a)
		return a
	}
	methods := func(m ...event.Method) event.Event {
		return attack(func(a *event.Attack) { a.Methods = m })
	}
	meeting := func(mutate func(m *event.Meeting)) event.Event {
		m := minimal(event.KindMeeting).(*event.Meeting)
		mutate(m)
		return m
	}
	statement := func(acts ...event.SpeechAct) event.Event {
		s := minimal(event.KindStatement).(*event.Statement)
		s.Acts = acts
		return s
	}
	proposal := func(st event.Stage) event.Event {
		p := minimal(event.KindProposal).(*event.Proposal)
		p.Stage = st
		return p
	}
	response := func(act event.ResponseAct, to event.Kind) event.Event {
		r := minimal(event.KindResponse).(*event.Response)
		r.Act, r.ToKind = act, to
		return r
	}
	other := func(cameo string, c event.Category, mode string) event.Event {
		o := minimal(event.KindOther).(*event.Other)
		o.CAMEO, o.PLOVER, o.Mode = cameo, c, mode
		return o
	}
	killed := count(source.MeasureKilled, 1, source.QualifierExact, "killed")
	none := count(source.MeasureKilled, 0, source.QualifierExact, "no one was killed")
	injured := count(source.MeasureInjured, 3, source.QualifierExact, "three injured")
	rangeKilled := source.Count{Min: 2, Max: 5, Qualifier: source.QualifierRange, Measure: source.MeasureKilled}

	for _, c := range []struct {
		name string
		e    event.Event
		want event.Codes
	}{
		// Attack
		{"drone strike", methods(event.MethodDroneStrike), codes("1952", event.CategoryAssault, "drone")},
		{"missile strike", methods(event.MethodMissileStrike), codes("195", event.CategoryAssault, "heavy-weapons")},
		{"air strike", methods(event.MethodAirStrike), codes("195", event.CategoryAssault, "heavy-weapons")},
		{"missile and drone strikes", methods(event.MethodMissileStrike, event.MethodDroneStrike), codes("195", event.CategoryAssault, "heavy-weapons")},
		{"drone and missile strikes", methods(event.MethodDroneStrike, event.MethodMissileStrike), codes("195", event.CategoryAssault, "heavy-weapons")},
		{"drone strikes twice", methods(event.MethodDroneStrike, event.MethodDroneStrike), codes("1952", event.CategoryAssault, "drone")},
		{"shelling", methods(event.MethodShelling), codes("194", event.CategoryAssault, "heavy-weapons")},
		{"ground assault and shelling", methods(event.MethodGroundAssault, event.MethodShelling), codes("190", event.CategoryAssault, "")},
		{"shelling and drone strike", methods(event.MethodShelling, event.MethodDroneStrike), codes("190", event.CategoryAssault, "")},
		{"shooting", methods(event.MethodShooting), codes("193", event.CategoryAssault, "firearms")},
		{"ground assault", methods(event.MethodGroundAssault), codes("190", event.CategoryAssault, "")},
		{"car bombing", methods(event.MethodCarBombing), codes("1832", event.CategoryAssault, "explosives")},
		{"suicide bombing", methods(event.MethodSuicideBombing), codes("1831", event.CategoryAssault, "suicide-attack")},
		{"roadside bombing", methods(event.MethodRoadsideBombing), codes("1833", event.CategoryAssault, "explosives")},
		{"bombing", methods(event.MethodBombing), codes("183", event.CategoryAssault, "suicide-attack")},
		{"car and roadside bombing", methods(event.MethodCarBombing, event.MethodRoadsideBombing), codes("183", event.CategoryAssault, "suicide-attack")},
		{"physical assault", methods(event.MethodPhysicalAssault), codes("182", event.CategoryAssault, "beat")},
		{"abduction", methods(event.MethodAbduction), codes("181", event.CategoryAssault, "abduct")},
		{"abduction and beating", methods(event.MethodAbduction, event.MethodPhysicalAssault), codes("180", event.CategoryAssault, "")},
		{"car bombing and shooting", methods(event.MethodCarBombing, event.MethodShooting), codes("190", event.CategoryAssault, "")},
		{"no method", methods(), codes("190", event.CategoryAssault, "")},
		{"targeted, killed > 0", attack(func(a *event.Attack) {
			a.Targeted = true
			a.Methods = []event.Method{event.MethodCarBombing}
			a.Casualties = []source.Count{injured, killed}
		}), codes("186", event.CategoryAssault, "assassinate")},
		{"targeted, killed as a range", attack(func(a *event.Attack) {
			a.Targeted = true
			a.Casualties = []source.Count{rangeKilled}
		}), codes("186", event.CategoryAssault, "assassinate")},
		{"targeted, no one killed", attack(func(a *event.Attack) {
			a.Targeted = true
			a.Methods = []event.Method{event.MethodShooting}
			a.Casualties = []source.Count{none, injured}
		}), codes("185", event.CategoryAssault, "assassinate")},
		{"targeted, no casualties", attack(func(a *event.Attack) { a.Targeted = true }), codes("185", event.CategoryAssault, "assassinate")},
		{"killed but not targeted", attack(func(a *event.Attack) {
			a.Methods = []event.Method{event.MethodCarBombing}
			a.Casualties = []source.Count{killed}
		}), codes("1832", event.CategoryAssault, "explosives")},

		// Meeting
		{"meeting at a third location", meeting(func(m *event.Meeting) { m.Host = ushakov }), codes("044", event.CategoryConsult, "third-party")},
		{"visit", meeting(func(m *event.Meeting) { m.Host = putin }), codes("042", event.CategoryConsult, "visit")},
		{"remote", meeting(func(m *event.Meeting) { m.Remote = true; m.Host = putin }), codes("041", event.CategoryConsult, "phone")},
		{"mediated", meeting(func(m *event.Meeting) { m.Mediator = us; m.Host = putin }), codes("045", event.CategoryConsult, "")},
		{"planned", meeting(func(m *event.Meeting) { m.Status = event.StatusPlanned; m.Remote = true }), codes("036", event.CategoryAgree, "")},
		{"postponed", meeting(func(m *event.Meeting) { m.Status = event.StatusPostponed }), codes("036", event.CategoryAgree, "")},
		{"cancelled", meeting(func(m *event.Meeting) { m.Status = event.StatusCancelled }), codes("036", event.CategoryAgree, "")},
		{"proposed", meeting(func(m *event.Meeting) { m.Status = event.StatusProposed }), codes("036", event.CategoryAgree, "")},
		{"ongoing talks", meeting(func(m *event.Meeting) { m.Status = event.StatusOngoing }), codes("040", event.CategoryConsult, "")},
		{"plain", meeting(func(*event.Meeting) {}), codes("040", event.CategoryConsult, "")},
		{"three attendees", meeting(func(m *event.Meeting) { m.Attendees = []actor.ID{us, ukraine, allies} }), codes("040", event.CategoryConsult, "")},
		{"multilateral", meeting(func(m *event.Meeting) { m.Attendees = []actor.ID{us, ukraine, allies}; m.Multilateral = true }), codes("040", event.CategoryConsult, "multilateral")},
		{"three attendees and a host", meeting(func(m *event.Meeting) {
			m.Attendees = []actor.ID{us, ukraine, allies}
			m.Host = us
		}), codes("042", event.CategoryConsult, "visit")},

		// Statement: the main (first) act decides.
		{"criticise", statement(event.SpeechCriticise, event.SpeechDemand), codes("111", event.CategoryAccuse, "disapprove")},
		{"accuse", statement(event.SpeechAccuse), codes("112", event.CategoryAccuse, "disapprove")},
		{"demand", statement(event.SpeechDemand, event.SpeechCriticise), codes("100", event.CategoryRequest, "")},
		{"threaten", statement(event.SpeechThreaten), codes("130", event.CategoryThreaten, "")},
		{"praise", statement(event.SpeechPraise), codes("051", event.CategorySupport, "")},
		{"promise", statement(event.SpeechPromise), codes("030", event.CategoryAgree, "")},
		{"appeal", statement(event.SpeechAppeal), codes("020", "", "")},
		{"optimistic", statement(event.SpeechOptimistic), codes("013", "", "")},
		{"pessimistic", statement(event.SpeechPessimistic), codes("012", "", "")},
		{"deny", statement(event.SpeechDeny), codes("016", "", "")},
		{"concede", statement(event.SpeechConcede), codes("015", "", "")},
		{"decline comment", statement(event.SpeechDeclineComment), codes("011", "", "")},
		{"claim", statement(event.SpeechClaim), codes("010", "", "")},
		{"announce", statement(event.SpeechAnnounce), codes("010", "", "")},
		{"assess", statement(event.SpeechAssess), codes("010", "", "")},

		// Proposal
		{"proposed plan", proposal(event.StageProposed), codes("037", event.CategoryAgree, "")},
		{"agreed plan", proposal(event.StageAgreed), codes("037", event.CategoryAgree, "")},
		{"signed agreement", proposal(event.StageSigned), codes("057", event.CategorySupport, "")},
		{"agreement in force", proposal(event.StageInForce), codes("057", event.CategorySupport, "")},

		// Response
		{"reject a proposal", response(event.ResponseReject, event.KindProposal), codes("127", event.CategoryReject, "meet")},
		{"reject a meeting", response(event.ResponseReject, event.KindMeeting), codes("125", event.CategoryReject, "meet")},
		{"reject, kind unknown", response(event.ResponseReject, ""), codes("120", event.CategoryReject, "")},
		{"reject a statement", response(event.ResponseReject, event.KindStatement), codes("120", event.CategoryReject, "")},
		{"skip a meeting", response(event.ResponseSkip, event.KindMeeting), codes("125", event.CategoryReject, "meet")},
		{"postpone a meeting", response(event.ResponsePostpone, event.KindMeeting), codes("125", event.CategoryReject, "meet")},
		{"cancel a meeting", response(event.ResponseCancel, event.KindMeeting), codes("125", event.CategoryReject, "meet")},
		{"cancel something else", response(event.ResponseCancel, ""), codes("120", event.CategoryReject, "")},
		{"withdraw from a meeting", response(event.ResponseWithdraw, event.KindMeeting), codes("164", event.CategorySanction, "withdraw")},
		{"withdraw from a plan", response(event.ResponseWithdraw, event.KindProposal), codes("160", event.CategorySanction, "")},
		{"sign", response(event.ResponseSign, event.KindProposal), codes("057", event.CategorySupport, "")},
		{"approve", response(event.ResponseApprove, event.KindProposal), codes("051", event.CategorySupport, "")},
		{"accept", response(event.ResponseAccept, event.KindProposal), codes("019", "", "")},

		// Kinds without an interaction code.
		{"conflict", minimal(event.KindConflict), codes("190", event.CategoryAssault, "")},
		{"disaster", minimal(event.KindDisaster), event.Codes{}},
		{"election", minimal(event.KindElection), event.Codes{}},
		{"role change", minimal(event.KindRoleChange), event.Codes{}},

		// Other: a CAMEO code alone brings its PLOVER category and mode.
		{"retreat", other("0874", "", ""), codes("0874", event.CategoryRetreat, "disarm")},
		{"ceasefire", other("0871", "", ""), codes("0871", event.CategoryRetreat, "ceasefire")},
		{"ease curfew", other("0813", "", ""), codes("0813", event.CategoryRetreat, "")},
		{"ease sanctions", other("0811", "", ""), codes("0811", event.CategoryConcede, "")},
		{"ease economic sanctions", other("085", "", ""), codes("085", event.CategoryRetreat, "")},
		{"arrest", other("173", "", ""), codes("173", event.CategoryCoerce, "arrest")},
		{"impose sanctions", other("163", "", ""), codes("163", event.CategoryCoerce, "restrict")},
		{"occupy territory", other("192", "", ""), codes("192", event.CategoryCoerce, "seize")},
		{"blockade", other("191", "", ""), codes("191", event.CategoryCoerce, "restrict")},
		{"destroy property", other("1712", "", ""), codes("1712", event.CategoryAssault, "seize")},
		{"violent repression", other("175", "", ""), codes("175", event.CategoryAssault, "")},
		{"investigate", other("093", "", ""), codes("093", event.CategoryAccuse, "investigate")},
		{"demonstrate", other("141", "", ""), codes("141", event.CategoryProtest, "demo")},
		{"mobilize cyber-forces", other("155", "", ""), codes("155", event.CategoryMobilize, "")},
		{"cyber attack", other("176", "", ""), codes("176", event.CategoryCoerce, "")},
		{"location bombing", other("1834", "", ""), codes("1834", event.CategoryAssault, "")},
		{"precision-guided munitions", other("1951", "", ""), codes("1951", event.CategoryAssault, "aerial")},
		{"mass killing", other("202", "", ""), codes("202", event.CategoryAssault, "massacre")},
		{"symbolic act", other("017", "", ""), codes("017", "", "")},
		{"appeal for aid", other("0233", "", ""), codes("0233", "", "")},
		{"explicit PLOVER kept", other("173", event.CategoryCoerce, "ban"), codes("173", event.CategoryCoerce, "ban")},
		{"explicit PLOVER over a dropped code", other("015", event.CategoryAgree, ""), codes("015", event.CategoryAgree, "")},
		{"PLOVER without CAMEO", other("", event.CategoryProtest, "riot"), codes("", event.CategoryProtest, "riot")},
		{"no codes", other("", "", ""), event.Codes{}},
	} {
		t.Run(string(c.e.Kind())+"/"+c.name, func(t *testing.T) {
			requireNilError(t, c.e.Validate())
			got := c.e.Codes()
			assert.Equal(t, c.want, got)
			if got.CAMEO != "" {
				label, ok := event.CAMEOLabel(got.CAMEO)
				assert.True(t, ok, "%q has no CAMEO label", got.CAMEO)
				assert.NotEmpty(t, label)
			}
			if got.PLOVER != "" {
				assert.True(t, got.PLOVER.IsValid(), "%q", got.PLOVER)
			}
			if got.Mode != "" {
				assert.NotEmpty(t, got.PLOVER, "a mode needs a category")
			}
		})
	}
}

// TestCodesInvalidOther checks that codes of an invalid Other never panic:
// strings too short to hold a cue category, or no CAMEO code at all.
func TestCodesInvalidOther(t *testing.T) {
	for _, s := range []string{"1", "08", "19", "999", "0x", "1213", "ünï"} {
		o := &event.Other{CAMEO: s}
		var got event.Codes
		require.NotPanics(t, func() { got = o.Codes() }, "CAMEO %q", s)
		assert.Equal(t, event.Codes{CAMEO: s}, got, "CAMEO %q", s)
	}
}

// TestCodesInvalidValues checks that values outside their sets give no
// code rather than a panic or a wrong code.
func TestCodesInvalidValues(t *testing.T) {
	assert.Equal(t, event.Codes{}, (&event.Statement{}).Codes(), "no act")
	assert.Equal(t, event.Codes{}, (&event.Statement{Acts: []event.SpeechAct{"mumble"}}).Codes())
	assert.Equal(t, event.Codes{}, (&event.Response{}).Codes(), "no act")
	assert.Equal(t, event.Codes{}, (&event.Response{Act: "ignore"}).Codes())
	assert.Equal(t, event.Codes{}, (&event.Proposal{}).Codes(), "no stage")
	assert.Equal(t, event.Codes{}, (&event.Proposal{Stage: "drafted"}).Codes())
	a := &event.Attack{Methods: []event.Method{"laser"}}
	assert.Equal(t, codes("190", event.CategoryAssault, ""), a.Codes())
	a = &event.Attack{Methods: []event.Method{event.MethodDroneStrike, "laser"}}
	assert.Equal(t, codes("190", event.CategoryAssault, ""), a.Codes())
}

// TestCAMEOLabel checks labels against CAMEO 1.1b3 (chapter 6 of the
// manual) for every code this package derives, and that other strings
// have none.
func TestCAMEOLabel(t *testing.T) {
	for code, want := range map[string]string{
		"010":  "Make statement, not specified below",
		"011":  "Decline comment",
		"012":  "Make pessimistic comment",
		"013":  "Make optimistic comment",
		"015":  "Acknowledge or claim responsibility",
		"016":  "Deny responsibility",
		"019":  "Express accord",
		"020":  "Make an appeal or request, not specified below",
		"030":  "Express intent to cooperate, not specified below",
		"036":  "Express intent to meet or negotiate",
		"037":  "Express intent to settle dispute",
		"040":  "Consult, not specified below",
		"041":  "Discuss by telephone",
		"042":  "Make a visit",
		"044":  "Meet at a 'third' location",
		"045":  "Mediate",
		"051":  "Praise or endorse",
		"057":  "Sign formal agreement",
		"0874": "Retreat or surrender militarily",
		"100":  "Demand, not specified below",
		"111":  "Criticize or denounce",
		"112":  "Accuse, not specified below",
		"120":  "Reject, not specified below",
		"125":  "Reject proposal to meet, discuss, or negotiate",
		"127":  "Reject plan, agreement to settle dispute",
		"130":  "Threaten, not specified below",
		"160":  "Reduce relations, not specified below",
		"164":  "Halt negotiations",
		"173":  "Arrest, detain, or charge with legal action",
		"180":  "Use unconventional violence, not specified below",
		"181":  "Abduct, hijack, or take hostage",
		"182":  "Physically assault, not specified below",
		"183":  "Conduct suicide, car, or other non-military bombing, not specified below",
		"1831": "Carry out suicide bombing",
		"1832": "Carry out vehicular bombing",
		"1833": "Carry out roadside bombing",
		"185":  "Attempt to assassinate",
		"186":  "Assassinate",
		"190":  "Use conventional military force, not specified below",
		"193":  "Fight with small arms and light weapons",
		"194":  "Fight with artillery and tanks",
		"195":  "Employ aerial weapons, not specified below",
		"1951": "Employ precision-guided aerial munitions",
		"1952": "Employ remotely piloted aerial munitions",
		"2042": "Detonate nuclear weapons",
	} {
		got, ok := event.CAMEOLabel(code)
		assert.True(t, ok, code)
		assert.Equal(t, want, got, code)
	}
	for _, code := range []string{"", "1", "19", "01", "1213", "1214", "197", "205", "0000", "1952 "} {
		_, ok := event.CAMEOLabel(code)
		assert.False(t, ok, "%q", code)
	}
}

func TestCategories(t *testing.T) {
	want := []event.Category{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	assert.ElementsMatch(t, want, event.Categories())
	for _, c := range want {
		got, err := event.ParseCategory(string(c))
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
	for _, s := range []string{"", "DEMAND", "FIGHT", "assault", "COOPERATION"} {
		_, err := event.ParseCategory(s)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"`+s+`"`)
		assertUnknown(t, err, "PLOVER category", s)
	}
}
