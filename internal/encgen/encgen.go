// Package encgen generates JSON encoders: Go code that appends the
// fields of a struct to a jsonw.Object member by member, byte for byte
// what encoding/json writes for them, without reflection or a method call
// through an interface at run time. The code is derived from the Go types
// by reflection when it is generated, so a field added to an event kind
// is encoded once `go generate` runs again; a test fails while the
// generated file is stale.
//
// [Body] makes the encoders of the event kinds' own fields
// (event/body_json_gen.go); [Generate] makes those of any [Spec].
//
// # What a generated encoder writes
//
// For each root type (an event kind, whose first field is the embedded
// header, written by a [Members] function of its own) it writes a
// function that adds the members of every other exported field to an
// object, in the order of the struct, under the name of the field's json
// tag, leaving out what omitempty and omitzero leave out as encoding/json
// decides it (the legacy definition of empty; IsZero methods for
// omitzero). Values are written by hand for:
//
//   - strings, bools, integers and float64s of types without methods of
//     encoding;
//   - closed sets: string types with IsValid and MarshalText, written as
//     they are when valid, else the error of their MarshalText;
//   - IDs: [16]byte types whose MarshalText writes the canonical UUID (the
//     generator checks it), and slices of them;
//   - the types of [Spec.Known] (source.Count, source.Time, slices of
//     source.Attribution), by the expression given for each;
//   - structs of the spec's package without methods of encoding, by
//     encoders generated for them in turn, and slices of all the above.
//
// Anything else (a type of another package with a MarshalJSON or a
// MarshalText the generator does not know, maps, pointers, interfaces,
// []byte, float32...) is marshalled by encoding/json through
// jsonw.Object.Value. A root that cannot be written member by member
// (an embedded field, a tag option other than omitempty and omitzero, a
// name to escape) is left out of the dispatch, whose caller then encodes
// it whole through encoding/json.
package encgen

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/internal/gensrc"
)

// Known is a type whose values the generated code writes with an
// expression of the spec's package.
type Known struct {
	// Type is the type.
	Type reflect.Type
	// Append is an expression of type ([]byte, error) that appends the
	// JSON of a value: a format for fmt.Sprintf given the buffer (%[1]s),
	// a pointer to the value (%[2]s) and the value itself (%[3]s).
	Append string
}

// Root is a struct type to write an encoder of the fields of.
type Root struct {
	// Type is the struct type; its first field is the embedded header
	// (any embedded struct), which the encoder leaves to its caller.
	Type reflect.Type
	// Plain is the name of the method-less copy of Type that the
	// dispatch receives a pointer to.
	Plain string
}

// Members is a struct type every field of which is written, in the order
// of the struct, by a function of its own that init registers: for a
// caller that writes the object around the members (the event header,
// after the kind and before the kind's own fields).
type Members struct {
	// Type is the struct type.
	Type reflect.Type
	// Func is the name of the function, func(o *jsonw.Object, x *Type);
	// Register is the variable that init sets to it.
	Func, Register string
}

// Spec says what to generate.
type Spec struct {
	// Generator names the generator in the file's header.
	Generator string
	// Doc is the file's comment.
	Doc string
	// Constraint is the build constraint of the file ("!encgen"), if any.
	Constraint string
	// Package and PkgPath are the name and import path of the package
	// the file is in.
	Package, PkgPath string
	// Imports are imports that the expressions of Known need.
	Imports []string
	// Known are the types written by expressions of the package.
	Known []Known
	// Roots are the types to write the fields of.
	Roots []Root
	// Members are the types to write every field of, by a function each;
	// unlike a root, a type that cannot be written member by member is
	// an error.
	Members []Members
	// Dispatch is the name of the function that writes the fields of a
	// pointer to the plain copy of any root, reporting false for any
	// other value; Register is the variable that init sets to it.
	Dispatch, Register string
}

// The helpers of the spec's package that the generated code calls: they
// are in event/header_json.go.
const (
	putEnum    = "jsonw.Enum"       // jsonw.Enum(o, name, v)
	appendEnum = "jsonw.AppendEnum" // jsonw.AppendEnum(b, v) ([]byte, error)
	appendIDs  = "appendIDs"        // appendIDs(b, l) []byte, null for nil
)

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	textAppender  = reflect.TypeFor[encoding.TextAppender]()
	isZeroer      = reflect.TypeFor[interface{ IsZero() bool }]()
	isValider     = reflect.TypeFor[interface{ IsValid() bool }]()
	validName     = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
)

