package source_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/source"
)

// FuzzUnmarshalText decodes each input as every text type of the package
// (Kind, Verb, Qualifier, Precision, Bound, Reliability, Credibility,
// Grade, ID, Magnitude, Modality, Period); see utTextOf for the property.
func FuzzUnmarshalText(f *testing.F) {
	b2, err := source.ParseGrade("B2")
	require.NoError(f, err)
	testutil.FuzzText(f, []testutil.TextCase{
		testutil.TextOf("Kind", source.KindReport, source.ParseKind, source.Kinds(), testutil.Same, false, true),
		testutil.TextOf("Verb", source.VerbSaid, source.ParseVerb, source.Verbs(), testutil.Same, false, true),
		testutil.TextOf("Qualifier", source.QualifierNearly, source.ParseQualifier, source.Qualifiers(), testutil.Same, false, true),
		testutil.TextOf("Precision", source.PrecisionDay, source.ParsePrecision, source.Precisions(), testutil.Same, false, true),
		testutil.TextOf("Bound", source.BoundSince, source.ParseBound, source.Bounds(), testutil.Same, false, true),
		testutil.TextOf("Reliability", source.ReliabilityB, source.ParseReliability, source.Reliabilities(), testutil.Same, false, true),
		testutil.TextOf("Credibility", source.Credibility2, source.ParseCredibility, source.Credibilities(), testutil.Same, false, true),
		testutil.TextOf("Grade", b2, source.ParseGrade, nil, testutil.Same, false, false),
		testutil.TextOf("ID", source.IDFor("start"), source.ParseID, nil, bytes.ToLower, false, false),
		testutil.TextOf("Magnitude", source.MagnitudeFew, source.ParseMagnitude, source.Magnitudes(), testutil.Same, false, true),
		testutil.TextOf("Modality", source.ModalityEstimated, source.ParseModality, source.Modalities(), testutil.Same, false, true),
		testutil.TextOf("Period", source.Period{Years: 2, Days: 2}, source.ParsePeriod, nil, nil, false, false),
	},
		"", " ", "Report", "said ", "NEARLY", "at least", "at-least", "not_before\x00", "\xff",
		"A1", "B2", "F6", "A6", "b2", "G7", "A0", "B", "B22", "2B", "BB", "22", "\xc3\xa91",
		source.IDFor("reuters report").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E", "00000000-0000-0000-0000-000000000000",
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "0196b1a07d3c7c4e9a523f0e1b2c4d5e", "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g",
		"P2Y2D", "PT72H", "P1Y6M", "P3W", "P1Y2M3W4DT5H6M", "P0D", "PT0M", "P", "PT", "P1S", "PT1S", "P1.5Y", "P-1D", "p2y",
		"P2D2Y", "P1W1D", "P99999999999999999999Y", "P9223372036854775807D", "P+1D", "P 1D", "P1Y ",
	)
}
