// Package valgen generates the quick checks of the records' own rules:
// Go code that decides, field by field, whether a record keeps every
// rule of its `validate` tags and every struct-level rule it reaches,
// without the compiled plans' interpretation (a closure call per rule and
// a switch per step). The code is derived from the same plans
// (internal/validate's Shapes), so each rule is still declared once, in
// its tag or its RegisterStruct call; a test fails while the generated
// file is stale.
//
// A quick check only decides: the Checker runs the plans ([validate.Fast])
// on a record that it does not pass, and they say what is wrong. So a
// quick check may refuse a valid record (that costs time only), but must
// never pass one that the plans fail; differential tests in the root
// package and in each package with builders (through mutate.Agree and
// mutate.FuzzAgree) hold it to that on generated, mutated and fuzzed
// records.
//
// [Files] returns rules_gen.go of the root package and of each package
// with builders.
package valgen

import (
	"bytes"
	"fmt"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

const validatePkg = "github.com/newsevent/newsevent/internal/validate"

// File is one file the generator writes: its path from the module root,
// and its text.
type File struct {
	Path string
	Data []byte
}

// target is a package that gets quick checks, and the records they
// start from.
type target struct {
	dir, name, doc string
	pkg            string // the import path of the package
	roots          []reflect.Type
}

// rootDoc and builderDoc are the comments of the generated files.
const (
	rootDoc = "The quick checks of the records' own rules (see check.go), generated\n" +
		"from the validate tags and struct-level rules by internal/valgen:\n" +
		"go generate . rewrites this file. Under the build tag valgen,\n" +
		"rules_stub.go stands in for it, so that the generator builds even when\n" +
		"this file no longer compiles."
	builderDoc = "The quick checks of the rules of the values this package's builders\n" +
		"and parsers make, generated from the validate tags and struct-level\n" +
		"rules by internal/valgen as the root package's rules_gen.go is: go\n" +
		"generate . in the module root rewrites this file, and rules_stub.go\n" +
		"stands in for it under the build tag valgen."
)

// Files returns the files of quick checks: rules_gen.go of the root
// package, which the Checker runs on every record, and one in each
// package with builders (actor, territory, source, event), which their
// Build runs. A package's file checks only the records of that package,
// and repeats the checks of the types from other packages that they
// reach (a package cannot call another's unexported functions).
func Files() ([]File, error) {
	kinds, err := gensrc.EventKinds("valgen")
	if err != nil {
		return nil, err
	}
	mod := reflect.TypeFor[newsevent.Identity]().PkgPath()
	targets := []target{
		{"", "newsevent", rootDoc, mod, append([]reflect.Type{
			reflect.TypeFor[actor.Actor](),
			reflect.TypeFor[territory.Territory](),
			reflect.TypeFor[source.Source](),
			reflect.TypeFor[territory.Status](),
			reflect.TypeFor[newsevent.Identity](),
		}, kinds...)},
		{"actor", "actor", builderDoc, mod + "/actor", []reflect.Type{reflect.TypeFor[actor.Actor]()}},
		{"territory", "territory", builderDoc, mod + "/territory", []reflect.Type{reflect.TypeFor[territory.Territory](), reflect.TypeFor[territory.Status]()}},
		{"source", "source", builderDoc, mod + "/source", []reflect.Type{reflect.TypeFor[source.Source](), reflect.TypeFor[source.Time]()}},
		{"event", "event", builderDoc, mod + "/event", kinds},
	}
	var files []File
	for _, t := range targets {
		data, err := rules(t)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Path: path.Join(t.dir, "rules_gen.go"), Data: data})
	}
	return files, nil
}

