package newsevent_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
	"github.com/newsevent/newsevent/vocab"
)

// The JSON Schema is checked here with Ajv (.ci/node/ajv-check.mjs), the
// most common validator of JavaScript, as its users run it: Ajv2020 in
// strict mode ({strict: true, allErrors: true}, which refuses to compile a
// schema with an unknown keyword, a keyword without the "type" it applies
// to, a "required" name no "properties" defines, ...), and Ajv2020 with
// its defaults. schema_test.go checks the same schema with a Go validator
// (santhosh-tekuri/jsonschema); a schema that one validator reads and
// another refuses, or reads otherwise, is what these tests catch.

// ajvModes are the modes of ajv-check.mjs: strict (all errors), and Ajv's
// defaults (the first error only).
var ajvModes = []string{"strict", "default"}

// ajvDoc is a document for Ajv: a JSON document (a story, or the part of
// the schema fragment names), or JSON Lines when lines is true (each line
// against "#/$defs/line", or fragment).
type ajvDoc struct {
	name     string
	data     []byte
	lines    bool
	fragment string
}

// ajvResult is what ajv-check.mjs says of one document.
type ajvResult struct {
	File   string     `json:"file"`
	Valid  bool       `json:"valid"`
	Errors []ajvError `json:"errors"`
}

// ajvError is one error of Ajv: its own fields, and the line of a JSON
// Lines document (0 for JSON).
type ajvError struct {
	Line         int            `json:"line"`
	InstancePath string         `json:"instancePath"`
	SchemaPath   string         `json:"schemaPath"`
	Keyword      string         `json:"keyword"`
	Params       map[string]any `json:"params"`
	Message      string         `json:"message"`
}

// at returns where the error is, as a JSON pointer: the instance path,
// and below it the member that is unknown or missing, when the error is
// about one.
func (e ajvError) at() string {
	for _, k := range []string{"additionalProperty", "missingProperty"} {
		if p, ok := e.Params[k].(string); ok {
			return e.InstancePath + "/" + strings.ReplaceAll(strings.ReplaceAll(p, "~", "~0"), "/", "~1")
		}
	}
	return e.InstancePath
}

func (r ajvResult) String() string {
	var b strings.Builder
	for i, e := range r.Errors {
		if i == 8 {
			fmt.Fprintf(&b, "\n  (and %d more)", len(r.Errors)-i)
			break
		}
		fmt.Fprintf(&b, "\n  line %d %s: %s %s %v (%s)", e.Line, e.InstancePath, e.Keyword, e.Message, e.Params, e.SchemaPath)
	}
	return b.String()
}

// ajvRun writes the documents to files and has ajv-check.mjs validate
// them all in one run, in mode; it returns the results in the order of
// docs. It skips t when node or the modules of .ci/node are missing (and
// fails it under NEWSEVENT_READERS=required), and fails it when the
// schema does not compile.
func ajvRun(t *testing.T, mode string, docs []ajvDoc) []ajvResult {
	t.Helper()
	dir := t.TempDir()
	args := []string{"-schema", filepath.Join(tooltest.Root(), "newsevent.schema.json")}
	if mode == "default" {
		args = append(args, "-default")
	}
	for i, d := range docs {
		name := filepath.Join(dir, strconv.Itoa(i)+".json")
		if d.lines {
			name += "l"
		}
		require.NoError(t, os.WriteFile(name, d.data, 0o644))
		args = append(args, name+d.fragment)
	}
	var results []ajvResult
	out := tooltest.Node(t, "ajv-check.mjs", args...)
	require.NoError(t, json.Unmarshal(out, &results), "%s", out)
	require.Len(t, results, len(docs))
	return results
}

// The schema compiles in Ajv's strict mode and with its defaults:
// ajv-check.mjs exits with an error, which fails the test, when it does
// not.
func TestSchemaAjvCompiles(t *testing.T) {
	t.Parallel()
	for _, mode := range ajvModes {
		t.Run(mode, func(t *testing.T) { assert.Empty(t, ajvRun(t, mode, nil)) })
	}
}

