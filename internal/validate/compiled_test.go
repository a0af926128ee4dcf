package validate_test

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// TestFastSample compares the engines on the sample type of
// validator_test.go, with each rule broken as TestStructRules breaks it,
// by pointer and by value.
func TestFastSample(t *testing.T) {
	require.NoError(t, validate.PlanError(sample{}))
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	require.NoError(t, err)
	for _, mutate := range []func(*sample){
		func(*sample) {},
		func(s *sample) { s.ID = [2]byte{} },
		func(s *sample) { s.Shade = "" },
		func(s *sample) { s.Shade = "mauve" },
		func(s *sample) { s.Lang = "english!" },
		func(s *sample) { s.Lang = "und" },
		func(s *sample) { s.Tag = language.Und },
		func(s *sample) { s.Wiki = "42" },
		func(s *sample) { s.Token = "Truth Social" },
		func(s *sample) { s.URL = "example.com" },
		func(s *sample) { s.Number = math.NaN() },
		func(s *sample) { s.Number = math.Inf(-1) },
		func(s *sample) { s.NoSpace = "a\tb" },
		func(s *sample) { s.Trimmed = " a" },
		func(s *sample) { s.At = time.Date(2025, 4, 24, 9, 0, 0, 0, kyiv) },
		func(s *sample) { s.At = time.Now() },
		func(s *sample) { s.Items = append(s.Items, item{}, item{Name: "b"}, item{}) },
		func(s *sample) { s.Untagged = "four" },
		func(s *sample) { *s = sample{} },
	} {
		s := validSample()
		mutate(&s)
		same(t, "by pointer", "test", &s)
		same(t, "by value", "test", s)
	}
}

type leaf struct {
	Name string `json:"name" validate:"required"`
}

type Embedded struct {
	Title string `json:"title" validate:"required,trimmed"`
}

type embeddedLower struct {
	Note string `json:"note" validate:"omitempty,no_space"`
}

// kinds has one field for each construct the plans handle beyond what the
// model uses today: pointers (nil or not, to values and structs, two
// deep), dives into pointers, slices of slices and arrays, every number
// kind with gte, lte, gt, lt, min, max and len, strings measured in runes,
// anonymous structs, fields left out of paths, embedded structs exported
// or not, skipped and unexported fields.
type kinds struct {
	Req     *string       `json:"req" validate:"required"`
	Opt     *string       `json:"opt" validate:"omitempty,trimmed"`
	Zero    *string       `json:"zero" validate:"omitzero,trimmed"`
	First   *string       `json:"first" validate:"trimmed,text"`
	Leaf    *leaf         `json:"leaf"`
	LeafReq *leaf         `json:"leaf_req" validate:"required"`
	Deep    **leaf        `json:"deep"`
	List    *[]string     `json:"list" validate:"dive,required"`
	Leaves  []*leaf       `json:"leaves" validate:"dive"`
	LeavesR []*leaf       `json:"leaves_r" validate:"min=1,dive,required"`
	Grid    [][]string    `json:"grid" validate:"dive,dive,required"`
	Arr     [2]string     `json:"arr" validate:"dive,required"`
	Int8    int8          `json:"int8" validate:"gte=-3,lte=3"`
	Uint16  uint16        `json:"uint16" validate:"gt=1,lt=10"`
	F32     float32       `json:"f32" validate:"finite,min=0.5,max=2"`
	Dur     time.Duration `json:"dur" validate:"gte=1s"`
	Runes   string        `json:"runes" validate:"min=2,max=4"`
	Pair    []int         `json:"pair" validate:"len=2"`
	Count   int           `json:"count" validate:"omitempty,gt=0"`
	Enums   []shade       `json:"enums" validate:"omitzero,dive,enum"`
	Anon    struct {
		X string `json:"x" validate:"required"`
	} `json:"anon"`
	Hidden   string       `json:"-" validate:"required"`
	NoJSON   string       `validate:"required"`
	Tag      language.Tag `json:"tag" validate:"omitempty,language"`
	When     *time.Time   `json:"when" validate:"omitempty,utc"`
	Handle   string       `json:"handle" validate:"excludes=@"`
	Skip     string       `json:"skip" validate:"-"`
	Embedded              // its fields sit in the paths of kinds
	embeddedLower
	unexported string `validate:"required"`
}

func str(s string) *string { return &s }

func validKinds() kinds {
	l := &leaf{Name: "deep"}
	var k kinds
	k.Req, k.First = str("x"), str("first")
	k.LeafReq = &leaf{Name: "a"}
	k.Deep = &l
	k.LeavesR = []*leaf{{Name: "b"}}
	k.Arr = [2]string{"a", "b"}
	k.Uint16, k.F32, k.Dur = 5, 1, time.Minute
	k.Runes, k.Pair = "ééé", []int{1, 2}
	k.Anon.X, k.Hidden, k.NoJSON = "x", "h", "n"
	k.Title = "title"
	return k
}

