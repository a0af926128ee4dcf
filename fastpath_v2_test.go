//go:build !newsevent_jsonv1

package newsevent

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// TestRecordsDecodeFromTheStream checks that every type with its own
// UnmarshalJSON also reads itself from encoding/json/v2's token stream
// (jsonx.Decoder is jsontext.Decoder), so that v2 decodes a record in one
// pass and never hands a nested value to UnmarshalJSON to decode again.
func TestRecordsDecodeFromTheStream(t *testing.T) {
	type from interface{ UnmarshalJSONFrom(*jsonx.Decoder) error }
	values := []any{new(actor.Actor), new(actor.Role), new(source.Source), new(source.Time), new(source.Count),
		new(territory.Territory), new(territory.Status), new(territory.Point), new(Identity)}
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		values = append(values, e)
	}
	for _, v := range values {
		_, ok := v.(from)
		require.True(t, ok, "%T has no UnmarshalJSONFrom", v)
	}
}

// TestFastPathTakesEveryLine checks that the fast path decodes every
// line the encoder writes through the fast path: a type it could not
// take would fall back to the slow path on every line, correct but slow.
func TestFastPathTakesEveryLine(t *testing.T) {
	n := 0
	for c := range corpusLines(t) {
		n++
		_, ok := decodeLineFast(c.line, DefaultLimits().resolved())
		require.True(t, ok, "%s: %s", c.at, c.line)
	}
	require.Positive(t, n)
}

// corpusLine is a line of the corpora the fast path's tests read: lines
// as the encoder writes them, of the worked article and of 100 generated
// events.
type corpusLine struct {
	at   string // file:line
	n    int    // the line's number in its file
	line []byte // without its newline
}

// corpusLines yields every line of the corpora.
func corpusLines(tb testing.TB) iter.Seq[corpusLine] {
	return func(yield func(corpusLine) bool) {
		for _, name := range []string{"testdata/compat/v1/article.jsonl", "testdata/compat/v1/generated-100.jsonl"} {
			data, err := os.ReadFile(name)
			require.NoError(tb, err)
			n := 0
			for line := range bytes.Lines(data) {
				n++
				if !yield(corpusLine{fmt.Sprintf("%s:%d", name, n), n, bytes.TrimRight(line, "\n")}) {
					return
				}
			}
		}
	}
}

// FuzzFastPathAgrees checks the fast path against the hand-written one
// on any line: what the fast path takes, under the default limits and
// under tight ones, the slow path takes too, as the same record; what
// the fast path refuses, the slow path decides (and says why).
func FuzzFastPathAgrees(f *testing.F) {
	k := 0
	for c := range corpusLines(f) {
		f.Add(c.line)
		// and the line with one member, a different one each line, set
		// to null (see TestFastPathReadsNullAsTheSlowPath)
		if at := memberValues(f, c.line); len(at) > 0 {
			m := at[k%len(at)]
			f.Add(slices.Concat(c.line[:m[0]], []byte("null"), c.line[m[1]:]))
		}
		k++
	}
	tight := Limits{MaxDepth: 4, MaxKeys: 8, MaxStringBytes: 40}.resolved()
	f.Fuzz(func(t *testing.T, line []byte) {
		for _, l := range []Limits{DefaultLimits().resolved(), tight} {
			fast, ok := decodeLineFast(line, l)
			if !ok {
				continue
			}
			slow, err := decodeLineScan(line, 1, l)
			require.NoError(t, err, "the fast path takes %q, the slow one refuses it", line)
			require.Equal(t, slow, fast, "%q", line)
		}
	})
}

