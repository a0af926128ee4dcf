package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/tooltest"
)

func bufioReader(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }

// badCase is a case of the library's catalogue of bad inputs
// (testdata/bad/README.md describes the format); only what these tests
// use is read.
type badCase struct {
	Name      string            `json:"name"`
	Entry     string            `json:"entry"`
	JSON      json.RawMessage   `json:"json"`
	JSONLines []json.RawMessage `json:"json_lines"`
	Input     *string           `json:"input"`
	InputHex  string            `json:"input_hex"`
	Parts     []struct {
		Text  string `json:"text"`
		Times int    `json:"times"`
	} `json:"parts"`
	Limits json.RawMessage `json:"limits"`
	Want   struct {
		Path      *string `json:"path"`
		PathParts []struct {
			Text  string `json:"text"`
			Times int    `json:"times"`
		} `json:"path_parts"`
		Line  int    `json:"line"`
		Error string `json:"error"`
		Rule  string `json:"rule"`
	} `json:"want"`
}

// input returns the bytes of a case.
func (c *badCase) input(t *testing.T) []byte {
	switch {
	case c.JSON != nil:
		return c.JSON
	case c.JSONLines != nil:
		var b bytes.Buffer
		for _, l := range c.JSONLines {
			b.Write(l)
			b.WriteByte('\n')
		}
		return b.Bytes()
	case c.Input != nil:
		return []byte(*c.Input)
	case c.InputHex != "":
		b, err := hex.DecodeString(strings.ReplaceAll(c.InputHex, " ", ""))
		require.NoError(t, err)
		return b
	}
	var b bytes.Buffer
	for _, p := range c.Parts {
		b.WriteString(strings.Repeat(p.Text, max(p.Times, 1)))
	}
	return b.Bytes()
}

// path returns the path a case wants.
func (c *badCase) path() string {
	if c.Want.Path != nil {
		return *c.Want.Path
	}
	var b strings.Builder
	for _, p := range c.Want.PathParts {
		b.WriteString(strings.Repeat(p.Text, max(p.Times, 1)))
	}
	return b.String()
}

// badCases reads the cases of a file of the catalogue whose entry is one
// of entries, leaving out those that read under limits other than the
// defaults (the command reads under the defaults).
func badCases(t *testing.T, file string, entries ...string) []badCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(tooltest.Root(), "testdata", "bad", file))
	require.NoError(t, err)
	var cases []badCase
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c badCase
		require.NoError(t, json.Unmarshal([]byte(line), &c), "%s:%d", file, i+1)
		if c.Limits == nil && slices.Contains(entries, c.Entry) {
			cases = append(cases, c)
		}
	}
	require.NotEmpty(t, cases, file)
	return cases
}

// wantRule is the rule validate prints for a kind of decode error of the
// catalogue.
var wantRule = map[string]string{"unknown": "unknown", "limit": "limit", "other": "decode"}

// TestValidateBadJSONLines runs validate on every bad JSON Lines input of
// the catalogue: it exits 1 and prints the problem with the line and path
// the library's decoder gives.
func TestValidateBadJSONLines(t *testing.T) {
	for _, c := range badCases(t, "jsonl.txt", "ReadJSONL", "Decoder.Next") {
		t.Run(c.Name, func(t *testing.T) {
			r := cli(t, c.input(t), "validate", "-from", "jsonl", "-json")
			require.Equal(t, exitInvalid, r.status, r.stderr)
			ps := problems(t, r.stdout)
			assert.True(t, slices.ContainsFunc(ps, func(p problemJSON) bool {
				return p.Line == c.Want.Line && p.Path == c.path() && p.Rule == wantRule[c.Want.Error]
			}), "want line %d, path %.100q, rule %q; got %.1000v", c.Want.Line, c.path(), wantRule[c.Want.Error], ps)
		})
	}
}

// TestValidateBadJSON runs validate on every bad story object of the
// catalogue that newsevent.ReadJSON reads: it exits 1 and prints one
// problem, with the path the decoder gives and the line and column of its
// offset.
func TestValidateBadJSON(t *testing.T) {
	for _, c := range badCases(t, "story-json.txt", "ReadJSON") {
		t.Run(c.Name, func(t *testing.T) {
			in := c.input(t)
			r := cli(t, in, "validate", "-from", "json", "-json")
			require.Equal(t, exitInvalid, r.status, r.stderr)
			ps := problems(t, r.stdout)
			require.Len(t, ps, 1)
			p := ps[0]
			assert.Equal(t, c.path(), p.Path)
			assert.Equal(t, wantRule[c.Want.Error], p.Rule)
			if p.Line > 0 {
				lines := bytes.Split(in, []byte("\n"))
				require.LessOrEqual(t, p.Line, len(lines))
				assert.LessOrEqual(t, p.Column, len(lines[p.Line-1])+1)
			}
		})
	}
}

