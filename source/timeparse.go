package source

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/internal/validate"
)

// Resolver turns time phrases into [Time] values against a reference date:
// the day the report speaks from, usually its publication date.
//
// A Resolver is a plain value: write it as a literal, copy it, compare
// it. [Resolver.Parse] reads one phrase on its own. [Resolver.Read], on a
// *Resolver, reads the phrases of one report in order and remembers the
// last zone named and the last day resolved, for the phrases that lean on
// them ("at 18:00" after "at 15:00 Kyiv time", "the day before"); use a
// new Resolver for each report. A copy carries what it remembers.
type Resolver struct {
	// Ref is the reference date; only its calendar day in UTC counts.
	// Phrases relative to it ("Thursday", "yesterday", "overnight",
	// "April 23", "June", "last week", "within 72 hours") need it;
	// absolute dates do not. Where a phrase counts hours from Ref
	// ("within 72 hours"), Ref is the start of its day, 00:00 UTC.
	Ref time.Time
	// Future makes a bare weekday mean the first such day on or after Ref
	// (a schedule: "talks on Wednesday") instead of the last one on or
	// before it (a news report: "on Thursday, Russia launched"); "the
	// weekend" likewise.
	Future bool
	// Local is the zone of the place the report speaks of, for clock
	// times given in "local time": an IANA name ("Europe/Kyiv") or any
	// other zone a phrase may name ("Kyiv time", "UTC+3", "EEST"; see
	// [Resolver.Parse]). Empty means the zone of the place is unknown,
	// and "at 03:00 local time" is then an error, unless the phrase gives
	// the same time in another zone too. Local is a name, not a
	// *time.Location, so that a Resolver stays a plain value that can be
	// written from configuration, printed and compared by content; it is
	// looked up when a phrase needs it, and a name the reader does not
	// know is an error then.
	Local string

	// seen is what Read remembers of the report so far. Parse neither
	// reads nor changes it.
	seen readMemory
}

// readMemory is what [Resolver.Read] remembers between phrases.
type readMemory struct {
	// zone is the last zone a phrase named; zero when none has.
	zone zoneSpec
	// day is the last single day a phrase resolved to (at midnight UTC,
	// the calendar date in the zone of its clock time); zero when none.
	day time.Time
}

// MaxPhraseBytes is the longest phrase [ParseCount] and [Resolver.Parse]
// read: a figure or a time as written is a few words, and an error quotes
// what it cannot read.
const MaxPhraseBytes = 256

// ParseTime resolves a phrase against the reference date ref, reading bare
// weekdays as past days; see [Resolver.Parse] for the phrases it knows.
func ParseTime(phrase string, ref time.Time) (Time, error) {
	return Resolver{Ref: ref}.Parse(phrase)
}

