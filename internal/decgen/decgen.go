// Package decgen generates the JSON decoders of the fast path: Go code
// per record type that reads its members one by one from the token
// stream of encoding/json/jsontext and sets its fields, without the
// reflection of encoding/json/v2 (its field look-up, its arshaler per
// value, its interface checks). The code is derived from the Go types by
// reflection when it is generated, so a field added to a record is read
// once `go generate` runs again; a test fails while a generated file is
// stale.
//
// A generated decoder only ever says yes or no (see internal/jsonx): it
// reads what the encoder writes, and a member set to null where the slow
// path reads that as the member left out (tools that write null for what
// is absent, such as pandas and JavaScript, do so), and returns
// jsonx.ErrSlow for anything else it meets (a member it does not know,
// null in a list or in a Local, a name with an escape, a value of another
// kind); the record is then decoded again by the slow path, which takes
// it or says what is wrong. So the decoders need
// not know every way to write a record, only to read what they take as
// the slow path reads it.
//
// # What a generated decoder reads
//
// The members of a root type are its exported fields under their json
// names, those of untagged embedded structs inlined (a shallower field
// hides a deeper one of the same name, as in encoding/json), plus the
// root's [Local]s, read into variables instead of fields. A value is read
// by hand when its type is:
//
//   - a string, bool, float64 or int kind without methods of decoding
//     (numbers exactly, as the slow path reads them);
//   - time.Time (by its UnmarshalJSON, as encoding/json v1 reads it);
//   - a type with UnmarshalText and no UnmarshalJSON (IDs, closed sets,
//     language tags): by UnmarshalText on the unescaped string (a
//     language tag through jsonx.LanguageText, which gives what
//     UnmarshalText gives);
//   - a type with its own UnmarshalJSON: by its UnmarshalJSONFrom, which
//     every such type of the module has (the records' nested records:
//     counts, times, roles, points), and which runs its own generated
//     decoder;
//   - a struct without methods of decoding, of any package: by a decoder
//     generated for it in turn;
//   - a slice of any of the above.
//
// Anything else (maps, pointers, interfaces, arrays that are not text)
// fails the generation: the fast path's shape check (internal/jsonx)
// leaves such types to the slow path, and no record holds one.
//
// # How it reads
//
// A decoder keeps a bit per member and refuses a name read twice, so the
// fast path's decoder need not keep every name of every object as
// jsontext would (jsonx.FastFrom turns that off). The members of an
// embedded struct (the header that every event kind embeds) are read by
// a function of their own, written once per package and called for a
// name that the embedding struct's own members do not take. A list is
// read into an array of a few elements on the stack and copied once into
// a slice of its length, which is non-nil for [] as in encoding/json.
package decgen

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/gensrc"
)

// Local is a member that a root's decoder reads into a variable of its
// own rather than into a field, for its Finish to use: a number or time
// whose absence the type tells from zero, or the kind of an event.
type Local struct {
	// JSON is the member's name; it hides a field of the same name.
	JSON string
	// Var and Type are the variable and its Go type; Read is an
	// expression of type error that reads it from dec, given the
	// variable's address as %s. The decoder also keeps has<Var>, true
	// once the member is read, for Finish to tell an absent member.
	Var, Type, Read string
	// Check, instead of Var, Type and Read, is an expression of type
	// error that reads the member and checks it; such a member is
	// required: the decoder refuses an object without it.
	Check string
}

// Root is a type to generate a decoder of.
type Root struct {
	// Type is a struct type of the spec's package.
	Type reflect.Type
	// Func is the name of the generated function, of type
	// func(*jsonx.Decoder, *Type) error.
	Func string
	// Locals are the members read into variables.
	Locals []Local
	// Finish is an expression of type error that ends the decode, using
	// the locals; has(v) in it stands for whether the local v was read.
	// Empty for none.
	Finish string
}

