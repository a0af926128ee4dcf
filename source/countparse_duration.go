package source

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// durationUnit is a unit word of a duration: its Unit, whether the word
// is plural, and its rank (years 5 down to minutes 0), by which the parts
// of a compound duration must fall.
type durationUnit struct {
	unit   Unit
	plural bool
	rank   int
}

var durationUnits = map[string]durationUnit{
	"minute": {UnitMinute, false, 0}, "minutes": {UnitMinute, true, 0},
	"hour": {UnitHour, false, 1}, "hours": {UnitHour, true, 1},
	"day": {UnitDay, false, 2}, "days": {UnitDay, true, 2},
	"week": {UnitWeek, false, 3}, "weeks": {UnitWeek, true, 3},
	"month": {UnitMonth, false, 4}, "months": {UnitMonth, true, 4},
	"year": {UnitYear, false, 5}, "years": {UnitYear, true, 5},
}

// periodField returns the part of p that holds the unit.
func periodField(p *Period, u Unit) *int {
	switch u {
	case UnitYear:
		return &p.Years
	case UnitMonth:
		return &p.Months
	case UnitWeek:
		return &p.Weeks
	case UnitDay:
		return &p.Days
	case UnitHour:
		return &p.Hours
	}
	return &p.Minutes
}

// readDuration reads ws as a duration, reporting false when it names no
// unit of time: "72 hours", "72-hour", "a year and a half", "two to three
// days" (with rangeOK), "two years and two days". The Count has Measure
// [MeasureDuration] and either Value (or Min and Max, with
// [QualifierRange]) and Unit, or a Period; no other qualifier.
func (r *countReader) readDuration(ws []word, rangeOK bool) (Count, bool, error) {
	lw := lows(ws)
	if len(lw) == 1 {
		if c, ok, err := r.hyphenDuration(lw[0]); ok || err != nil {
			return c, ok, err
		}
	}
	var at []int
	for i, w := range lw {
		if _, ok := durationUnits[strings.TrimSuffix(w, ",")]; ok {
			at = append(at, i)
		}
	}
	switch len(at) {
	case 0:
		return Count{}, false, nil
	case 1:
		c, err := r.oneUnit(ws, at[0], rangeOK)
		return c, true, err
	}
	c, err := r.compound(ws, at)
	return c, true, err
}

// hyphenDuration reads the adjective "72-hour", "three-day",
// "twenty-five-year", "three-hour-long": a number, a hyphen and a unit in
// the singular. It reports false when w ends in no unit.
func (r *countReader) hyphenDuration(w string) (Count, bool, error) {
	s := strings.TrimSuffix(w, "-long")
	i := strings.LastIndexByte(s, '-')
	if i < 0 {
		return Count{}, false, nil
	}
	du, ok := durationUnits[s[i+1:]]
	if !ok {
		return Count{}, false, nil
	}
	if du.plural {
		return Count{}, true, fmt.Errorf("%q: a hyphenated duration takes the singular (\"72-hour\")", w)
	}
	v, err := r.plainNumber([]word{{low: s[:i], orig: s[:i]}})
	if err != nil {
		return Count{}, true, err
	}
	return Count{Value: v, Unit: du.unit, Measure: MeasureDuration}, true, nil
}

// plainNumber reads one number that is not money: "72", "three", "1.5".
func (r *countReader) plainNumber(ws []word) (float64, error) {
	f, err := r.readFigure(ws, false)
	if err != nil {
		return 0, err
	}
	if !f.cur.IsZero() {
		return 0, errors.New("a duration is not an amount of money")
	}
	return f.lo, nil
}

// wholeNumber reads a part of a compound duration: "a", "an", "two",
// "3", a whole number up to maxPeriodPart.
func (r *countReader) wholeNumber(ws []word) (int, error) {
	if len(ws) == 1 && (ws[0].low == "a" || ws[0].low == "an") {
		return 1, nil
	}
	v, err := r.plainNumber(ws)
	if err != nil {
		return 0, err
	}
	if v != math.Trunc(v) || v > maxPeriodPart {
		return 0, fmt.Errorf("%s: each part of a compound duration is a whole number up to %d", fmtNum(v), maxPeriodPart)
	}
	return int(v), nil
}

var andAHalf = []string{"and", "a", "half"}