// rules returns the file of quick checks of target t: the function
// rulesHold, which reports whether a record of one of t's roots (a
// pointer to it) keeps its own rules, and one function per struct type
// that those records reach.
func rules(t target) ([]byte, error) {
	g := &gen{
		pkg:     t.pkg,
		imports: map[string]bool{validatePkg: true},
		shapes:  map[reflect.Type]*validate.StructShape{},
		zeros:   map[reflect.Type]string{},
		types:   map[reflect.Type]string{},
	}
	for _, t := range t.roots {
		shapes, err := validate.Shapes(t)
		if err != nil {
			return nil, fmt.Errorf("valgen: %v: %w", t, err)
		}
		for st, s := range shapes {
			g.shapes[st] = s
		}
	}
	var body bytes.Buffer
	doc := `// rulesHold reports whether record v, a pointer to one of the types the
// Checker takes, keeps its own rules: what validate.Fast decides, without
// saying why. It is false for a type it does not know, and for nil.
`
	if t.dir != "" {
		doc = `// rulesHold reports whether v, a pointer to a value this package's
// builders or parsers make, keeps its own rules: what validate.Fast
// decides, without saying why. It is false for a type it does not know,
// and for nil.
`
	}
	body.WriteString("\n" + doc + `func rulesHold(v any) bool {
	l := validate.NewLevels(v)
	defer l.Close()
	switch v := v.(type) {
`)
	for _, t := range t.roots {
		fmt.Fprintf(&body, "\tcase *%s:\n\t\treturn v != nil && %s(l, v)\n", g.typeName(t), g.funcName(t))
	}
	body.WriteString("\t}\n\treturn false\n}\n")
	types := make([]reflect.Type, 0, len(g.shapes))
	for t := range g.shapes {
		types = append(types, t)
	}
	slices.SortFunc(types, func(a, b reflect.Type) int { return strings.Compare(g.funcName(a), g.funcName(b)) })
	for _, t := range types {
		if err := g.structFunc(&body, g.shapes[t]); err != nil {
			return nil, err
		}
	}
	g.vars(&body)
	return gensrc.File{
		Generator:  "internal/valgen",
		Doc:        t.doc,
		Constraint: "!valgen",
		Package:    t.name,
		Imports:    g.imports,
	}.Source(body.Bytes())
}

type gen struct {
	pkg     string
	imports map[string]bool
	shapes  map[reflect.Type]*validate.StructShape
	zeros   map[reflect.Type]string // zero tests called through validate.ZeroFunc
	types   map[reflect.Type]string // the validate.Level variables of structs with a struct-level rule
	n       int                     // the last variable number used in a function
}

// typeName is how the generated file names t.
func (g *gen) typeName(t reflect.Type) string {
	if t.PkgPath() == g.pkg {
		return t.Name()
	}
	if t.PkgPath() == "" {
		return t.String()
	}
	g.imports[t.PkgPath()] = true
	return t.String() // package name.Type: the packages reached are named as their last element
}

// funcName is the name of the check of struct type t.
func (g *gen) funcName(t reflect.Type) string {
	pkg := t.PkgPath()
	pkg = pkg[strings.LastIndex(pkg, "/")+1:]
	if t.PkgPath() == g.pkg {
		pkg = ""
	}
	if pkg != "" {
		pkg = strings.ToUpper(pkg[:1]) + pkg[1:]
	}
	return "rules" + pkg + t.Name()
}

func (g *gen) fresh(prefix string) string {
	g.n++
	return prefix + strconv.Itoa(g.n)
}

// structFunc writes the check of one struct type.
func (g *gen) structFunc(b *bytes.Buffer, s *validate.StructShape) error {
	g.n = 0
	t := s.Type
	fmt.Fprintf(b, "\n// %s reports whether p keeps the rules of its fields and its own.\n", g.funcName(t))
	fmt.Fprintf(b, "func %s(l validate.Levels, p *%s) bool {\n", g.funcName(t), g.typeName(t))
	if len(s.Fields) == 0 && !s.Level {
		b.WriteString("\t_, _ = l, p\n")
	}
	for _, f := range s.Fields {
		fmt.Fprintf(b, "\t{ // %s\n", f.Name)
		if err := g.value(b, f.Value, "&p."+f.Name, "\t\t"); err != nil {
			return fmt.Errorf("valgen: %v.%s: %w", t, f.Name, err)
		}
		b.WriteString("\t}\n")
	}
	if s.Level {
		g.imports["unsafe"] = true
		fmt.Fprintf(b, "\treturn l.Hold(%s, unsafe.Pointer(p))\n}\n", g.typeVar(t))
	} else {
		b.WriteString("\treturn true\n}\n")
	}
	return nil
}

