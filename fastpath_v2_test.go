//go:build !newsevent_jsonv1

package newsevent

import (
	"bufio"
	"bytes"
	"os"
	"testing"

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
	for _, name := range []string{"testdata/compat/v1/article.jsonl"} {
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
