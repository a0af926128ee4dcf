// Package schemagen writes the JSON Schema of the newsevent formats from
// the Go types, so that the schema cannot drift from what the library
// reads and writes. Every record's properties, their types, which are
// required, the enum lists, the list of event kinds and the descriptions
// (the types' and fields' doc comments) come from the Go code; what no
// type or tag can say (the rules across fields that the schema also
// checks, such as "a range has min and max") is written here, in [rules].
//
// Run it with go generate in the module root (see the root package's
// schema.go); the root package's tests fail when the file in the module
// differs from what Generate makes.
package schemagen

import (
	"bytes"
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// ID is the schema's "$id".
const ID = "https://github.com/newsevent/newsevent/schema/newsevent.schema.json"

// File is the schema's path in the module.
const File = "newsevent.schema.json"

// Generate returns the schema document. root is the module's root
// directory, where the Go files whose doc comments become descriptions
// are read.
func Generate(root string) ([]byte, error) {
	d, err := readDocs(root, "actor", "source", "territory", "event", "vocab", "newsevent")
	if err != nil {
		return nil, fmt.Errorf("schemagen: %w", err)
	}
	g := &gen{docs: d, defs: obj(), names: map[reflect.Type]string{}}
	if err := g.build(); err != nil {
		return nil, fmt.Errorf("schemagen: %w", err)
	}
	doc := obj(
		"$schema", "https://json-schema.org/draft/2020-12/schema",
		"$id", ID,
		"title", "newsevent",
		"description", "The JSON form of a newsevent story (github.com/newsevent/newsevent): actors, territories, sources, territorial statuses, events and identity claims of news reports. The document validates a whole story; #/$defs/line validates one line of the JSON Lines form. Unknown fields, kinds and enum values are errors, as they are for the library's decoder. null in an optional member of a record (and \"\" in an optional text) is the member left out, as the library reads it (encoding/json's way), except for a figure's numbers; the library writes neither. Rules that need more than one record, or that this schema does not state (references resolve, IDs are unique, min is not above max, times align to their precision, no chain returns to its start), are checked by the library's Validate. This file is generated from the Go types by internal/schemagen; do not edit it.",
		"$ref", "#/$defs/story",
		"$defs", g.defs,
	)
	var b bytes.Buffer
	write(&b, doc, 0)
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// gen holds the state of one generation.
type gen struct {
	docs  docs
	defs  *object
	names map[reflect.Type]string // struct types with a def, by name
	err   error
}

func (g *gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf(format, args...)
	}
}

// goName returns "actor.Actor" for a type of this module.
func goName(t reflect.Type) string { return path.Base(t.PkgPath()) + "." + t.Name() }

func (g *gen) build() error {
	g.defs.set("story", obj(
		"description", "A whole story (Go: newsevent.Story): six arrays, in the order the records were added. The library always writes the first five, and identities when there are identity claims; it reads a missing one as empty.",
		"type", "object",
		"properties", obj(
			"actors", obj("type", "array", "items", g.schemaOf(reflect.TypeFor[actor.Actor](), nil)),
			"territories", obj("type", "array", "items", g.schemaOf(reflect.TypeFor[territory.Territory](), nil)),
			"sources", obj("type", "array", "items", g.schemaOf(reflect.TypeFor[source.Source](), nil)),
			"statuses", obj("type", "array", "items", g.schemaOf(reflect.TypeFor[territory.Status](), nil)),
			"events", obj("type", "array", "items", ref("event")),
			"identities", obj("type", "array", "items", g.schemaOf(reflect.TypeFor[newsevent.Identity](), nil)),
		),
		"additionalProperties", false,
	))
	g.defs.set("line", obj(
		"description", "One line of the JSON Lines form (Go: newsevent.Encoder and Decoder): an object with exactly one field that names the record's type and holds the record.",
		"type", "object",
		"properties", obj("actor", ref("actor"), "territory", ref("territory"), "source", ref("source"), "status", ref("status"), "event", ref("event"), "identity", ref("identity")),
		"minProperties", 1,
		"maxProperties", 1,
		"additionalProperties", false,
	))
	g.events()
	g.leaf("present") // the rules of the tables refer to it by name
	g.sortDefs()
	return g.err
}

// events writes a def for each kind of the table of kinds, and the "event"
// def that picks one by the "kind" field.
func (g *gen) events() {
	var dispatch []any
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		if err != nil {
			g.fail("%v", err)
			continue
		}
		t := reflect.TypeOf(e).Elem()
		name := string(k)
		def := obj(
			"description", g.describe(t),
			"type", "object",
		)
		props := obj("kind", obj("const", string(k)))
		var required []any
		required = append(required, "kind")
		g.fields(t, props, &required)
		def.set("properties", props)
		def.set("required", required)
		g.apply(t, def)
		def.set("additionalProperties", false)
		g.defs.set(name, def)
		g.names[t] = name
		dispatch = append(dispatch, obj("if", obj("properties", obj("kind", obj("const", string(k))), "required", []any{"kind"}), "then", ref(name)))
	}
	g.defs.set("event", obj(
		"description", "An event of any kind, chosen by its \"kind\" field (Go: event.Event); the kinds are those of event.Kinds.",
		"type", "object",
		"properties", obj("kind", g.schemaOf(reflect.TypeFor[event.Kind](), nil)),
		"required", []any{"kind"},
		"allOf", dispatch,
	))
}

