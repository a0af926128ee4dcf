package territory_test

import (
	"bytes"
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/territory"
)

// FuzzUnmarshalText decodes each input as every text type of the package
// (Kind, Precision, Relation, Extent, Standing, ID, StatusID); see utTextOf
// for the property.
func FuzzUnmarshalText(f *testing.F) {
	testutil.FuzzText(f, []testutil.TextCase{
		testutil.TextOf("Kind", territory.KindCity, territory.ParseKind, territory.Kinds(), testutil.Same, false, true),
		testutil.TextOf("Precision", territory.PrecisionTown, territory.ParsePrecision, territory.Precisions(), testutil.Same, false, true),
		testutil.TextOf("Relation", territory.RelationControls, territory.ParseRelation, territory.Relations(), testutil.Same, false, true),
		testutil.TextOf("Extent", territory.ExtentPartial, territory.ParseExtent, territory.Extents(), testutil.Same, false, true),
		testutil.TextOf("Standing", territory.StandingInForce, territory.ParseStanding, territory.Standings(), testutil.Same, false, true),
		testutil.TextOf("ID", territory.IDFor("start"), territory.ParseID, nil, bytes.ToLower, false, false),
		testutil.TextOf("StatusID", territory.StatusIDFor("start"), territory.ParseStatusID, nil, bytes.ToLower, false, false),
	},
		"", " ", "City", "front sector", "front-sector", "recognises_de_jure ", "IN_FORCE", "whole\x00", "\xff",
		territory.IDFor("kyiv").String(), territory.StatusIDFor("crimea").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E",
		"00000000-0000-0000-0000-000000000000", "{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "0196b1a07d3c7c4e9a523f0e1b2c4d5e",
		"0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g",
	)
}
