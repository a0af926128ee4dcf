package jsonw_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonw"
)

var samples = []string{"", "plain", "<script>&amp;</script>", "\"q\" \\ /", "\b\f\n\r\t\x00\x01\x1f\x7f", "\u2028\u2029", "bad \xff\xfe utf-8 \xe2\x82", "Київ 北京 é", "\U0001F600"}

// FuzzString checks String against json.Marshal of a string.
func FuzzString(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(jsonw.String([]byte("x"), s)[1:]))
	})
}

// FuzzFloat checks Float against json.Marshal of a float64.
func FuzzFloat(f *testing.F) {
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -2.5, 1e21, 1e20, 1e-6, 1e-7, -1e-9, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1)} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		want, wantErr := json.Marshal(x)
		got, err := jsonw.Float(nil, x)
		if wantErr != nil {
			var u *json.UnsupportedValueError
			assert.ErrorAs(t, err, &u)
			return
		}
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	})
}

// TestValues checks UUID, Time and an Object against json.Marshal.
func TestValues(t *testing.T) {
	u := uuid.NewSHA1(uuid.NameSpaceURL, []byte("x"))
	want, _ := json.Marshal(u)
	assert.Equal(t, string(want), string(jsonw.UUID(nil, u)))
	for _, tm := range []time.Time{{}, time.Date(2025, 3, 4, 5, 6, 7, 8, time.UTC), time.Date(2025, 3, 4, 5, 6, 7, 0, time.FixedZone("x", 3600))} {
		want, _ := json.Marshal(tm)
		got, err := jsonw.Time(nil, tm)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	}
	_, err := jsonw.Time([]byte("ab"), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.Error(t, err)

	o := jsonw.Start([]byte("["))
	o.String("s", "<")
	o.Float("f", 1.5)
	o.UUID("u", u)
	o.Value("v", []int{1, 2})
	got, err := o.End()
	require.NoError(t, err)
	want, _ = json.Marshal(struct {
		S string    `json:"s"`
		F float64   `json:"f"`
		U uuid.UUID `json:"u"`
		V []int     `json:"v"`
	}{"<", 1.5, u, []int{1, 2}})
	assert.Equal(t, "["+string(want), string(got))

	o = jsonw.Start(nil)
	o.Float("f", math.NaN())
	o.String("s", "after the error")
	_, err = o.End()
	assert.Error(t, err)
	empty := jsonw.Start(nil)
	got, err = empty.End()
	require.NoError(t, err)
	assert.Equal(t, "{}", string(got))
}

// TestArrays: Array and UUIDs write what json.Marshal writes for the same
// slices, and Array stops at the first error.
func TestArrays(t *testing.T) {
	ids := []uuid.UUID{uuid.New(), uuid.New()}
	want, err := json.Marshal(ids)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(jsonw.UUIDs(nil, ids)))
	assert.Equal(t, "[]", string(jsonw.UUIDs(nil, []uuid.UUID{})))

	text := func(s *string, b []byte) ([]byte, error) {
		if *s == "stop" {
			return b, assert.AnError
		}
		return jsonw.String(b, *s), nil
	}
	got, err := jsonw.Array(nil, samples, text)
	require.NoError(t, err)
	want, err = json.Marshal(samples)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	_, err = jsonw.Array(nil, []string{"a", "stop", "b"}, text)
	assert.ErrorIs(t, err, assert.AnError)

	// Slice writes a nil slice as json.Marshal does, else as Array.
	for _, l := range [][]string{nil, {}, samples} {
		want, err := json.Marshal(l)
		require.NoError(t, err)
		got, err := jsonw.Slice([]byte("x"), l, text)
		require.NoError(t, err)
		assert.Equal(t, "x"+string(want), string(got))
	}
	_, err = jsonw.Slice(nil, []string{"stop"}, text)
	assert.ErrorIs(t, err, assert.AnError)
}

// color is a closed set for the test of Enum and AppendEnum.
type color string

func (c color) IsValid() bool { return c == "red" || c == "blue" }

func (c color) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, errors.New("color: not in the set: " + string(c))
	}
	return []byte(c), nil
}

// A value of a closed set is written as encoding/json writes it; one out
// of the set gives the error of its MarshalText.
func TestEnum(t *testing.T) {
	o := jsonw.Start(nil)
	jsonw.Enum(&o, "c", color("red"))
	got, err := o.End()
	require.NoError(t, err)
	want, err := json.Marshal(struct {
		C color `json:"c"`
	}{"red"})
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	o = jsonw.Start(nil)
	jsonw.Enum(&o, "c", color("green"))
	_, err = o.End()
	assert.ErrorContains(t, err, "not in the set: green")

	b, err := jsonw.AppendEnum([]byte("x"), color("blue"))
	require.NoError(t, err)
	assert.Equal(t, `x"blue"`, string(b))
	_, err = jsonw.AppendEnum(nil, color(""))
	assert.ErrorContains(t, err, "not in the set")
}