// value writes the checks of vs on the value that expression x points to
// (the field as declared, before the pointers of vs.Ptrs are followed).
func (g *gen) value(b *bytes.Buffer, vs *validate.ValueShape, x, ind string) error {
	v := g.fresh("v")
	fmt.Fprintf(b, "%s%s := %s\n", ind, v, x)
	closers := 0
	open := func(cond string) {
		fmt.Fprintf(b, "%sif %s {\n", ind, cond)
		ind += "\t"
		closers++
	}
	for range vs.Ptrs {
		next := g.fresh("v")
		if vs.NilOK {
			open("*" + v + " != nil")
		} else {
			fmt.Fprintf(b, "%sif *%s == nil {\n%s\treturn false\n%s}\n", ind, v, ind, ind)
		}
		fmt.Fprintf(b, "%s%s := *%s\n", ind, next, v)
		v = next
	}
	dived := false
steps:
	for _, s := range vs.Steps {
		switch s.Kind {
		case validate.StepOmit:
			cond, err := g.check(vs, s, v)
			if err != nil {
				return err
			}
			open(cond)
		case validate.StepCheck:
			cond, err := g.check(vs, s, v)
			if err != nil {
				return err
			}
			if cond != "true" {
				fmt.Fprintf(b, "%sif %s {\n%s\treturn false\n%s}\n", ind, negate(cond), ind, ind)
			}
		case validate.StepDive:
			i := g.fresh("i")
			fmt.Fprintf(b, "%sfor %s := range *%s {\n", ind, i, v)
			if err := g.value(b, s.Dive, fmt.Sprintf("&(*%s)[%s]", v, i), ind+"\t"); err != nil {
				return err
			}
			fmt.Fprintf(b, "%s}\n", ind)
			dived = true
			break steps
		}
	}
	if vs.Nested != nil && !dived {
		fmt.Fprintf(b, "%sif !%s(l, %s) {\n%s\treturn false\n%s}\n", ind, g.funcName(vs.Nested), v, ind, ind)
	}
	for range closers {
		ind = ind[:len(ind)-1]
		fmt.Fprintf(b, "%s}\n", ind)
	}
	if closers == 0 && vs.Nested == nil && len(vs.Steps) == 0 {
		fmt.Fprintf(b, "%s_ = %s\n", ind, v)
	}
	return nil
}

// negate returns the negation of condition c: c without its leading
// "!", "!" and c when c is one call, or c with its one == or != turned,
// when it is that simple (no && or ||, and no other comparison, whose NaN
// would not turn); else !(c).
func negate(c string) string {
	if strings.ContainsAny(c, "&|<>") {
		return "!(" + c + ")"
	}
	switch {
	case strings.HasPrefix(c, "!"):
		return c[1:]
	case !strings.Contains(c, " "): // a call or a variable
		return "!" + c
	case strings.Count(c, " != ") == 1 && !strings.Contains(c, " == "):
		return strings.Replace(c, " != ", " == ", 1)
	case strings.Count(c, " == ") == 1 && !strings.Contains(c, " != "):
		return strings.Replace(c, " == ", " != ", 1)
	}
	return "!(" + c + ")"
}

// nilable kinds are those whose value is a pointer word (or a slice's).
func nilable(k reflect.Kind) bool {
	switch k {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return true
	}
	return false
}

