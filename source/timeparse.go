package source

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsevent/newsevent/internal/excerpt"
)

// Resolver turns time phrases into [Time] values against a reference date:
// the day the report speaks from, usually its publication date.
type Resolver struct {
	// Ref is the reference date; only its calendar day in UTC counts.
	// Phrases relative to it ("Thursday", "yesterday", "overnight",
	// "April 23") need it; absolute dates do not.
	Ref time.Time
	// Future makes a bare weekday mean the first such day on or after Ref
	// (a schedule: "talks on Wednesday") instead of the last one on or
	// before it (a news report: "on Thursday, Russia launched").
	Future bool
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
// Text. It knows, in any letter case:
//
//   - weekdays: "Thursday", "on Friday", "last Friday" (strictly before
//     Ref), "next Monday" (strictly after), "this Friday" (in Ref's week,
//     Monday to Sunday), each optionally followed by "morning",
//     "afternoon", "evening" or "night" (still a day);
//   - "today", "yesterday", "tomorrow";
//   - "overnight" (the night before Ref: a period from the day before to
//     Ref, at day precision) and "overnight into Friday";
//   - dates: "April 24, 2025", "24 April 2025", "April 24" (the year of
//     Ref), "April 2025", "2025", "2025-04-24", "2025-04", and RFC 3339
//     timestamps; a year is written in four digits;
//   - a leading "on", "in", "during" or "as of" (no change), "since"
//     ([BoundSince]), "not before", "no earlier than" ([BoundNotBefore]),
//     "not after", "no later than", "by" ([BoundNotAfter]).
//
// Anything else is an error that quotes the phrase: it never guesses.
//
// Worst case: a phrase longer than [MaxPhraseBytes] is refused at once;
// otherwise time linear in its length.
func (r Resolver) Parse(phrase string) (Time, error) {
	if len(phrase) > MaxPhraseBytes {
		return Time{}, fmt.Errorf("source: time %s: longer than %d bytes: a time as written is a few words", excerpt.Quote(phrase), MaxPhraseBytes)
	}
	text := strings.TrimSpace(phrase)
	words := strings.Fields(strings.ToLower(strings.TrimRight(text, ".,;")))
	if len(words) == 0 {
		return Time{}, fmt.Errorf("source: empty time phrase")
	}
	var bound Bound
	for _, p := range timePrefixes {
		if hasWords(words, p.words) {
			words, bound = words[len(p.words):], p.bound
			break
		}
	}
	if len(words) == 0 {
		return Time{}, fmt.Errorf("source: time phrase %q has no date", text)
	}
	t, err := r.core(words)
	if err != nil {
		return Time{}, fmt.Errorf("source: time phrase %q: %w", text, err)
	}
	if bound != "" {
		if !t.End.IsZero() {
			return Time{}, fmt.Errorf("source: time phrase %q: %q needs a single date, not a period", text, bound)
		}
		t.Bound = bound
	}
	t.Text = text
	if err := t.Validate(); err != nil {
		return Time{}, fmt.Errorf("source: time phrase %q: %w", text, err)
	}
	return t, nil
}

var timePrefixes = []struct {
	words []string
	bound Bound
}{
	{[]string{"not", "before"}, BoundNotBefore},
	{[]string{"no", "earlier", "than"}, BoundNotBefore},
	{[]string{"not", "after"}, BoundNotAfter},
	{[]string{"no", "later", "than"}, BoundNotAfter},
	{[]string{"by"}, BoundNotAfter},
	{[]string{"since"}, BoundSince},
	{[]string{"as", "of"}, ""},
	{[]string{"on"}, ""},
	{[]string{"in"}, ""},
	{[]string{"during"}, ""},
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

var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

func (r Resolver) core(words []string) (Time, error) {
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
	if _, ok := weekdayOf(words[0]); ok || words[0] == "last" || words[0] == "next" || words[0] == "this" {
		d, err := r.weekday(words)
		if err != nil {
			return Time{}, err
		}
		return dayTime(d), nil
	}
	return r.date(words)
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
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if w == name || w == name[:3] {
			return d, true
		}
	}
	return 0, false
}

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
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || w == name[:3] || (m == time.September && w == "sept") {
			return m, true
		}
	}
	return 0, false
}

// number reads a day or year number, allowing a trailing comma.
func number(w string, lo, hi int) (int, bool) {
	w = strings.TrimSuffix(w, ",")
	if w == "" || len(w) > 4 || w[0] == '0' {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

func (r Resolver) date(words []string) (Time, error) {
	if len(words) == 1 {
		w := words[0]
		if t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(w)); err == nil {
			return Time{Start: t.UTC().Truncate(time.Second), Precision: PrecisionSecond}, nil
		}
		if t, err := time.Parse("2006-01-02", w); err == nil {
			return dayTime(t), nil
		}
		if t, err := time.Parse("2006-01", w); err == nil {
			return Time{Start: t, Precision: PrecisionMonth}, nil
		}
		if y, ok := parseYear(w); ok && !strings.HasSuffix(w, ",") {
			return Year(y, ""), nil
		}
	}
	var (
		month       time.Month
		day, year   int
		haveMonth   bool
		haveDay     bool
		haveYear    bool
		dayFirst    bool
		consumedAll = true
	)
	switch len(words) {
	case 2, 3:
		if m, ok := monthOf(words[0]); ok { // April 24[,] [2025] | April 2025
			month, haveMonth = m, true
			if d, ok := number(words[1], 1, 31); ok && (len(words) == 3 || !looksLikeYear(words[1])) {
				day, haveDay = d, true
				if len(words) == 3 {
					year, haveYear = parseYear(words[2])
					consumedAll = haveYear
				}
			} else if y, ok := parseYear(words[1]); ok && len(words) == 2 {
				year, haveYear = y, true
			} else {
				consumedAll = false
			}
		} else if d, ok := number(words[0], 1, 31); ok { // 24 April [2025]
			if m, ok := monthOf(words[1]); ok {
				day, month, haveDay, haveMonth, dayFirst = d, m, true, true, true
				if len(words) == 3 {
					year, haveYear = parseYear(words[2])
					consumedAll = haveYear
				}
			} else {
				consumedAll = false
			}
		} else {
			consumedAll = false
		}
	default:
		consumedAll = false
	}
	_ = dayFirst
	if !haveMonth || !consumedAll {
		return Time{}, fmt.Errorf("not a date, weekday or relative day this parser knows")
	}
	if !haveDay {
		return Month(year, month, ""), nil
	}
	if !haveYear {
		ref, err := r.ref()
		if err != nil {
			return Time{}, fmt.Errorf("a date without a year %w", err)
		}
		year = ref.Year()
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return Time{}, fmt.Errorf("%s has no day %d", month, day)
	}
	return dayTime(t), nil
}

// parseYear reads a year written in four digits, allowing a trailing
// comma: "April 32" is no month of the year 32, and "in 12" no year.
func parseYear(w string) (int, bool) {
	return number(w, 1000, 9999)
}

// looksLikeYear reports whether a number after a month is a year ("April
// 2025") rather than a day ("April 24").
func looksLikeYear(w string) bool {
	return len(strings.TrimSuffix(w, ",")) == 4
}
