package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// schID is the "$id" the schema declares; fragments resolve against it.
const schID = "https://github.com/newsevent/newsevent/schema/newsevent.schema.json"

// schCompile compiles the schema of JSONSchema as an independent
// validator sees it and returns the schema at fragment ("" for the whole
// story, "#/$defs/line" for a line). As draft 2020-12 says, "format" is
// only an annotation, so the patterns must do the work on their own.
func schCompile(t testing.TB, fragment string) *jsonschema.Schema {
	t.Helper()
	return schCompileWith(t, fragment, false)
}

// schCompileWith is schCompile, with "format" asserted too if formats is
// true.
func schCompileWith(t testing.TB, fragment string, formats bool) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(newsevent.JSONSchema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if formats {
		c.AssertFormat()
	}
	require.NoError(t, c.AddResource(schID, doc))
	sch, err := c.Compile(schID + fragment)
	require.NoError(t, err)
	return sch
}

// schValidate validates data against sch and returns what the validator
// says, nil when data passes.
func schValidate(t testing.TB, sch *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err, "%s", data)
	return sch.Validate(inst)
}

// A program in any language can validate newsevent data with the schema:
// the whole document for a story, "#/$defs/line" for each line of JSON
// Lines.
func ExampleJSONSchema() {
	var doc struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   struct {
			Line struct {
				Properties map[string]any `json:"properties"`
			} `json:"line"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(newsevent.JSONSchema(), &doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.Schema)
	fmt.Println(doc.ID)
	fmt.Println("a line holds one of:", slices.Sorted(maps.Keys(doc.Defs.Line.Properties)))
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// https://github.com/newsevent/newsevent/schema/newsevent.schema.json
	// a line holds one of: [actor event identity source status territory]
}

func TestJSONSchemaIsADraft202012SchemaAndACopy(t *testing.T) {
	data := newsevent.JSONSchema()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", doc["$schema"])
	assert.Equal(t, schID, doc["$id"])

	// "#/$defs/line" is the line of JSON Lines. It has no "$anchor"
	// (which made it "#line" too): Ajv knows no such keyword and, in
	// strict mode and with its defaults alike, refuses to compile a
	// schema that has one (schema_ajv_test.go).
	assert.NotContains(t, string(data), `"$anchor"`)
	for _, fragment := range []string{"", "#/$defs/line", "#/$defs/event", "#/$defs/count"} {
		t.Run("compile"+fragment, func(t *testing.T) { schCompile(t, fragment) })
	}

	// The schema also validates against the draft 2020-12 meta-schema.
	c := jsonschema.NewCompiler()
	meta, err := c.Compile("https://json-schema.org/draft/2020-12/schema")
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	assert.NoError(t, meta.Validate(inst))

	// Each call returns a copy: changing one does not change the next.
	want := bytes.Clone(data)
	clear(data)
	assert.Equal(t, want, newsevent.JSONSchema())
}

// TestSchemaEnumsMatchTheGoConstants checks that every enum of the schema
// lists exactly the values of its Go type, in order, and that each Go
// value, encoded by the library, passes the enum's schema.
func TestSchemaEnumsMatchTheGoConstants(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(newsevent.JSONSchema(), &doc))

	var cameo []string
	for n := 1; n <= 4; n++ {
		for i := range schPow10(n) {
			if code := fmt.Sprintf("%0*d", n, i); schIsCAMEO(code) {
				cameo = append(cameo, code)
			}
		}
	}
	slices.Sort(cameo)

	for _, tc := range []struct {
		def    string
		values []string
	}{
		{"actor_kind", schTexts(actor.Kinds())},
		{"alias_kind", schTexts(actor.AliasKinds())},
		{"source_kind", schTexts(source.Kinds())},
		{"verb", schTexts(source.Verbs())},
		{"qualifier", schTexts(source.Qualifiers())},
		{"time_precision", schTexts(source.Precisions())},
		{"bound", schTexts(source.Bounds())},
		{"territory_kind", schTexts(territory.Kinds())},
		{"point_precision", schTexts(territory.Precisions())},
		{"relation", schTexts(territory.Relations())},
		{"extent", schTexts(territory.Extents())},
		{"standing", schTexts(territory.Standings())},
		{"event_kind", schTexts(event.Kinds())},
		{"event_status", schTexts(event.Statuses())},
		{"link_type", schTexts(event.LinkTypes())},
		{"speech_act", schTexts(event.SpeechActs())},
		{"stage", schTexts(event.Stages())},
		{"clause_kind", schTexts(event.ClauseKinds())},
		{"response_act", schTexts(event.ResponseActs())},
		{"method", schTexts(event.Methods())},
		{"weapon_kind", schTexts(event.WeaponKinds())},
		{"hazard", schTexts(event.Hazards())},
		{"change", schTexts(event.Changes())},
		{"outcome", schTexts(event.Outcomes())},
		{"plover_category", schTexts(event.Categories())},
		{"cameo_code", cameo},
		{"country_code", schCountries()},
	} {
		t.Run(tc.def, func(t *testing.T) {
			def, ok := doc.Defs[tc.def]
			require.True(t, ok, "no $defs/%s", tc.def)
			assert.Equal(t, tc.values, def.Enum)
			sch := schCompile(t, "#/$defs/"+tc.def)
			for _, v := range tc.values {
				data, err := json.Marshal(v)
				require.NoError(t, err)
				assert.NoError(t, schValidate(t, sch, data), v)
			}
			assert.Error(t, schValidate(t, sch, []byte(`"not_a_value"`)))
		})
	}
}

// schTexts returns the enum values as strings, each encoded as the library
// encodes it (MarshalText), so that a value it would refuse to write
// shows up here.
func schTexts[T interface {
	~string
	MarshalText() ([]byte, error)
}](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		b, err := v.MarshalText()
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}

// schCountries returns every code that vocab.ParseCountry reads, in order.
func schCountries() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if c, err := vocab.ParseCountry(string([]rune{a, b})); err == nil {
				out = append(out, c.String())
			}
		}
	}
	return out
}

// schPow10 returns 10 to the power n.
func schPow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

// schIsCAMEO reports whether the library knows code as a CAMEO code.
func schIsCAMEO(code string) bool {
	_, ok := event.CAMEOLabel(code)
	return ok
}

// schStories are the stories that the positive tests encode: every
// record type and event kind with every optional field set, and every
// kind with only what it requires.
func schStories(t testing.TB) map[string]*newsevent.Story {
	t.Helper()
	return map[string]*newsevent.Story{"full": schFullStory(t), "minimal": schMinimalStory(t)}
}

// schMoreStories are stories built elsewhere in the module: the article of
// the examples package and generated ones.
func schMoreStories(t testing.TB) map[string]*newsevent.Story {
	t.Helper()
	article, err := examples.Article()
	require.NoError(t, err)
	out := map[string]*newsevent.Story{"article": article}
	for _, seed := range []uint64{1, 2, 3} {
		out[fmt.Sprintf("generated-%d", seed)] = synth.Story(300, seed)
	}
	return out
}

func TestSchemaAcceptsWhatTheLibraryWrites(t *testing.T) {
	storySchema := schCompileWith(t, "", true)
	lineSchema := schCompileWith(t, "#/$defs/line", true)
	stories := schStories(t)
	maps.Copy(stories, schMoreStories(t))
	for name, s := range stories {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, s.Validate(), "the fixture itself must be valid")

			data, err := json.Marshal(s)
			require.NoError(t, err)
			assert.NoError(t, schValidate(t, storySchema, data))
			var back newsevent.Story
			require.NoError(t, json.Unmarshal(data, &back), "the Go decoder accepts what the schema accepts")
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))

			var jsonl bytes.Buffer
			require.NoError(t, s.WriteJSONL(&jsonl))
			lines := bytes.Split(bytes.TrimSuffix(jsonl.Bytes(), []byte("\n")), []byte("\n"))
			c := s.Counts()
			require.Len(t, lines, c.Actors+c.Territories+c.Sources+c.Statuses+c.Events)
			for i, line := range lines {
				assert.NoError(t, schValidate(t, lineSchema, line), "line %d: %s", i+1, line)
				_, err := newsevent.NewDecoder(bytes.NewReader(line)).Next()
				assert.NoError(t, err, "line %d", i+1)
			}
		})
	}
}

// TestSchemaAcceptsWhatTheLibraryReads checks forms the library reads
// though it writes them otherwise: the schema accepts them too, and the
// library decodes them into a valid story.
func TestSchemaAcceptsWhatTheLibraryReads(t *testing.T) {
	storySchema := schCompile(t, "")
	storyJSON, err := json.Marshal(schFullStory(t))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		edit func(doc map[string]any)
	}{
		{"UUID in upper case", func(d map[string]any) {
			schEventOf(d, "attack")["attacker"] = strings.ToUpper(schActor("russia").String())
		}},
		{"durations as time.ParseDuration reads them", func(d map[string]any) {
			off := schObj(schEventOf(d, "meeting"), "links", 0, "offset")
			off["min"], off["max"] = "90m", "24h"
		}},
		{"range with a zero value", func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 1)["value"] = 0 }},
		{"single figure with zero min and max", func(d map[string]any) {
			c := schObj(schEventOf(d, "attack"), "casualties", 0)
			c["min"], c["max"] = 0, 0
		}},
		{"time with a phrase and a zone only", func(d map[string]any) {
			schEventOf(d, "statement")["time"] = map[string]any{"text": "at noon", "zone": "Kyiv time"}
		}},
		{"statement with quotes only", func(d map[string]any) { delete(schEventOf(d, "statement"), "content") }},
		{"target with an actor only", func(d map[string]any) { delete(schObj(schEventOf(d, "attack"), "targets", 1), "territory") }},
		{"language tags in other cases", func(d map[string]any) { schObj(d, "actors", 0, "names", 1)["lang"] = "UK-latn" }},
		{"optional arrays empty", func(d map[string]any) {
			a := schObj(d, "actors", 0)
			a["names"], a["roles"], a["member_of"] = []any{}, []any{}, []any{}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var doc map[string]any
			require.NoError(t, json.Unmarshal(storyJSON, &doc))
			tc.edit(doc)
			data := schEncode(t, doc) // keys sorted: "kind" is no longer first
			assert.NoError(t, schValidate(t, storySchema, data))
			var s newsevent.Story
			require.NoError(t, json.Unmarshal(data, &s))
			assert.NoError(t, s.Validate())
		})
	}
}

// TestSchemaCoversEveryEventKind makes sure the fixtures do what they
// claim: each event kind, and each record type, appears in both.
func TestSchemaCoversEveryEventKind(t *testing.T) {
	for name, s := range schStories(t) {
		var kinds []event.Kind
		for _, e := range s.Events() {
			if !slices.Contains(kinds, e.Kind()) {
				kinds = append(kinds, e.Kind())
			}
		}
		assert.ElementsMatch(t, event.Kinds(), kinds, name)
		c := s.Counts()
		assert.Positive(t, c.Actors, name)
		assert.Positive(t, c.Territories, name)
		assert.Positive(t, c.Sources, name)
		assert.Positive(t, c.Statuses, name)
	}
}

// How the Go library rejects a document the schema rejects.
const (
	schByDecode   = "decode"   // json.Unmarshal, ReadJSONL or Decoder.Next fails
	schByValidate = "validate" // decoding works; Story.Validate reports a rule
)

// schCase is a document the schema must reject, and how the library
// agrees.
type schCase struct {
	name string
	// edit changes the JSON of the full story, decoded into generic values.
	edit func(doc map[string]any)
	// line, when not nil, replaces the JSON Lines form of the full story
	// instead: it gets every line and returns the bad one, which it may
	// have put anywhere in the list.
	line func(lines []map[string]any) (bad any)
	// by says how the library rejects the document.
	by string
	// rule is the rule Story.Validate reports, for by == schByValidate.
	rule vocab.Rule
}

func schCases() []schCase {
	return []schCase{
		// Unknown fields, everywhere.
		{name: "unknown field at top level", edit: func(d map[string]any) { d["notes"] = []any{} }, by: schByDecode},
		{name: "unknown field in actor", edit: func(d map[string]any) { schObj(d, "actors", 0)["nickname"] = "Z" }, by: schByDecode},
		{name: "unknown field in actor role", edit: func(d map[string]any) { schObj(d, "actors", 0, "roles", 0)["since"] = "2019" }, by: schByDecode},
		{name: "unknown field in territory", edit: func(d map[string]any) { schObj(d, "territories", 0)["population"] = 1 }, by: schByDecode},
		{name: "unknown field in point", edit: func(d map[string]any) { schObj(d, "territories", 1, "point")["alt"] = 1 }, by: schByDecode},
		{name: "unknown field in source", edit: func(d map[string]any) { schObj(d, "sources", 0)["date"] = "today" }, by: schByDecode},
		{name: "unknown field in status", edit: func(d map[string]any) { schObj(d, "statuses", 0)["since"] = "2014" }, by: schByDecode},
		{name: "unknown field in time", edit: func(d map[string]any) { schObj(d, "statuses", 0, "period")["tz"] = "UTC" }, by: schByDecode},
		{name: "unknown field in count", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["estimate"] = true }, by: schByDecode},
		{name: "unknown field in share count", edit: func(d map[string]any) { schObj(d, "statuses", 0, "share")["percent"] = 53 }, by: schByDecode},
		{name: "unknown field in attribution", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "attributions", 0)["page"] = 2 }, by: schByDecode},
		{name: "unknown field in quote", edit: func(d map[string]any) { schObj(schEventOf(d, "statement"), "quotes", 0)["tone"] = "angry" }, by: schByDecode},
		{name: "unknown field in link offset", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "links", 0, "offset")["unit"] = "h" }, by: schByDecode},
		{name: "unknown field in clause", edit: func(d map[string]any) { schObj(schEventOf(d, "proposal"), "clauses", 0)["article"] = 1 }, by: schByDecode},
		{name: "unknown field in role change role", edit: func(d map[string]any) { schObj(schEventOf(d, "role_change"), "role")["rank"] = 1 }, by: schByDecode},
		{name: "header field of another name", edit: func(d map[string]any) { schEventOf(d, "other")["summary"] = "x" }, by: schByDecode},
		{name: "field of another kind", edit: func(d map[string]any) { schEventOf(d, "meeting")["hazard"] = "flood" }, by: schByDecode},

		// Unknown kinds and enum values.
		{name: "unknown event kind", edit: func(d map[string]any) { schEventOf(d, "meeting")["kind"] = "meating" }, by: schByDecode},
		{name: "event without kind", edit: func(d map[string]any) { delete(schEventOf(d, "meeting"), "kind") }, by: schByDecode},
		{name: "unknown actor kind", edit: func(d map[string]any) { schObj(d, "actors", 0)["kind"] = "alien" }, by: schByDecode},
		{name: "unknown alias kind", edit: func(d map[string]any) { schObj(d, "actors", 0, "aliases", 0)["kind"] = "pet_name" }, by: schByDecode},
		{name: "unknown verb", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "attributions", 0)["verb"] = "tweeted" }, by: schByDecode},
		{name: "unknown qualifier", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["qualifier"] = "roughly" }, by: schByDecode},
		{name: "unknown time precision", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "time")["precision"] = "week" }, by: schByDecode},
		{name: "unknown relation", edit: func(d map[string]any) { schObj(d, "statuses", 0)["relation"] = "owns" }, by: schByDecode},
		{name: "unknown event status", edit: func(d map[string]any) { schEventOf(d, "attack")["status"] = "happened" }, by: schByDecode},
		{name: "unknown link type", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "links", 1)["type"] = "after" }, by: schByDecode},
		{name: "unknown speech act", edit: func(d map[string]any) { schList(schEventOf(d, "statement"), "acts")[0] = "shout" }, by: schByDecode},
		{name: "unknown weapon kind", edit: func(d map[string]any) { schList(schEventOf(d, "attack"), "weapons", 0, "kinds")[0] = "laser" }, by: schByDecode},
		{name: "unknown hazard", edit: func(d map[string]any) { schEventOf(d, "disaster")["hazard"] = "meteor" }, by: schByDecode},
		{name: "unknown PLOVER category", edit: func(d map[string]any) { schEventOf(d, "other")["plover"] = "assault" }, by: schByDecode},
		{name: "unknown response to_kind", edit: func(d map[string]any) { schEventOf(d, "response")["to_kind"] = "plan" }, by: schByDecode},

		// Bad values of other types.
		{name: "bad UUID", edit: func(d map[string]any) { schObj(d, "actors", 0)["id"] = "not-a-uuid" }, by: schByDecode},
		{name: "UUID in braces", edit: func(d map[string]any) { schEventOf(d, "attack")["attacker"] = "{" + actor.IDFor("x").String() + "}" }, by: schByDecode},
		{name: "UUID with a non-hex digit", edit: func(d map[string]any) {
			schObj(d, "sources", 0)["via"] = "g" + source.IDFor("x").String()[1:]
		}, by: schByDecode},
		{name: "ID as a number", edit: func(d map[string]any) { schObj(d, "territories", 1)["parent"] = 7 }, by: schByDecode},
		{name: "bad grade", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "attributions", 0)["grade"] = "G7" }, by: schByDecode},
		{name: "bad duration", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "links", 0, "offset")["max"] = "24 hours" }, by: schByDecode},
		{name: "month out of range", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "time")["start"] = "2025-13-01T00:00:00Z" }, by: schByDecode},
		{name: "date without time", edit: func(d map[string]any) { schObj(schEventOf(d, "meeting"), "time")["start"] = "2025-04-25" }, by: schByDecode},
		{name: "bad language tag", edit: func(d map[string]any) { schObj(d, "actors", 0, "names", 0)["lang"] = "not a tag" }, by: schByDecode},
		{name: "bad country code", edit: func(d map[string]any) { schObj(d, "actors", 0)["country"] = "Ukraine" }, by: schByDecode},
		{name: "country in lower case", edit: func(d map[string]any) { schObj(d, "actors", 0)["country"] = "ua" }, by: schByDecode},
		{name: "country alpha-3", edit: func(d map[string]any) { schObj(d, "territories", 0)["country"] = "UKR" }, by: schByDecode},
		{name: "reserved country code UK", edit: func(d map[string]any) { schObj(d, "territories", 0)["country"] = "UK" }, by: schByDecode},
		{name: "group as a country", edit: func(d map[string]any) { schObj(d, "actors", 0)["country"] = "EU" }, by: schByDecode},
		{name: "subdivision in lower case", edit: func(d map[string]any) { schObj(d, "territories", 1)["subdivision"] = "ua-30" }, by: schByDecode},
		{name: "count value as a string", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["value"] = "70" }, by: schByDecode},
		{name: "election round as a fraction", edit: func(d map[string]any) { schEventOf(d, "election")["round"] = 1.5 }, by: schByDecode},
		{name: "null event", edit: func(d map[string]any) { schList(d, "events")[0] = nil }, by: schByDecode},

		// Well-formed JSON that breaks a rule of one record: the decoder
		// reads it and Validate reports it.
		{name: "count with value and range", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 1)["value"] = 25 }, by: schByValidate, rule: "conflicts"},
		{name: "count with value and min", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["min"] = 60 }, by: schByValidate, rule: "conflicts"},
		{name: "negative count", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["value"] = -1 }, by: schByValidate, rule: "gte"},
		{name: "count measure not a token", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "casualties", 0)["measure"] = "Killed people" }, by: schByValidate, rule: "token"},
		{name: "nil UUID", edit: func(d map[string]any) { schObj(d, "actors", 0)["id"] = "00000000-0000-0000-0000-000000000000" }, by: schByValidate, rule: "id"},
		{name: "event without title", edit: func(d map[string]any) { delete(schEventOf(d, "conflict"), "title") }, by: schByValidate, rule: "required"},
		{name: "event without attributions", edit: func(d map[string]any) { schEventOf(d, "disaster")["attributions"] = []any{} }, by: schByValidate, rule: "min"},
		{name: "meeting without attendees", edit: func(d map[string]any) { delete(schEventOf(d, "meeting"), "attendees") }, by: schByValidate, rule: "min"},
		{name: "statement without content or quotes", edit: func(d map[string]any) {
			delete(schEventOf(d, "statement"), "content")
			delete(schEventOf(d, "statement"), "quotes")
		}, by: schByValidate, rule: "required"},
		{name: "recognition without recogniser", edit: func(d map[string]any) { delete(schObj(d, "statuses", 1), "recogniser") }, by: schByValidate, rule: "requires"},
		{name: "control with recogniser", edit: func(d map[string]any) { schObj(d, "statuses", 0)["recogniser"] = actor.IDFor("schema/us").String() }, by: schByValidate, rule: "conflicts"},
		{name: "share extent without share", edit: func(d map[string]any) { delete(schObj(d, "statuses", 0), "share") }, by: schByValidate, rule: "requires"},
		{name: "membership bar without member", edit: func(d map[string]any) { delete(schObj(schEventOf(d, "proposal"), "clauses", 1), "member") }, by: schByValidate, rule: "requires"},
		{name: "ceasefire with alliance", edit: func(d map[string]any) {
			schObj(schEventOf(d, "proposal"), "clauses", 2)["alliance"] = actor.IDFor("schema/nato").String()
		}, by: schByValidate, rule: "conflicts"},
		{name: "offset on a part_of link", edit: func(d map[string]any) {
			schObj(schEventOf(d, "meeting"), "links", 1)["offset"] = map[string]any{"max": "1h0m0s"}
		}, by: schByValidate, rule: "conflicts"},
		{name: "time with end but no start", edit: func(d map[string]any) { delete(schObj(schEventOf(d, "attack"), "time"), "start") }, by: schByValidate, rule: "requires"},
		{name: "time in another zone than UTC", edit: func(d map[string]any) {
			schObj(schEventOf(d, "meeting"), "time")["start"] = "2025-04-25T03:00:00+03:00"
		}, by: schByValidate, rule: "utc"},
		{name: "elided quote without mark", edit: func(d map[string]any) { schObj(schEventOf(d, "statement"), "quotes", 0)["text"] = "Vladimir, STOP!" }, by: schByValidate, rule: "mismatch"},
		{name: "post without platform", edit: func(d map[string]any) {
			delete(schObj(d, "sources", 1), "platform")
			delete(schObj(d, "sources", 1), "handle")
		}, by: schByValidate, rule: "requires"},
		{name: "mode without PLOVER category", edit: func(d map[string]any) { delete(schEventOf(d, "other"), "plover") }, by: schByValidate, rule: "requires"},
		{name: "code not in CAMEO", edit: func(d map[string]any) { schEventOf(d, "other")["cameo"] = "9999" }, by: schByValidate, rule: "enum"},
		{name: "claim with verb said", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "responsibility", 0)["verb"] = "said" }, by: schByValidate, rule: "enum"},
		{name: "bad Wikidata ID", edit: func(d map[string]any) { schObj(d, "actors", 0, "external_ids", 0)["value"] = "X42" }, by: schByValidate, rule: "wikidata"},
		{name: "territory without name or description", edit: func(d map[string]any) {
			delete(schObj(d, "territories", 0), "name")
			delete(schObj(d, "territories", 0), "description")
		}, by: schByValidate, rule: "required"},
		{name: "subdivision without country", edit: func(d map[string]any) { delete(schObj(d, "territories", 1), "country") }, by: schByValidate, rule: "requires"},
		{name: "latitude out of range", edit: func(d map[string]any) { schObj(d, "territories", 1, "point")["lat"] = 91 }, by: schByValidate, rule: "lte"},
		{name: "handle with @", edit: func(d map[string]any) { schObj(d, "actors", 0, "handles", 0)["handle"] = "@ZelenskyyUa" }, by: schByValidate, rule: "excludes"},
		{name: "URL without scheme", edit: func(d map[string]any) { schObj(d, "sources", 0)["url"] = "www.reuters.com/world" }, by: schByValidate, rule: "url"},
		{name: "empty weapon kinds", edit: func(d map[string]any) { schObj(schEventOf(d, "attack"), "weapons", 0)["kinds"] = []any{} }, by: schByValidate, rule: "min"},
		{name: "target without place or actor", edit: func(d map[string]any) { delete(schObj(schEventOf(d, "attack"), "targets", 0), "territory") }, by: schByValidate, rule: "required"},
		{name: "negative election round", edit: func(d map[string]any) { schEventOf(d, "election")["round"] = -1 }, by: schByValidate, rule: "gte"},
		{name: "required language undetermined", edit: func(d map[string]any) { schObj(d, "actors", 0, "names", 0)["lang"] = "und" }, by: schByValidate, rule: "required"},

		// JSON Lines.
		{name: "line with two fields", line: func(l []map[string]any) any {
			for _, m := range l {
				if tr, ok := m["territory"]; ok {
					l[0]["territory"] = tr
					return l[0]
				}
			}
			panic("no territory line")
		}, by: schByDecode},
		{name: "line without a field", line: func(l []map[string]any) any {
			clear(l[0])
			return l[0]
		}, by: schByDecode},
		{name: "line with an unknown field", line: func(l []map[string]any) any {
			l[0]["person"] = l[0]["actor"]
			delete(l[0], "actor")
			return l[0]
		}, by: schByDecode},
		{name: "line with an unknown field in its record", line: func(l []map[string]any) any {
			l[0]["actor"].(map[string]any)["nickname"] = "Z"
			return l[0]
		}, by: schByDecode},
		{name: "line with an unknown event kind", line: func(l []map[string]any) any {
			last := l[len(l)-1]
			last["event"].(map[string]any)["kind"] = "protest"
			return last
		}, by: schByDecode},
		{name: "line with a bad UUID", line: func(l []map[string]any) any {
			l[0]["actor"].(map[string]any)["id"] = strings.ToUpper(actor.IDFor("x").String())[:35]
			return l[0]
		}, by: schByDecode},
		{name: "line holding a story", line: func(l []map[string]any) any {
			return map[string]any{"actors": []any{l[0]["actor"]}, "territories": []any{}, "sources": []any{}, "statuses": []any{}, "events": []any{}}
		}, by: schByDecode},
		{name: "line with an event without attributions", line: func(l []map[string]any) any {
			last := l[len(l)-1]
			delete(last["event"].(map[string]any), "attributions")
			return last
		}, by: schByValidate, rule: "min"},
	}
}

// TestSchemaAndDecoderRejectTheSameDocuments checks each bad document
// against the schema and the library: the schema rejects it, and the
// library rejects it too, when decoding (unknown fields, kinds and enum
// values, malformed IDs and values) or in Validate (rules within a
// record).
func TestSchemaAndDecoderRejectTheSameDocuments(t *testing.T) {
	storySchema := schCompile(t, "")
	lineSchema := schCompile(t, "#/$defs/line")
	base := schFullStory(t)
	require.NoError(t, base.Validate())
	storyJSON, err := json.Marshal(base)
	require.NoError(t, err)
	var jsonl bytes.Buffer
	require.NoError(t, base.WriteJSONL(&jsonl))

	for _, tc := range schCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.line != nil {
				lines := schLines(t, jsonl.Bytes())
				bad := schEncode(t, tc.line(lines))
				assert.Error(t, schValidate(t, lineSchema, bad), "the schema accepts %s", bad)
				var doc bytes.Buffer
				for _, l := range lines {
					doc.Write(schEncode(t, l))
					doc.WriteByte('\n')
				}
				if !bytes.Contains(doc.Bytes(), bad) {
					doc.Write(bad)
					doc.WriteByte('\n')
				}
				s, err := newsevent.ReadJSONL(&doc)
				schGoRejects(t, tc, s, err)
				return
			}
			var doc map[string]any
			require.NoError(t, json.Unmarshal(storyJSON, &doc))
			tc.edit(doc)
			bad := schEncode(t, doc)
			assert.Error(t, schValidate(t, storySchema, bad), "the schema accepts the document")
			var s newsevent.Story
			err := json.Unmarshal(bad, &s)
			schGoRejects(t, tc, &s, err)
		})
	}
}

// schGoRejects asserts that the library rejects a bad document the way
// tc says: decoding fails, or decoding works and Validate reports the rule.
func schGoRejects(t *testing.T, tc schCase, s *newsevent.Story, decodeErr error) {
	t.Helper()
	switch tc.by {
	case schByDecode:
		assert.Error(t, decodeErr, "the Go decoder accepts what the schema rejects")
	case schByValidate:
		require.NoError(t, decodeErr, "the Go decoder rejects the document: expect %s", schByDecode)
		err := s.Validate()
		var verr *newsevent.ValidationError
		require.True(t, errors.As(err, &verr), "Story.Validate accepts what the schema rejects: %v", err)
		var rules []vocab.Rule
		for _, p := range verr.Problems {
			rules = append(rules, p.Rule)
		}
		assert.Contains(t, rules, tc.rule, "%v", err)
	default:
		t.Fatalf("unknown mode %q", tc.by)
	}
}

// TestSchemaKnownSchemaLeniency records what the library rejects and the
// schema accepts: a subdivision code of the right form that is not on the
// ISO 3166-2 list (the schema checks the form; the list of about 5,000
// codes stays with the library), a whole number written with a fraction,
// and a language tag of the right form that x/text refuses.
func TestSchemaKnownSchemaLeniency(t *testing.T) {
	storySchema := schCompile(t, "")
	storyJSON, err := json.Marshal(schFullStory(t))
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(storyJSON, &doc))
	schObj(doc, "territories", 1)["subdivision"] = "UA-99"
	data := schEncode(t, doc)
	assert.NoError(t, schValidate(t, storySchema, data))
	var s newsevent.Story
	err = json.Unmarshal(data, &s)
	assert.ErrorIs(t, err, vocab.ErrUnknown)

	// A whole number written with a fraction is an integer to JSON Schema
	// (by its value), not to the library (by how it is written).
	var round map[string]any
	require.NoError(t, json.Unmarshal(storyJSON, &round))
	schEventOf(round, "election")["round"] = json.Number("1.0")
	data = schEncode(t, round)
	assert.NoError(t, schValidate(t, storySchema, data))
	assert.Error(t, json.Unmarshal(data, &s))

	// A language tag of the right form that x/text refuses: a subtag on
	// no list, or one out of its place. The schema checks the form; the
	// registry stays with x/text.
	for _, tag := range []string{"zzz", "en-US-u"} {
		var lang map[string]any
		require.NoError(t, json.Unmarshal(storyJSON, &lang))
		schObj(lang, "actors", 0, "names", 0)["lang"] = tag
		data = schEncode(t, lang)
		assert.NoError(t, schValidate(t, storySchema, data), tag)
		assert.Error(t, json.Unmarshal(data, &s), tag)
	}
}

// TestSchemaKeysInAnotherCase checks that keys in another case than the
// field names are errors for both: encoding/json alone would read "Name"
// as "name", and the library's strict decoding refuses it, as the schema
// does.
func TestSchemaKeysInAnotherCase(t *testing.T) {
	storySchema := schCompile(t, "")
	storyJSON, err := json.Marshal(schFullStory(t))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		edit func(doc map[string]any)
	}{
		{"actor field in upper case", func(d map[string]any) { schRename(schObj(d, "actors", 0), "name", "NAME") }},
		{"event kind field in title case", func(d map[string]any) { schRename(schEventOf(d, "meeting"), "kind", "Kind") }},
		{"story field in title case", func(d map[string]any) { schRename(d, "actors", "Actors") }},
		{"count field in title case", func(d map[string]any) { schRename(schObj(schEventOf(d, "attack"), "casualties", 0), "value", "Value") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var doc map[string]any
			require.NoError(t, json.Unmarshal(storyJSON, &doc))
			tc.edit(doc)
			bad := schEncode(t, doc)
			assert.Error(t, schValidate(t, storySchema, bad))
			var s newsevent.Story
			err := json.Unmarshal(bad, &s)
			assert.ErrorIs(t, err, vocab.ErrUnknown, "the Go decoder reads a field name in another case as the field")
		})
	}
}

// schObj returns the object at path below v (object keys and array indexes).
func schObj(v any, path ...any) map[string]any {
	return schWalk(v, path...).(map[string]any)
}

// schList returns the array at path below v.
func schList(v any, path ...any) []any {
	return schWalk(v, path...).([]any)
}

func schWalk(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			v = v.(map[string]any)[p]
		case int:
			v = v.([]any)[p]
		}
	}
	return v
}

// schEventOf returns the first event of kind k in a decoded story.
func schEventOf(doc map[string]any, k string) map[string]any {
	for _, e := range schList(doc, "events") {
		if m := e.(map[string]any); m["kind"] == k {
			return m
		}
	}
	panic("no event of kind " + k)
}

func schRename(m map[string]any, from, to string) {
	m[to] = m[from]
	delete(m, from)
}

func schEncode(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func schLines(t testing.TB, jsonl []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range bytes.Lines(jsonl) {
		var m map[string]any
		require.NoError(t, json.Unmarshal(line, &m))
		out = append(out, m)
	}
	return out
}

// The fixtures. IDs come from stable keys, so failures name the same IDs
// on every run.

func schActor(key string) actor.ID     { return actor.IDFor("schema/" + key) }
func schPlace(key string) territory.ID { return territory.IDFor("schema/" + key) }
func schSource(key string) source.ID   { return source.IDFor("schema/" + key) }
func schStatus(key string) territory.StatusID {
	return territory.StatusIDFor("schema/" + key)
}
func schEvent(key string) event.ID { return event.IDFor("schema/" + key) }

func schUTC(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

// schFullStory sets every optional field of every record type and
// event kind.
func schFullStory(t testing.TB) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	uk, ukLatn, en, ru := language.MustParse("uk"), language.MustParse("uk-Latn"), language.English, language.Russian

	quote := source.Quote{
		Ref:       "Q1",
		Text:      "Vladimir, STOP! … 5000 soldiers a week",
		Lang:      en,
		Speaker:   schActor("trump"),
		Addressee: schActor("putin"),
		Medium:    schSource("truth"),
		Elided:    true,
		Truncated: true,
		Translations: []source.Rendering{
			{Text: "Володимире, ЗУПИНИСЬ! … 5000 солдатів на тиждень", Lang: uk},
		},
		Transliterations: []source.Rendering{{Text: "Volodymyre, ZUPYNYS!", Lang: ukLatn}},
	}
	full := source.Attribution{
		Source: schSource("truth"),
		Verb:   source.VerbSaid,
		Text:   "Trump wrote on Truth Social",
		Quotes: []source.Quote{quote},
		Grade:  source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2},
	}
	reported := source.Attribution{Source: schSource("reuters-report"), Verb: source.VerbReported}
	count := source.Count{
		Ref:          "F2",
		Value:        70,
		Qualifier:    source.QualifierNearly,
		Text:         "nearly 70",
		Measure:      source.MeasureInjured,
		Unit:         "people",
		Includes:     []string{"six children"},
		AsOf:         source.Day(2025, time.April, 24, "Thursday"),
		Revises:      "F1",
		Attributions: []source.Attribution{full},
	}
	rangeCount := source.Count{Min: 20, Max: 30, Qualifier: source.QualifierRange, Text: "20 to 30", Measure: source.MeasureKilled,
		Attributions: []source.Attribution{reported}}
	zero := source.Count{Ref: "F1", Value: 0, Qualifier: source.QualifierExact, Text: "no one", Measure: source.MeasureMissing}

	actors := []actor.Actor{
		{
			ID:   schActor("zelenskyy"),
			Kind: actor.KindPerson,
			Name: "Volodymyr Zelenskyy",
			Names: []vocab.Name{
				{Text: "Володимир Зеленський", Lang: uk},
				{Text: "Volodymyr Zelenskyi", Lang: ukLatn},
			},
			Aliases:     []actor.Alias{{Text: "Volodymyr", Kind: actor.AliasGivenName, Lang: en}},
			Handles:     []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
			Country:     vocab.MustCountry("UA"),
			Roles:       []actor.Role{{Title: "President", Of: schActor("ukraine"), From: schUTC(2019, time.May, 20, 0, 0), Until: schUTC(2030, time.May, 20, 0, 0), Text: "Ukraine's president"}},
			MemberOf:    []actor.ID{schActor("party")},
			ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q3881"}, {Scheme: "acled", Value: "zelenskyy-1"}},
			Description: "President of Ukraine",
		},
		{ID: schActor("ukraine"), Kind: actor.KindState, Name: "Ukraine", Country: vocab.MustCountry("UA"),
			Aliases: []actor.Alias{{Text: "Kyiv", Kind: actor.AliasMetonym}}},
		{ID: schActor("russia"), Kind: actor.KindState, Name: "Russia", Country: vocab.MustCountry("RU"),
			Names: []vocab.Name{{Text: "Россия", Lang: ru}}},
		{ID: schActor("us"), Kind: actor.KindState, Name: "United States", Aliases: []actor.Alias{{Text: "US", Kind: actor.AliasAbbreviation}}},
		{ID: schActor("trump"), Kind: actor.KindPerson, Name: "Donald Trump",
			Handles: []actor.Handle{{Platform: "truth_social", Handle: "realDonaldTrump"}}},
		{ID: schActor("putin"), Kind: actor.KindPerson, Name: "Vladimir Putin"},
		{ID: schActor("party"), Kind: actor.KindOrganisation, Name: "Servant of the People"},
		{ID: schActor("nato"), Kind: actor.KindOrganisation, Name: "NATO", Aliases: []actor.Alias{{Text: "North Atlantic Alliance", Kind: actor.AliasOther}}},
		{ID: schActor("reuters"), Kind: actor.KindMedia, Name: "Reuters"},
		{ID: schActor("air-force"), Kind: actor.KindArmedForce, Name: "Ukraine's air force", MemberOf: []actor.ID{schActor("ukraine")}},
		{ID: schActor("allies"), Kind: actor.KindGroup, Name: "Kyiv's European allies"},
		{ID: schActor("administration"), Kind: actor.KindGovernment, Name: "the Trump administration",
			Aliases: []actor.Alias{{Text: "the White House", Kind: actor.AliasNickname}, {Text: "the previous administration", Kind: actor.AliasFormerName}}},
	}
	for _, a := range actors {
		require.NoError(t, s.AddActor(a))
	}

	territories := []territory.Territory{
		{ID: schPlace("ukraine"), Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA"),
			Names:       []vocab.Name{{Text: "Україна", Lang: uk}},
			Point:       territory.Point{Lat: 49, Lon: 32, Precision: territory.PrecisionCountry},
			Description: "a country in eastern Europe", ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q212"}}},
		{ID: schPlace("kyiv"), Kind: territory.KindCity, Name: "Kyiv", Names: []vocab.Name{{Text: "Київ", Lang: uk}},
			Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision("UA-30"), Parent: schPlace("ukraine"),
			Point:       territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionExact},
			ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeGeoNames, Value: "703448"}}},
		{ID: schPlace("crimea"), Kind: territory.KindRegion, Name: "Crimea", Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision("UA-43"),
			Parent: schPlace("ukraine"), Point: territory.Point{Lat: 45, Lon: 34, Precision: territory.PrecisionRegion}},
		{ID: schPlace("city"), Kind: territory.KindCity, Description: "a southwestern city in Ukraine", Parent: schPlace("ukraine"),
			Point: territory.Point{Lat: 46.5, Lon: 30.7, Precision: territory.PrecisionTown}},
		{ID: schPlace("regions"), Kind: territory.KindRegion, Name: "five Ukrainian regions", Group: true, Parent: schPlace("ukraine")},
		{ID: schPlace("town"), Kind: territory.KindTown, Name: "Balakliia", Point: territory.Point{Lat: 49.46, Lon: 36.86, Precision: territory.PrecisionNear}},
		{ID: schPlace("plant"), Kind: territory.KindFacility, Name: "Zaporizhzhia nuclear plant", Parent: schPlace("ukraine")},
		{ID: schPlace("front"), Kind: territory.KindFrontSector, Name: "the Pokrovsk direction"},
		{ID: schPlace("area"), Kind: territory.KindArea, Description: "Russian-controlled areas"},
	}
	for _, tr := range territories {
		require.NoError(t, s.AddTerritory(tr))
	}

	sources := []source.Source{
		{ID: schSource("article"), Kind: source.KindArticle, Title: "Russia strikes Kyiv", Publisher: schActor("reuters"),
			Authors: []actor.ID{schActor("allies")}, URL: "https://www.reuters.com/world/europe/kyiv",
			Published: source.Time{Start: schUTC(2025, time.April, 25, 0, 0), Precision: source.PrecisionDay, Bound: source.BoundNotBefore, Text: "Friday"},
			Language:  en, Related: []source.ID{schSource("reuters-report")}, Description: "the article modelled"},
		{ID: schSource("truth"), Kind: source.KindPost, Platform: "truth_social", Handle: "realDonaldTrump", Authors: []actor.ID{schActor("trump")},
			Published: source.At(time.Date(2025, time.April, 24, 9, 30, 0, 0, time.FixedZone("EDT", -4*3600)), source.PrecisionMinute, "EDT", "Thursday morning"),
			Language:  en, Via: schSource("article")},
		{ID: schSource("reuters-report"), Kind: source.KindReport, Publisher: schActor("reuters")},
		{ID: schSource("interview"), Kind: source.KindInterview, Title: "an interview with TIME"},
		{ID: schSource("statement"), Kind: source.KindStatement},
		{ID: schSource("remarks"), Kind: source.KindRemarks, Published: source.Time{Text: "during his presidential campaign"}},
		{ID: schSource("broadcast"), Kind: source.KindBroadcast, Language: uk},
	}
	for _, src := range sources {
		require.NoError(t, s.AddSource(src))
	}

	statuses := []territory.Status{
		{ID: schStatus("control"), Territories: []territory.ID{schPlace("crimea"), schPlace("area")}, Relation: territory.RelationControls,
			Holder: schActor("russia"), Extent: territory.ExtentShare,
			Share:  source.Count{Value: 20, Qualifier: source.QualifierAbout, Text: "about 20%", Measure: source.MeasureTerritory, Unit: source.UnitPercent},
			Period: source.Year(2014, "since 2014").Since(), Standing: territory.StandingInForce,
			Attributions: []source.Attribution{full}, Words: "Russian-controlled"},
		{ID: schStatus("recognition"), Territories: []territory.ID{schPlace("crimea")}, Relation: territory.RelationRecognisesDeJure,
			Holder: schActor("russia"), Recogniser: schActor("us"), Extent: territory.ExtentWhole, Standing: territory.StandingProposed,
			Attributions: []source.Attribution{reported}},
		{ID: schStatus("claim"), Territories: []territory.ID{schPlace("front")}, Relation: territory.RelationClaims, Holder: schActor("russia"),
			Extent: territory.ExtentPartial, Standing: territory.StandingAsserted, Attributions: []source.Attribution{reported}},
	}
	for _, st := range statuses {
		require.NoError(t, s.AddStatus(st))
	}

	header := func(key, title string) event.Header {
		return event.Header{
			ID:           schEvent(key),
			Title:        title,
			Time:         source.Between(schUTC(2025, time.April, 24, 0, 0), schUTC(2025, time.April, 25, 0, 0), source.PrecisionDay, "overnight into Friday"),
			Rescheduled:  source.Time{Start: schUTC(2025, time.May, 1, 0, 0), Precision: source.PrecisionMonth, Bound: source.BoundNotAfter, Text: "by May"},
			Places:       []territory.ID{schPlace("kyiv"), schPlace("city")},
			Status:       event.StatusOccurred,
			Attributions: []source.Attribution{full, reported},
			Figures:      []source.Count{zero},
			Notes:        []event.Remark{{Text: "the toughest situation", Attributions: []source.Attribution{reported}}},
			Description:  "a free text about " + title,
		}
	}
	meetingHeader := header("meeting", "Witkoff–Putin meeting")
	meetingHeader.Status = event.StatusPostponed
	meetingHeader.Time = source.Time{Start: schUTC(2025, time.April, 25, 10, 0), Precision: source.PrecisionHour, Zone: "Moscow time", Text: "Friday morning"}
	meetingHeader.Rescheduled = source.Month(2025, time.May, "in May")
	meetingHeader.Links = []event.Link{
		{Ref: "R1", Type: event.LinkFollows, To: schEvent("proposal"),
			Offset: event.Offset{Min: event.Duration(time.Hour), Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"},
			Text:   "then", Attributions: []source.Attribution{reported}},
		{Type: event.LinkPartOf, To: schEvent("conflict")},
	}

	events := []event.Event{
		&event.Meeting{
			Header:    meetingHeader,
			Attendees: []actor.ID{schActor("putin"), schActor("trump")},
			Host:      schActor("putin"),
			Mediator:  schActor("us"),
			Remote:    true,
			// Multilateral was missing from the hand-written schema; the
			// generated one has every field.
			Multilateral: true,
			Agenda:       []event.Topic{{Text: "a US plan to end the war", Event: schEvent("proposal")}, {Text: "prisoners"}, {Event: schEvent("conflict")}},
			Duration:     source.Count{Value: 3, Qualifier: source.QualifierExact, Text: "three-hour-long", Measure: source.MeasureDuration, Unit: source.UnitHour},
			Outcome:      []event.Remark{{Text: "constructive and useful", Attributions: []source.Attribution{reported}}},
		},
		&event.Attack{
			Header:   header("attack", "Drone strike on Kyiv"),
			Attacker: schActor("russia"),
			Targets:  []event.Target{{Territory: schPlace("kyiv"), Text: "hit the hardest"}, {Actor: schActor("air-force"), Territory: schPlace("town")}},
			Methods:  event.Methods(),
			Targeted: true,
			Weapons: []event.Weapon{{Kinds: event.WeaponKinds(), Name: "Shahed",
				Count: source.Count{Value: 103, Qualifier: source.QualifierMoreThan, Text: "over 103", Measure: "drones"}, Text: "attack drones"}},
			Casualties:  []source.Count{count, rangeCount},
			Occurrences: []source.Count{{Value: 4500, Qualifier: source.QualifierAtLeast, Measure: source.MeasureAttacks}},
			Responsibility: []event.Claim{
				{Actor: schActor("ukraine"), By: schActor("russia"), Verb: source.VerbBlamed, Text: "Kyiv was blamed", Attributions: []source.Attribution{reported}},
				{Actor: schActor("russia"), Verb: source.VerbDenied},
			},
		},
		&event.Statement{
			Header:     header("statement", "Trump: Vladimir, STOP!"),
			Speaker:    schActor("trump"),
			Addressees: []actor.ID{schActor("putin")},
			Subjects:   []actor.ID{schActor("russia")},
			Acts:       event.SpeechActs(),
			Content:    "Trump criticised the strike",
			Quotes:     []source.Quote{quote},
			Medium:     schSource("truth"),
			About:      []event.ID{schEvent("attack")},
		},
		&event.Proposal{
			Header:     header("proposal", "US peace framework"),
			Name:       "the Paris talks framework plan",
			Proposers:  []actor.ID{schActor("us")},
			Addressees: []actor.ID{schActor("ukraine"), schActor("russia")},
			Stage:      event.StageProposed,
			Clauses: []event.Clause{
				{Ref: "C1", Kind: event.ClauseRecognition, Text: "de jure recognition of Crimea", Statuses: []territory.StatusID{schStatus("recognition")}},
				{Ref: "C2", Kind: event.ClauseMembershipBar, Text: "no NATO for Ukraine", Member: schActor("ukraine"), Alliance: schActor("nato")},
				{Ref: "C3", Kind: event.ClauseCeasefire, Text: "a permanent ceasefire", Qualifiers: []string{"permanent"},
					Parties: []actor.ID{schActor("ukraine"), schActor("russia")}, Beneficiary: schActor("ukraine"), Places: []territory.ID{schPlace("front")},
					Attributions: []source.Attribution{reported}},
			},
			Phases: []event.Phase{
				{Ref: "phase-1", Name: "the first phase", Clauses: []string{"C3"},
					Duration: source.Count{Value: 42, Qualifier: source.QualifierExact, Measure: source.MeasureDuration, Unit: source.UnitDay}},
				{Ref: "phase-2", Clauses: []string{"C1", "C2"}},
			},
			Conditions: []event.Condition{{Subject: "phase-2", On: "phase-1", Text: "starts when phase one ends"}},
		},
		&event.Response{
			Header:     header("response", "Zelenskyy rejects recognition"),
			Responder:  schActor("zelenskyy"),
			To:         schEvent("proposal"),
			ToKind:     event.KindProposal,
			Act:        event.ResponseReject,
			Qualifiers: []string{"so far"},
		},
		&event.Conflict{
			Header: func() event.Header {
				h := header("conflict", "Russia–Ukraine war")
				h.Names = []event.Name{{Text: "special military operation", UsedBy: schActor("russia"),
					Attributions: []source.Attribution{reported}}}
				return h
			}(),
			Parties: []actor.ID{schActor("russia"), schActor("ukraine")},
		},
		&event.Disaster{
			Header:   header("disaster", "Flood in the south"),
			Hazard:   event.HazardFlood,
			Affected: []territory.ID{schPlace("regions")},
			Toll:     []source.Count{count},
			Responsibility: []event.Claim{{Actor: schActor("russia"), By: schActor("ukraine"), Verb: source.VerbBlamed, Text: "blew up the dam",
				Attributions: []source.Attribution{reported}}},
		},
		&event.Election{
			Header: header("election", "Ukrainian presidential election"),
			Office: "President of Ukraine",
			Of:     schActor("ukraine"),
			Round:  2,
			Candidates: []event.Candidate{
				{Actor: schActor("zelenskyy"), Party: schActor("party"), Results: []source.Count{{Value: 73.2, Qualifier: source.QualifierExact, Measure: source.MeasureVotes, Unit: source.UnitPercent}},
					Outcome: event.OutcomeWon},
				{Actor: schActor("putin"), Outcome: event.OutcomeLost},
			},
			Winner: schActor("zelenskyy"),
		},
		&event.RoleChange{
			Header:    header("role-change", "Zelenskyy appointed"),
			Person:    schActor("zelenskyy"),
			Change:    event.ChangeAppointed,
			Role:      actor.Role{Title: "Supreme Commander", Of: schActor("air-force"), From: schUTC(2022, time.February, 24, 0, 0), Text: "commander-in-chief"},
			By:        schActor("party"),
			Announced: source.Day(2022, time.February, 24, "that morning"),
			Effective: source.Time{Start: schUTC(2022, time.February, 24, 0, 0), Precision: source.PrecisionDay, Bound: source.BoundSince},
		},
		&event.Other{
			Header:  header("other", "Curfew imposed"),
			Action:  "imposed a curfew",
			CAMEO:   "1952",
			PLOVER:  event.CategoryAssault,
			Mode:    "drone",
			Roles:   []event.Participant{{Actor: schActor("administration"), Role: "imposer"}, {Actor: schActor("allies"), Role: event.RoleMediator}},
			Targets: []territory.ID{schPlace("plant")},
		},
	}
	for _, e := range events {
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

// schMinimalStory holds one record of each type, and one event of each
// kind, with only what they require.
func schMinimalStory(t testing.TB) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	require.NoError(t, s.AddActor(actor.Actor{ID: schActor("min/a"), Kind: actor.KindPerson, Name: "A"}))
	require.NoError(t, s.AddActor(actor.Actor{ID: schActor("min/b"), Kind: actor.KindGroup, Name: "B"}))
	require.NoError(t, s.AddTerritory(territory.Territory{ID: schPlace("min/t"), Kind: territory.KindArea, Description: "somewhere"}))
	require.NoError(t, s.AddSource(source.Source{ID: schSource("min/s"), Kind: source.KindReport}))
	attr := []source.Attribution{{Source: schSource("min/s"), Verb: source.VerbReported}}
	require.NoError(t, s.AddStatus(territory.Status{ID: schStatus("min/st"), Territories: []territory.ID{schPlace("min/t")},
		Relation: territory.RelationOccupies, Holder: schActor("min/a"), Standing: territory.StandingInForce, Attributions: attr}))
	h := func(key string) event.Header {
		return event.Header{ID: schEvent("min/" + key), Title: key, Status: event.StatusAlleged, Attributions: attr}
	}
	for _, e := range []event.Event{
		&event.Meeting{Header: h("meeting"), Attendees: []actor.ID{schActor("min/a")}},
		&event.Attack{Header: h("attack")},
		&event.Statement{Header: h("statement"), Speaker: schActor("min/a"), Acts: []event.SpeechAct{event.SpeechClaim}, Content: "said so"},
		&event.Proposal{Header: h("proposal"), Proposers: []actor.ID{schActor("min/a")}, Stage: event.StageAgreed},
		&event.Response{Header: h("response"), Responder: schActor("min/b"), To: schEvent("min/proposal"), Act: event.ResponseAccept},
		&event.Conflict{Header: h("conflict"), Parties: []actor.ID{schActor("min/a")}},
		&event.Disaster{Header: h("disaster"), Hazard: event.HazardOther},
		&event.Election{Header: h("election"), Office: "mayor"},
		&event.RoleChange{Header: h("role_change"), Person: schActor("min/a"), Change: event.ChangeDied, Role: actor.Role{Title: "mayor"}},
		&event.Other{Header: h("other"), Action: "did something"},
	} {
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

// How the library takes a document: it reads it into a story that
// validates, it refuses it when decoding, or it reads it and Validate
// reports a problem.
const (
	schLibraryAccepts = "accepts"
	schLibraryDecode  = "decode"
	schLibraryInvalid = "invalid"
)

// schVariant is the full story with one member of one record set to null
// or "", and what the library makes of it.
type schVariant struct {
	name    string // the member's path and the value set: "events[2].content = null"
	data    []byte
	library string
}

// schMemberVariants returns the full story with each member of each record
// in turn (the first of each path, array indexes aside) set to null, and,
// when it holds a string, to "". The members of the story itself (the
// lists of records) are left as they are: null there is an error of the
// decoder, and the schema refuses it too.
func schMemberVariants(t testing.TB) []schVariant {
	t.Helper()
	schVariants.Do(func() { schVariants.v = schMakeMemberVariants(t) })
	return schVariants.v
}

// schVariants holds the variants, made once for the tests that share them.
var schVariants struct {
	sync.Once
	v []schVariant
}

func schMakeMemberVariants(t testing.TB) []schVariant {
	t.Helper()
	base, err := json.Marshal(schFullStory(t))
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(base, &doc))
	seen := map[string]bool{}
	var out []schVariant
	try := func(path string, m map[string]any, k string, v any) {
		old := m[k]
		m[k] = v
		data := schEncode(t, doc)
		m[k] = old
		library := schLibraryAccepts
		var s newsevent.Story
		if err := json.Unmarshal(data, &s); err != nil {
			library = schLibraryDecode
		} else if s.Validate() != nil {
			library = schLibraryInvalid
		}
		shown, _ := json.Marshal(v)
		out = append(out, schVariant{name: path + " = " + string(shown), data: data, library: library})
	}
	var walk func(v any, path, pattern string)
	walk = func(v any, path, pattern string) {
		switch v := v.(type) {
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(v)) {
				p, pat := path+"."+k, pattern+"."+k
				if path != "" && !seen[pat] {
					seen[pat] = true
					try(p[1:], v, k, nil)
					if _, ok := v[k].(string); ok {
						try(p[1:], v, k, "")
					}
				}
				walk(v[k], p, pat)
			}
		case []any:
			for i, e := range v {
				walk(e, fmt.Sprintf("%s[%d]", path, i), pattern+"[]")
			}
		}
	}
	walk(doc, "", "")
	return out
}

// TestSchemaNullIsAbsent checks the schema against the library on every
// member set to null, or to "" where it holds a string. The library reads
// both as the member left out (encoding/json leaves the field at its zero
// value), but for a figure's numbers (value, min, max), which source.Count
// reads itself and refuses null for. So: where the library reads the
// document into a story that validates, the schema accepts it ("content":
// null in a statement with quotes, "handle": "" in a source without a
// platform); where the library's decoder refuses it, the schema refuses it
// too. Where the story decodes and Validate reports a problem, the schema
// may say either: it states the rules within one record, not all of
// Validate's.
func TestSchemaNullIsAbsent(t *testing.T) {
	t.Parallel()
	sch := schCompile(t, "")
	variants := schMemberVariants(t)
	counts := map[string]int{}
	for _, v := range variants {
		counts[v.library]++
		err := schValidate(t, sch, v.data)
		switch v.library {
		case schLibraryAccepts:
			assert.NoError(t, err, "the schema rejects %s, which the library reads and validates", v.name)
		case schLibraryDecode:
			assert.Error(t, err, "the schema accepts %s, which the library's decoder refuses", v.name)
		}
	}
	t.Logf("%d variants: %v", len(variants), counts)
	assert.Positive(t, counts[schLibraryAccepts])
	assert.Positive(t, counts[schLibraryDecode])
}
