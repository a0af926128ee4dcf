package source

import (
	"encoding/json"
	"errors"
	"math"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Count is a figure as a report gives it: a number (or a range) with the
// qualifier the report puts on it, the words as written, what it measures,
// who says so and as of when. "nearly 70" stays nearly 70: nothing is
// rounded on the way in.
//
// Several Counts of the same measure may stand side by side (two sources
// disagree; a later toll revises an earlier one through Revises); none is
// erased. [Count.Conservative] and [Count.Best] derive single numbers for
// those who need them.
//
// JSON: {"value": 70, "qualifier": "nearly", "text": "nearly 70",
// "measure": "missiles", ...}; a range has "min" and "max" instead of
// "value".
type Count struct {
	// Ref is an optional label of the user's own that travels with the
	// figure (a codebook row, a census item such as "F2"); Revises refers
	// to it.
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Value is the number the report gives; unused for a range. In JSON
	// it is required for every qualifier but range, even when it is 0
	// ("no one was killed"): a figure without its number is an error,
	// never 0.
	Value float64 `json:"value"`
	// Min and Max bound a range ("20 to 30"); unused otherwise. In JSON
	// both are required for a range.
	Min float64 `json:"min,omitempty"`
	// Max is the upper end of a range; unused otherwise.
	Max float64 `json:"max,omitempty"`
	// Qualifier says how the figure relates to the number; required.
	Qualifier Qualifier `json:"qualifier" validate:"enum"`
	// Text is the figure as written ("nearly 70", "three-hour-long").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Measure names what is counted or measured; required.
	Measure Measure `json:"measure" validate:"required,token"`
	// Unit is the unit of the value where it is not a number of things.
	Unit Unit `json:"unit,omitempty" validate:"omitempty,token"`
	// Includes says what the figure includes, as written ("ballistic
	// missiles", "heavy weaponry").
	Includes []string `json:"includes,omitzero" validate:"dive,required,trimmed,text"`
	// AsOf is when the figure held, where the report says ("as of April 24").
	AsOf Time `json:"as_of,omitzero" validate:"omitzero"`
	// Revises is the Ref of an earlier figure of the same event that this
	// one revises; the earlier one stays.
	Revises string `json:"revises,omitempty" validate:"omitempty,no_space"`
	// Attributions say who gives the figure and how.
	Attributions []Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Measure names what a [Count] counts or measures, as a lower-case
// snake_case word. The set is open: the constants name the measures the
// library knows, and any other word is accepted ("registered_deaths",
// "missiles").
type Measure string

// Well-known measures.
const (
	MeasureKilled      Measure = "killed"
	MeasureInjured     Measure = "injured"
	MeasureMissing     Measure = "missing"
	MeasureDisplaced   Measure = "displaced"
	MeasureIdentified  Measure = "identified"
	MeasureDetained    Measure = "detained"
	MeasureEvacuated   Measure = "evacuated"
	MeasureAffected    Measure = "affected"
	MeasureAttacks     Measure = "attacks"
	MeasureDuration    Measure = "duration"
	MeasureTerritory   Measure = "territory"
	MeasureVotes       Measure = "votes"
	MeasureSeats       Measure = "seats"
	MeasureParticipant Measure = "participants"
)

// String returns the measure as written.
func (m Measure) String() string { return string(m) }

// Unit is the unit of a [Count]'s value where it is not a number of things,
// as a lower-case snake_case word. The set is open: the constants name the
// units the library knows, and any other word is accepted.
type Unit string

// Well-known units.
const (
	UnitPercent Unit = "percent"
	UnitHour    Unit = "hour"
	UnitDay     Unit = "day"
	UnitYear    Unit = "year"
	UnitKm      Unit = "km"
	UnitOrdinal Unit = "ordinal" // the fourth year: Value 4
)

// String returns the unit as written.
func (u Unit) String() string { return string(u) }

// IsZero reports whether c is the zero Count (no figure).
func (c Count) IsZero() bool {
	return c.Ref == "" && c.Value == 0 && c.Min == 0 && c.Max == 0 && c.Qualifier == "" && c.Text == "" &&
		c.Measure == "" && c.Unit == "" && c.Includes == nil && c.AsOf.IsZero() && c.Revises == "" && c.Attributions == nil
}

// IsRange reports whether the count is a range with Min and Max.
func (c Count) IsRange() bool { return c.Qualifier == QualifierRange }

// Conservative returns the lowest number the report prints for the figure:
// Min for a range, Value otherwise, whatever the qualifier. It follows the
// practice of conflict datasets such as ACLED, which record the lowest
// reported number when reports are vague or differ, and it never invents a
// number the report does not print: "nearly 70" gives 70, "more than 4,500"
// gives 4,500, "as many as 12" gives 12.
func (c Count) Conservative() float64 {
	if c.IsRange() {
		return c.Min
	}
	return c.Value
}

// Best returns a single central figure: Value for every qualifier but a
// range, and the midpoint of Min and Max for a range.
func (c Count) Best() float64 {
	if c.IsRange() {
		return c.Min + (c.Max-c.Min)/2
	}
	return c.Value
}

// Lowest returns the count with the lowest [Count.Conservative] figure among
// counts (the most conservative of several reports), and false when counts
// is empty. Ties go to the first.
func Lowest(counts []Count) (Count, bool) {
	if len(counts) == 0 {
		return Count{}, false
	}
	low := counts[0]
	for _, c := range counts[1:] {
		if c.Conservative() < low.Conservative() {
			low = c
		}
	}
	return low, true
}

// Validate checks the count and returns nil or a *[ValidationError].
func (c Count) Validate() error {
	var l validate.List
	l.Struct("", &c)
	return l.Err("source: count")
}

func checkCount(sl validator.StructLevel) {
	c := validate.Current[Count](sl)
	for _, f := range []struct {
		name string
		v    float64
	}{{"value", c.Value}, {"min", c.Min}, {"max", c.Max}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			validate.Report(sl, f.v, f.name, vocab.RuleFinite, "must be a finite number")
		} else if f.v < 0 {
			validate.Report(sl, f.v, f.name, vocab.RuleGTE, "must be at least 0")
		}
	}
	if c.IsRange() {
		if c.Value != 0 {
			validate.Report(sl, c.Value, "value", vocab.RuleConflicts, "must be empty for a range: use min and max")
		}
		if c.Min > c.Max {
			validate.Report(sl, c.Min, "min", vocab.RuleOrder, "must not be above max")
		}
		return
	}
	if c.Min != 0 || c.Max != 0 {
		field, v := "min", c.Min
		if c.Min == 0 {
			field, v = "max", c.Max
		}
		validate.Report(sl, v, field, vocab.RuleConflicts, "is only for a range: use value with qualifier "+string(c.Qualifier))
	}
	if c.Revises != "" && c.Revises == c.Ref {
		validate.Report(sl, c.Revises, "revises", vocab.RuleSelf, "a figure cannot revise itself")
	}
}

type plainCount Count

// countJSON is the wire form: value only for a single figure, min and max
// only for a range, so that 0 is written when it is the figure.
type countJSON struct {
	Value *float64 `json:"value,omitempty"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	plainCount
}

// MarshalJSON writes "value" for a single figure (even 0, "no one was
// killed") and "min" and "max" for a range.
func (c Count) MarshalJSON() ([]byte, error) {
	w := countJSON{plainCount: plainCount(c)}
	if c.IsRange() {
		w.Min, w.Max = &c.Min, &c.Max
		if c.Value != 0 {
			w.Value = &c.Value
		}
	} else {
		w.Value = &c.Value
		if c.Min != 0 {
			w.Min = &c.Min
		}
		if c.Max != 0 {
			w.Max = &c.Max
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes a count strictly (an unknown field is an error)
// and tells an absent number from 0: "value" is required for every
// qualifier but range, "min" and "max" for a range.
func (c *Count) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*c = Count{}
	w := countJSON{}
	if err := jsonx.Strict("source: count", data, &w); err != nil {
		return err
	}
	*c = Count(w.plainCount)
	var missing string
	switch {
	case c.Qualifier == QualifierRange && (w.Min == nil || w.Max == nil):
		missing = `a range needs "min" and "max"`
	case c.Qualifier != QualifierRange && w.Value == nil:
		missing = `a figure needs its "value" (write 0 for none)`
	}
	if missing != "" {
		*c = Count{}
		return &vocab.DecodeError{Scope: "source: count", Offset: 0, Err: errors.New("json: " + missing + "; an absent number is not 0")}
	}
	if w.Value != nil {
		c.Value = *w.Value
	}
	if w.Min != nil {
		c.Min = *w.Min
	}
	if w.Max != nil {
		c.Max = *w.Max
	}
	return nil
}