// ajvStoryDocs returns the JSON and the JSON Lines of a story.
func ajvStoryDocs(t *testing.T, name string, s *newsevent.Story) []ajvDoc {
	t.Helper()
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var jsonl bytes.Buffer
	require.NoError(t, s.WriteJSONL(&jsonl))
	return []ajvDoc{{name: name + ".json", data: data}, {name: name + ".jsonl", data: jsonl.Bytes(), lines: true}}
}

// Ajv accepts everything the library writes, in both modes: the JSON and
// the JSON Lines of every sample story, the article merged with its
// update, the fixtures of schema_test.go (every kind, every optional
// field; every required field only), stories generated with identity
// claims and padding, and the update alone.
func TestSchemaAjvAcceptsWhatTheLibraryWrites(t *testing.T) {
	t.Parallel()
	var docs []ajvDoc
	add := func(name string, s *newsevent.Story) {
		require.NoError(t, s.Validate(), "%s: the fixture itself must be valid", name)
		docs = append(docs, ajvStoryDocs(t, name, s)...)
	}
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err, sample.Name)
		add(sample.Name, s)
	}
	updated, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	add("article-updated", updated)
	for name, s := range schStories(t) {
		add(name, s)
	}
	identities := 0
	for _, seed := range []uint64{1, 2, 3, 42} {
		s := synth.New(synth.Options{Events: 150, Seed: seed, Identities: true, Padding: 96})
		identities += len(s.Identities())
		add(fmt.Sprintf("synth-%d", seed), s)
	}
	require.Positive(t, identities, "the generated stories hold identity claims")
	add("synth-plain", synth.Story(200, 7))

	// The update is a delta: its figures revise figures of the article,
	// which it does not hold, so Validate reports them as unresolved,
	// and that alone. The schema checks the shape of each record, never
	// that a reference resolves (no JSON Schema can: it sees one value at
	// a time), so it accepts the update as it is.
	update, err := examples.Update()
	require.NoError(t, err)
	var verr *newsevent.ValidationError
	require.ErrorAs(t, update.Validate(), &verr)
	for _, p := range verr.Problems {
		assert.Equal(t, vocab.RuleUnresolved, p.Rule, "%s", p.Path)
	}
	docs = append(docs, ajvStoryDocs(t, "update", update)...)

	for _, mode := range ajvModes {
		t.Run(mode, func(t *testing.T) {
			for i, r := range ajvRun(t, mode, docs) {
				assert.True(t, r.Valid, "Ajv (%s) rejects %s:%s", mode, docs[i].name, r)
			}
		})
	}
}

// Ajv, in both modes, accepts a statement that has quotes and no content
// (none, "", or null, which the library reads as none) and one that has
// content and no quotes, exactly as event.Statement's Validate does, and
// rejects one with neither, as Validate does: the rule is "content or a
// quote", and the schema says it as "anyOf" a content of at least one
// character and a list of at least one quote.
func TestSchemaAjvStatementContentOrQuotes(t *testing.T) {
	t.Parallel()
	base, err := json.Marshal(schFullStory(t))
	require.NoError(t, err)
	sch := schCompile(t, "")
	cases := []struct {
		name  string
		edit  func(st map[string]any)
		valid bool
	}{
		{"content and quotes", func(st map[string]any) {}, true},
		{"quotes and no content", func(st map[string]any) { delete(st, "content") }, true},
		{"quotes and empty content", func(st map[string]any) { st["content"] = "" }, true},
		{"quotes and null content", func(st map[string]any) { st["content"] = nil }, true},
		{"content and no quotes", func(st map[string]any) { delete(st, "quotes") }, true},
		{"content and empty quotes", func(st map[string]any) { st["quotes"] = []any{} }, true},
		{"content and null quotes", func(st map[string]any) { st["quotes"] = nil }, true},
		{"neither", func(st map[string]any) { delete(st, "content"); delete(st, "quotes") }, false},
		{"empty content and no quotes", func(st map[string]any) { st["content"] = ""; delete(st, "quotes") }, false},
		{"empty content and empty quotes", func(st map[string]any) { st["content"] = ""; st["quotes"] = []any{} }, false},
		{"null content and null quotes", func(st map[string]any) { st["content"] = nil; st["quotes"] = nil }, false},
	}
	var docs []ajvDoc
	for _, tc := range cases {
		var doc map[string]any
		require.NoError(t, json.Unmarshal(base, &doc))
		tc.edit(schEventOf(doc, "statement"))
		data := schEncode(t, doc)
		docs = append(docs, ajvDoc{name: tc.name, data: data})

		var s newsevent.Story
		require.NoError(t, json.Unmarshal(data, &s), tc.name)
		if tc.valid {
			require.NoError(t, s.Validate(), "the library: %s", tc.name)
		} else {
			var verr *newsevent.ValidationError
			require.ErrorAs(t, s.Validate(), &verr, "the library: %s", tc.name)
			assert.True(t, verr.Has("events[2].content", vocab.RuleRequired), "%s: %v", tc.name, verr)
		}
		assert.Equal(t, tc.valid, schValidate(t, sch, data) == nil, "the Go validator: %s", tc.name)
	}
	for _, mode := range ajvModes {
		t.Run(mode, func(t *testing.T) {
			for i, r := range ajvRun(t, mode, docs) {
				assert.Equal(t, cases[i].valid, r.Valid, "Ajv (%s), %s:%s", mode, cases[i].name, r)
			}
		})
	}
}

