// Package walkgen generates typed walks: Go code that visits every value
// of chosen types inside a record, field by field, with the JSON path to
// it, as the reflection walker of internal/walk does, without reflection
// at run time. The walk is derived from the Go types by reflection when
// the code is generated, so a field added to a record is walked once `go
// generate` runs again; a test fails while the generated file is stale.
//
// [Refs] makes the walks of the root package's reference checks
// (refs_gen.go, called by the Checker); [Generate] makes the walks of any
// [Spec].
//
// # What a generated walk does
//
// For each root type it writes a function that takes a pointer to a
// record, a visitor and a *walk.Path, and visits in the order of the
// fields (that of the JSON form): a field of a target type is visited
// through the target's call, a struct target is visited and then walked
// into, slices and arrays element by element, pointers when not nil. It
// does not follow unexported fields, maps or interfaces, exactly like the
// reflection walker, and it keeps only the fields whose types can hold a
// target. The path is built with walk.Path's Field, Index and Pop, so a
// visit that needs it turns it into a string only then. The root's own ID
// (a field named "id" of a target ID type, at the top level or through
// embedded structs) is not visited: it is the record's identity, not a
// reference.
package walkgen

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/newsevent/newsevent/internal/gensrc"
)

// Target is a type the walk looks for.
type Target struct {
	// Type is the type to find.
	Type reflect.Type
	// Call is the statement that visits a value found, a format for
	// fmt.Sprintf given a pointer to the value ("&x.Actor"); the visitor
	// is v and the path at.
	Call string
	// ID marks an ID type: a root's own field "id" of this type is not
	// visited.
	ID bool
}

// Root is a record type to write a walk function for.
type Root struct {
	// Type is the record's struct type.
	Type reflect.Type
	// Func is the name of the function.
	Func string
}

// Dispatch is a function that walks a value of an interface type by
// switching on its dynamic type, one of the roots given as pointers. It
// returns false for a type it does not know.
type Dispatch struct {
	// Interface is the interface type.
	Interface reflect.Type
	// Func is the name of the function.
	Func string
	// Roots are the concrete types, each walked as a root.
	Roots []Root
}

// Spec says what to generate.
type Spec struct {
	// Generator names the generator in the file's header.
	Generator string
	// Doc is the comment above the package clause's file, after the header.
	Doc string
	// Constraint is the build constraint of the file ("!walkgen"), if any.
	Constraint string
	// Package and PkgPath are the name and import path of the package
	// the file is in.
	Package, PkgPath string
	// Visitor is the type of the visitor the calls use (v).
	Visitor string
	// Imports are imports that the calls need beyond the types'.
	Imports []string
	// Targets are the types to find.
	Targets []Target
	// Roots are the record types to walk.
	Roots []Root
	// Dispatches are the interface types to walk.
	Dispatches []Dispatch
}

// Generate returns the gofmt-ed Go source of the walks spec asks for.
func Generate(spec Spec) ([]byte, error) {
	g := &gen{
		spec:    spec,
		targets: map[reflect.Type]Target{},
		refers:  map[reflect.Type]bool{},
		helpers: map[reflect.Type]string{},
		imports: map[string]bool{"github.com/newsevent/newsevent/internal/walk": true},
	}
	for _, t := range spec.Targets {
		g.targets[t.Type] = t
	}
	for _, imp := range spec.Imports {
		g.imports[imp] = true
	}
	var body bytes.Buffer
	for _, r := range spec.Roots {
		g.root(&body, r)
	}
	for _, d := range spec.Dispatches {
		fmt.Fprintf(&body, "\n// %s walks e, whose dynamic type is one of the records it knows, and\n// returns false for any other.\n", d.Func)
		fmt.Fprintf(&body, "func %s(e %s, v %s, at *walk.Path) bool {\n\tswitch x := e.(type) {\n", d.Func, g.typeName(d.Interface), spec.Visitor)
		for _, r := range d.Roots {
			fmt.Fprintf(&body, "\tcase *%s:\n\t\t%s(x, v, at)\n", g.typeName(r.Type), r.Func)
		}
		body.WriteString("\tdefault:\n\t\treturn false\n\t}\n\treturn true\n}\n")
		for _, r := range d.Roots {
			g.root(&body, r)
		}
	}
	// Helpers, in the order of first use; writing one may queue more.
	for i := 0; i < len(g.queue); i++ {
		t := g.queue[i]
		fmt.Fprintf(&body, "\nfunc %s(x *%s, v %s, at *walk.Path) {\n", g.helpers[t], g.typeName(t), spec.Visitor)
		g.fields(&body, "x", t, false, 1)
		body.WriteString("}\n")
	}
	if g.err != nil {
		return nil, g.err
	}
	out, err := gensrc.File{Generator: spec.Generator, Constraint: spec.Constraint, Doc: spec.Doc, Package: spec.Package, Imports: g.imports}.Source(body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("walkgen: %w", err)
	}
	return out, nil
}

