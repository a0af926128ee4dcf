package source

import (
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Time is a time as a report gives it: an instant or a period, as precise
// as the report ("Thursday" is a day, "in 2022" a year), with the phrase as
// written beside its resolved value and the zone as written. Start and End
// are stored in UTC; a day, month or year is stored as its first instant in
// UTC (2025-04-24T00:00:00Z for "Thursday"), the calendar date the report
// names, whatever its zone.
//
// The forms a Time takes:
//   - an instant: Start and Precision ("on Friday");
//   - a period: Start, End and Precision ("overnight into Friday");
//   - an open period: Start with [BoundSince] ("since 2022");
//   - a bound: Start with [BoundNotBefore] or [BoundNotAfter] ("not
//     before April 25, 2025", an article without a printed date);
//   - a phrase alone, when the report gives no date at all ("during his
//     presidential campaign"): Text only.
//
// The zero Time means "no time given". Build one with [ParseTime], [Day],
// [Month], [Year], [Between] or [At], or with a literal and
// [Time.Validate].
type Time struct {
	// Start is the instant, the start of the period, or the bound.
	Start time.Time `json:"start,omitzero" validate:"utc,date"`
	// End is the end of a period (the last day of it at day precision);
	// zero for an instant, an open period or a bound.
	End time.Time `json:"end,omitzero" validate:"utc,date"`
	// Precision says how exactly Start and End are known; required with
	// Start.
	Precision Precision `json:"precision,omitzero"`
	// Bound says how an open time relates to Start; zero for an instant or
	// a closed period.
	Bound Bound `json:"bound,omitzero"`
	// Text is the phrase as written ("Thursday", "overnight", "since 2022").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Zone is the time zone as written ("Kyiv time", "EEST",
	// "Europe/Kyiv"), kept because Start and End are stored in UTC.
	Zone string `json:"zone,omitempty" validate:"trimmed,text"`
	// Inferred says the time, or a part of it, is not printed but
	// inferred, and from what ("the year from the address of the page",
	// "the day from the order of the live updates"). Zero for a time the
	// report gives.
	Inferred string `json:"inferred,omitempty" validate:"trimmed,text"`
}

// IsZero reports whether t gives no time at all.
func (t Time) IsZero() bool { return t == Time{} }

// Validate checks the time and returns nil or a *[ValidationError].
func (t Time) Validate() error {
	var l validate.List
	l.Struct("", &t)
	return l.Err("source: time")
}

// Span returns the half-open interval [from, to) of instants the time
// covers at its precision: a day covers the whole day, a period runs to the
// end of its last unit. An open side is the zero time: a [BoundSince] or
// [BoundNotBefore] time has no end, a [BoundNotAfter] time no start. A
// phrase without a date gives two zero times.
func (t Time) Span() (from, to time.Time) {
	if t.Start.IsZero() {
		return time.Time{}, time.Time{}
	}
	switch t.Bound {
	case BoundSince, BoundNotBefore:
		return t.Start, time.Time{}
	case BoundNotAfter:
		return time.Time{}, t.Precision.next(t.Start)
	}
	end := t.Start
	if !t.End.IsZero() {
		end = t.End
	}
	return t.Start, t.Precision.next(end)
}

// Covers reports whether the instant at falls within [Time.Span]: for a
// status's period, whether it held at that instant.
func (t Time) Covers(at time.Time) bool {
	from, to := t.Span()
	if from.IsZero() && to.IsZero() {
		return false
	}
	return (from.IsZero() || !at.Before(from)) && (to.IsZero() || at.Before(to))
}

// Compare orders times on a timeline: by Start, then the finer precision
// first, then by bound (a time not after Start, then one at Start or a
// period from it, then one not before it), then by End. A time without a
// date sorts after every dated one. It returns -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.Start.IsZero() && u.Start.IsZero():
		return 0
	case t.Start.IsZero():
		return 1
	case u.Start.IsZero():
		return -1
	}
	if c := t.Start.Compare(u.Start); c != 0 {
		return c
	}
	if c := t.Precision.rank() - u.Precision.rank(); c != 0 {
		if c < 0 {
			return -1
		}
		return 1
	}
	if c := t.Bound.rank() - u.Bound.rank(); c != 0 {
		if c < 0 {
			return -1
		}
		return 1
	}
	return t.End.Compare(u.End)
}

