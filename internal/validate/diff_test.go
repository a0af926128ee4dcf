package validate_test

// The differential test of the compiled engine: every record of generated
// stories and of the sample stories, whole and broken field by field,
// must give the same problems (path, rule, message, in order) through
// List.StructFast as through List.Struct (go-playground/validator/v10).

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/mutate"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// record is one record of a story, as the bulk path validates it.
type record = mutate.Record

// records lists every record of s, with the scopes of their Validate
// methods.
func records(s *newsevent.Story) []record { return mutate.Records(s) }

// engines returns what each engine finds in v, as the error of Fast and
// of List.Struct and List.Err under scope.
func engines(scope string, v any) (slow, fast error) {
	var l validate.List
	l.Struct("", v)
	return l.Err(scope), validate.Fast(scope, v)
}

// same fails t unless both engines find the same problems in v, in the
// same order, and Explain, which skips the compiled engine's deciding
// walk, finds them too; it returns the problems.
func same(t testing.TB, what, scope string, v any) []vocab.Problem {
	t.Helper()
	slow, fast := engines(scope, v)
	if explained := validate.Explain(scope, v); !reflect.DeepEqual(explained, fast) {
		t.Fatalf("%s: Explain disagrees with Fast\nExplain: %s\nFast:    %s", what, dump(explained), dump(fast))
	}
	if reflect.DeepEqual(slow, fast) {
		if slow == nil {
			return nil
		}
		return slow.(*vocab.ValidationError).Problems
	}
	t.Fatalf("%s: the engines disagree\nvalidator/v10: %s\ncompiled:      %s", what, dump(slow), dump(fast))
	return nil
}

func dump(err error) string {
	if err == nil {
		return "nil"
	}
	ve, ok := err.(*vocab.ValidationError)
	if !ok {
		return fmt.Sprintf("%T %v", err, err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "scope %q, %d problems", ve.Scope, len(ve.Problems))
	for _, p := range ve.Problems {
		fmt.Fprintf(&b, "\n  %q %q %q", p.Path, p.Rule, p.Message)
	}
	return b.String()
}

// generated is the story the mutation tests and the fuzz target break,
// made once.
var generated = sync.OnceValue(func() []record {
	return records(synth.New(synth.Options{Events: 30, Seed: 7, Identities: true}))
})

// fuzzed holds the records the fuzz target breaks: the generated story's
// and the worked article's.
var fuzzed = sync.OnceValue(func() []record {
	article, err := examples.Article()
	if err != nil {
		panic(err)
	}
	return append(records(article), generated()...)
})

func TestPlansOfEveryRecordType(t *testing.T) {
	types := []any{
		actor.Actor{}, actor.Role{}, territory.Territory{}, territory.Status{}, source.Source{},
		source.Attribution{}, source.Quote{}, source.Count{}, source.Time{}, newsevent.Identity{},
		vocab.ExternalID{},
	}
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		types = append(types, e)
	}
	for _, v := range types {
		assert.NoError(t, validate.PlanError(v), "%T", v)
	}
}

func TestDiffGenerated(t *testing.T) {
	seeds := []uint64{1, 2, 3}
	n := 300
	if testing.Short() {
		seeds, n = seeds[:1], 100
	}
	for _, seed := range seeds {
		s := synth.New(synth.Options{Events: n, Seed: seed, Identities: true})
		recs := records(s)
		require.NotEmpty(t, recs)
		for _, r := range recs {
			v := r.Fresh()
			assert.Empty(t, same(t, r.Name, r.Scope, v), "a generated record is valid")
		}
	}
}

func TestDiffSamples(t *testing.T) {
	builds := map[string]func() (*newsevent.Story, error){
		"update": examples.Update,
		"article updated": func() (*newsevent.Story, error) {
			s, _, err := examples.ArticleUpdated()
			return s, err
		},
	}
	for _, sample := range examples.Samples() {
		builds[sample.Name] = sample.Build
	}
	for name, build := range builds {
		s, err := build()
		require.NoError(t, err, name)
		for _, r := range records(s) {
			same(t, name+" "+r.Name, r.Scope, r.Fresh())
		}
	}
}

