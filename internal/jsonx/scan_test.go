package jsonx_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/vocab"
)

func TestScanAcceptsWhatTheLibraryReads(t *testing.T) {
	for _, in := range []string{
		`{}`, `[]`, `""`, `0`, `-0.5e-3`, `true`, `false`, `null`,
		` {"a": [1, 2.5, "x", {"b": null}], "c": {"d": true}} `,
		`{"text":"Київ \u00e9 \ud83d\ude00 \n \" \\ \/"}`,
		`{"n":9007199254740992}`, // 2^53 is exact
		`{"n":0.30000000000000004}`,
		`{"n":1e300}`,
		`{"n":73.22}`,
	} {
		assert.NoError(t, jsonx.Scan([]byte(in), jsonx.Limits{}), in)
		assert.True(t, json.Valid([]byte(in)), "the test input %s is JSON", in)
	}
}

func TestScanLocatesWhatIsWrong(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		offset   int64
		path     string
		says     string
	}{
		{"unknown key in another case", `{"a":1,"NAME":2}`, 7, "NAME", `unknown field "NAME"`},
		{"empty key", `{"":1}`, 1, "", `unknown field ""`},
		{"repeated key", `{"x":{"a":1,"a":2}}`, 12, "x.a", `"a" appears twice`},
		{"repeated key, escaped", `{"a":1,"\u0061":2}`, 7, "a", `"a" appears twice`},
		{"invalid UTF-8", "{\"a\":\"x\xffy\"}", 7, "", "invalid UTF-8"},
		{"lone high surrogate", `{"a":["ok","\ud800x"]}`, 12, "a[1]", "lone surrogate"},
		{"lone low surrogate", `{"a":"\udc00"}`, 6, "a", "lone surrogate"},
		{"byte order mark", "\xEF\xBB\xBF{}", 0, "", "byte order mark"},
		{"integer above 2^53", `{"a":{"b":[9007199254740993]}}`, 11, "a.b[0]", "cannot be held exactly"},
		{"too many digits", `{"v":0.1000000000000000055511151231257827}`, 5, "v", "cannot be held exactly"},
		{"out of range", `{"v":1e400}`, 5, "v", "out of the range"},
		{"trailing data", `{} {}`, 3, "", "after the JSON value"},
		{"control character", "{\"a\":\"x\ty\"}", 7, "a", "control character"},
		{"bad escape", `{"a":"\x"}`, 6, "a", "invalid escape"},
		{"unterminated string", `{"a":"x`, 5, "a", "unterminated"},
		{"missing colon", `{"a" 1}`, 5, "a", "want ':'"},
		{"missing comma", `[1 2]`, 3, "[0]", "after a value"},
		{"leading zero", `[01]`, 2, "[0]", "after a value"},
		{"bare word", `{"a":yes}`, 5, "a", "beginning of a value"},
		{"empty", ``, 0, "", "end of JSON input"},
		{"unclosed", `{"a":[1`, 7, "a[0]", "end of JSON input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := jsonx.Scan([]byte(tc.in), jsonx.Limits{})
			var p *jsonx.Problem
			require.ErrorAs(t, err, &p)
			assert.Equal(t, tc.offset, p.Offset, "%v", err)
			assert.Equal(t, tc.path, p.Path, "%v", err)
			assert.Contains(t, err.Error(), tc.says)
		})
	}
}

func TestScanLimits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		lim   jsonx.Limits
		limit string
		path  string
	}{
		{"depth", `{"a":[[[1]]]}`, jsonx.Limits{MaxDepth: 3}, "MaxDepth", "a[0][0]"},
		{"keys", `{"a":1,"b":2,"c":3}`, jsonx.Limits{MaxKeys: 2}, "MaxKeys", "c"},
		{"string", `{"a":"abcdef"}`, jsonx.Limits{MaxStringBytes: 5}, "MaxStringBytes", "a"},
		{"bytes", `{"a":"abcdef"}`, jsonx.Limits{MaxBytes: 8}, "MaxBytes", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := jsonx.Scan([]byte(tc.in), tc.lim)
			var le *vocab.LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tc.limit, le.Limit)
			assert.ErrorIs(t, err, vocab.ErrLimit)
			var p *jsonx.Problem
			require.ErrorAs(t, err, &p)
			assert.Equal(t, tc.path, p.Path)
		})
	}
	// At the limit is within it.
	assert.NoError(t, jsonx.Scan([]byte(`{"a":[[1]]}`), jsonx.Limits{MaxDepth: 3}))
	assert.NoError(t, jsonx.Scan([]byte(`{"a":"abcde"}`), jsonx.Limits{MaxStringBytes: 5}))
}

// A deep input is refused by the limit without recursion: a million open
// brackets cost one pass up to the limit. Without a limit, 10,000 levels
// (encoding/json's own bound) are the most a scan accepts.
func TestScanDeepInputIsLinear(t *testing.T) {
	deep := func(n int) []byte { return []byte(strings.Repeat("[", n) + strings.Repeat("]", n)) }
	assert.NoError(t, jsonx.Scan(deep(10_000), jsonx.Limits{}))
	err := jsonx.Scan(deep(1_000_000), jsonx.Limits{})
	var le *vocab.LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, int64(10_000), le.Max)
	err = jsonx.Scan(deep(1_000_000), jsonx.Limits{MaxDepth: 64})
	require.ErrorAs(t, err, &le)
	assert.Equal(t, int64(64), le.Max)
}

// manyKeys returns one object of n distinct lower-case keys.
func manyKeys(n int) []byte {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + strconv.Itoa(i) + `":1`)
	}
	b.WriteByte('}')
	return []byte(b.String())
}

// The repeated-key check is linear: an object of 95,000 distinct keys
// (about 1 MiB) is scanned, and rejected by the decoder, quickly. (The
// benchmark BenchmarkScanManyKeys measures it; this checks the growth.)
func TestScanManyKeysIsLinear(t *testing.T) {
	small, large := manyKeys(1_000), manyKeys(100_000)
	measure := func(data []byte) time.Duration {
		best := time.Hour
		for range 3 {
			start := time.Now()
			require.NoError(t, jsonx.Scan(data, jsonx.Limits{}))
			best = min(best, time.Since(start))
		}
		return best
	}
	ts, tl := measure(small), measure(large)
	// A hundred times the keys: linear work takes about a hundred times
	// as long, the old pairwise check ten thousand times. The bound sits
	// a factor of ten from each, so a busy machine (-race, packages in
	// parallel) does not fail it and a quadratic check cannot pass it.
	assert.Less(t, tl, 1000*ts+20*time.Millisecond, "1k keys %v, 100k keys %v", ts, tl)

	var v struct {
		Name string `json:"name"`
	}
	err := jsonx.Strict("test", large, &v)
	var unknown *vocab.UnknownError
	require.ErrorAs(t, err, &unknown)
	assert.Equal(t, "k0", unknown.Value)
	var d *vocab.DecodeError
	require.True(t, errors.As(err, &d))
	assert.Equal(t, int64(1), d.Offset)
}

func BenchmarkScanManyKeys(b *testing.B) {
	data := manyKeys(95_000)
	b.SetBytes(int64(len(data)))
	var v struct {
		Name string `json:"name"`
	}
	for b.Loop() {
		if err := jsonx.Strict("bench", data, &v); err == nil {
			b.Fatal("an object of unknown keys decoded")
		}
	}
}
