//go:build !newsevent_jsonv1

package jsonx_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// sample reads itself with the helpers as internal/decgen's code does:
// a number, an integer, a time, a string and a list of strings, each
// member once.
type sample struct {
	N  float64
	I  int
	At time.Time
	S  string
	L  []string
}

func (x *sample) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, func([]byte) error { return nil }, func() error {
		var seen uint64
		if err := jsonx.BeginObject(dec); err != nil {
			return err
		}
		for dec.PeekKind() == '"' {
			name, err := jsonx.Name(dec)
			if err != nil {
				return err
			}
			var bit uint64
			switch string(name) {
			case "n":
				bit, err = 1, jsonx.ReadFloat(dec, &x.N)
			case "i":
				bit, err = 2, jsonx.ReadInt(dec, &x.I)
			case "at":
				bit, err = 4, jsonx.ReadTime(dec, &x.At)
			case "s":
				bit = 8
				x.S, err = jsonx.String(dec)
			case "l":
				bit = 16
				if err = jsonx.BeginArray(dec); err == nil {
					for dec.PeekKind() != ']' && err == nil {
						var s string
						s, err = jsonx.String(dec)
						x.L = append(x.L, s)
					}
					if err == nil {
						err = jsonx.Close(dec)
					}
				}
			default:
				return jsonx.ErrSlow
			}
			if err != nil {
				return err
			}
			if seen&bit != 0 {
				return jsonx.ErrSlow
			}
			seen |= bit
		}
		return jsonx.Close(dec)
	})
}

// TestGeneratedReadsAsTheSlowPath checks the helpers of the generated
// decoders: numbers and times read as the slow path reads them, strings
// unescaped, and everything the generated code does not read (null, a
// name with an escape, a value of another kind, trailing data) refused,
// for the slow path to decide.
func TestGeneratedReadsAsTheSlowPath(t *testing.T) {
	var x sample
	require.NoError(t, jsonx.FastFrom([]byte(`{"n":2.5,"i":-7,"at":"2025-04-24T10:00:00+02:00","s":"a\"b\u00e9","l":["x","y"]}`), &x, jsonx.Limits{}, 0))
	assert.Equal(t, 2.5, x.N)
	assert.Equal(t, -7, x.I)
	assert.True(t, x.At.Equal(time.Date(2025, 4, 24, 8, 0, 0, 0, time.UTC)))
	assert.Equal(t, "a\"bé", x.S)
	assert.Equal(t, []string{"x", "y"}, x.L)

	for _, in := range []string{
		`{"n":0.1000000000000000000001}`, // not exact as a float64
		`{"i":1.5}`,                      // not an integer
		`{"i":9007199254740993}`,         // not exact as a float64, as the scan requires
		`{"n":"2"}`,                      // text for a number
		`{"s":2}`,                        // a number for text
		`{"at":"2025-04-24"}`,            // not RFC 3339
		`{"x":1}`,                        // unknown
		`{"N":1}`,                        // another case
		`{"\u006e":1}`,                   // a name with an escape
		`{"n":null}`,                     // null: the slow path decides
		`{"s":null}`,
		`{"l":null}`,
		`{"l":[null]}`,
		`{"n":1,"n":2}`,    // repeated: jsontext lets it through, the bits do not
		`{"n":1} {}`,       // trailing data
		`{"n":1`,           // cut short
		"{\"s\":\"\xff\"}", // invalid UTF-8
		`[]`,               // not an object
	} {
		var x sample
		assert.Error(t, jsonx.FastFrom([]byte(in), &x, jsonx.Limits{}, 0), "%s", in)
	}

	// null for the whole value leaves it as it is, as encoding/json does.
	y := sample{S: "kept"}
	require.NoError(t, jsonx.FastFrom([]byte(`null`), &y, jsonx.Limits{}, 0))
	assert.Equal(t, "kept", y.S)

	// The limits hold by the type, as on the rest of the fast path.
	assert.Error(t, jsonx.FastFrom([]byte(`{"s":"`+strings.Repeat("a", 50)+`"}`), &x, jsonx.Limits{MaxStringBytes: 40}, 0))
}

// nullable reads its members with the readers that take null, as a
// generated decoder reads a record's members: a number, an integer, a
// time, a string, a bool and a text.
type nullable struct {
	N     float64
	I     int
	At    time.Time
	S     string
	B     bool
	T     []byte
	TNull bool
}

func (x *nullable) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, func([]byte) error { return nil }, func() error {
		if err := jsonx.BeginObject(dec); err != nil {
			return err
		}
		for dec.PeekKind() == '"' {
			name, err := jsonx.Name(dec)
			if err != nil {
				return err
			}
			switch string(name) {
			case "n":
				err = jsonx.ReadFloatOrNull(dec, &x.N)
			case "i":
				err = jsonx.ReadIntOrNull(dec, &x.I)
			case "at":
				err = jsonx.ReadTimeOrNull(dec, &x.At)
			case "s":
				x.S, err = jsonx.StringOrNull(dec)
			case "b":
				x.B, err = jsonx.BoolOrNull(dec)
			case "t":
				var t []byte
				t, x.TNull, err = jsonx.TextOrNull(dec)
				x.T = bytes.Clone(t)
			default:
				return jsonx.ErrSlow
			}
			if err != nil {
				return err
			}
		}
		return jsonx.Close(dec)
	})
}

// The readers of members take null and leave the value as it is, read a
// value as the others do, and refuse a value of another kind.
func TestOrNullReaders(t *testing.T) {
	var x nullable
	require.NoError(t, jsonx.FastFrom([]byte(`{"n":null,"i":null,"at":null,"s":null,"b":null,"t":null}`), &x, jsonx.Limits{}, 0))
	assert.Equal(t, nullable{TNull: true}, x)

	x = nullable{}
	require.NoError(t, jsonx.FastFrom([]byte(`{"n":2.5,"i":-7,"at":"2025-04-24T10:00:00Z","s":"a\u00e9","b":true,"t":""}`), &x, jsonx.Limits{}, 0))
	assert.Equal(t, nullable{N: 2.5, I: -7, At: time.Date(2025, 4, 24, 10, 0, 0, 0, time.UTC), S: "aé", B: true, T: []byte{}}, x,
		"an empty text is not null")

	for _, in := range []string{
		`{"n":"1"}`, `{"n":0.1000000000000000000001}`, `{"i":1.5}`, `{"at":"2025-04-24"}`, `{"at":1}`,
		`{"s":1}`, `{"s":[]}`, `{"b":0}`, `{"b":"true"}`, `{"t":{}}`, `{"n":nul}`,
	} {
		var x nullable
		assert.Error(t, jsonx.FastFrom([]byte(in), &x, jsonx.Limits{}, 0), "%s", in)
	}
}