// Generate returns the gofmt-ed Go source of the encoders spec asks for.
func Generate(spec Spec) ([]byte, error) {
	g := &gen{
		spec:    spec,
		known:   map[reflect.Type]Known{},
		structs: map[reflect.Type]string{},
		elems:   map[reflect.Type]string{},
		imports: map[string]bool{"github.com/newsevent/newsevent/internal/jsonw": true},
	}
	for _, k := range spec.Known {
		g.known[k.Type] = k
	}
	for _, imp := range spec.Imports {
		g.imports[imp] = true
	}
	var body bytes.Buffer
	fmt.Fprintf(&body, "\nfunc init() {\n\t%s = %s\n", spec.Register, spec.Dispatch)
	for _, m := range spec.Members {
		fmt.Fprintf(&body, "\t%s = %s\n", m.Register, m.Func)
	}
	body.WriteString("}\n")
	fmt.Fprintf(&body, "\n// %s writes to o the members of the fields of v, a pointer to the\n// method-less copy of a type it knows, but for the embedded header, and\n// reports whether it knows v's type.\n", spec.Dispatch)
	fmt.Fprintf(&body, "func %s(o *jsonw.Object, v any) bool {\n\tswitch x := v.(type) {\n", spec.Dispatch)
	var roots bytes.Buffer
	for _, r := range spec.Roots {
		if g.err != nil {
			break
		}
		name := "append" + upper(r.Type.Name()) + "Body"
		var fb bytes.Buffer
		if err := g.fields(&fb, r.Type, true); err != nil {
			fmt.Fprintf(&body, "\t// %s is encoded whole through encoding/json: %v.\n", g.typeName(r.Type), err)
			continue
		}
		fmt.Fprintf(&body, "\tcase *%s:\n\t\t%s(o, (*%s)(x))\n", r.Plain, name, g.typeName(r.Type))
		fmt.Fprintf(&roots, "\n// %s writes the members of the fields of x but its header.\n", name)
		fmt.Fprintf(&roots, "func %s(o *jsonw.Object, x *%s) {\n", name, g.typeName(r.Type))
		roots.Write(fb.Bytes())
		roots.WriteString("}\n")
	}
	body.WriteString("\tdefault:\n\t\treturn false\n\t}\n\treturn true\n}\n")
	body.Write(roots.Bytes())
	for _, m := range spec.Members {
		var fb bytes.Buffer
		if err := g.fields(&fb, m.Type, false); err != nil {
			g.fail("%v", err)
			break
		}
		fmt.Fprintf(&body, "\n// %s writes the members of the fields of x.\n", m.Func)
		fmt.Fprintf(&body, "func %s(o *jsonw.Object, x *%s) {\n", m.Func, g.typeName(m.Type))
		body.Write(fb.Bytes())
		body.WriteString("}\n")
	}
	// Helpers, in the order of first use; writing one may queue more.
	for i := 0; i < len(g.queue); i++ {
		h := g.queue[i]
		if h.t == nil {
			continue // a struct that encoding/json writes after all
		}
		if h.elem {
			fmt.Fprintf(&body, "\n// %s appends the JSON of *x to b.\n", g.elems[h.t])
			fmt.Fprintf(&body, "func %s(x *%s, b []byte) ([]byte, error) {\n\treturn %s\n}\n", g.elems[h.t], g.typeName(h.t), h.code)
			continue
		}
		fmt.Fprintf(&body, "\n// %s appends the JSON object of x to b.\n", g.structs[h.t])
		fmt.Fprintf(&body, "func %s(x *%s, b []byte) ([]byte, error) {\n\tw := jsonw.Start(b)\n\to := &w\n", g.structs[h.t], g.typeName(h.t))
		body.Write(h.fields)
		body.WriteString("\treturn o.End()\n}\n")
	}
	if g.err != nil {
		return nil, g.err
	}
	out, err := gensrc.File{Generator: spec.Generator, Constraint: spec.Constraint, Doc: spec.Doc, Package: spec.Package, Imports: g.imports}.Source(body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("encgen: %w", err)
	}
	return out, nil
}

