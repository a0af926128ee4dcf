package source

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file reads clock times ("at 03:00", "3:15 p.m.", "at noon") with
// their day and zone, and a second clock time in parentheses ("at 03:00
// local time (00:00 GMT)").

// clockTime is a time of day as written.
type clockTime struct {
	hour, minute int
	// prec is [PrecisionMinute] for "03:00", "noon", "midnight", and
	// [PrecisionHour] for "3 a.m.", which writes no minutes.
	prec Precision
}

func (c clockTime) String() string { return fmt.Sprintf("%02d:%02d", c.hour, c.minute) }

// meridiems are the ways "a.m." and "p.m." are written, in lower case;
// Parse has cut a final full stop from the phrase.
var meridiems = map[string]bool{"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true}

// clockIndex returns the index of the first word that starts a clock
// time, or -1.
func clockIndex(words []string) int {
	for i := range words {
		if clockLen(words, i) > 0 {
			return i
		}
	}
	return -1
}

// clockLen returns the number of words of the clock time that starts at
// words[i] ("3", "p.m." is two), or 0 when none starts there. It looks
// at the form only; parseClock checks the numbers. Four digits are a
// clock time only first or after "at", and before a zone ("at 0300
// GMT"): else "2025" would be one.
func clockLen(words []string, i int) int {
	w := strings.TrimSuffix(words[i], ",")
	next := ""
	if i+1 < len(words) {
		next = strings.TrimSuffix(words[i+1], ",")
	}
	switch {
	case w == "noon" || w == "midnight":
		return 1
	case w == "12" && (next == "noon" || next == "midnight"):
		return 2
	}
	num, mer := splitMeridiem(w)
	_, _, colon := colonForm(num)
	switch {
	case colon || isHourForm(num):
		if mer != "" {
			return 1
		}
		if meridiems[next] {
			return 2
		}
		if colon {
			return 1
		}
	case mer == "" && len(num) == 4 && asciiDigits(num) && (i == 0 || words[i-1] == "at") && i+1 < len(words):
		if _, n, err := parseZone(words[i+1:], words[i+1:]); n > 0 || err != nil {
			return 1
		}
	}
	return 0
}

// splitMeridiem cuts "a.m." or "p.m." from the end of a word: "3pm" is
// "3" and "pm".
func splitMeridiem(w string) (num, mer string) {
	for _, m := range []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if len(w) > len(m) && strings.HasSuffix(w, m) {
			return w[:len(w)-len(m)], m
		}
	}
	return w, ""
}

// colonForm reads "H:MM" or "HH:MM" as written, without checking the
// numbers.
func colonForm(w string) (hh, mm string, ok bool) {
	hh, mm, ok = strings.Cut(w, ":")
	return hh, mm, ok && (len(hh) == 1 || len(hh) == 2) && len(mm) == 2 && asciiDigits(hh) && asciiDigits(mm)
}

// isHourForm reports whether w is an hour of one or two digits.
func isHourForm(w string) bool { return (len(w) == 1 || len(w) == 2) && asciiDigits(w) }

