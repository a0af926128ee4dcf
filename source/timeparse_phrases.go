package source

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file reads the relative phrases of news reports: parts of days,
// weeks, weekends, months and years, counts of days ("two days ago"),
// windows ("within 72 hours") and days counted from an earlier one ("the
// day before"). Each function resolves against Ref and returns a Time
// without Text, which Parse fills in.

// dayMoments are the moments of a day that name no clock time: "at dawn"
// is a day.
var dayMoments = map[string]bool{"dawn": true, "dusk": true, "daybreak": true, "nightfall": true, "sunrise": true, "sunset": true}

// dateCore reads a date or period: first the words that modify another
// phrase ("early", "mid-", "the end of", "at dawn"), then the phrases of
// simple. Modifiers do not nest: what they modify is read by simple or
// periodOf, so the depth of the calls is fixed, whatever the input.
func (r Resolver) dateCore(words []string, lead string, mem *readMemory) (Time, error) {
	switch w := words[0]; {
	case w == "early" || w == "late":
		rest := words[1:]
		if len(rest) > 0 && rest[0] == "on" {
			rest = rest[1:]
		}
		return r.partOf(w, rest, mem)
	case w == "mid":
		return r.partOf("mid", words[1:], mem)
	case strings.HasPrefix(w, "mid-") && len(w) > len("mid-"):
		return r.partOf("mid", append([]string{w[len("mid-"):]}, words[1:]...), mem)
	case hasWords(words, []string{"the", "middle", "of"}):
		return r.partOf("mid", words[3:], mem)
	case w == "from" || w == "between":
		return r.dateRange(words)
	}
	if end, ok := endOfWords(words); ok {
		return r.endOf(end, mem)
	}
	if t, ok, err := r.moment(words, mem); ok {
		return t, err
	}
	return r.simple(words, lead, mem)
}

// endOfWords returns the words after "the end of", "end of" or "at the
// end of", and whether the phrase starts so.
func endOfWords(words []string) ([]string, bool) {
	for _, p := range [][]string{{"the", "end", "of"}, {"end", "of"}, {"at", "the", "end", "of"}} {
		if hasWords(words, p) {
			return words[len(p):], true
		}
	}
	return nil, false
}

// partOf reads "early", "mid" or "late" before a day (the day itself), a
// month (its 1st to 10th, 11th to 20th, or 21st to last day) or a year
// (January to April, May to August, September to December, at month
// precision). "late last night" is last night.
func (r Resolver) partOf(mode string, words []string, mem *readMemory) (Time, error) {
	what := "a day, a month or a year"
	if mode == "mid" {
		what = "a month or a year"
	}
	if len(words) == 0 {
		return Time{}, fmt.Errorf("%q needs %s", mode, what)
	}
	if mode != "mid" && len(words) == 2 && words[0] == "last" && words[1] == "night" {
		return r.simple(words, "", mem)
	}
	x, err := r.periodOf(words, mem)
	if err != nil {
		return Time{}, err
	}
	if x.Bound != "" || !x.End.IsZero() {
		return Time{}, fmt.Errorf("%q needs %s, not a period", mode, what)
	}
	third := map[string]int{"early": 0, "mid": 1, "late": 2}[mode]
	switch x.Precision {
	case PrecisionDay:
		if mode != "mid" {
			return x, nil
		}
	case PrecisionMonth:
		y, m, _ := x.Start.Date()
		first := time.Date(y, m, 1+10*third, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 0, 9)
		if third == 2 {
			last = monthEnd(y, m)
		}
		return Time{Start: first, End: last, Precision: PrecisionDay}, nil
	case PrecisionYear:
		y := x.Start.Year()
		first := time.Date(y, time.Month(1+4*third), 1, 0, 0, 0, 0, time.UTC)
		return Time{Start: first, End: first.AddDate(0, 3, 0), Precision: PrecisionMonth}, nil
	}
	return Time{}, fmt.Errorf("%q needs %s", mode, what)
}

// periodOf reads what "early", "mid", "late" and "the end of" modify:
// "the month", "the year", "the week", "the day" (Ref's), or any phrase
// of simple, a month alone ("March", in the year of Ref) among them.
func (r Resolver) periodOf(words []string, mem *readMemory) (Time, error) {
	switch strings.Join(words, " ") {
	case "the month":
		words = []string{"this", "month"}
	case "the year":
		words = []string{"this", "year"}
	case "the week":
		words = []string{"this", "week"}
	case "the day":
		words = []string{"today"}
	}
	return r.simple(words, "", mem)
}

