package source_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

// clockAt returns an instant given in UTC at precision p, with the zone
// and the phrase as written.
func clockAt(y int, m time.Month, d, h, min int, p source.Precision, zone, text string) source.Time {
	return source.Time{Start: utc(y, m, d, h, min, 0), Precision: p, Zone: zone, Text: text}
}

const (
	precMinute = source.PrecisionMinute
	precHour   = source.PrecisionHour
)

// timeClockCases are clock times and zones as reports write them,
// resolved against Friday, April 25, 2025, when Kyiv, Moscow, Jerusalem
// and Gaza are three hours ahead of UTC and New York four hours behind.
var timeClockCases = []timePhraseCase{
	// The clock, written the ways reports write it.
	{"at 03:00 GMT", refFri, clockAt(2025, 4, 25, 3, 0, precMinute, "GMT", "at 03:00 GMT")},
	{"at 3 a.m. GMT", refFri, clockAt(2025, 4, 25, 3, 0, precHour, "GMT", "at 3 a.m. GMT")},
	{"at 3 a.m. GMT.", refFri, clockAt(2025, 4, 25, 3, 0, precHour, "GMT", "at 3 a.m. GMT.")},
	{"at 3am UTC", refFri, clockAt(2025, 4, 25, 3, 0, precHour, "UTC", "at 3am UTC")},
	{"3 AM UTC", refFri, clockAt(2025, 4, 25, 3, 0, precHour, "UTC", "3 AM UTC")},
	{"at 11 pm UTC", refFri, clockAt(2025, 4, 25, 23, 0, precHour, "UTC", "at 11 pm UTC")},
	{"3:15 p.m. UTC", refFri, clockAt(2025, 4, 25, 15, 15, precMinute, "UTC", "3:15 p.m. UTC")},
	{"3:15pm UTC", refFri, clockAt(2025, 4, 25, 15, 15, precMinute, "UTC", "3:15pm UTC")},
	{"at 18:00 Z", refFri, clockAt(2025, 4, 25, 18, 0, precMinute, "Z", "at 18:00 Z")},
	{"18:00 UTC", refFri, clockAt(2025, 4, 25, 18, 0, precMinute, "UTC", "18:00 UTC")},
	{"at 00:30 UTC", refFri, clockAt(2025, 4, 25, 0, 30, precMinute, "UTC", "at 00:30 UTC")},
	{"at noon GMT", refFri, clockAt(2025, 4, 25, 12, 0, precMinute, "GMT", "at noon GMT")},
	{"at 12 noon GMT", refFri, clockAt(2025, 4, 25, 12, 0, precMinute, "GMT", "at 12 noon GMT")},
	{"at midnight GMT", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "GMT", "at midnight GMT")},
	{"12 a.m. GMT", refFri, clockAt(2025, 4, 25, 0, 0, precHour, "GMT", "12 a.m. GMT")},
	{"12 p.m. GMT", refFri, clockAt(2025, 4, 25, 12, 0, precHour, "GMT", "12 p.m. GMT")},
	{"at 0300 GMT", refFri, clockAt(2025, 4, 25, 3, 0, precMinute, "GMT", "at 0300 GMT")},
	{"1430 UTC", refFri, clockAt(2025, 4, 25, 14, 30, precMinute, "UTC", "1430 UTC")},

	// Offsets.
	{"at 18:00 UTC+3", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "UTC+3", "at 18:00 UTC+3")},
	{"at 18:00 GMT+02:00", refFri, clockAt(2025, 4, 25, 16, 0, precMinute, "GMT+02:00", "at 18:00 GMT+02:00")},
	{"at 18:00 +0300", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "+0300", "at 18:00 +0300")},
	{"at 18:00 -05:00", refFri, clockAt(2025, 4, 25, 23, 0, precMinute, "-05:00", "at 18:00 -05:00")},
	{"at 18:00 UTC\u22125", refFri, clockAt(2025, 4, 25, 23, 0, precMinute, "UTC\u22125", "at 18:00 UTC\u22125")},
	{"at 18:00 UTC+5:30", refFri, clockAt(2025, 4, 25, 12, 30, precMinute, "UTC+5:30", "at 18:00 UTC+5:30")},
	{"at 18:00 UTC+14", refFri, clockAt(2025, 4, 25, 4, 0, precMinute, "UTC+14", "at 18:00 UTC+14")},
	{"at 18:00 GMT-12", refFri, clockAt(2025, 4, 26, 6, 0, precMinute, "GMT-12", "at 18:00 GMT-12")},
	// An hour in a zone half an hour off UTC starts on the half hour.
	{"at 3 a.m. UTC+5:30", refFri, clockAt(2025, 4, 24, 21, 30, precHour, "UTC+5:30", "at 3 a.m. UTC+5:30")},

	// IANA names, cities, and the abbreviations the reader accepts.
	{"at 18:00 Europe/Kyiv", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "Europe/Kyiv", "at 18:00 Europe/Kyiv")},
	{"at 18:00 europe/kyiv", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "europe/kyiv", "at 18:00 europe/kyiv")},
	{"at 18:00 America/New_York", refFri, clockAt(2025, 4, 25, 22, 0, precMinute, "America/New_York", "at 18:00 America/New_York")},
	{"at 18:00 Asia/Kolkata", refFri, clockAt(2025, 4, 25, 12, 30, precMinute, "Asia/Kolkata", "at 18:00 Asia/Kolkata")},
	{"at 18:00 Kyiv time", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "Kyiv time", "at 18:00 Kyiv time")},
	{"AT 18:00 KYIV TIME", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "KYIV TIME", "AT 18:00 KYIV TIME")},
	{"at 18:00 Jerusalem time", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "Jerusalem time", "at 18:00 Jerusalem time")},
	{"at 18:00 Moscow time", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "Moscow time", "at 18:00 Moscow time")},
	{"at 18:00 New York time", refFri, clockAt(2025, 4, 25, 22, 0, precMinute, "New York time", "at 18:00 New York time")},
	{"at 18:00 Gaza time", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "Gaza time", "at 18:00 Gaza time")},
	{"at 18:00 London time", refFri, clockAt(2025, 4, 25, 17, 0, precMinute, "London time", "at 18:00 London time")},
	{"at 18:00 Ho Chi Minh time", refFri, clockAt(2025, 4, 25, 11, 0, precMinute, "Ho Chi Minh time", "at 18:00 Ho Chi Minh time")},
	{"at 18:00 EEST", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "EEST", "at 18:00 EEST")},
	{"at 18:00 EET", refFri, clockAt(2025, 4, 25, 16, 0, precMinute, "EET", "at 18:00 EET")},
	{"at 18:00 CET", refFri, clockAt(2025, 4, 25, 17, 0, precMinute, "CET", "at 18:00 CET")},
	{"at 18:00 CEST", refFri, clockAt(2025, 4, 25, 16, 0, precMinute, "CEST", "at 18:00 CEST")},
	{"at 18:00 msk", refFri, clockAt(2025, 4, 25, 15, 0, precMinute, "msk", "at 18:00 msk")},
	// In winter, a zone's own offset: Kyiv is two hours ahead.
	{"at 18:00 Kyiv time on January 15", refFri, clockAt(2025, 1, 15, 16, 0, precMinute, "Kyiv time", "at 18:00 Kyiv time on January 15")},

	// With a day, before or after the clock time.
	{"Monday at 18:00 GMT", refFri, clockAt(2025, 4, 21, 18, 0, precMinute, "GMT", "Monday at 18:00 GMT")},
	{"on April 24 at 03:00 Kyiv time", refFri, clockAt(2025, 4, 24, 0, 0, precMinute, "Kyiv time", "on April 24 at 03:00 Kyiv time")},
	{"early Monday at 03:00 GMT", refFri, clockAt(2025, 4, 21, 3, 0, precMinute, "GMT", "early Monday at 03:00 GMT")},
	{"at 18:00 GMT on Monday", refFri, clockAt(2025, 4, 21, 18, 0, precMinute, "GMT", "at 18:00 GMT on Monday")},
	{"at 18:00 New York time on Monday", refFri, clockAt(2025, 4, 21, 22, 0, precMinute, "New York time", "at 18:00 New York time on Monday")},
	{"3 p.m. UTC Thursday", refFri, clockAt(2025, 4, 24, 15, 0, precHour, "UTC", "3 p.m. UTC Thursday")},
	{"yesterday at 10 p.m. Kyiv time", refFri, clockAt(2025, 4, 24, 19, 0, precHour, "Kyiv time", "yesterday at 10 p.m. Kyiv time")},
	{"April 24, 2025, at 03:00 GMT", refFri, clockAt(2025, 4, 24, 3, 0, precMinute, "GMT", "April 24, 2025, at 03:00 GMT")},
	{"tomorrow at noon UTC+3", refFri, clockAt(2025, 4, 26, 9, 0, precMinute, "UTC+3", "tomorrow at noon UTC+3")},
	{"at 18:00 GMT on Monday", refFriFuture, clockAt(2025, 4, 28, 18, 0, precMinute, "GMT", "at 18:00 GMT on Monday")},
	// Midnight is the start of the day it is on.
	{"Monday at midnight GMT", refFri, clockAt(2025, 4, 21, 0, 0, precMinute, "GMT", "Monday at midnight GMT")},

	// Bounds on a clock time.
	{"by 18:00 Kyiv time", refFri, bounded(clockAt(2025, 4, 25, 15, 0, precMinute, "Kyiv time", "by 18:00 Kyiv time"), source.BoundNotAfter)},
	{"since 06:00 GMT on Thursday", refFri, bounded(clockAt(2025, 4, 24, 6, 0, precMinute, "GMT", "since 06:00 GMT on Thursday"), source.BoundSince)},
	{"before 18:00 GMT", refFri, bounded(clockAt(2025, 4, 25, 17, 59, precMinute, "GMT", "before 18:00 GMT"), source.BoundNotAfter)},
	{"before 3 p.m. UTC", refFri, bounded(clockAt(2025, 4, 25, 14, 0, precHour, "UTC", "before 3 p.m. UTC"), source.BoundNotAfter)},
	{"not before noon GMT", refFri, bounded(clockAt(2025, 4, 25, 12, 0, precMinute, "GMT", "not before noon GMT"), source.BoundNotBefore)},

	// Daylight saving: Kyiv's clocks went from 03:00 to 04:00 on March
	// 30, 2025, and from 04:00 back to 03:00 on October 26. The times
	// around the change exist once.
	{"at 02:30 Kyiv time on March 30", refFri, clockAt(2025, 3, 30, 0, 30, precMinute, "Kyiv time", "at 02:30 Kyiv time on March 30")},
	{"at 04:00 Kyiv time on March 30", refFri, clockAt(2025, 3, 30, 1, 0, precMinute, "Kyiv time", "at 04:00 Kyiv time on March 30")},
	{"at 04:30 Kyiv time on October 26", refFri, clockAt(2025, 10, 26, 2, 30, precMinute, "Kyiv time", "at 04:30 Kyiv time on October 26")},
	// A fixed offset has no change: 03:30 EEST is one instant.
	{"at 03:30 EEST on October 26", refFri, clockAt(2025, 10, 26, 0, 30, precMinute, "EEST", "at 03:30 EEST on October 26")},
	{"at 03:30 UTC+2 on March 30", refFri, clockAt(2025, 3, 30, 1, 30, precMinute, "UTC+2", "at 03:30 UTC+2 on March 30")},

	// Given twice: the instant comes from the zone that is known.
	{"at 03:00 local time (00:00 GMT)", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "local time (00:00 GMT)", "at 03:00 local time (00:00 GMT)")},
	{"at 03:00 local time (00:00 GMT).", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "local time (00:00 GMT)", "at 03:00 local time (00:00 GMT).")},
	{"at 01:00 local time (22:00 GMT)", refFri, clockAt(2025, 4, 24, 22, 0, precMinute, "local time (22:00 GMT)", "at 01:00 local time (22:00 GMT)")},
	{"at 20:00 local time (01:00 GMT)", refFri, clockAt(2025, 4, 26, 1, 0, precMinute, "local time (01:00 GMT)", "at 20:00 local time (01:00 GMT)")},
	{"at 03:00 local time (18:00 GMT)", refFri, clockAt(2025, 4, 24, 18, 0, precMinute, "local time (18:00 GMT)", "at 03:00 local time (18:00 GMT)")}, // UTC+9
	{"at 00:30 local time on Thursday (21:30 GMT Wednesday)", refFri, clockAt(2025, 4, 23, 21, 30, precMinute, "local time (21:30 GMT Wednesday)", "at 00:30 local time on Thursday (21:30 GMT Wednesday)")},
	{"at 00:00 GMT (03:00 local time)", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "GMT (03:00 local time)", "at 00:00 GMT (03:00 local time)")},
	{"at 03:00 Kyiv time (00:00 GMT)", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "Kyiv time (00:00 GMT)", "at 03:00 Kyiv time (00:00 GMT)")},
	{"at 3 a.m. local time (0000 GMT)", refFri, clockAt(2025, 4, 25, 0, 0, precMinute, "local time (0000 GMT)", "at 3 a.m. local time (0000 GMT)")},
}

