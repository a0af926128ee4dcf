//go:build !newsevent_jsonv1

package newsevent

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"slices"
	"testing"

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
	for _, name := range []string{"testdata/compat/v1/article.jsonl", "testdata/compat/v1/generated-100.jsonl"} {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			n++
			_, ok := decodeLineFast(sc.Bytes(), DefaultLimits().resolved())
			require.True(t, ok, "%s:%d: %s", name, n, sc.Bytes())
		}
		require.NoError(t, f.Close())
		require.Positive(t, n)
	}
}

// FuzzFastPathAgrees checks the fast path against the hand-written one
// on any line: what the fast path takes, under the default limits and
// under tight ones, the slow path takes too, as the same record; what
// the fast path refuses, the slow path decides (and says why).
func FuzzFastPathAgrees(f *testing.F) {
	for _, name := range []string{"testdata/compat/v1/article.jsonl", "testdata/compat/v1/generated-100.jsonl"} {
		data, err := os.ReadFile(name)
		require.NoError(f, err)
		for line := range bytes.Lines(data) {
			f.Add(bytes.TrimRight(line, "\n"))
		}
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
// through on the fast path; the decoders' own bits must not), null for a
// value, a name with an escape or in another case. The fast path must
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
		{"null", qualifier, func(string) string { return `"qualifier":null` }},
		{"escaped name", id, func(m string) string { return `"\u0069d"` + m[4:] }},
		{"another case", id, func(m string) string { return `"ID"` + m[4:] }},
	}
	l := DefaultLimits().resolved()
	for _, name := range []string{"testdata/compat/v1/article.jsonl", "testdata/compat/v1/generated-100.jsonl"} {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		n := 0
		for line := range bytes.Lines(data) {
			n++
			line = bytes.TrimRight(line, "\n")
			for _, c := range changes {
				loc := c.re.FindIndex(line)
				if loc == nil {
					continue
				}
				changed := slices.Concat(line[:loc[0]], []byte(c.to(string(line[loc[0]:loc[1]]))), line[loc[1]:])
				_, ok := decodeLineFast(changed, l)
				assert.False(t, ok, "%s:%d, %s: the fast path took %s", name, n, c.name, changed)
				got, gotErr := decodeLine(changed, n, l)
				want, wantErr := decodeLineScan(changed, n, l)
				assert.Equal(t, wantErr, gotErr, "%s:%d, %s", name, n, c.name)
				assert.Equal(t, want, got, "%s:%d, %s", name, n, c.name)
			}
		}
	}
}
