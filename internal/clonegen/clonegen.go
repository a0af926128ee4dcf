// Package clonegen generates typed deep copies: Go code that copies a
// record field by field, as the reflective plan of internal/clone does,
// without reflection at run time. The copies are derived from the Go
// types by reflection when the code is generated, so a field added to a
// record is copied once `go generate` runs again; a test fails while a
// generated file is stale.
//
// [Files] makes the clone_gen.go file of every package of records;
// [Generate] makes the file of any [Spec].
//
// # What a generated copy does
//
// For each named struct type that holds memory an assignment would share
// it writes a function deep<Name>(x *T) that takes a shallow copy (all
// fields, unexported ones included, copied by assignment) and replaces
// each exported field that shares memory with a copy of its own: slices
// made with the same length (nil stays nil, empty stays empty), pointers
// newly allocated, maps copied, nested structs by their own function,
// interfaces through a generated type switch or, for the interfaces the
// file does not know, through clone.Of. Like the reflective plan, it does
// not follow unexported fields. The file's init registers with
// clone.Register a copy of each root type T, of *T and of []T, and of
// each interface and slice of it, so that clone.Of uses them.
package clonegen

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/newsevent/newsevent/internal/gensrc"
)

// Dispatch is an interface type whose values are copied by switching on
// their dynamic type; a type it does not list is copied by reflection.
type Dispatch struct {
	// Interface is the interface type.
	Interface reflect.Type
	// Cases are the dynamic types the switch knows (pointers or values).
	Cases []reflect.Type
}

// Spec says what to generate.
type Spec struct {
	// Generator names the generator in the file's header.
	Generator string
	// Doc is the comment above the package clause, after the header.
	Doc string
	// Constraint is the build constraint of the file ("!clonegen"), if any.
	Constraint string
	// Package and PkgPath are the name and import path of the package
	// the file is in.
	Package, PkgPath string
	// Roots are the struct types whose copies (of T, *T and []T) are
	// registered.
	Roots []reflect.Type
	// Dispatches are the interface types whose copies (of I and []I) are
	// registered.
	Dispatches []Dispatch
}

const clonePkg = "github.com/newsevent/newsevent/internal/clone"

// Generate returns the gofmt-ed Go source of the copies spec asks for.
func Generate(spec Spec) ([]byte, error) {
	g := &gen{
		spec:     spec,
		helpers:  map[reflect.Type]string{},
		dispatch: map[reflect.Type]string{},
		imports:  map[string]bool{clonePkg: true},
	}
	for _, d := range spec.Dispatches {
		g.dispatch[d.Interface] = "deep" + g.funcName(d.Interface)
	}
	var reg, body bytes.Buffer
	register := func(t reflect.Type) {
		fmt.Fprintf(&reg, "\tclone.Register(func(x %s) %s {\n", g.typeExpr(t), g.typeExpr(t))
		g.deepen(&reg, "x", t, 1)
		reg.WriteString("\t\treturn x\n\t})\n")
	}
	for _, t := range spec.Roots {
		if t.Kind() != reflect.Struct || t.Name() == "" {
			g.fail("root %v is not a named struct", t)
			continue
		}
		register(t)
		register(reflect.PointerTo(t))
		register(reflect.SliceOf(t))
	}
	for _, d := range spec.Dispatches {
		if d.Interface.Kind() != reflect.Interface {
			g.fail("%v is not an interface", d.Interface)
			continue
		}
		register(d.Interface)
		register(reflect.SliceOf(d.Interface))
		fmt.Fprintf(&body, "\n// %s replaces *x by a deep copy, by its dynamic type.\n", g.dispatch[d.Interface])
		fmt.Fprintf(&body, "func %s(x *%s) {\n\tswitch c := (*x).(type) {\n", g.dispatch[d.Interface], g.typeExpr(d.Interface))
		for _, c := range d.Cases {
			if !c.Implements(d.Interface) {
				g.fail("%v does not implement %v", c, d.Interface)
			}
			fmt.Fprintf(&body, "\tcase %s:\n", g.typeExpr(c))
			g.deepen(&body, "c", c, 1)
			body.WriteString("\t\t*x = c\n")
		}
		body.WriteString("\tdefault:\n\t\t*x = clone.Reflect(*x)\n\t}\n}\n")
	}
	// Helpers, in the order of first use; writing one may queue more.
	for i := 0; i < len(g.queue); i++ {
		t := g.queue[i]
		fmt.Fprintf(&body, "\n// %s replaces the parts of *x that an assignment shares by copies.\n", g.helpers[t])
		fmt.Fprintf(&body, "func %s(x *%s) {\n", g.helpers[t], g.typeExpr(t))
		g.fields(&body, "x", t, 1)
		body.WriteString("}\n")
	}
	if g.err != nil {
		return nil, g.err
	}
	var all bytes.Buffer
	all.WriteString("\nfunc init() {\n")
	all.Write(reg.Bytes())
	all.WriteString("}\n")
	all.Write(body.Bytes())
	out, err := gensrc.File{Generator: spec.Generator, Constraint: spec.Constraint, Doc: spec.Doc, Package: spec.Package, Imports: g.imports}.Source(all.Bytes())
	if err != nil {
		return nil, fmt.Errorf("clonegen: %w", err)
	}
	return out, nil
}