// check returns the condition under which the value at pointer v passes
// step s (or, for omitempty and omitzero, is not empty), as the plans
// decide it (internal/validate's compileRule, hasValue and notZero).
func (g *gen) check(vs *validate.ValueShape, s validate.StepShape, v string) (string, error) {
	t := vs.Type
	k := t.Kind()
	str := func(fn string) (string, error) {
		if k != reflect.String {
			return "", fmt.Errorf("the tag %q on a %v", s.Tag, t)
		}
		return fmt.Sprintf("%s(string(*%s))", fn, v), nil
	}
	switch s.Tag {
	case "omitempty", string(vocab.RuleRequired):
		switch {
		case nilable(k):
			return "*" + v + " != nil", nil
		case vs.Ptrs > 0:
			return "true", nil
		}
		return g.nonZero(t, v), nil
	case "omitzero":
		switch k {
		case reflect.Slice, reflect.Map:
			return fmt.Sprintf("*%s != nil && len(*%s) > 0", v, v), nil
		case reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
			return "*" + v + " != nil", nil
		}
		return g.nonZero(t, v), nil
	case string(vocab.RuleID):
		return g.nonZero(t, v), nil
	case string(vocab.RuleEnum):
		if !reflect.PointerTo(t).Implements(reflect.TypeFor[validate.Enum]()) {
			return "false", nil
		}
		return v + ".IsValid()", nil
	case string(vocab.RuleLanguage):
		if t == reflect.TypeFor[language.Tag]() {
			return "true", nil
		}
		return str("validate.IsLanguage")
	case string(vocab.RuleWikidata):
		return str("validate.IsWikidata")
	case string(vocab.RuleToken):
		return str("validate.IsToken")
	case string(vocab.RuleURL):
		return str("validate.IsHTTPURL")
	case string(vocab.RuleText):
		return str("validate.IsText")
	case string(vocab.RuleNoSpace), string(vocab.RuleTrimmed), string(vocab.RuleExcludes):
		if k != reflect.String {
			return "", fmt.Errorf("the tag %q on a %v", s.Tag, t)
		}
		x := "string(*" + v + ")"
		if s.Tag == string(vocab.RuleTrimmed) {
			return fmt.Sprintf("validate.IsTrimmed(%s)", x), nil
		}
		g.imports["strings"] = true
		if s.Tag == string(vocab.RuleNoSpace) {
			return fmt.Sprintf(`!strings.ContainsAny(%s, " \t\r\n")`, x), nil
		}
		return fmt.Sprintf("!strings.Contains(%s, %q)", x, s.Param), nil
	case string(vocab.RuleFinite):
		if k != reflect.Float32 && k != reflect.Float64 {
			return "", fmt.Errorf("the tag %q on a %v", s.Tag, t)
		}
		return fmt.Sprintf("float64(*%s)-float64(*%s) == 0", v, v), nil
	case string(vocab.RuleUTC), string(vocab.RuleDate):
		if t != reflect.TypeFor[time.Time]() {
			return "", fmt.Errorf("the tag %q on a %v", s.Tag, t)
		}
		if s.Tag == string(vocab.RuleUTC) {
			return fmt.Sprintf("*%s == %s.UTC()", v, v), nil
		}
		return fmt.Sprintf("validate.IsDate(*%s)", v), nil
	case string(vocab.RuleGTE), string(vocab.RuleMin):
		return g.compare(vs, s, v, ">=")
	case string(vocab.RuleLTE), string(vocab.RuleMax):
		return g.compare(vs, s, v, "<=")
	case string(vocab.RuleGT):
		return g.compare(vs, s, v, ">")
	case "lt":
		return g.compare(vs, s, v, "<")
	case "len":
		return g.compare(vs, s, v, "==")
	}
	return "", fmt.Errorf("the tag %q is not known to valgen", s.Tag)
}

// compare is gte, lte, gt, lt, min, max and len as the plans compare: a
// string's count of runes, a slice's or array's length, or a number,
// with the parameter.
func (g *gen) compare(vs *validate.ValueShape, s validate.StepShape, v, op string) (string, error) {
	t := vs.Type
	bad := func(err error) (string, error) {
		return "", fmt.Errorf("the tag %s=%s on a %v: %w", s.Tag, s.Param, t, err)
	}
	switch t.Kind() {
	case reflect.String, reflect.Slice, reflect.Array:
		n, err := strconv.ParseInt(s.Param, 0, 64)
		if err != nil {
			return bad(err)
		}
		if t.Kind() == reflect.String {
			g.imports["unicode/utf8"] = true
			return fmt.Sprintf("int64(utf8.RuneCountInString(string(*%s))) %s %d", v, op, n), nil
		}
		return fmt.Sprintf("int64(len(*%s)) %s %d", v, op, n), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var n int64
		if t == reflect.TypeFor[time.Duration]() {
			d, err := time.ParseDuration(s.Param)
			if err != nil {
				d2, err2 := strconv.ParseInt(s.Param, 0, 64)
				if err2 != nil {
					return bad(err)
				}
				d = time.Duration(d2)
			}
			n = int64(d)
		} else {
			var err error
			if n, err = strconv.ParseInt(s.Param, 0, 64); err != nil {
				return bad(err)
			}
		}
		return fmt.Sprintf("int64(*%s) %s %d", v, op, n), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s.Param, 0, 64)
		if err != nil {
			return bad(err)
		}
		return fmt.Sprintf("uint64(*%s) %s %d", v, op, n), nil
	case reflect.Float32, reflect.Float64:
		bits := 64
		if t.Kind() == reflect.Float32 {
			bits = 32
		}
		f, err := strconv.ParseFloat(s.Param, bits)
		if err != nil {
			return bad(err)
		}
		// A NaN fails every comparison, as it fails the plans'.
		return fmt.Sprintf("float64(*%s) %s %s", v, op, strconv.FormatFloat(f, 'g', -1, 64)), nil
	}
	return bad(fmt.Errorf("kind %v not handled", t.Kind()))
}

