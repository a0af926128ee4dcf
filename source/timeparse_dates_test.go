package source_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

// The tests of this file hold calendar dates as reports write them: a
// weekday before the date, days in two digits and as ordinals,
// possessives, years not written, months alone and ranges.

// yearPeriod returns the period of years from one to another.
func yearPeriod(y, y2 int, text string) source.Time {
	return source.Time{Start: date(y, 1, 1), End: date(y2, 1, 1), Precision: source.PrecisionYear, Text: text}
}

// checkTimeCases reads each case with Parse, in upper and lower case, and
// with Read on a new Resolver, and checks what it gives.
func checkTimeCases(t *testing.T, cases []timePhraseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.phrase+" "+c.r.Ref.Format(time.DateOnly), func(t *testing.T) {
			got, err := c.r.Parse(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			assertNoError(t, got.Validate())

			r := c.r
			read, err := r.Read(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, read, "Read on a new Resolver")

			for _, toCase := range []func(string) string{strings.ToUpper, strings.ToLower} {
				phrase := toCase(c.phrase)
				got, err := c.r.Parse(phrase)
				require.NoError(t, err, phrase)
				want := c.want
				want.Text, want.Zone = phrase, toCase(want.Zone)
				assert.Equal(t, want, got)
			}
		})
	}
}

// timeErrorCase is a phrase that must be an error, the resolver that
// reads it, and a part of the error that says why.
type timeErrorCase struct {
	phrase string
	r      source.Resolver
	says   string
}

func checkTimeErrors(t *testing.T, cases []timeErrorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.phrase+" "+c.r.Ref.Format(time.DateOnly), func(t *testing.T) {
			got, err := c.r.Parse(c.phrase)
			assertTimePhraseError(t, c.phrase, got, err)
			assert.Contains(t, err.Error(), c.says)
			r := c.r
			got, err = r.Read(c.phrase)
			assertTimePhraseError(t, c.phrase, got, err)
			assert.Equal(t, c.r, r, "an error changes nothing Read remembers")
		})
	}
}

var (
	refFeb2023 = source.Resolver{Ref: date(2023, 2, 20)} // a Monday
	refJan2025 = source.Resolver{Ref: date(2025, 1, 15)} // a Wednesday
	noRef      = source.Resolver{}
)

func TestParseTimeWeekdayBeforeDate(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		{"Wednesday, February 8, 2023", refFri, day(2023, 2, 8, "Wednesday, February 8, 2023")},
		{"Wednesday February 8 2023", refFri, day(2023, 2, 8, "Wednesday February 8 2023")},
		{"Wed, Feb. 8, 2023", refFri, day(2023, 2, 8, "Wed, Feb. 8, 2023")},
		{"on Wednesday, February 8, 2023", refFri, day(2023, 2, 8, "on Wednesday, February 8, 2023")},
		{"Monday, 6 February 2023", refFri, day(2023, 2, 6, "Monday, 6 February 2023")},
		{"Monday, 2023-02-06", refFri, day(2023, 2, 6, "Monday, 2023-02-06")},
		{"Monday, the 6th of February 2023", refFri, day(2023, 2, 6, "Monday, the 6th of February 2023")},
		// The year of Ref, which the weekday must match.
		{"Tuesday, February 14", refFeb2023, day(2023, 2, 14, "Tuesday, February 14")},
		{"Friday, April 25", refFri, day(2025, 4, 25, "Friday, April 25")},
		// With a clock time, and as a bound.
		{"Wednesday, February 8, 2023, at 04:17 GMT", refFri, clockAt(2023, 2, 8, 4, 17, precMinute, "GMT", "Wednesday, February 8, 2023, at 04:17 GMT")},
		{"since Wednesday, February 8, 2023", refFri, bounded(day(2023, 2, 8, "since Wednesday, February 8, 2023"), source.BoundSince)},
		// A date that writes its year needs no Ref, with its weekday too.
		{"Wednesday, February 8, 2023", noRef, day(2023, 2, 8, "Wednesday, February 8, 2023")},
	})
	checkTimeErrors(t, []timeErrorCase{
		// A weekday that is not the date's: a typo in the report.
		{"Tuesday, February 8, 2023", refFri, "is a Wednesday, not a Tuesday"},
		{"Monday, 8 February 2023", refFri, "is a Wednesday, not a Monday"},
		{"Tuesday, February 14", refFri, "February 14, 2025 is a Friday, not a Tuesday"},
		{"Tuesday, February 8, 2023, at 04:17 GMT", refFri, "not a Tuesday"},
		// A weekday before what is no day.
		{"Monday, February 2023", refFri, ""},
		{"Monday, 2023", refFri, ""},
		{"Monday, June", refFri, ""},
		{"Monday, 6", refFri, ""},
		{"Monday Tuesday", refFri, ""},
		{"Monday, February 30, 2023", refFri, "no day 30"},
		{"Tuesday, February 14", noRef, "reference date"},
	})
}