// describe returns a type's description: its doc comment's first
// paragraph and its Go name.
func (g *gen) describe(t reflect.Type) string {
	s := g.docs.sentence(goName(t))
	if s == "" {
		g.fail("%s has no doc comment", goName(t))
	}
	return s + " (Go: " + goName(t) + ")"
}

// fields adds the properties of struct t (and of the structs it embeds
// without a JSON name) to props, and the names of required ones.
func (g *gen) fields(t reflect.Type, props *object, required *[]any) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			g.fields(f.Type, props, required)
			continue
		}
		if name == "" {
			g.fail("%s.%s has no JSON name", goName(t), f.Name)
			continue
		}
		s := g.field(t, f)
		optional := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		if optional && !nullRefused[goName(t)+"."+f.Name] {
			s = orNull(s, f.Type.Kind() == reflect.String && !readsText(f.Type))
		}
		if d := strings.Join(strings.Fields(g.docs[goName(t)+"."+f.Name]), " "); d != "" {
			s.set("description", d)
		}
		props.set(name, s)
		if !optional {
			*required = append(*required, name)
		}
	}
}

// orNull returns s, widened to accept null too, and "" when empty is
// true. The library reads null in an optional member as the member left
// out, as encoding/json does, so that a writer in another language may
// write "content": null for no content; and "" in an optional string
// that is not read as text of a form of its own (an enum, a code) is the
// empty string, the member's zero value, which a field tagged omitempty
// skips in Validate (a unit, a URL, a CAMEO code). A schema of one JSON
// type and keywords of that type only gets the type and "null" ("type":
// ["string", "null"]: the one union Ajv's strict mode allows without
// allowUnionTypes); any other (a $ref, a const, an enum) becomes "anyOf"
// of itself and {"type": "null"} (or {"enum": [null, ""]}).
func orNull(s *object, empty bool) *object {
	typ, ok := s.get("type")
	if t, isString := typ.(string); ok && isString && !empty {
		simple := true
		for _, k := range s.keys {
			switch k {
			case "type", "items", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum":
			default:
				simple = false
			}
		}
		if simple {
			s.set("type", []any{t, "null"})
			return s
		}
	}
	if empty {
		if typ == "string" && acceptsEmpty(s) {
			s.set("type", []any{"string", "null"}) // "" is a string of this schema already
			return s
		}
		return obj("anyOf", []any{s, obj("enum", []any{nil, ""})})
	}
	return obj("anyOf", []any{s, obj("type", "null")})
}

