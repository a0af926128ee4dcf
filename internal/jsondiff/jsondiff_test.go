package jsondiff_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsondiff"
)

// ch is a change in the short form of the tables: old and new as JSON
// text, "" for none.
type ch struct{ path, old, new string }

func short(cs []jsondiff.Change) []ch {
	out := []ch{}
	for _, c := range cs {
		out = append(out, ch{c.Path, string(c.Old), string(c.New)})
	}
	return out
}

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, new string
		want     []ch
	}{
		{"equal", `{"a":1,"b":[1,2]}`, `{"a":1,"b":[1,2]}`, nil},
		{"key order", `{"a":1,"b":2}`, `{"b":2,"a":1}`, nil},
		{"spelling of numbers", `[1, 1.0, 10e-1, 0.1e1, -0, 0.0, 1E2, 100]`, `[1,1,1,1,0,0,100,1e2]`, nil},
		{"spelling of strings", `["a", "\u00e9", "\/"]`, `["\u0061","é","/"]`, nil},
		{"white space", "{ \"a\" : [ 1 , 2 ] }\n", `{"a":[1,2]}`, nil},
		{"repeated key: the last wins", `{"a":1,"b":0,"a":2}`, `{"a":2,"b":0}`, nil},
		{"root scalar", `1`, `2`, []ch{{"", "1", "2"}}},
		{"root type", `{"a":1}`, `[1]`, []ch{{"", `{"a":1}`, "[1]"}}},
		{"null is a value", `{"a":null}`, `{}`, []ch{{"a", "null", ""}}},
		{
			"object: new order, then removals",
			`{"gone":1,"same":2,"changed":3,"also_gone":{"x":1}}`,
			`{"added":[1],"changed":4,"same":2}`,
			[]ch{{"added", "", "[1]"}, {"changed", "3", "4"}, {"gone", "1", ""}, {"also_gone", `{"x":1}`, ""}},
		},
		{
			"nested paths",
			`{"casualties":[{"value":3},{"value":70,"qualifier":"nearly"}],"names":[{"text":"Kyiv"}]}`,
			`{"casualties":[{"value":3},{"value":72,"qualifier":"nearly"}],"names":[{"text":"Kiev"}]}`,
			[]ch{{"casualties[1].value", "70", "72"}, {"names[0].text", `"Kyiv"`, `"Kiev"`}},
		},
		{
			"keys that are not identifiers",
			`{"codes":{"a.b":1,"0":1,"":1,"é":1,"a b":1,"x\"y":1,"_ok9":1}}`,
			`{"codes":{"a.b":2,"0":2,"":2,"é":2,"a b":2,"x\"y":2,"_ok9":2}}`,
			[]ch{
				{`codes["a.b"]`, "1", "2"}, {`codes["0"]`, "1", "2"}, {`codes[""]`, "1", "2"},
				{`codes["é"]`, "1", "2"}, {`codes["a b"]`, "1", "2"}, {`codes["x\"y"]`, "1", "2"}, {"codes._ok9", "1", "2"},
			},
		},
		{"top-level key that is not an identifier", `{"<a>":1}`, `{"<a>":2}`, []ch{{`["<a>"]`, "1", "2"}}},
		{"insertion at the front", `[1,2,3]`, `[0,1,2,3]`, []ch{{"[0]", "", "0"}}},
		{"removal at the front", `[0,1,2,3]`, `[1,2,3]`, []ch{{"[0]", "0", ""}}},
		{"insertion in the middle", `["a","b","c","d"]`, `["a","b","x","c","d"]`, []ch{{"[2]", "", `"x"`}}},
		{"scalar replaced in place", `[1,2,3]`, `[1,5,3]`, []ch{{"[1]", "2", "5"}}},
		{
			"objects paired between anchors are compared inside",
			`{"l":[{"a":1},{"b":2,"c":[1]},{"z":0}]}`,
			`{"l":[{"a":1},{"b":3,"c":[1]},{"z":0}]}`,
			[]ch{{"l[1].b", "2", "3"}},
		},
		{
			"a removed element has its old index, the rest the new one",
			`["x","a","b",{"k":1},"c"]`,
			`["a","b",{"k":2},"c","y"]`,
			[]ch{{"[0]", `"x"`, ""}, {"[2].k", "1", "2"}, {"[4]", "", `"y"`}},
		},
		{
			"more removed than added between anchors",
			`["a",1,2,3,"b"]`,
			`["a",{"n":1},"b"]`,
			[]ch{{"[1]", "1", `{"n":1}`}, {"[2]", "2", ""}, {"[3]", "3", ""}},
		},
		{"values are compact", `{"a":{ "b" : [ 1 ] }}`, `{"a":[ true ]}`, []ch{{"a", `{"b":[1]}`, "[true]"}}},
		{"exact numbers", `[9007199254740993, 0.1]`, `[9007199254740992, 0.10000000000000001]`, []ch{{"[0]", "9007199254740993", "9007199254740992"}, {"[1]", "0.1", "0.10000000000000001"}}},
		{"huge exponents", `[1e400, 1e99999999999999999999, -5e-99999999999999999999]`, `[10e399, 10e99999999999999999998, -0.5e-99999999999999999998]`, nil},
		{"huge exponents differ", `[1e99999999999999999999]`, `[1e99999999999999999998]`, []ch{{"[0]", "1e99999999999999999999", "1e99999999999999999998"}}},
		{"arrays inside arrays", `[[1,2],[3]]`, `[[1,2,9],[3]]`, []ch{{"[0][2]", "", "9"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jsondiff.Compare([]byte(tc.old), []byte(tc.new))
			require.NoError(t, err)
			want := tc.want
			if want == nil {
				want = []ch{}
			}
			assert.Equal(t, want, short(got))
			eq, err := jsondiff.Equal([]byte(tc.old), []byte(tc.new))
			require.NoError(t, err)
			assert.Equal(t, len(tc.want) == 0, eq)
			checkApply(t, []byte(tc.old), []byte(tc.new), got)
		})
	}
}

