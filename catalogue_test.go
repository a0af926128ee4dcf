package newsevent_test

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The bad-input catalogue: every case gives one bad input to one public
// entry point and says how it must fail, by the error contract of package
// vocab and never by the text of a message. The cases live in
// testdata/bad/*.txt (the format is described in testdata/bad/README.md);
// those that JSON cannot carry (builders, Go values such as NaN or the
// year 10000) are Go code in catalogue_go_test.go. TestCatalogue runs them
// all and fails when there are fewer than catalogueMin, so that the
// catalogue cannot shrink without someone noticing.

// catalogueMin is the fewest cases the catalogue may hold.
const catalogueMin = 200

// catCase is one case of the catalogue.
type catCase struct {
	Name  string `json:"name"`
	Entry string `json:"entry"`
	// The input is exactly one of JSON (a JSON value written as it is,
	// byte for byte, for inputs that read best so), JSONLines, Input
	// (the text as a JSON string), InputHex (the bytes in hexadecimal,
	// for bytes a JSON string cannot hold such as invalid UTF-8) and
	// Parts (pieces repeated, for large inputs).
	JSON json.RawMessage `json:"json,omitempty"`
	// JSONLines is JSON Lines written as a list of the lines' JSON
	// values, each as it is: the input is them joined by newlines, with
	// a newline at the end.
	JSONLines []json.RawMessage `json:"json_lines,omitempty"`
	Input     *string           `json:"input,omitempty"`
	InputHex  string            `json:"input_hex,omitempty"`
	Parts     []catPart         `json:"parts,omitempty"`
	// Limits, when given, makes a decoder of the root package read under
	// these limits (Limits{...}.ReadJSON and the like) instead of the
	// defaults.
	Limits *newsevent.Limits `json:"limits,omitempty"`
	// Ref is the reference instant of source.ParseTime and
	// source.Resolver.Parse, in RFC 3339; none gives the zero time.
	Ref string `json:"ref,omitempty"`
	// Policies names the policies of the hardening work the case tests
	// (see catPolicies). Note is for people.
	Policies []string `json:"policies,omitempty"`
	Note     string   `json:"note,omitempty"`
	Want     catWant  `json:"want"`

	// run is the entry point of a case written in Go; file cases leave
	// it nil and go through catEntries. gen, when not nil, makes the
	// input of a Go case that goes through catEntries like a file case.
	run func() error
	gen func() []byte
	// where is the file and line of the case, for failure messages.
	where string
}

// catPart is a piece of a generated input: Text, Times times (once when
// Times is 0).
type catPart struct {
	Text  string `json:"text"`
	Times int    `json:"times,omitempty"`
}

// catWant is how a case must fail.
type catWant struct {
	// Path is the JSON path of the value at fault: DecodeError.Path for
	// a decoder, the Path of a Problem for a validation. It must be
	// given, "" included: parse functions locate nothing, and say so
	// with "path": "".
	Path *string `json:"path"`
	// PathParts, instead of Path, gives a long path in pieces, as Parts
	// gives an input.
	PathParts []catPart `json:"path_parts,omitempty"`
	// Line is DecodeError.Line: the line of JSON Lines, 0 otherwise.
	Line int `json:"line,omitempty"`
	// Error is the kind of a decode or parse error: "unknown" (a
	// *vocab.UnknownError, errors.Is finds vocab.ErrUnknown), "limit" (a
	// *vocab.LimitError, errors.Is finds vocab.ErrLimit), "other" (any
	// other error: syntax, absent number, zero instant, ...), and, for
	// json.Unmarshal entry points only, "json-syntax" (encoding/json's
	// *json.SyntaxError, which it returns before the library sees the
	// input).
	Error string `json:"error,omitempty"`
	// Limit is LimitError.Limit, for "limit"; Max, when given, is
	// LimitError.Max.
	Limit string `json:"limit,omitempty"`
	Max   int64  `json:"max,omitempty"`
	// Set and Value are UnknownError.Set and UnknownError.Value, checked
	// when given, for "unknown".
	Set   string  `json:"set,omitempty"`
	Value *string `json:"value,omitempty"`
	// Rule is the rule of the problem at Path, for a validation.
	Rule vocab.Rule `json:"rule,omitempty"`
}