// Spec says what to generate.
type Spec struct {
	// Generator names the generator in the file's header; Doc is the
	// file's comment and Constraint its build constraint.
	Generator, Doc, Constraint string
	// Package and PkgPath are the name and import path of the package
	// the file is in.
	Package, PkgPath string
	// Roots are the types to write decoders of.
	Roots []Root
	// Imports are imports that the roots' locals need.
	Imports []string
}

const jsonxPath = "github.com/newsevent/newsevent/internal/jsonx"

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType        = reflect.TypeFor[time.Time]()
	languageType    = reflect.TypeFor[language.Tag]()
	validName       = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
)

// Generate returns the gofmt-ed Go source of the decoders spec asks for.
func Generate(spec Spec) ([]byte, error) {
	g := &gen{spec: spec, helpers: map[reflect.Type]string{}, embeds: map[reflect.Type]string{}, imports: map[string]bool{jsonxPath: true}}
	for _, imp := range spec.Imports {
		g.imports[imp] = true
	}
	var body bytes.Buffer
	for _, r := range spec.Roots {
		if r.Type.Kind() != reflect.Struct || r.Type.PkgPath() != spec.PkgPath {
			return nil, fmt.Errorf("decgen: root %v is not a struct of %s", r.Type, spec.PkgPath)
		}
		fmt.Fprintf(&body, "\n// %s reads a JSON object into the %s x, which it expects\n// to be zero.\n", r.Func, r.Type.Name())
		if err := g.decoder(&body, r.Type, r.Func, r.Locals, r.Finish); err != nil {
			return nil, err
		}
	}
	// Helpers, in the order of first use; writing one may queue more.
	for i, j := 0, 0; i < len(g.queue) || j < len(g.equeue); {
		if j < len(g.equeue) {
			if err := g.memberReader(&body, g.equeue[j]); err != nil {
				return nil, err
			}
			j++
			continue
		}
		t := g.queue[i]
		fmt.Fprintf(&body, "\n// %s reads a JSON object into the %s x.\n", g.helpers[t], g.typeName(t))
		if err := g.decoder(&body, t, g.helpers[t], nil, ""); err != nil {
			return nil, err
		}
		i++
	}
	out, err := gensrc.File{Generator: spec.Generator, Constraint: spec.Constraint, Doc: spec.Doc, Package: spec.Package, Imports: g.imports}.Source(body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("decgen: %w", err)
	}
	return out, nil
}

type gen struct {
	spec    Spec
	ret     string                  // what the function being written returns with err
	embeds  map[reflect.Type]string // embedded struct type -> its member reader
	equeue  []reflect.Type
	helpers map[reflect.Type]string // struct type -> its decoder
	queue   []reflect.Type
	imports map[string]bool
	vars    int
}

// typeName returns the name of t as the generated file spells it, and
// imports the packages it needs.
func (g *gen) typeName(t reflect.Type) string {
	switch {
	case t.Kind() == reflect.Slice && t.Name() == "":
		return "[]" + g.typeName(t.Elem())
	case t.PkgPath() == "" || t.PkgPath() == g.spec.PkgPath:
		return t.Name()
	}
	g.imports[t.PkgPath()] = true
	return pkgName(t) + "." + t.Name()
}

func pkgName(t reflect.Type) string { return t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:] }

// helper returns the decoder of struct t, queueing it if it is new.
func (g *gen) helper(t reflect.Type) string {
	if name, ok := g.helpers[t]; ok {
		return name
	}
	name := "decode" + upper(t.Name())
	if t.PkgPath() != g.spec.PkgPath {
		name = "decode" + upper(pkgName(t)) + upper(t.Name())
	}
	for _, r := range g.spec.Roots {
		if r.Func == name {
			name += "Fields"
		}
	}
	g.helpers[t] = name
	g.queue = append(g.queue, t)
	return name
}

