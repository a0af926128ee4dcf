package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/synth"
)

// large returns a generated story of 10,000 events as JSON Lines, made
// once for the tests that share it.
var large = sync.OnceValues(func() (*newsevent.Story, []byte) {
	s := synth.Story(10_000, 11)
	var b bytes.Buffer
	if err := s.WriteJSONL(&b); err != nil {
		panic(err)
	}
	return s, b.Bytes()
})

func TestStreamLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a story of 10,000 events")
	}
	s, jsonl := large()
	n := s.Counts()
	records := n.Actors + n.Territories + n.Sources + n.Statuses + n.Events + n.Identities
	require.Equal(t, records, bytes.Count(jsonl, []byte("\n")))

	r := cli(t, jsonl, "validate")
	require.Equal(t, exitOK, r.status, r.stdout)
	assert.Equal(t, fmt.Sprintf("stdin: valid, %d records\n", records), r.stdout)

	r = cli(t, jsonl, "stats", "-json")
	require.Equal(t, exitOK, r.status, r.stderr)
	var st stats
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &st))
	assert.Equal(t, records, st.Total)
	assert.Equal(t, n.Events, st.Records["events"])
	assert.Equal(t, n.Actors, st.Records["actors"])
	sum := 0
	for _, k := range st.EventsByKind {
		sum += k.Events
	}
	assert.Equal(t, 10_000, sum)
	sum = st.Undated
	for _, d := range st.EventsByDate {
		sum += d.Events
	}
	assert.Equal(t, 10_000, sum)
	for i := 1; i < len(st.EventsByActor); i++ {
		assert.GreaterOrEqual(t, st.EventsByActor[i-1].Events, st.EventsByActor[i].Events)
	}
	top := st.EventsByActor[0]
	assert.Len(t, s.EventsOf(actorID(t, top.ID.String())), top.Events, "the busiest actor, %s", top.Name)

}

func TestStreamLargeWithProblems(t *testing.T) {
	if testing.Short() {
		t.Skip("a story of 10,000 events")
	}
	_, jsonl := large()
	lines := strings.SplitAfter(string(jsonl), "\n")
	lines = lines[:len(lines)-1] // the empty string after the last newline

	// An attack in the middle with a kind that does not exist, and a
	// source that events cite left out.
	broken := -1
	for i := len(lines) / 2; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], `{"event":{"kind":"attack"`) {
			broken = i
			lines[i] = strings.Replace(lines[i], `"kind":"attack"`, `"kind":"atack"`, 1)
			break
		}
	}
	require.Positive(t, broken)
	missing := ""
	for i, l := range lines {
		if strings.HasPrefix(l, `{"source":`) {
			missing = regexp.MustCompile(`"id":"([^"]+)"`).FindStringSubmatch(l)[1]
			if strings.Count(string(jsonl), missing) > 3 {
				lines = append(lines[:i:i], lines[i+1:]...)
				break
			}
		}
	}
	require.NotEmpty(t, missing)
	// The line numbers after the removed line move up by one; the broken
	// line was after it.
	r := cli(t, []byte(strings.Join(lines, "")), "validate", "-json")
	require.Equal(t, exitInvalid, r.status, r.stderr)
	ps := problems(t, r.stdout)
	require.NotEmpty(t, ps)
	assert.Equal(t, "unknown", ps[0].Rule)
	assert.Equal(t, "event.kind", ps[0].Path)
	assert.Equal(t, broken, ps[0].Line, "the line of the broken attack, one up")
	cites := 0
	for _, p := range ps[1:] {
		if p.Rule != "unresolved" || !strings.Contains(p.Message, missing) {
			continue // references to the broken attack, which never arrived
		}
		cites++
		require.Positive(t, p.Line)
		assert.Contains(t, lines[p.Line-1], missing, "line %d holds the reference at %s", p.Line, p.Path)
	}
	assert.Positive(t, cites)
}

func TestProgress(t *testing.T) {
	jsonl, _, _ := article(t)
	stderrIsTerminal := func(f any) bool { _, ok := f.(*bytes.Buffer); return ok }
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin: bytes.NewReader(jsonl), stdout: &stdout, stderr: &stderr,
		terminal: stderrIsTerminal, progressEvery: 20, progressBytes: 8 << 10,
	}
	require.Equal(t, exitOK, e.run([]string{"validate"}))
	assert.Equal(t, "\rnewsevent validate: 20 records\rnewsevent validate: 40 records\rnewsevent validate: 60 records\rnewsevent validate: 80 records\r\033[K", stderr.String())
	assert.Equal(t, "stdin: valid, 83 records\n", stdout.String())

	// A story read whole reports bytes.
	stderr.Reset()
	e.stdin = bytes.NewReader(jsonl)
	require.Equal(t, exitOK, e.run([]string{"convert", "-to", "json", "-out", filepath.Join(t.TempDir(), "story.json")}))
	assert.Regexp(t, `^\rnewsevent convert: \d+ KiB read`, stderr.String())
	assert.True(t, strings.HasSuffix(stderr.String(), "\r\033[K"), "the line is cleared at the end")

	// Nothing on a stream that is not a terminal.
	stderr.Reset()
	e.stdin, e.terminal = bytes.NewReader(jsonl), func(any) bool { return false }
	require.Equal(t, exitOK, e.run([]string{"stats"}))
	assert.Empty(t, stderr.String())
}

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1234: "-1,234"} {
		assert.Equal(t, want, thousands(n))
	}
}

// actorID parses an actor's ID.
func actorID(t *testing.T, s string) actor.ID {
	t.Helper()
	id, err := actor.ParseID(s)
	require.NoError(t, err)
	return id
}