// The classes of entry points, which decide what a case asserts.
const (
	catDecode   = "decode"   // a *vocab.DecodeError with Path and the kind of Err
	catLines    = "lines"    // the same, with the Line of JSON Lines
	catParse    = "parse"    // an error of the kind given, and no location
	catValidate = "validate" // a *vocab.ValidationError with a problem at Path of Rule
)

// catEntry is a public entry point: its class, and how a file case calls
// it with the input (nil for entry points only Go cases call).
type catEntry struct {
	class string
	call  func(c *catCase, in []byte) error
}

// catStory returns a story decoder of the root package: with the case's
// limits when it has some, else the function of the package.
func catStory(withLimits func(l newsevent.Limits, in []byte) error, plain func(in []byte) error) func(c *catCase, in []byte) error {
	return func(c *catCase, in []byte) error {
		if c.Limits != nil {
			return withLimits(*c.Limits, in)
		}
		return plain(in)
	}
}

// catRecordTypes are the record decoders of the other packages: a new
// value to decode into, by the name of its type.
var catRecordTypes = map[string]func() json.Unmarshaler{
	"actor.Actor":         func() json.Unmarshaler { return new(actor.Actor) },
	"actor.Role":          func() json.Unmarshaler { return new(actor.Role) },
	"territory.Territory": func() json.Unmarshaler { return new(territory.Territory) },
	"territory.Status":    func() json.Unmarshaler { return new(territory.Status) },
	"territory.Point":     func() json.Unmarshaler { return new(territory.Point) },
	"source.Source":       func() json.Unmarshaler { return new(source.Source) },
	"source.Count":        func() json.Unmarshaler { return new(source.Count) },
	"source.Time":         func() json.Unmarshaler { return new(source.Time) },
	"event.List":          func() json.Unmarshaler { return new(event.List) },
}

