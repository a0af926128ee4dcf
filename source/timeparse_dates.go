package source

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file reads calendar dates as reports write them ("Wednesday,
// February 8, 2023", "the 7th of October", "June", "2025-04-24"), finds
// the year of one written without it, and reads ranges of them ("from
// July to August 2024").

// writtenDate is a calendar date as a phrase writes it: each of year,
// month and day is 0 when the phrase leaves it out.
type writtenDate struct {
	year  int
	month time.Month
	day   int
	// weekday is the day of the week written before the date, checked
	// against it, when hasWeekday.
	weekday    time.Weekday
	hasWeekday bool
}

// readWrittenDate reads the words of a calendar date, in lower case:
//   - "2025-04-24", "2025-04", "2025";
//   - "February 8, 2023", "February 8", "February 2023", "February";
//   - "8 February 2023", "8 February", "the 8th of February 2023",
//     "8th of February";
//   - a day alone, "8", "8th" or "the 8th", which only the first end of
//     a range reads (its month and year are those of the second);
//   - a weekday before a date with its day, "Wednesday, February 8,
//     2023".
//
// A day is written in one or two digits ("6", "06") or as an ordinal with
// its own suffix ("1st", "2nd", "3rd", "23rd", "7th"; not "7nd"); a year
// in four digits. Commas may follow each word. ok is false when the words
// are none of these.
func readWrittenDate(words []string) (d writtenDate, ok bool) {
	if len(words) > 1 {
		if wd, isDay := weekdayOf(words[0]); isDay {
			d.weekday, d.hasWeekday, words = wd, true, words[1:]
		}
	}
	if len(words) == 1 {
		w := words[0]
		if t, err := time.Parse("2006-01-02", w); err == nil {
			d.year, d.month, d.day = t.Date()
			return d, true
		}
		if t, err := time.Parse("2006-01", w); err == nil && !d.hasWeekday {
			d.year, d.month = t.Year(), t.Month()
			return d, true
		}
		if y, isYear := parseYear(w); isYear && !strings.HasSuffix(w, ",") && !d.hasWeekday {
			d.year = y
			return d, true
		}
	}
	the := len(words) > 0 && words[0] == "the" // "the 7th of October"
	if the {
		words = words[1:]
	}
	if len(words) == 0 {
		return writtenDate{}, false
	}
	if m, isMonth := monthOf(words[0]); isMonth && !the {
		// February [8] [2023] | February 2023
		d.month, words = m, words[1:]
		if len(words) > 0 {
			if n, _, isDay := dayOf(words[0]); isDay {
				d.day, words = n, words[1:]
			}
		}
	} else if n, ordinal, isDay := dayOf(words[0]); isDay {
		// 8 February [2023] | 8th of February [2023] | 8
		d.day, words = n, words[1:]
		of := len(words) > 0 && words[0] == "of"
		switch {
		case of && !ordinal, the && !ordinal, the && !of && len(words) > 0:
			// "7 of October", "the 7 of October", "the 7th October"
			return writtenDate{}, false
		case of:
			words = words[1:]
			if len(words) == 0 {
				return writtenDate{}, false
			}
		}
		if len(words) > 0 {
			m, isMonth := monthOf(words[0])
			if !isMonth {
				return writtenDate{}, false
			}
			d.month, words = m, words[1:]
		}
	} else {
		return writtenDate{}, false
	}
	if len(words) == 1 {
		y, isYear := parseYear(words[0])
		if !isYear || d.month == 0 {
			return writtenDate{}, false
		}
		d.year, words = y, nil
	}
	if len(words) > 0 || (d.hasWeekday && d.day == 0) {
		return writtenDate{}, false
	}
	return d, true
}

// dayOf reads a day of the month: "6", "06", "6," or an ordinal, "6th",
// "1st", "22nd", "23rd", with the suffix of its number. ordinal says it
// was written so.
func dayOf(w string) (n int, ordinal, ok bool) {
	w = strings.TrimSuffix(w, ",")
	num, suffix := w, ""
	if len(w) >= 3 {
		switch s := w[len(w)-2:]; s {
		case "st", "nd", "rd", "th":
			num, suffix = w[:len(w)-2], s
		}
	}
	if !asciiDigits(num) || len(num) > 2 || (suffix != "" && num[0] == '0') {
		return 0, false, false
	}
	n, _ = strconv.Atoi(num)
	if n < 1 || n > 31 || (suffix != "" && suffix != ordinalSuffix(n)) {
		return 0, false, false
	}
	return n, suffix != "", true
}

// ordinalSuffix is the suffix of the ordinal n: "st" for 1 and 21, "nd"
// for 2 and 22, "rd" for 3 and 23, "th" for the rest (11th, 12th, 13th).
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// parseYear reads a year written in four digits, allowing a trailing
// comma: "April 32" is no month of the year 32, and "in 12" no year.
func parseYear(w string) (int, bool) {
	w = strings.TrimSuffix(w, ",")
	if len(w) != 4 || !asciiDigits(w) || w[0] == '0' {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, true
}

// date reads an RFC 3339 timestamp or a calendar date of
// readWrittenDate; a day needs its month here. back gives a date or
// month without a year the year of the latest such date on or before
// Ref (after "since"), else it takes Ref's year.
func (r Resolver) date(words []string, back bool) (Time, error) {
	if len(words) == 1 {
		if t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(words[0])); err == nil {
			return Time{Start: t.UTC().Truncate(time.Second), Precision: PrecisionSecond}, nil
		}
	}
	d, ok := readWrittenDate(words)
	if !ok || (d.month == 0 && d.day != 0) {
		return Time{}, errors.New("not a date, weekday or relative day this parser knows")
	}
	return r.resolveDate(d, back)
}

// maxYearsBack is how far back "since February 29" looks for its day: a
// leap day comes at least once in any eight years.
const maxYearsBack = 8

// resolveDate returns the day, month or year d writes, at its precision.
// A day or month without a year takes Ref's year or, with back, the year
// of the latest such day or month on or before Ref. A weekday written
// with the date must be its weekday.
func (r Resolver) resolveDate(d writtenDate, back bool) (Time, error) {
	switch {
	case d.month == 0 && d.day == 0:
		return Year(d.year, ""), nil
	case d.month == 0:
		return Time{}, fmt.Errorf("the day %d needs its month", d.day)
	case d.day > monthEnd(2024, d.month).Day(): // the longest such month, of a leap year
		return Time{}, fmt.Errorf("%s has no day %d", d.month, d.day)
	}
	year := d.year
	if year == 0 {
		ref, err := r.ref()
		if err != nil {
			what := "a date"
			if d.day == 0 {
				what = "a month"
			}
			return Time{}, fmt.Errorf("%s without a year %w", what, err)
		}
		year = ref.Year()
		switch {
		case back && d.day == 0:
			if d.month > ref.Month() {
				year--
			}
		case back:
			found := false
			for y := year; y >= year-maxYearsBack; y-- {
				if t := time.Date(y, d.month, d.day, 0, 0, 0, 0, time.UTC); t.Day() == d.day && !t.After(ref) {
					year, found = y, true
					break
				}
			}
			if !found {
				return Time{}, fmt.Errorf("%s %d falls on no day in the %d years up to the reference date", d.month, d.day, maxYearsBack)
			}
		}
	}
	if d.day == 0 {
		return Month(year, d.month, ""), nil
	}
	t := time.Date(year, d.month, d.day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.day {
		return Time{}, fmt.Errorf("%s %d has no day %d", d.month, year, d.day)
	}
	if d.hasWeekday && t.Weekday() != d.weekday {
		return Time{}, fmt.Errorf("%s is a %s, not a %s", t.Format("January 2, 2006"), t.Weekday(), d.weekday)
	}
	return dayTime(t), nil
}

// dateRange reads a range of dates, months or years: "from A to B" or
// "between A and B", where each end is a calendar date of
// readWrittenDate. The second end is read on its own (without a year, it
// takes Ref's); the first may leave out what the second gives: its year
// ("from July to August 2024", "from February 6 to February 9"), or its
// month and year when the second is a day ("from 6 to 8 February 2023").
// The period runs from the start of the first to the end of the second,
// at the coarser of their precisions; a first end after the second, or a
// first end that writes a year the second leaves out, is an error. Two
// ends in the same unit give that unit alone.
func (r Resolver) dateRange(words []string) (Time, error) {
	join := "to"
	if words[0] == "between" {
		join = "and"
	}
	i := slices.Index(words, join)
	if i < 0 {
		return Time{}, fmt.Errorf("%q without %q", words[0], join)
	}
	first, second := words[1:i], words[i+1:]
	if len(first) == 0 || len(second) == 0 {
		return Time{}, fmt.Errorf("%q needs a date before and after %q (%q)", words[0], join, words[0]+" July "+join+" August 2024")
	}
	b, ok := readWrittenDate(second)
	if !ok || (b.month == 0 && b.day != 0) {
		return Time{}, errors.New("the second end of the range is not a date, a month or a year")
	}
	end, err := r.resolveDate(b, false)
	if err != nil {
		return Time{}, err
	}
	a, ok := readWrittenDate(first)
	if !ok {
		return Time{}, errors.New("the first end of the range is not a date, a month, a year or a day")
	}
	switch {
	case a.year != 0 && b.year == 0:
		return Time{}, errors.New("the range writes the year of its first end but not of its second: write both")
	case a.month == 0 && a.day != 0: // "from 6 to 8 February"
		if b.day == 0 {
			return Time{}, fmt.Errorf("the day %d needs its month, and the second end of the range is no day", a.day)
		}
		a.year, a.month = end.Start.Year(), end.Start.Month()
	case a.year == 0 && a.month != 0:
		a.year = end.Start.Year()
	}
	start, err := r.resolveDate(a, false)
	if err != nil {
		return Time{}, err
	}
	p := end.Precision
	if start.Precision.rank() > p.rank() {
		p = start.Precision
	}
	t := Between(start.Start, end.Start, p, "")
	switch {
	case t.End.Before(t.Start) && b.year == 0:
		return Time{}, errors.New("the range runs backwards: write the years of a range across the new year")
	case t.End.Before(t.Start):
		return Time{}, errors.New("the range runs backwards: its first end comes after its second")
	case t.End.Equal(t.Start):
		t.End = time.Time{}
	}
	return t, nil
}

// possessiveWords are the words, besides the weekdays and months, whose
// possessive a phrase may end with: "yesterday's", "last night's", "last
// week's".
var possessiveWords = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"week": true, "weekend": true, "month": true, "year": true,
}

// dropPossessive reads the possessive of the last word as the word:
// "Monday's" (or "Monday’s") is "Monday", "last night's" "last night".
// Only a weekday, a month, a day number or one of possessiveWords loses
// it: "2022's" and "GMT's" stay as written, and are errors.
func dropPossessive(orig []string) []string {
	n := len(orig)
	for _, s := range []string{"'s", "'S", "\u2019s", "\u2019S"} {
		stem, ok := strings.CutSuffix(orig[n-1], s)
		if !ok || !possessiveStem(strings.ToLower(stem)) {
			continue
		}
		out := slices.Clone(orig)
		out[n-1] = stem
		return out
	}
	return orig
}

// possessiveStem reports whether w, in lower case, may take a
// possessive at the end of a time phrase: a weekday, a month, a day of
// the month ("October 7's") or one of possessiveWords.
func possessiveStem(w string) bool {
	if strings.ContainsAny(w, ",.") {
		return false
	}
	_, isWeekday := weekdayOf(w)
	_, isMonth := monthOf(w)
	_, _, isDay := dayOf(w)
	return isWeekday || isMonth || isDay || possessiveWords[w]
}
