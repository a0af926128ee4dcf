package source_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

// friday is the reference date of the article: Friday, April 25, 2025.
var friday = date(2025, 4, 25)

func day(y int, m time.Month, d int, text string) source.Time { return source.Day(y, m, d, text) }

func bounded(t source.Time, b source.Bound) source.Time {
	t.Bound = b
	return t
}

func TestParseTime(t *testing.T) {
	for _, c := range []struct {
		phrase string
		want   source.Time
	}{
		// Weekdays, as a news report uses them: the last such day on or
		// before the reference date.
		{"Thursday", day(2025, 4, 24, "Thursday")},
		{"Friday", day(2025, 4, 25, "Friday")},
		{"on Thursday", day(2025, 4, 24, "on Thursday")},
		{"on Friday", day(2025, 4, 25, "on Friday")},
		{"Saturday", day(2025, 4, 19, "Saturday")},
		{"Sunday", day(2025, 4, 20, "Sunday")},
		{"THURSDAY", day(2025, 4, 24, "THURSDAY")},
		{"thursday", day(2025, 4, 24, "thursday")},
		{"Thu", day(2025, 4, 24, "Thu")},
		{"Thursday.", day(2025, 4, 24, "Thursday.")},
		{"Thursday morning", day(2025, 4, 24, "Thursday morning")},
		{"on Friday night", day(2025, 4, 25, "on Friday night")},
		{"last Friday", day(2025, 4, 18, "last Friday")},
		{"last Thursday", day(2025, 4, 24, "last Thursday")},
		{"next Monday", day(2025, 4, 28, "next Monday")},
		{"next Friday", day(2025, 5, 2, "next Friday")},
		{"this Friday", day(2025, 4, 25, "this Friday")},
		{"this Monday", day(2025, 4, 21, "this Monday")},
		{"this Sunday", day(2025, 4, 27, "this Sunday")},

		// Relative days.
		{"today", day(2025, 4, 25, "today")},
		{"yesterday", day(2025, 4, 24, "yesterday")},
		{"tomorrow", day(2025, 4, 26, "tomorrow")},
		{"yesterday evening", day(2025, 4, 24, "yesterday evening")},
		{"Yesterday", day(2025, 4, 24, "Yesterday")},

		// Overnight: the night before the reference date, as a period.
		{"overnight", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight"}},
		{"overnight into Friday", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight into Friday"}},
		{"overnight into Thursday", source.Time{Start: date(2025, 4, 23), End: date(2025, 4, 24), Precision: source.PrecisionDay, Text: "overnight into Thursday"}},

		// Dates.
		{"April 23", day(2025, 4, 23, "April 23")},
		{"April 24, 2025", day(2025, 4, 24, "April 24, 2025")},
		{"April 24 2025", day(2025, 4, 24, "April 24 2025")},
		{"24 April 2025", day(2025, 4, 24, "24 April 2025")},
		{"24 April", day(2025, 4, 24, "24 April")},
		{"Apr. 24, 2025", day(2025, 4, 24, "Apr. 24, 2025")},
		{"Sept 3, 2024", day(2024, 9, 3, "Sept 3, 2024")},
		{"February 29, 2024", day(2024, 2, 29, "February 29, 2024")},
		{"December 31", day(2025, 12, 31, "December 31")},
		{"April 2025", source.Month(2025, 4, "April 2025")},
		{"in April 2025", source.Month(2025, 4, "in April 2025")},
		{"2025", source.Year(2025, "2025")},
		{"in 2022", source.Year(2022, "in 2022")},
		{"during 2022", source.Year(2022, "during 2022")},
		{"2025-04-24", day(2025, 4, 24, "2025-04-24")},
		{"2025-04", source.Month(2025, 4, "2025-04")},
		{"as of April 24", day(2025, 4, 24, "as of April 24")},
		{"on April 24, 2025", day(2025, 4, 24, "on April 24, 2025")},

		// RFC 3339 timestamps, stored in UTC at second precision.
		{"2025-04-24T10:30:00Z", source.Time{Start: utc(2025, 4, 24, 10, 30, 0), Precision: source.PrecisionSecond, Text: "2025-04-24T10:30:00Z"}},
		{"2025-04-24T10:30:00+03:00", source.Time{Start: utc(2025, 4, 24, 7, 30, 0), Precision: source.PrecisionSecond, Text: "2025-04-24T10:30:00+03:00"}},
		{"2025-04-24t10:30:00z", source.Time{Start: utc(2025, 4, 24, 10, 30, 0), Precision: source.PrecisionSecond, Text: "2025-04-24t10:30:00z"}},

		// Bounds.
		{"since 2022", bounded(source.Year(2022, "since 2022"), source.BoundSince)},
		{"since yesterday", bounded(day(2025, 4, 24, "since yesterday"), source.BoundSince)},
		{"not before April 25, 2025", bounded(day(2025, 4, 25, "not before April 25, 2025"), source.BoundNotBefore)},
		{"no earlier than April 25, 2025", bounded(day(2025, 4, 25, "no earlier than April 25, 2025"), source.BoundNotBefore)},
		{"not after April 23", bounded(day(2025, 4, 23, "not after April 23"), source.BoundNotAfter)},
		{"no later than 2025-04-30", bounded(day(2025, 4, 30, "no later than 2025-04-30"), source.BoundNotAfter)},
		{"by April 23", bounded(day(2025, 4, 23, "by April 23"), source.BoundNotAfter)},
		{"Since 2022", bounded(source.Year(2022, "Since 2022"), source.BoundSince)},

		// The phrase is kept as written, trimmed.
		{"  on Thursday \n", day(2025, 4, 24, "on Thursday")},
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got, err := source.ParseTime(c.phrase, friday)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			assertNoError(t, got.Validate())
		})
	}
}

