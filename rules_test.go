//go:build !valgen

package newsevent_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/mutate"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
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

// FuzzRulesHold breaks a record of the article or of a generated story as
// ops say (pairs of a site and a mutation; the mutations include setting
// a string to s and a number to x) and compares the quick check with the
// plans.
func FuzzRulesHold(f *testing.F) {
	f.Add(uint16(0), []byte{0, 0}, "", 0.0)
	f.Add(uint16(3), []byte{1, 2, 5, 7, 9, 1}, " padded ", math.NaN())
	f.Add(uint16(40), []byte{4, 3, 8, 0, 12, 5, 20, 2}, "a\x00b", math.Inf(-1))
	f.Add(uint16(77), []byte{2, 1, 3, 1, 4, 1}, "Q0", -1.0)
	f.Add(uint16(260), []byte{0, 4, 1, 4, 2, 4}, "two words", math.Copysign(0, -1))
	article, err := examples.Article()
	require.NoError(f, err)
	recs := append(mutate.Records(article), mutate.Records(synth.New(synth.Options{Events: 30, Seed: 7, Identities: true}))...)
	f.Fuzz(func(t *testing.T, rec uint16, ops []byte, s string, x float64) {
		r := recs[int(rec)%len(recs)]
		v := mutate.Ops(r, ops, s, x)
		agree(t, r.Name, v)
	})
}
