package actor_test

import (
	"bytes"
	"testing"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/testutil"
)

// FuzzUnmarshalText decodes each input as every text type of the package
// (Kind, AliasKind, ID); see utTextOf for the property.
func FuzzUnmarshalText(f *testing.F) {
	testutil.FuzzText(f, []testutil.TextCase{
		testutil.TextOf("Kind", actor.KindState, actor.ParseKind, actor.Kinds(), testutil.Same, false, true),
		testutil.TextOf("AliasKind", actor.AliasMetonym, actor.ParseAliasKind, actor.AliasKinds(), testutil.Same, false, true),
		testutil.TextOf("ID", actor.IDFor("start"), actor.ParseID, nil, bytes.ToLower, false, false),
	},
		"", " ", "State", "state ", "STATE", "metonym\x00", "person\u200b", "\xff",
		actor.IDFor("russia").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E", "00000000-0000-0000-0000-000000000000",
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "urn:uuid:0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e",
		"0196b1a07d3c7c4e9a523f0e1b2c4d5e", "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g", "0196b1a0+7d3c-7c4e-9a52-3f0e1b2c4d5e",
	)
}