// Parse resolves a time phrase. The result keeps the phrase as written in
// Text and a zone as written in Zone. It knows, in any letter case:
//
// Days, at [PrecisionDay]:
//   - weekdays: "Thursday", "on Friday", "last Friday" (strictly before
//     Ref), "next Monday" (strictly after), "this Friday" (in Ref's week,
//     Monday to Sunday), each optionally followed by "morning",
//     "afternoon", "evening" or "night" (still a day);
//   - "today", "yesterday", "tomorrow"; "tonight", "this morning", "this
//     afternoon", "this evening", "earlier today", "later today" (Ref's
//     day);
//   - "early" or "late", with or without "on", before a day: "early
//     Monday", "late on Tuesday", "late yesterday" (the day itself);
//   - "at dawn", "at dusk", "at daybreak", "at nightfall", "at sunrise",
//     "at sunset": alone, Ref's day; with a day, that day ("at dawn on
//     Monday", "Monday at dusk", "before dawn on Friday");
//   - "two days ago", "a week ago", "3 weeks ago" (days and weeks before
//     Ref, numbers in digits up to 999 or in words) and "in two days",
//     "in a week" (after Ref);
//   - dates: "April 24, 2025", "24 April 2025", "April 24" (a year not
//     written is found as "Years not written" says), "2025-04-24"; the
//     day in one or two digits ("February 06, 2023", "06 February 2023")
//     or as an ordinal with its own suffix ("October 7th", "7th October",
//     "the 7th of October", "October 1st", "2nd", "3rd", "23rd"; not
//     "7nd"); a year in four digits;
//   - a weekday before a date: "Wednesday, February 8, 2023", "Tuesday,
//     February 14", "Monday, 6 February 2023". A weekday that is not the
//     date's is an error: a typo in the report must not pass unseen.
//
// Periods from Start to End, End the last day, at [PrecisionDay]:
//   - "overnight" and "last night" (the night before Ref: from the day
//     before to Ref), "overnight into Friday";
//   - weeks, Monday to Sunday: "this week", "last week", "next week";
//     "earlier this week" (Monday to Ref), "later this week" (Ref to
//     Sunday), and so "earlier this month", "later this month",
//     "earlier this year", "later this year";
//   - weekends, Saturday and Sunday: "this weekend", "last weekend",
//     "next weekend" (of Ref's week, the week before, the week after);
//     "the weekend", "over the weekend", "at the weekend" (the last
//     weekend on or before Ref; with Future, the first on or after it);
//   - parts of a month, the year of Ref unless written: "early March"
//     (the 1st to the 10th), "mid-March", "mid March" or "the middle of
//     March" (the 11th to the 20th), "late March" (the 21st to the last
//     day), "the end of March" or "at the end of March" (its last seven
//     days; "the end of the month" is Ref's month);
//   - windows from Ref: "within two days", "within a week", "within the
//     next month", "over the next five days", "in the next two weeks",
//     "for the next ten days" (from Ref to Ref plus the length); "within
//     72 hours" (from Ref, 00:00 UTC, to 72 hours later, at
//     [PrecisionHour]); and back: "over the past week", "in the last
//     three days", "the past month" (from Ref less the length to Ref).
//     A window ahead ends on Ref plus the length, that day or hour
//     included: Ref is a day, the report's time within it is unknown,
//     and the window may reach into the last day or hour.
//
// Months and years:
//   - "April 2025", "2025-04", "April" and "in April" (a year not written
//     is found as "Years not written" says), "this month", "last month",
//     "next month", at [PrecisionMonth];
//   - "2025", "this year", "last year", "next year", at [PrecisionYear];
//     "the end of 2025" or "the end of the year" is its December;
//   - thirds of a year, at [PrecisionMonth] from Start to End: "early
//     2025" (January to April), "mid-2024" (May to August), "late 2024"
//     (September to December); and "early next year", "late last year";
//   - ranges of days, months or years, each end written as above: "from
//     July to August 2024", "between June and August 2024", "from 6 to 8
//     February 2023", "from February 6 to February 9", "from 2022 to
//     2024". Start is the start of the first end and End the second, at
//     the coarser of their precisions ("from February 6 to March 2024"
//     is February to March 2024, at [PrecisionMonth]). The second end is
//     read on its own; the first may leave out what the second writes:
//     its year, or before a day its month and year ("from 6 to 8
//     February 2023"). A first end after the second is an error ("from
//     December 20 to January 5": write the years), and so is a first end
//     that writes a year the second leaves out; two ends in the same unit
//     give that unit alone.
//
// Years not written: a date or a month without its year ("April 24",
// "June", "in June") takes Ref's year, as a part of a month does ("early
// March"), and is an error without a Ref. After "since", with or without
// a clock time, it is instead the latest such date or month on or before
// Ref: "since October 7" in a report of January 2025 is October 7, 2024,
// and "since June" June 2024, for what has held since a date began
// before the report that says so ("since February 29" looks back to the
// last leap day, up to eight years). "not before", "no earlier than" and
// every other lead keep Ref's year: a lower limit is mostly set on what is
// yet to come ("talks will not resume before June"), and the year before
// would misread it.
//
// A possessive that ends the phrase, as a report writes it before a noun
// ("Monday's earthquake"), is read as the word itself when the word is a
// weekday, a month, a day of the month, or "today", "yesterday",
// "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
// "week", "weekend", "month" or "year": "Monday's", "Thursday’s",
// "yesterday's", "last night's", "last week's". Text keeps it. Any other
// ("2022's", "GMT's") is an error.
//
// Clock times, stored in UTC with the zone as written in Zone:
//   - RFC 3339 timestamps, "2025-04-24T10:30:00+03:00", to the second
//     ([PrecisionSecond]), with no Zone: the offset is part of the
//     instant;
//   - "at 03:00", "18:00", "3:15 p.m.", and four digits before a zone,
//     "at 0300 GMT", are read to the minute ([PrecisionMinute]); "at 3
//     a.m.", "3am", "11 pm" to the hour ([PrecisionHour]), as written;
//     "at noon" and "at midnight" are 12:00 and 00:00, the start of the
//     day, to the minute;
//   - on Ref's day, or on a day written before or after the clock time:
//     "Monday at 18:00", "on April 24 at 03:00", "early Monday at 03:00",
//     "at 18:00 on Monday", "3 p.m. Thursday";
//   - in a zone: "GMT", "UTC" or "Z"; a UTC offset, "UTC+3", "GMT-5",
//     "UTC+5:30", "GMT+02:00", "+03:00", "+0300" (from UTC-12 to
//     UTC+14); an IANA name of a region, "Europe/Kyiv"; "<city> time"
//     for a city with a zone of its own in the IANA database ("Kyiv
//     time", "New York time", "Gaza time"), found under Europe/, Asia/,
//     Africa/, America/, Australia/, Pacific/, Atlantic/ or Indian/; the
//     abbreviations CET (UTC+1), CEST (UTC+2), EET (UTC+2), EEST (UTC+3)
//     and MSK (UTC+3), each a fixed offset; and "local time", the zone of
//     [Resolver.Local]. Abbreviations in use for several zones ("IST",
//     "CST", "EST", "BST", "PST", ...) are errors that say so;
//   - given twice: "at 03:00 local time (00:00 GMT)". The instant comes
//     from the zone that is known; when both are, they must give the
//     same instant. The clock time in parentheses falls on the day of the
//     first, or on the day before or after it, whichever makes the two
//     the same instant with an offset between UTC-12 and UTC+14 (an error
//     if none or two do), unless it writes its own day. Zone keeps both:
//     "local time (00:00 GMT)";
//   - given twice, the first with no zone: "at 4:17 am (0117 GMT)". The
//     zone in parentheses is not the first's, which is then the local
//     time of the place: checked against [Resolver.Local] when it is set,
//     else placed by the offset between the two clock times, as above.
//     After "(04:17 local time)" the first is in a zone the phrase does
//     not name, placed by the offset. Zone is the zone in parentheses, as
//     written and without them, "GMT" or "local time": the first has
//     none written, and Zone holds no word the phrase does not say;
//   - a clock time that the zone skips when its clocks go forward, or
//     passes twice when they go back, is an error: write the UTC offset;
//   - a clock time needs a zone: Parse reads "at 18:00" alone as an
//     error, while [Resolver.Read] gives it the zone named last (and,
//     without a day, the day resolved last);
//   - an hour of one digit without "a.m." or "p.m." ("at 9:30") is an
//     error: it may be morning or evening.
//
// Bounds, each on a single date, not a period:
//   - a leading "on", "in", "during" or "as of" (no change), "since"
//     ([BoundSince]), "not before", "no earlier than" ([BoundNotBefore]),
//     "not after", "no later than", "by", "until" ([BoundNotAfter], the
//     date itself included), and "before" ([BoundNotAfter] on the unit
//     before: "before Monday" is not after Sunday, "before 18:00" not
//     after 17:59, "before March 2025" not after February 2025);
//   - "by", "until", "before", "no later than" or "not after" "the end
//     of" a day, week, month or year: [BoundNotAfter] its last day ("by
//     the end of March", "by the end of the week");
//   - "in the coming days", "in the coming weeks", "in the coming
//     months", "over the coming days": [BoundNotBefore] Ref.
//
// Phrases that count from a day given earlier in the report, "the day
// before", "the previous day", "the day earlier", "the next day", "the
// following day", "the day after", "two days later", "a week earlier",
// are errors here: Parse reads one phrase and has no earlier day.
// [Resolver.Read] resolves them.
//
// Anything else is an error that quotes the phrase: it never guesses.
// Among these are durations ("for two days"), times that count from an
// event ("for the first five days", "within 24 hours of the approval"),
// vague times ("a few days ago"), "two hours ago" or "in 48 hours",
// which need the time of day that Ref does not give, and a day alone
// ("the 7th", "1st"), which has no month.
//
// Worst case: a phrase longer than [MaxPhraseBytes] is refused at once;
// otherwise time linear in its length (each zone a phrase names is looked
// up in the IANA database at most sixteen times, and look-ups are
// remembered).
func (r Resolver) Parse(phrase string) (Time, error) {
	t, _, err := r.parse(phrase, nil)
	return t, err
}