// member is a field that a decoder reads, by its JSON name.
type member struct {
	name  string
	path  string // the field's selector from x, through embedded structs
	typ   reflect.Type
	depth int
	// in is the field of x, an embedded struct, that holds the member,
	// if it is not x's own.
	in reflect.StructField
}

// members returns the members of struct t, those of untagged embedded
// structs inlined; a shallower member hides a deeper one of the same
// name, and two at the same depth are an error.
func members(t reflect.Type) ([]member, error) {
	var all []member
	var walk func(t reflect.Type, path string, depth int, in reflect.StructField) error
	walk = func(t reflect.Type, path string, depth int, in reflect.StructField) error {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			for o := range strings.SplitSeq(opts, ",") {
				if o != "" && o != "omitempty" && o != "omitzero" {
					return fmt.Errorf("decgen: %v.%s: tag option %q", t, f.Name, o)
				}
			}
			if f.Anonymous && name == "" {
				if f.Type.Kind() != reflect.Struct || reflect.PointerTo(f.Type).Implements(jsonUnmarshaler) || reflect.PointerTo(f.Type).Implements(textUnmarshaler) {
					return fmt.Errorf("decgen: %v embeds %v, which is not a plain struct", t, f.Type)
				}
				top := in
				if depth == 0 {
					top = f
				}
				if err := walk(f.Type, path+"."+f.Name, depth+1, top); err != nil {
					return err
				}
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if !validName.MatchString(name) {
				return fmt.Errorf("decgen: %v.%s: the name %q is not read as it is", t, f.Name, name)
			}
			all = append(all, member{name: name, path: path + "." + f.Name, typ: f.Type, depth: depth, in: in})
		}
		return nil
	}
	if err := walk(t, "x", 0, reflect.StructField{}); err != nil {
		return nil, err
	}
	var out []member
	for _, m := range all {
		i := slices.IndexFunc(out, func(o member) bool { return o.name == m.name })
		switch {
		case i < 0:
			out = append(out, m)
		case out[i].depth == m.depth:
			return nil, fmt.Errorf("decgen: %v has two members named %q at the same depth", t, m.name)
		case m.depth < out[i].depth:
			out[i] = m
		}
	}
	return out, nil
}

