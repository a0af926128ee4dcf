package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/format/timeline"
)

// result is what one run of the command did.
type result struct {
	status         int
	stdout, stderr string
}

// runWith runs the command line args with stdin, as main does, but in
// process; terminal, when not nil, says which streams are terminals.
func runWith(t *testing.T, stdin []byte, terminal func(any) bool, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin: bytes.NewReader(stdin), stdout: &stdout, stderr: &stderr,
		terminal: func(any) bool { return false }, progressEvery: 100_000, progressBytes: 64 << 20,
	}
	if terminal != nil {
		e.terminal = terminal
	}
	status := e.run(args)
	return result{status, stdout.String(), stderr.String()}
}

// cli runs the command line args with stdin, through run.
func cli(t *testing.T, stdin []byte, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(args, bytes.NewReader(stdin), &stdout, &stderr)
	return result{status, stdout.String(), stderr.String()}
}

// article returns the worked article as JSON Lines and as a story object.
func article(t *testing.T) (jsonl, doc []byte, s *newsevent.Story) {
	t.Helper()
	s = examples.MustArticle()
	var b bytes.Buffer
	require.NoError(t, s.WriteJSONL(&b))
	doc, err := s.MarshalIndent("", "  ")
	require.NoError(t, err)
	return b.Bytes(), append(doc, '\n'), s
}

// writeFile writes data to a file in a new temporary directory and
// returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// problems decodes the problems validate -json printed.
func problems(t *testing.T, out string) []problemJSON {
	t.Helper()
	var ps []problemJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	for {
		var p problemJSON
		err := dec.Decode(&p)
		if err == io.EOF {
			return ps
		}
		require.NoError(t, err, out)
		ps = append(ps, p)
	}
}

func TestValidateArticle(t *testing.T) {
	jsonl, doc, _ := article(t)
	for _, c := range []struct {
		name  string
		stdin []byte
		args  []string
		want  string
	}{
		{"jsonl file", nil, []string{"validate", writeFile(t, "article.jsonl", jsonl)}, "article.jsonl: valid, 83 records\n"},
		{"json file", nil, []string{"validate", writeFile(t, "article.json", doc)}, "article.json: valid, 83 records\n"},
		{"jsonl on stdin", jsonl, []string{"validate"}, "stdin: valid, 83 records\n"},
		{"json on stdin", doc, []string{"validate", "-"}, "stdin: valid, 83 records\n"},
		{"jsonl by flag", jsonl, []string{"validate", "-from", "jsonl"}, "stdin: valid, 83 records\n"},
		{"json with a byte order mark", append([]byte("\xEF\xBB\xBF"), doc...), []string{"validate"}, "stdin: valid, 83 records\n"},
		{"compact json, flag after the file", nil, []string{"validate", writeFile(t, "x.data", mustCompact(t, doc)), "-from", "json"}, "x.data: valid, 83 records\n"},
		{"nothing", nil, []string{"validate"}, "stdin: valid, 0 records\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, c.stdin, c.args...)
			assert.Equal(t, exitOK, r.status, r.stderr)
			assert.True(t, strings.HasSuffix(r.stdout, c.want), r.stdout)
			assert.Empty(t, r.stderr)
		})
	}
	// -q and -json print nothing for a valid input.
	r := cli(t, jsonl, "validate", "-q")
	assert.Equal(t, result{exitOK, "", ""}, r)
	r = cli(t, jsonl, "validate", "-json")
	assert.Equal(t, result{exitOK, "", ""}, r)
	// -q keeps the problems and the summary of an invalid input.
	r = cli(t, []byte("{\"actor\":{}}\n"), "validate", "-q")
	assert.Equal(t, exitInvalid, r.status)
	assert.Contains(t, r.stdout, "stdin:1: actors[0].id: ")
	assert.True(t, strings.HasSuffix(r.stdout, "stdin: 3 problems in 1 record\n"), r.stdout)
}

func mustCompact(t *testing.T, doc []byte) []byte {
	var b bytes.Buffer
	require.NoError(t, json.Compact(&b, doc))
	return b.Bytes()
}