// acceptsEmpty reports whether s, the schema of a string, accepts "": it
// has no keyword but "type", "maxLength" and a "pattern" that matches "".
func acceptsEmpty(s *object) bool {
	for _, k := range s.keys {
		switch k {
		case "type", "maxLength":
		case "pattern":
			p, _ := s.get(k)
			if ok, err := regexp.MatchString(p.(string), ""); err != nil || !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// readsText reports whether t reads itself from JSON text (an enum, a
// code, an ID).
func readsText(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]())
}

// field returns the schema of one field, from its type and its validate tag.
func (g *gen) field(owner reflect.Type, f reflect.StructField) *object {
	if o, ok := fieldOverrides[goName(owner)+"."+f.Name]; ok {
		return o(g)
	}
	tags := strings.Split(f.Tag.Get("validate"), ",")
	before, after := tags, []string(nil)
	if i := slices.Index(tags, "dive"); i >= 0 {
		before, after = tags[:i], tags[i+1:]
	}
	if f.Type.Kind() == reflect.Slice {
		s := obj("type", "array", "items", g.schemaOf(f.Type.Elem(), after))
		for _, tag := range before {
			if n, ok := strings.CutPrefix(tag, "min="); ok {
				s.set("minItems", atoi(n))
			}
		}
		return s
	}
	return g.schemaOf(f.Type, tags)
}

// schemaOf returns the schema of a value of type t with validate tags.
func (g *gen) schemaOf(t reflect.Type, tags []string) *object {
	for _, l := range leaves {
		if l.typ == t {
			name := l.name
			if l.required != "" && slices.Contains(tags, "required") {
				name = l.required
			}
			g.leaf(name)
			return ref(name)
		}
	}
	for _, e := range enums {
		if e.typ == t {
			if _, ok := g.defs.get(e.name); !ok {
				g.defs.set(e.name, obj(
					"description", g.describe(t),
					"type", "string",
					"enum", e.values(),
				))
			}
			return ref(e.name)
		}
	}
	switch t.Kind() {
	case reflect.String:
		if readsText(t) {
			g.fail("%s reads itself from text but the schema generator knows no values or form for it: add it to enums or leaves", t)
		}
		return g.stringSchema(tags)
	case reflect.Bool:
		return obj("type", "boolean")
	case reflect.Int, reflect.Int32, reflect.Int64:
		s := obj("type", "integer")
		numberBounds(s, tags)
		return s
	case reflect.Float64:
		s := obj("type", "number")
		numberBounds(s, tags)
		return s
	case reflect.Struct:
		return ref(g.structDef(t))
	}
	g.fail("no schema for %s", t)
	return obj()
}

// stringSchema returns the schema of a plain string with validate tags.
func (g *gen) stringSchema(tags []string) *object {
	switch {
	case slices.Contains(tags, "token"):
		return ref(g.leaf("token"))
	case slices.Contains(tags, "url"):
		return ref(g.leaf("http_url"))
	}
	s := obj("type", "string")
	if slices.Contains(tags, "required") {
		s.set("minLength", 1)
	}
	var pattern string
	if slices.Contains(tags, "no_space") {
		pattern = " \\t\\r\\n"
	}
	for _, tag := range tags {
		if x, ok := strings.CutPrefix(tag, "excludes="); ok {
			pattern += x
		}
		if n, ok := strings.CutPrefix(tag, "max="); ok {
			s.set("maxLength", atoi(n))
		}
	}
	if pattern != "" {
		s.set("pattern", "^[^"+pattern+"]*$")
	}
	return s
}

func numberBounds(s *object, tags []string) {
	for _, tag := range tags {
		if n, ok := strings.CutPrefix(tag, "gte="); ok {
			s.set("minimum", atof(n))
		}
		if n, ok := strings.CutPrefix(tag, "lte="); ok {
			s.set("maximum", atof(n))
		}
	}
}

// structDef writes the def of a struct type once and returns its name.
func (g *gen) structDef(t reflect.Type) string {
	if name, ok := g.names[t]; ok {
		return name
	}
	name := snake(t.Name())
	if n, ok := structNames[goName(t)]; ok {
		name = n
	}
	for other, n := range g.names {
		if n == name {
			g.fail("%s and %s would both be $defs/%s: name one in structNames", goName(t), goName(other), name)
		}
	}
	g.names[t] = name
	def := obj("description", g.describe(t), "type", "object")
	g.defs.set(name, def) // reserve the name's place before the fields
	props := obj()
	var required []any
	g.fields(t, props, &required)
	def.set("properties", props)
	if len(required) > 0 {
		def.set("required", required)
	}
	g.apply(t, def)
	def.set("additionalProperties", false)
	return name
}

// apply adds the type's rules across fields, if it has any.
func (g *gen) apply(t reflect.Type, def *object) {
	if r, ok := rules[goName(t)]; ok {
		r(g, def)
	}
}

// leaf writes the def of a leaf once and returns its name.
func (g *gen) leaf(name string) string {
	if _, ok := g.defs.get(name); ok {
		return name
	}
	for _, l := range leaves {
		if l.name == name {
			g.defs.set(name, l.schema())
			for _, dep := range l.needs {
				g.leaf(dep)
			}
			return name
		}
		if l.required == name {
			g.leaf(l.name)
			g.defs.set(name, l.requiredSchema())
			return name
		}
	}
	for _, l := range extraLeaves {
		if l.name == name {
			for _, dep := range l.needs {
				g.leaf(dep)
			}
			g.defs.set(name, l.schema())
			return name
		}
	}
	g.fail("no leaf %q", name)
	return name
}

// sortDefs puts the defs in a reading order: the story and the line, then
// the leaves and enums, then the records and their parts, then the events.
func (g *gen) sortDefs() {
	rank := func(k string) int {
		switch {
		case k == "story" || k == "line":
			return 0
		case k == "event":
			return 5
		case slices.Contains(event.Kinds(), event.Kind(k)):
			return 4
		}
		v := g.defs.vals[k].(*object)
		if _, ok := v.get("enum"); ok {
			return 2
		}
		if typ, _ := v.get("type"); typ == "object" {
			return 3
		}
		return 1
	}
	slices.SortStableFunc(g.defs.keys, func(a, b string) int { return rank(a) - rank(b) })
}

// snake returns the snake_case form of a Go name: "ConflictName" is
// "conflict_name", "ExternalID" is "external_id".
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 && !(s[i-1] >= 'A' && s[i-1] <= 'Z') {
				b.WriteByte('_')
			}
			b.WriteRune(r + 'a' - 'A')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

func atof(s string) float64 {
	f := 0.0
	fmt.Sscan(s, &f)
	return f
}

var (
	timeType     = reflect.TypeFor[time.Time]()
	languageType = reflect.TypeFor[language.Tag]()
)
