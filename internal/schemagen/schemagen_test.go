package schemagen_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/schemagen"
	"github.com/newsevent/newsevent/internal/testutil"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// The files in the module are what the generator makes from the Go types
// now: a kind, field or enum value added without `go generate .` fails
// here.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	schema, err := schemagen.Generate(root)
	require.NoError(t, err)
	testutil.AssertGenerated(t, root, schemagen.File, schema)

	plain, err := schemagen.Plain()
	require.NoError(t, err)
	testutil.AssertGenerated(t, root, schemagen.PlainFile, plain)
}

// Every kind of the table of kinds has a def and a branch of the "event"
// dispatch, and the event_kind enum lists exactly the kinds, in order.
func TestSchemaHasEveryKind(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	var kinds struct {
		Enum []string `json:"enum"`
	}
	require.NoError(t, json.Unmarshal(doc.Defs["event_kind"], &kinds))
	var dispatch struct {
		AllOf []struct {
			If struct {
				Properties struct {
					Kind struct {
						Const string `json:"const"`
					} `json:"kind"`
				} `json:"properties"`
			} `json:"if"`
			Then struct {
				Ref string `json:"$ref"`
			} `json:"then"`
		} `json:"allOf"`
	}
	require.NoError(t, json.Unmarshal(doc.Defs["event"], &dispatch))
	require.Len(t, dispatch.AllOf, len(event.Kinds()))
	for i, k := range event.Kinds() {
		assert.Equal(t, string(k), kinds.Enum[i])
		assert.Contains(t, doc.Defs, string(k), "no def for kind %s", k)
		assert.Equal(t, string(k), dispatch.AllOf[i].If.Properties.Kind.Const)
		assert.Equal(t, "#/$defs/"+string(k), dispatch.AllOf[i].Then.Ref)
	}
}

// Every def has a description, taken from the Go doc comments, so the
// schema documents itself.
func TestSchemaDefsAreDescribed(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]struct {
			Description string `json:"description"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	for name, d := range doc.Defs {
		if name == "count_single" || name == "count_range" || name == "count_vague" || name == "count_period" || name == "story" || name == "line" {
			continue
		}
		assert.NotEmpty(t, d.Description, "$defs/%s has no description", name)
	}
}

// The pattern of an instant accepts exactly the dates Go's time package
// reads: every day of the calendar from year 0000 to 9999, February 29 in
// leap years only, and no day 00, 30 of February or 31 of a month of 30.
func TestDateTimePatternIsTheCalendar(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]struct {
			Pattern string `json:"pattern"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	re := regexp.MustCompile(doc.Defs["date_time"].Pattern)
	for _, year := range []int{0, 1, 4, 100, 200, 400, 1600, 1700, 1900, 1996, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999} {
		for month := 0; month <= 13; month++ {
			for day := 0; day <= 32; day++ {
				s := fmt.Sprintf("%04d-%02d-%02dT12:30:00Z", year, month, day)
				_, err := time.Parse(time.RFC3339, s)
				assert.Equal(t, err == nil, re.MatchString(s), "%s: time.Parse says %v", s, err)
			}
		}
	}
}

// ajvKeywords are the keywords of draft 2020-12 that Ajv's Ajv2020
// knows; a schema with another keyword does not compile in its strict
// mode, nor with its defaults (strictSchema is on unless turned off).
// "$anchor" is not among them: Ajv reads it to resolve a reference, but
// does not know it as a keyword.
var ajvKeywords = []string{
	"$schema", "$id", "$ref", "$defs", "$comment", "$dynamicRef", "$dynamicAnchor",
	"title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
	"type", "enum", "const",
	"allOf", "anyOf", "oneOf", "not", "if", "then", "else",
	"properties", "patternProperties", "additionalProperties", "propertyNames", "required",
	"minProperties", "maxProperties", "dependentRequired", "dependentSchemas",
	"items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems", "minContains", "maxContains",
	"minLength", "maxLength", "pattern",
	"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
}

// ajvTypeOf is the JSON type each keyword that applies to one type only
// applies to: Ajv's strict mode (strictTypes) wants that type stated by
// the schema that uses the keyword, or by a schema above it that applies
// to the same value (through allOf, anyOf, oneOf, not, if, then, else,
// dependentSchemas, but not through $ref, which Ajv compiles apart).
var ajvTypeOf = map[string]string{
	"minLength": "string", "maxLength": "string", "pattern": "string",
	"items": "array", "prefixItems": "array", "contains": "array", "minItems": "array", "maxItems": "array", "uniqueItems": "array",
	"properties": "object", "patternProperties": "object", "additionalProperties": "object", "propertyNames": "object",
	"required": "object", "minProperties": "object", "maxProperties": "object", "dependentRequired": "object", "dependentSchemas": "object",
	"minimum": "number", "maximum": "number", "exclusiveMinimum": "number", "exclusiveMaximum": "number", "multipleOf": "number",
}

