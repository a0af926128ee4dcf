package source_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

// timeReadStep is one phrase of a report read in order, and what it
// gives; an empty want.Text means the phrase is an error.
type timeReadStep struct {
	phrase string
	want   source.Time
}

// readPhrases reads the phrases in order with one Resolver, checking
// each.
func readPhrases(t *testing.T, r *source.Resolver, steps []timeReadStep) {
	t.Helper()
	for i, s := range steps {
		got, err := r.Read(s.phrase)
		if s.want.Text == "" {
			assertTimePhraseError(t, s.phrase, got, err)
			continue
		}
		require.NoError(t, err, "step %d: %s", i, s.phrase)
		assert.Equal(t, s.want, got, "step %d: %s", i, s.phrase)
		assertNoError(t, got.Validate())
	}
}

func TestResolverRead(t *testing.T) {
	r := source.Resolver{Ref: friday}
	readPhrases(t, &r, []timeReadStep{
		// Before any zone or day: a clock time without a zone, and a day
		// counted from an earlier one, are errors.
		{"at 18:00", source.Time{}},
		{"the day before", source.Time{}},
		{"two days later", source.Time{}},

		{"on Thursday at 15:00 Kyiv time", clockAt(2025, 4, 24, 12, 0, precMinute, "Kyiv time", "on Thursday at 15:00 Kyiv time")},
		// The zone and the day of the last phrase.
		{"at 18:00", clockAt(2025, 4, 24, 15, 0, precMinute, "Kyiv time", "at 18:00")},
		{"at 9 p.m.", clockAt(2025, 4, 24, 18, 0, precHour, "Kyiv time", "at 9 p.m.")},
		{"at dawn", day(2025, 4, 24, "at dawn")},
		{"the day before", day(2025, 4, 23, "the day before")},
		{"at 09:00", clockAt(2025, 4, 23, 6, 0, precMinute, "Kyiv time", "at 09:00")},
		{"the next day", day(2025, 4, 24, "the next day")},
		{"two days later", day(2025, 4, 26, "two days later")},
		{"a week earlier", day(2025, 4, 19, "a week earlier")},
		{"The Following Day", day(2025, 4, 20, "The Following Day")},
		// Periods, months, years and bounds leave the day as it was.
		{"last week", dayPeriod(2025, 4, 14, 2025, 4, 20, "last week")},
		{"since 2022", bounded(source.Year(2022, "since 2022"), source.BoundSince)},
		{"by Monday", bounded(day(2025, 4, 21, "by Monday"), source.BoundNotAfter)},
		{"April 2025", source.Month(2025, 4, "April 2025")},
		{"the previous day", day(2025, 4, 19, "the previous day")},
		// An error changes nothing.
		{"garbage", source.Time{}},
		{"at 18:00 IST", source.Time{}},
		{"the day after", day(2025, 4, 20, "the day after")},
		// A new zone replaces the old one; a phrase that only inherits a
		// zone does not.
		{"at 18:00 GMT", clockAt(2025, 4, 20, 18, 0, precMinute, "GMT", "at 18:00 GMT")},
		{"at 19:00", clockAt(2025, 4, 20, 19, 0, precMinute, "GMT", "at 19:00")},
		{"Monday at 08:00", clockAt(2025, 4, 21, 8, 0, precMinute, "GMT", "Monday at 08:00")},
		{"the day before", day(2025, 4, 20, "the day before")},
		// A day with a clock time in another zone: the date in that zone.
		{"at 01:00 Kyiv time on April 24", clockAt(2025, 4, 23, 22, 0, precMinute, "Kyiv time", "at 01:00 Kyiv time on April 24")},
		{"the next day", day(2025, 4, 25, "the next day")},
		// A bound on a clock time keeps its zone for later phrases.
		{"by 18:00 UTC+2", bounded(clockAt(2025, 4, 25, 16, 0, precMinute, "UTC+2", "by 18:00 UTC+2"), source.BoundNotAfter)},
		{"at 20:00", clockAt(2025, 4, 25, 18, 0, precMinute, "UTC+2", "at 20:00")},
		// Phrases that need neither read as Parse reads them.
		{"Thursday", day(2025, 4, 24, "Thursday")},
		{"overnight", dayPeriod(2025, 4, 24, 2025, 4, 25, "overnight")},
	})
}