func TestParseTimeRefTimeOfDay(t *testing.T) {
	// Only the calendar day of the reference date counts.
	for _, ref := range []time.Time{friday, utc(2025, 4, 25, 23, 59, 59), time.Date(2025, 4, 25, 12, 0, 0, 0, time.FixedZone("", 2*3600))} {
		got, err := source.ParseTime("Thursday", ref)
		require.NoError(t, err)
		assert.Equal(t, day(2025, 4, 24, "Thursday"), got, "ref %v", ref)
	}
}

func TestParseTimeEveryWeekday(t *testing.T) {
	// Against every reference day of a week, a bare weekday falls within
	// the seven days ending on it, and in the future mode within the seven
	// days starting on it; last/next are strictly before/after.
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	for offset := range 7 {
		ref := date(2025, 4, 20).AddDate(0, 0, offset)
		for wd, name := range names {
			past, err := source.Resolver{Ref: ref}.Parse(name)
			require.NoError(t, err)
			future, err := source.Resolver{Ref: ref, Future: true}.Parse(name)
			require.NoError(t, err)
			last, err := source.ParseTime("last "+name, ref)
			require.NoError(t, err)
			next, err := source.ParseTime("next "+name, ref)
			require.NoError(t, err)

			for _, got := range []source.Time{past, future, last, next} {
				assert.Equal(t, time.Weekday(wd), got.Start.Weekday())
			}
			back := ref.Sub(past.Start)
			assert.True(t, back >= 0 && back < 7*24*time.Hour, "%s from %v gave %v", name, ref, past.Start)
			ahead := future.Start.Sub(ref)
			assert.True(t, ahead >= 0 && ahead < 7*24*time.Hour, "future %s from %v gave %v", name, ref, future.Start)
			assert.True(t, last.Start.Before(ref) && ref.Sub(last.Start) <= 7*24*time.Hour, "last %s from %v gave %v", name, ref, last.Start)
			assert.True(t, next.Start.After(ref) && next.Start.Sub(ref) <= 7*24*time.Hour, "next %s from %v gave %v", name, ref, next.Start)
		}
	}
}