// endOf reads "the end of" a month (its last seven days) or a year (its
// December).
func (r Resolver) endOf(words []string, mem *readMemory) (Time, error) {
	if len(words) == 0 {
		return Time{}, errors.New(`"the end of" needs a month or a year`)
	}
	x, err := r.periodOf(words, mem)
	if err != nil {
		return Time{}, err
	}
	if x.Bound == "" && x.End.IsZero() {
		switch x.Precision {
		case PrecisionMonth:
			y, m, _ := x.Start.Date()
			last := monthEnd(y, m)
			return Time{Start: last.AddDate(0, 0, -6), End: last, Precision: PrecisionDay}, nil
		case PrecisionYear:
			return Month(x.Start.Year(), time.December, ""), nil
		}
	}
	return Time{}, errors.New(`"the end of" needs a month or a year (after "by" or "until", any date or period)`)
}

// lastDayOf reads the words after "by the end of": the last day of a
// day, period, month or year, for a deadline.
func (r Resolver) lastDayOf(words []string, mem *readMemory) (Time, error) {
	if len(words) == 0 {
		return Time{}, errors.New(`"the end of" needs a date`)
	}
	x, err := r.periodOf(words, mem)
	if err != nil {
		return Time{}, err
	}
	if x.Bound != "" {
		return Time{}, fmt.Errorf("%q has no end", x.Bound)
	}
	last := x.Start
	if !x.End.IsZero() {
		last = x.End
	}
	y, m, _ := last.Date()
	switch x.Precision {
	case PrecisionDay:
	case PrecisionMonth:
		last = monthEnd(y, m)
	case PrecisionYear:
		last = time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
	default:
		return Time{}, errors.New(`"the end of" needs a day, a week, a month or a year`)
	}
	return dayTime(last), nil
}

// moment reads "at dawn" and its kin: alone, the day resolved last or
// Ref's; "at dawn on Monday" and "Monday at dawn", that day. ok says the
// phrase has such a moment.
func (r Resolver) moment(words []string, mem *readMemory) (t Time, ok bool, err error) {
	var day []string
	n := len(words)
	switch {
	case n >= 2 && words[0] == "at" && dayMoments[words[1]]:
		day = words[2:]
		if len(day) > 0 && day[0] == "on" {
			day = day[1:]
			if len(day) == 0 {
				return Time{}, true, errors.New(`"on" needs a day`)
			}
		}
	case n >= 3 && words[n-2] == "at" && dayMoments[words[n-1]]:
		day = words[:n-2]
	default:
		return Time{}, false, nil
	}
	if len(day) == 0 {
		d, err := r.contextDay(mem)
		return dayTime(d), true, err
	}
	x, err := r.simple(day, "", mem)
	if err != nil {
		return Time{}, true, err
	}
	if !singleDay(x) {
		return Time{}, true, fmt.Errorf("%q needs a single day", "at "+words[len(words)-1])
	}
	return x, true, nil
}

// contextDay is the day of a phrase that names none ("at 18:00", "at
// dawn"): for Read, the day resolved last; otherwise Ref's.
func (r Resolver) contextDay(mem *readMemory) (time.Time, error) {
	if mem != nil && !mem.day.IsZero() {
		return mem.day, nil
	}
	return r.ref()
}

// simple reads the phrases that modify nothing: the fixed phrases, counts
// of days, windows, and the dates and weekdays of core.
func (r Resolver) simple(words []string, lead string, mem *readMemory) (Time, error) {
	if t, ok, err := r.fixedPhrase(strings.Join(words, " "), mem); ok {
		return t, err
	}
	if len(words) == 3 {
		if s, ok := readSpan(words[:2]); ok {
			switch words[2] {
			case "ago":
				return r.ago(s)
			case "later":
				return r.fromAnchor(s, 1, mem)
			case "earlier":
				return r.fromAnchor(s, -1, mem)
			}
		}
	}
	if t, ok, err := r.window(words, lead); ok {
		return t, err
	}
	return r.core(words, lead)
}