// decoder writes the function name that reads the members of struct t.
// The members of an embedded struct are read by a function of their own
// (see memberReader), called for a name that t's own members do not
// take, so that the header that every event kind embeds is written once.
//
// jsontext would refuse a repeated name itself, at the cost of keeping
// every name of every object; the decoders of the fast path turn that
// off (jsonx.FastFrom) and keep a bit per member instead.
func (g *gen) decoder(b *bytes.Buffer, t reflect.Type, name string, locals []Local, finish string) error {
	g.ret = "err"
	ms, err := members(t)
	if err != nil {
		return err
	}
	var own []member
	var embedded []reflect.StructField // in the order of their first member
	for _, m := range ms {
		switch {
		case slices.ContainsFunc(locals, func(l Local) bool { return l.JSON == m.name }):
		case m.depth == 0:
			own = append(own, m)
		case !slices.ContainsFunc(embedded, func(f reflect.StructField) bool { return f.Name == m.in.Name }):
			embedded = append(embedded, m.in)
		}
	}
	bits := len(locals) + len(own)
	for _, f := range embedded {
		em, err := members(f.Type)
		if err != nil {
			return err
		}
		bits += len(em)
	}
	switch {
	case bits > 64:
		return fmt.Errorf("decgen: %v has more than 64 members", t)
	case len(embedded) > 1:
		// A name that neither took would need the two readers to say
		// "not mine" apart from "refused"; no record embeds two.
		return fmt.Errorf("decgen: %v embeds more than one struct", t)
	}
	fmt.Fprintf(b, "func %s(dec *jsonx.Decoder, x *%s) error {\n", name, g.typeName(t))
	for _, l := range locals {
		if l.Check == "" {
			fmt.Fprintf(b, "\tvar %s %s\n", l.Var, l.Type)
		}
	}
	b.WriteString("\tvar seen uint64 // a bit per member read\n")
	b.WriteString("\tif err := jsonx.BeginObject(dec); err != nil {\n\t\treturn err\n\t}\n")
	b.WriteString("\tfor dec.PeekKind() == '\"' {\n\t\tname, err := jsonx.Name(dec)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tvar bit uint64\n\t\tswitch string(name) {\n")
	k := 0
	for _, l := range locals {
		fmt.Fprintf(b, "\t\tcase %q:\n\t\t\tbit = 1 << %d\n", l.JSON, k)
		k++
		read := l.Check
		if read == "" {
			read = fmt.Sprintf(l.Read, "&"+l.Var)
		}
		fmt.Fprintf(b, "\t\t\tif err := %s; err != nil {\n\t\t\t\treturn err\n\t\t\t}\n", read)
	}
	for _, m := range own {
		fmt.Fprintf(b, "\t\tcase %q:\n\t\t\tbit = 1 << %d\n", m.name, k)
		k++
		code, err := g.member(m.typ, m.path, 3)
		if err != nil {
			return fmt.Errorf("decgen: %v, member %q: %w", t, m.name, err)
		}
		b.WriteString(code)
	}
	b.WriteString("\t\tdefault:\n")
	if len(embedded) == 0 {
		b.WriteString("\t\t\treturn jsonx.ErrSlow\n")
	}
	for _, f := range embedded {
		fmt.Fprintf(b, "\t\t\tif bit, err = %s(dec, name, &x.%s); err != nil {\n\t\t\t\treturn err\n\t\t\t}\n\t\t\tbit <<= %d\n", g.embed(f.Type), f.Name, k)
	}
	b.WriteString("\t\t}\n")
	b.WriteString("\t\tif seen&bit != 0 {\n\t\t\treturn jsonx.ErrSlow // a repeated name\n\t\t}\n\t\tseen |= bit\n\t}\n")
	b.WriteString("\tif err := jsonx.Close(dec); err != nil {\n\t\treturn err\n\t}\n")
	for i, l := range locals {
		if l.Check != "" {
			fmt.Fprintf(b, "\tif seen&(1<<%d) == 0 {\n\t\treturn jsonx.ErrSlow\n\t}\n", i)
		}
	}
	if finish == "" {
		finish = "nil"
	}
	for i, l := range locals {
		if l.Var != "" {
			finish = strings.ReplaceAll(finish, "has("+l.Var+")", fmt.Sprintf("seen&(1<<%d) != 0", i))
		}
	}
	fmt.Fprintf(b, "\treturn %s\n}\n", finish)
	return nil
}

// embed returns the member reader of embedded struct t, queueing it if it
// is new.
func (g *gen) embed(t reflect.Type) string {
	if name, ok := g.embeds[t]; ok {
		return name
	}
	name := "decode" + upper(t.Name()) + "Member"
	g.embeds[t] = name
	g.equeue = append(g.equeue, t)
	return name
}

// memberReader writes the function that reads one member of embedded
// struct t, by its name, and returns its bit among t's members.
func (g *gen) memberReader(b *bytes.Buffer, t reflect.Type) error {
	g.ret = "0, err"
	ms, err := members(t)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if m.depth > 0 {
			return fmt.Errorf("decgen: %v, embedded in a record, embeds a struct", t)
		}
	}
	name := g.embeds[t]
	fmt.Fprintf(b, "\n// %s reads the member name of a JSON object into the\n// %s x, and returns its bit among the members of a %s; it\n// refuses a name it does not know.\n", name, g.typeName(t), t.Name())
	fmt.Fprintf(b, "func %s(dec *jsonx.Decoder, name []byte, x *%s) (uint64, error) {\n\tswitch string(name) {\n", name, g.typeName(t))
	for k, m := range ms {
		fmt.Fprintf(b, "\tcase %q:\n", m.name)
		code, err := g.member(m.typ, m.path, 2)
		if err != nil {
			return fmt.Errorf("decgen: %v, member %q: %w", t, m.name, err)
		}
		b.WriteString(code)
		fmt.Fprintf(b, "\t\treturn 1 << %d, nil\n", k)
	}
	b.WriteString("\t}\n\treturn 0, jsonx.ErrSlow\n}\n")
	return nil
}