func TestParseTimeDayDigits(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		// Two digits, the first a zero.
		{"February 06, 2023", refFri, day(2023, 2, 6, "February 06, 2023")},
		{"06 February 2023", refFri, day(2023, 2, 6, "06 February 2023")},
		{"February 06", refFri, day(2025, 2, 6, "February 06")},
		{"on 09 March", refFri, day(2025, 3, 9, "on 09 March")},
		// Ordinals, each with its own suffix.
		{"October 7th", refFri, day(2025, 10, 7, "October 7th")},
		{"7th October", refFri, day(2025, 10, 7, "7th October")},
		{"the 7th of October", refFri, day(2025, 10, 7, "the 7th of October")},
		{"the 7th of October 2023", refFri, day(2023, 10, 7, "the 7th of October 2023")},
		{"7th of October, 2023", refFri, day(2023, 10, 7, "7th of October, 2023")},
		{"October 7th, 2023", refFri, day(2023, 10, 7, "October 7th, 2023")},
		{"October 1st", refFri, day(2025, 10, 1, "October 1st")},
		{"2nd October", refFri, day(2025, 10, 2, "2nd October")},
		{"October 3rd", refFri, day(2025, 10, 3, "October 3rd")},
		{"23rd October", refFri, day(2025, 10, 23, "23rd October")},
		{"October 11th", refFri, day(2025, 10, 11, "October 11th")},
		{"October 12th", refFri, day(2025, 10, 12, "October 12th")},
		{"October 13th", refFri, day(2025, 10, 13, "October 13th")},
		{"October 21st", refFri, day(2025, 10, 21, "October 21st")},
		{"October 22nd", refFri, day(2025, 10, 22, "October 22nd")},
		{"October 31st", refFri, day(2025, 10, 31, "October 31st")},
		{"by October 7th", refFri, bounded(day(2025, 10, 7, "by October 7th"), source.BoundNotAfter)},
		{"on the 7th of October at 06:30 GMT", refFri, clockAt(2025, 10, 7, 6, 30, precMinute, "GMT", "on the 7th of October at 06:30 GMT")},
	})
	checkTimeErrors(t, []timeErrorCase{
		// The suffix of another number.
		{"October 7nd", refFri, ""},
		{"October 1th", refFri, ""},
		{"October 2st", refFri, ""},
		{"October 11st", refFri, ""},
		{"October 12nd", refFri, ""},
		{"October 13rd", refFri, ""},
	})
	// The letter case of a suffix changes nothing: "7TH" is "7th" (and
	// checkTimeCases reads every phrase in upper case).
	got, err := refFri.Parse("October 7TH")
	require.NoError(t, err)
	assert.Equal(t, day(2025, 10, 7, "October 7TH"), got)
	checkTimeErrors(t, []timeErrorCase{
		{"October 07th", refFri, ""},
		{"October 006", refFri, ""},
		{"October 00", refFri, ""},
		{"October 0th", refFri, ""},
		{"October 32nd", refFri, ""},
		{"February 30th", refFri, "no day 30"},
		{"the 7th", refFri, ""},
		{"1st", refFri, ""},
		{"23rd", refFri, ""},
		{"on the 1st", refFri, ""},
		{"the 7th October", refFri, ""},
		{"7 of October", refFri, ""},
		{"the 7 of October", refFri, ""},
		{"the October 7th", refFri, ""},
		{"7th of", refFri, ""},
		{"7th of 2023", refFri, ""},
		{"October 7th", noRef, "reference date"},
	})
}