func TestInvalid(t *testing.T) {
	deep := strings.Repeat("[", 10_001) + strings.Repeat("]", 10_001)
	for _, doc := range []string{"", " ", "{", `{"a"}`, `[1,]`, `01`, `1 2`, `"\x"`, "nul", `{"a":1}}`, deep} {
		_, err := jsondiff.Compare([]byte(doc), []byte(`1`))
		assert.Error(t, err, "old %q", doc)
		_, err = jsondiff.Compare([]byte(`1`), []byte(doc))
		assert.Error(t, err, "new %q", doc)
		_, err = jsondiff.Equal([]byte(doc), []byte(doc))
		assert.Error(t, err, "equal %q", doc)
	}
	_, err := jsondiff.Compare([]byte(`{`), []byte(`1`))
	var syntax *json.SyntaxError
	assert.True(t, errors.As(err, &syntax), "the syntax error is wrapped: %v", err)
	assert.Contains(t, err.Error(), "jsondiff: old document")
}

func TestDeepButAllowed(t *testing.T) {
	old := strings.Repeat(`{"a":`, 10_000) + "1" + strings.Repeat("}", 10_000)
	new := strings.Repeat(`{"a":`, 10_000) + "2" + strings.Repeat("}", 10_000)
	got, err := jsondiff.Compare([]byte(old), []byte(new))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, strings.TrimSuffix(strings.Repeat("a.", 10_000), "."), got[0].Path)
}

// TestLongArrays shows the cap on alignment: below it an insertion at
// the front and one at the back are two changes; above it (after the
// common head and tail are taken off) elements are paired by position.
func TestLongArrays(t *testing.T) {
	arrays := func(n int) ([]byte, []byte) {
		a := make([]int, n)
		for i := range a {
			a[i] = i
		}
		old, _ := json.Marshal(a)
		b := append([]int{-1}, a...)
		b = append(b, -2)
		new, _ := json.Marshal(b)
		return old, new
	}
	old, new := arrays(1000)
	got, err := jsondiff.Compare(old, new)
	require.NoError(t, err)
	assert.Equal(t, []ch{{"[0]", "", "-1"}, {"[1001]", "", "-2"}}, short(got))

	old, new = arrays(1100) // 1100 × 1102 pairs is more than 1<<20
	got, err = jsondiff.Compare(old, new)
	require.NoError(t, err)
	assert.Len(t, got, 1102)
	checkApply(t, old, new, got)

	// The head and tail alone need no alignment, whatever the length.
	a := make([]int, 100_000)
	old, _ = json.Marshal(a)
	a[50_000] = 1
	new, _ = json.Marshal(a)
	got, err = jsondiff.Compare(old, new)
	require.NoError(t, err)
	assert.Equal(t, []ch{{"[50000]", "0", "1"}}, short(got))
}