func TestValidateProblemsWithLines(t *testing.T) {
	jsonl, doc, _ := article(t)
	lines := strings.SplitAfter(string(jsonl), "\n")

	// JSON Lines: line 2 cannot be read (an unknown kind), line 5 is
	// removed (an actor others refer to), and a line of an unknown
	// record type comes after line 9.
	bad := append([]string{}, lines[:1]...)
	bad = append(bad, strings.Replace(lines[1], `"kind":"person"`, `"kind":"persn"`, 1))
	bad = append(bad, lines[2:4]...)
	bad = append(bad, lines[5:9]...)
	bad = append(bad, "{\"person\":{}}\n")
	bad = append(bad, lines[9:]...)
	r := cli(t, []byte(strings.Join(bad, "")), "validate", "-json")
	assert.Equal(t, exitInvalid, r.status)
	ps := problems(t, r.stdout)
	require.NotEmpty(t, ps)
	assert.Equal(t, problemJSON{File: "stdin", Line: 2, Column: 62, Path: "actor.kind", Rule: "unknown", Message: ps[0].Message}, ps[0])
	assert.Contains(t, ps[0].Message, `"persn"`)
	assert.Equal(t, problemJSON{File: "stdin", Line: 9, Column: 2, Path: "", Rule: "unknown", Message: ps[1].Message}, ps[1])
	// The references to the two missing actors, each at the line of the
	// record that holds it, in the order of the lines.
	var unresolved []problemJSON
	for _, p := range ps[2:] {
		assert.Equal(t, "unresolved", p.Rule, p)
		assert.Positive(t, p.Line, p)
		unresolved = append(unresolved, p)
		line := bad[p.Line-1]
		assert.True(t, strings.HasPrefix(line, `{"event":`) || strings.HasPrefix(line, `{"source":`) || strings.HasPrefix(line, `{"status":`) || strings.HasPrefix(line, `{"actor":`), "line %d: %.80s", p.Line, line)
	}
	require.NotEmpty(t, unresolved)
	for i := 1; i < len(unresolved); i++ {
		assert.LessOrEqual(t, unresolved[i-1].Line, unresolved[i].Line)
	}

	// The text form: FILE:LINE:COLUMN: PATH: MESSAGE [RULE], and a summary.
	r = cli(t, []byte(strings.Join(bad, "")), "validate")
	assert.Equal(t, exitInvalid, r.status)
	out := strings.Split(strings.TrimSpace(r.stdout), "\n")
	assert.True(t, strings.HasPrefix(out[0], "stdin:2:62: actor.kind: "), out[0])
	assert.True(t, strings.HasSuffix(out[0], " [unknown]"), out[0])
	assert.Regexp(t, `^stdin: \d+ problems in 83 records$`, out[len(out)-1])

	// A story object: each problem at the line of its value, or of the
	// nearest value that holds it when the value is missing.
	var v map[string]any
	require.NoError(t, json.Unmarshal(doc, &v))
	actors := v["actors"].([]any)
	delete(actors[1].(map[string]any), "name")
	events := v["events"].([]any)
	events[3].(map[string]any)["attributions"].([]any)[0].(map[string]any)["source"] = "50000000-0000-4000-8000-000000000009"
	badDoc, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	docLines := strings.Split(string(badDoc), "\n")
	r = cli(t, badDoc, "validate", "-json")
	assert.Equal(t, exitInvalid, r.status)
	ps = problems(t, r.stdout)
	require.Len(t, ps, 2, r.stdout)
	assert.Equal(t, "actors[1].name", ps[0].Path)
	assert.Equal(t, "required", ps[0].Rule)
	assert.Equal(t, "    {", docLines[ps[0].Line-1], "the line of actors[1], which has no name")
	assert.Equal(t, "events[3].attributions[0].source", ps[1].Path)
	assert.Equal(t, "unresolved", ps[1].Rule)
	assert.Equal(t, `          "source": "50000000-0000-4000-8000-000000000009",`, docLines[ps[1].Line-1])

	// A story object that cannot be read: the line and column of the
	// problem.
	broken := bytes.Replace(doc, []byte(`"kind": "person"`), []byte(`"kind": "persn"`), 1)
	r = cli(t, broken, "validate", "-json")
	assert.Equal(t, exitInvalid, r.status)
	ps = problems(t, r.stdout)
	require.Len(t, ps, 1)
	brokenLines := strings.Split(string(broken), "\n")
	assert.Equal(t, "actors[0].kind", ps[0].Path)
	assert.Contains(t, brokenLines[ps[0].Line-1], `"kind": "persn"`)
	assert.Equal(t, `"persn"`, brokenLines[ps[0].Line-1][ps[0].Column-1:ps[0].Column-1+len(`"persn"`)])
}

func TestValidateSeveralFiles(t *testing.T) {
	jsonl, _, _ := article(t)
	good := writeFile(t, "good.jsonl", jsonl)
	bad := writeFile(t, "bad.jsonl", []byte("{\"actor\":{}}\n"))
	r := cli(t, nil, "validate", good, bad)
	assert.Equal(t, exitInvalid, r.status)
	assert.Contains(t, r.stdout, "good.jsonl: valid, 83 records\n")
	assert.Contains(t, r.stdout, "bad.jsonl: 3 problems in 1 record\n")
	// A file that cannot be opened is an I/O error, and the worst status
	// wins.
	r = cli(t, nil, "validate", good, filepath.Join(t.TempDir(), "missing.jsonl"))
	assert.Equal(t, exitUsage, r.status)
	assert.Contains(t, r.stderr, "missing.jsonl")
}