// Read resolves the phrases of one report in order: it reads each as
// [Resolver.Parse] does, and remembers the last zone a phrase named and
// the last single day a phrase resolved to, for the phrases that lean on
// them:
//   - a clock time without a zone ("at 18:00") takes the zone named last
//     (after "at 15:00 Kyiv time", Zone is "Kyiv time"), unless a clock
//     time in parentheses follows it with a zone of its own ("at 4:17 am
//     (0117 GMT)"): the first is then the local time of the place, read
//     as Parse reads it, whatever zone was named before;
//   - a clock time or "at dawn" without a day falls on the day resolved
//     last, or on Ref's day before any;
//   - "the day before", "the previous day", "the next day", "the
//     following day", "the day after", and "two days later", "a week
//     earlier" (days and weeks) count from the day resolved last.
//
// The day resolved last is that of the last phrase that resolved to a
// single day, with or without a clock time (the calendar date in the
// clock's zone); periods, months, years and bounds leave it as it was.
// A phrase that is an error changes nothing. Without an earlier day or
// zone, the phrases that need one are errors; so is a clock time that
// inherits "local time" when [Resolver.Local] is empty. Read on a nil
// *Resolver is an error.
func (r *Resolver) Read(phrase string) (Time, error) {
	if r == nil {
		return Time{}, errors.New("source: Read on a nil *Resolver")
	}
	t, seen, err := r.parse(phrase, &r.seen)
	if err != nil {
		return Time{}, err
	}
	if seen.zone.named() {
		r.seen.zone = seen.zone
	}
	if !seen.day.IsZero() {
		r.seen.day = seen.day
	}
	return t, nil
}

