package testutil

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/vocab"
)

// The fuzz property that every text type of the module keeps (IDs, enums,
// countries, grades): each package's FuzzUnmarshalText lists its types
// with TextOf and runs them with FuzzText.

// TextCase is one text type that a package's FuzzUnmarshalText checks:
// its name, the check of one input, and its seeds.
type TextCase struct {
	name  string
	check func(t *testing.T, text []byte)
	seeds []string
}

// TextOf returns the case of the text type T, whose *T decodes text:
// parse is the package's own parser of the same text, start a non-zero
// value the decoding starts from, values every value of an enum (nil for
// other types), canon what MarshalText writes for a text it accepted (nil
// when the spelling may change, as for a duration), and emptyZero says
// that empty text is the zero value though parse rejects it (countries,
// subdivisions, currencies). unknown says that a rejected text is a
// *vocab.UnknownError.
//
// The property: UnmarshalText never panics; it agrees with parse; what it
// accepts MarshalText writes back, as canon says, and UnmarshalText reads
// that to an equal value; what it rejects leaves the value as it was or
// zero (no text type documents which: IDs and grades zero it, enums keep
// it).
func TextOf[T comparable, P interface {
	*T
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}](name string, start T, parse func(string) (T, error), values []T, canon func([]byte) []byte, emptyZero, unknown bool) TextCase {
	var seeds []string
	for _, v := range values {
		seeds = append(seeds, fmt.Sprint(v))
	}
	return TextCase{name: name, seeds: seeds, check: func(t *testing.T, text []byte) {
		var zero T
		v := start
		err := P(&v).UnmarshalText(text)
		if emptyZero && len(text) == 0 {
			require.NoError(t, err, "%s: empty text", name)
			require.Equal(t, zero, v, "%s: empty text", name)
			out, err := P(&v).MarshalText()
			require.NoError(t, err, name)
			require.Empty(t, out, name)
			return
		}
		pv, perr := parse(string(text))
		if err != nil {
			require.Error(t, perr, "%s: UnmarshalText rejects %q, which the parser reads as %v", name, text, pv)
			require.True(t, v == start || v == zero, "%s: UnmarshalText(%q) failed and left %v, neither the value before nor zero", name, text, v)
			if unknown {
				require.ErrorIs(t, err, vocab.ErrUnknown, "%s: %q", name, text)
			}
			return
		}
		require.NoError(t, perr, "%s: the parser rejects %q, which UnmarshalText reads as %v", name, text, v)
		require.Equal(t, pv, v, "%s: UnmarshalText and the parser disagree on %q", name, text)
		if values != nil {
			require.Contains(t, values, v, "%s: %q", name, text)
		}
		out, err := P(&v).MarshalText()
		require.NoError(t, err, "%s: %q decodes to %v, which does not encode", name, text, v)
		if canon != nil {
			require.Equal(t, string(canon(text)), string(out), "%s: %q", name, text)
		}
		var back T
		require.NoError(t, P(&back).UnmarshalText(out), "%s: %q encodes as %q, which does not decode", name, text, out)
		require.Equal(t, v, back, "%s: round trip of %q through %q", name, text, out)
		again, err := P(&back).MarshalText()
		require.NoError(t, err, name)
		require.Equal(t, string(out), string(again), "%s: %q", name, text)
	}}
}

// Same is the canonical spelling of an enum, a country or a grade: the
// text itself.
func Same(b []byte) []byte { return b }

// FuzzText runs every case on each input, after seeding the fuzzer with
// each case's values and extra.
func FuzzText(f *testing.F, cases []TextCase, extra ...string) {
	for _, c := range cases {
		for _, s := range c.seeds {
			f.Add([]byte(s))
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, c := range cases {
			c.check(t, text)
		}
	})
}
