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
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// record is one record of a story, as the bulk path validates it.
type record struct {
	name  string     // "events[3]"
	scope string     // the scope its Validate gives
	fresh func() any // a deep copy, as a pointer to the concrete type
}

// records lists every record of s, with the scopes of their Validate
// methods.
func records(s *newsevent.Story) []record {
	var out []record
	for i, a := range s.Actors() {
		out = append(out, record{validate.Index("actors", i), "actor", func() any { c := clone.Of(a); return &c }})
	}
	for i, t := range s.Territories() {
		out = append(out, record{validate.Index("territories", i), "territory", func() any { c := clone.Of(t); return &c }})
	}
	for i, src := range s.Sources() {
		out = append(out, record{validate.Index("sources", i), "source", func() any { c := clone.Of(src); return &c }})
	}
	for i, st := range s.Statuses() {
		out = append(out, record{validate.Index("statuses", i), "territory: status", func() any { c := clone.Of(st); return &c }})
	}
	for i, e := range s.Events() {
		out = append(out, record{validate.Index("events", i), "event: " + string(e.Kind()), func() any { return event.Clone(e) }})
	}
	for i, id := range s.Identities() {
		out = append(out, record{validate.Index("identities", i), "newsevent: identity", func() any { c := clone.Of(id); return &c }})
	}
	return out
}

// engines returns what each engine finds in v, as the error of Fast and
// of List.Struct and List.Err under scope.
func engines(scope string, v any) (slow, fast error) {
	var l validate.List
	l.Struct("", v)
	return l.Err(scope), validate.Fast(scope, v)
}

// same fails t unless both engines find the same problems in v, in the
// same order; it returns the problems.
func same(t testing.TB, what, scope string, v any) []vocab.Problem {
	t.Helper()
	slow, fast := engines(scope, v)
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
			v := r.fresh()
			assert.Empty(t, same(t, r.name, r.scope, v), "a generated record is valid")
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
			same(t, name+" "+r.name, r.scope, r.fresh())
		}
	}
}

// TestDiffPrefix checks that a prefix goes in front of every path, as
// List.Struct puts it.
func TestDiffPrefix(t *testing.T) {
	r := generated()[0]
	v := r.fresh()
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
	for _, p := range sites(v) {
		if f := at(v, p); f.Kind() == reflect.String {
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
		base := reflect.ValueOf(r.fresh()).Elem()
		pool := harvest(base)
		for _, p := range sites(base) {
			for k := range mutations(at(base, p), pool) {
				v := r.fresh()
				mutate(at(reflect.ValueOf(v).Elem(), p), k, pool)
				problems := same(t, fmt.Sprintf("%s site %v mutation %d", r.name, p, k), r.scope, v)
				for _, pr := range problems {
					rules[pr.Rule]++
				}
				if len(problems) > 0 {
					bad++
				}
				runs++
			}
		}
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
		v := r.fresh()
		root := reflect.ValueOf(v).Elem()
		pool := harvest(root)
		pool.strs = append(pool.strs, s)
		pool.nums = append(pool.nums, x)
		for i := 0; i+1 < len(ops) && i < 32; i += 2 {
			ss := sites(root)
			site := at(root, ss[int(ops[i])%len(ss)])
			if n := mutations(site, pool); n > 0 {
				mutate(site, int(ops[i+1])%n, pool)
			}
		}
		same(t, r.name, r.scope, v)
	})
}

// sites lists the paths (field or element indexes) of the values inside
// the struct v that a mutation can change: every exported field, every
// element of a slice (the first two), at any depth.
func sites(v reflect.Value) [][]int {
	var out [][]int
	var walk func(v reflect.Value, path []int)
	walk = func(v reflect.Value, path []int) {
		if len(path) > 0 {
			out = append(out, path)
		}
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == timeType || v.Type() == tagType {
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i), append(path[:len(path):len(path)], i))
				}
			}
		case reflect.Slice:
			for i := range min(v.Len(), 2) {
				walk(v.Index(i), append(path[:len(path):len(path)], i))
			}
		}
	}
	walk(v, nil)
	return out
}