// The schema keeps the rules of Ajv's strict mode that one can check
// without Ajv (schema_ajv_test.go in the root runs Ajv itself, where node
// is installed): only keywords Ajv knows, and no "format" (which would
// need ajv-formats); every keyword of one type where its type is stated
// (strictTypes); a list of types only as one type and "null" (no union
// types); every "required" name under "properties" of the same schema
// (strictRequired); no "items" as a list (strictTuples: prefixItems).
func TestSchemaKeepsAjvStrictRules(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	var check func(v any, at string, types []string)
	// sub checks the schemas below s: those of the same value keep its
	// types, those of another value (a member, an element) start afresh.
	sub := func(s map[string]any, at string, types []string) {
		for _, k := range []string{"allOf", "anyOf", "oneOf"} {
			if l, ok := s[k].([]any); ok {
				for i, e := range l {
					check(e, fmt.Sprintf("%s/%s/%d", at, k, i), types)
				}
			}
		}
		for _, k := range []string{"not", "if", "then", "else"} {
			if e, ok := s[k]; ok {
				check(e, at+"/"+k, types)
			}
		}
		for _, k := range []string{"dependentSchemas", "properties", "patternProperties", "$defs"} {
			m, _ := s[k].(map[string]any)
			for _, name := range slices.Sorted(maps.Keys(m)) {
				if k == "dependentSchemas" {
					check(m[name], at+"/"+k+"/"+name, types)
				} else {
					check(m[name], at+"/"+k+"/"+name, nil)
				}
			}
		}
		for _, k := range []string{"items", "additionalProperties", "propertyNames", "contains"} {
			if e, ok := s[k]; ok {
				check(e, at+"/"+k, nil)
			}
		}
		if l, ok := s["prefixItems"].([]any); ok {
			for i, e := range l {
				check(e, fmt.Sprintf("%s/prefixItems/%d", at, i), nil)
			}
		}
	}
	check = func(v any, at string, types []string) {
		s, ok := v.(map[string]any)
		if !ok {
			assert.IsType(t, true, v, "%s: a schema is an object or a boolean", at)
			return
		}
		switch typ := s["type"].(type) {
		case string:
			types = []string{typ}
		case []any:
			assert.True(t, len(typ) == 2 && slices.Contains(typ, any("null")), "%s: the union type %v (Ajv's strict mode allows one type and null only)", at, typ)
			types = nil
			for _, e := range typ {
				types = append(types, e.(string))
			}
		}
		for k := range s {
			if at == "" && k == "$defs" {
				continue
			}
			assert.Contains(t, ajvKeywords, k, "%s: the keyword %q, which Ajv does not know", at, k)
			if want, ok := ajvTypeOf[k]; ok {
				assert.True(t, slices.Contains(types, want) || want == "number" && slices.Contains(types, "integer"),
					"%s: %q applies to %ss, and no type %s is stated here or above for the same value (strictTypes)", at, k, want, want)
			}
		}
		if _, ok := s["items"].([]any); ok {
			t.Errorf("%s: items as a list (strictTuples: use prefixItems)", at)
		}
		if req, ok := s["required"].([]any); ok {
			props, _ := s["properties"].(map[string]any)
			for _, name := range req {
				assert.Contains(t, props, name, "%s: %q is required but not under properties of the same schema (strictRequired)", at, name)
			}
		}
		sub(s, at, types)
	}
	check(doc, "", nil)
}

// The pattern of a language tag accepts every tag golang.org/x/text reads
// (the library's reader): every language of one to four letters it knows,
// alone and with a script, a variant or a private use, and the
// grandfathered forms, and with "_" for "-", which x/text reads too; and it
// refuses a language of four letters or of five to eight, which x/text
// finds not well-formed.
func TestLanguageTagPatternAcceptsWhatTheLibraryReads(t *testing.T) {
	data, err := schemagen.Generate(root)
	require.NoError(t, err)
	var doc struct {
		Defs map[string]struct {
			Pattern string `json:"pattern"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	re := regexp.MustCompile(doc.Defs["language_tag"].Pattern)
	var firsts []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		for c := 'a'; c <= 'z'; c++ {
			firsts = append(firsts, prefix+string(c))
			if n > 1 {
				gen(prefix+string(c), n-1)
			}
		}
	}
	gen("", 4)
	firsts = append(firsts, "ROOT", "EN", "Uk")
	read := 0
	for _, first := range firsts {
		for _, tail := range []string{"", "-Latn", "-latn-pinyin", "_Latn", "-x-foo", "-klingon", "-1996"} {
			tag := first + tail
			if _, err := language.Parse(tag); err == nil {
				read++
				assert.True(t, re.MatchString(tag), "x/text reads %q; the pattern refuses it", tag)
			}
		}
	}
	assert.Greater(t, read, 1000)
	for _, tag := range []string{"i-klingon", "i-default", "zh-min-nan", "art-lojban", "en-GB-oed", "sgn-BE-FR", "no-bok", "x-private", "en_US", "zh_Hant_TW"} {
		_, err := language.Parse(tag)
		require.NoError(t, err, tag)
		assert.True(t, re.MatchString(tag), tag)
	}
	for _, tag := range []string{"eruk", "abcde", "abcdefgh", "a", "en-", "en--us", "en-abcdefghi", "en US"} {
		_, err := language.Parse(tag)
		require.Error(t, err, tag)
		assert.False(t, re.MatchString(tag), tag)
	}
}
