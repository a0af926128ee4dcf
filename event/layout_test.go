package event_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
)

// These tests read the package's own source, so that a kind added in one
// place and forgotten in another fails here, each with a message that
// names the place (see CONTRIBUTING.md, "Add an event kind").

// sourceFiles parses the package's non-test Go files.
func sourceFiles(t *testing.T) map[string]*ast.File {
	t.Helper()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	out := map[string]*ast.File{}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err)
		out[name] = f
	}
	return out
}

// kindType returns the name of the concrete type of kind k ("RoleChange").
func kindType(t *testing.T, k event.Kind) string {
	t.Helper()
	e, err := event.Zero(k)
	require.NoError(t, err)
	return reflect.TypeOf(e).Elem().Name()
}

// declared lists what a file declares: types, functions, and methods as
// "Type.Method".
func declared(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				out = append(out, d.Name.Name)
				continue
			}
			recv := d.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			out = append(out, recv.(*ast.Ident).Name+"."+d.Name.Name)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					out = append(out, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						out = append(out, n.Name)
					}
				}
			}
		}
	}
	return out
}

// Every type with the marker method is in the table of kinds: a kind
// written but not added to the table (kinds.go) fails here.
func TestEveryMarkedTypeIsInTheTable(t *testing.T) {
	var marked []string
	for _, f := range sourceFiles(t) {
		for _, d := range declared(f) {
			if typ, ok := strings.CutSuffix(d, ".isEvent"); ok {
				marked = append(marked, typ)
			}
		}
	}
	var inTable []string
	for _, k := range event.Kinds() {
		inTable = append(inTable, kindType(t, k))
	}
	assert.ElementsMatch(t, marked, inTable, "types with isEvent vs the table of kinds in kinds.go")
}

// Each kind lives in a file named after it (role_change in rolechange.go)
// with everything a kind has: its Kind constant, type, marker, the
// methods of Event, its JSON glue and its builder.
func TestEveryKindHasItsFile(t *testing.T) {
	files := sourceFiles(t)
	for _, k := range event.Kinds() {
		typ := kindType(t, k)
		name := strings.ReplaceAll(string(k), "_", "") + ".go"
		f, ok := files[name]
		if !assert.True(t, ok, "kind %s has no file %s", k, name) {
			continue
		}
		decls := declared(f)
		for _, want := range []string{
			"Kind" + typ, typ, typ + ".isEvent", typ + ".Kind", typ + ".Participants", typ + ".AllPlaces",
			typ + ".AllLinks", typ + ".Codes", typ + ".Validate", typ + ".MarshalJSON", typ + ".UnmarshalJSON",
			typ + "Builder", "New" + typ, typ + "Builder.Build",
		} {
			assert.Contains(t, decls, want, "%s does not declare %s", name, want)
		}
	}
}

// The documentation names every kind: the doc comment of Event, which go
// doc shows, beside the table of kinds.
func TestEveryKindIsDocumented(t *testing.T) {
	files := sourceFiles(t)
	var eventDoc string
	for _, d := range files["kinds.go"].Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			if s := g.Specs[0].(*ast.TypeSpec); s.Name.Name == "Event" {
				eventDoc = g.Doc.Text()
			}
		}
	}
	require.NotEmpty(t, eventDoc)
	for _, k := range event.Kinds() {
		link := "[*" + kindType(t, k) + "]"
		assert.Contains(t, eventDoc, link, "the doc comment of Event (kinds.go) does not name %s", k)
	}
}

// The table of kinds lists each kind once.
func TestKindsAreUnique(t *testing.T) {
	kinds := event.Kinds()
	assert.Equal(t, len(kinds), len(slices.Compact(slices.Sorted(slices.Values(kinds)))))
}