// rank orders bounds on a timeline: before, at, after.
func (b Bound) rank() int {
	switch b {
	case BoundNotAfter:
		return 0
	case BoundNotBefore:
		return 2
	}
	return 1
}

// rank orders precisions finest first; an unknown precision ranks last.
func (p Precision) rank() int {
	for i, q := range precisions.Values() {
		if q == p {
			return i
		}
	}
	return len(precisions.Values())
}

// next returns the first instant after the unit of precision p that starts
// at t.
func (p Precision) next(t time.Time) time.Time {
	switch p {
	case PrecisionSecond:
		return t.Add(time.Second)
	case PrecisionMinute:
		return t.Add(time.Minute)
	case PrecisionHour:
		return t.Add(time.Hour)
	case PrecisionDay:
		return t.AddDate(0, 0, 1)
	case PrecisionMonth:
		return t.AddDate(0, 1, 0)
	case PrecisionYear:
		return t.AddDate(1, 0, 0)
	}
	return t
}

// truncate returns t cut down to the start of its unit, stored in UTC.
// Hours, minutes and seconds are cut on t's own clock, so that 10:00 in a
// zone half an hour off UTC stays 10:00 there (cutting in UTC would move
// it to 09:30); day, month and year are the calendar date of t in its own
// location, at midnight UTC.
func (p Precision) truncate(t time.Time) time.Time {
	var unit time.Duration
	switch p {
	case PrecisionSecond:
		unit = time.Second
	case PrecisionMinute:
		unit = time.Minute
	case PrecisionHour:
		unit = time.Hour
	case PrecisionDay, PrecisionMonth, PrecisionYear:
		y, m, d := t.Date()
		switch p {
		case PrecisionMonth:
			d = 1
		case PrecisionYear:
			m, d = time.January, 1
		}
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	default:
		return t.UTC()
	}
	// Shift to the wall clock of t's zone (as if it were UTC), cut there,
	// and shift back by the same offset.
	_, offset := t.Zone()
	shift := time.Duration(offset) * time.Second
	return t.UTC().Add(shift).Truncate(unit).Add(-shift)
}

// Day returns the calendar day y-m-d at day precision, with the phrase as
// written.
func Day(y int, m time.Month, d int, text string) Time {
	return Time{Start: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay, Text: text}
}

// Month returns the month y-m at month precision, with the phrase as written.
func Month(y int, m time.Month, text string) Time {
	return Time{Start: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth, Text: text}
}

// Year returns the year y at year precision, with the phrase as written.
func Year(y int, text string) Time {
	return Time{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear, Text: text}
}

// Between returns the period from start to end at precision p (both cut
// down to p as [At] cuts them: a day is the calendar date in the time's own
// location), with the phrase as written.
func Between(start, end time.Time, p Precision, text string) Time {
	return Time{Start: p.truncate(start), End: p.truncate(end), Precision: p, Text: text}
}

// At returns an instant at precision p. The instant may be in any
// location: it is stored in UTC, and zone keeps the zone as the report
// writes it ("Kyiv time"). For day, month and year, the calendar date of
// at in its own location is kept.
func At(at time.Time, p Precision, zone, text string) Time {
	return Time{Start: p.truncate(at), Precision: p, Zone: zone, Text: text}
}

// Since returns the open period that began at start ("since 2022").
func (t Time) Since() Time {
	t.Bound = BoundSince
	t.End = time.Time{}
	return t
}

func init() {
	validate.RegisterStruct(checkTime, Time{})
}