// catParsers are the parse functions: each takes the input as a string.
var catParsers = map[string]func(c *catCase, s string) error{
	"source.ParseCount": func(_ *catCase, s string) error { _, err := source.ParseCount(s); return err },
	"source.ParseTime": func(c *catCase, s string) error {
		_, err := source.ParseTime(s, catRef(c))
		return err
	},
	"source.Resolver.Parse": func(c *catCase, s string) error {
		_, err := source.Resolver{Ref: catRef(c)}.Parse(s)
		return err
	},
	"source.ParseGrade":        func(_ *catCase, s string) error { _, err := source.ParseGrade(s); return err },
	"vocab.ParseCountry":       func(_ *catCase, s string) error { _, err := vocab.ParseCountry(s); return err },
	"vocab.ParseSubdivision":   func(_ *catCase, s string) error { _, err := vocab.ParseSubdivision(s); return err },
	"actor.ParseID":            func(_ *catCase, s string) error { _, err := actor.ParseID(s); return err },
	"actor.ParseKind":          func(_ *catCase, s string) error { _, err := actor.ParseKind(s); return err },
	"actor.ParseAliasKind":     func(_ *catCase, s string) error { _, err := actor.ParseAliasKind(s); return err },
	"source.ParseID":           func(_ *catCase, s string) error { _, err := source.ParseID(s); return err },
	"source.ParseKind":         func(_ *catCase, s string) error { _, err := source.ParseKind(s); return err },
	"source.ParseVerb":         func(_ *catCase, s string) error { _, err := source.ParseVerb(s); return err },
	"source.ParseQualifier":    func(_ *catCase, s string) error { _, err := source.ParseQualifier(s); return err },
	"source.ParsePrecision":    func(_ *catCase, s string) error { _, err := source.ParsePrecision(s); return err },
	"source.ParseBound":        func(_ *catCase, s string) error { _, err := source.ParseBound(s); return err },
	"source.ParseReliability":  func(_ *catCase, s string) error { _, err := source.ParseReliability(s); return err },
	"source.ParseCredibility":  func(_ *catCase, s string) error { _, err := source.ParseCredibility(s); return err },
	"territory.ParseID":        func(_ *catCase, s string) error { _, err := territory.ParseID(s); return err },
	"territory.ParseStatusID":  func(_ *catCase, s string) error { _, err := territory.ParseStatusID(s); return err },
	"territory.ParseKind":      func(_ *catCase, s string) error { _, err := territory.ParseKind(s); return err },
	"territory.ParsePrecision": func(_ *catCase, s string) error { _, err := territory.ParsePrecision(s); return err },
	"territory.ParseRelation":  func(_ *catCase, s string) error { _, err := territory.ParseRelation(s); return err },
	"territory.ParseStanding":  func(_ *catCase, s string) error { _, err := territory.ParseStanding(s); return err },
	"territory.ParseExtent":    func(_ *catCase, s string) error { _, err := territory.ParseExtent(s); return err },
	"event.ParseID":            func(_ *catCase, s string) error { _, err := event.ParseID(s); return err },
	"event.ParseKind":          func(_ *catCase, s string) error { _, err := event.ParseKind(s); return err },
	"event.ParseStatus":        func(_ *catCase, s string) error { _, err := event.ParseStatus(s); return err },
	"event.ParseLinkType":      func(_ *catCase, s string) error { _, err := event.ParseLinkType(s); return err },
	"event.ParseMethod":        func(_ *catCase, s string) error { _, err := event.ParseMethod(s); return err },
	"event.ParseWeaponKind":    func(_ *catCase, s string) error { _, err := event.ParseWeaponKind(s); return err },
	"event.ParseSpeechAct":     func(_ *catCase, s string) error { _, err := event.ParseSpeechAct(s); return err },
	"event.ParseStage":         func(_ *catCase, s string) error { _, err := event.ParseStage(s); return err },
	"event.ParseClauseKind":    func(_ *catCase, s string) error { _, err := event.ParseClauseKind(s); return err },
	"event.ParseResponseAct":   func(_ *catCase, s string) error { _, err := event.ParseResponseAct(s); return err },
	"event.ParseHazard":        func(_ *catCase, s string) error { _, err := event.ParseHazard(s); return err },
	"event.ParseOutcome":       func(_ *catCase, s string) error { _, err := event.ParseOutcome(s); return err },
	"event.ParseChange":        func(_ *catCase, s string) error { _, err := event.ParseChange(s); return err },
	"event.ParseCategory":      func(_ *catCase, s string) error { _, err := event.ParseCategory(s); return err },
	"vocab.Country.UnmarshalText": func(_ *catCase, s string) error {
		var c vocab.Country
		return c.UnmarshalText([]byte(s))
	},
}

// catRef returns the reference instant of a case.
func catRef(c *catCase) time.Time {
	if c.Ref == "" {
		return time.Time{}
	}
	ref, err := time.Parse(time.RFC3339, c.Ref)
	if err != nil {
		panic(fmt.Sprintf("%s: bad ref %q: %v", c.where, c.Ref, err))
	}
	return ref
}

// catDecoded decodes the input of a validation case into v, which must
// succeed: the case is about Validate.
func catDecoded(in []byte, v any) error {
	if err := json.Unmarshal(in, v); err != nil {
		return fmt.Errorf("%w: %w", errCatSetUp, err)
	}
	return nil
}

// errCatSetUp marks the failure of a validation case's input to decode: the
// case is wrong, or the decoder is.
var errCatSetUp = errors.New("catalogue: the input of a validation case does not decode")

