package event_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
)

// enumType is what every enum of the package implements.
type enumType interface {
	~string
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// checkEnum checks the contract of an enum: its values are exactly want,
// in order; each goes through text, JSON and its Parse function unchanged;
// the list is a fresh copy; anything else is refused with a
// *vocab.UnknownError of the set named set that quotes it, and is never
// written.
func checkEnum[T enumType, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, set string, values func() []T, parse func(string) (T, error), want ...string) {
	t.Helper()
	got := values()
	wire := make([]string, len(got))
	for i, v := range got {
		wire[i] = string(v)
	}
	require.Equal(t, want, wire)
	for _, v := range got {
		assert.True(t, v.IsValid(), "%q", v)
		assert.Equal(t, string(v), v.String())
		p, err := parse(string(v))
		require.NoError(t, err)
		assert.Equal(t, v, p)
		text, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
		j, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, strconv.Quote(string(v)), string(j))
	}
	fresh := values()
	fresh[0] = "changed"
	assert.Equal(t, got[0], values()[0], "the list is a fresh copy")

	for _, bad := range []string{"", "bogus", " " + string(got[0]), string(got[0]) + "s", flipCase(string(got[0]))} {
		assert.False(t, T(bad).IsValid(), "%q", bad)
		_, err := parse(bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), strconv.Quote(bad))
		assert.True(t, strings.HasPrefix(err.Error(), "event: "), "%q", err)
		assertUnknown(t, err, set, bad)
		_, err = T(bad).MarshalText()
		assert.Error(t, err)
		v := got[0]
		err = P(&v).UnmarshalText([]byte(bad))
		require.Error(t, err)
		assertUnknown(t, err, set, bad)
		assert.Equal(t, got[0], v, "a failed UnmarshalText leaves the value alone")
	}
}

// flipCase returns s in upper case, or in lower case when it is upper case
// already (PLOVER categories).
func flipCase(s string) string {
	if up := strings.ToUpper(s); up != s {
		return up
	}
	return strings.ToLower(s)
}

