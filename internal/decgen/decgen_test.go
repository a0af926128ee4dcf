package decgen_test

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/decgen"
	"github.com/newsevent/newsevent/internal/testutil"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// Each decode_gen.go is what the generator makes from the Go types now: a
// field added without `go generate .` fails here.
func TestFilesAreUpToDate(t *testing.T) {
	files, err := decgen.Files()
	require.NoError(t, err)
	require.Len(t, files, 5)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		testutil.AssertGenerated(t, root, name, files[name])
	}
}

type Head struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type Level string

type inner struct {
	Ratio float64 `json:"ratio,omitzero"`
	Again []inner `json:"again,omitzero"`
}

type record struct {
	Head
	Title  string  `json:"title"` // hides Head.Title
	Count  int     `json:"count,omitempty"`
	On     bool    `json:"on"`
	Level  Level   `json:"level"`
	Inner  inner   `json:"inner"`
	Inners []inner `json:"inners"`
	Skip   string  `json:"-"`
	hidden string  //lint:ignore U1000 an unexported field, which the decoder must not read
}

func generate(t *testing.T, r decgen.Root) (string, error) {
	t.Helper()
	out, err := decgen.Generate(decgen.Spec{Generator: "test", Package: "decgen_test",
		PkgPath: "github.com/newsevent/newsevent/internal/decgen_test", Roots: []decgen.Root{r}})
	return string(out), err
}

// TestGenerate checks what a decoder reads: its members by their json
// names, those of an embedded struct inlined unless hidden, a local in
// place of a field, a helper per nested struct, and nothing of a field
// that encoding/json leaves out.
func TestGenerate(t *testing.T) {
	src, err := generate(t, decgen.Root{Type: reflect.TypeFor[record](), Func: "decodeRecord",
		Locals: []decgen.Local{{JSON: "count", Var: "n", Type: "int", Read: "jsonx.ReadInt(dec, %s)"}},
		Finish: "x.set(has(n), n)"})
	require.NoError(t, err)
	for _, want := range []string{
		"func decodeRecord(dec *jsonx.Decoder, x *record) error {",
		`case "id":`,
		"decodeHeadMember(dec, name, &x.Head)",
		"bit <<= 6", // after the local and the five own members
		"func decodeHeadMember(dec *jsonx.Decoder, name []byte, x *Head) (uint64, error) {",
		"x.ID = v",
		"x.Title = v", // the outer title
		`case "count":`,
		"jsonx.ReadInt(dec, &n)",
		"x.Level = Level(v",
		"jsonx.ReadFloatOrNull(dec, &x.Ratio)", // a member: null leaves it zero
		"jsonx.StringOrNull(dec)",
		"jsonx.BoolOrNull(dec)",
		"if dec.PeekKind() != 'n' {\n\t\t\t\tif err := decodeInner(dec, &x.Inner); err != nil {",
		"decodeInner(dec, &tmp", // a list's element: null refused
		"func decodeInner(dec *jsonx.Decoder, x *inner) error {",
		"return x.set(seen&(1<<0) != 0, n)",
		"return jsonx.ErrSlow // a repeated name",
	} {
		assert.Contains(t, src, want)
	}
	for _, not := range []string{"x.Count", "Skip", "hidden", "jsonx.ReadIntOrNull(dec, &n)"} {
		assert.NotContains(t, src, not)
	}
	// The outer title is read by the outer switch, which the embedded
	// struct's reader never sees.
	own, _, _ := strings.Cut(src, "func decodeHeadMember")
	assert.Equal(t, 1, strings.Count(own, `case "title":`))
}

// nullRefused has its own UnmarshalJSON, which refuses null, as the slow
// path then does.
type nullRefused struct{ N int }

func (n *nullRefused) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return errors.New("null")
	}
	n.N = len(b)
	return nil
}

// nullTaken has its own UnmarshalJSON, which leaves it as it is for null.
type nullTaken struct{ N int }

func (n *nullTaken) UnmarshalJSON(b []byte) error {
	if string(b) != "null" {
		n.N = len(b)
	}
	return nil
}

// A member of a type with its own UnmarshalJSON is read as null (left
// zero) only if that UnmarshalJSON leaves a zero value zero for null.
func TestGenerateNullOfOwnUnmarshal(t *testing.T) {
	type holder struct {
		Refused nullRefused `json:"refused"`
		Taken   nullTaken   `json:"taken"`
	}
	src, err := generate(t, decgen.Root{Type: reflect.TypeFor[holder](), Func: "decodeHolder"})
	require.NoError(t, err)
	assert.Contains(t, src, "bit = 1 << 0\n\t\t\tif err := x.Refused.UnmarshalJSONFrom(dec); err != nil {")
	assert.Contains(t, src, "bit = 1 << 1\n\t\t\tif dec.PeekKind() != 'n' {\n\t\t\t\tif err := x.Taken.UnmarshalJSONFrom(dec); err != nil {")
}

// TestGenerateRefuses checks that a type the generated code would not
// read as the slow path does fails the generation, with its name.
func TestGenerateRefuses(t *testing.T) {
	type withMap struct {
		M map[string]int `json:"m"`
	}
	type withPointer struct {
		P *int `json:"p"`
	}
	type withOption struct {
		S int `json:"s,string"`
	}
	for _, c := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[withMap](), "map"},
		{reflect.TypeFor[withPointer](), "*int"},
		{reflect.TypeFor[withOption](), `option "string"`},
	} {
		_, err := generate(t, decgen.Root{Type: c.typ, Func: "decode"})
		require.Error(t, err, c.typ)
		assert.Contains(t, err.Error(), c.want, c.typ)
	}
}