// parse reads a phrase; mem is what Read remembers, nil for Parse. It
// returns what the phrase gives Read to remember.
func (r Resolver) parse(phrase string, mem *readMemory) (Time, readMemory, error) {
	if len(phrase) > MaxPhraseBytes {
		return Time{}, readMemory{}, fmt.Errorf("source: time %s: longer than %d bytes: a time as written is a few words", excerpt.Quote(phrase), MaxPhraseBytes)
	}
	text := strings.TrimSpace(phrase)
	body := strings.TrimRight(text, ".,;")
	main, paren, err := splitParen(body)
	if err != nil {
		return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: %w", text, err)
	}
	orig := strings.Fields(main)
	if len(orig) == 0 {
		if paren != nil {
			return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: a time in parentheses needs a clock time before it", text)
		}
		return Time{}, readMemory{}, fmt.Errorf("source: empty time phrase")
	}
	if paren == nil {
		orig = dropPossessive(orig) // "Monday's"
	}
	words := lowerWords(orig)
	var (
		bound  Bound
		before bool
		lead   string
	)
	for _, p := range timePrefixes {
		if hasWords(words, p.words) {
			words, orig = words[len(p.words):], orig[len(p.words):]
			bound, before, lead = p.bound, p.before, strings.Join(p.words, " ")
			break
		}
	}
	if before && len(words) > 0 && dayMoments[words[0]] {
		// "before dawn on Friday" is early on Friday, not a bound.
		words = append([]string{"at"}, words...)
		orig = append([]string{"at"}, orig...)
		bound, before = "", false
	}
	if len(words) == 0 {
		return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q has no date", text)
	}
	var (
		t    Time
		seen readMemory
	)
	if end, ok := endOfWords(words); ok && bound == BoundNotAfter && paren == nil {
		// "by the end of March": a deadline, not the last days.
		t, err = r.lastDayOf(end, mem)
		before = false
	} else {
		t, seen, err = r.body(words, orig, lead, paren, mem)
	}
	if err != nil {
		return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: %w", text, err)
	}
	if bound != "" {
		if !t.End.IsZero() {
			return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: %q needs a single date, not a period", text, bound)
		}
		if t.Bound != "" {
			return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: %q on a time that is already %q", text, bound, t.Bound)
		}
		if before {
			t.Start = unitBefore(t.Precision, t.Start)
		}
		t.Bound = bound
		seen.day = time.Time{}
	}
	t.Text = text
	// The generated quick check, and the compiled rules to say why it
	// refused: they find what t.Validate would (tests in internal/validate
	// and rules_test.go prove the engines alike), without boxing.
	if rulesHold(&t) {
		return t, seen, nil
	}
	if err := validate.Explain("source: time", &t); err != nil {
		return Time{}, readMemory{}, fmt.Errorf("source: time phrase %q: %w", text, err)
	}
	return t, seen, nil
}