// fixedPhrase reads the phrases of fixed words. ok says the phrase is one.
func (r Resolver) fixedPhrase(phrase string, mem *readMemory) (t Time, ok bool, err error) {
	switch phrase {
	case "the day before", "the previous day", "the day earlier":
		t, err = r.fromAnchor(phraseSpan{1, "day"}, -1, mem)
		return t, true, err
	case "the next day", "the following day", "the day after":
		t, err = r.fromAnchor(phraseSpan{1, "day"}, 1, mem)
		return t, true, err
	}
	f, ok := fixedPhrases[phrase]
	if !ok {
		return Time{}, false, nil
	}
	ref, err := r.ref()
	if err != nil {
		return Time{}, true, err
	}
	return f(r, ref), true, nil
}

// fixedPhrases resolve the phrases of fixed words against Ref's day.
var fixedPhrases = map[string]func(r Resolver, ref time.Time) Time{
	"last night":     func(_ Resolver, ref time.Time) Time { return daysPeriod(ref.AddDate(0, 0, -1), ref) },
	"tonight":        refDayTime,
	"this morning":   refDayTime,
	"this afternoon": refDayTime,
	"this evening":   refDayTime,
	"earlier today":  refDayTime,
	"later today":    refDayTime,

	"this week":         weekFrom(0),
	"last week":         weekFrom(-1),
	"next week":         weekFrom(1),
	"earlier this week": func(_ Resolver, ref time.Time) Time { return daysPeriod(mondayOf(ref), ref) },
	"later this week":   func(_ Resolver, ref time.Time) Time { return daysPeriod(ref, mondayOf(ref).AddDate(0, 0, 6)) },

	"this weekend":     weekendOf(0),
	"last weekend":     weekendOf(-1),
	"next weekend":     weekendOf(1),
	"the weekend":      Resolver.weekend,
	"over the weekend": Resolver.weekend,
	"at the weekend":   Resolver.weekend,

	"this month":         monthFrom(0),
	"last month":         monthFrom(-1),
	"next month":         monthFrom(1),
	"earlier this month": func(_ Resolver, ref time.Time) Time { return daysPeriod(ref.AddDate(0, 0, 1-ref.Day()), ref) },
	"later this month":   func(_ Resolver, ref time.Time) Time { return daysPeriod(ref, monthEnd(ref.Year(), ref.Month())) },

	"this year": yearFrom(0),
	"last year": yearFrom(-1),
	"next year": yearFrom(1),
	"earlier this year": func(_ Resolver, ref time.Time) Time {
		return daysPeriod(time.Date(ref.Year(), 1, 1, 0, 0, 0, 0, time.UTC), ref)
	},
	"later this year": func(_ Resolver, ref time.Time) Time {
		return daysPeriod(ref, time.Date(ref.Year(), 12, 31, 0, 0, 0, 0, time.UTC))
	},

	"the coming days":        comingDays,
	"the coming weeks":       comingDays,
	"the coming months":      comingDays,
	"over the coming days":   comingDays,
	"over the coming weeks":  comingDays,
	"over the coming months": comingDays,
}

// refDayTime is Ref's day: "tonight", "this morning".
func refDayTime(_ Resolver, ref time.Time) Time { return dayTime(ref) }

// comingDays is "in the coming days": not before Ref.
func comingDays(_ Resolver, ref time.Time) Time {
	return Time{Start: ref, Precision: PrecisionDay, Bound: BoundNotBefore}
}

// mondayOf returns the Monday of the week of d, Monday to Sunday.
func mondayOf(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }

// weekFrom returns the week, Monday to Sunday, weeks after Ref's.
func weekFrom(weeks int) func(Resolver, time.Time) Time {
	return func(_ Resolver, ref time.Time) Time {
		mon := mondayOf(ref).AddDate(0, 0, 7*weeks)
		return daysPeriod(mon, mon.AddDate(0, 0, 6))
	}
}

// weekendOf returns the Saturday and Sunday of the week weeks after Ref's.
func weekendOf(weeks int) func(Resolver, time.Time) Time {
	return func(_ Resolver, ref time.Time) Time {
		sat := mondayOf(ref).AddDate(0, 0, 7*weeks+5)
		return daysPeriod(sat, sat.AddDate(0, 0, 1))
	}
}

