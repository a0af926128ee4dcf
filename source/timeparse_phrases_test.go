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

// dayPeriod returns the period of days from one date to another, with
// the phrase as written.
func dayPeriod(y int, m time.Month, d int, y2 int, m2 time.Month, d2 int, text string) source.Time {
	return source.Time{Start: date(y, m, d), End: date(y2, m2, d2), Precision: source.PrecisionDay, Text: text}
}

// monthPeriod returns the period of months from one to another.
func monthPeriod(y int, m time.Month, y2 int, m2 time.Month, text string) source.Time {
	return source.Time{Start: date(y, m, 1), End: date(y2, m2, 1), Precision: source.PrecisionMonth, Text: text}
}

// timePhraseCase is a phrase, the resolver that reads it, and what it
// gives.
type timePhraseCase struct {
	phrase string
	r      source.Resolver
	want   source.Time
}

// refFri, refSun and refFriFuture are resolvers of the article's Friday,
// of the Sunday after it, and of the Friday in the future mode.
var (
	refFri       = source.Resolver{Ref: friday}
	refSun       = source.Resolver{Ref: date(2025, 4, 27)}
	refFriFuture = source.Resolver{Ref: friday, Future: true}
)

// timePhraseCases are the phrases of reports beyond dates and weekdays,
// resolved against Friday, April 25, 2025 unless said.
var timePhraseCases = []timePhraseCase{
	// The night before Ref, as "overnight".
	{"last night", refFri, dayPeriod(2025, 4, 24, 2025, 4, 25, "last night")},
	{"Last Night", refFri, dayPeriod(2025, 4, 24, 2025, 4, 25, "Last Night")},
	{"late last night", refFri, dayPeriod(2025, 4, 24, 2025, 4, 25, "late last night")},

	// Parts of Ref's day.
	{"this morning", refFri, day(2025, 4, 25, "this morning")},
	{"THIS AFTERNOON", refFri, day(2025, 4, 25, "THIS AFTERNOON")},
	{"this evening", refFri, day(2025, 4, 25, "this evening")},
	{"tonight", refFri, day(2025, 4, 25, "tonight")},
	{"Tonight.", refFri, day(2025, 4, 25, "Tonight.")},
	{"earlier today", refFri, day(2025, 4, 25, "earlier today")},

	// Moments of a day.
	{"at dawn", refFri, day(2025, 4, 25, "at dawn")},
	{"at dusk", refFri, day(2025, 4, 25, "at dusk")},
	{"at dawn on Monday", refFri, day(2025, 4, 21, "at dawn on Monday")},
	{"Thursday at dusk", refFri, day(2025, 4, 24, "Thursday at dusk")},
	{"at daybreak yesterday", refFri, day(2025, 4, 24, "at daybreak yesterday")},
	{"before dawn on Friday", refFri, day(2025, 4, 25, "before dawn on Friday")},

	// Early and late on a day: the day, by the weekday rules.
	{"early Monday", refFri, day(2025, 4, 21, "early Monday")},
	{"late on Tuesday", refFri, day(2025, 4, 22, "late on Tuesday")},
	{"late Tuesday", refFri, day(2025, 4, 22, "late Tuesday")},
	{"early on Monday", refFri, day(2025, 4, 21, "early on Monday")},
	{"Early Monday Morning", refFri, day(2025, 4, 21, "Early Monday Morning")},
	{"late yesterday", refFri, day(2025, 4, 24, "late yesterday")},
	{"early on April 3", refFri, day(2025, 4, 3, "early on April 3")},
	{"early Monday", refFriFuture, day(2025, 4, 28, "early Monday")},
	{"late next Friday", refFri, day(2025, 5, 2, "late next Friday")},

	// Weeks, Monday to Sunday.
	{"earlier this week", refFri, dayPeriod(2025, 4, 21, 2025, 4, 25, "earlier this week")},
	{"later this week", refFri, dayPeriod(2025, 4, 25, 2025, 4, 27, "later this week")},
	{"this week", refFri, dayPeriod(2025, 4, 21, 2025, 4, 27, "this week")},
	{"last week", refFri, dayPeriod(2025, 4, 14, 2025, 4, 20, "last week")},
	{"next week", refFri, dayPeriod(2025, 4, 28, 2025, 5, 4, "next week")},
	{"during this week", refFri, dayPeriod(2025, 4, 21, 2025, 4, 27, "during this week")},
	{"this week", refSun, dayPeriod(2025, 4, 21, 2025, 4, 27, "this week")},
	{"earlier this week", source.Resolver{Ref: date(2025, 4, 21)}, day(2025, 4, 21, "earlier this week")},

	// Days and weeks before and after Ref.
	{"two days ago", refFri, day(2025, 4, 23, "two days ago")},
	{"three weeks ago", refFri, day(2025, 4, 4, "three weeks ago")},
	{"a week ago", refFri, day(2025, 4, 18, "a week ago")},
	{"A day ago", refFri, day(2025, 4, 24, "A day ago")},
	{"3 days ago", refFri, day(2025, 4, 22, "3 days ago")},
	{"twenty-one days ago", refFri, day(2025, 4, 4, "twenty-one days ago")},
	{"100 days ago", refFri, day(2025, 1, 15, "100 days ago")},
	{"in two days", refFri, day(2025, 4, 27, "in two days")},
	{"in a week", refFri, day(2025, 5, 2, "in a week")},
	{"in 10 days", refFri, day(2025, 5, 5, "in 10 days")},

	// Open from Ref.
	{"in the coming days", refFri, bounded(day(2025, 4, 25, "in the coming days"), source.BoundNotBefore)},
	{"In the coming weeks", refFri, bounded(day(2025, 4, 25, "In the coming weeks"), source.BoundNotBefore)},
	{"over the coming months", refFri, bounded(day(2025, 4, 25, "over the coming months"), source.BoundNotBefore)},

	// Months and years.
	{"next month", refFri, source.Month(2025, 5, "next month")},
	{"last month", refFri, source.Month(2025, 3, "last month")},
	{"this month", refFri, source.Month(2025, 4, "this month")},
	{"next year", refFri, source.Year(2026, "next year")},
	{"last year", refFri, source.Year(2024, "last year")},
	{"in this year", refFri, source.Year(2025, "in this year")},
	{"earlier this month", refFri, dayPeriod(2025, 4, 1, 2025, 4, 25, "earlier this month")},
	{"later this year", refFri, dayPeriod(2025, 4, 25, 2025, 12, 31, "later this year")},

	// Parts of a month: the 1st to 10th, 11th to 20th, 21st to the end.
	{"early March", refFri, dayPeriod(2025, 3, 1, 2025, 3, 10, "early March")},
	{"mid-March", refFri, dayPeriod(2025, 3, 11, 2025, 3, 20, "mid-March")},
	{"mid March", refFri, dayPeriod(2025, 3, 11, 2025, 3, 20, "mid March")},
	{"MID-MARCH", refFri, dayPeriod(2025, 3, 11, 2025, 3, 20, "MID-MARCH")},
	{"the middle of March", refFri, dayPeriod(2025, 3, 11, 2025, 3, 20, "the middle of March")},
	{"late March", refFri, dayPeriod(2025, 3, 21, 2025, 3, 31, "late March")},
	{"in late March", refFri, dayPeriod(2025, 3, 21, 2025, 3, 31, "in late March")},
	{"late April 2024", refFri, dayPeriod(2024, 4, 21, 2024, 4, 30, "late April 2024")},
	{"mid-Sept 2024", refFri, dayPeriod(2024, 9, 11, 2024, 9, 20, "mid-Sept 2024")},
	{"early next month", refFri, dayPeriod(2025, 5, 1, 2025, 5, 10, "early next month")},

	// Thirds of a year, at month precision.
	{"mid-2024", refFri, monthPeriod(2024, 5, 2024, 8, "mid-2024")},
	{"early 2025", refFri, monthPeriod(2025, 1, 2025, 4, "early 2025")},
	{"late 2024", refFri, monthPeriod(2024, 9, 2024, 12, "late 2024")},
	{"early next year", refFri, monthPeriod(2026, 1, 2026, 4, "early next year")},
	{"late last year", refFri, monthPeriod(2024, 9, 2024, 12, "late last year")},

	// The end of a month: its last seven days; of a year: its December.
	{"the end of March", refFri, dayPeriod(2025, 3, 25, 2025, 3, 31, "the end of March")},
	{"at the end of the month", refFri, dayPeriod(2025, 4, 24, 2025, 4, 30, "at the end of the month")},
	{"the end of 2025", refFri, source.Month(2025, 12, "the end of 2025")},
	{"the end of the year", refFri, source.Month(2025, 12, "the end of the year")},

	// Weekends, Saturday and Sunday.
	{"the weekend", refFri, dayPeriod(2025, 4, 19, 2025, 4, 20, "the weekend")},
	{"over the weekend", refFri, dayPeriod(2025, 4, 19, 2025, 4, 20, "over the weekend")},
	{"at the weekend", refFri, dayPeriod(2025, 4, 19, 2025, 4, 20, "at the weekend")},
	{"on the weekend", refFri, dayPeriod(2025, 4, 19, 2025, 4, 20, "on the weekend")},
	{"last weekend", refFri, dayPeriod(2025, 4, 19, 2025, 4, 20, "last weekend")},
	{"this weekend", refFri, dayPeriod(2025, 4, 26, 2025, 4, 27, "this weekend")},
	{"next weekend", refFri, dayPeriod(2025, 5, 3, 2025, 5, 4, "next weekend")},
	{"the weekend", refFriFuture, dayPeriod(2025, 4, 26, 2025, 4, 27, "the weekend")},
	{"the weekend", refSun, dayPeriod(2025, 4, 26, 2025, 4, 27, "the weekend")},
	{"the weekend", source.Resolver{Ref: date(2025, 4, 27), Future: true}, dayPeriod(2025, 4, 26, 2025, 4, 27, "the weekend")},
	{"last weekend", refSun, dayPeriod(2025, 4, 19, 2025, 4, 20, "last weekend")},
	{"this weekend", refSun, dayPeriod(2025, 4, 26, 2025, 4, 27, "this weekend")},

	// Windows from Ref, and back to it.
	{"within 72 hours", refFri, source.Time{Start: friday, End: utc(2025, 4, 28, 0, 0, 0), Precision: source.PrecisionHour, Text: "within 72 hours"}},
	{"within 24 hours", refFri, source.Time{Start: friday, End: utc(2025, 4, 26, 0, 0, 0), Precision: source.PrecisionHour, Text: "within 24 hours"}},
	{"within an hour", refFri, source.Time{Start: friday, End: utc(2025, 4, 25, 1, 0, 0), Precision: source.PrecisionHour, Text: "within an hour"}},
	{"within two days", refFri, dayPeriod(2025, 4, 25, 2025, 4, 27, "within two days")},
	{"within a week", refFri, dayPeriod(2025, 4, 25, 2025, 5, 2, "within a week")},
	{"within the next month", refFri, dayPeriod(2025, 4, 25, 2025, 5, 25, "within the next month")},
	{"over the next five days", refFri, dayPeriod(2025, 4, 25, 2025, 4, 30, "over the next five days")},
	{"in the next two weeks", refFri, dayPeriod(2025, 4, 25, 2025, 5, 9, "in the next two weeks")},
	{"during the next week", refFri, dayPeriod(2025, 4, 25, 2025, 5, 2, "during the next week")},
	{"for the next ten days", refFri, dayPeriod(2025, 4, 25, 2025, 5, 5, "for the next ten days")},
	{"over the past week", refFri, dayPeriod(2025, 4, 18, 2025, 4, 25, "over the past week")},
	{"in the last three days", refFri, dayPeriod(2025, 4, 22, 2025, 4, 25, "in the last three days")},
	{"the past month", refFri, dayPeriod(2025, 3, 25, 2025, 4, 25, "the past month")},

	// Deadlines: "before" is not after the unit before; "until" and "by"
	// include the day.
	{"before Monday", refFri, bounded(day(2025, 4, 20, "before Monday"), source.BoundNotAfter)},
	{"before Monday", refFriFuture, bounded(day(2025, 4, 27, "before Monday"), source.BoundNotAfter)},
	{"before April 24", refFri, bounded(day(2025, 4, 23, "before April 24"), source.BoundNotAfter)},
	{"before March 2025", refFri, bounded(source.Month(2025, 2, "before March 2025"), source.BoundNotAfter)},
	{"before 2025", refFri, bounded(source.Year(2024, "before 2025"), source.BoundNotAfter)},
	{"before next month", refFri, bounded(source.Month(2025, 4, "before next month"), source.BoundNotAfter)},
	{"until Friday", refFri, bounded(day(2025, 4, 25, "until Friday"), source.BoundNotAfter)},
	{"Until April 30", refFri, bounded(day(2025, 4, 30, "Until April 30"), source.BoundNotAfter)},
	{"no later than Monday", refFriFuture, bounded(day(2025, 4, 28, "no later than Monday"), source.BoundNotAfter)},
	{"by tomorrow", refFri, bounded(day(2025, 4, 26, "by tomorrow"), source.BoundNotAfter)},
	{"by the end of March", refFri, bounded(day(2025, 3, 31, "by the end of March"), source.BoundNotAfter)},
	{"by the end of the week", refFri, bounded(day(2025, 4, 27, "by the end of the week"), source.BoundNotAfter)},
	{"by the end of the day", refFri, bounded(day(2025, 4, 25, "by the end of the day"), source.BoundNotAfter)},
	{"until the end of next month", refFri, bounded(day(2025, 5, 31, "until the end of next month"), source.BoundNotAfter)},
	{"before the end of 2025", refFri, bounded(day(2025, 12, 31, "before the end of 2025"), source.BoundNotAfter)},
	{"no later than the end of February 2024", refFri, bounded(day(2024, 2, 29, "no later than the end of February 2024"), source.BoundNotAfter)},
	{"since early Monday", refFri, bounded(day(2025, 4, 21, "since early Monday"), source.BoundSince)},
	{"since two days ago", refFri, bounded(day(2025, 4, 23, "since two days ago"), source.BoundSince)},
}

