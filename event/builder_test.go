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

// built builds the sample of kind k with its builder, calling every
// builder method of the kind, so that the result can be compared with the
// struct literal.
func built(t *testing.T, k event.Kind) (event.Event, error) {
	t.Helper()
	switch s := sample(k).(type) {
	case *event.Meeting:
		b := event.NewMeeting(s.Header, s.Attendees...).Host(s.Host).Mediator(s.Mediator).Remote().Multilateral().Duration(s.Duration)
		for _, topic := range s.Agenda {
			b.Agenda(topic.Text, topic.Event)
		}
		for _, o := range s.Outcome {
			b.Outcome(o.Text, o.Attributions...)
		}
		return b.Build()
	case *event.Attack:
		return event.NewAttack(s.Header).By(s.Attacker).Target(s.Targets...).With(s.Methods...).Targeted().
			Weapon(s.Weapons...).Casualties(s.Casualties...).Occurrences(s.Occurrences...).Responsibility(s.Responsibility...).Build()
	case *event.Statement:
		return event.NewStatement(s.Header, s.Speaker, s.Acts...).To(s.Addressees...).Subject(s.Subjects...).
			Content(s.Content).Quote(s.Quotes...).Medium(s.Medium).About(s.About...).Build()
	case *event.Proposal:
		b := event.NewProposal(s.Header, s.Stage, s.Proposers...).Name(s.Name).To(s.Addressees...).Clause(s.Clauses...).Phase(s.Phases...)
		for _, c := range s.Conditions {
			b.Condition(c.Subject, c.On, c.Text)
		}
		return b.Build()
	case *event.Response:
		return event.NewResponse(s.Header, s.Responder, s.Act, s.To, s.ToKind).Qualifier(s.Qualifiers...).Build()
	case *event.Conflict:
		b := event.NewConflict(s.Header, s.Parties...)
		for _, n := range s.Names {
			b.Name(n.Text, n.UsedBy, n.Attributions...)
		}
		return b.Build()
	case *event.Disaster:
		return event.NewDisaster(s.Header, s.Hazard).Affected(s.Affected...).Toll(s.Toll...).Responsibility(s.Responsibility...).Build()
	case *event.Election:
		return event.NewElection(s.Header, s.Office).Of(s.Of).Round(s.Round).Candidate(s.Candidates...).Winner(s.Winner).Build()
	case *event.RoleChange:
		return event.NewRoleChange(s.Header, s.Person, s.Change, s.Role).By(s.By).Announced(s.Announced).Effective(s.Effective).Build()
	case *event.Other:
		b := event.NewOther(s.Header, s.Action).CAMEO(s.CAMEO).PLOVER(s.PLOVER, s.Mode).Target(s.Targets...)
		for _, r := range s.Roles {
			b.Role(r.Actor, r.Role)
		}
		return b.Build()
	}
	t.Fatalf("no builder for kind %s", k)
	return nil, nil
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
		{event.KindAttack, func() (bool, error) { return result(event.NewAttack(empty).Target(event.Target{}).Build()) }, []problem{{"targets[0].territory", "required"}}},
		{event.KindStatement, func() (bool, error) { return result(event.NewStatement(empty, actor.ID{}).Build()) },
			[]problem{{"speaker", "id"}, {"acts", "min"}, {"content", "required"}}},
		{event.KindProposal, func() (bool, error) { return result(event.NewProposal(empty, "").Build()) },
			[]problem{{"proposers", "min"}, {"stage", "enum"}}},
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
		{event.KindOther, func() (bool, error) { return result(event.NewOther(empty, "").PLOVER("", "curfew").Build()) },
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

// TestBuilderAgainst checks the shorthand for places attacked.
func TestBuilderAgainst(t *testing.T) {
	a, err := event.NewAttack(header("a", "Strike")).Against(kyiv, moscow).Target(event.Target{Actor: moskalik}).Build()
	requireNilError(t, err)
	assert.Equal(t, []event.Target{{Territory: kyiv}, {Territory: moscow}, {Actor: moskalik}}, a.Targets)
	assert.Equal(t, []territory.ID{kyiv, moscow}, a.Places())
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

	b.Name("special military operation", russia)
	third, err := b.Build()
	requireNilError(t, err)
	assert.Empty(t, first.Names)
	assert.Len(t, third.Names, 1)
}
