package schemagen

import (
	"fmt"
	"github.com/google/uuid"
	"reflect"
	"slices"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// leaf is a type whose JSON form is a string or a number of a form of its
// own: the typed IDs, times, codes, tags.
type leaf struct {
	typ    reflect.Type
	name   string
	schema func() *object
	// needs are the defs the schema refers to.
	needs []string
	// required and requiredSchema, when set, are the def used for a field
	// tagged required (a language tag that may not be "und").
	required       string
	requiredSchema func() *object
}

// idLeaf is the schema of an ID type; alias, when not empty, is the name
// users know it by (territory.ID for vocab.TerritoryID).
func idLeaf(t reflect.Type, name, what, alias string) leaf {
	goname := goName(t)
	if alias != "" {
		goname = alias + ", defined as " + goname
	}
	return leaf{typ: t, name: name, needs: []string{"uuid"}, schema: func() *object {
		return obj("$ref", "#/$defs/uuid", "description", "The ID of "+what+" (Go: "+goname+").")
	}}
}

var leaves = []leaf{
	idLeaf(reflect.TypeFor[actor.ID](), "actor_id", "an actor", ""),
	idLeaf(reflect.TypeFor[territory.ID](), "territory_id", "a territory", "territory.ID"),
	idLeaf(reflect.TypeFor[territory.StatusID](), "status_id", "a territorial status", ""),
	idLeaf(reflect.TypeFor[source.ID](), "source_id", "a source", ""),
	idLeaf(reflect.TypeFor[event.ID](), "event_id", "an event", "event.ID"),
	idLeaf(reflect.TypeFor[newsevent.IdentityID](), "identity_id", "an identity claim", ""),
	idLeaf(reflect.TypeFor[uuid.UUID](), "record_id", "a record of any type that holds figures (an event, a territory, a territorial status)", ""),
	{typ: timeType, name: "date_time", schema: func() *object {
		return obj(
			"description", "An instant in RFC 3339 form, in UTC (\"Z\"), with up to nine fractional digits: 2025-04-24T00:00:00Z. The date is one of the calendar (no 2025-02-29 or 04-31), as the library's time parser asks. Not 0001-01-01T00:00:00Z, which the library reads as no instant: leave the field out instead.",
			"type", "string",
			"pattern", "^"+datePattern+"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$",
			"not", obj("pattern", "^0001-01-01T00:00:00(\\.0+)?Z$"),
		)
	}},
	{typ: reflect.TypeFor[event.Duration](), name: "duration", schema: func() *object {
		return obj(
			"description", "A non-negative duration as Go's time.Duration writes it (\"24h0m0s\", \"1h30m0s\", \"500ms\") or time.ParseDuration reads it (\"24h\", \"1h30m\") (Go: event.Duration).",
			"type", "string",
			"pattern", "^(0|\\+?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$",
		)
	}},
	{typ: languageType, name: "language_tag", required: "language", schema: func() *object {
		return obj(
			"description", "A BCP 47 language tag (\"uk\", \"uk-Latn\", \"zh-Hant\", \"zh-Latn-pinyin\"), in any case: a language of two or three letters (or \"root\", or \"i\" or \"x\" for the grandfathered and private-use forms), then subtags of one to eight letters or digits, each after a hyphen (or an underscore, which the library also reads as one and writes as a hyphen). The library reads it with golang.org/x/text/language, which also rejects unknown subtags (\"zzz\") and subtags out of their place (\"en-US-u\").",
			"type", "string",
			"pattern", "^([A-Za-z]{2,3}|[Rr][Oo][Oo][Tt]|[IiXx])([-_][A-Za-z0-9]{1,8})*$",
		)
	}, requiredSchema: func() *object {
		return obj("$ref", "#/$defs/language_tag", "description", "A required language tag: \"und\" (undetermined) is not enough.", "not", obj("const", "und"))
	}},
	{typ: reflect.TypeFor[vocab.Country](), name: "country_code", schema: func() *object {
		return obj(
			"description", "An ISO 3166-1 alpha-2 country code, upper case: one of the codes officially assigned, or XK (Kosovo) (Go: vocab.Country).",
			"type", "string",
			"enum", countryCodes(),
		)
	}},
	{typ: reflect.TypeFor[vocab.Subdivision](), name: "subdivision_code", schema: func() *object {
		return obj(
			"description", "An ISO 3166-2 subdivision code: a country code, a hyphen, one to three upper-case letters or digits (\"UA-30\", \"RU-MOS\"). That the code is on the ISO 3166-2 list is checked by the library (Go: vocab.Subdivision).",
			"type", "string",
			"pattern", "^[A-Z]{2}-[A-Z0-9]{1,3}$",
		)
	}},
	{typ: reflect.TypeFor[source.Grade](), name: "grade", schema: func() *object {
		return obj(
			"description", "An Admiralty (NATO) grade: source reliability A to F and information credibility 1 to 6 (\"B2\") (Go: source.Grade).",
			"type", "string",
			"pattern", "^[A-F][1-6]$",
		)
	}},
	{typ: reflect.TypeFor[vocab.Currency](), name: "currency_code", schema: func() *object {
		return obj(
			"description", "An ISO 4217 currency code, upper case, on the list go-playground/validator keeps (Go: vocab.Currency).",
			"type", "string",
			"enum", currencyCodes(),
		)
	}},
	{typ: reflect.TypeFor[source.Period](), name: "period", schema: func() *object {
		return obj(
			"description", "An ISO 8601 duration in whole years, months, weeks, days, hours and minutes, in that order, each at most once (\"P2Y2D\", \"PT72H\"); not of no length, which the library also refuses when every part is 0 (Go: source.Period).",
			"type", "string",
			"pattern", "^P([0-9]{1,8}Y)?([0-9]{1,8}M)?([0-9]{1,8}W)?([0-9]{1,8}D)?(T([0-9]{1,8}H)?([0-9]{1,8}M)?)?$",
			"not", obj("anyOf", []any{obj("const", "P"), obj("pattern", "T$")}),
		)
	}},
	{typ: reflect.TypeFor[source.Measure](), name: "token", schema: tokenSchema},
	{typ: reflect.TypeFor[source.Subject](), name: "token", schema: tokenSchema},
	{typ: reflect.TypeFor[source.Unit](), name: "token", schema: tokenSchema},
	{typ: reflect.TypeFor[event.Role](), name: "token", schema: tokenSchema},
	{typ: reflect.TypeFor[vocab.Scheme](), name: "token", schema: tokenSchema},
}

// datePattern matches a date of the Gregorian calendar as Go's time
// package reads it, years 0000 to 9999: a month of 31 days, of 30, a
// February of 28, or February 29 of a leap year (divisible by 4 and, for
// a century, by 400: 2000 and 2024, not 1900 or 2025).
const datePattern = "([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))" +
	"|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)"

func tokenSchema() *object {
	return obj(
		"description", "A lower-case snake_case word of at most 64 characters: a letter, then letters, digits or single underscores, not ending in an underscore (\"killed\", \"truth_social\").",
		"type", "string",
		"maxLength", 64,
		"pattern", "^[a-z](_?[a-z0-9])*$",
	)
}

// extraLeaf is a def that fields refer to by name rather than by type.
type extraLeaf struct {
	name   string
	needs  []string
	schema func() *object
}

var extraLeaves = []extraLeaf{
	{name: "uuid", schema: func() *object {
		return obj(
			"description", "A UUID in its 36-character form (the library writes lower case and reads either case). The nil UUID is never written: it means \"none\", and an optional reference is left out instead.",
			"type", "string",
			"pattern", "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
			"not", obj("const", "00000000-0000-0000-0000-000000000000"),
		)
	}},
	{name: "token", schema: tokenSchema},
	{name: "present", schema: func() *object {
		return obj(
			"description", "A member that is there, as the library reads it: neither null nor \"\". The library reads null in an optional member, and \"\" in an optional text, as the member left out (encoding/json leaves the field at its zero value), so the rules that ask whether a member is there (\"a post names its platform\") use this.",
			"not", obj("enum", []any{nil, ""}),
		)
	}},
	{name: "http_url", schema: func() *object {
		return obj(
			"description", "An absolute http or https URL without white space.",
			"type", "string",
			"pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^/?# \\t\\r\\n]+([/?#][^ \\t\\r\\n]*)?$",
		)
	}},
	{name: "cameo_code", schema: func() *object {
		return obj(
			"description", "An event code of CAMEO 1.1b3 (Go: event.CAMEOLabel knows its label).",
			"type", "string",
			"enum", cameoCodes(),
		)
	}},
	{name: "count_single", schema: func() *object {
		return obj(
			"description", "A single figure: a value, and no range, magnitude or period (min and max, if present at all, are 0).",
			"type", "object",
			"properties", obj("qualifier", obj("not", obj("enum", []any{"range", "vague"})), "min", obj("const", 0), "max", obj("const", 0), "value", present()),
			"required", []any{"value"},
			"not", anyHas("magnitude", "period"),
		)
	}},
	{name: "count_range", schema: func() *object {
		return obj(
			"description", "A range: min and max, and no value (value, if present at all, is 0), magnitude or period.",
			"type", "object",
			"properties", obj("qualifier", obj("const", "range"), "value", obj("const", 0), "min", present(), "max", present()),
			"required", []any{"min", "max"},
			"not", anyHas("magnitude", "period"),
		)
	}},
	{name: "count_vague", schema: func() *object {
		return obj(
			"description", "A vague figure (\"dozens\"): a magnitude, and no number (value, min and max, if present at all, are 0) or period.",
			"type", "object",
			"properties", obj("qualifier", obj("const", "vague"), "value", obj("const", 0), "min", obj("const", 0), "max", obj("const", 0), "magnitude", present()),
			"required", []any{"magnitude"},
			"not", has("period"),
		)
	}},
	{name: "count_period", schema: func() *object {
		return obj(
			"description", "A duration in combined units (\"two years and two days\"): a period, and no number (value, min and max, if present at all, are 0), unit or magnitude.",
			"type", "object",
			"properties", obj("qualifier", obj("not", obj("enum", []any{"range", "vague"})), "value", obj("const", 0), "min", obj("const", 0), "max", obj("const", 0), "period", present()),
			"required", []any{"period"},
			"not", anyHas("magnitude", "unit"),
		)
	}},
}

// enum is a closed set: its def name and its values, in order.
type enum struct {
	typ    reflect.Type
	name   string
	values func() []any
}

func enumOf[T ~string](name string, values func() []T) enum {
	return enum{typ: reflect.TypeFor[T](), name: name, values: func() []any {
		var out []any
		for _, v := range values() {
			out = append(out, string(v))
		}
		return out
	}}
}

// enums lists every closed set of the JSON form. A string type that reads
// itself from text and is not here (nor a leaf) makes Generate fail, so a
// new enum cannot be forgotten.
var enums = []enum{
	enumOf("actor_kind", actor.Kinds),
	enumOf("alias_kind", actor.AliasKinds),
	enumOf("source_kind", source.Kinds),
	enumOf("verb", source.Verbs),
	enumOf("qualifier", source.Qualifiers),
	enumOf("magnitude", source.Magnitudes),
	enumOf("modality", source.Modalities),
	enumOf("time_precision", source.Precisions),
	enumOf("bound", source.Bounds),
	enumOf("territory_kind", territory.Kinds),
	enumOf("point_precision", territory.Precisions),
	enumOf("relation", territory.Relations),
	enumOf("extent", territory.Extents),
	enumOf("standing", territory.Standings),
	enumOf("event_kind", event.Kinds),
	enumOf("event_status", event.Statuses),
	enumOf("link_type", event.LinkTypes),
	enumOf("speech_act", event.SpeechActs),
	enumOf("stage", event.Stages),
	enumOf("clause_kind", event.ClauseKinds),
	enumOf("response_act", event.ResponseActs),
	enumOf("method", event.Methods),
	enumOf("weapon_kind", event.WeaponKinds),
	enumOf("hazard", event.Hazards),
	enumOf("change", event.Changes),
	enumOf("outcome", event.Outcomes),
	enumOf("plover_category", event.Categories),
	enumOf("identity_relation", newsevent.IdentityRelations),
}

// structNames names the defs of structs whose snake_case name would be
// unclear or taken.
var structNames = map[string]string{
	"territory.Alias": "territory_alias",
	"event.Name":      "event_name",
}

// fieldOverrides give the schema of fields that the Go type cannot: a
// string that holds a code of a list kept in Go.
var fieldOverrides = map[string]func(g *gen) *object{
	"event.Other.CAMEO": func(g *gen) *object { return ref(g.leaf("cameo_code")) },
}

// nullRefused are the optional fields, by Go type and field, where the
// library refuses null instead of reading it as the member left out; the
// schema refuses it there too. source.Count reads its numbers itself: a
// figure's number written null is an error, as a figure without its
// number is.
var nullRefused = map[string]bool{
	"source.Count.Value": true,
	"source.Count.Min":   true,
	"source.Count.Max":   true,
}

// rules are the rules across the fields of one record that the schema
// states beside what the types and tags give, keyed by Go type. Rules
// that need more than the record (references, uniqueness) stay with the
// library's Validate.
var rules = map[string]func(g *gen, def *object){
	"source.Time": func(g *gen, def *object) {
		allOf(def,
			requires("start", "precision"),
			requires("end", "start"),
			requires("precision", "start"),
			requires("bound", "start"),
			obj("if", has("bound"), "then", obj("not", has("end"))),
			obj("if", has("zone"), "then", obj("anyOf", []any{has("start"), nonEmptyString("text")})),
		)
	},
	"source.Count": func(g *gen, def *object) {
		def.set("required", []any{"qualifier", "measure"})
		props, _ := def.get("properties")
		for _, k := range []string{"value", "min", "max"} {
			p, _ := props.(*object).get(k)
			p.(*object).set("minimum", 0)
		}
		def.set("oneOf", []any{ref(g.leaf("count_single")), ref(g.leaf("count_range")), ref(g.leaf("count_vague")), ref(g.leaf("count_period"))})
	},
	"source.Quote": func(g *gen, def *object) {
		def.set("if", obj("properties", obj("elided", obj("const", true)), "required", []any{"elided"}))
		def.set("then", obj("properties", obj("text", obj("type", "string", "pattern", "…|\\.\\.\\."))))
	},
	"source.Source": func(g *gen, def *object) {
		allOf(def,
			requires("handle", "platform"),
			obj("if", obj("properties", obj("kind", obj("const", "post")), "required", []any{"kind"}), "then", has("platform")),
		)
	},
	"vocab.ExternalID": func(g *gen, def *object) {
		def.set("if", obj("properties", obj("scheme", obj("const", "wikidata")), "required", []any{"scheme"}))
		def.set("then", obj("properties", obj("value", obj("type", "string", "pattern", "^Q[1-9][0-9]{0,10}$"))))
	},
	"event.Proposal": func(g *gen, def *object) {
		def.set("anyOf", []any{nonEmptyArray("proposers"), nonEmptyArray("parties")})
	},
	"actor.Actor": func(g *gen, def *object) {
		def.set("anyOf", []any{nonEmptyString("name"), nonEmptyString("description")})
	},
	"territory.Territory": func(g *gen, def *object) {
		def.set("anyOf", []any{nonEmptyString("name"), nonEmptyString("description")})
		allOf(def, requires("subdivision", "country"))
	},
	"territory.Status": func(g *gen, def *object) {
		props, _ := def.get("properties")
		p, _ := props.(*object).get("territories")
		p.(*object).set("uniqueItems", true)
		allOf(def,
			obj(
				"if", obj("properties", obj("relation", obj("enum", []any{"recognises_de_jure", "recognises_de_facto"})), "required", []any{"relation"}),
				"then", has("recogniser"),
				"else", obj("not", has("recogniser")),
			),
			obj(
				"if", obj("properties", obj("extent", obj("const", "share")), "required", []any{"extent"}),
				"then", has("share"),
				"else", obj("not", has("share")),
			),
		)
	},
	"event.Link": func(g *gen, def *object) {
		allOf(def, obj("if", has("offset"), "then", obj("properties", obj("type", obj("const", "follows")))))
	},
	"event.Claim": func(g *gen, def *object) {
		props, _ := def.get("properties")
		props.(*object).set("verb", obj("$ref", "#/$defs/verb", "enum", []any{"claimed", "blamed", "denied", "confirmed"}))
	},
	"event.Topic": func(g *gen, def *object) {
		def.set("anyOf", []any{nonEmptyString("text"), has("event")})
	},
	"event.Target": func(g *gen, def *object) {
		def.set("anyOf", []any{has("territory"), has("actor")})
	},
	"event.Clause": func(g *gen, def *object) {
		allOf(def,
			obj(
				"if", obj("properties", obj("kind", obj("enum", []any{"recognition", "control_transfer"})), "required", []any{"kind"}),
				"then", nonEmptyArray("statuses"),
			),
			obj(
				"if", obj("properties", obj("kind", obj("const", "membership_bar")), "required", []any{"kind"}),
				"then", has("member", "alliance"),
				"else", obj("not", anyHas("member", "alliance")),
			),
		)
	},
	"event.Statement": func(g *gen, def *object) {
		def.set("anyOf", []any{nonEmptyString("content"), nonEmptyArray("quotes")})
	},
	"event.Other": func(g *gen, def *object) {
		allOf(def, requires("mode", "plover"))
	},
}

// has is the subschema "the object has every one of these members", as
// the library sees a member: null and "" are what it reads for a member
// left out (encoding/json leaves the field as it is, its zero value), so
// a member that holds one of them is not there. Each name is both
// required and under properties, as Ajv's strict mode (strictRequired)
// asks.
func has(names ...string) *object {
	props, required := obj(), make([]any, len(names))
	for i, n := range names {
		props.set(n, present())
		required[i] = n
	}
	return obj("required", required, "properties", props)
}

// present is the schema of a member that is there (see has), the def
// "present": neither null nor "".
func present() *object { return ref("present") }

// requires is the rule "an object that has member a (see has) has the
// members b too", the form of "dependentRequired" that reads null and ""
// as a member left out, as the library does.
func requires(a string, b ...string) *object {
	return obj("if", has(a), "then", has(b...))
}

// allOf adds rules to the def's "allOf".
func allOf(def *object, rules ...*object) {
	var list []any
	if l, ok := def.get("allOf"); ok {
		list = l.([]any)
	}
	for _, r := range rules {
		list = append(list, r)
	}
	def.set("allOf", list)
}

// anyHas is the subschema "the object has at least one of these members".
func anyHas(names ...string) *object {
	if len(names) == 1 {
		return has(names[0])
	}
	branches := make([]any, len(names))
	for i, n := range names {
		branches[i] = has(n)
	}
	return obj("anyOf", branches)
}

// nonEmptyString is the subschema "the object has member name, a string
// of at least one character". The member's schema states its type, as
// Ajv's strict mode (strictTypes) asks of a schema that uses minLength.
func nonEmptyString(name string) *object {
	return obj("required", []any{name}, "properties", obj(name, obj("type", "string", "minLength", 1)))
}

// nonEmptyArray is the subschema "the object has member name, an array
// of at least one element".
func nonEmptyArray(name string) *object {
	return obj("required", []any{name}, "properties", obj(name, obj("type", "array", "minItems", 1)))
}

// countryCodes lists every code that vocab.ParseCountry accepts.
func countryCodes() []any {
	var out []any
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if _, err := vocab.ParseCountry(code); err == nil {
				out = append(out, code)
			}
		}
	}
	return out
}

// currencyCodes lists every upper-case three-letter code that
// vocab.ParseCurrency reads, in order.
func currencyCodes() []any {
	var out []any
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code := string([]rune{a, b, c})
				if _, err := vocab.ParseCurrency(code); err == nil {
					out = append(out, code)
				}
			}
		}
	}
	return out
}

// cameoCodes lists every code of one to four digits that
// event.CAMEOLabel knows, in the order of the strings (010, 011, ...,
// 0211, ...).
func cameoCodes() []any {
	var codes []string
	for n, max := 1, 10; n <= 4; n, max = n+1, max*10 {
		for i := range max {
			if code := fmt.Sprintf("%0*d", n, i); isCAMEO(code) {
				codes = append(codes, code)
			}
		}
	}
	slices.Sort(codes)
	out := make([]any, len(codes))
	for i, c := range codes {
		out[i] = c
	}
	return out
}

func isCAMEO(code string) bool {
	_, ok := event.CAMEOLabel(code)
	return ok
}