// catEntries are the entry points by the name a case gives.
func catEntries() map[string]catEntry {
	m := map[string]catEntry{
		// Whole stories, JSON.
		"ReadJSON": {catDecode, catStory(
			func(l newsevent.Limits, in []byte) error { _, err := l.ReadJSON(bytes.NewReader(in)); return err },
			func(in []byte) error { _, err := newsevent.ReadJSON(bytes.NewReader(in)); return err })},
		"DecodeJSON": {catDecode, func(c *catCase, in []byte) error {
			var l newsevent.Limits
			if c.Limits != nil {
				l = *c.Limits
			}
			var s newsevent.Story
			return l.DecodeJSON(in, &s)
		}},
		"Story.UnmarshalJSON": {catDecode, func(_ *catCase, in []byte) error {
			var s newsevent.Story
			return s.UnmarshalJSON(in)
		}},
		"json.Unmarshal/Story": {catDecode, func(_ *catCase, in []byte) error {
			var s newsevent.Story
			return json.Unmarshal(in, &s)
		}},
		// Whole stories, JSON Lines.
		"ReadJSONL": {catLines, catStory(
			func(l newsevent.Limits, in []byte) error { _, err := l.ReadJSONL(bytes.NewReader(in)); return err },
			func(in []byte) error { _, err := newsevent.ReadJSONL(bytes.NewReader(in)); return err })},
		"Decoder.Next": {catLines, func(c *catCase, in []byte) error {
			dec := newsevent.NewDecoder(bytes.NewReader(in))
			if c.Limits != nil {
				dec = c.Limits.NewDecoder(bytes.NewReader(in))
			}
			for {
				_, err := dec.Next()
				if errors.Is(err, io.EOF) {
					return nil
				}
				if err != nil {
					return err
				}
			}
		}},
		// One event.
		"event.Unmarshal": {catDecode, func(_ *catCase, in []byte) error { _, err := event.Unmarshal(in); return err }},
		// Validation of what decodes.
		"event.Event.Validate": {catValidate, func(_ *catCase, in []byte) error {
			e, err := event.Unmarshal(in)
			if err != nil {
				return fmt.Errorf("%w: %w", errCatSetUp, err)
			}
			return e.Validate()
		}},
		"actor.Actor.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v actor.Actor
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"territory.Territory.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v territory.Territory
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"territory.Status.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v territory.Status
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"source.Source.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v source.Source
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"source.Count.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v source.Count
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"source.Time.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v source.Time
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"source.Attribution.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v source.Attribution
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"source.Quote.Validate": {catValidate, func(_ *catCase, in []byte) error {
			var v source.Quote
			if err := catDecoded(in, &v); err != nil {
				return err
			}
			return v.Validate()
		}},
		"Story.Validate": {catValidate, func(_ *catCase, in []byte) error {
			s, err := newsevent.ReadJSON(bytes.NewReader(in))
			if err != nil {
				return fmt.Errorf("%w: %w", errCatSetUp, err)
			}
			return s.Validate()
		}},
		"Checker": {catValidate, func(_ *catCase, in []byte) error {
			var c newsevent.Checker
			dec := newsevent.NewDecoder(bytes.NewReader(in))
			for {
				r, err := dec.Next()
				if errors.Is(err, io.EOF) {
					return c.Err()
				}
				if err != nil {
					return fmt.Errorf("%w: %w", errCatSetUp, err)
				}
				c.Record(r)
			}
		}},
	}
	for name, zero := range catRecordTypes {
		m["json.Unmarshal/"+name] = catEntry{catDecode, func(_ *catCase, in []byte) error { return json.Unmarshal(in, zero()) }}
		m[name+".UnmarshalJSON"] = catEntry{catDecode, func(_ *catCase, in []byte) error { return zero().UnmarshalJSON(in) }}
	}
	for name, parse := range catParsers {
		m[name] = catEntry{catParse, func(c *catCase, in []byte) error { return parse(c, string(in)) }}
	}
	// Entry points that take Go values: only Go cases call them.
	for _, name := range catGoEntries {
		m[name] = catEntry{catValidate, nil}
	}
	return m
}