func TestFastKinds(t *testing.T) {
	require.NoError(t, validate.PlanError(kinds{}))
	local := time.Now()
	for _, c := range []struct {
		name   string
		mutate func(*kinds)
	}{
		{"valid", func(*kinds) {}},
		{"zero", func(k *kinds) { *k = kinds{} }},
		{"nil required pointer", func(k *kinds) { k.Req = nil }},
		{"empty string behind a required pointer", func(k *kinds) { k.Req = str("") }},
		{"untrimmed optional", func(k *kinds) { k.Opt = str(" x") }},
		{"empty optional", func(k *kinds) { k.Opt = str("") }},
		{"untrimmed omitzero", func(k *kinds) { k.Zero = str("x ") }},
		{"nil pointer with a rule", func(k *kinds) { k.First = nil }},
		{"nested through a pointer", func(k *kinds) { k.Leaf = &leaf{} }},
		{"nil required struct pointer", func(k *kinds) { k.LeafReq = nil }},
		{"two pointers deep", func(k *kinds) { l := &leaf{}; k.Deep = &l }},
		{"nil inner pointer", func(k *kinds) { var l *leaf; k.Deep = &l }},
		{"dive behind a pointer", func(k *kinds) { k.List = &[]string{"a", ""} }},
		{"nil elements", func(k *kinds) { k.Leaves = []*leaf{nil, {}, {Name: "x"}} }},
		{"required elements", func(k *kinds) { k.LeavesR = []*leaf{nil, {}} }},
		{"no elements", func(k *kinds) { k.LeavesR = nil }},
		{"dive of dive", func(k *kinds) { k.Grid = [][]string{{"a", ""}, nil, {""}} }},
		{"array", func(k *kinds) { k.Arr[1] = "" }},
		{"int8 low", func(k *kinds) { k.Int8 = -4 }},
		{"int8 high", func(k *kinds) { k.Int8 = 4 }},
		{"uint16 low", func(k *kinds) { k.Uint16 = 1 }},
		{"uint16 high", func(k *kinds) { k.Uint16 = 10 }},
		{"float32 NaN", func(k *kinds) { k.F32 = float32(math.NaN()) }},
		{"float32 low", func(k *kinds) { k.F32 = 0.25 }},
		{"float32 high", func(k *kinds) { k.F32 = 3 }},
		{"duration", func(k *kinds) { k.Dur = time.Millisecond }},
		{"one rune", func(k *kinds) { k.Runes = "é" }},
		{"five runes", func(k *kinds) { k.Runes = "ééééé" }},
		{"four runes of eight bytes", func(k *kinds) { k.Runes = "éééé" }},
		{"three in a pair", func(k *kinds) { k.Pair = []int{1, 2, 3} }},
		{"negative count", func(k *kinds) { k.Count = -1 }},
		{"bad enums", func(k *kinds) { k.Enums = []shade{"dark", "mauve", ""} }},
		{"empty enums", func(k *kinds) { k.Enums = []shade{} }},
		{"anonymous struct", func(k *kinds) { k.Anon.X = "" }},
		{"field out of paths", func(k *kinds) { k.Hidden = "" }},
		{"field without a JSON name", func(k *kinds) { k.NoJSON = "" }},
		{"und", func(k *kinds) { k.Tag = language.Und }},
		{"local time behind a pointer", func(k *kinds) { k.When = &local }},
		{"at", func(k *kinds) { k.Handle = "@x" }},
		{"skipped", func(k *kinds) { k.Skip = "" }},
		{"embedded", func(k *kinds) { k.Title = " t" }},
		{"embedded empty", func(k *kinds) { k.Title = "" }},
		{"embedded unexported", func(k *kinds) { k.Note = "a b" }},
		{"unexported", func(k *kinds) { k.unexported = "" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			k := validKinds()
			c.mutate(&k)
			same(t, c.name, "test", &k)
			var l validate.List
			l.StructFast("kinds[1]", k)
			var want validate.List
			want.Struct("kinds[1]", k)
			assert.Equal(t, want.Err("x"), l.Err("x"), "by value, with a prefix")
		})
	}
}

type ruled struct {
	Lo    int    `json:"lo"`
	Hi    int    `json:"hi"`
	Kind  string `json:"kind"`
	Inner ruledInner
	Items []ruledInner `json:"items" validate:"dive"`
}

type ruledInner struct {
	V int `json:"v" validate:"gte=0"`
}

var registerRuled = sync.OnceFunc(func() {
	validate.RegisterStruct(func(sl validator.StructLevel) {
		r := validate.Current[ruled](sl)
		if r.Lo > r.Hi {
			validate.Report(sl, r.Lo, "lo", vocab.RuleOrder, "must not be above hi")
		}
		if r.Kind != "" {
			// A rule reported without a sentence gets the message of its
			// rule, from the value.
			sl.ReportError(r.Kind, "kind", "Kind", string(vocab.RuleEnum), "")
		}
		if r.Hi == 99 {
			validate.Report(sl, nil, "", vocab.RuleInvalid, "is all wrong")
		}
		if sl.Parent().Kind() != reflect.Pointer || sl.Top().Type() != reflect.TypeFor[*ruled]() {
			validate.Report(sl, nil, "", vocab.RuleInvalid, "top and parent are the value validated")
		}
	}, ruled{})
	validate.RegisterStruct(func(sl validator.StructLevel) {
		in := validate.Current[ruledInner](sl)
		if in.V == 7 {
			validate.Report(sl, in.V, "v", vocab.RuleSelf, "seven")
		}
		if sl.Parent().Type() != reflect.TypeFor[ruled]() || !sl.Current().CanAddr() {
			validate.Report(sl, nil, "", vocab.RuleInvalid, "the parent is the struct that holds it")
		}
	}, &ruledInner{})
})