// parseClock reads the clock time at the start of words, which
// clockIndex found, and returns it with the number of words it takes.
func parseClock(words []string) (clockTime, int, error) {
	w := strings.TrimSuffix(words[0], ",")
	next := ""
	if len(words) > 1 {
		next = strings.TrimSuffix(words[1], ",")
	}
	switch {
	case w == "noon":
		return clockTime{12, 0, PrecisionMinute}, 1, nil
	case w == "midnight":
		return clockTime{0, 0, PrecisionMinute}, 1, nil
	case w == "12" && next == "noon":
		return clockTime{12, 0, PrecisionMinute}, 2, nil
	case w == "12" && next == "midnight":
		return clockTime{0, 0, PrecisionMinute}, 2, nil
	}
	num, mer := splitMeridiem(w)
	n := 1
	if mer == "" && meridiems[next] {
		mer, n = next, 2
	}
	var (
		hh, mm string
		c      clockTime
	)
	if h, m, ok := colonForm(num); ok {
		hh, mm, c.prec = h, m, PrecisionMinute
	} else if isHourForm(num) {
		hh, c.prec = num, PrecisionHour
	} else if len(num) == 4 {
		hh, mm, c.prec = num[:2], num[2:], PrecisionMinute // four digits, "0300"
	} else {
		return clockTime{}, 0, fmt.Errorf("%q is not a clock time", w)
	}
	c.hour, _ = strconv.Atoi(hh)
	if mm != "" {
		c.minute, _ = strconv.Atoi(mm)
	}
	written := strings.Join(words[:n], " ")
	switch {
	case c.minute > 59:
		return clockTime{}, 0, fmt.Errorf("%q is not a clock time: no minute %d", written, c.minute)
	case mer != "":
		if c.hour < 1 || c.hour > 12 {
			return clockTime{}, 0, fmt.Errorf("%q is not a clock time: a.m. and p.m. take the hours 1 to 12", written)
		}
		c.hour %= 12
		if mer[0] == 'p' {
			c.hour += 12
		}
	case c.prec == PrecisionHour:
		return clockTime{}, 0, fmt.Errorf("%q needs \"a.m.\" or \"p.m.\" after the hour", written)
	case c.hour > 23:
		return clockTime{}, 0, fmt.Errorf("%q is not a clock time: no hour %d", written, c.hour)
	case len(hh) != 2:
		// "at 9:30": morning on a 24-hour clock, either on a 12-hour one.
		return clockTime{}, 0, fmt.Errorf("%q may be a.m. or p.m.: write it, or the hour in two digits (\"09:30\")", written)
	}
	return c, n, nil
}

// clockPart is a clock time as a phrase writes it, with its zone and
// day, each zero or empty when not written.
type clockPart struct {
	clock clockTime
	zone  zoneSpec
	date  []string // the words of the day, before or after the clock time
}

// parseClockPart reads "[day] [at] clock [zone] [[on] day]", where the
// clock time starts at words[ci].
func parseClockPart(words, orig []string, ci int) (clockPart, error) {
	date := words[:ci]
	if n := len(date); n > 0 && date[n-1] == "at" {
		date = date[:n-1]
	}
	c, n, err := parseClock(words[ci:])
	if err != nil {
		return clockPart{}, err
	}
	rest, restOrig := words[ci+n:], orig[ci+n:]
	z, m, err := parseZone(rest, restOrig)
	if err != nil {
		return clockPart{}, err
	}
	rest, restOrig = rest[m:], restOrig[m:]
	if len(rest) > 0 {
		if !z.named() && looksLikeAbbreviation(restOrig[0]) {
			return clockPart{}, fmt.Errorf("%q is not a time zone this reader knows: write a UTC offset (\"UTC+3\"), an IANA name (\"Europe/Kyiv\") or \"<city> time\"", strings.TrimSuffix(restOrig[0], ","))
		}
		if len(date) > 0 {
			return clockPart{}, errors.New("a clock time takes one day, before or after it, not two")
		}
		if rest[0] == "on" {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return clockPart{}, errors.New(`"on" needs a day`)
		}
		date = rest
	}
	return clockPart{clock: c, zone: z, date: date}, nil
}

// looksLikeAbbreviation reports whether w, as written, may be a zone
// abbreviation: two to five capital letters that are no weekday or month
// ("PDT", not "MON").
func looksLikeAbbreviation(w string) bool {
	w = strings.TrimSuffix(w, ",")
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	low := strings.ToLower(w)
	_, isDay := weekdayOf(low)
	_, isMonth := monthOf(low)
	return !isDay && !isMonth
}

// clockDay resolves the day of a clock time: the words of its day, or,
// when it has none, the day Read resolved last or Ref's. lead is the word
// Parse took off the phrase; only "since" changes how a day is read (a
// date without a year).
func (r Resolver) clockDay(date []string, lead string, mem *readMemory) (time.Time, error) {
	if len(date) == 0 {
		return r.contextDay(mem)
	}
	if lead != "since" {
		lead = ""
	}
	x, err := r.dateCore(date, lead, mem)
	if err != nil {
		return time.Time{}, err
	}
	if !singleDay(x) {
		return time.Time{}, fmt.Errorf("a clock time needs a single day, and %q is not one", strings.Join(date, " "))
	}
	return x.Start, nil
}