// catPolicies are the policies of the hardening work (issue 12) that the
// catalogue must cover, each by at least one case.
var catPolicies = []string{
	// JSON
	"unknown-key", "repeated-key", "case-variant-key", "invalid-utf8", "lone-surrogate", "bom",
	"big-integer", "inexact-number", "trailing-data", "null-record", "count-without-value",
	"range-without-min-max", "point-without-lat-lon", "zero-instant", "country", "subdivision",
	"limit-line", "limit-document", "limit-depth", "limit-keys", "limit-string", "limit-records",
	// Validate
	"rule-text", "rule-trimmed", "rule-date", "rule-utc",
	"cycle-parent", "cycle-via", "cycle-part_of", "cycle-member_of", "cycle-follows", "cycle-precedes", "cycle-caused_by",
	"happened-after-source", "duplicate-id", "wrong-type",
}

// catLoad reads every case of the files in dir.
func catLoad(t *testing.T, dir string, optional bool) map[string][]*catCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 && !optional {
		t.Fatalf("no catalogue files in %s", dir)
	}
	out := map[string][]*catCase{}
	for _, f := range files {
		out[filepath.Base(f)] = catLoadFile(t, f)
	}
	return out
}

// catLoadFile reads the cases of one file: one JSON object per line;
// blank lines and lines that start with # are skipped.
func catLoadFile(t *testing.T, name string) []*catCase {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*catCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := new(catCase)
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(c); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		c.where = fmt.Sprintf("%s:%d", filepath.Base(name), n)
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// input returns the bytes of a case.
func (c *catCase) input() ([]byte, error) {
	given := 0
	var in []byte
	if c.JSON != nil {
		given++
		in = c.JSON
	}
	if c.JSONLines != nil {
		given++
		var b bytes.Buffer
		for _, l := range c.JSONLines {
			b.Write(l)
			b.WriteByte('\n')
		}
		in = b.Bytes()
	}
	if c.Input != nil {
		given++
		in = []byte(*c.Input)
	}
	if c.InputHex != "" {
		given++
		b, err := hex.DecodeString(strings.ReplaceAll(c.InputHex, " ", ""))
		if err != nil {
			return nil, fmt.Errorf("input_hex: %w", err)
		}
		in = b
	}
	if len(c.Parts) > 0 {
		given++
		var b bytes.Buffer
		for _, p := range c.Parts {
			b.WriteString(strings.Repeat(p.Text, max(p.Times, 1)))
		}
		in = b.Bytes()
	}
	if c.gen != nil {
		given++
		in = c.gen()
	}
	if given != 1 && c.run == nil {
		return nil, fmt.Errorf("want exactly one of json, json_lines, input, input_hex and parts; got %d", given)
	}
	return in, nil
}

// TestCatalogue runs every case of the catalogue through its entry point.
func TestCatalogue(t *testing.T) {
	files := catLoad(t, filepath.Join("testdata", "bad"), false)
	files["catalogue_go_test.go"] = catGoCases()
	entries := catEntries()

	names := map[string]string{}
	perEntry := map[string]int{}
	perPolicy := map[string]int{}
	perRule := map[vocab.Rule]int{}
	total := 0
	var fileNames []string
	for f := range files {
		fileNames = append(fileNames, f)
	}
	sort.Strings(fileNames)
	for _, f := range fileNames {
		for _, c := range files[f] {
			if c.where == "" {
				c.where = f
			}
			if c.Name == "" {
				t.Errorf("%s: a case without a name", c.where)
				continue
			}
			if prev, dup := names[f+"/"+c.Name]; dup {
				t.Errorf("%s: the name %q is taken by the case at %s", c.where, c.Name, prev)
				continue
			}
			names[f+"/"+c.Name] = c.where
			total++
			perEntry[c.Entry]++
			for _, p := range c.Policies {
				if !slices.Contains(catPolicies, p) {
					t.Errorf("%s: unknown policy %q", c.where, p)
				}
				perPolicy[p]++
			}
			if c.Want.Rule != "" {
				perRule[c.Want.Rule]++
			}
			t.Run(strings.TrimSuffix(f, ".txt")+"/"+c.Name, func(t *testing.T) {
				catCheck(t, c, entries)
			})
		}
	}

	t.Logf("%d cases", total)
	for _, f := range fileNames {
		t.Logf("  %-24s %d", f, len(files[f]))
	}
	if total < catalogueMin {
		t.Fatalf("the catalogue holds %d cases, fewer than %d", total, catalogueMin)
	}
	// A suspected bug is a case of its entry point too: it says what the
	// entry point should do.
	for _, cases := range catLoad(t, filepath.Join("testdata", "bad", "bugs"), true) {
		for _, c := range cases {
			perEntry[c.Entry]++
		}
	}
	for name := range entries {
		if perEntry[name] == 0 {
			t.Errorf("no case calls the entry point %s", name)
		}
	}
	for _, p := range catPolicies {
		if perPolicy[p] == 0 {
			t.Errorf("no case covers the policy %s", p)
		}
	}
	for _, r := range catRules {
		if perRule[r] == 0 {
			t.Errorf("no case asserts the rule %s", r)
		}
	}
}

var catBugs = flag.Bool("catalogue.bugs", false, "run the suspected library bugs of testdata/bad/bugs, which fail until they are fixed")

// TestCatalogueSuspectedBugs runs the cases of testdata/bad/bugs: inputs
// on which the library breaks the error contract, as far as the catalogue
// can tell. Each says what the contract wants, and its note what happens
// now; they are kept out of TestCatalogue, which must pass, and run only
// with -catalogue.bugs. When one passes, move it to the catalogue.
func TestCatalogueSuspectedBugs(t *testing.T) {
	files := catLoad(t, filepath.Join("testdata", "bad", "bugs"), true)
	if !*catBugs {
		n := 0
		for _, cases := range files {
			n += len(cases)
		}
		t.Skipf("%d suspected bugs; run them with -catalogue.bugs", n)
	}
	entries := catEntries()
	for f, cases := range files {
		for _, c := range cases {
			t.Run(strings.TrimSuffix(f, ".txt")+"/"+c.Name, func(t *testing.T) {
				catCheck(t, c, entries)
			})
		}
	}
}

// catRules are the rules the catalogue must assert at least once: every
// rule of vocab that a Validate or a Build of this library reports. Not
// here: language (every language field is a language.Tag, which the rule
// passes; "und" is caught by required or skipped by omitempty), max, gt and
// invalid, which no public type uses.
var catRules = []vocab.Rule{
	vocab.RuleRequired, vocab.RuleID, vocab.RuleEnum, vocab.RuleCountry, vocab.RuleSubdivision,
	vocab.RuleWikidata, vocab.RuleToken, vocab.RuleURL, vocab.RuleFinite,
	vocab.RuleNoSpace, vocab.RuleTrimmed, vocab.RuleText, vocab.RuleUTC, vocab.RuleDate, vocab.RulePrecision,
	vocab.RuleSelf, vocab.RuleOrder, vocab.RuleMismatch, vocab.RuleConflicts, vocab.RuleRequires, vocab.RuleUnique,
	vocab.RuleUnresolved, vocab.RuleWrongType, vocab.RuleCycle,
	vocab.RuleMin, vocab.RuleGTE, vocab.RuleLTE, vocab.RuleExcludes,
}

// catCheck runs one case and checks its error against the contract.
func catCheck(t *testing.T, c *catCase, entries map[string]catEntry) {
	t.Helper()
	entry, ok := entries[c.Entry]
	if !ok {
		t.Fatalf("%s: unknown entry point %q", c.where, c.Entry)
	}
	if c.Want.Path == nil && len(c.Want.PathParts) > 0 {
		var b strings.Builder
		for _, p := range c.Want.PathParts {
			b.WriteString(strings.Repeat(p.Text, max(p.Times, 1)))
		}
		path := b.String()
		c.Want.Path = &path
	} else if len(c.Want.PathParts) > 0 {
		t.Fatalf("%s: give want.path or want.path_parts, not both", c.where)
	}
	if c.Want.Path == nil {
		t.Fatalf(`%s: the case must give want.path ("" where there is no location)`, c.where)
	}
	in, err := c.input()
	if err != nil {
		t.Fatalf("%s: %v", c.where, err)
	}
	call := func() error {
		if c.run != nil {
			return c.run()
		}
		if entry.call == nil {
			t.Fatalf("%s: the entry point %s takes Go values; write the case in catalogue_go_test.go", c.where, c.Entry)
		}
		return entry.call(c, in)
	}
	var got error
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("%s: %s panicked: %v", c.where, c.Entry, p)
			}
		}()
		got = call()
	}()
	if got == nil {
		t.Fatalf("%s: %s returned no error", c.where, c.Entry)
	}
	if errors.Is(got, errCatSetUp) {
		t.Fatalf("%s: %s", c.where, catShort(got.Error()))
	}
	want := c.Want
	switch entry.class {
	case catDecode, catLines:
		catCheckDecode(t, c, in, entry.class, got)
	case catParse:
		if *want.Path != "" {
			t.Fatalf(`%s: a parse function locates nothing: want.path must be ""`, c.where)
		}
		var d *vocab.DecodeError
		if errors.As(got, &d) {
			t.Errorf("%s: a parse function returned a *vocab.DecodeError (path %s): %s", c.where, catShort(d.Path), catShort(got.Error()))
		}
		catCheckKind(t, c, got)
	case catValidate:
		if want.Rule == "" || want.Error != "" {
			t.Fatalf("%s: a validation case gives want.rule and no want.error", c.where)
		}
		if !slices.Contains(vocab.Rules(), want.Rule) {
			t.Fatalf("%s: %q is no vocab.Rule", c.where, want.Rule)
		}
		var v *vocab.ValidationError
		if !errors.As(got, &v) {
			t.Fatalf("%s: want a *vocab.ValidationError, got %T: %s", c.where, got, catShort(got.Error()))
		}
		if !v.Has(*want.Path, want.Rule) {
			t.Errorf("%s: no problem %s at %q; the problems are:\n%s", c.where, want.Rule, *want.Path, catProblems(v))
		}
	}
}

