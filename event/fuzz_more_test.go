package event_test

import (
	"bytes"
	"encoding"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/vocab"
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
	utFuzz(f, []utCase{
		utTextOf("Kind", kinds[len(kinds)-1], event.ParseKind, kinds, utSame, false, true),
		utTextOf("Status", statuses[len(statuses)-1], event.ParseStatus, statuses, utSame, false, true),
		utTextOf("LinkType", links[len(links)-1], event.ParseLinkType, links, utSame, false, true),
		utTextOf("SpeechAct", acts[len(acts)-1], event.ParseSpeechAct, acts, utSame, false, true),
		utTextOf("Stage", stages[len(stages)-1], event.ParseStage, stages, utSame, false, true),
		utTextOf("ClauseKind", clauses[len(clauses)-1], event.ParseClauseKind, clauses, utSame, false, true),
		utTextOf("ResponseAct", responses[len(responses)-1], event.ParseResponseAct, responses, utSame, false, true),
		utTextOf("Method", methods[len(methods)-1], event.ParseMethod, methods, utSame, false, true),
		utTextOf("WeaponKind", weapons[len(weapons)-1], event.ParseWeaponKind, weapons, utSame, false, true),
		utTextOf("Hazard", hazards[len(hazards)-1], event.ParseHazard, hazards, utSame, false, true),
		utTextOf("Change", changes[len(changes)-1], event.ParseChange, changes, utSame, false, true),
		utTextOf("Outcome", outcomes[len(outcomes)-1], event.ParseOutcome, outcomes, utSame, false, true),
		utTextOf("Category", categories[len(categories)-1], event.ParseCategory, categories, utSame, false, true),
		utTextOf("ID", event.IDFor("start"), event.ParseID, nil, bytes.ToLower, false, false),
		utTextOf("Duration", event.Duration(90*time.Minute), parseDuration, nil, nil, false, false),
	},
		"", " ", "Attack", "role change", "role-change", "part_of ", "OCCURRED", "drone\x00", "\xff",
		event.IDFor("strike on kyiv").String(), "0196B1A0-7D3C-7C4E-9A52-3F0E1B2C4D5E", "00000000-0000-0000-0000-000000000000",
		"{0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e}", "0196b1a07d3c7c4e9a523f0e1b2c4d5e", "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5g",
		"0", "0s", "24h", "1h30m", "90m", "1h30m0s", "-1h", "+5m", "1.5h", ".5s", "1.s", "500ms", "1us", "1µs", "1μs", "1ns",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s", "9223372036854775807ns",
		"1d", "24 hours", "h", "1h1h", "1e3s", "0.0000000001s",
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
