package source_test

import (
	"bytes"
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// FuzzUnmarshalText decodes each input as every text type of the package
// (Kind, Verb, Qualifier, Precision, Bound, Reliability, Credibility,
// Grade, ID, Magnitude, Modality, Period); see utTextOf for the property.
func FuzzUnmarshalText(f *testing.F) {
	b2, err := source.ParseGrade("B2")
	require.NoError(f, err)
	utFuzz(f, []utCase{
		utTextOf("Kind", source.KindReport, source.ParseKind, source.Kinds(), utSame, false, true),
		utTextOf("Verb", source.VerbSaid, source.ParseVerb, source.Verbs(), utSame, false, true),
		utTextOf("Qualifier", source.QualifierNearly, source.ParseQualifier, source.Qualifiers(), utSame, false, true),
		utTextOf("Precision", source.PrecisionDay, source.ParsePrecision, source.Precisions(), utSame, false, true),
		utTextOf("Bound", source.BoundSince, source.ParseBound, source.Bounds(), utSame, false, true),
		utTextOf("Reliability", source.ReliabilityB, source.ParseReliability, source.Reliabilities(), utSame, false, true),
		utTextOf("Credibility", source.Credibility2, source.ParseCredibility, source.Credibilities(), utSame, false, true),
		utTextOf("Grade", b2, source.ParseGrade, nil, utSame, false, false),
		utTextOf("ID", source.IDFor("start"), source.ParseID, nil, bytes.ToLower, false, false),
		utTextOf("Magnitude", source.MagnitudeFew, source.ParseMagnitude, source.Magnitudes(), utSame, false, true),
		utTextOf("Modality", source.ModalityEstimated, source.ParseModality, source.Modalities(), utSame, false, true),
		utTextOf("Period", source.Period{Years: 2, Days: 2}, source.ParsePeriod, nil, nil, false, false),
	},
		"", " ", "Report", "said ", "NEARLY", "at least", "at-least", "not_before\x00", "\xff",
		"A1", "B2", "F6", "A6", "b2", "G7", "A0", "B", "B22", "2B", "BB", "22", "\xc3\xa91",
		source.IDFor("reuters report").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E", "00000000-0000-0000-0000-000000000000",
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "0196b1a07d3c7c4e9a523f0e1b2c4d5e", "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g",
		"P2Y2D", "PT72H", "P1Y6M", "P3W", "P1Y2M3W4DT5H6M", "P0D", "PT0M", "P", "PT", "P1S", "PT1S", "P1.5Y", "P-1D", "p2y",
		"P2D2Y", "P1W1D", "P99999999999999999999Y", "P9223372036854775807D", "P+1D", "P 1D", "P1Y ",
	)
}

// utCase is one text type that FuzzUnmarshalText checks.
type utCase struct {
	name  string
	check func(t *testing.T, text []byte)
	seeds []string
}

// utTextOf returns the case of the text type T, whose *T decodes text:
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
func utTextOf[T comparable, P interface {
	*T
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}](name string, start T, parse func(string) (T, error), values []T, canon func([]byte) []byte, emptyZero, unknown bool) utCase {
	var seeds []string
	for _, v := range values {
		seeds = append(seeds, fmt.Sprint(v))
	}
	return utCase{name: name, seeds: seeds, check: func(t *testing.T, text []byte) {
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

// utSame is the canonical spelling of an enum, a country or a grade: the
// text itself.
func utSame(b []byte) []byte { return b }

// utFuzz runs every case on each input, after seeding the fuzzer with
// each case's values and extra.
func utFuzz(f *testing.F, cases []utCase, extra ...string) {
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
