package event_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/territory"
)

// builder returns the Build of a builder of the sample of kind k, set up
// with every builder method of the kind, so that its result can be compared
// with the struct literal, and built more than once.
func builder(t *testing.T, k event.Kind) func() (event.Event, error) {
	t.Helper()
	switch s := sample(k).(type) {
	case *event.Meeting:
		b := event.NewMeeting(s.Header, s.Attendees...).Host(s.Host).Mediator(s.Mediator).Remote().Multilateral().
			Agenda(s.Agenda...).Duration(s.Duration).Outcome(s.Outcome...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Attack:
		b := event.NewAttack(s.Header).Attacker(s.Attacker).Targets(s.Targets...).Methods(s.Methods...).Targeted().
			Weapons(s.Weapons...).Casualties(s.Casualties...).Occurrences(s.Occurrences...).Responsibility(s.Responsibility...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Statement:
		b := event.NewStatement(s.Header, s.Speaker, s.Acts...).Addressees(s.Addressees...).Subjects(s.Subjects...).
			Content(s.Content).Quotes(s.Quotes...).Medium(s.Medium).About(s.About...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Proposal:
		b := event.NewProposal(s.Header, s.Stage, s.Proposers...).Name(s.Name).Parties(s.Parties...).Addressees(s.Addressees...).
			Clauses(s.Clauses...).Phases(s.Phases...).Conditions(s.Conditions...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Response:
		b := event.NewResponse(s.Header, s.Responder, s.Act, s.To, s.ToKind).Qualifiers(s.Qualifiers...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Conflict:
		b := event.NewConflict(s.Header, s.Parties...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Disaster:
		b := event.NewDisaster(s.Header, s.Hazard).Affected(s.Affected...).Toll(s.Toll...).Responsibility(s.Responsibility...)
		return func() (event.Event, error) { return b.Build() }
	case *event.Election:
		b := event.NewElection(s.Header, s.Office).Of(s.Of).Round(s.Round).Seats(s.Seats).Candidates(s.Candidates...).Winner(s.Winner)
		return func() (event.Event, error) { return b.Build() }
	case *event.RoleChange:
		b := event.NewRoleChange(s.Header, s.Person, s.Change, s.Role).By(s.By).Announced(s.Announced).Effective(s.Effective)
		return func() (event.Event, error) { return b.Build() }
	case *event.Other:
		b := event.NewOther(s.Header, s.Action).CAMEO(s.CAMEO).PLOVER(s.PLOVER).Mode(s.Mode).Roles(s.Roles...).Targets(s.Targets...)
		return func() (event.Event, error) { return b.Build() }
	}
	t.Fatalf("no builder for kind %s", k)
	return nil
}

// built builds the sample of kind k with its builder, calling every
// builder method of the kind, so that the result can be compared with the
// struct literal.
func built(t *testing.T, k event.Kind) (event.Event, error) {
	t.Helper()
	return builder(t, k)()
}

// TestBuildersEqualLiterals checks that every builder gives the same value
// as the struct literal of its kind.
func TestBuildersEqualLiterals(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e, err := built(t, k)
			requireNilError(t, err)
			assert.Equal(t, sample(k), e)
		})
	}
}

// TestBuildersMissingRequired checks that a builder without its required
// inputs returns nil and a *ValidationError with the same problems as
// Validate, and never panics.
func TestBuildersMissingRequired(t *testing.T) {
	var empty event.Header
	headerProblems := []problem{{"id", "id"}, {"title", "required"}, {"status", "enum"}, {"attributions", "min"}}
	for _, c := range []struct {
		kind  event.Kind
		build func() (bool, error)
		want  []problem
	}{
		{event.KindMeeting, func() (bool, error) { return result(event.NewMeeting(empty).Build()) }, []problem{{"attendees", "min"}}},
		{event.KindAttack, func() (bool, error) { return result(event.NewAttack(empty).Targets(event.Target{}).Build()) }, []problem{{"targets[0].territory", "required"}}},
		{event.KindStatement, func() (bool, error) { return result(event.NewStatement(empty, actor.ID{}).Build()) },
			[]problem{{"speaker", "id"}, {"acts", "min"}, {"content", "required"}}},
		{event.KindProposal, func() (bool, error) { return result(event.NewProposal(empty, "").Build()) },
			[]problem{{"proposers", "required"}, {"stage", "enum"}}},
		{event.KindResponse, func() (bool, error) {
			return result(event.NewResponse(empty, actor.ID{}, "", event.ID{}, "").Build())
		}, []problem{{"responder", "id"}, {"to", "id"}, {"act", "enum"}}},
		{event.KindConflict, func() (bool, error) { return result(event.NewConflict(empty).Build()) }, []problem{{"parties", "min"}}},
		{event.KindDisaster, func() (bool, error) { return result(event.NewDisaster(empty, "").Build()) }, []problem{{"hazard", "enum"}}},
		{event.KindElection, func() (bool, error) { return result(event.NewElection(empty, "").Winner(trump).Build()) },
			[]problem{{"office", "required"}, {"winner", "mismatch"}}},
		{event.KindRoleChange, func() (bool, error) {
			return result(event.NewRoleChange(empty, actor.ID{}, "", actor.Role{}).Build())
		}, []problem{{"person", "id"}, {"change", "enum"}, {"role.title", "required"}}},
		{event.KindOther, func() (bool, error) { return result(event.NewOther(empty, "").PLOVER("").Mode("curfew").Build()) },
			[]problem{{"action", "required"}, {"mode", "requires"}}},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			var (
				isNil bool
				err   error
			)
			require.NotPanics(t, func() { isNil, err = c.build() })
			assert.True(t, isNil, "Build returns a nil event with its error")
			assert.ElementsMatch(t, append(append([]problem(nil), headerProblems...), c.want...), problemsOf(t, err))
		})
	}
}

// result reports whether the pointer a Build returned is nil, beside its
// error.
func result[E event.Event](e E, err error) (bool, error) {
	return reflect.ValueOf(e).IsNil(), err
}

// TestBuilderTargetPlaces checks the shorthand for places attacked.
func TestBuilderTargetPlaces(t *testing.T) {
	a, err := event.NewAttack(header("a", "Strike")).TargetPlaces(kyiv, moscow).Targets(event.Target{Actor: moskalik}).Build()
	requireNilError(t, err)
	assert.Equal(t, []event.Target{{Territory: kyiv}, {Territory: moscow}, {Actor: moskalik}}, a.Targets)
	assert.Equal(t, []territory.ID{kyiv, moscow}, a.AllPlaces())
}

// TestBuildTwice checks that each Build returns a value of its own: the
// second is equal to the first but not the same pointer, and building on
// does not change what was built.
func TestBuildTwice(t *testing.T) {
	b := event.NewConflict(header("c", "War"), russia, ukraine)
	first, err := b.Build()
	requireNilError(t, err)
	second, err := b.Build()
	requireNilError(t, err)
	assert.Equal(t, first, second)
	assert.NotSame(t, first, second)
	second.Title = "changed"
	assert.Equal(t, "War", first.Title)

	b.Names(event.Name{Text: "special military operation", UsedBy: russia})
	third, err := b.Build()
	requireNilError(t, err)
	assert.Empty(t, first.Names)
	assert.Len(t, third.Names, 1)
}

// TestBuildsShareNothing checks, for every kind, that two builds of one
// builder share no slice with each other nor with the builder: changing
// anything inside the first, down to the quotes of an attribution or the
// attributions of a figure, leaves the second and later builds as they
// were.
func TestBuildsShareNothing(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			build := builder(t, k)
			first, err := build()
			requireNilError(t, err)
			second, err := build()
			requireNilError(t, err)
			require.Equal(t, sample(k), first)
			require.Equal(t, sample(k), second)

			// A nested element of the header.
			h := event.HeaderOf(first)
			h.Attributions[0].Quotes[0].Text = "changed"
			h.Attributions[0].Quotes[0].Translations[0].Text = "changed"
			h.Links[1].Attributions[0].Text = "changed"
			h.Figures[0].Includes[0] = "changed"
			h.Notes[0].Attributions[0].Text = "changed"
			h.Places[0] = balashikha
			assert.Equal(t, sample(k), second, "the header of a build shares a slice with another build")

			// Everything else, the kind's own fields included.
			scribbleOn(first)
			assert.NotEqual(t, sample(k), first, "scribble changed nothing")
			assert.Equal(t, sample(k), second, "a build shares a slice with another build")
			third, err := build()
			requireNilError(t, err)
			assert.Equal(t, sample(k), third, "a build shares a slice with the builder")
		})
	}
}