// helper is a function queued for writing: the encoder of a struct (its
// fields' code) or the appender of a slice's element.
type helper struct {
	t      reflect.Type
	elem   bool
	code   string // elem: the expression returned
	fields []byte // struct: the members' code
}

type gen struct {
	spec    Spec
	known   map[reflect.Type]Known
	structs map[reflect.Type]string // struct type -> its encoder, "" when it has none
	elems   map[reflect.Type]string // element type -> its appender
	queue   []helper
	imports map[string]bool
	err     error
}

func (g *gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf("encgen: "+format, args...)
	}
}

// typeName returns the name of t as the generated file spells it, and
// imports the packages it needs.
func (g *gen) typeName(t reflect.Type) string {
	if t.Name() == "" {
		if t.Kind() == reflect.Slice {
			return "[]" + g.typeName(t.Elem())
		}
		g.fail("type %v has no name", t)
		return t.String()
	}
	if t.PkgPath() == "" || t.PkgPath() == g.spec.PkgPath {
		return t.Name()
	}
	g.imports[t.PkgPath()] = true
	return t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:] + "." + t.Name()
}

// encodes reports whether t or *t has a method by which encoding/json or
// encoding/json/v2 writes it.
func encodes(t reflect.Type) bool {
	for _, u := range []reflect.Type{t, reflect.PointerTo(t)} {
		if u.Implements(jsonMarshaler) || u.Implements(textMarshaler) || u.Implements(textAppender) {
			return true
		}
		if _, ok := u.MethodByName("MarshalJSONTo"); ok {
			return true
		}
	}
	return false
}

// plain reports whether t has no method of encoding.
func plain(t reflect.Type) bool { return !encodes(t) }

// isEnum reports whether t is a closed set: a string type with IsValid
// and a MarshalText of its own, and no other method of encoding.
func isEnum(t reflect.Type) bool {
	if t.Kind() != reflect.String || t.PkgPath() == "" || !t.Implements(textMarshaler) || !t.Implements(isValider) {
		return false
	}
	p := reflect.PointerTo(t)
	if p.Implements(jsonMarshaler) || p.Implements(textAppender) {
		return false
	}
	_, to := p.MethodByName("MarshalJSONTo")
	return !to
}

// isID reports whether t is a [16]byte type whose MarshalText writes the
// canonical text of a UUID, and that has no other method of encoding.
func isID(t reflect.Type) bool {
	if t.Kind() != reflect.Array || t.Len() != 16 || t.Elem().Kind() != reflect.Uint8 || !t.Implements(textMarshaler) {
		return false
	}
	p := reflect.PointerTo(t)
	if p.Implements(jsonMarshaler) || p.Implements(textAppender) {
		return false
	}
	if _, to := p.MethodByName("MarshalJSONTo"); to {
		return false
	}
	// Check the method on two values, the zero one included.
	for _, u := range []uuid.UUID{{}, uuid.NewSHA1(uuid.NameSpaceURL, []byte("encgen"))} {
		v := reflect.New(t).Elem()
		reflect.Copy(v, reflect.ValueOf(u[:]))
		out, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || string(out) != u.String() {
			return false
		}
	}
	return true
}

// tag returns the JSON name of f and its options; ok is false for a
// field that encoding/json skips.
func tag(f reflect.StructField) (name string, omitEmpty, omitZero, ok bool, err error) {
	if !f.IsExported() {
		return "", false, false, false, nil
	}
	t := f.Tag.Get("json")
	if t == "-" {
		return "", false, false, false, nil
	}
	name, opts, _ := strings.Cut(t, ",")
	if name == "" {
		name = f.Name
	}
	if !validName.MatchString(name) {
		return "", false, false, false, fmt.Errorf("field %s: the name %q is not written as it is", f.Name, name)
	}
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		switch o {
		case "omitempty":
			omitEmpty = true
		case "omitzero":
			omitZero = true
		default:
			return "", false, false, false, fmt.Errorf("field %s: option %q", f.Name, o)
		}
	}
	return name, omitEmpty, omitZero, true, nil
}

