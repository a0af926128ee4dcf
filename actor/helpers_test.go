package actor_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
)

// problem is the part of an actor.Problem that tests assert on: where and
// which rule, never the sentence.
type problem struct{ Path, Rule string }

// problemsOf returns the path and rule of every problem in err, which must
// be an *actor.ValidationError.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	var ve *actor.ValidationError
	require.ErrorAs(t, err, &ve)
	out := make([]problem, 0, len(ve.Problems))
	for _, p := range ve.Problems {
		assert.NotEmpty(t, p.Message, "problem %s/%s has no message", p.Path, p.Rule)
		out = append(out, problem{p.Path, p.Rule})
	}
	return out
}

// assertNoError checks that err is a nil interface, not a typed nil.
func assertNoError(t *testing.T, err error) {
	t.Helper()
	assert.True(t, err == nil, "want a nil error, got %#v", err)
}

// textEnum is what every enum of the package implements.
type textEnum interface {
	~string
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// testEnum checks the contract every enum keeps: the values are the wire
// strings want, each round-trips through text, JSON and parse, the list is
// a fresh copy, and anything else is rejected with an error that quotes it.
func testEnum[T textEnum, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, values func() []T, parse func(string) (T, error), want []string) {
	t.Helper()
	got := values()
	wire := make([]string, len(got))
	for i, v := range got {
		wire[i] = string(v)
	}
	require.Equal(t, want, wire)

	for _, v := range got {
		assert.True(t, v.IsValid(), "%q", v)
		assert.Equal(t, string(v), v.String())

		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, string(v), string(b))
		var back T
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, v, back)

		p, err := parse(string(v))
		require.NoError(t, err)
		assert.Equal(t, v, p)

		j, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, strconv.Quote(string(v)), string(j))
		var fromJSON T
		require.NoError(t, json.Unmarshal(j, &fromJSON))
		assert.Equal(t, v, fromJSON)

		if up := strings.ToUpper(string(v)); up != string(v) {
			_, err := parse(up)
			assert.Error(t, err, "parsing is case-sensitive: %q", up)
		}
	}

	fresh := values()
	fresh[0] = "mutated"
	assert.Equal(t, got[0], values()[0], "the list must be a fresh copy")

	for _, bad := range []string{"", "bogus", " " + string(got[0]), string(got[0]) + "s"} {
		assert.False(t, T(bad).IsValid(), "%q", bad)
		_, err := parse(bad)
		require.Error(t, err, "parse(%q)", bad)
		assert.Contains(t, err.Error(), strconv.Quote(bad), "the error quotes the input")

		_, err = T(bad).MarshalText()
		assert.Error(t, err, "MarshalText(%q)", bad)
		_, err = json.Marshal(T(bad))
		assert.Error(t, err, "json.Marshal(%q)", bad)

		v := got[0]
		err = P(&v).UnmarshalText([]byte(bad))
		require.Error(t, err)
		assert.Contains(t, err.Error(), strconv.Quote(bad))
		assert.Equal(t, got[0], v, "a failed UnmarshalText leaves the value alone")

		assert.Error(t, json.Unmarshal([]byte(strconv.Quote(bad)), &v), "JSON %q", bad)
	}
}