func TestParseTimePossessive(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		{"Monday's", refFri, day(2025, 4, 21, "Monday's")},
		{"Thursday's", refFri, day(2025, 4, 24, "Thursday's")},
		{"Thursday\u2019s", refFri, day(2025, 4, 24, "Thursday\u2019s")},
		{"on Thursday's", refFri, day(2025, 4, 24, "on Thursday's")},
		{"last Friday's", refFri, day(2025, 4, 18, "last Friday's")},
		{"Thursday morning's", refFri, day(2025, 4, 24, "Thursday morning's")},
		{"yesterday's", refFri, day(2025, 4, 24, "yesterday's")},
		{"today's", refFri, day(2025, 4, 25, "today's")},
		{"last night's", refFri, dayPeriod(2025, 4, 24, 2025, 4, 25, "last night's")},
		{"last week's", refFri, dayPeriod(2025, 4, 14, 2025, 4, 20, "last week's")},
		{"this weekend's", refFri, dayPeriod(2025, 4, 26, 2025, 4, 27, "this weekend's")},
		{"last year's", refFri, source.Year(2024, "last year's")},
		{"June's", refFri, source.Month(2025, 6, "June's")},
		{"October 7's", refFri, day(2025, 10, 7, "October 7's")},
		{"Monday's", refFriFuture, day(2025, 4, 28, "Monday's")},
	})
	checkTimeErrors(t, []timeErrorCase{
		{"Monday's", noRef, "reference date"},
		// Only a word that names a day or a unit of the calendar loses it.
		{"2022's", refFri, ""},
		{"at 18:00 GMT's", refFri, ""},
		{"at 18:00 Kyiv time's", refFri, ""},
		{"the day before's", refFri, ""},
		{"Monday's's", refFri, ""},       // once
		{"Monday 's", refFri, ""},        // a word of its own
		{"Monday's Tuesday", refFri, ""}, // the last word only
		{"Monday's at 18:00 GMT", refFri, ""},
		{"Mondays", refFri, ""},
		{"'s", refFri, ""},
		{"at 4:17 am (0117 GMT)'s", refFri, "parentheses"},
	})
}

