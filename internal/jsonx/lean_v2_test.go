//go:build !newsevent_jsonv1

package jsonx_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// A wire struct of the hot path: its numbers and times read themselves.
type leanWire struct {
	N  *jsonx.Float `json:"n"`
	I  jsonx.Int    `json:"i"`
	At *jsonx.Time  `json:"at"`
	S  string       `json:"s"`
}

// reads is a type that reads itself through jsonx.From and jsonx.Decode,
// as the records of the module do; into says what it decodes into.
type reads[W any] struct{ w W }

func (r *reads[W]) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, func([]byte) error { return nil }, func() error { return jsonx.Decode(dec, &r.w) })
}

// TestHotPathReadsNumbersExactly checks that FastIn, which decodes without
// encoding/json/v2's typed unmarshalers, reads numbers and times through
// Float, Int and Time as the slow path reads them, and refuses what the
// slow path refuses.
func TestHotPathReadsNumbersExactly(t *testing.T) {
	var r reads[leanWire]
	require.NoError(t, jsonx.FastIn([]byte(`{"n":2.5,"i":-7,"at":"2025-04-24T10:00:00+02:00","s":"x"}`), &r, jsonx.Limits{}, 0))
	require.NotNil(t, r.w.N)
	require.NotNil(t, r.w.At)
	assert.Equal(t, 2.5, float64(*r.w.N))
	assert.Equal(t, -7, int(r.w.I))
	assert.True(t, time.Time(*r.w.At).Equal(time.Date(2025, 4, 24, 8, 0, 0, 0, time.UTC)))

	for _, in := range []string{
		`{"n":0.1000000000000000000001}`, // not exact as a float64
		`{"i":1.5}`,                      // not an integer
		`{"i":9007199254740993}`,         // not exact as a float64, as the scan requires
		`{"n":"2"}`,                      // text for a number
		`{"at":"2025-04-24"}`,            // not RFC 3339
		`{"x":1}`,                        // unknown
	} {
		var r reads[leanWire]
		assert.Error(t, jsonx.FastIn([]byte(in), &r, jsonx.Limits{}, 0), in)
	}

	var null reads[leanWire]
	require.NoError(t, jsonx.FastIn([]byte(`{"n":null,"i":null,"at":null}`), &null, jsonx.Limits{}, 0))
	assert.Nil(t, null.w.N)
	assert.Nil(t, null.w.At)
}

// TestHotPathRefusesNativeNumbers checks that a wire struct that would
// leave a float64, an int or a time.Time to encoding/json/v2 is refused
// on the hot path (where no typed unmarshaler reads it exactly), and read
// by Fast, which has them.
func TestHotPathRefusesNativeNumbers(t *testing.T) {
	in := []byte(`{"n":0.5}`)
	var f reads[struct {
		N float64 `json:"n"`
	}]
	assert.Error(t, jsonx.FastIn(in, &f, jsonx.Limits{}, 0))
	var tm reads[struct {
		N time.Time `json:"n"`
	}]
	assert.Error(t, jsonx.FastIn([]byte(`{"n":"2025-04-24T00:00:00Z"}`), &tm, jsonx.Limits{}, 0))

	var plain struct {
		N float64 `json:"n"`
	}
	require.NoError(t, jsonx.Fast(in, &plain, jsonx.Limits{}))
	assert.Equal(t, 0.5, plain.N)
}