func TestStats(t *testing.T) {
	jsonl, doc, s := article(t)
	want := `stdin: 83 records
  actors       23
  territories  20
  sources      15
  statuses      6
  events       19
  identities    0

events by kind
  statement  6
  attack     5
`
	for _, in := range [][]byte{jsonl, doc} {
		r := cli(t, in, "stats")
		require.Equal(t, exitOK, r.status, r.stderr)
		assert.True(t, strings.HasPrefix(r.stdout, want), r.stdout)
		assert.Contains(t, r.stdout, "\nevents by date\n  2022        1\n  2025-04-23  1\n  2025-04-24  5\n  2025-04-25  4\n  undated     8\n")
		assert.Contains(t, r.stdout, "\nevents by actor\n  Russia                  8\n  Ukraine                 7\n")
	}

	// JSON, the same from both inputs, with counts that agree with the
	// story's.
	var got [2]stats
	for i, in := range [][]byte{jsonl, doc} {
		r := cli(t, in, "stats", "-json")
		require.Equal(t, exitOK, r.status, r.stderr)
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &got[i]))
	}
	assert.Equal(t, got[0], got[1])
	n := s.Counts()
	assert.Equal(t, map[string]int{"actors": n.Actors, "territories": n.Territories, "sources": n.Sources, "statuses": n.Statuses, "events": n.Events, "identities": n.Identities}, got[0].Records)
	assert.Equal(t, 83, got[0].Total)
	sum := 0
	for _, k := range got[0].EventsByKind {
		sum += k.Events
	}
	assert.Equal(t, n.Events, sum)
	sum = got[0].Undated
	for _, d := range got[0].EventsByDate {
		sum += d.Events
	}
	assert.Equal(t, n.Events, sum)
	assert.Equal(t, len(s.EventsOf(examples.ActorID("A11"))), got[0].EventsByActor[0].Events)
	assert.Equal(t, "Russia", got[0].EventsByActor[0].Name)

	// -top keeps the first of each list, and says how many it left out.
	r := cli(t, jsonl, "stats", "-top", "2")
	require.Equal(t, exitOK, r.status)
	assert.Contains(t, r.stdout, "\nevents by kind\n  statement  6\n  attack     5\n  … and 5 more\n")

	// A line that cannot be read stops stats, with its line.
	r = cli(t, append(append([]byte{}, jsonl...), "{\"actor\":1}\n"...), "stats")
	assert.Equal(t, exitInvalid, r.status)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "stdin:84:")
}