// clockPhrase reads a phrase with a clock time at words[ci], and the
// clock time in parentheses after it, if any. lead is the word Parse took
// off the phrase.
func (r Resolver) clockPhrase(words, orig []string, ci int, lead string, paren []string, mem *readMemory) (Time, readMemory, error) {
	main, err := parseClockPart(words, orig, ci)
	if err != nil {
		return Time{}, readMemory{}, err
	}
	day, err := r.clockDay(main.date, lead, mem)
	if err != nil {
		return Time{}, readMemory{}, err
	}
	var alt clockPart
	if paren != nil {
		if alt, err = parseParenClock(paren); err != nil {
			return Time{}, readMemory{}, err
		}
	}
	z := main.zone
	switch {
	case z.named():
	case paren != nil && !alt.zone.local:
		// "at 4:17 am (0117 GMT)": the clock time in parentheses gives
		// its zone, so the first is in another, the zone of the place.
		// It inherits no zone: the one named last may be the one in
		// parentheses.
		z = zoneSpec{local: true}
	case paren != nil:
		// "at 00:00 (03:00 local time)": the first is in a zone the
		// phrase does not name, found from the offset between the two.
	case mem != nil:
		z = mem.zone // the zone named last in the report, if any
	}
	loc, err := r.zoneOf(z)
	if err != nil {
		return Time{}, readMemory{}, err
	}
	seen := readMemory{zone: main.zone, day: day}
	if paren == nil {
		switch {
		case z.local && loc == nil:
			return Time{}, readMemory{}, errNoLocal
		case loc == nil:
			return Time{}, readMemory{}, errors.New(`a clock time needs a zone: name one ("GMT", "UTC+3", "Kyiv time", "local time"), or read the report with Resolver.Read after a phrase that names one`)
		}
		at, err := wallInstant(day, main.clock, loc, zoneName(z))
		if err != nil {
			return Time{}, readMemory{}, err
		}
		return Time{Start: at, Precision: main.clock.prec, Zone: z.text}, seen, nil
	}

	// Both forms: "at 03:00 local time (00:00 GMT)".
	altLoc, err := r.zoneOf(alt.zone)
	if err != nil {
		return Time{}, readMemory{}, err
	}
	if !seen.zone.named() {
		seen.zone = alt.zone
	}
	// Zone is the zone as written: both when the first names one ("local
	// time (00:00 GMT)"), else the one in parentheses alone ("GMT").
	zone := alt.zone.text
	if main.zone.named() {
		zone = main.zone.text + " (" + strings.Join(paren, " ") + ")"
	}
	var at time.Time
	if loc != nil {
		if at, err = wallInstant(day, main.clock, loc, zoneName(z)); err != nil {
			return Time{}, readMemory{}, err
		}
	}
	if altLoc == nil { // "local time" in parentheses, and the zone of the place unknown
		if loc == nil {
			return Time{}, readMemory{}, errNoLocal
		}
		return Time{Start: at, Precision: main.clock.prec, Zone: zone}, seen, nil
	}
	var cands []time.Time
	if len(alt.date) > 0 {
		altDay, err := r.clockDay(alt.date, lead, mem)
		if err != nil {
			return Time{}, readMemory{}, fmt.Errorf("in parentheses: %w", err)
		}
		c, err := wallInstant(altDay, alt.clock, altLoc, alt.zone.text)
		if err != nil {
			return Time{}, readMemory{}, err
		}
		cands = append(cands, c)
	} else {
		// The clock time in parentheses falls on the same day or the
		// day next to it: "01:00 local time (22:00 GMT)" is the evening
		// before in GMT.
		var firstErr error
		for _, k := range []int{0, -1, 1} {
			c, err := wallInstant(day.AddDate(0, 0, k), alt.clock, altLoc, alt.zone.text)
			if err != nil {
				if k == 0 {
					firstErr = err
				}
				continue
			}
			cands = append(cands, c)
		}
		if len(cands) == 0 {
			return Time{}, readMemory{}, firstErr
		}
	}
	if loc != nil {
		if slices.ContainsFunc(cands, at.Equal) {
			return Time{Start: at, Precision: main.clock.prec, Zone: zone}, seen, nil
		}
		return Time{}, readMemory{}, fmt.Errorf("%s %s is %s UTC, which is not %s %s", main.clock, zoneName(z), at.Format("2006-01-02 15:04"), alt.clock, alt.zone.text)
	}
	// The zone of the first clock time is unknown: keep the days on which
	// the two clocks differ by an offset a zone can have.
	naive := time.Date(day.Year(), day.Month(), day.Day(), main.clock.hour, main.clock.minute, 0, 0, time.UTC)
	var fits []time.Time
	for _, c := range cands {
		off := naive.Sub(c)
		if off >= -12*time.Hour && off <= 14*time.Hour && off%(15*time.Minute) == 0 {
			fits = append(fits, c)
		}
	}
	switch len(fits) {
	case 0:
		return Time{}, readMemory{}, fmt.Errorf("%s and %s %s differ by no offset a time zone has", main.clock, alt.clock, alt.zone.text)
	case 1:
		return Time{Start: fits[0], Precision: alt.clock.prec, Zone: zone}, seen, nil
	}
	return Time{}, readMemory{}, fmt.Errorf("%s %s may fall on either of two days: write its date", alt.clock, alt.zone.text)
}