var timePrefixes = []struct {
	words  []string
	bound  Bound
	before bool // the unit before the date: "before Monday"
}{
	{[]string{"not", "before"}, BoundNotBefore, false},
	{[]string{"no", "earlier", "than"}, BoundNotBefore, false},
	{[]string{"not", "after"}, BoundNotAfter, false},
	{[]string{"no", "later", "than"}, BoundNotAfter, false},
	{[]string{"by"}, BoundNotAfter, false},
	{[]string{"until"}, BoundNotAfter, false},
	{[]string{"before"}, BoundNotAfter, true},
	{[]string{"since"}, BoundSince, false},
	{[]string{"as", "of"}, "", false},
	{[]string{"on"}, "", false},
	{[]string{"in"}, "", false},
	{[]string{"during"}, "", false},
}

// unitBefore returns the start of the unit of precision p before the one
// that starts at t.
func unitBefore(p Precision, t time.Time) time.Time {
	switch p {
	case PrecisionSecond:
		return t.Add(-time.Second)
	case PrecisionMinute:
		return t.Add(-time.Minute)
	case PrecisionHour:
		return t.Add(-time.Hour)
	case PrecisionDay:
		return t.AddDate(0, 0, -1)
	case PrecisionMonth:
		return t.AddDate(0, -1, 0)
	case PrecisionYear:
		return t.AddDate(-1, 0, 0)
	}
	return t
}

// splitParen splits "at 03:00 local time (00:00 GMT)" into the phrase
// and the words in parentheses, which must close it; paren is nil when
// there are none.
func splitParen(body string) (main string, paren []string, err error) {
	open, shut := strings.IndexByte(body, '('), strings.IndexByte(body, ')')
	if open < 0 && shut < 0 {
		return body, nil, nil
	}
	trimmed := strings.TrimSpace(body)
	if open < 0 || shut < open || strings.Count(body, "(") != 1 || strings.Count(body, ")") != 1 || !strings.HasSuffix(trimmed, ")") {
		return "", nil, errors.New(`parentheses are read only around a second clock time that ends the phrase ("03:00 local time (00:00 GMT)")`)
	}
	paren = strings.Fields(body[open+1 : shut])
	if len(paren) == 0 {
		return "", nil, errors.New("empty parentheses")
	}
	return body[:open], paren, nil
}

func lowerWords(orig []string) []string {
	low := make([]string, len(orig))
	for i, w := range orig {
		low[i] = strings.ToLower(w)
	}
	return low
}

func hasWords(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, w := range prefix {
		if words[i] != w {
			return false
		}
	}
	return true
}

// body reads the phrase after its leading word: a clock time with its
// day and zone, or a date or period.
func (r Resolver) body(words, orig []string, lead string, paren []string, mem *readMemory) (Time, readMemory, error) {
	if ci := clockIndex(words); ci >= 0 {
		return r.clockPhrase(words, orig, ci, lead, paren, mem)
	}
	if paren != nil {
		return Time{}, readMemory{}, errors.New("a time in parentheses is read only after a clock time")
	}
	t, err := r.dateCore(words, lead, mem)
	if err != nil {
		return Time{}, readMemory{}, err
	}
	var seen readMemory
	if singleDay(t) {
		seen.day = t.Start
	}
	return t, seen, nil
}