// Ajv agrees with the library on every member of every record set to
// null, or to "" where it holds a string (schMemberVariants; see
// TestSchemaNullIsAbsent, which checks the same with the Go validator):
// it accepts what the library reads into a story that validates, and
// rejects what the library's decoder refuses.
func TestSchemaAjvNullIsAbsent(t *testing.T) {
	t.Parallel()
	variants := schMemberVariants(t)
	docs := make([]ajvDoc, len(variants))
	for i, v := range variants {
		docs[i] = ajvDoc{name: v.name, data: v.data}
	}
	for _, mode := range ajvModes {
		t.Run(mode, func(t *testing.T) {
			for i, r := range ajvRun(t, mode, docs) {
				switch variants[i].library {
				case schLibraryAccepts:
					assert.True(t, r.Valid, "Ajv (%s) rejects %s, which the library reads and validates:%s", mode, variants[i].name, r)
				case schLibraryDecode:
					assert.False(t, r.Valid, "Ajv (%s) accepts %s, which the library's decoder refuses", mode, variants[i].name)
				}
			}
		})
	}
}

// Ajv rejects, in both modes, every broken document of schema_test.go
// (schCases: unknown fields, kinds and enum values, malformed values,
// rules within one record, bad lines of JSON Lines), which the Go
// validator rejects too and the library refuses when decoding or
// validating.
func TestSchemaAjvRejectsTheBrokenDocumentsOfTheSchemaTests(t *testing.T) {
	t.Parallel()
	base := schFullStory(t)
	storyJSON, err := json.Marshal(base)
	require.NoError(t, err)
	var jsonl bytes.Buffer
	require.NoError(t, base.WriteJSONL(&jsonl))

	var docs []ajvDoc
	for _, tc := range schCases() {
		if tc.line != nil {
			bad := schEncode(t, tc.line(schLines(t, jsonl.Bytes())))
			docs = append(docs, ajvDoc{name: tc.name, data: append(bad, '\n'), lines: true})
			continue
		}
		var doc map[string]any
		require.NoError(t, json.Unmarshal(storyJSON, &doc))
		tc.edit(doc)
		docs = append(docs, ajvDoc{name: tc.name, data: schEncode(t, doc)})
	}
	for _, mode := range ajvModes {
		t.Run(mode, func(t *testing.T) {
			for i, r := range ajvRun(t, mode, docs) {
				assert.False(t, r.Valid, "Ajv (%s) accepts %q", mode, docs[i].name)
			}
		})
	}
}

// ajvCatalogueFiles are the files of the bad-input catalogue
// (testdata/bad) whose cases are JSON documents: stories, records and
// events.
var ajvCatalogueFiles = []string{"story-json.txt", "records-json.txt", "event-json.txt"}

