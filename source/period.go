package source

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsevent/newsevent/internal/excerpt"
)

// Period is a length of time in calendar units, as a report gives it:
// "two years and two days" is {Years: 2, Days: 2}, which no single number
// and unit can hold, since a year and a month have no fixed length. A
// [Count] of a duration carries one when the report combines units; a
// single unit ("a 72-hour window", "five days") is a Value and a Unit.
//
// In JSON a Period is an ISO 8601 duration string with whole numbers:
// "P2Y2D", "PT72H", "P1Y6M", "P3W". The zero Period means none.
type Period struct {
	// Years, Months, Weeks, Days, Hours and Minutes are the parts, each
	// 0 or more.
	Years, Months, Weeks, Days, Hours, Minutes int
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// String returns the ISO 8601 form ("P2Y2D"), or "" for the zero Period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	var b strings.Builder
	b.WriteByte('P')
	for _, part := range []struct {
		n    int
		unit byte
	}{{p.Years, 'Y'}, {p.Months, 'M'}, {p.Weeks, 'W'}, {p.Days, 'D'}} {
		if part.n != 0 {
			b.WriteString(strconv.Itoa(part.n))
			b.WriteByte(part.unit)
		}
	}
	if p.Hours != 0 || p.Minutes != 0 {
		b.WriteByte('T')
		if p.Hours != 0 {
			b.WriteString(strconv.Itoa(p.Hours) + "H")
		}
		if p.Minutes != 0 {
			b.WriteString(strconv.Itoa(p.Minutes) + "M")
		}
	}
	return b.String()
}

// maxPeriodPart bounds each part of a Period: ten thousand years, or as
// many minutes as fit a few years, are more than any report gives, and
// the bound keeps every part far from overflow.
const maxPeriodPart = 10_000_000

// ParsePeriod reads an ISO 8601 duration with whole numbers in years,
// months, weeks, days, hours and minutes ("P2Y2D", "PT72H"). Seconds,
// fractions, signs and an empty "P" are errors that quote s.
func ParsePeriod(s string) (Period, error) {
	fail := func(why string) (Period, error) {
		return Period{}, fmt.Errorf("source: period %s: %s", excerpt.Quote(s), why)
	}
	if len(s) < 3 || s[0] != 'P' {
		return fail(`want an ISO 8601 duration such as "P2Y2D" or "PT72H"`)
	}
	var p Period
	date, clock, hasT := strings.Cut(s[1:], "T")
	if hasT && clock == "" {
		return fail(`"T" must be followed by hours or minutes`)
	}
	read := func(part string, units string, fields []*int) error {
		next := 0 // units must come in order, each once
		for part != "" {
			i := 0
			for i < len(part) && part[i] >= '0' && part[i] <= '9' {
				i++
			}
			if i == 0 || i == len(part) {
				return fmt.Errorf("want a whole number followed by one of %q", units)
			}
			if i > 8 {
				return fmt.Errorf("a part is above %d", maxPeriodPart)
			}
			n, _ := strconv.Atoi(part[:i])
			if n > maxPeriodPart {
				return fmt.Errorf("a part is above %d", maxPeriodPart)
			}
			u := strings.IndexByte(units[next:], part[i])
			if u < 0 {
				return fmt.Errorf("unit %q out of place: want the units %q in that order, each once", part[i], units)
			}
			*fields[next+u] = n
			next += u + 1
			part = part[i+1:]
		}
		return nil
	}
	if err := read(date, "YMWD", []*int{&p.Years, &p.Months, &p.Weeks, &p.Days}); err != nil {
		return fail(err.Error())
	}
	if err := read(clock, "HM", []*int{&p.Hours, &p.Minutes}); err != nil {
		return fail(err.Error())
	}
	if p.IsZero() {
		return fail("a period of no length")
	}
	return p, nil
}

// MarshalText writes the ISO 8601 form; a negative part is an error.
func (p Period) MarshalText() ([]byte, error) {
	for _, n := range []int{p.Years, p.Months, p.Weeks, p.Days, p.Hours, p.Minutes} {
		if n < 0 || n > maxPeriodPart {
			return nil, fmt.Errorf("source: period %+v: every part must be 0 to %d", p, maxPeriodPart)
		}
	}
	return []byte(p.String()), nil
}

// UnmarshalText reads the ISO 8601 form, as [ParsePeriod] does.
func (p *Period) UnmarshalText(text []byte) error {
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