func TestEnums(t *testing.T) {
	t.Run("Kind", func(t *testing.T) {
		checkEnum(t, "kind", event.Kinds, event.ParseKind,
			"meeting", "attack", "statement", "proposal", "response", "conflict", "disaster", "election", "role_change", "other")
	})
	t.Run("Status", func(t *testing.T) {
		checkEnum(t, "status", event.Statuses, event.ParseStatus, "occurred", "ongoing", "planned", "postponed", "cancelled", "proposed", "alleged", "suspended")
	})
	t.Run("LinkType", func(t *testing.T) {
		checkEnum(t, "link type", event.LinkTypes, event.ParseLinkType,
			"part_of", "caused_by", "responds_to", "precedes", "follows", "revises", "qualifies", "about", "postpones",
			"conditional_on", "realises", "enables", "contradicts", "background", "during", "same_as", "possibly_same_as")
	})
	t.Run("SpeechAct", func(t *testing.T) {
		checkEnum(t, "speech act", event.SpeechActs, event.ParseSpeechAct,
			"claim", "announce", "assess", "optimistic", "pessimistic", "promise", "appeal", "demand",
			"criticise", "accuse", "deny", "praise", "threaten", "concede", "decline_comment")
	})
	t.Run("Stage", func(t *testing.T) {
		checkEnum(t, "stage", event.Stages, event.ParseStage, "proposed", "agreed", "signed", "in_force", "unknown")
	})
	t.Run("ClauseKind", func(t *testing.T) {
		checkEnum(t, "clause kind", event.ClauseKinds, event.ParseClauseKind,
			"ceasefire", "recognition", "membership_bar", "sanctions", "economic_agreement", "security_guarantee",
			"control_transfer", "exchange", "withdrawal", "humanitarian_access", "reconstruction", "other")
	})
	t.Run("ResponseAct", func(t *testing.T) {
		checkEnum(t, "response act", event.ResponseActs, event.ParseResponseAct, "accept", "reject", "withdraw", "skip", "postpone", "cancel", "sign", "approve")
	})
	t.Run("Method", func(t *testing.T) {
		checkEnum(t, "method", event.Methods, event.ParseMethod,
			"air_strike", "missile_strike", "drone_strike", "shelling", "ground_assault", "bombing", "car_bombing",
			"suicide_bombing", "roadside_bombing", "shooting", "physical_assault", "abduction")
	})
	t.Run("WeaponKind", func(t *testing.T) {
		checkEnum(t, "weapon kind", event.WeaponKinds, event.ParseWeaponKind,
			"missile", "ballistic_missile", "cruise_missile", "drone", "decoy_drone", "rocket", "artillery", "aerial_bomb", "ied", "firearm", "other")
	})
	t.Run("Hazard", func(t *testing.T) {
		checkEnum(t, "hazard", event.Hazards, event.ParseHazard,
			"flood", "earthquake", "storm", "wildfire", "landslide", "drought", "heatwave", "tsunami", "volcanic_eruption",
			"dam_failure", "industrial_accident", "transport_accident", "building_collapse", "explosion", "epidemic", "famine", "other")
	})
	t.Run("Change", func(t *testing.T) {
		checkEnum(t, "change", event.Changes, event.ParseChange, "appointed", "elected", "nominated", "resigned", "dismissed", "suspended", "died",
			"resignation_tendered", "recalled", "reinstated")
	})
	t.Run("Outcome", func(t *testing.T) {
		checkEnum(t, "outcome", event.Outcomes, event.ParseOutcome, "won", "lost", "runoff", "withdrew")
	})
	t.Run("Category", func(t *testing.T) {
		checkEnum(t, "PLOVER category", event.Categories, event.ParseCategory,
			"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
			"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
	})
}

// TestEveryMethodHasACode checks that each method of attack maps to a
// CAMEO code of its own kind, with a label, under ASSAULT.
func TestEveryMethodHasACode(t *testing.T) {
	for _, m := range event.Methods() {
		c := (&event.Attack{Methods: []event.Method{m}}).Codes()
		_, ok := event.CAMEOLabel(c.CAMEO)
		assert.True(t, ok, "%s: %q", m, c.CAMEO)
		assert.Equal(t, event.CategoryAssault, c.PLOVER, m)
		assert.True(t, strings.HasPrefix(c.CAMEO, "18") || strings.HasPrefix(c.CAMEO, "19"), "%s: %q", m, c.CAMEO)
	}
}

// TestEverySpeechActHasACode checks that each speech act gives a CAMEO
// code with a label.
func TestEverySpeechActHasACode(t *testing.T) {
	for _, a := range event.SpeechActs() {
		c := (&event.Statement{Acts: []event.SpeechAct{a}}).Codes()
		_, ok := event.CAMEOLabel(c.CAMEO)
		assert.True(t, ok, "%s: %q", a, c.CAMEO)
	}
}

// TestEveryResponseHasACode checks that each act, to each kind, gives a
// CAMEO code with a label.
func TestEveryResponseHasACode(t *testing.T) {
	for _, a := range event.ResponseActs() {
		for _, k := range append(event.Kinds(), "") {
			c := (&event.Response{Act: a, ToKind: k}).Codes()
			_, ok := event.CAMEOLabel(c.CAMEO)
			assert.True(t, ok, "%s to %q: %q", a, k, c.CAMEO)
		}
	}
}

// TestClauseKindCarriesStatuses checks which kinds of clause carry the
// territorial statuses they would bring about, and that Validate asks for
// statuses on exactly those.
func TestClauseKindCarriesStatuses(t *testing.T) {
	carries := map[event.ClauseKind]bool{event.ClauseRecognition: true, event.ClauseControlTransfer: true}
	for _, k := range event.ClauseKinds() {
		t.Run(string(k), func(t *testing.T) {
			assert.Equal(t, carries[k], k.CarriesStatuses())
			if k == event.ClauseMembershipBar {
				return // it needs a member and an alliance instead
			}
			p := minimal(event.KindProposal).(*event.Proposal)
			p.Clauses[0].Kind = k
			err := p.Validate()
			if carries[k] {
				assert.Equal(t, []problem{{"clauses[0].statuses", "requires"}}, problemsOf(t, err))
				return
			}
			requireNilError(t, err)
		})
	}
	assert.False(t, event.ClauseKind("").CarriesStatuses())
	assert.False(t, event.ClauseKind("Recognition").CarriesStatuses())
}