// ajvCannotSee lists the cases of those files whose fault the schema
// cannot state, by file and name, with the reason. The schema checks
// what a parsed JSON value looks like; these faults are in how the text
// is written (lost once it is parsed), in the decoder's limits (options
// of the reader, not rules of the format), or in a list kept in Go. Cases
// are also left out by their kind, without being named here (see
// ajvCatalogueSkip): text that is not JSON, and faults that the decoder
// finds under the limits of a case. TestSchemaAjvRejectsTheCatalogue
// checks that Ajv indeed finds nothing at the place of each named case,
// so that a case the schema comes to catch leaves this list.
var ajvCannotSee = map[string]string{
	"story-json.txt/subdivision UA-99":                      ajvSubdivisionList,
	"records-json.txt/territory: subdivision UA-99":         ajvSubdivisionList,
	"records-json.txt/territory: subdivision of no country": ajvSubdivisionList + " (Ajv rejects this territory only because it has no country, which a subdivision needs)",
	"event-json.txt/duration that overflows":                "a duration beyond what Go's time.Duration holds (about 292 years): the pattern checks the form of a duration, not its size",
}

// ajvSubdivisionList is why the schema accepts a subdivision code that is
// on no list.
const ajvSubdivisionList = "a subdivision code of the right form that is not on the ISO 3166-2 list: the schema checks the form; the list of about 5,000 codes stays with the library (TestSchemaKnownSchemaLeniency)"

// ajvPolicyReasons are policies of the hardening work (issue 12) whose
// cases the schema cannot see, because the fault is in the text and a
// JSON parser removes it: the case is skipped whatever else it holds.
var ajvPolicyReasons = map[string]string{
	"repeated-key":   "a repeated key: a JSON parser keeps one of the values (JSON.parse the last), and the schema sees one key",
	"lone-surrogate": "a lone surrogate: valid JSON syntax, which a JSON parser reads into a string; JSON Schema has no way to refuse it",
	"big-integer":    "an integer beyond 2^53: a JSON parser rounds it to a float64, and the schema sees the rounded value",
	"inexact-number": "a number a float64 does not hold exactly: a JSON parser rounds it, and the schema sees the rounded value",
}

// ajvCatalogueSkip returns why a catalogue case is left out of the
// comparison, "" when it is not.
func ajvCatalogueSkip(file string, c *catCase, in []byte) string {
	if reason, ok := ajvCannotSee[file+"/"+c.Name]; ok {
		return reason
	}
	if !json.Valid(in) || !utf8.Valid(in) {
		return "not JSON (syntax, invalid UTF-8, a byte order mark, trailing data): a parser refuses the text, or changes it, before any schema applies"
	}
	if c.Want.Error == "limit" || c.Limits != nil {
		return "a limit of the decoder (depth, size, keys, records): an option of the reader with safe defaults, not a rule of the format"
	}
	for _, p := range c.Policies {
		if reason, ok := ajvPolicyReasons[p]; ok {
			return reason
		}
	}
	return ""
}

// ajvRecordDefs are the defs of the schema that the record decoders of
// the catalogue read, by Go type.
var ajvRecordDefs = map[string]string{
	"actor.Actor":         "actor",
	"actor.Role":          "role",
	"territory.Territory": "territory",
	"territory.Status":    "status",
	"territory.Point":     "point",
	"source.Source":       "source",
	"source.Count":        "count",
	"source.Time":         "time",
}

// ajvCatalogueDoc returns the document Ajv checks for a catalogue case,
// and the JSON pointer of the place the case's want.path names in it.
func ajvCatalogueDoc(t *testing.T, c *catCase, in []byte) (ajvDoc, string) {
	t.Helper()
	ptr := ajvPointer(t, c.Want.Path)
	switch {
	case strings.HasPrefix(c.Entry, "ReadJSON"), c.Entry == "DecodeJSON", c.Entry == "Story.UnmarshalJSON", c.Entry == "json.Unmarshal/Story":
		return ajvDoc{name: c.Name, data: in}, ptr
	case c.Entry == "event.Unmarshal":
		return ajvDoc{name: c.Name, data: in, fragment: "#/$defs/event"}, ptr
	}
	typ := strings.TrimSuffix(strings.TrimPrefix(c.Entry, "json.Unmarshal/"), ".UnmarshalJSON")
	if typ == "event.List" {
		// A list of events is the events of a story.
		return ajvDoc{name: c.Name, data: fmt.Appendf(nil, `{"events":%s}`, in)}, "/events" + ptr
	}
	def, ok := ajvRecordDefs[typ]
	require.True(t, ok, "%s: no def for the entry %s", c.where, c.Entry)
	return ajvDoc{name: c.Name, data: in, fragment: "#/$defs/" + def}, ptr
}

