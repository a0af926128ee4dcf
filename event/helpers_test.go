package event_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Fixture IDs, derived from the census slugs of the worked example so that
// they never change between runs.
var (
	trump     = actor.IDFor("A1")
	witkoff   = actor.IDFor("A2")
	putin     = actor.IDFor("A3")
	zelenskyy = actor.IDFor("A4")
	ushakov   = actor.IDFor("A8")
	us        = actor.IDFor("A10")
	russia    = actor.IDFor("A11")
	ukraine   = actor.IDFor("A12")
	allies    = actor.IDFor("A13")
	nato      = actor.IDFor("A14")
	moskalik  = actor.IDFor("A7")

	moscow     = territory.IDFor("T6")
	kyiv       = territory.IDFor("T7")
	crimea     = territory.IDFor("T10")
	zaporizhia = territory.IDFor("T13")
	balashikha = territory.IDFor("T17")
	regions    = territory.IDFor("T19")

	crimeaDeJure = territory.StatusIDFor("TS3")

	article  = source.IDFor("S0")
	reuters  = source.IDFor("S1")
	nyt      = source.IDFor("S2")
	time7    = source.IDFor("S7")
	truthPos = source.IDFor("S8")

	planID   = event.IDFor("E2")
	warID    = event.IDFor("E9")
	strikeID = event.IDFor("E10")
)

// reported is the simplest valid attribution.
func reported(src source.ID) source.Attribution {
	return source.Attribute(src, source.VerbReported)
}

// header is a minimal valid header.
func header(slug, title string) event.Header {
	return event.Header{
		ID:           event.IDFor(slug),
		Title:        title,
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{reported(nyt)},
	}
}

// count is a figure of measure m, exactly as reported by nyt.
func count(m source.Measure, v float64, q source.Qualifier, text string) source.Count {
	return source.Count{Value: v, Qualifier: q, Text: text, Measure: m, Attributions: []source.Attribution{reported(nyt)}}
}

// fullHeader is a header with every field filled in, for lossless round
// trips: a time with a zone, a rescheduled time, attributions with quotes
// and a grade, a follows link with an offset, figures and notes.
func fullHeader(slug, title string) event.Header {
	quote := source.Quote{
		Ref:              "Q4",
		Text:             "Well, I said that figuratively, ... but it was also said that it will be ended.",
		Lang:             language.English,
		Speaker:          trump,
		Addressee:        putin,
		Medium:           time7,
		Elided:           true,
		Truncated:        true,
		Translations:     []source.Rendering{{Text: "Ну, я сказав це образно", Lang: language.Ukrainian}},
		Transliterations: []source.Rendering{{Text: "Nu, ya skazav tse obrazno", Lang: language.MustParse("uk-Latn")}},
	}
	return event.Header{
		ID:    event.IDFor(slug),
		Title: title,
		Time: source.Time{
			Start:     time.Date(2025, time.April, 24, 21, 0, 0, 0, time.UTC),
			End:       time.Date(2025, time.April, 25, 3, 0, 0, 0, time.UTC),
			Precision: source.PrecisionHour,
			Text:      "overnight into Friday",
			Zone:      "Kyiv time",
		},
		Rescheduled: source.Day(2025, time.April, 30, "next Wednesday"),
		Places:      []territory.ID{kyiv, moscow},
		Status:      event.StatusPostponed,
		Attributions: []source.Attribution{{
			Source: reuters,
			Verb:   source.VerbReported,
			Text:   "as per a Reuters report",
			Quotes: []source.Quote{quote},
			Grade:  source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2},
		}},
		Links: []event.Link{
			{
				Ref:    "R1",
				Type:   event.LinkFollows,
				To:     strikeID,
				Offset: event.Offset{Min: event.Duration(time.Hour), Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"},
				Text:   "set the tone",
			},
			{Type: event.LinkPartOf, To: warID, Attributions: []source.Attribution{reported(article)}},
		},
		Figures: []source.Count{{
			Ref:          "F11",
			Value:        5,
			Qualifier:    source.QualifierExact,
			Text:         "five",
			Measure:      "regions_targeted",
			Unit:         "region",
			Includes:     []string{"Kyiv region"},
			AsOf:         source.Day(2025, time.April, 25, "on Friday"),
			Revises:      "F0",
			Attributions: []source.Attribution{reported(article)},
		}},
		Notes:       []event.Remark{{Text: "the toughest situation", Attributions: []source.Attribution{reported(article)}}},
		Description: "A header with every field set.",
		Names:       []event.Name{{Text: "the overnight strike", UsedBy: putin, Attributions: []source.Attribution{reported(article)}}},
		OtherTimes: []event.ReportedTime{{
			Time:         source.Day(2025, time.April, 25, "early Friday"),
			Attributions: []source.Attribution{reported(nyt)},
		}},
		Involved: []event.Participant{{Actor: nato, Role: event.RoleGuarantor}},
	}
}