func checkTime(sl validator.StructLevel) {
	t := validate.Current[Time](sl)
	if t.Start.IsZero() {
		if !t.End.IsZero() {
			validate.Report(sl, t.End, "end", vocab.RuleRequires, "needs a start")
		}
		if t.Precision != "" {
			validate.Report(sl, t.Precision, "precision", vocab.RuleRequires, "needs a start")
		}
		if t.Bound != "" {
			validate.Report(sl, t.Bound, "bound", vocab.RuleRequires, "needs a start")
		}
		if t.Text == "" && t.Zone != "" {
			validate.Report(sl, t.Text, "text", vocab.RuleRequired, "is required for a time without a date")
		}
		if t.Inferred != "" {
			validate.Report(sl, t.Inferred, "inferred", vocab.RuleRequires, "needs a start: the time inferred")
		}
		return
	}
	if !t.Precision.IsValid() {
		if t.Precision == "" {
			validate.Report(sl, t.Precision, "precision", vocab.RuleRequired, "is required with a start")
		} else {
			validate.Report(sl, t.Precision, "precision", vocab.RuleEnum, "\""+string(t.Precision)+"\" is not a known value")
		}
		return
	}
	if t.Bound != "" && !t.Bound.IsValid() {
		validate.Report(sl, t.Bound, "bound", vocab.RuleEnum, "\""+string(t.Bound)+"\" is not a known value")
	}
	if t.Start != t.Start.UTC() {
		return // reported by the utc rule; alignment would only repeat it
	}
	if coarse(t.Precision) && t.Precision.truncate(t.Start) != t.Start {
		validate.Report(sl, t.Start, "start", vocab.RulePrecision, "must be the first instant of its "+string(t.Precision)+" in UTC")
	}
	if t.End.IsZero() {
		return
	}
	if t.Bound != "" {
		validate.Report(sl, t.End, "end", vocab.RuleConflicts, "must be empty for a time with a bound")
	}
	if t.End.Before(t.Start) {
		validate.Report(sl, t.End, "end", vocab.RuleOrder, "must not be before start")
	}
	if t.End == t.End.UTC() && coarse(t.Precision) && t.Precision.truncate(t.End) != t.End {
		validate.Report(sl, t.End, "end", vocab.RulePrecision, "must be the first instant of its "+string(t.Precision)+" in UTC")
	}
}

// coarse reports whether p is a calendar unit, stored at midnight UTC.
func coarse(p Precision) bool {
	return p == PrecisionDay || p == PrecisionMonth || p == PrecisionYear
}

type plainTime Time

// UnmarshalJSON decodes a time strictly (an unknown field is an error). A
// start or end at Go's zero instant, 0001-01-01T00:00:00Z, is an error:
// the library reads that instant as "no date", and would drop it.
func (t *Time) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*t = Time{}
	var w timeJSON
	if err := jsonx.Strict("source: time", data, &w); err != nil {
		return err
	}
	return t.fromJSON(&w)
}

// timeJSON is the form a time decodes from: a start or end given in JSON
// is not nil, even at the zero instant.
type timeJSON struct {
	Start *time.Time `json:"start"`
	End   *time.Time `json:"end"`
	plainTime
}

// fromJSON sets t to the time w holds, or says what is wrong with it.
func (t *Time) fromJSON(w *timeJSON) error {
	*t = Time(w.plainTime)
	return t.setBounds(w.Start, w.End)
}

// setBounds sets the start and end of t, whose other fields are decoded,
// to those the JSON gave (nil for absent), or says which is at the zero
// instant and leaves t zero.
func (t *Time) setBounds(start, end *time.Time) error {
	err := jsonx.NotZeroTime("source: time", "start", start)
	if err == nil {
		err = jsonx.NotZeroTime("source: time", "end", end)
	}
	if err != nil {
		*t = Time{}
		return err
	}
	if start != nil {
		t.Start = *start
	}
	if end != nil {
		t.End = *end
	}
	return nil
}