var ajvPathPart = regexp.MustCompile(`^(?:\.?([^.\[\]]+)|\[([0-9]+)\])`)

// ajvPointer turns a path of the library's errors ("events[0].time.start")
// into a JSON pointer ("/events/0/time/start").
func ajvPointer(t *testing.T, path *string) string {
	t.Helper()
	require.NotNil(t, path, "a catalogue case without want.path")
	var b strings.Builder
	for rest := *path; rest != ""; {
		m := ajvPathPart.FindStringSubmatch(rest)
		require.NotNil(t, m, "path %q", *path)
		part := m[1] + m[2]
		b.WriteString("/" + strings.ReplaceAll(strings.ReplaceAll(part, "~", "~0"), "/", "~1"))
		rest = rest[len(m[0]):]
	}
	return b.String()
}

// ajvFoundAt reports whether Ajv reports an error at ptr or below it.
func ajvFoundAt(r ajvResult, ptr string) bool {
	return slices.ContainsFunc(r.Errors, func(e ajvError) bool {
		at := e.at()
		return at == ptr || strings.HasPrefix(at, ptr+"/")
	})
}

// Ajv rejects the cases of the bad-input catalogue that are JSON
// documents (stories, records, events) whose fault the schema can state
// (an unknown field, a wrong type, a missing required field, a bad enum
// value, a malformed date, UUID, code or number, null where a record
// goes, a rule within a record), in both modes; in strict mode (all
// errors) it reports an error at the place the case names or below it,
// and the library's decoder rejects the same input. The others are
// skipped, each with its reason.
func TestSchemaAjvRejectsTheCatalogue(t *testing.T) {
	t.Parallel()
	entries := catEntries()
	type item struct {
		file string
		c    *catCase
		ptr  string
	}
	var (
		items  []item
		docs   []ajvDoc
		unseen []item // named in ajvCannotSee
	)
	var unseenDocs []ajvDoc
	for _, file := range ajvCatalogueFiles {
		for _, c := range catLoadFile(t, filepath.Join("testdata", "bad", file)) {
			in, err := c.input()
			require.NoError(t, err, c.where)
			reason := ajvCatalogueSkip(file, c, in)
			if reason != "" {
				if _, named := ajvCannotSee[file+"/"+c.Name]; named {
					doc, ptr := ajvCatalogueDoc(t, c, in)
					unseen = append(unseen, item{file, c, ptr})
					unseenDocs = append(unseenDocs, doc)
				}
				t.Run(strings.TrimSuffix(file, ".txt")+"/"+c.Name, func(t *testing.T) { t.Skip(reason) })
				continue
			}
			doc, ptr := ajvCatalogueDoc(t, c, in)
			items = append(items, item{file, c, ptr})
			docs = append(docs, doc)

			// The library's decoder refuses it too: the schema and the
			// decoder agree.
			entry, ok := entries[c.Entry]
			require.True(t, ok, "%s: unknown entry %s", c.where, c.Entry)
			assert.Error(t, entry.call(c, in), "%s: the library accepts %s", c.where, c.Name)
		}
	}
	require.NotEmpty(t, items)
	t.Logf("%d catalogue cases checked with Ajv, %d named as out of the schema's reach", len(items), len(unseen))

	for _, mode := range ajvModes {
		results := ajvRun(t, mode, docs)
		for i, it := range items {
			t.Run(mode+"/"+strings.TrimSuffix(it.file, ".txt")+"/"+it.c.Name, func(t *testing.T) {
				r := results[i]
				require.False(t, r.Valid, "%s: Ajv accepts it", it.c.where)
				if mode == "strict" {
					assert.True(t, ajvFoundAt(r, it.ptr), "%s: Ajv reports no error at %q:%s", it.c.where, it.ptr, r)
				}
			})
		}
	}
	if len(unseen) > 0 {
		for i, r := range ajvRun(t, "strict", unseenDocs) {
			assert.False(t, ajvFoundAt(r, unseen[i].ptr), "%s: Ajv now finds the fault of %q at %s: take it out of ajvCannotSee", unseen[i].c.where, unseen[i].c.Name, unseen[i].ptr)
		}
	}
}