// singleDay reports whether t is one calendar day.
func singleDay(t Time) bool {
	return t.Precision == PrecisionDay && t.End.IsZero() && t.Bound == "" && !t.Start.IsZero()
}

var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// core reads the days of fixed words, weekdays and calendar dates. lead
// is the word Parse took off the front: after "since", a date without a
// year is the latest such date on or before Ref.
func (r Resolver) core(words []string, lead string) (Time, error) {
	switch words[0] {
	case "today", "yesterday", "tomorrow":
		if len(words) > 2 || (len(words) == 2 && !partsOfDay[words[1]]) {
			return Time{}, fmt.Errorf("unexpected %q", strings.Join(words[1:], " "))
		}
		ref, err := r.ref()
		if err != nil {
			return Time{}, err
		}
		shift := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[words[0]]
		return dayTime(ref.AddDate(0, 0, shift)), nil
	case "overnight":
		ref, err := r.ref()
		if err != nil {
			return Time{}, err
		}
		end := ref
		switch {
		case len(words) == 1:
		case len(words) >= 3 && words[1] == "into":
			d, err := r.weekday(words[2:])
			if err != nil {
				return Time{}, err
			}
			end = d
		default:
			return Time{}, fmt.Errorf("unexpected %q after \"overnight\"", strings.Join(words[1:], " "))
		}
		return Time{Start: end.AddDate(0, 0, -1), End: end, Precision: PrecisionDay}, nil
	}
	_, isWeekday := weekdayOf(words[0])
	if isWeekday && len(words) > 1 && !partsOfDay[words[1]] {
		return r.date(words, lead == "since") // "Wednesday, February 8, 2023"
	}
	if isWeekday || words[0] == "last" || words[0] == "next" || words[0] == "this" {
		d, err := r.weekday(words)
		if err != nil {
			return Time{}, err
		}
		return dayTime(d), nil
	}
	return r.date(words, lead == "since")
}

func (r Resolver) ref() (time.Time, error) {
	if r.Ref.IsZero() {
		return time.Time{}, fmt.Errorf("needs a reference date")
	}
	y, m, d := r.Ref.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

func dayTime(d time.Time) Time { return Time{Start: d, Precision: PrecisionDay} }

func weekdayOf(w string) (time.Weekday, bool) {
	w = strings.TrimSuffix(w, ",")
	for d, name := range weekdayNames {
		if w == name || w == name[:3] {
			return time.Weekday(d), true
		}
	}
	return 0, false
}

// weekdayNames and monthNames are the names time.Weekday and time.Month
// give, in lower case (held as constants: lowering them on every look-up
// made a string per name).
var (
	weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	monthNames   = [...]string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
)

// weekday resolves "[last|next|this] <weekday> [part of day]" to a day.
func (r Resolver) weekday(words []string) (time.Time, error) {
	mode := ""
	if words[0] == "last" || words[0] == "next" || words[0] == "this" {
		mode, words = words[0], words[1:]
	}
	if len(words) == 0 {
		return time.Time{}, fmt.Errorf("%q needs a weekday", mode)
	}
	wd, ok := weekdayOf(words[0])
	if !ok {
		return time.Time{}, fmt.Errorf("%q is not a weekday", words[0])
	}
	if len(words) > 2 || (len(words) == 2 && !partsOfDay[words[1]]) {
		return time.Time{}, fmt.Errorf("unexpected %q after the weekday", strings.Join(words[1:], " "))
	}
	ref, err := r.ref()
	if err != nil {
		return time.Time{}, err
	}
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days back to the last such day, 0 if today
	ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
	switch mode {
	case "last":
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back), nil
	case "next":
		if ahead == 0 {
			ahead = 7
		}
		return ref.AddDate(0, 0, ahead), nil
	case "this":
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, (int(wd)+6)%7), nil
	}
	if r.Future {
		return ref.AddDate(0, 0, ahead), nil
	}
	return ref.AddDate(0, 0, -back), nil
}

func monthOf(w string) (time.Month, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, ","), ".")
	for i, name := range monthNames {
		m := time.Month(i + 1)
		if w == name || w == name[:3] || (m == time.September && w == "sept") {
			return m, true
		}
	}
	return 0, false
}