func TestConvert(t *testing.T) {
	jsonl, doc, s := article(t)
	var tl, graph, graphAll bytes.Buffer
	require.NoError(t, timeline.Write(&tl, s, timeline.Options{}))
	require.NoError(t, dot.Write(&graph, s, dot.Options{}))
	require.NoError(t, dot.Write(&graphAll, s, dot.Options{Actors: true, Sources: true, RankByTime: true, Wrap: 30}))
	compact, err := s.MarshalJSON()
	require.NoError(t, err)

	for _, c := range []struct {
		name  string
		stdin []byte
		args  []string
		want  []byte
	}{
		{"jsonl to json", jsonl, []string{"convert", "-to", "json"}, doc},
		{"json to jsonl", doc, []string{"convert", "-to", "jsonl"}, jsonl},
		{"jsonl to jsonl, streamed", jsonl, []string{"convert", "-to", "jsonl"}, jsonl},
		{"json to compact json", doc, []string{"convert", "-to", "json", "-compact"}, append(compact, '\n')},
		{"to timeline", jsonl, []string{"convert", "-to", "timeline"}, tl.Bytes()},
		{"to dot", doc, []string{"convert", "-to", "dot"}, graph.Bytes()},
		{"dot with every option", jsonl, []string{"dot", "-all"}, graphAll.Bytes()},
		{"dot with the options one by one", jsonl, []string{"dot", "-actors", "-sources", "-time"}, graphAll.Bytes()},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, c.stdin, c.args...)
			require.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, string(c.want), r.stdout)
			assert.Empty(t, r.stderr)
		})
	}

	// To a file, from a file.
	out := filepath.Join(t.TempDir(), "article.jsonl")
	r := cli(t, nil, "convert", writeFile(t, "article.json", doc), "-to", "jsonl", "-out", out)
	require.Equal(t, exitOK, r.status, r.stderr)
	assert.Empty(t, r.stdout)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, jsonl, got)

	// A story that cannot be read: the first problem with its line on
	// standard error, status 1, and no file left behind.
	broken := append(append([]byte{}, jsonl[:bytes.IndexByte(jsonl, '\n')+1]...), "{\"actor\":{\"id\":1}}\n"...)
	for _, to := range []string{"json", "jsonl"} {
		dir := t.TempDir()
		r = cli(t, broken, "convert", "-to", to, "-out", filepath.Join(dir, "out"))
		assert.Equal(t, exitInvalid, r.status, to)
		assert.Contains(t, r.stderr, "stdin:2:", to)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		assert.Empty(t, entries, "no file left behind")
	}

	// An output that cannot be written is an I/O error.
	r = cli(t, jsonl, "convert", "-to", "json", "-out", filepath.Join(t.TempDir(), "missing", "out.json"))
	assert.Equal(t, exitUsage, r.status)
	r = cli(t, jsonl, "convert", "-to", "jsonl", "-out", filepath.Join(t.TempDir(), "missing", "out.jsonl"))
	assert.Equal(t, exitUsage, r.status)
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestConvertToFailingOutput(t *testing.T) {
	jsonl, _, _ := article(t)
	for _, to := range []string{"json", "jsonl", "timeline", "dot"} {
		var stderr bytes.Buffer
		status := run([]string{"convert", "-to", to}, bytes.NewReader(jsonl), failingWriter{}, &stderr)
		assert.Equal(t, exitUsage, status, to)
		assert.Contains(t, stderr.String(), "file already closed", to)
	}
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		name   string
		args   []string
		status int
		out    string // in stdout, or stderr for a failure
	}{
		{"no command", nil, exitUsage, "Usage:"},
		{"unknown command", []string{"check"}, exitUsage, `unknown command "check"`},
		{"help", []string{"help"}, exitOK, "Commands:"},
		{"-h", []string{"-h"}, exitOK, "Commands:"},
		{"help of a command", []string{"help", "validate"}, exitOK, "usage: newsevent validate"},
		{"help of convert lists the formats", []string{"help", "convert"}, exitOK, "Output formats (-to):\n  json"},
		{"help of an unknown command", []string{"help", "check"}, exitUsage, `unknown command "check"`},
		{"-h of a command", []string{"stats", "-h"}, exitOK, "usage: newsevent stats"},
		{"unknown flag", []string{"validate", "-x"}, exitUsage, "flag provided but not defined: -x"},
		{"unknown input format", []string{"validate", "-from", "xml"}, exitUsage, `unknown input format "xml"`},
		{"no output format", []string{"convert"}, exitUsage, "give the output format"},
		{"unknown output format", []string{"convert", "-to", "xml"}, exitUsage, `unknown output format "xml"`},
		{"two inputs to convert", []string{"convert", "-to", "json", "a", "b"}, exitUsage, "one input at a time"},
		{"negative -top", []string{"stats", "-top", "-1"}, exitUsage, "-top must be 0 or more"},
		{"negative -wrap", []string{"dot", "-wrap", "-1"}, exitUsage, "-wrap must be 0 or more"},
		{"missing file", []string{"stats", filepath.Join(t.TempDir(), "none.jsonl")}, exitUsage, "none.jsonl"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, nil, c.args...)
			assert.Equal(t, c.status, r.status)
			if c.status == exitOK {
				assert.Contains(t, r.stdout, c.out)
			} else {
				assert.Contains(t, r.stderr, c.out)
			}
		})
	}
}

func TestStdinTerminal(t *testing.T) {
	// Standard input that is a terminal is not read without "-".
	stdinIsTerminal := func(f any) bool { _, ok := f.(*bytes.Reader); return ok }
	r := runWith(t, nil, stdinIsTerminal, "validate")
	assert.Equal(t, exitUsage, r.status)
	assert.Contains(t, r.stderr, "no input: give a FILE, or pipe the data to standard input")
	r = runWith(t, nil, stdinIsTerminal, "validate", "-")
	assert.Equal(t, exitOK, r.status)

	// A real terminal is not at hand; /dev/null is a character device
	// that is not one.
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	assert.False(t, isTerminal(null))
	assert.False(t, isTerminal(&bytes.Buffer{}))
	assert.False(t, isTerminal((*os.File)(nil)))
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		in, path, want string
	}{
		{`{"actors":[]}`, "", "json"},
		{"\xEF\xBB\xBF \n {\n  \"events\": []}", "", "json"},
		{`{}`, "", "json"},
		{`{"actor":{}}`, "", "jsonl"},
		{"\n\n{ \"identity\" : {}}", "", "jsonl"},
		{"", "", "jsonl"},
		{" \n", "story.json", "jsonl"},
		{`{"person":{}}`, "story.jsonl", "jsonl"},
		{`{"person":{}}`, "STORY.NDJSON", "jsonl"},
		{`{"person":{}}`, "story.json", "json"},
		{`[1]`, "", "json"},
		{`{"`, "", "json"},
	} {
		assert.Equal(t, c.want, sniff(bufioReader(c.in), c.path), "%q %q", c.in, c.path)
	}
}