// sample returns an event of kind k with every field filled in; each is
// valid. Codes are listed in wantCodes.
func sample(k event.Kind) event.Event {
	switch k {
	case event.KindMeeting:
		return &event.Meeting{
			Header:       fullHeader("meeting", "Witkoff–Putin meeting"),
			Attendees:    []actor.ID{witkoff, putin, ushakov},
			Host:         putin,
			Mediator:     us,
			Remote:       true,
			Multilateral: true,
			Agenda:       []event.Topic{{Text: "a US plan to end the Ukraine war", Event: planID}},
			Duration:     source.Count{Value: 3, Qualifier: source.QualifierExact, Text: "three-hour-long", Measure: source.MeasureDuration, Unit: source.UnitHour},
			Outcome:      []event.Remark{{Text: "constructive and useful", Attributions: []source.Attribution{reported(article)}}},
		}
	case event.KindAttack:
		return &event.Attack{
			Header:   fullHeader("attack", "Strikes on Kyiv"),
			Attacker: russia,
			Targets:  []event.Target{{Territory: kyiv, Actor: moskalik, Text: "hit the hardest"}},
			Methods:  []event.Method{event.MethodMissileStrike, event.MethodDroneStrike},
			Targeted: true,
			Weapons: []event.Weapon{{
				Kinds: []event.WeaponKind{event.WeaponMissile, event.WeaponBallisticMissile},
				Name:  "Iskander",
				Count: count("missiles", 70, source.QualifierNearly, "nearly 70"),
				Text:  "missiles including ballistic ones",
			}},
			Casualties: []source.Count{
				count(source.MeasureKilled, 12, source.QualifierAsManyAs, "as many as 12"),
				{Min: 20, Max: 30, Qualifier: source.QualifierRange, Text: "20 to 30", Measure: source.MeasureInjured},
			},
			Occurrences: []source.Count{count(source.MeasureAttacks, 4500, source.QualifierMoreThan, "over 4,500")},
			Responsibility: []event.Claim{{
				Actor:        ukraine,
				By:           russia,
				Verb:         source.VerbBlamed,
				Text:         "Kyiv was blamed",
				Attributions: []source.Attribution{reported(article)},
			}},
		}
	case event.KindStatement:
		return &event.Statement{
			Header:     fullHeader("statement", "Trump's rebuke"),
			Speaker:    trump,
			Addressees: []actor.ID{putin},
			Subjects:   []actor.ID{russia},
			Acts:       []event.SpeechAct{event.SpeechCriticise, event.SpeechDemand},
			Content:    "Trump told Putin to stop the strikes",
			Quotes:     []source.Quote{{Text: "Vladimir, Stop!", Lang: language.English, Speaker: trump}},
			Medium:     truthPos,
			About:      []event.ID{strikeID},
		}
	case event.KindProposal:
		return &event.Proposal{
			Header:     fullHeader("proposal", "US framework"),
			Name:       "the Paris talks framework plan",
			Proposers:  []actor.ID{us},
			Parties:    []actor.ID{russia, ukraine},
			Addressees: []actor.ID{ukraine, russia},
			Stage:      event.StageProposed,
			Clauses: []event.Clause{
				{
					Ref:          "C1",
					Kind:         event.ClauseCeasefire,
					Text:         "a permanent ceasefire",
					Qualifiers:   []string{"permanent", "with monitoring"},
					Parties:      []actor.ID{russia, ukraine},
					Beneficiary:  ukraine,
					Places:       []territory.ID{zaporizhia},
					Attributions: []source.Attribution{reported(reuters)},
				},
				{Ref: "C2", Kind: event.ClauseMembershipBar, Text: "Ukraine barred from joining NATO", Member: ukraine, Alliance: nato},
				{Ref: "C5", Kind: event.ClauseRecognition, Text: "US de jure recognition of Crimea", Statuses: []territory.StatusID{crimeaDeJure}},
			},
			Phases:     []event.Phase{{Ref: "phase-1", Name: "the first phase", Clauses: []string{"C1"}, Duration: source.Count{Value: 42, Qualifier: source.QualifierExact, Measure: source.MeasureDuration, Unit: source.UnitDay}}},
			Conditions: []event.Condition{{Subject: "C5", On: "phase-1", Text: "once the ceasefire holds"}},
		}
	case event.KindResponse:
		return &event.Response{
			Header:     fullHeader("response", "Zelenskyy refuses the plan"),
			Responder:  zelenskyy,
			To:         planID,
			ToKind:     event.KindProposal,
			Act:        event.ResponseReject,
			Qualifiers: []string{"so far"},
		}
	case event.KindConflict:
		h := fullHeader("conflict", "The war")
		h.Names = []event.Name{{
			Text:         "special military operation",
			UsedBy:       russia,
			Attributions: []source.Attribution{reported(article)},
		}}
		return &event.Conflict{Header: h, Parties: []actor.ID{russia, ukraine}}
	case event.KindDisaster:
		return &event.Disaster{
			Header:   fullHeader("disaster", "Dam collapse"),
			Hazard:   event.HazardDamFailure,
			Affected: []territory.ID{kyiv, regions},
			Toll:     []source.Count{count(source.MeasureDisplaced, 1000, source.QualifierAbout, "about 1,000")},
			Responsibility: []event.Claim{{
				Actor: russia,
				By:    ukraine,
				Verb:  source.VerbBlamed,
				Text:  "Kyiv blamed Moscow",
			}},
		}
	case event.KindElection:
		return &event.Election{
			Header: fullHeader("election", "Presidential election"),
			Office: "President of the United States",
			Of:     us,
			Round:  1,
			Seats:  1,
			Candidates: []event.Candidate{
				{Actor: trump, Party: actor.IDFor("party"), RunningMate: actor.IDFor("vance"), Results: []source.Count{count(source.MeasureVotes, 77, source.QualifierAbout, "about 77 million")}, Outcome: event.OutcomeWon},
				{Actor: witkoff, Outcome: event.OutcomeLost},
			},
			Winner: trump,
		}
	case event.KindRoleChange:
		return &event.RoleChange{
			Header: fullHeader("role-change", "Rubio appointed"),
			Person: actor.IDFor("A5"),
			Change: event.ChangeAppointed,
			Role: actor.Role{
				Title: "Secretary of State",
				Of:    us,
				From:  time.Date(2025, time.January, 21, 0, 0, 0, 0, time.UTC),
				Until: time.Date(2029, time.January, 20, 0, 0, 0, 0, time.UTC),
				Text:  "sworn in as Secretary of State",
			},
			By:        trump,
			Announced: source.Day(2024, time.November, 13, "in November"),
			Effective: source.Day(2025, time.January, 21, "on January 21"),
		}
	case event.KindOther:
		return &event.Other{
			Header: fullHeader("other", "Curfew imposed"),
			Action: "imposed a curfew",
			CAMEO:  "1723",
			PLOVER: event.CategoryCoerce,
			Mode:   "curfew",
			Roles:  []event.Participant{{Actor: russia, Role: "imposer"}},
			Targets: []territory.ID{
				crimea,
			},
		}
	}
	panic("no sample event of kind " + string(k) + ": add one to sample in helpers_test.go")
}