// TestValidateCatalogueChecker runs validate on the JSON Lines that the
// catalogue feeds a Checker: each problem is printed with its path and
// rule, at the line of the record that holds it (the record of its type
// and index).
func TestValidateCatalogueChecker(t *testing.T) {
	for _, c := range badCases(t, "validate.txt", "Checker") {
		t.Run(c.Name, func(t *testing.T) {
			r := cli(t, c.input(t), "validate", "-json")
			require.Equal(t, exitInvalid, r.status, r.stderr)
			ps := problems(t, r.stdout)
			i := slices.IndexFunc(ps, func(p problemJSON) bool { return p.Path == *c.Want.Path && p.Rule == c.Want.Rule })
			require.GreaterOrEqual(t, i, 0, "want %s [%s] in %+v", *c.Want.Path, c.Want.Rule, ps)
			assert.Equal(t, lineOfRecord(t, c.JSONLines, *c.Want.Path), ps[i].Line)
		})
	}
}

// lineOfRecord finds, the slow way, the line of the record a path starts
// with ("events[1]" is the line of the second event).
func lineOfRecord(t *testing.T, lines []json.RawMessage, path string) int {
	list, rest, _ := strings.Cut(path, "[")
	num, _, _ := strings.Cut(rest, "]")
	want, err := strconv.Atoi(num)
	require.NoError(t, err)
	singular := map[string]string{"actors": "actor", "territories": "territory", "sources": "source", "statuses": "status", "events": "event", "identities": "identity"}[list]
	n := 0
	for i, l := range lines {
		var rec map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(l, &rec))
		if _, ok := rec[singular]; ok {
			if n == want {
				return i + 1
			}
			n++
		}
	}
	t.Fatalf("no record for %s", path)
	return 0
}

// TestValidateCatalogueStory runs validate on the story objects that the
// catalogue validates, indented so that each value starts a line: each
// problem is printed with its path and rule, at a line of the document.
func TestValidateCatalogueStory(t *testing.T) {
	for _, c := range badCases(t, "validate.txt", "Story.Validate") {
		t.Run(c.Name, func(t *testing.T) {
			var doc bytes.Buffer
			require.NoError(t, json.Indent(&doc, c.JSON, "", "  "))
			r := cli(t, doc.Bytes(), "validate", "-json")
			require.Equal(t, exitInvalid, r.status, r.stderr)
			ps := problems(t, r.stdout)
			i := slices.IndexFunc(ps, func(p problemJSON) bool { return p.Path == *c.Want.Path && p.Rule == c.Want.Rule })
			require.GreaterOrEqual(t, i, 0, "want %s [%s] in %+v", *c.Want.Path, c.Want.Rule, ps)
			lines := strings.Split(doc.String(), "\n")
			require.Positive(t, ps[i].Line)
			require.LessOrEqual(t, ps[i].Line, len(lines))
			// The line holds the last key of the path, or starts the
			// value that would hold it: it does not close one.
			segs := segments(*c.Want.Path)
			last := segs[len(segs)-1]
			line := strings.TrimSpace(lines[ps[i].Line-1])
			if !strings.HasPrefix(last, "[") && strings.HasPrefix(line, strconv.Quote(last)+":") {
				return
			}
			assert.False(t, line == "" || strings.HasPrefix(line, "}") || strings.HasPrefix(line, "]"), "line %d %q for %s", ps[i].Line, line, *c.Want.Path)
		})
	}
}

// TestConvertBadInputs runs the other commands on the bad inputs of the
// catalogue: none panics, each exits 1 and says where on standard error.
func TestConvertBadInputs(t *testing.T) {
	type bad struct {
		from string
		in   []byte
	}
	var all []bad
	for _, c := range badCases(t, "jsonl.txt", "ReadJSONL", "Decoder.Next") {
		all = append(all, bad{"jsonl", c.input(t)})
	}
	for _, c := range badCases(t, "story-json.txt", "ReadJSON") {
		all = append(all, bad{"json", c.input(t)})
	}
	for i, b := range all {
		if len(b.in) > 1<<20 {
			continue // the cases of the limits, which validate reads above
		}
		for _, args := range [][]string{{"stats"}, {"convert", "-to", "json"}, {"convert", "-to", "jsonl"}, {"dot", "-all"}} {
			r := cli(t, b.in, append(args, "-from", b.from)...)
			assert.Equal(t, exitInvalid, r.status, "case %d %v: %s", i, args, r.stderr)
			assert.Contains(t, r.stderr, "stdin:", "case %d %v", i, args)
			if b.from != "jsonl" || args[len(args)-1] != "jsonl" {
				assert.Empty(t, r.stdout, "case %d %v", i, args)
			} // a stream writes the records before the line it cannot read
		}
	}
}