// TestBuildKindFieldsShareNothing changes nested elements of the typed
// fields of a first build, by name, and checks the second build.
func TestBuildKindFieldsShareNothing(t *testing.T) {
	for _, c := range []struct {
		kind   event.Kind
		change func(e event.Event)
	}{
		{event.KindMeeting, func(e event.Event) {
			m := e.(*event.Meeting)
			m.Attendees[0] = trump
			m.Agenda[0].Text = "changed"
			m.Outcome[0].Attributions[0].Text = "changed"
			m.Duration.Attributions = append(m.Duration.Attributions, reported(reuters))
		}},
		{event.KindAttack, func(e event.Event) {
			a := e.(*event.Attack)
			a.Targets[0].Text = "changed"
			a.Methods[0] = event.MethodShelling
			a.Weapons[0].Kinds[0] = event.WeaponDrone
			a.Weapons[0].Count.Attributions[0].Text = "changed"
			a.Casualties[0].Attributions[0].Text = "changed"
			a.Occurrences[0].Attributions[0].Text = "changed"
			a.Responsibility[0].Attributions[0].Text = "changed"
		}},
		{event.KindStatement, func(e event.Event) {
			s := e.(*event.Statement)
			s.Addressees[0] = trump
			s.Subjects[0] = ukraine
			s.Acts[0] = event.SpeechPraise
			s.Quotes[0].Text = "changed"
			s.About[0] = warID
		}},
		{event.KindProposal, func(e event.Event) {
			p := e.(*event.Proposal)
			p.Proposers[0] = russia
			p.Addressees[0] = us
			p.Clauses[0].Qualifiers[0] = "changed"
			p.Clauses[0].Parties[0] = us
			p.Clauses[0].Places[0] = kyiv
			p.Clauses[0].Attributions[0].Text = "changed"
			p.Clauses[2].Statuses[0] = territory.StatusIDFor("changed")
			p.Phases[0].Clauses[0] = "C2"
			p.Phases[0].Duration.Attributions = append(p.Phases[0].Duration.Attributions, reported(reuters))
			p.Conditions[0].Text = "changed"
		}},
		{event.KindResponse, func(e event.Event) { e.(*event.Response).Qualifiers[0] = "changed" }},
		{event.KindConflict, func(e event.Event) {
			c := e.(*event.Conflict)
			c.Parties[0] = us
			c.Names[0].Attributions[0].Text = "changed"
		}},
		{event.KindDisaster, func(e event.Event) {
			d := e.(*event.Disaster)
			d.Affected[0] = moscow
			d.Toll[0].Attributions[0].Text = "changed"
			d.Responsibility[0].Text = "changed"
		}},
		{event.KindElection, func(e event.Event) {
			el := e.(*event.Election)
			el.Candidates[0].Results[0].Attributions[0].Text = "changed"
			el.Candidates[1].Outcome = event.OutcomeWon
		}},
		{event.KindRoleChange, func(e event.Event) {
			r := e.(*event.RoleChange)
			r.Announced.Text = "changed"
			event.HeaderOf(r).Attributions[0].Quotes[0].Transliterations[0].Text = "changed"
		}},
		{event.KindOther, func(e event.Event) {
			o := e.(*event.Other)
			o.Roles[0].Role = "changed"
			o.Targets[0] = kyiv
		}},
	} {
		t.Run(string(c.kind), func(t *testing.T) {
			build := builder(t, c.kind)
			first, err := build()
			requireNilError(t, err)
			second, err := build()
			requireNilError(t, err)
			c.change(first)
			assert.NotEqual(t, sample(c.kind), first)
			assert.Equal(t, sample(c.kind), second)
		})
	}
}

// A builder keeps copies of what its constructor is given: changing the
// caller's header or list afterwards does not reach the event.
func TestBuilderCopiesItsArguments(t *testing.T) {
	h := header("copy", "Copied")
	h.Places = []territory.ID{territory.IDFor("kyiv")}
	attendees := []actor.ID{actor.IDFor("a"), actor.IDFor("b")}
	b := event.NewMeeting(h, attendees...)
	attendees[0] = actor.IDFor("changed")
	h.Attributions[0].Text = "changed"
	h.Places = append(h.Places[:0], territory.IDFor("changed"))
	m, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, actor.IDFor("a"), m.Attendees[0])
	assert.NotEqual(t, "changed", m.Attributions[0].Text)
	assert.NotContains(t, m.Places, territory.IDFor("changed"))
}
