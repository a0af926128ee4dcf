//go:build !valgen

package newsevent_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/internal/mutate"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// The differential tests of the generated quick checks (rules_gen.go):
// on every record, whole or broken, the quick check must pass exactly the
// records in which the compiled plans (validate.Fast, themselves held to
// validator/v10 by internal/validate's differential tests) find no
// problem. Passing a broken record would lose its problems; refusing a
// valid one would only cost time, but is a fault of the generator too.

// agree fails t unless the quick check and the plans agree on v, and
// reports whether v is valid.
func agree(t testing.TB, what string, v any) bool {
	t.Helper()
	err := validate.Fast("", v)
	quick := newsevent.RulesHold(v)
	if quick != (err == nil) {
		t.Fatalf("%s: the quick check says %v, the plans say %v", what, quick, err)
	}
	return quick
}

func TestRulesHoldOnValidRecords(t *testing.T) {
	stories := []*newsevent.Story{synth.New(synth.Options{Events: 300, Seed: 3, Identities: true})}
	article, err := examples.Article()
	require.NoError(t, err)
	stories = append(stories, article)
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err, sample.Name)
		stories = append(stories, s)
	}
	n := 0
	for _, s := range stories {
		for _, r := range mutate.Records(s) {
			assert.True(t, agree(t, r.Name, r.Fresh()), "%s: a valid record", r.Name)
			n++
		}
	}
	t.Logf("%d records", n)
}

func TestRulesHoldRefusesWhatThePlansRefuse(t *testing.T) {
	recs := mutate.Records(synth.New(synth.Options{Events: 30, Seed: 7, Identities: true}))
	step := 1
	if testing.Short() {
		step = 5
	}
	var runs, bad int
	for ri := 0; ri < len(recs); ri += step {
		mutate.Each(recs[ri], func(v any, what string) {
			if !agree(t, what, v) {
				bad++
			}
			runs++
		})
	}
	t.Logf("%d mutated records, %d of them invalid", runs, bad)
	assert.Greater(t, bad, runs/4, "the mutations break records")
}

// TestRulesHoldNil: a nil record, or a value of a type the Checker does
// not take, is left to the plans.
func TestRulesHoldNil(t *testing.T) {
	for _, v := range []any{nil, (*newsevent.Identity)(nil), newsevent.Identity{}, 3} {
		assert.False(t, newsevent.RulesHold(v), "%T", v)
	}
}

// FuzzRulesHold breaks a record of the sample or generated stories as ops
// say (pairs of a site and a mutation; the mutations include setting a
// string to s and a number to x) and compares the quick check with the
// plans, as the packages with builders fuzz theirs (mutate.FuzzAgree).
func FuzzRulesHold(f *testing.F) {
	kinds, err := gensrc.EventKinds("FuzzRulesHold")
	require.NoError(f, err)
	types := append([]reflect.Type{
		reflect.TypeFor[actor.Actor](),
		reflect.TypeFor[territory.Territory](),
		reflect.TypeFor[source.Source](),
		reflect.TypeFor[territory.Status](),
		reflect.TypeFor[newsevent.Identity](),
	}, kinds...)
	mutate.FuzzAgree(f, newsevent.RulesHold, types...)
}