// catCheckDecode checks the error of a decoder: a *vocab.DecodeError with
// the path, the line and the kind of error the case wants, and an offset
// inside the input.
func catCheckDecode(t *testing.T, c *catCase, in []byte, class string, got error) {
	t.Helper()
	want := c.Want
	if want.Rule != "" {
		t.Fatalf("%s: a decode case gives want.error, not want.rule", c.where)
	}
	var d *vocab.DecodeError
	if want.Error == "json-syntax" {
		// encoding/json checks the syntax of the whole input before it
		// calls an UnmarshalJSON method: what it rejects never reaches the
		// library, and comes back as encoding/json's own error, located
		// by its byte offset only.
		var syn *json.SyntaxError
		if !strings.HasPrefix(c.Entry, "json.Unmarshal/") || *want.Path != "" || want.Line != 0 {
			t.Fatalf(`%s: "json-syntax" is for json.Unmarshal entry points, with path ""`, c.where)
		}
		if !errors.As(got, &syn) || errors.As(got, &d) {
			t.Fatalf("%s: want encoding/json's *json.SyntaxError, got %T: %s", c.where, got, catShort(got.Error()))
		}
		if syn.Offset < 0 || syn.Offset > int64(len(in)) {
			t.Errorf("%s: offset %d is outside the input (%d bytes)", c.where, syn.Offset, len(in))
		}
		return
	}
	if !errors.As(got, &d) {
		t.Fatalf("%s: want a *vocab.DecodeError, got %T: %s", c.where, got, catShort(got.Error()))
	}
	if d.Path != *want.Path {
		t.Errorf("%s: path %s, want %s (%s)", c.where, catShort(d.Path), catShort(*want.Path), catShort(got.Error()))
	}
	if class == catLines && want.Line == 0 {
		t.Errorf("%s: a case of JSON Lines gives want.line", c.where)
	}
	if d.Line != want.Line {
		t.Errorf("%s: line %d, want %d (%s)", c.where, d.Line, want.Line, catShort(got.Error()))
	}
	size := int64(len(in))
	if class == catLines && d.Line > 0 {
		if lines := bytes.Split(in, []byte("\n")); d.Line <= len(lines) {
			size = int64(len(lines[d.Line-1]))
		}
	}
	if d.Offset < -1 || d.Offset > size {
		t.Errorf("%s: offset %d is outside the input (%d bytes) (%s)", c.where, d.Offset, size, catShort(got.Error()))
	}
	catCheckKind(t, c, got)
}

