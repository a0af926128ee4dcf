package event_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/testutil"
)

// FuzzUnmarshalText decodes each input as every text type of the package
// (Kind, Status, LinkType, SpeechAct, Stage, ClauseKind, ResponseAct,
// Method, WeaponKind, Hazard, Change, Outcome, Category, ID, Duration);
// see utTextOf for the property. A duration is compared by value: "90m" and
// "1h30m0s" are the same.
func FuzzUnmarshalText(f *testing.F) {
	kinds, statuses, links := event.Kinds(), event.Statuses(), event.LinkTypes()
	acts, stages, clauses := event.SpeechActs(), event.Stages(), event.ClauseKinds()
	responses, methods, weapons := event.ResponseActs(), event.Methods(), event.WeaponKinds()
	hazards, changes, outcomes, categories := event.Hazards(), event.Changes(), event.Outcomes(), event.Categories()
	parseDuration := func(s string) (event.Duration, error) {
		d, err := time.ParseDuration(s)
		return event.Duration(d), err
	}
	testutil.FuzzText(f, []testutil.TextCase{
		testutil.TextOf("Kind", kinds[len(kinds)-1], event.ParseKind, kinds, testutil.Same, false, true),
		testutil.TextOf("Status", statuses[len(statuses)-1], event.ParseStatus, statuses, testutil.Same, false, true),
		testutil.TextOf("LinkType", links[len(links)-1], event.ParseLinkType, links, testutil.Same, false, true),
		testutil.TextOf("SpeechAct", acts[len(acts)-1], event.ParseSpeechAct, acts, testutil.Same, false, true),
		testutil.TextOf("Stage", stages[len(stages)-1], event.ParseStage, stages, testutil.Same, false, true),
		testutil.TextOf("ClauseKind", clauses[len(clauses)-1], event.ParseClauseKind, clauses, testutil.Same, false, true),
		testutil.TextOf("ResponseAct", responses[len(responses)-1], event.ParseResponseAct, responses, testutil.Same, false, true),
		testutil.TextOf("Method", methods[len(methods)-1], event.ParseMethod, methods, testutil.Same, false, true),
		testutil.TextOf("WeaponKind", weapons[len(weapons)-1], event.ParseWeaponKind, weapons, testutil.Same, false, true),
		testutil.TextOf("Hazard", hazards[len(hazards)-1], event.ParseHazard, hazards, testutil.Same, false, true),
		testutil.TextOf("Change", changes[len(changes)-1], event.ParseChange, changes, testutil.Same, false, true),
		testutil.TextOf("Outcome", outcomes[len(outcomes)-1], event.ParseOutcome, outcomes, testutil.Same, false, true),
		testutil.TextOf("Category", categories[len(categories)-1], event.ParseCategory, categories, testutil.Same, false, true),
		testutil.TextOf("ID", event.IDFor("start"), event.ParseID, nil, bytes.ToLower, false, false),
		testutil.TextOf("Duration", event.Duration(90*time.Minute), parseDuration, nil, nil, false, false),
	},
		"", " ", "Attack", "role change", "role-change", "part_of ", "OCCURRED", "drone\x00", "\xff",
		event.IDFor("strike on kyiv").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E", "00000000-0000-0000-0000-000000000000",
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "0196b1a07d3c7c4e9a523f0e1b2c4d5e", "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g",
		"0", "0s", "24h", "1h30m", "90m", "1h30m0s", "-1h", "+5m", "1.5h", ".5s", "1.s", "500ms", "1us", "1µs", "1μs", "1ns",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s", "9223372036854775807ns",
		"1d", "24 hours", "h", "1h1h", "1e3s", "0.0000000001s",
	)
}