// zero returns the condition that the value at pointer v is zero, as the
// plans' zero test (reflect.Value.IsZero) decides it.
func (g *gen) zero(t reflect.Type, v string) string {
	switch t.Kind() {
	case reflect.String:
		return "len(*" + v + ") == 0"
	case reflect.Bool:
		return "!*" + v
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "*" + v + " == 0" // the plans compare a float with 0 too
	case reflect.Slice, reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return "*" + v + " == nil"
	case reflect.Array, reflect.Struct:
		if exact(t) {
			return fmt.Sprintf("*%s == (%s{})", v, g.typeName(t))
		}
	}
	g.imports["unsafe"] = true
	return fmt.Sprintf("%s(unsafe.Pointer(%s))", g.zeroVar(t), v)
}

// nonZero is the negation of zero.
func (g *gen) nonZero(t reflect.Type, v string) string {
	z := g.zero(t, v)
	for _, op := range []string{" == 0", " == nil", " == ("} {
		if i := strings.Index(z, op); i > 0 && strings.HasPrefix(z, "*") {
			return z[:i] + strings.Replace(op, "==", "!=", 1) + z[i+len(op):]
		}
	}
	switch {
	case strings.HasPrefix(z, "len("):
		return strings.Replace(z, " == 0", " != 0", 1)
	case strings.HasPrefix(z, "!*"):
		return z[1:]
	}
	return "!" + z
}

// exact reports whether == on values of t tells a zero value exactly as
// reflect.Value.IsZero does: no floats (-0 == 0), no interfaces (== may
// panic), nothing that cannot be compared.
func exact(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.String, reflect.Pointer, reflect.Chan, reflect.UnsafePointer,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	case reflect.Array:
		return exact(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if !exact(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}

// zeroVar names the package variable that holds the plans' zero test of
// t.
func (g *gen) zeroVar(t reflect.Type) string { return g.pkgVar(g.zeros, "rulesZero", t) }

// typeVar names the package variable that holds the validate.Level of
// struct type t, for Levels.Hold.
func (g *gen) typeVar(t reflect.Type) string { return g.pkgVar(g.types, "rulesLevel", t) }

// pkgVar names, once per type in names, a package variable about t.
func (g *gen) pkgVar(names map[reflect.Type]string, prefix string, t reflect.Type) string {
	if n, ok := names[t]; ok {
		return n
	}
	n := prefix + strings.TrimPrefix(g.funcName(t), "rules")
	names[t] = n
	return n
}

// vars writes the package variables that typeVar and zeroVar named.
func (g *gen) vars(b *bytes.Buffer) {
	if len(g.zeros)+len(g.types) == 0 {
		return
	}
	g.imports["reflect"] = true
	type def struct{ name, val string }
	var defs []def
	for t, n := range g.types {
		defs = append(defs, def{n, fmt.Sprintf("validate.LevelOf(reflect.TypeFor[%s]())", g.typeName(t))})
	}
	for t, n := range g.zeros {
		defs = append(defs, def{n, fmt.Sprintf("validate.ZeroFunc(reflect.TypeFor[%s]())", g.typeName(t))})
	}
	slices.SortFunc(defs, func(a, b def) int { return strings.Compare(a.name, b.name) })
	b.WriteString("\n// The struct-level rules the checks run, and the zero tests they borrow\n// from the plans; set once (a Level looks its rule up again only after a\n// registration).\nvar (\n")
	for _, d := range defs {
		fmt.Fprintf(b, "\t%s = %s\n", d.name, d.val)
	}
	b.WriteString(")\n")
}