// catCheckKind checks the kind of a decode or parse error.
func catCheckKind(t *testing.T, c *catCase, got error) {
	t.Helper()
	want := c.Want
	unknown, limit := errors.Is(got, vocab.ErrUnknown), errors.Is(got, vocab.ErrLimit)
	switch want.Error {
	case "unknown":
		var u *vocab.UnknownError
		if !unknown || !errors.As(got, &u) {
			t.Fatalf("%s: want a *vocab.UnknownError, got %s", c.where, catShort(got.Error()))
		}
		if want.Set != "" && u.Set != want.Set {
			t.Errorf("%s: UnknownError.Set %q, want %q", c.where, u.Set, want.Set)
		}
		if want.Value != nil && u.Value != *want.Value {
			t.Errorf("%s: UnknownError.Value %q, want %q", c.where, u.Value, *want.Value)
		}
	case "limit":
		var l *vocab.LimitError
		if !limit || !errors.As(got, &l) {
			t.Fatalf("%s: want a *vocab.LimitError, got %s", c.where, catShort(got.Error()))
		}
		if want.Limit == "" {
			t.Fatalf("%s: a limit case names the limit (want.limit)", c.where)
		}
		if l.Limit != want.Limit {
			t.Errorf("%s: LimitError.Limit %q, want %q", c.where, l.Limit, want.Limit)
		}
		if want.Max != 0 && l.Max != want.Max {
			t.Errorf("%s: LimitError.Max %d, want %d", c.where, l.Max, want.Max)
		}
	case "other":
		if unknown || limit {
			t.Errorf("%s: want an error neither unknown nor a limit, got %s", c.where, catShort(got.Error()))
		}
	default:
		t.Fatalf(`%s: want.error must be "unknown", "limit" or "other", not %q`, c.where, want.Error)
	}
	if want.Error != "unknown" && (want.Set != "" || want.Value != nil) {
		t.Fatalf("%s: want.set and want.value are for unknown errors", c.where)
	}
	if want.Error != "limit" && (want.Limit != "" || want.Max != 0) {
		t.Fatalf("%s: want.limit and want.max are for limit errors", c.where)
	}
}

// catShort quotes a path or a message, cut to a length a failure can
// show: a path 10,000 levels deep is 30,000 bytes.
func catShort(s string) string {
	const most = 200
	if len(s) <= most {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q…(%d bytes)", s[:most], len(s))
}

// catProblems lists the problems of a validation error, one a line.
func catProblems(v *vocab.ValidationError) string {
	var b strings.Builder
	for _, p := range v.Problems {
		fmt.Fprintf(&b, "\t%q %s\n", p.Path, p.Rule)
	}
	return b.String()
}