// member returns the statements, indented by tabs, that read the value
// of a member of type t into the addressable expression v: its value, or
// null where the slow path reads null as the member left out (see
// nullLeavesZero), which leaves v as it is, zero. A number, string,
// bool, time or text is read by a reader of jsonx that takes null too,
// from the look at the input it takes anyway; a struct or list is
// checked for null first.
func (g *gen) member(t reflect.Type, v string, tabs int) (string, error) {
	if !nullLeavesZero(t) {
		return g.read(t, v, tabs, false)
	}
	// As read chooses its reader: a time, then a type with its own
	// UnmarshalJSON, then a text, then by kind.
	pt := reflect.PointerTo(t)
	switch {
	case t == timeType:
		return g.read(t, v, tabs, true)
	case pt.Implements(jsonUnmarshaler):
	case pt.Implements(textUnmarshaler), t.Kind() != reflect.Struct && t.Kind() != reflect.Slice:
		return g.read(t, v, tabs, true)
	}
	code, err := g.read(t, v, tabs+1, false)
	if err != nil {
		return "", err
	}
	in := strings.Repeat("\t", tabs)
	return fmt.Sprintf("%sif dec.PeekKind() != 'n' {\n%s%s} else if err := jsonx.Null(dec); err != nil {\n%s\treturn %s\n%s}\n", in, code, in, in, g.ret, in), nil
}

// nullLeavesZero reports whether the slow path reads null for a member of
// type t as the member left out, leaving a zero value zero: encoding/json
// does so for every value but one with its own UnmarshalJSON, which it
// gives the null; of those, only a type whose UnmarshalJSON takes null
// and leaves a zero value zero (time.Time, the records' nested records
// that say so) is read so here. The rest, and every null in a list or in
// a root's Local, the generated code refuses.
func nullLeavesZero(t reflect.Type) bool {
	if !reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		return true
	}
	v := reflect.New(t)
	return v.Interface().(json.Unmarshaler).UnmarshalJSON([]byte("null")) == nil && v.Elem().IsZero()
}