// fields writes the members of the fields of struct t, whose pointer is
// x; root says that the first field is the header, left out. An error
// says that the struct cannot be written member by member.
func (g *gen) fields(b *bytes.Buffer, t reflect.Type, root bool) error {
	if t.Kind() != reflect.Struct {
		return fmt.Errorf("%v is not a struct", t)
	}
	seen := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		if root && i == 0 {
			if !f.Anonymous || f.Type.Kind() != reflect.Struct {
				return fmt.Errorf("the first field of %v is not an embedded header", t)
			}
			continue
		}
		if f.Anonymous {
			return fmt.Errorf("%v embeds %v", t, f.Type)
		}
		name, omitEmpty, omitZero, ok, err := tag(f)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if seen[name] {
			return fmt.Errorf("two fields of %v are named %q", t, name)
		}
		seen[name] = true
		v := "x." + f.Name
		var keep []string
		if omitEmpty {
			if c := notEmpty(f.Type, v); c != "" {
				keep = append(keep, c)
			}
		}
		if omitZero {
			c, err := g.notZero(f.Type, v)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			keep = append(keep, c)
		}
		g.member(b, name, f.Type, v, keep)
	}
	return nil
}

// member writes the member name of value v, of type t, when every
// condition of keep holds.
func (g *gen) member(b *bytes.Buffer, name string, t reflect.Type, v string, keep []string) {
	cond := strings.Join(keep, " && ")
	var stmt string
	switch {
	case t.Kind() == reflect.String && plain(t):
		stmt = fmt.Sprintf("o.String(%q, %s)", name, convert(t, "string", v))
	case isID(t):
		stmt = fmt.Sprintf("o.UUID(%q, [16]byte(%s))", name, v)
	case isEnum(t) && g.known[t].Append == "":
		stmt = fmt.Sprintf("%s(o, %q, %s)", putEnum, name, v)
	default:
		code, errs, ok := g.value(t, "o.Buf()", "&"+v, v)
		if !ok {
			stmt = fmt.Sprintf("o.Value(%q, &%s)", name, v)
			break
		}
		if !errs {
			code += ", nil"
		}
		if cond != "" {
			cond += " && "
		}
		fmt.Fprintf(b, "\tif %so.Key(%q) {\n\t\to.Set(%s)\n\t}\n", cond, name, code)
		return
	}
	if cond == "" {
		fmt.Fprintf(b, "\t%s\n", stmt)
		return
	}
	fmt.Fprintf(b, "\tif %s {\n\t\t%s\n\t}\n", cond, stmt)
}

// convert returns v converted to the basic type named basic, unless t is
// that type.
func convert(t reflect.Type, basic, v string) string {
	if t.PkgPath() == "" && t.Name() == basic {
		return v
	}
	return basic + "(" + v + ")"
}

// value returns an expression that appends the JSON of v (of type t, at
// pointer p) to buf: of type ([]byte, error) when errs, else []byte. It
// returns false when t is to be marshalled by encoding/json.
func (g *gen) value(t reflect.Type, buf, p, v string) (code string, errs, ok bool) {
	if k, ok := g.known[t]; ok {
		return fmt.Sprintf(k.Append, buf, p, v), true, true
	}
	switch {
	case isID(t):
		return fmt.Sprintf("jsonw.UUID(%s, [16]byte(%s))", buf, v), false, true
	case isEnum(t):
		return fmt.Sprintf("%s(%s, %s)", appendEnum, buf, v), true, true
	case !plain(t):
		return "", false, false
	}
	switch t.Kind() {
	case reflect.String:
		return fmt.Sprintf("jsonw.String(%s, %s)", buf, convert(t, "string", v)), false, true
	case reflect.Bool:
		g.imports["strconv"] = true
		return fmt.Sprintf("strconv.AppendBool(%s, %s)", buf, convert(t, "bool", v)), false, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		g.imports["strconv"] = true
		return fmt.Sprintf("strconv.AppendInt(%s, %s, 10)", buf, convert(t, "int64", v)), false, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		g.imports["strconv"] = true
		return fmt.Sprintf("strconv.AppendUint(%s, %s, 10)", buf, convert(t, "uint64", v)), false, true
	case reflect.Float64:
		return fmt.Sprintf("jsonw.Float(%s, %s)", buf, convert(t, "float64", v)), true, true
	case reflect.Struct:
		name := g.structEncoder(t)
		if name == "" {
			return "", false, false
		}
		return fmt.Sprintf("%s(%s, %s)", name, p, buf), true, true
	case reflect.Slice:
		e := t.Elem()
		if isID(e) && g.known[e].Append == "" {
			return fmt.Sprintf("%s(%s, %s)", appendIDs, buf, v), false, true
		}
		add := g.elemAppender(e)
		if add == "" {
			return "", false, false
		}
		return fmt.Sprintf("jsonw.Slice(%s, %s, %s)", buf, v, add), true, true
	}
	return "", false, false
}