// monthFrom returns the month months after Ref's.
func monthFrom(months int) func(Resolver, time.Time) Time {
	return func(_ Resolver, ref time.Time) Time {
		return Time{Start: time.Date(ref.Year(), ref.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth}
	}
}

// yearFrom returns the year years after Ref's.
func yearFrom(years int) func(Resolver, time.Time) Time {
	return func(_ Resolver, ref time.Time) Time { return Year(ref.Year()+years, "") }
}

// weekend is "the weekend": the last Saturday and Sunday on or before ref
// (a weekend under way included), or with Future the first on or after
// it.
func (r Resolver) weekend(ref time.Time) Time {
	sat := ref.AddDate(0, 0, -((int(ref.Weekday()) + 1) % 7)) // on or before; Sunday goes back one day
	if r.Future && ref.Weekday() != time.Sunday {
		sat = ref.AddDate(0, 0, (int(time.Saturday)-int(ref.Weekday())+7)%7)
	}
	return daysPeriod(sat, sat.AddDate(0, 0, 1))
}

// daysPeriod returns the days from start to end, or the day when they
// are one.
func daysPeriod(start, end time.Time) Time {
	if start.Equal(end) {
		return dayTime(start)
	}
	return Time{Start: start, End: end, Precision: PrecisionDay}
}

// monthEnd returns the last day of the month m of year y.
func monthEnd(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// phraseSpan is a length as written: a count and a unit ("two days": 2,
// "day").
type phraseSpan struct {
	n    int
	unit string // "hour", "day", "week", "month" or "year"
}

// maxSpanCount is the largest count of a length: enough for "100 days
// ago", small enough to keep every date within reach of a Ref.
const maxSpanCount = 999

// readSpan reads exactly two words, a count and a unit: "two days", "72
// hours", "a week".
func readSpan(words []string) (phraseSpan, bool) {
	if len(words) != 2 {
		return phraseSpan{}, false
	}
	n, ok := spanCount(words[0])
	if !ok {
		return phraseSpan{}, false
	}
	unit := strings.TrimSuffix(words[1], "s")
	switch unit {
	case "hour", "day", "week", "month", "year":
	default:
		return phraseSpan{}, false
	}
	if (words[0] == "a" || words[0] == "an") && unit != words[1] {
		return phraseSpan{}, false // "a days"
	}
	return phraseSpan{n, unit}, true
}

// spanUnits and spanTens are the numbers in words that a length counts.
var (
	spanUnits = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	spanTens = map[string]int{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
)

// spanCount reads the count of a length: 1 to maxSpanCount in digits, or
// a number in words up to ninety-nine ("a", "two", "seventy-two").
func spanCount(w string) (int, bool) {
	if asciiDigits(w) {
		if w[0] == '0' || len(w) > 3 {
			return 0, false
		}
		n, err := strconv.Atoi(w)
		return n, err == nil && n >= 1 && n <= maxSpanCount
	}
	if n, ok := spanUnits[w]; ok {
		return n, true
	}
	if n, ok := spanTens[w]; ok {
		return n, true
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok || unit == "a" || unit == "an" {
		return 0, false
	}
	t, okT := spanTens[tens]
	u, okU := spanUnits[unit]
	if !okT || !okU || u > 9 {
		return 0, false
	}
	return t + u, true
}

// days returns the length as days, for a length of days or weeks.
func (s phraseSpan) days() (int, bool) {
	switch s.unit {
	case "day":
		return s.n, true
	case "week":
		return 7 * s.n, true
	}
	return 0, false
}

// addTo returns the day d moved by the length, forward when sign is 1
// and back when -1; a month or year that has no such day ends on its last
// day (January 31 and a month is February 28 or 29).
func (s phraseSpan) addTo(d time.Time, sign int) time.Time {
	if n, ok := s.days(); ok {
		return d.AddDate(0, 0, sign*n)
	}
	months := s.n
	if s.unit == "year" {
		months *= 12
	}
	y, m, day := d.Date()
	first := time.Date(y, m+time.Month(sign*months), 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, min(day, monthEnd(first.Year(), first.Month()).Day())-1)
}

var (
	errHoursFromRef = errors.New("hours from the report's time need its time of day, and Ref is a day: give the date or a clock time")
	errVagueSpan    = errors.New("only days and weeks name a day: a month or a year from Ref names none")
)

// ago reads "two days ago", "a week ago": the day that many days or
// weeks before Ref.
func (r Resolver) ago(s phraseSpan) (Time, error) {
	n, ok := s.days()
	if !ok {
		if s.unit == "hour" {
			return Time{}, errHoursFromRef
		}
		return Time{}, errVagueSpan
	}
	ref, err := r.ref()
	if err != nil {
		return Time{}, err
	}
	return dayTime(ref.AddDate(0, 0, -n)), nil
}

// fromAnchor reads "the day before", "two days later": days or weeks
// from the day Read resolved last.
func (r Resolver) fromAnchor(s phraseSpan, sign int, mem *readMemory) (Time, error) {
	n, ok := s.days()
	if !ok {
		return Time{}, errors.New("only days and weeks are counted from an earlier day")
	}
	if mem == nil {
		return Time{}, errors.New("it counts from a day given earlier in the report: read the report's phrases in order with Resolver.Read")
	}
	if mem.day.IsZero() {
		return Time{}, errors.New("it counts from a day given earlier in the report, and no phrase read so far gave one")
	}
	return dayTime(mem.day.AddDate(0, 0, sign*n)), nil
}

// window reads the phrases of a length of time: windows from Ref ("within
// 72 hours", "over the next five days", "in two days"), back to it ("over
// the past week"), and the durations and times relative to an event,
// which are errors. lead is the word Parse took off the front ("in",
// "during"). ok says the phrase is one of these.
func (r Resolver) window(words []string, lead string) (t Time, ok bool, err error) {
	how, rest := lead, words
	switch words[0] {
	case "within", "over", "for":
		how, rest = words[0], words[1:]
	}
	if len(rest) == 0 {
		return Time{}, false, nil
	}
	switch {
	case hasWords(rest, []string{"the", "first"}):
		return Time{}, true, errRelative
	case len(rest) > 2 && isRelation(rest[2]):
		if _, isSpan := readSpan(rest[:2]); isSpan {
			return Time{}, true, errRelative
		}
	case hasWords(rest, []string{"the", "next"}):
		s, isSpan := readSpan(rest[2:])
		if !isSpan && how != "" && how != "on" && how != "as of" && len(rest) == 3 {
			s, isSpan = readSpan([]string{"a", rest[2]}) // "within the next month"
		}
		if isSpan {
			t, err := r.ahead(s)
			return t, true, err
		}
	case hasWords(rest, []string{"the", "past"}) || hasWords(rest, []string{"the", "last"}):
		s, isSpan := readSpan(rest[2:])
		if !isSpan && rest[1] == "past" && len(rest) == 3 {
			s, isSpan = readSpan([]string{"a", rest[2]}) // "the past week"
		}
		if isSpan {
			t, err := r.back(s)
			return t, true, err
		}
	}
	s, isSpan := readSpan(rest)
	if !isSpan {
		return Time{}, false, nil
	}
	switch how {
	case "within":
		t, err := r.ahead(s)
		return t, true, err
	case "in":
		n, ok := s.days()
		if !ok {
			if s.unit == "hour" {
				return Time{}, true, errHoursFromRef
			}
			return Time{}, true, errVagueSpan
		}
		ref, err := r.ref()
		if err != nil {
			return Time{}, true, err
		}
		return dayTime(ref.AddDate(0, 0, n)), true, nil
	}
	return Time{}, true, errors.New("a duration, not a time: it says how long, not when")
}

// errRelative is the error of a time that counts from an event.
var errRelative = errors.New("it counts from an event or a period the phrase does not date, and is no time of its own: link it to the event it counts from")

// isRelation reports whether w ties a length to something else: "within
// 24 hours of the approval", "two days after the strike".
func isRelation(w string) bool {
	switch w {
	case "of", "after", "before", "from", "since", "into":
		return true
	}
	return false
}

// ahead is the window from Ref to Ref plus the length: at hour precision
// for hours (Ref at 00:00 UTC), at day precision otherwise.
func (r Resolver) ahead(s phraseSpan) (Time, error) {
	ref, err := r.ref()
	if err != nil {
		return Time{}, err
	}
	if s.unit == "hour" {
		return Time{Start: ref, End: ref.Add(time.Duration(s.n) * time.Hour), Precision: PrecisionHour}, nil
	}
	return daysPeriod(ref, s.addTo(ref, 1)), nil
}

// back is the window from Ref less the length to Ref, at day precision.
func (r Resolver) back(s phraseSpan) (Time, error) {
	if s.unit == "hour" {
		return Time{}, errHoursFromRef
	}
	ref, err := r.ref()
	if err != nil {
		return Time{}, err
	}
	return daysPeriod(s.addTo(ref, -1), ref), nil
}