type gen struct {
	spec    Spec
	targets map[reflect.Type]Target
	refers  map[reflect.Type]bool
	helpers map[reflect.Type]string // named struct type -> its walk function
	queue   []reflect.Type
	imports map[string]bool
	err     error
}

func (g *gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf("walkgen: "+format, args...)
	}
}

// root writes the walk function of a root.
func (g *gen) root(b *bytes.Buffer, r Root) {
	if r.Type.Kind() != reflect.Struct {
		g.fail("root %v is not a struct", r.Type)
		return
	}
	fmt.Fprintf(b, "\n// %s visits every target in x, but for its own ID.\n", r.Func)
	fmt.Fprintf(b, "func %s(x *%s, v %s, at *walk.Path) {\n", r.Func, g.typeName(r.Type), g.spec.Visitor)
	g.fields(b, "x", r.Type, true, 1)
	b.WriteString("}\n")
}

// typeName returns the name of a named type as the generated file spells
// it, and imports its package.
func (g *gen) typeName(t reflect.Type) string {
	if t.Name() == "" || t.PkgPath() == "" {
		g.fail("type %v has no name", t)
		return t.String()
	}
	if t.PkgPath() == g.spec.PkgPath {
		return t.Name()
	}
	g.imports[t.PkgPath()] = true
	return t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:] + "." + t.Name()
}

// mayRefer reports whether values of type t can hold a target, as the
// reflection walker decides it.
func (g *gen) mayRefer(t reflect.Type) bool {
	if r, ok := g.refers[t]; ok {
		return r
	}
	r := g.mayReferType(t, map[reflect.Type]bool{})
	g.refers[t] = r
	return r
}

func (g *gen) mayReferType(t reflect.Type, seen map[reflect.Type]bool) bool {
	if _, ok := g.targets[t]; ok {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return g.mayReferType(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && g.mayReferType(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// fields writes the walk of the fields of x, a struct of type t (x is a
// pointer or an addressable struct expression); top says that x is the
// root or a struct embedded in it, whose own ID is skipped.
func (g *gen) fields(b *bytes.Buffer, x string, t reflect.Type, top bool, depth int) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || !g.mayRefer(f.Type) {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && name == "":
		case name == "":
			name = f.Name
		}
		expr := x + "." + f.Name
		if top && name == "id" && g.targets[f.Type].ID {
			fmt.Fprintf(b, "\t// %s is the record's own ID, not a reference.\n", expr)
			continue
		}
		if f.Anonymous && name == "" {
			// An embedded struct: no step in the path.
			if _, target := g.targets[f.Type]; top && !target && f.Type.Kind() == reflect.Struct {
				g.fields(b, expr, f.Type, true, depth)
				continue
			}
			if top && f.Type.Kind() != reflect.Struct {
				g.fail("%v embeds %v, which is not a struct", t, f.Type)
			}
			g.value(b, expr, f.Type, depth)
			continue
		}
		fmt.Fprintf(b, "\tat.Field(%q)\n", name)
		g.value(b, expr, f.Type, depth)
		b.WriteString("\tat.Pop()\n")
	}
}

// addr returns a pointer expression to the addressable expr.
func addr(expr string) string {
	if strings.HasPrefix(expr, "(*") && strings.HasSuffix(expr, ")") && !strings.ContainsAny(expr[2:len(expr)-1], "().[]") {
		return expr[2 : len(expr)-1]
	}
	return "&" + expr
}

// value writes the walk of expr, an addressable value of type t.
func (g *gen) value(b *bytes.Buffer, expr string, t reflect.Type, depth int) {
	if tg, ok := g.targets[t]; ok {
		fmt.Fprintf(b, "\t"+tg.Call+"\n", addr(expr))
		if t.Kind() != reflect.Struct {
			return
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		if t.Name() == "" {
			g.fields(b, expr, t, false, depth)
			return
		}
		name, ok := g.helpers[t]
		if !ok {
			pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
			if t.PkgPath() == g.spec.PkgPath {
				pkg = ""
			}
			name = "walk" + upper(pkg) + upper(t.Name())
			for _, other := range g.helpers {
				if other == name {
					g.fail("two types have the walk function %s", name)
				}
			}
			g.helpers[t] = name
			g.queue = append(g.queue, t)
		}
		fmt.Fprintf(b, "\t%s(%s, v, at)\n", name, addr(expr))
	case reflect.Slice, reflect.Array:
		if !g.mayRefer(t.Elem()) {
			return
		}
		i := fmt.Sprintf("i%d", depth)
		fmt.Fprintf(b, "\tfor %s := range %s {\n\tat.Index(%s)\n", i, expr, i)
		g.value(b, expr+"["+i+"]", t.Elem(), depth+1)
		b.WriteString("\tat.Pop()\n\t}\n")
	case reflect.Pointer:
		p := fmt.Sprintf("p%d", depth)
		fmt.Fprintf(b, "\tif %s := %s; %s != nil {\n", p, expr, p)
		g.value(b, "(*"+p+")", t.Elem(), depth+1)
		b.WriteString("\t}\n")
	default:
		g.fail("cannot walk %v", t)
	}
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
