// Package testutil holds the test helpers that every package of newsevent
// shares: reading problems out of a validation error, the contracts that
// every enum and every typed ID keep, and whether a generated file is
// current. It is imported by tests only.
package testutil

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/newsevent/newsevent/vocab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Problem is the part of a validation problem that tests assert on: where
// and which rule, never the sentence.
type Problem struct {
	Path string
	Rule vocab.Rule
}

// ProblemsOf returns the path and rule of every problem in err, which must
// be a *vocab.ValidationError (the ValidationError of every public package); each
// problem must have a message.
func ProblemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var ve *vocab.ValidationError
	require.ErrorAs(t, err, &ve)
	out := make([]Problem, 0, len(ve.Problems))
	for _, p := range ve.Problems {
		assert.NotEmpty(t, p.Message, "problem %s/%s has no message", p.Path, p.Rule)
		assert.Contains(t, vocab.Rules(), p.Rule, "problem %s has a rule that package vocab does not declare", p.Path)
		out = append(out, Problem{p.Path, p.Rule})
	}
	return out
}

// AssertNilError checks that err is a nil interface, not a typed nil.
func AssertNilError(t *testing.T, err error) {
	t.Helper()
	assert.True(t, err == nil, "want a nil error, got %#v", err)
}

// Enum is what every closed set of newsevent implements.
type Enum interface {
	~string
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
}

// TestEnum checks the contract every enum keeps: the values are the wire
// strings want, each round-trips through text, JSON and parse, the list is
// a fresh copy, and anything else is rejected with an error that quotes it.
func TestEnum[T Enum, P interface {
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
		var unknown *vocab.UnknownError
		require.ErrorAs(t, err, &unknown, "an unknown value is a *vocab.UnknownError")
		assert.Equal(t, bad, unknown.Value)
		assert.ErrorIs(t, err, vocab.ErrUnknown)

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

// ID is what every typed ID of newsevent implements.
type ID interface {
	~[16]byte
	String() string
	IsZero() bool
	MarshalText() ([]byte, error)
}

// TestID checks the contract every typed ID keeps: IDs from a key are
// version 5 and the same for the same key; new IDs are version 7 and
// differ; the zero ID is zero; parsing takes only the canonical form, with
// errors that start with scope; and text and JSON round-trip as a string.
func TestID[T ID, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, scope string, newID func() T, idFor func(string) T, parse func(string) (T, error)) {
	t.Helper()
	a := idFor("A4")
	assert.Equal(t, a, idFor("A4"), "the same key gives the same ID")
	assert.NotEqual(t, a, idFor("A5"))
	assert.NotEqual(t, a, idFor("a4"), "keys are case-sensitive")
	assert.Equal(t, uuid.Version(5), uuid.UUID(a).Version())
	assert.False(t, a.IsZero())
	assert.False(t, idFor("").IsZero(), "even the empty key gives a non-zero ID")

	n1, n2 := newID(), newID()
	assert.NotEqual(t, n1, n2)
	assert.Equal(t, uuid.Version(7), uuid.UUID(n1).Version())
	assert.Equal(t, uuid.RFC4122, uuid.UUID(n1).Variant())
	assert.False(t, n1.IsZero())

	var zero T
	assert.True(t, zero.IsZero())
	assert.Equal(t, "00000000-0000-0000-0000-000000000000", zero.String())

	got, err := parse(a.String())
	require.NoError(t, err)
	assert.Equal(t, a, got)
	got, err = parse(strings.ToUpper(a.String()))
	require.NoError(t, err)
	assert.Equal(t, a, got)
	hex := strings.ReplaceAll(a.String(), "-", "")
	for _, bad := range []string{
		"",
		hex,                                     // 32 hex digits
		"{" + a.String() + "}",                  // braced
		"urn:uuid:" + a.String(),                // URN
		a.String()[:35],                         // short
		a.String() + "0",                        // long
		strings.Repeat("g", 8) + a.String()[8:], // not hex
		"the quick brown fox jumps over dogs!",  // 36 characters of garbage
	} {
		got, err := parse(bad)
		require.Error(t, err, "parse(%q)", bad)
		assert.True(t, got.IsZero(), "a failed parse gives the zero ID")
		assert.True(t, strings.HasPrefix(err.Error(), scope+": "), "%v", err)
	}

	for _, id := range []T{a, n1, zero} {
		b, err := id.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, id.String(), string(b))
		var back T
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, id, back)

		j, err := json.Marshal(id)
		require.NoError(t, err)
		assert.Equal(t, `"`+id.String()+`"`, string(j), "an ID encodes as a string, not as 16 numbers")
		var fromJSON T
		require.NoError(t, json.Unmarshal(j, &fromJSON))
		assert.Equal(t, id, fromJSON)
	}
	var id T
	assert.Error(t, P(&id).UnmarshalText([]byte("nope")))
	assert.Error(t, json.Unmarshal([]byte(`[1,2,3]`), &id))
}

// AssertSetters checks the builder contract that a setter fills every
// field: *B has a method named after each exported field of the record T
// but those the builder's constructor takes (given in byConstructor) and
// embedded structs (a header given as a literal). A field added to a
// record without its setter fails here.
func AssertSetters[B, T any](t *testing.T, byConstructor ...string) {
	t.Helper()
	bt, rt := reflect.TypeFor[*B](), reflect.TypeFor[T]()
	for f := range rt.Fields() {
		if !f.IsExported() || f.Anonymous || slices.Contains(byConstructor, f.Name) {
			continue
		}
		_, ok := bt.MethodByName(f.Name)
		assert.True(t, ok, "%s has no setter %s for %s.%s", bt, f.Name, rt, f.Name)
	}
}

// AssertGenerated checks that the file at path, relative to the module
// root root, holds want, what its generator makes from the Go types now:
// a kind, field or enum value added without `go generate .` fails here.
func AssertGenerated(t *testing.T, root, path string, want []byte) {
	t.Helper()
	onDisk, err := os.ReadFile(filepath.Join(root, path))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(onDisk), "%s is out of date: run go generate . in the module root", path)
}