// read returns the statements, indented by tabs, that read a value of
// type t into the addressable expression v; orNull reads a number,
// string, bool, time or text by the reader that takes null too, leaving
// v as it is.
func (g *gen) read(t reflect.Type, v string, tabs int, orNull bool) (string, error) {
	in := strings.Repeat("\t", tabs)
	check := func(call string) string {
		return fmt.Sprintf("%sif err := %s; err != nil {\n%s\treturn %s\n%s}\n", in, call, in, g.ret, in)
	}
	orNullSuffix := ""
	if orNull {
		orNullSuffix = "OrNull"
	}
	pt := reflect.PointerTo(t)
	switch {
	case t == timeType:
		return check("jsonx.ReadTime" + orNullSuffix + "(dec, &" + v + ")"), nil
	case pt.Implements(jsonUnmarshaler):
		if t.Kind() != reflect.Struct {
			return "", fmt.Errorf("%v has its own UnmarshalJSON but is not a struct", t)
		}
		return check(v + ".UnmarshalJSONFrom(dec)"), nil
	case pt.Implements(textUnmarshaler):
		g.vars++
		b := fmt.Sprintf("b%d", g.vars)
		unmarshal := v + ".UnmarshalText(" + b + ")"
		if t == languageType { // the frequent tags from a table
			unmarshal = "jsonx.LanguageText(&" + v + ", " + b + ")"
		}
		if orNull {
			null := fmt.Sprintf("null%d", g.vars)
			set := fmt.Sprintf("%s\tif err := %s; err != nil {\n%s\t\treturn %s\n%s\t}\n", in, unmarshal, in, g.ret, in)
			return fmt.Sprintf("%s%s, %s, err := jsonx.TextOrNull(dec)\n%sif err != nil {\n%s\treturn %s\n%s}\n%sif !%s {\n%s%s}\n", in, b, null, in, in, g.ret, in, in, null, set, in), nil
		}
		return fmt.Sprintf("%s%s, err := jsonx.Text(dec)\n%sif err != nil {\n%s\treturn %s\n%s}\n", in, b, in, in, g.ret, in) +
			check(unmarshal), nil
	}
	addr := func(to string) string { // &v as a *to
		if t.Name() == to && t.PkgPath() == "" {
			return "&" + v
		}
		return "(*" + to + ")(&" + v + ")"
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool:
		read, goType := "jsonx.String"+orNullSuffix, "string"
		if t.Kind() == reflect.Bool {
			read, goType = "jsonx.Bool"+orNullSuffix, "bool"
		}
		g.vars++
		s := fmt.Sprintf("v%d", g.vars)
		val := s
		if !(t.Name() == goType && t.PkgPath() == "") {
			val = g.typeName(t) + "(" + s + ")"
		}
		return fmt.Sprintf("%s%s, err := %s(dec)\n%sif err != nil {\n%s\treturn %s\n%s}\n%s%s = %s\n", in, s, read, in, in, g.ret, in, in, v, val), nil
	case reflect.Float64:
		return check("jsonx.ReadFloat" + orNullSuffix + "(dec, " + addr("float64") + ")"), nil
	case reflect.Int:
		return check("jsonx.ReadInt" + orNullSuffix + "(dec, " + addr("int") + ")"), nil
	case reflect.Struct:
		if t.PkgPath() == "" {
			return "", fmt.Errorf("an unnamed struct")
		}
		return check(g.helper(t) + "(dec, &" + v + ")"), nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "", fmt.Errorf("a []byte")
		}
		// The elements are read into a small array on the stack, then
		// copied once into a slice of their number: no slice grown and
		// copied element by element, and none larger than it holds.
		g.vars++
		buf, tmp := fmt.Sprintf("buf%d", g.vars), fmt.Sprintf("tmp%d", g.vars)
		elem, err := g.read(t.Elem(), tmp+"[len("+tmp+")-1]", tabs+1, false)
		if err != nil {
			return "", err
		}
		var zero string
		switch t.Elem().Kind() {
		case reflect.String:
			zero = `""`
		case reflect.Bool:
			zero = "false"
		case reflect.Float64, reflect.Int:
			zero = "0"
		default:
			zero = g.typeName(t.Elem()) + "{}"
		}
		var b strings.Builder
		b.WriteString(check("jsonx.BeginArray(dec)"))
		fmt.Fprintf(&b, "%svar %s [%d]%s\n%s%s := %s[:0]\n", in, buf, stackElems, g.typeName(t.Elem()), in, tmp, buf)
		fmt.Fprintf(&b, "%sfor dec.PeekKind() != ']' {\n%s\t%s = append(%s, %s)\n%s%s}\n", in, in, tmp, tmp, zero, elem, in)
		b.WriteString(check("jsonx.Close(dec)"))
		// Non-nil when empty, as encoding/json reads [].
		fmt.Fprintf(&b, "%s%s = append(make(%s, 0, len(%s)), %s...)\n", in, v, g.typeName(t), tmp, tmp)
		return b.String(), nil
	}
	return "", fmt.Errorf("type %v is not read by the generated code", t)
}

// stackElems is how many elements of a list are read on the stack before
// the list grows on the heap.
const stackElems = 4

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
