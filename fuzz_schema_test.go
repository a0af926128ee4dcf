package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// fzSchemaID is the "$id" of the schema of JSONSchema.
const fzSchemaID = "https://github.com/newsevent/newsevent/schema/newsevent.schema.json"

// fzSchema compiles the schema of a whole story as an independent
// validator sees it: draft 2020-12, "format" an annotation only.
func fzSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(newsevent.JSONSchema()))
	require.NoError(tb, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	require.NoError(tb, c.AddResource(fzSchemaID, doc))
	sch, err := c.Compile(fzSchemaID)
	require.NoError(tb, err)
	return sch
}

// fzSchemaLooser reports whether err, the Go decoder's error on a
// document the schema accepts, is one of the known places where the
// schema is looser than the decoder. Each is a check on a value that the
// schema states only by its form:
//
//   - a subdivision code of the right form that is not on the ISO 3166-2
//     list ("UA-99"): the schema checks the form; the list of about 5,000
//     codes stays with the library (TestSchemaKnownSchemaLeniency);
//   - a whole number written with a fraction or an exponent (1.0, 1e0) in
//     an integer field (an election's round): JSON Schema counts it an
//     integer by its value, while the library reads integers only as
//     written without them (TestSchemaKnownSchemaLeniency); see
//     fzWholeNumber;
//   - a language tag of the schema's form that golang.org/x/text refuses:
//     a subtag on no list ("zzz") or out of its place ("en-US-u"); the
//     schema checks the form, the registry stays with x/text
//     (TestSchemaKnownSchemaLeniency); see fzLanguageTag.
//
// Cross-record rules (references resolve, IDs are unique, no cycles, an
// event does not happen after its source is published) and comparisons
// of values (min not above max) are not exceptions here: the decoder
// accepts such documents and Story.Validate reports them.
func fzSchemaLooser(err error) bool {
	var ue *vocab.UnknownError
	return errors.As(err, &ue) && ue.Set == "ISO 3166-2 subdivision code"
}

// fzWholeNumber reports whether err, the Go decoder's error on inst, a
// document the schema accepts, is at a whole number written with a
// fraction or an exponent (see fzSchemaLooser).
func fzWholeNumber(inst any, err error) bool {
	var de *vocab.DecodeError
	if !errors.As(err, &de) {
		return false
	}
	v, ok := fzAt(inst, de.Path)
	if !ok {
		return false
	}
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	r, ok := new(big.Rat).SetString(string(n))
	return ok && r.IsInt() && strings.ContainsAny(string(n), ".eE")
}

// fzLanguageTag reports whether err, the Go decoder's error on inst, a
// document the schema accepts, is at a string that golang.org/x/text does
// not read as a language tag (see fzSchemaLooser).
func fzLanguageTag(inst any, err error) bool {
	var de *vocab.DecodeError
	if !errors.As(err, &de) {
		return false
	}
	v, ok := fzAt(inst, de.Path)
	if !ok {
		return false
	}
	tag, ok := v.(string)
	if !ok {
		return false
	}
	_, perr := language.Parse(tag)
	return perr != nil
}

// fzAt returns the value at path ("events[0].time.start") in v, a
// document decoded by jsonschema.UnmarshalJSON.
func fzAt(v any, path string) (any, bool) {
	for path != "" {
		switch {
		case path[0] == '[':
			end := strings.IndexByte(path, ']')
			i, err := strconv.Atoi(path[1:max(end, 1)])
			l, ok := v.([]any)
			if end < 0 || err != nil || !ok || i < 0 || i >= len(l) {
				return nil, false
			}
			v, path = l[i], path[end+1:]
		default:
			path = strings.TrimPrefix(path, ".")
			end := strings.IndexAny(path, ".[")
			if end < 0 {
				end = len(path)
			}
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[path[:end]]; !ok {
				return nil, false
			}
			path = path[end:]
		}
	}
	return v, true
}

// FuzzSchemaDifferential checks the Go decoder and Validate against the
// JSON Schema of JSONSchema, on the same bytes:
//
//   - a document the decoder reads into a story that validates, the schema
//     accepts (a story's own rules include everything the schema states;
//     the one exception is the literal null, which the decoder reads as
//     "no change", as encoding/json does);
//   - a document the schema accepts and Scan accepts (no repeated key,
//     invalid UTF-8, lone surrogate or inexact number, which the schema
//     cannot see once the JSON is parsed; FuzzScanDifferential checks
//     Scan), the decoder reads, so that Validate is the one to report
//     what else is wrong, but for fzSchemaLooser.
//
// The decoder runs without limits, which the schema does not state.
func FuzzSchemaDifferential(f *testing.F) {
	for _, data := range fzStorySeeds(f) {
		f.Add(data)
	}
	// null and "" in optional members, which the library reads as the
	// member left out and the schema accepts (TestSchemaNullIsAbsent), and
	// null in a figure's number, which both refuse.
	a, src, e := `"`+actor.IDFor("fuzz").String()+`"`, `"`+source.IDFor("fuzz").String()+`"`, `"`+event.IDFor("fuzz").String()+`"`
	head := `{"actors":[{"id":` + a + `,"kind":"person","name":"P","country":null}],"sources":[{"id":` + src + `,"kind":"report","url":"","handle":null}],` +
		`"events":[{"kind":"statement","id":` + e + `,"title":"S","status":"occurred","attributions":[{"source":` + src + `,"verb":"said","text":null}],"speaker":` + a + `,"acts":["claim"]`
	for _, tail := range []string{
		`,"content":null,"quotes":[{"text":"q","lang":"en","speaker":null}],"medium":null,"time":null}]}`,
		`,"content":"c","quotes":null,"figures":[{"value":null,"qualifier":"exact","measure":"killed"}]}]}`,
		`,"content":"c","time":{"start":"2024-02-29T00:00:00Z","precision":"day","bound":null,"zone":""}}]}`,
	} {
		f.Add([]byte(head + tail))
	}
	sch := fzSchema(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var s newsevent.Story
		derr := fzNoLimits.DecodeJSON(data, &s)
		inst, serr := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if serr == nil {
			serr = sch.Validate(inst)
		}
		if derr == nil {
			if string(fzTrimJSONSpace(data)) == "null" {
				return // null changes nothing
			}
			if verr := s.Validate(); verr == nil {
				require.NoError(t, serr, "the schema rejects a story the library reads and validates")
			}
			return
		}
		if serr != nil || jsonx.Scan(data, jsonx.Limits{}) != nil {
			return
		}
		require.True(t, json.Valid(data))
		require.True(t, fzSchemaLooser(derr) || fzWholeNumber(inst, derr) || fzLanguageTag(inst, derr), "the schema accepts what the Go decoder rejects: %v", derr)
	})
}