func TestParseTimeYearNotWritten(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		// A date without a year takes Ref's, even when it comes after Ref.
		{"October 7", refJan2025, day(2025, 10, 7, "October 7")},
		{"on October 7", refJan2025, day(2025, 10, 7, "on October 7")},
		// After "since", the latest such date on or before Ref: what has
		// held since then began before the report.
		{"since October 7", refJan2025, bounded(day(2024, 10, 7, "since October 7"), source.BoundSince)},
		{"Since 7th October", refJan2025, bounded(day(2024, 10, 7, "Since 7th October"), source.BoundSince)},
		{"since January 15", refJan2025, bounded(day(2025, 1, 15, "since January 15"), source.BoundSince)},
		{"since January 16", refJan2025, bounded(day(2024, 1, 16, "since January 16"), source.BoundSince)},
		{"since January 14", refJan2025, bounded(day(2025, 1, 14, "since January 14"), source.BoundSince)},
		{"since April 23", refFri, bounded(day(2025, 4, 23, "since April 23"), source.BoundSince)},
		{"since June", refJan2025, bounded(source.Month(2024, 6, "since June"), source.BoundSince)},
		{"since January", refJan2025, bounded(source.Month(2025, 1, "since January"), source.BoundSince)},
		{"since February 29", refJan2025, bounded(day(2024, 2, 29, "since February 29"), source.BoundSince)},
		{"since February 29", source.Resolver{Ref: date(2024, 2, 28)}, bounded(day(2020, 2, 29, "since February 29"), source.BoundSince)},
		{"since Tuesday, October 8", refJan2025, bounded(day(2024, 10, 8, "since Tuesday, October 8"), source.BoundSince)},
		{"since 06:00 GMT on October 7", refJan2025, bounded(clockAt(2024, 10, 7, 6, 0, precMinute, "GMT", "since 06:00 GMT on October 7"), source.BoundSince)},
		{"since October 7 at 06:00 GMT", refJan2025, bounded(clockAt(2024, 10, 7, 6, 0, precMinute, "GMT", "since October 7 at 06:00 GMT"), source.BoundSince)},
		// A year written is the year, after "since" too.
		{"since October 7, 2023", refJan2025, bounded(day(2023, 10, 7, "since October 7, 2023"), source.BoundSince)},
		{"since October 7, 2025", refJan2025, bounded(day(2025, 10, 7, "since October 7, 2025"), source.BoundSince)},
		// Every other lead keeps Ref's year: "not before" sets a limit on
		// what is mostly yet to come ("talks will not resume before
		// June").
		{"not before October 7", refJan2025, bounded(day(2025, 10, 7, "not before October 7"), source.BoundNotBefore)},
		{"no earlier than June", refJan2025, bounded(source.Month(2025, 6, "no earlier than June"), source.BoundNotBefore)},
		{"until October 7", refJan2025, bounded(day(2025, 10, 7, "until October 7"), source.BoundNotAfter)},
		{"by June", refJan2025, bounded(source.Month(2025, 6, "by June"), source.BoundNotAfter)},
		{"before June", refJan2025, bounded(source.Month(2025, 5, "before June"), source.BoundNotAfter)},
		{"early June", refJan2025, dayPeriod(2025, 6, 1, 2025, 6, 10, "early June")},
	})
	checkTimeErrors(t, []timeErrorCase{
		{"since October 7", noRef, "reference date"},
		{"since June", noRef, "reference date"},
		{"since February 30", refJan2025, "no day 30"},
		{"since Monday, October 8", refJan2025, "not a Monday"},
	})

	// Read applies the same rule, and a bound leaves the day it
	// remembers as it was.
	r := refJan2025
	readPhrases(t, &r, []timeReadStep{
		{"on January 10", day(2025, 1, 10, "on January 10")},
		{"since October 7", bounded(day(2024, 10, 7, "since October 7"), source.BoundSince)},
		{"the next day", day(2025, 1, 11, "the next day")},
	})
}

func TestParseTimeMonthAlone(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		{"June", refFri, source.Month(2025, 6, "June")},
		{"in June", refFri, source.Month(2025, 6, "in June")},
		{"during June", refFri, source.Month(2025, 6, "during June")},
		{"in Sept", refFri, source.Month(2025, 9, "in Sept")},
		{"in June", refJan2025, source.Month(2025, 6, "in June")},
		{"as of March", refFri, source.Month(2025, 3, "as of March")},
	})
	checkTimeErrors(t, []timeErrorCase{
		// A month without a year needs Ref's, as a date without one does.
		{"June", noRef, "a month without a year needs a reference date"},
		{"in June", noRef, "reference date"},
		{"Junes", refFri, ""},
		{"in June June", refFri, ""},
		{"June 2025 June", refFri, ""},
	})
}