// wantCodes are the codes of each sample.
var wantCodes = map[event.Kind]event.Codes{
	event.KindMeeting:    {CAMEO: "036", PLOVER: event.CategoryAgree}, // postponed: intent to meet
	event.KindAttack:     {CAMEO: "186", PLOVER: event.CategoryAssault, Mode: "assassinate"},
	event.KindStatement:  {CAMEO: "111", PLOVER: event.CategoryAccuse, Mode: "disapprove"},
	event.KindProposal:   {CAMEO: "037", PLOVER: event.CategoryAgree},
	event.KindResponse:   {CAMEO: "127", PLOVER: event.CategoryReject, Mode: "meet"},
	event.KindConflict:   {CAMEO: "190", PLOVER: event.CategoryAssault},
	event.KindDisaster:   {},
	event.KindElection:   {},
	event.KindRoleChange: {},
	event.KindOther:      {CAMEO: "1723", PLOVER: event.CategoryCoerce, Mode: "curfew"},
}

// problem is the part of a Problem that tests assert on: where and which
// rule, never the sentence.
type problem struct {
	Path string
	Rule vocab.Rule
}

// problemsOf returns the path and rule of every problem in err, and checks
// that no raw validator message leaked into the sentences.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	var ve *event.ValidationError
	require.ErrorAs(t, err, &ve)
	for _, p := range ve.Problems {
		assert.NotContains(t, p.Message, "Key: ", "validator's raw message leaked")
	}
	var out []problem
	for _, p := range testutil.ProblemsOf(t, err) {
		out = append(out, problem(p))
	}
	return out
}