// TestFastStructLevel checks the order of field and struct-level problems,
// in nested structs and dives, and that rules reach Current, Parent and Top
// on both engines.
func TestFastStructLevel(t *testing.T) {
	registerRuled()
	for _, r := range []ruled{
		{},
		{Lo: 2, Hi: 1},
		{Kind: "mauve", Hi: 99},
		{Inner: ruledInner{V: 7}, Items: []ruledInner{{V: -1}, {V: 7}, {V: 3}}, Lo: 5},
		{Inner: ruledInner{V: -7}, Items: []ruledInner{{V: 7}}},
	} {
		problems := same(t, "ruled", "test", &r)
		if r.Lo != 0 || r.Inner.V != 0 || r.Kind != "" {
			assert.NotEmpty(t, problems)
		}
	}
}

// TestRegisterStructLate registers a rule for a type whose plan was
// already built: the plan is built again with it.
func TestRegisterStructLate(t *testing.T) {
	type late struct {
		N int `json:"n"`
	}
	v := &late{N: -1}
	assert.Nil(t, validate.Fast("test", v))
	validate.RegisterStruct(func(sl validator.StructLevel) {
		if validate.Current[late](sl).N < 0 {
			validate.Report(sl, 0, "n", vocab.RuleGTE, "must be at least 0")
		}
	}, late{})
	require.Error(t, validate.Fast("test", v))
	same(t, "late", "test", v)
}

// TestFastFallBack covers what the plans do not: a value that is not a
// struct, a nil pointer, types with fields or tags the plans do not handle.
func TestFastFallBack(t *testing.T) {
	type withInterface struct {
		Any any `json:"any"`
	}
	type withOr struct {
		S string `json:"s" validate:"required|min=1"`
	}
	type withMapRule struct {
		M map[string]leaf `json:"m" validate:"dive"`
	}
	for _, v := range []any{42, (*leaf)(nil), "x", time.Time{}, &withInterface{Any: &leaf{}}, withInterface{}, &withOr{}, &withMapRule{M: map[string]leaf{"a": {}}}} {
		same(t, reflect.TypeOf(v).String(), "test", v)
	}
	assert.Error(t, validate.PlanError(withInterface{}))
	assert.Error(t, validate.PlanError(withOr{}))
	assert.Error(t, validate.PlanError(withMapRule{}))
	assert.Error(t, validate.PlanError(42))
}

// TestPlanErrorUnknownTag: a tag the compiled engine does not know fails
// its plan, loudly, instead of passing every value.
func TestPlanErrorUnknownTag(t *testing.T) {
	for _, v := range []any{
		struct {
			S string `validate:"bogus"`
		}{},
		&struct {
			S string `validate:"required,email"`
		}{},
		struct {
			S []string `validate:"dive,iso3166_1_alpha2"`
		}{},
		struct {
			S string `validate:"dive"`
		}{},
		struct {
			S string `validate:"required,"`
		}{},
		struct {
			N int `validate:"gte=x"`
		}{},
		struct {
			N int `validate:"finite"`
		}{},
		struct {
			N string `validate:"utc"`
		}{},
		struct {
			S []string `validate:"dive,keys,required,endkeys"`
		}{},
	} {
		err := validate.PlanError(v)
		assert.Error(t, err, "%T", v)
	}
	type named struct {
		S string `validate:"bogus"`
	}
	err := validate.PlanError(named{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown tag "bogus"`)
	assert.Contains(t, err.Error(), "named.S")
}

// TestFastConcurrent validates records from several goroutines while
// plans are built (run it with -race).
func TestFastConcurrent(t *testing.T) {
	recs := generated()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(recs); i += 4 {
				v := recs[i].Fresh()
				slow, fast := engines(recs[i].Scope, v)
				assert.Equal(t, slow, fast, recs[i].Name)
			}
		})
	}
	wg.Wait()
}

// TestStructRulesGoThroughRegisterStruct: a struct-level rule registered
// on validator/v10 directly would be missed by the compiled engine, so
// the module's code registers them all with validate.RegisterStruct.
func TestStructRulesGoThroughRegisterStruct(t *testing.T) {
	root := filepath.Join("..", "..")
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if filepath.ToSlash(path) == "../../internal/validate/compiled.go" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(data), "RegisterStructValidation") {
			found = append(found, path)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Empty(t, found, "register struct-level rules with validate.RegisterStruct")
}