func TestParseTimeRanges(t *testing.T) {
	checkTimeCases(t, []timePhraseCase{
		// Months: the first takes its year from the second.
		{"from July to August 2024", refFri, monthPeriod(2024, 7, 2024, 8, "from July to August 2024")},
		{"between June and August 2024", refFri, monthPeriod(2024, 6, 2024, 8, "between June and August 2024")},
		{"from June 2023 to August 2024", refFri, monthPeriod(2023, 6, 2024, 8, "from June 2023 to August 2024")},
		{"from July to August", refFri, monthPeriod(2025, 7, 2025, 8, "from July to August")},
		{"in between June and August 2024", refFri, monthPeriod(2024, 6, 2024, 8, "in between June and August 2024")},
		// Days: a day alone takes the month and year of the second.
		{"from 6 to 8 February 2023", refFri, dayPeriod(2023, 2, 6, 2023, 2, 8, "from 6 to 8 February 2023")},
		{"between 6 and 8 February 2023", refFri, dayPeriod(2023, 2, 6, 2023, 2, 8, "between 6 and 8 February 2023")},
		{"from the 6th to the 8th of February 2023", refFri, dayPeriod(2023, 2, 6, 2023, 2, 8, "from the 6th to the 8th of February 2023")},
		{"from February 6 to February 9", refFri, dayPeriod(2025, 2, 6, 2025, 2, 9, "from February 6 to February 9")},
		{"from February 6 to March 9, 2023", refFri, dayPeriod(2023, 2, 6, 2023, 3, 9, "from February 6 to March 9, 2023")},
		{"from December 20, 2024 to January 5, 2025", refFri, dayPeriod(2024, 12, 20, 2025, 1, 5, "from December 20, 2024 to January 5, 2025")},
		{"from 2024-02-06 to 2024-02-09", refFri, dayPeriod(2024, 2, 6, 2024, 2, 9, "from 2024-02-06 to 2024-02-09")},
		{"from Monday, February 6 to Wednesday, February 8, 2023", refFri, dayPeriod(2023, 2, 6, 2023, 2, 8, "from Monday, February 6 to Wednesday, February 8, 2023")},
		// At the coarser precision of the two.
		{"from February 6 to March 2024", refFri, monthPeriod(2024, 2, 2024, 3, "from February 6 to March 2024")},
		{"from June to August 9, 2024", refFri, monthPeriod(2024, 6, 2024, 8, "from June to August 9, 2024")},
		{"from 2022 to 2024", refFri, yearPeriod(2022, 2024, "from 2022 to 2024")},
		{"between 2022 and March 2024", refFri, yearPeriod(2022, 2024, "between 2022 and March 2024")},
		// Two ends in one unit: the unit.
		{"from July to July 2024", refFri, source.Month(2024, 7, "from July to July 2024")},
		{"from 6 to 6 February 2023", refFri, day(2023, 2, 6, "from 6 to 6 February 2023")},
		// Without a year, the ends need Ref; with one, they do not.
		{"from July to August 2024", noRef, monthPeriod(2024, 7, 2024, 8, "from July to August 2024")},
		{"from 6 to 8 February 2023", noRef, dayPeriod(2023, 2, 6, 2023, 2, 8, "from 6 to 8 February 2023")},
	})
	checkTimeErrors(t, []timeErrorCase{
		// The first end after the second.
		{"from August to July 2024", refFri, "backwards"},
		{"from 8 to 6 February 2023", refFri, "backwards"},
		{"between 2024 and 2022", refFri, "backwards"},
		{"from December 20 to January 5", refFri, "write the years"},
		// A year written on the first end only; a day with no month.
		{"from July 2024 to August", refFri, "write both"},
		{"from 6 to August 2024", refFri, "needs its month"},
		{"from 6 to 8", refFri, ""},
		{"from 6 to 2024", refFri, "needs its month"},
		// Malformed ranges.
		{"from July", refFri, `without "to"`},
		{"between June", refFri, `without "and"`},
		{"between June to August 2024", refFri, `without "and"`},
		{"from to August 2024", refFri, "needs a date"},
		{"from July to", refFri, "needs a date"},
		{"from July to August to September 2024", refFri, ""},
		{"from garbage to August 2024", refFri, "first end"},
		{"from July to garbage", refFri, "second end"},
		// Weekdays and relative days are not read as ends.
		{"from Monday to Wednesday", refFri, ""},
		{"from yesterday to today", refFri, ""},
		{"from July to next month", refFri, ""},
		// A weekday that is not its date's.
		{"from Tuesday, February 6 to February 8, 2023", refFri, "not a Tuesday"},
		// Relative ends need Ref; a bound takes a single date.
		{"from July to August", noRef, "reference date"},
		{"since from July to August 2024", refFri, "single date"},
		{"by between June and August 2024", refFri, "single date"},
		{"early from July to August 2024", refFri, ""},
		{"from July to August 2024 at 18:00 GMT", refFri, ""},
	})

	// A period leaves the day Read remembers as it was.
	r := refFri
	readPhrases(t, &r, []timeReadStep{
		{"Thursday", day(2025, 4, 24, "Thursday")},
		{"from 6 to 8 February 2023", dayPeriod(2023, 2, 6, 2023, 2, 8, "from 6 to 8 February 2023")},
		{"the next day", day(2025, 4, 25, "the next day")},
	})
}