// TestDiffPrefix checks that a prefix goes in front of every path, as
// List.Struct puts it.
func TestDiffPrefix(t *testing.T) {
	r := generated()[0]
	v := r.Fresh()
	breakAll(reflect.ValueOf(v).Elem())
	var slow, fast validate.List
	slow.Struct("actors[9]", v)
	fast.StructFast("actors[9]", v)
	require.NotZero(t, slow.Len())
	assert.Equal(t, slow.Err("x"), fast.Err("x"))
}

// breakAll empties every string of v, so that its record has many
// problems.
func breakAll(v reflect.Value) {
	for _, p := range mutate.Sites(v) {
		if f := mutate.At(v, p); f.Kind() == reflect.String {
			f.SetString("")
		}
	}
}

// TestDiffMutated breaks each field of each record of a generated story,
// one at a time, in every way mutations knows, compares the engines, and
// checks that the mutations make every rule fire.
func TestDiffMutated(t *testing.T) {
	recs := generated()
	step := 2 // every other record: every kind is still there many times
	if testing.Short() {
		step = 7
	}
	rules := map[vocab.Rule]int{}
	var runs, bad int
	for ri := 0; ri < len(recs); ri += step {
		r := recs[ri]
		mutate.Each(r, func(v any, what string) {
			problems := same(t, what, r.Scope, v)
			for _, pr := range problems {
				rules[pr.Rule]++
			}
			if len(problems) > 0 {
				bad++
			}
			runs++
		})
	}
	t.Logf("%d mutated records compared, %d of them invalid; rules seen: %v", runs, bad, rules)
	assert.Greater(t, bad, runs/4, "the mutations break records")
	if testing.Short() {
		return
	}
	// The language rule cannot fail on the model: every field it is on is
	// a language.Tag, well-formed by construction ("und" is caught by
	// required or let pass by omitempty).
	for _, rule := range []vocab.Rule{
		vocab.RuleRequired, vocab.RuleID, vocab.RuleEnum, vocab.RuleWikidata,
		vocab.RuleToken, vocab.RuleURL, vocab.RuleFinite, vocab.RuleNoSpace, vocab.RuleTrimmed,
		vocab.RuleUTC, vocab.RuleText, vocab.RuleDate, vocab.RuleExcludes, vocab.RuleGTE, vocab.RuleLTE,
		vocab.RuleMin, vocab.RuleSelf, vocab.RuleOrder,
	} {
		assert.Positive(t, rules[rule], "no mutation breaks the rule %q", rule)
	}
}

// FuzzDiff breaks a record of the article or of a generated story as ops say (pairs of a site and a
// mutation; the mutations include setting a string to s and a number to
// x) and compares the engines.
func FuzzDiff(f *testing.F) {
	f.Add(uint16(0), []byte{0, 0}, "", 0.0)
	f.Add(uint16(3), []byte{1, 2, 5, 7, 9, 1}, " padded ", math.NaN())
	f.Add(uint16(40), []byte{4, 3, 8, 0, 12, 5, 20, 2}, "a\x00b", math.Inf(-1))
	f.Add(uint16(77), []byte{2, 1, 3, 1, 4, 1}, "Q0", -1.0)
	f.Add(uint16(150), []byte{30, 6, 31, 7}, "https://example.com/", 1e300)
	f.Add(uint16(200), []byte{9, 9, 10, 10, 11, 11}, "\u200b", 91.0)
	f.Add(uint16(260), []byte{0, 4, 1, 4, 2, 4}, "two words", math.Copysign(0, -1))
	f.Add(uint16(5), []byte{255, 255, 128, 1}, "Ünïcødé", 2.5)
	recs := fuzzed()
	f.Fuzz(func(t *testing.T, rec uint16, ops []byte, s string, x float64) {
		r := recs[int(rec)%len(recs)]
		v := mutate.Ops(r, ops, s, x)
		same(t, r.Name, r.Scope, v)
	})
}