type gen struct {
	spec     Spec
	helpers  map[reflect.Type]string // named struct type -> its function
	dispatch map[reflect.Type]string // interface type -> its function
	queue    []reflect.Type
	imports  map[string]bool
	err      error
}

func (g *gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf("clonegen: "+format, args...)
	}
}

// pkgName returns the name by which the file refers to the package of
// the named type t ("" for its own package and predeclared types).
func (g *gen) pkgName(t reflect.Type) string {
	if t.PkgPath() == "" || t.PkgPath() == g.spec.PkgPath {
		return ""
	}
	return t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
}

// funcName returns the part of a function name that stands for the named
// type t: its package (when another) and its name.
func (g *gen) funcName(t reflect.Type) string {
	return upper(g.pkgName(t)) + upper(t.Name())
}

// typeExpr returns the type t as the generated file spells it, and
// imports the packages it names.
func (g *gen) typeExpr(t reflect.Type) string {
	if t.Name() != "" {
		if t.PkgPath() == "" || t.PkgPath() == g.spec.PkgPath {
			return t.Name()
		}
		g.imports[t.PkgPath()] = true
		return g.pkgName(t) + "." + t.Name()
	}
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + g.typeExpr(t.Elem())
	case reflect.Pointer:
		return "*" + g.typeExpr(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), g.typeExpr(t.Elem()))
	case reflect.Map:
		return "map[" + g.typeExpr(t.Key()) + "]" + g.typeExpr(t.Elem())
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return "any"
		}
	}
	g.fail("cannot spell the type %v", t)
	return t.String()
}

// deep reports whether a value of t can hold memory that a plain
// assignment would share, as internal/clone decides it.
func deep(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return true
	case reflect.Array:
		return deep(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && deep(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

func isDeep(t reflect.Type) bool { return deep(t, map[reflect.Type]bool{}) }

// fields writes the copies of the exported fields of *x, a struct of
// type t that holds a shallow copy.
func (g *gen) fields(b *bytes.Buffer, x string, t reflect.Type, depth int) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && isDeep(f.Type) {
			g.deepen(b, x+"."+f.Name, f.Type, depth)
		}
	}
}

// addr returns a pointer expression to the addressable expr.
func addr(expr string) string {
	if strings.HasPrefix(expr, "(*") && strings.HasSuffix(expr, ")") {
		return expr[2 : len(expr)-1]
	}
	return "&" + expr
}

// deepen writes the code that replaces what the addressable expr, of
// type t and holding a shallow copy, shares with the original by copies.
func (g *gen) deepen(b *bytes.Buffer, expr string, t reflect.Type, depth int) {
	if !isDeep(t) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if t.Name() == "" {
			g.fields(b, expr, t, depth)
			return
		}
		name, ok := g.helpers[t]
		if !ok {
			name = "deep" + g.funcName(t)
			for _, other := range g.helpers {
				if other == name {
					g.fail("two types have the copy function %s", name)
				}
			}
			g.helpers[t] = name
			g.queue = append(g.queue, t)
		}
		fmt.Fprintf(b, "\t%s(%s)\n", name, addr(expr))
	case reflect.Slice:
		s := fmt.Sprintf("s%d", depth)
		fmt.Fprintf(b, "\tif %s != nil {\n\t%s := make(%s, len(%s))\n\tcopy(%s, %s)\n", expr, s, g.typeExpr(t), expr, s, expr)
		if isDeep(t.Elem()) {
			i := fmt.Sprintf("i%d", depth)
			fmt.Fprintf(b, "\tfor %s := range %s {\n", i, s)
			g.deepen(b, s+"["+i+"]", t.Elem(), depth+1)
			b.WriteString("\t}\n")
		}
		fmt.Fprintf(b, "\t%s = %s\n\t}\n", expr, s)
	case reflect.Array:
		i := fmt.Sprintf("i%d", depth)
		fmt.Fprintf(b, "\tfor %s := range %s {\n", i, expr)
		g.deepen(b, expr+"["+i+"]", t.Elem(), depth+1)
		b.WriteString("\t}\n")
	case reflect.Pointer:
		p := fmt.Sprintf("p%d", depth)
		fmt.Fprintf(b, "\tif %s != nil {\n\t%s := new(%s)\n\t*%s = *%s\n", expr, p, g.typeExpr(t.Elem()), p, expr)
		g.deepen(b, "(*"+p+")", t.Elem(), depth+1)
		fmt.Fprintf(b, "\t%s = %s\n\t}\n", expr, p)
	case reflect.Map:
		m, k, v := fmt.Sprintf("m%d", depth), fmt.Sprintf("k%d", depth), fmt.Sprintf("v%d", depth)
		fmt.Fprintf(b, "\tif %s != nil {\n\t%s := make(%s, len(%s))\n\tfor %s, %s := range %s {\n", expr, m, g.typeExpr(t), expr, k, v, expr)
		g.deepen(b, v, t.Elem(), depth+1)
		fmt.Fprintf(b, "\t%s[%s] = %s\n\t}\n\t%s = %s\n\t}\n", m, k, v, expr, m)
	case reflect.Interface:
		if fn, ok := g.dispatch[t]; ok {
			fmt.Fprintf(b, "\t%s(%s)\n", fn, addr(expr))
			return
		}
		fmt.Fprintf(b, "\tif %s != nil {\n\t%s = clone.Of(%s)\n\t}\n", expr, expr, expr)
	default:
		g.fail("cannot copy %v", t)
	}
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