// TestRandomArrays checks alignment on many small arrays of few values,
// where elements repeat and many alignments tie: the changes must apply,
// and their additions and removals be as few as a longest common
// subsequence allows.
func TestRandomArrays(t *testing.T) {
	seed := uint64(1)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for range 2000 {
		a, b := make([]int, rnd(12)), make([]int, rnd(12))
		for i := range a {
			a[i] = rnd(4)
		}
		for i := range b {
			b[i] = rnd(4)
		}
		old, _ := json.Marshal(a)
		new, _ := json.Marshal(b)
		got, err := jsondiff.Compare(old, new)
		require.NoError(t, err)
		checkApply(t, old, new, got)
		// Every change is one element: added, removed or replaced; a
		// pair replaced counts as one removal and one addition.
		edits := 0
		for _, c := range got {
			if len(c.Old) > 0 {
				edits++
			}
			if len(c.New) > 0 {
				edits++
			}
		}
		assert.Equal(t, len(a)+len(b)-2*lcsLen(a, b), edits, "%s → %s: %v", old, new, short(got))
	}
}

func lcsLen(a, b []int) int {
	l := make([][]int, len(a)+1)
	for i := range l {
		l[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	return l[0][0]
}

func FuzzCompare(f *testing.F) {
	for _, seed := range [][2]string{
		{`{"a":1,"b":[1,2,3]}`, `{"b":[0,1,2,3],"a":1.0}`},
		{`[{"x":1},{"y":2}]`, `[{"y":3},{"x":1}]`},
		{`{"a.b":{"":[null,true]}}`, `{"a.b":{"":[false]}}`},
		{`"a"`, `["a"]`},
		{`{"a":1,"a":2}`, `{"a":2}`},
		{`[1e400,-0,0.5e1]`, `[10e399,0,5]`},
		{`{"casualties":[{"value":70,"qualifier":"nearly"}]}`, `{"casualties":[{"value":3},{"value":72,"qualifier":"nearly"}]}`},
		{`[[1,[2]],[[3]]]`, `[[[3]],[1,[2,4]]]`},
		{`{`, `}`},
	} {
		f.Add([]byte(seed[0]), []byte(seed[1]))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		validA, validB := json.Valid(a), json.Valid(b)
		got, err := jsondiff.Compare(a, b)
		if !validA || !validB {
			if err == nil {
				t.Fatalf("no error for invalid JSON %q, %q", a, b)
			}
			return
		}
		if err != nil {
			t.Fatalf("Compare(%q, %q): %v", a, b, err)
		}
		for _, doc := range [][]byte{a, b} {
			self, err := jsondiff.Compare(doc, doc)
			if err != nil || len(self) != 0 {
				t.Fatalf("Compare(%q, itself) = %v, %v", doc, self, err)
			}
		}
		eq, err := jsondiff.Equal(a, b)
		if err != nil || eq != (len(got) == 0) {
			t.Fatalf("Equal(%q, %q) = %v, %v with %d changes", a, b, eq, err, len(got))
		}
		back, err := jsondiff.Compare(b, a)
		if err != nil || (len(back) == 0) != (len(got) == 0) {
			t.Fatalf("Compare(%q, %q) has %d changes, the other way %d (%v)", a, b, len(got), len(back), err)
		}
		for _, c := range got {
			if len(c.Old) == 0 && len(c.New) == 0 || len(c.Old) > 0 && !json.Valid(c.Old) || len(c.New) > 0 && !json.Valid(c.New) {
				t.Fatalf("bad change %+v", c)
			}
		}
		if err := apply(a, b, got); err != nil {
			t.Fatalf("Compare(%q, %q) = %v: %v", a, b, short(got), err)
		}
	})
}

func checkApply(t *testing.T, old, new []byte, cs []jsondiff.Change) {
	t.Helper()
	assert.NoError(t, apply(old, new, cs), "%s → %s: %v", old, new, short(cs))
}

// apply applies the changes to old, as the package doc says they apply,
// and checks that the result equals new, and that the old value of each
// change is the value it replaces or removes.
func apply(old, new []byte, cs []jsondiff.Change) error {
	root, err := decode(old)
	if err != nil {
		return err
	}
	type op struct {
		segs []seg
		jsondiff.Change
	}
	var ops []op
	for _, c := range cs {
		segs, err := parsePath(c.Path)
		if err != nil {
			return err
		}
		if got := joinPath(segs); got != c.Path {
			return fmt.Errorf("path %q reads back as %q", c.Path, got)
		}
		ops = append(ops, op{segs, c})
	}
	// Shallow first; at one depth removals (from the last), then
	// additions (from the first), then changes in place.
	rank := func(o op) int {
		switch {
		case len(o.New) == 0:
			return 0
		case len(o.Old) == 0:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(ops, func(x, y op) int {
		if d := len(x.segs) - len(y.segs); d != 0 {
			return d
		}
		if d := rank(x) - rank(y); d != 0 {
			return d
		}
		if len(x.segs) == 0 {
			return 0
		}
		lx, ly := x.segs[len(x.segs)-1], y.segs[len(y.segs)-1]
		if lx.isIndex != ly.isIndex {
			if lx.isIndex {
				return 1
			}
			return -1
		}
		d := lx.index - ly.index
		if rank(x) == 0 {
			return -d
		}
		return d
	})
	for _, o := range ops {
		var newValue any
		if len(o.New) > 0 {
			if newValue, err = decode(o.New); err != nil {
				return err
			}
		}
		if len(o.segs) == 0 {
			if err := sameValue(root, o.Old); err != nil {
				return fmt.Errorf("%q: %w", o.Path, err)
			}
			root = newValue
			continue
		}
		last := o.segs[len(o.segs)-1]
		root, err = update(root, o.segs[:len(o.segs)-1], func(c any) (any, error) {
			switch c := c.(type) {
			case map[string]any:
				if last.isIndex {
					return nil, errors.New("an index into an object")
				}
				v, ok := c[last.key]
				switch {
				case len(o.Old) == 0 && ok:
					return nil, errors.New("an addition of a key that is there")
				case len(o.Old) > 0 && !ok:
					return nil, errors.New("no such key")
				case ok:
					if err := sameValue(v, o.Old); err != nil {
						return nil, err
					}
				}
				if len(o.New) == 0 {
					delete(c, last.key)
				} else {
					c[last.key] = newValue
				}
				return c, nil
			case []any:
				i := last.index
				if !last.isIndex {
					return nil, errors.New("a key into an array")
				}
				switch rank(o) {
				case 0, 2:
					if i >= len(c) {
						return nil, errors.New("index out of range")
					}
					if err := sameValue(c[i], o.Old); err != nil {
						return nil, err
					}
					if rank(o) == 0 {
						return slices.Delete(c, i, i+1), nil
					}
					c[i] = newValue
					return c, nil
				}
				if i > len(c) {
					return nil, errors.New("index out of range")
				}
				return slices.Insert(c, i, newValue), nil
			}
			return nil, errors.New("not a container")
		})
		if err != nil {
			return fmt.Errorf("%q: %w", o.Path, err)
		}
	}
	got, err := json.Marshal(root)
	if err != nil {
		return err
	}
	eq, err := jsondiff.Equal(got, new)
	if err != nil {
		return err
	}
	if !eq {
		return fmt.Errorf("applied, the changes give %s", got)
	}
	return nil
}

// sameValue checks that v is the JSON value raw.
func sameValue(v any, raw json.RawMessage) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if eq, err := jsondiff.Equal(data, raw); err != nil || !eq {
		return fmt.Errorf("old value %s, found %s (%v)", raw, data, err)
	}
	return nil
}

// update applies f to the value at segs inside v, and returns v updated.
func update(v any, segs []seg, f func(any) (any, error)) (any, error) {
	if len(segs) == 0 {
		return f(v)
	}
	s := segs[0]
	switch c := v.(type) {
	case map[string]any:
		child, ok := c[s.key]
		if s.isIndex || !ok {
			return nil, fmt.Errorf("no key %q", s.key)
		}
		child, err := update(child, segs[1:], f)
		c[s.key] = child
		return c, err
	case []any:
		if !s.isIndex || s.index >= len(c) {
			return nil, fmt.Errorf("no index %d", s.index)
		}
		child, err := update(c[s.index], segs[1:], f)
		c[s.index] = child
		return c, err
	}
	return nil, errors.New("not a container")
}

func decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// seg is one step of a path: an object key or an array index.
type seg struct {
	key     string
	index   int
	isIndex bool
}

// parsePath reads a path as the package doc writes it.
func parsePath(p string) ([]seg, error) {
	var segs []seg
	for i := 0; i < len(p); {
		switch {
		case p[i] == '[' && i+1 < len(p) && p[i+1] == '"':
			end := i + 2
			for end < len(p) && p[end] != '"' {
				if p[end] == '\\' {
					end++
				}
				end++
			}
			var key string
			if end+1 >= len(p) || p[end+1] != ']' {
				return nil, fmt.Errorf("path %q: unclosed key", p)
			}
			if err := json.Unmarshal([]byte(p[i+1:end+1]), &key); err != nil {
				return nil, fmt.Errorf("path %q: %w", p, err)
			}
			segs = append(segs, seg{key: key})
			i = end + 2
		case p[i] == '[':
			end := strings.IndexByte(p[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("path %q: unclosed index", p)
			}
			n, err := strconv.Atoi(p[i+1 : i+end])
			if err != nil {
				return nil, fmt.Errorf("path %q: %w", p, err)
			}
			segs = append(segs, seg{index: n, isIndex: true})
			i += end + 1
		default:
			if p[i] == '.' {
				if i == 0 {
					return nil, fmt.Errorf("path %q starts with a dot", p)
				}
				i++
			} else if i > 0 {
				return nil, fmt.Errorf("path %q: a key without a dot", p)
			}
			end := i
			for end < len(p) && p[end] != '.' && p[end] != '[' {
				end++
			}
			segs = append(segs, seg{key: p[i:end]})
			i = end
		}
	}
	return segs, nil
}

// joinPath writes segments back as a path, for the round trip.
func joinPath(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.isIndex:
			fmt.Fprintf(&b, "[%d]", s.index)
		case isIdent(s.key):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		default:
			var q bytes.Buffer
			enc := json.NewEncoder(&q)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(s.key)
			b.WriteString("[" + strings.TrimSpace(q.String()) + "]")
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	for i, r := range s {
		if r != '_' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

func BenchmarkCompare(b *testing.B) {
	old := []byte(`{"kind":"attack","id":"0190c3d4-0000-7000-8000-000000000001","title":"Russian strike on Kyiv","status":"occurred",` +
		`"attributions":[{"source":"0190c3d4-0000-7000-8000-000000000002","verb":"reported"}],` +
		`"casualties":[{"value":12,"qualifier":"at_least","text":"at least 12","measure":"killed"},{"value":70,"qualifier":"nearly","text":"nearly 70","measure":"injured"}],` +
		`"names":[{"text":"Kyiv","lang":"en"},{"text":"Київ","lang":"uk"}]}`)
	new := bytes.Replace(old, []byte(`"value":70`), []byte(`"value":72`), 1)
	new = bytes.Replace(new, []byte(`"Russian strike`), []byte(`"A Russian strike`), 1)
	b.ReportAllocs()
	for b.Loop() {
		if cs, err := jsondiff.Compare(old, new); err != nil || len(cs) != 2 {
			b.Fatal(cs, err)
		}
	}
}