func TestParseTimeClock(t *testing.T) {
	for _, c := range timeClockCases {
		t.Run(c.phrase+" "+c.r.Ref.Format(time.DateOnly), func(t *testing.T) {
			got, err := c.r.Parse(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			assertNoError(t, got.Validate())
		})
	}
}

func TestParseTimeLocal(t *testing.T) {
	// Resolver.Local names the zone of the place, in any form a phrase
	// may name one.
	want := clockAt(2025, 4, 25, 0, 0, precMinute, "local time", "at 03:00 local time")
	for _, local := range []string{"Europe/Kyiv", "Kyiv time", "UTC+3", "EEST", "+03:00"} {
		r := source.Resolver{Ref: friday, Local: local}
		got, err := r.Parse("at 03:00 local time")
		require.NoError(t, err, local)
		assert.Equal(t, want, got, local)

		// Both given: they must agree.
		got, err = r.Parse("at 03:00 local time (00:00 GMT)")
		require.NoError(t, err, local)
		assert.Equal(t, clockAt(2025, 4, 25, 0, 0, precMinute, "local time (00:00 GMT)", "at 03:00 local time (00:00 GMT)"), got, local)
		got, err = r.Parse("at 00:00 GMT (03:00 local time)")
		require.NoError(t, err, local)
		assert.Equal(t, clockAt(2025, 4, 25, 0, 0, precMinute, "GMT (03:00 local time)", "at 00:00 GMT (03:00 local time)"), got, local)
	}

	// In winter Kyiv is two hours ahead, and the zone of the place says
	// so where a fixed offset would not.
	kyiv := source.Resolver{Ref: date(2025, 1, 15), Local: "Europe/Kyiv"}
	got, err := kyiv.Parse("at 03:00 local time")
	require.NoError(t, err)
	assert.Equal(t, clockAt(2025, 1, 15, 1, 0, precMinute, "local time", "at 03:00 local time"), got)

	for _, c := range []struct {
		phrase, local, says string
	}{
		{"at 03:00 local time", "", "unknown"},
		{"at 03:00 local time", "Europe/Kyyiv", "Resolver.Local"},
		{"at 03:00 local time", "local time", "Resolver.Local"},
		{"at 03:00 local time", "Kyiv", "Resolver.Local"},
		{"at 03:00 local time", "   ", "Resolver.Local"},
		{"at 03:00 local time", "IST", "several zones"},
		{"at 03:00 local time", "UTC+3 UTC", "Resolver.Local"},
		{"at 00:00 GMT (03:00 local time)", "Europe/Kyyiv", "Resolver.Local"},
		// The two forms disagree with the zone of the place.
		{"at 03:00 local time (00:00 GMT)", "UTC+2", "not"},
		{"at 00:00 GMT (03:00 local time)", "UTC+1", "not"},
		{"at 03:00 local time (00:00 GMT)", "Europe/London", "not"},
		// Neither zone known.
		{"at 03:00 local time (04:00 local time)", "", "unknown"},
	} {
		got, err := source.Resolver{Ref: friday, Local: c.local}.Parse(c.phrase)
		assertTimePhraseError(t, c.phrase, got, err)
		assert.Contains(t, err.Error(), c.says, "%s with Local %q", c.phrase, c.local)
	}
}

func TestParseTimeDaylightSaving(t *testing.T) {
	// A clock time that the zone skips or shows twice is an error, not a
	// silent shift. Kyiv's clocks go forward at 03:00 (to 04:00) and back
	// at 04:00 (to 03:00); New York's forward at 02:00 and back at 02:00.
	for _, c := range []struct {
		phrase, says string
	}{
		{"at 03:30 Kyiv time on March 30, 2025", "does not exist"},
		{"at 03:00 Kyiv time on March 30, 2025", "does not exist"},
		{"at 3 a.m. Europe/Kyiv on March 30, 2025", "does not exist"},
		{"at 02:30 New York time on March 9, 2025", "does not exist"},
		{"at 03:30 Kyiv time on October 26, 2025", "twice"},
		{"at 01:30 New York time on November 2, 2025", "twice"},
		{"at 01:30 America/New_York on November 2, 2025", "twice"},
	} {
		got, err := source.ParseTime(c.phrase, friday)
		assertTimePhraseError(t, c.phrase, got, err)
		assert.Contains(t, err.Error(), c.says)
	}
	// Written with the Resolver's zone of the place, too.
	got, err := source.Resolver{Ref: date(2025, 3, 30), Local: "Europe/Kyiv"}.Parse("at 03:30 local time")
	assertTimePhraseError(t, "at 03:30 local time", got, err)
	assert.Contains(t, err.Error(), "does not exist")
}

func TestParseTimeClockErrors(t *testing.T) {
	for _, c := range []struct {
		phrase string
		ref    time.Time
		says   string
	}{
		// No zone, and nothing to inherit one from.
		{"at 03:00", friday, "needs a zone"},
		{"Monday at 18:00", friday, "needs a zone"},
		{"at noon", friday, "needs a zone"},
		// Clock times that are no clock time, or may be two.
		{"at 9:30 GMT", friday, "a.m. or p.m."},
		{"at 3 GMT", friday, ""},
		{"at 3:15 GMT", friday, "a.m. or p.m."},
		{"at 25:00 GMT", friday, "no hour 25"},
		{"at 24:00 GMT", friday, "no hour 24"},
		{"at 12:60 GMT", friday, "no minute 60"},
		{"at 13 p.m. GMT", friday, "1 to 12"},
		{"at 0 a.m. GMT", friday, "1 to 12"},
		{"at 00:30 a.m. GMT", friday, "1 to 12"},
		{"at 2400 GMT", friday, "no hour 24"},
		{"at 1260 GMT", friday, "no minute 60"},
		{"at 2025", friday, ""},
		{"April 24 2025 GMT", friday, ""},
		{"at 18:00:00 GMT", friday, ""},
		// Zones the reader does not know, or that name several.
		{"at 15:00 IST", friday, "ambiguous"},
		{"at 15:00 CST", friday, "several zones"},
		{"at 15:00 EST", friday, "several zones"},
		{"at 15:00 est", friday, "several zones"},
		{"at 15:00 BST", friday, "several zones"},
		{"at 15:00 PDT", friday, "not a time zone"},
		{"at 15:00 XYZ", friday, "not a time zone"},
		{"at 15:00 Washington time", friday, "no IANA time zone"},
		{"at 15:00 Beijing time", friday, "no IANA time zone"},
		{"at 15:00 Narnia time", friday, "no IANA time zone"},
		{"at 15:00 Eastern time", friday, "no IANA time zone"},
		{"at 15:00 UTC+15", friday, "out of range"},
		{"at 15:00 UTC-13", friday, "out of range"},
		{"at 15:00 UTC+3:75", friday, "out of range"},
		{"at 15:00 +3", friday, ""},
		{"at 15:00 +030", friday, ""},
		{"at 15:00 Etc/GMT+3", friday, "not an IANA time zone name this reader knows"},
		{"at 15:00 US/Eastern", friday, "not an IANA time zone name this reader knows"},
		{"at 15:00 Europe/Kyyiv", friday, "not in the IANA time zone database"},
		{"at 15:00 Europe/../../etc/passwd", friday, "not an IANA time zone name this reader knows"},
		{"at 15:00 Europe//Kyiv", friday, "not an IANA time zone name this reader knows"},
		{"at 15:00 Europe/", friday, "not an IANA time zone name this reader knows"},
		{"at 15:00 Local", friday, ""},
		// Days that are not one day, or two of them.
		{"last night at 03:00 GMT", friday, "single day"},
		{"this week at 03:00 GMT", friday, "single day"},
		{"Monday at 18:00 GMT on Tuesday", friday, "one day"},
		{"at 18:00 GMT on", friday, "needs a day"},
		{"at 18:00 on Monday New York time", friday, ""},
		{"at 18:00 GMT garbage", friday, ""},
		{"at 03:00 GMT", time.Time{}, "reference date"},
		// Parentheses other than a second clock time at the end.
		{"Thursday (April 24)", friday, "after a clock time"},
		{"(00:00 GMT)", friday, "clock time before"},
		{"at 03:00 Kyiv time ()", friday, "empty"},
		{"at 03:00 Kyiv time (00:00 GMT", friday, "parentheses"},
		{"at 03:00 Kyiv time 00:00 GMT)", friday, "parentheses"},
		{"at 03:00 (Kyiv time) GMT", friday, "parentheses"},
		{"at 03:00 Kyiv time ((00:00 GMT))", friday, "parentheses"},
		{"at 03:00 Kyiv time (Thursday)", friday, "no clock time"},
		{"at 03:00 Kyiv time (00:00)", friday, "needs a zone"},
		{"at 03:00 Kyiv time (00:00 IST)", friday, "several zones"},
		{"at 03:00 Kyiv time (25:00 GMT)", friday, "no hour 25"},
		// The two clock times are not one instant.
		{"at 03:00 Kyiv time (01:00 GMT)", friday, "not"},
		{"at 03:00 local time (18:10 GMT)", friday, "no offset"},
		// Both UTC+14 and UTC-10 would make the two one instant.
		{"at 03:00 local time (13:00 GMT)", friday, "either of two days"},
		// Noon in one zone, midnight in the other: UTC+12 or UTC-12.
		{"at 12:00 local time (00:00 GMT)", friday, "either of two days"},
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got, err := source.Resolver{Ref: c.ref}.Parse(c.phrase)
			assertTimePhraseError(t, c.phrase, got, err)
			assert.Contains(t, err.Error(), c.says)
		})
	}
}