func TestResolverReadLocal(t *testing.T) {
	// The zone of the place, named by "local time", is remembered as
	// "local time".
	r := source.Resolver{Ref: friday, Local: "Europe/Kyiv"}
	readPhrases(t, &r, []timeReadStep{
		{"at 03:00 local time (00:00 GMT)", clockAt(2025, 4, 25, 0, 0, precMinute, "local time (00:00 GMT)", "at 03:00 local time (00:00 GMT)")},
		{"at 06:00", clockAt(2025, 4, 25, 3, 0, precMinute, "local time", "at 06:00")},
		{"the day before at 23:30", clockAt(2025, 4, 24, 20, 30, precMinute, "local time", "the day before at 23:30")},
	})

	// Without the zone of the place, "local time" given with GMT is read,
	// but a later clock time in local time has no zone.
	r = source.Resolver{Ref: friday}
	readPhrases(t, &r, []timeReadStep{
		{"at 03:00 local time (00:00 GMT)", clockAt(2025, 4, 25, 0, 0, precMinute, "local time (00:00 GMT)", "at 03:00 local time (00:00 GMT)")},
		{"at 06:00", source.Time{}},
		{"at 06:00 GMT", clockAt(2025, 4, 25, 6, 0, precMinute, "GMT", "at 06:00 GMT")},
		{"at 07:00", clockAt(2025, 4, 25, 7, 0, precMinute, "GMT", "at 07:00")},
	})

	// Without a zone of its own, the clock time before the parentheses
	// is the local time of the place, not the zone named last: the
	// parentheses name a zone, so the first is in another. Unknown here,
	// it is found from the offset between the two; Zone is the zone the
	// phrase names, without the parentheses. The zone named last is now
	// the one in parentheses.
	r = source.Resolver{Ref: friday}
	readPhrases(t, &r, []timeReadStep{
		{"at 10:00 Kyiv time", clockAt(2025, 4, 25, 7, 0, precMinute, "Kyiv time", "at 10:00 Kyiv time")},
		{"at 13:00 (10:00 GMT)", clockAt(2025, 4, 25, 10, 0, precMinute, "GMT", "at 13:00 (10:00 GMT)")},
		{"at 14:00 (11:00 GMT)", clockAt(2025, 4, 25, 11, 0, precMinute, "GMT", "at 14:00 (11:00 GMT)")},
		{"at 12:00", clockAt(2025, 4, 25, 12, 0, precMinute, "GMT", "at 12:00")},
	})
}

// TestResolverReadUnnamedBeforeParen is the report that found the bug:
// after a phrase that names a zone, "at 4:17 am (0117 GMT)" gave the first
// clock time the zone named last and failed ("04:17 GMT ... is not 01:17
// GMT"); after "local time" it gave Zone "local time (0117 GMT)", words
// the phrase does not say.
func TestResolverReadUnnamedBeforeParen(t *testing.T) {
	quake := clockAt(2025, 4, 25, 1, 17, precMinute, "GMT", "at 4:17 am (0117 GMT)")

	// Where the zone of the place is unknown, the offset between the two
	// clock times places the first.
	r := source.Resolver{Ref: friday}
	readPhrases(t, &r, []timeReadStep{
		{"at 15:00 GMT", clockAt(2025, 4, 25, 15, 0, precMinute, "GMT", "at 15:00 GMT")},
		{"at 4:17 am (0117 GMT)", quake},
		{"at 4:17 am (0118 GMT)", source.Time{}}, // no zone is 2h59 ahead of UTC
	})

	// Where it is known (Kyiv, UTC+3 in April), the first must agree
	// with it, whatever zone the report named before.
	for _, before := range []string{"at 15:00 GMT", "at 15:00 Kyiv time", "at 03:00 local time", "at 15:00 UTC+5"} {
		r := source.Resolver{Ref: friday, Local: "Europe/Kyiv"}
		_, err := r.Read(before)
		require.NoError(t, err, before)
		readPhrases(t, &r, []timeReadStep{
			{"at 4:17 am (0117 GMT)", quake},
			{"at 4:17 am (0217 GMT)", source.Time{}}, // 04:17 in Kyiv is 01:17 GMT
		})
	}
	// Parse reads it as Read on a new Resolver does.
	got, err := source.Resolver{Ref: friday, Local: "Europe/Kyiv"}.Parse("at 4:17 am (0117 GMT)")
	require.NoError(t, err)
	assert.Equal(t, quake, got)
	got, err = source.Resolver{Ref: friday, Local: "Europe/London"}.Parse("at 4:17 am (0117 GMT)")
	assertTimePhraseError(t, "at 4:17 am (0117 GMT)", got, err)
	assert.Contains(t, err.Error(), "local time")

	// The parentheses in local time: the first is in a zone the phrase
	// does not name, placed by the offset, and Zone is "local time".
	r = source.Resolver{Ref: friday, Local: "Europe/Kyiv"}
	readPhrases(t, &r, []timeReadStep{
		{"at 15:00 UTC+5", clockAt(2025, 4, 25, 10, 0, precMinute, "UTC+5", "at 15:00 UTC+5")},
		{"at 01:17 (04:17 local time)", clockAt(2025, 4, 25, 1, 17, precMinute, "local time", "at 01:17 (04:17 local time)")},
	})
	r = source.Resolver{Ref: friday}
	readPhrases(t, &r, []timeReadStep{
		{"at 15:00 GMT", clockAt(2025, 4, 25, 15, 0, precMinute, "GMT", "at 15:00 GMT")},
		{"at 01:17 (04:17 local time)", source.Time{}}, // neither zone known
	})
}