func TestParseTimePhrases(t *testing.T) {
	for _, c := range timePhraseCases {
		t.Run(c.phrase+" "+c.r.Ref.Format(time.DateOnly)+" "+strconv.FormatBool(c.r.Future), func(t *testing.T) {
			got, err := c.r.Parse(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			assertNoError(t, got.Validate())
		})
	}
}

func TestParseTimeAnyCase(t *testing.T) {
	// Letter case changes nothing but the text as written.
	for _, c := range timePhraseCases {
		for _, phrase := range []string{strings.ToUpper(c.phrase), strings.ToLower(c.phrase)} {
			got, err := c.r.Parse(phrase)
			require.NoError(t, err, phrase)
			want := c.want
			want.Text = phrase
			assert.Equal(t, want, got)
		}
	}
}

func TestParseTimeCalendarEdges(t *testing.T) {
	jan31 := source.Resolver{Ref: date(2025, 1, 31)}
	newYear := source.Resolver{Ref: date(2025, 1, 1)} // a Wednesday
	eve := source.Resolver{Ref: date(2024, 12, 31)}   // a Tuesday
	leap := source.Resolver{Ref: date(2024, 2, 10)}
	common := source.Resolver{Ref: date(2025, 2, 10)}
	mar31 := source.Resolver{Ref: date(2025, 3, 31)}
	for _, c := range []timePhraseCase{
		// Month ends: a month later than January 31 is February.
		{"next month", jan31, source.Month(2025, 2, "next month")},
		{"last month", jan31, source.Month(2024, 12, "last month")},
		{"within a month", jan31, dayPeriod(2025, 1, 31, 2025, 2, 28, "within a month")},
		{"within a month", source.Resolver{Ref: date(2024, 1, 31)}, dayPeriod(2024, 1, 31, 2024, 2, 29, "within a month")},
		{"last month", mar31, source.Month(2025, 2, "last month")},
		{"over the past month", mar31, dayPeriod(2025, 2, 28, 2025, 3, 31, "over the past month")},
		{"within a year", source.Resolver{Ref: date(2024, 2, 29)}, dayPeriod(2024, 2, 29, 2025, 2, 28, "within a year")},

		// Year boundaries.
		{"last week", newYear, dayPeriod(2024, 12, 23, 2024, 12, 29, "last week")},
		{"this week", newYear, dayPeriod(2024, 12, 30, 2025, 1, 5, "this week")},
		{"earlier this week", newYear, dayPeriod(2024, 12, 30, 2025, 1, 1, "earlier this week")},
		{"last weekend", newYear, dayPeriod(2024, 12, 28, 2024, 12, 29, "last weekend")},
		{"last year", newYear, source.Year(2024, "last year")},
		{"a week ago", newYear, day(2024, 12, 25, "a week ago")},
		{"last night", newYear, dayPeriod(2024, 12, 31, 2025, 1, 1, "last night")},
		{"next week", eve, dayPeriod(2025, 1, 6, 2025, 1, 12, "next week")},
		{"next month", eve, source.Month(2025, 1, "next month")},
		{"in two days", eve, day(2025, 1, 2, "in two days")},
		{"over the next five days", eve, dayPeriod(2024, 12, 31, 2025, 1, 5, "over the next five days")},
		{"within 48 hours", eve, source.Time{Start: date(2024, 12, 31), End: date(2025, 1, 2), Precision: source.PrecisionHour, Text: "within 48 hours"}},

		// February in a leap year and in a common one.
		{"mid-February", leap, dayPeriod(2024, 2, 11, 2024, 2, 20, "mid-February")},
		{"late February", leap, dayPeriod(2024, 2, 21, 2024, 2, 29, "late February")},
		{"the end of February", leap, dayPeriod(2024, 2, 23, 2024, 2, 29, "the end of February")},
		{"by the end of the month", leap, bounded(day(2024, 2, 29, "by the end of the month"), source.BoundNotAfter)},
		{"late February", common, dayPeriod(2025, 2, 21, 2025, 2, 28, "late February")},
		{"the end of February", common, dayPeriod(2025, 2, 22, 2025, 2, 28, "the end of February")},
	} {
		t.Run(c.phrase+" "+c.r.Ref.Format(time.DateOnly), func(t *testing.T) {
			got, err := c.r.Parse(c.phrase)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			assertNoError(t, got.Validate())
		})
	}
}

// assertTimePhraseError checks that a phrase is an error of the contract:
// no time, the package first, the phrase quoted.
func assertTimePhraseError(t *testing.T, phrase string, got source.Time, err error) {
	t.Helper()
	require.Error(t, err, "Parse(%q) = %+v", phrase, got)
	assert.Equal(t, source.Time{}, got)
	assert.True(t, strings.HasPrefix(err.Error(), "source: "), "%v", err)
	if p := strings.TrimSpace(phrase); p != "" {
		assert.Contains(t, err.Error(), strconv.Quote(p), "the error quotes the phrase")
	}
}

func TestParseTimePhraseErrors(t *testing.T) {
	for _, c := range []struct {
		phrase string
		ref    time.Time
		says   string // a part of the error that says why
	}{
		// No anchor: Parse reads one phrase.
		{"the day before", friday, "Resolver.Read"},
		{"the next day", friday, "Resolver.Read"},
		{"the following day", friday, "Resolver.Read"},
		{"The Previous Day", friday, "Resolver.Read"},
		{"two days later", friday, "Resolver.Read"},
		{"a week earlier", friday, "Resolver.Read"},
		{"two months later", friday, "days and weeks"},

		// Relative to an event, durations, and vague times.
		{"for the first five days", friday, "event"},
		{"in the first 24 hours", friday, "event"},
		{"within 24 hours of the approval", friday, "event"},
		{"two days after the strike", friday, "event"},
		{"three days before the vote", friday, "event"},
		{"for two days", friday, "duration"},
		{"two days", friday, "duration"},
		{"during five days", friday, "duration"},
		{"a few days ago", friday, ""},
		{"several days ago", friday, ""},
		{"recently", friday, ""},
		{"two hours ago", friday, "time of day"},
		{"in 48 hours", friday, "time of day"},
		{"over the past 24 hours", friday, "time of day"},
		{"two months ago", friday, "names none"},
		{"in two years", friday, "names none"},
		{"1000 days ago", friday, ""},
		{"0 days ago", friday, ""},
		{"007 days ago", friday, ""},
		{"a days ago", friday, ""},
		{"twenty-a days ago", friday, ""},
		{"twenty-ten days ago", friday, ""},
		{"within", friday, ""},
		{"over", friday, ""},
		{"over Thursday", friday, ""},

		// Modifiers without what they modify, or with what they cannot.
		{"early", friday, "needs"},
		{"late on", friday, "needs"},
		{"mid", friday, "needs"},
		{"mid-", friday, ""},
		{"mid-Monday", friday, "a month or a year"},
		{"mid-yesterday", friday, "a month or a year"},
		{"early last week", friday, "not a period"},
		{"late overnight", friday, "not a period"},
		{"mid-garbage", friday, ""},
		{"the middle of", friday, "needs"},
		{"the end of", friday, "needs"},
		{"the end of Monday", friday, "a month or a year"},
		{"the end of the week", friday, "a month or a year"},
		{"by the end of", friday, "needs"},
		{"by the end of the coming days", friday, "no end"},
		{"at dawn on", friday, "needs a day"},
		{"at dawn last week", friday, "single day"},
		{"early early Monday", friday, ""},
		{"the weekend before", friday, ""},
		{"this weekend morning", friday, ""},

		// A bound takes one date; an open time takes no second bound.
		{"since last week", friday, "single date"},
		{"by mid-March", friday, "single date"},
		{"until last night", friday, "single date"},
		{"before the weekend", friday, "single date"},
		{"since the coming days", friday, "already"},
		{"by in the coming days", friday, ""},

		// Relative phrases need a reference date.
		{"last night", time.Time{}, "reference date"},
		{"this week", time.Time{}, "reference date"},
		{"next month", time.Time{}, "reference date"},
		{"two days ago", time.Time{}, "reference date"},
		{"in two days", time.Time{}, "reference date"},
		{"within 72 hours", time.Time{}, "reference date"},
		{"over the past week", time.Time{}, "reference date"},
		{"early March", time.Time{}, "reference date"},
		{"the end of March", time.Time{}, "reference date"},
		{"at dawn", time.Time{}, "reference date"},
		{"the weekend", time.Time{}, "reference date"},
		{"in the coming days", time.Time{}, "reference date"},
		// Out of the years a Time can hold.
		{"next year", date(9999, 6, 1), ""},
		{"within 999 years", date(9500, 6, 1), ""},
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got, err := source.Resolver{Ref: c.ref}.Parse(c.phrase)
			assertTimePhraseError(t, c.phrase, got, err)
			assert.Contains(t, err.Error(), c.says)
		})
	}
}

func TestParseTimeAbsoluteModifiersWithoutRef(t *testing.T) {
	// A part of a month or year that writes its year needs no reference.
	for _, c := range []timePhraseCase{
		{"mid-2024", source.Resolver{}, monthPeriod(2024, 5, 2024, 8, "mid-2024")},
		{"late March 2025", source.Resolver{}, dayPeriod(2025, 3, 21, 2025, 3, 31, "late March 2025")},
		{"the end of February 2024", source.Resolver{}, dayPeriod(2024, 2, 23, 2024, 2, 29, "the end of February 2024")},
		{"by the end of 2025", source.Resolver{}, bounded(day(2025, 12, 31, "by the end of 2025"), source.BoundNotAfter)},
		{"before April 24, 2025", source.Resolver{}, bounded(day(2025, 4, 23, "before April 24, 2025"), source.BoundNotAfter)},
	} {
		got, err := c.r.Parse(c.phrase)
		require.NoError(t, err, c.phrase)
		assert.Equal(t, c.want, got)
	}
}