// assertUnknown checks that err is, or wraps, a *vocab.UnknownError of
// this package for value in the set named set, and that errors.Is finds
// vocab.ErrUnknown in it.
func assertUnknown(t *testing.T, err error, set, value string) {
	t.Helper()
	var unknown *vocab.UnknownError
	require.ErrorAs(t, err, &unknown, "%v", err)
	assert.ErrorIs(t, err, vocab.ErrUnknown)
	assert.Equal(t, "event", unknown.Scope)
	assert.Equal(t, set, unknown.Set)
	assert.Equal(t, value, unknown.Value)
}

// requireNilError checks that err is a nil interface, not a typed nil.
func requireNilError(t *testing.T, err error) {
	t.Helper()
	require.True(t, err == nil, "want a nil error, got %#v", err)
}

// scribble changes, in place, every value reachable from v through
// exported fields, pointers, interfaces, slices and arrays: strings get a
// suffix, numbers grow by one, booleans flip. Values of other packages'
// types with unexported fields only (time.Time, language.Tag) are left
// as they are. It shows whether two values share memory: scribbling on
// one must leave the other as it was.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribble(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + " (scribbled)")
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 1)
		}
	}
}

// scribbleOn scribbles on everything the event e holds; see scribble.
func scribbleOn(e any) { scribble(reflect.ValueOf(e)) }

// assertFilled checks that every exported field of the struct behind e,
// and of its embedded Header, is set: a sample that leaves a field empty
// would let a lossy round trip of that field pass unseen.
func assertFilled(t *testing.T, e any) {
	t.Helper()
	v := reflect.ValueOf(e)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	for i := range v.NumField() {
		f, fv := v.Type().Field(i), v.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			assertFilled(t, fv.Interface())
			continue
		}
		assert.False(t, fv.IsZero(), "%s.%s is not filled in", v.Type().Name(), f.Name)
	}
}