// at returns the value at path in v.
func at(v reflect.Value, path []int) reflect.Value {
	for _, i := range path {
		if v.Kind() == reflect.Struct {
			v = v.Field(i)
		} else {
			v = v.Index(i)
		}
	}
	return v
}

var (
	timeType = reflect.TypeFor[time.Time]()
	tagType  = reflect.TypeFor[language.Tag]()
)

// pool holds values found in a record, so that mutations can make one
// field equal another (an actor a member of itself, a figure that
// revises itself) or give it the fuzzer's values.
type pool struct {
	ids  [][16]byte
	strs []string
	nums []float64
}

func harvest(v reflect.Value) *pool {
	p := &pool{}
	seenID := map[[16]byte]bool{}
	seenStr := map[string]bool{}
	for _, path := range sites(v) {
		f := at(v, path)
		switch {
		case f.Kind() == reflect.Array && f.Len() == 16 && f.Type().Elem().Kind() == reflect.Uint8:
			var id [16]byte
			reflect.Copy(reflect.ValueOf(&id).Elem(), f)
			if id != ([16]byte{}) && !seenID[id] && len(p.ids) < 4 {
				seenID[id] = true
				p.ids = append(p.ids, id)
			}
		case f.Kind() == reflect.String:
			if s := f.String(); s != "" && !seenStr[s] && len(p.strs) < 4 {
				seenStr[s] = true
				p.strs = append(p.strs, s)
			}
		}
	}
	return p
}

// Mutations of strings: what each rule rejects, and some it accepts.
var strMutations = []string{
	"", " padded", "trailing\n", "a\x00b", "two words", "\u200b", "Q0", "mauve", "UPPER_Case",
	"https://example.com/x", "example.com", "en", "und", "uk-Latn", "english!", "x@y",
	"bad \xff utf-8", strings.Repeat("é", 70), "\x1b[31m",
}

var numMutations = []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, 0, math.Copysign(0, -1), 91, -181, 1e9}

var intMutations = []int64{-1, 0, 1, 1 << 40}

var timeMutations = []time.Time{
	{},
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("EEST", 3*3600)),
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("UTC", 0)),
	time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.UTC),
	time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Now(), // a monotonic reading and the Local zone
}

var tagMutations = []language.Tag{language.Und, language.MustParse("uk-Latn"), language.English}

// mutations returns how many ways mutate knows to change v.
func mutations(v reflect.Value, p *pool) int {
	switch {
	case v.Type() == timeType:
		return len(timeMutations)
	case v.Type() == tagType:
		return len(tagMutations)
	}
	switch v.Kind() {
	case reflect.String:
		return len(strMutations) + len(p.strs)
	case reflect.Float32, reflect.Float64:
		return len(numMutations) + len(p.nums)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return len(intMutations)
	case reflect.Bool:
		return 1
	case reflect.Array:
		return 1 + len(p.ids)
	case reflect.Slice:
		return 4
	case reflect.Struct:
		return 1
	}
	return 0
}

// mutate changes v in the k-th way of mutations.
func mutate(v reflect.Value, k int, p *pool) {
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(timeMutations[k]))
		return
	case v.Type() == tagType:
		v.Set(reflect.ValueOf(tagMutations[k]))
		return
	}
	switch v.Kind() {
	case reflect.String:
		if k < len(strMutations) {
			v.SetString(strMutations[k])
		} else {
			v.SetString(p.strs[k-len(strMutations)])
		}
	case reflect.Float32, reflect.Float64:
		if k < len(numMutations) {
			v.SetFloat(numMutations[k])
		} else {
			v.SetFloat(p.nums[k-len(numMutations)])
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(intMutations[k])
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Array:
		if k == 0 {
			v.SetZero()
		} else {
			reflect.Copy(v, reflect.ValueOf(p.ids[k-1][:]))
		}
	case reflect.Slice:
		switch k {
		case 0:
			v.SetZero()
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		case 2: // a zero element at the end
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		case 3: // the first element twice
			if v.Len() > 0 {
				v.Set(reflect.Append(v, v.Index(0)))
			}
		}
	case reflect.Struct:
		v.SetZero()
	}
}