func TestResolverFuture(t *testing.T) {
	r := source.Resolver{Ref: friday, Future: true}
	for _, c := range []struct {
		phrase string
		want   source.Time
	}{
		{"Wednesday", day(2025, 4, 30, "Wednesday")},
		{"on Friday", day(2025, 4, 25, "on Friday")},
		{"Thursday", day(2025, 5, 1, "Thursday")},
		{"last Friday", day(2025, 4, 18, "last Friday")},
		{"next Friday", day(2025, 5, 2, "next Friday")},
		{"tomorrow", day(2025, 4, 26, "tomorrow")},
		{"overnight", source.Time{Start: date(2025, 4, 24), End: date(2025, 4, 25), Precision: source.PrecisionDay, Text: "overnight"}},
		{"April 23", day(2025, 4, 23, "April 23")},
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got, err := r.Parse(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestParseTimeWithoutRef(t *testing.T) {
	// Absolute dates need no reference date.
	for _, c := range []struct {
		phrase string
		want   source.Time
	}{
		{"April 24, 2025", day(2025, 4, 24, "April 24, 2025")},
		{"2025", source.Year(2025, "2025")},
		{"2025-04", source.Month(2025, 4, "2025-04")},
		{"since 2022", bounded(source.Year(2022, "since 2022"), source.BoundSince)},
		{"2025-04-24T10:30:00Z", source.Time{Start: utc(2025, 4, 24, 10, 30, 0), Precision: source.PrecisionSecond, Text: "2025-04-24T10:30:00Z"}},
	} {
		got, err := source.ParseTime(c.phrase, time.Time{})
		require.NoError(t, err, c.phrase)
		assert.Equal(t, c.want, got)
	}
}

func TestParseTimeErrors(t *testing.T) {
	for _, c := range []struct {
		phrase string
		ref    time.Time
	}{
		{"", friday},
		{"   ", friday},
		{"garbage", friday},
		{"the day before", friday},
		{"February 30", friday},
		{"February 29, 2025", friday},
		{"April 31, 2025", friday},
		{"April 0", friday},
		{"April", time.Time{}}, // a month without a year needs Ref's
		{"24 Foo 2025", friday},
		{"April 24 2025 extra", friday},
		{"April 24,, 2025", friday},
		{"2025-13-01", friday},
		{"2025-04-31", friday},
		{"2025-4-1", friday},
		{"10000", friday},
		{"0", friday},
		{"02025", friday},
		{"1", friday},
		{"in 12", friday}, // a year has four digits
		{"April 32", friday},
		{"April 24, 25", friday},
		{"0000-01-01T00:00:00+01:00", friday}, // year -1 in UTC: cannot be written as RFC 3339
		{"9999-12-31T23:00:00-02:00", friday}, // year 10000 in UTC
		// Relative phrases need a reference date.
		{"Thursday", time.Time{}},
		{"on Friday", time.Time{}},
		{"yesterday", time.Time{}},
		{"overnight", time.Time{}},
		{"overnight into Friday", time.Time{}},
		{"April 23", time.Time{}},
		{"last Friday", time.Time{}},
		// Prefixes without a date.
		{"since", friday},
		{"not before", friday},
		{"on", friday},
		{"as of", friday},
		// A bound needs a single date, not a period.
		{"not before overnight", friday},
		{"since overnight into Friday", friday},
		// Malformed weekdays and relative days.
		{"last", friday},
		{"next", friday},
		{"this", friday},
		{"last Funday", friday},
		{"Thursday noon", friday},
		{"Thursday morning early", friday},
		{"overnight into", friday},
		{"overnight into Funday", friday},
		{"overnight today", friday},
		{"yesterday noon", friday},
		{"tomorrow morning evening", friday},
		{"since 2022 onwards", friday},
		{"on on Thursday", friday},
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got, err := source.Resolver{Ref: c.ref}.Parse(c.phrase)
			require.Error(t, err, "Parse(%q) = %+v", c.phrase, got)
			assert.Equal(t, source.Time{}, got)
			assert.True(t, strings.HasPrefix(err.Error(), "source: "), "%v", err)
			if p := strings.TrimSpace(c.phrase); p != "" {
				assert.Contains(t, err.Error(), strconv.Quote(p), "the error quotes the phrase")
			}
		})
	}
}