// structEncoder returns the name of the encoder of struct t, queued for
// writing, or "" when its values are to be marshalled by encoding/json.
func (g *gen) structEncoder(t reflect.Type) string {
	if name, ok := g.structs[t]; ok {
		return name
	}
	if t.Name() == "" || t.PkgPath() != g.spec.PkgPath {
		g.structs[t] = ""
		return ""
	}
	name := "append" + upper(t.Name()) + "JSON"
	g.structs[t] = name // before the fields, for a type that holds itself
	i := len(g.queue)
	g.queue = append(g.queue, helper{t: t})
	var b bytes.Buffer
	if err := g.fields(&b, t, false); err != nil {
		g.structs[t] = ""
		g.queue[i].t = nil
		return ""
	}
	g.queue[i].fields = b.Bytes()
	return name
}

// elemAppender returns the name of a function that appends an element of
// type t to a slice's JSON, queued for writing, or "" when slices of t are
// to be marshalled by encoding/json.
func (g *gen) elemAppender(t reflect.Type) string {
	if t.Kind() == reflect.Uint8 || t.Kind() == reflect.Slice {
		return "" // []byte is base64; no slices of slices
	}
	if _, ok := g.known[t]; !ok && t.Kind() == reflect.Struct && plain(t) {
		return g.structEncoder(t)
	}
	if name, ok := g.elems[t]; ok {
		return name
	}
	if t.Name() == "" {
		return ""
	}
	code, errs, ok := g.value(t, "b", "x", "*x")
	if !ok {
		g.elems[t] = ""
		return ""
	}
	if !errs {
		code += ", nil"
	}
	pkg := ""
	if t.PkgPath() != "" && t.PkgPath() != g.spec.PkgPath {
		pkg = t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	}
	name := "append" + upper(pkg) + upper(t.Name()) + "Elem"
	for _, other := range g.elems {
		if other == name {
			g.fail("two types have the appender %s", name)
		}
	}
	g.elems[t] = name
	g.queue = append(g.queue, helper{t: t, elem: true, code: code})
	return name
}

// notEmpty returns the condition under which encoding/json's omitempty
// keeps v, of type t, or "" for always.
func notEmpty(t reflect.Type, v string) string {
	switch t.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return "len(" + v + ") != 0"
	case reflect.Array:
		if t.Len() == 0 {
			return "false"
		}
		return ""
	case reflect.Bool:
		return v
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return v + " != 0"
	case reflect.Interface, reflect.Pointer:
		return v + " != nil"
	}
	return ""
}

// notZero returns the condition under which encoding/json's omitzero
// keeps v, of type t: by its IsZero method where it has one, else unless
// it is the zero value.
func (g *gen) notZero(t reflect.Type, v string) (string, error) {
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroer):
		return "", fmt.Errorf("omitzero on an interface with IsZero")
	case t.Kind() == reflect.Pointer && t.Implements(isZeroer):
		return "(" + v + " != nil && !" + v + ".IsZero())", nil
	case t.Implements(isZeroer), reflect.PointerTo(t).Implements(isZeroer):
		return "!" + v + ".IsZero()", nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return v, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v + " != 0", nil
	case reflect.Float32, reflect.Float64:
		g.imports["math"] = true // -0 is not the zero value
		return "math.Float64bits(" + convert(t, "float64", v) + ") != 0", nil
	case reflect.String:
		return v + ` != ""`, nil
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan:
		return v + " != nil", nil
	}
	g.imports["reflect"] = true
	return "!reflect.ValueOf(&" + v + ").Elem().IsZero()", nil
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