func TestResolverReadMatchesParse(t *testing.T) {
	// On a new Resolver, Read reads every phrase as Parse does.
	var all []timePhraseCase
	all = append(all, timePhraseCases...)
	all = append(all, timeClockCases...)
	for _, c := range all {
		want, wantErr := c.r.Parse(c.phrase)
		r := c.r
		got, err := r.Read(c.phrase)
		assert.Equal(t, want, got, c.phrase)
		assert.Equal(t, wantErr, err, c.phrase)
	}
	for _, phrase := range []string{"the day before", "at 18:00", "garbage", ""} {
		_, wantErr := refFri.Parse(phrase)
		r := refFri
		_, err := r.Read(phrase)
		require.Error(t, wantErr)
		require.Error(t, err, phrase)
	}
}

func TestResolverParseIgnoresRead(t *testing.T) {
	// Parse neither uses nor changes what Read remembers.
	r := source.Resolver{Ref: friday}
	_, err := r.Read("Thursday at 15:00 Kyiv time")
	require.NoError(t, err)
	for _, phrase := range []string{"at 18:00", "the day before"} {
		got, err := r.Parse(phrase)
		assertTimePhraseError(t, phrase, got, err)
	}
	got, err := r.Parse("at 18:00 GMT on Monday")
	require.NoError(t, err)
	assert.Equal(t, "GMT", got.Zone)
	got, err = r.Read("at 18:00")
	require.NoError(t, err)
	assert.Equal(t, clockAt(2025, 4, 24, 15, 0, precMinute, "Kyiv time", "at 18:00"), got, "Parse changed what Read remembers")
}

func TestResolverIsAPlainValue(t *testing.T) {
	// A Resolver is written as a literal and compared with ==; a copy
	// carries what Read remembers, and the two go their own ways.
	a := source.Resolver{Ref: friday, Local: "Europe/Kyiv"}
	assert.True(t, a == source.Resolver{Ref: friday, Local: "Europe/Kyiv"})
	_, err := a.Read("Thursday at 15:00 GMT")
	require.NoError(t, err)
	assert.False(t, a == source.Resolver{Ref: friday, Local: "Europe/Kyiv"}, "Read remembers")
	b := a
	got, err := b.Read("the day before")
	require.NoError(t, err)
	assert.Equal(t, day(2025, 4, 23, "the day before"), got)
	got, err = a.Read("the next day")
	require.NoError(t, err)
	assert.Equal(t, day(2025, 4, 25, "the next day"), got, "the copy's reading changed the original")
}

func TestResolverReadNil(t *testing.T) {
	var r *source.Resolver
	got, err := r.Read("Thursday")
	require.Error(t, err)
	assert.Equal(t, source.Time{}, got)
}