// parseParenClock reads the clock time in parentheses, which must name
// its zone: "(00:00 GMT)", "(21:30 GMT Wednesday)".
func parseParenClock(paren []string) (clockPart, error) {
	parenLow := lowerWords(paren)
	pci := clockIndex(parenLow)
	if pci < 0 {
		return clockPart{}, errors.New("the parentheses hold no clock time")
	}
	alt, err := parseClockPart(parenLow, paren, pci)
	if err != nil {
		return clockPart{}, fmt.Errorf("in parentheses: %w", err)
	}
	if !alt.zone.named() {
		return clockPart{}, errors.New("the clock time in parentheses needs a zone")
	}
	return alt, nil
}

// zoneName is the zone as written, or "local time" for none.
func zoneName(z zoneSpec) string {
	if z.text == "" {
		return "local time"
	}
	return z.text
}

// wallInstant returns the instant at which the clocks of loc show c on
// day, in UTC. A clock time that loc skips (when its clocks go forward)
// or shows twice (when they go back) is an error: there is no instant to
// give, or two. written is the zone as written, for the error.
func wallInstant(day time.Time, c clockTime, loc *time.Location, written string) (time.Time, error) {
	y, m, d := day.Date()
	naive := time.Date(y, m, d, c.hour, c.minute, 0, 0, time.UTC)
	// Every offset loc uses within two days of the clock time: a zone
	// changes its offset far less often.
	var found []time.Time
	for _, delta := range []time.Duration{-48 * time.Hour, -24 * time.Hour, -14 * time.Hour, 0, 14 * time.Hour, 24 * time.Hour, 48 * time.Hour} {
		_, off := naive.Add(delta).In(loc).Zone()
		cand := naive.Add(-time.Duration(off) * time.Second)
		w := cand.In(loc)
		if wy, wm, wd := w.Date(); wy != y || wm != m || wd != d || w.Hour() != c.hour || w.Minute() != c.minute {
			continue
		}
		if !slices.ContainsFunc(found, cand.Equal) {
			found = append(found, cand)
		}
	}
	date := naive.Format("2006-01-02")
	switch len(found) {
	case 0:
		return time.Time{}, fmt.Errorf("%s on %s does not exist in %s: the clocks went forward past it", c, date, written)
	case 1:
		return found[0].UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%s on %s happens twice in %s, as the clocks went back: write the UTC offset", c, date, written)
}