// TestFastPathRefusesWhatItDoesNotRead checks the generated decoders
// (decode_gen.go and those of the kinds' packages) on the lines the
// encoder wrote, changed as no encoder writes them: a member repeated, at
// the top of a record and in a nested one (jsontext lets repeated names
// through on the fast path; the decoders' own bits must not), a name with
// an escape or in another case. The fast path must
// refuse each, and the line must decode (or fail) as the slow path alone
// decodes it.
func TestFastPathRefusesWhatItDoesNotRead(t *testing.T) {
	id := regexp.MustCompile(`"id":"[0-9a-f-]{36}"`)
	qualifier := regexp.MustCompile(`"qualifier":"[a-z_]+"`)
	changes := []struct {
		name string
		re   *regexp.Regexp
		to   func(string) string
	}{
		{"repeated id", id, func(m string) string { return m + "," + m }},
		{"repeated nested member", qualifier, func(m string) string { return m + "," + m }},
		{"escaped name", id, func(m string) string { return `"\u0069d"` + m[4:] }},
		{"another case", id, func(m string) string { return `"ID"` + m[4:] }},
	}
	l := DefaultLimits().resolved()
	for c := range corpusLines(t) {
		for _, ch := range changes {
			loc := ch.re.FindIndex(c.line)
			if loc == nil {
				continue
			}
			changed := slices.Concat(c.line[:loc[0]], []byte(ch.to(string(c.line[loc[0]:loc[1]]))), c.line[loc[1]:])
			_, ok := decodeLineFast(changed, l)
			assert.False(t, ok, "%s, %s: the fast path took %s", c.at, ch.name, changed)
			got, gotErr := decodeLine(changed, c.n, l)
			want, wantErr := decodeLineScan(changed, c.n, l)
			assert.Equal(t, wantErr, gotErr, "%s, %s", c.at, ch.name)
			assert.Equal(t, want, got, "%s, %s", c.at, ch.name)
		}
	}
}

// TestFastPathReadsNullAsTheSlowPath sets each member of each line the
// encoder wrote to null in turn, at every depth: the fast path takes a
// null member as left out where the slow path reads it so, and whatever
// it takes it reads as the slow path does; the rest (null in a list, a
// figure's numbers, a record that is null) it refuses, and the slow path
// decides. Lines from tools that write null for what is absent (pandas,
// JavaScript) then decode at the fast path's speed.
func TestFastPathReadsNullAsTheSlowPath(t *testing.T) {
	l := DefaultLimits().resolved()
	variants, taken := 0, 0
	for c := range corpusLines(t) {
		for _, at := range memberValues(t, c.line) {
			if string(c.line[at[0]:at[1]]) == "null" {
				continue
			}
			variants++
			changed := slices.Concat(c.line[:at[0]], []byte("null"), c.line[at[1]:])
			want, wantErr := decodeLineScan(changed, c.n, l)
			if fast, ok := decodeLineFast(changed, l); ok {
				taken++
				require.NoError(t, wantErr, "%s: the fast path takes %s", c.at, changed)
				require.Equal(t, want, fast, "%s: %s", c.at, changed)
			}
			got, gotErr := decodeLine(changed, c.n, l)
			require.Equal(t, wantErr, gotErr, "%s: %s", c.at, changed)
			require.Equal(t, want, got, "%s: %s", c.at, changed)
		}
	}
	t.Logf("the fast path took %d of %d lines with a null member", taken, variants)
	// Most members are optional values of the records themselves; the
	// rest are figures' numbers, list elements' members and the like.
	assert.Greater(t, taken, variants/2, "the fast path refuses most nulls")
}

// memberValues returns where the value of each member of each object in
// line, at every depth, starts and ends.
func memberValues(t testing.TB, line []byte) [][2]int {
	dec := jsontext.NewDecoder(bytes.NewReader(line))
	var out [][2]int
	for {
		if kind, n := dec.StackIndex(dec.StackDepth()); kind == '{' && n%2 == 1 {
			start := int(dec.InputOffset())
			for line[start] == ':' || line[start] == ' ' {
				start++
			}
			out = append(out, [2]int{start, len(bytes.TrimRight(line[:jsonx.End(line, start)], " "))})
		}
		if _, err := dec.ReadToken(); err != nil {
			require.ErrorIs(t, err, io.EOF)
			return out
		}
	}
}