// oneUnit reads a duration in the one unit at ws[i]: "72 hours", "a
// year", "half an hour", "a year and a half", "one and a half years",
// "two to three days".
func (r *countReader) oneUnit(ws []word, i int, rangeOK bool) (Count, error) {
	lw := lows(ws)
	unitWord := lw[i]
	du, ok := durationUnits[unitWord]
	if !ok {
		return Count{}, fmt.Errorf("unexpected comma after %q", strings.TrimSuffix(unitWord, ","))
	}
	c := Count{Measure: MeasureDuration, Unit: du.unit}
	before, tail := ws[:i], lw[i+1:]
	half := false // "a year and a half"
	switch {
	case len(tail) == 0:
	case hasWords(tail, andAHalf) && len(tail) == 3:
		half = true
	default:
		return Count{}, fmt.Errorf("unexpected %q after %q", strings.Join(tail, " "), unitWord)
	}
	bl := lw[:i]
	var v float64
	singular := false // the unit word must be singular, else plural
	switch {
	case len(bl) == 0:
		return Count{}, fmt.Errorf("no number before %q", unitWord)
	case !half && len(bl) == 2 && bl[0] == "half" && (bl[1] == "a" || bl[1] == "an"):
		v, singular = 0.5, true
	case len(bl) == 1 && (bl[0] == "a" || bl[0] == "an"):
		v, singular = 1, true
	case !half && len(bl) > 3 && hasWords(bl[len(bl)-3:], andAHalf):
		n, err := r.plainNumber(before[:len(before)-3])
		if err != nil {
			return Count{}, err
		}
		v = n
		half = true
	default:
		f, err := r.readFigure(before, rangeOK)
		if err != nil {
			return Count{}, err
		}
		if !f.cur.IsZero() {
			return Count{}, errors.New("a duration is not an amount of money")
		}
		if f.isRange {
			if half {
				return Count{}, errors.New(`"and a half" after a range`)
			}
			if !du.plural {
				return Count{}, fmt.Errorf("%q after a range: want the plural", unitWord)
			}
			c.Qualifier, c.Min, c.Max = QualifierRange, f.lo, f.hi
			return c, nil
		}
		v, singular = f.lo, f.lo == 1
	}
	if half {
		if v != math.Trunc(v) {
			return Count{}, fmt.Errorf("%s and a half: want a whole number before \"and a half\"", fmtNum(v))
		}
		v += 0.5
	}
	if singular == du.plural {
		want := "plural"
		if singular {
			want = "singular"
		}
		return Count{}, fmt.Errorf("%q: want the %s", strings.Join(lw, " "), want)
	}
	c.Value = v
	return c, nil
}

// compound reads a duration in several units, largest first, joined by
// "and" or commas: "two years and two days", "one year, two months and
// three days". Each part is a whole number; the result is a Period.
func (r *countReader) compound(ws []word, at []int) (Count, error) {
	var p Period
	rank, comma, start := 6, false, 0
	for k, i := range at {
		unitWord, hasComma := strings.CutSuffix(ws[i].low, ",")
		part := ws[start:i]
		if k > 0 {
			switch {
			case len(part) > 0 && part[0].low == "and":
				part = part[1:]
			case !comma:
				return Count{}, fmt.Errorf("want \"and\" or a comma before %q", strings.Join(lows(ws[start:i+1]), " "))
			}
		}
		if hasComma && k == len(at)-1 {
			return Count{}, fmt.Errorf("unexpected comma after %q", unitWord)
		}
		du := durationUnits[unitWord]
		if du.rank >= rank {
			return Count{}, fmt.Errorf("%q out of order: the parts of a duration go from years down to minutes, each once", unitWord)
		}
		n, err := r.wholeNumber(part)
		if err != nil {
			return Count{}, err
		}
		if (n == 1) == du.plural {
			want := "plural"
			if n == 1 {
				want = "singular"
			}
			return Count{}, fmt.Errorf("%q after %d: want the %s", unitWord, n, want)
		}
		*periodField(&p, du.unit) = n
		rank, comma, start = du.rank, hasComma, i+1
	}
	if start != len(ws) {
		return Count{}, fmt.Errorf("unexpected %q after the duration: a compound duration takes whole numbers", strings.Join(lows(ws[start:]), " "))
	}
	if p.IsZero() {
		return Count{}, errors.New("a duration of no length")
	}
	return Count{Measure: MeasureDuration, Period: p}, nil
}
