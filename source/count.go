package source

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Count is a figure as a report gives it: a number (or a range, or a
// vague magnitude) with the qualifier the report puts on it, the words as
// written, what it measures, where and whom it counts, who says so and as
// of when. "nearly 70" stays nearly 70: nothing is rounded on the way in.
//
// Several Counts of the same measure may stand side by side (two sources
// disagree; a later toll revises an earlier one through Revises; two
// places or groups of one event have a figure each); none is erased.
// [Count.Conservative] and [Count.Best] derive single numbers for those
// who need them, and [Lowest], [Highest], [Latest] and [Groups] pick
// among figures that count the same thing ([Comparable]).
//
// The shapes a Count takes:
//   - a number: Value with a qualifier ("nearly 70", "exactly 90");
//   - a range: Min and Max with [QualifierRange] ("20 to 30");
//   - a vague figure: a [Magnitude] with [QualifierVague] ("dozens");
//   - a rate: a number Per a unit of time ("400 lorries a day");
//   - a duration: Measure [MeasureDuration] with a Value and a Unit ("a
//     72-hour window"), or a [Period] when units combine ("two years and
//     two days");
//   - an amount of money: a number with a Currency ("$1.2bn").
//
// JSON: {"value": 70, "qualifier": "nearly", "text": "nearly 70",
// "measure": "missiles", ...}; a range has "min" and "max" instead of
// "value", a vague figure "magnitude", a compound duration "period".
type Count struct {
	// Ref is an optional label of the user's own that travels with the
	// figure (a codebook row, a census item such as "F2"); Revises refers
	// to it.
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Value is the number the report gives; unused for a range, a vague
	// figure or a period. In JSON it is required for every other figure,
	// even when it is 0 ("no one was killed"): a figure without its
	// number is an error, never 0.
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
	// AsOf is when the figure held, where the report says ("as of April 24"):
	// a total up to then.
	AsOf Time `json:"as_of,omitzero" validate:"omitzero"`
	// Revises is the Ref of an earlier figure that this one revises: of
	// this record, or of the record RevisesIn names. The earlier figure
	// stays; a story's claims view marks it revised, by this figure's
	// attributions and as of its AsOf.
	Revises string `json:"revises,omitempty" validate:"omitempty,no_space"`
	// RevisesIn is the ID of the record (an event, a territory, a
	// territorial status) that holds the figure Revises names, when that
	// is another record: "OCHA now says 12" in today's report revises the
	// toll of yesterday's event. Zero means this record. The pair is the
	// figure's address; it survives JSON, and a story checks that it
	// resolves.
	RevisesIn uuid.UUID `json:"revises_in,omitzero"`
	// Attributions say who gives the figure and how.
	Attributions []Attribution `json:"attributions,omitzero" validate:"dive"`
	// Magnitude is what a vague figure names ("dozens"); required with
	// [QualifierVague] and empty otherwise.
	Magnitude Magnitude `json:"magnitude,omitempty" validate:"omitempty,enum"`
	// Modality says whether the figure counts what is (the zero value), or
	// what is possible, feared, projected, expected or planned.
	Modality Modality `json:"modality,omitempty" validate:"omitempty,enum"`
	// Broader names the measure this one is a kind of, where the dataset
	// says so: "registered_deaths" is a kind of "killed". Well-known
	// measures know theirs ([Measure.Broader]). See [Count.Family].
	Broader Measure `json:"broader,omitempty" validate:"omitempty,token"`
	// Per makes the figure a rate or a ratio: so many per this unit of
	// time ("400 lorries a day": Value 400, Per [UnitDay]) or per this
	// thing ("30 prisoners for every civilian hostage": Value 30, Per
	// "civilian_hostage").
	Per Unit `json:"per,omitempty" validate:"omitempty,token"`
	// Within is the Ref of a figure of the same record that this one is a
	// part of: "50 of them carry fuel" is within "600 trucks a day". The
	// whole is not the sum of its parts unless the report says so.
	Within string `json:"within,omitempty" validate:"omitempty,no_space"`
	// Currency makes the figure an amount of money ("$1.2bn": Value 1.2e9,
	// Currency USD); Unit is then empty.
	Currency vocab.Currency `json:"currency,omitzero"`
	// Period is a duration in combined calendar units ("two years and two
	// days"); Value and Unit are then unused. A duration in one unit is a
	// Value and a Unit.
	Period Period `json:"period,omitzero"`
	// Subject says whom or what the figure counts, where the report says
	// ("civilians", "children", "security forces"), so that two groups of
	// one event are two figures.
	Subject Subject `json:"subject,omitempty" validate:"omitempty,token"`
	// Of is the actor whose people or things are counted ("Russian
	// soldiers": the Russian armed forces; a party's seats).
	Of actor.ID `json:"of,omitzero"`
	// In are the places the figure applies to ("in Hatay province"); none
	// means the event's places.
	In []vocab.TerritoryID `json:"in,omitzero" validate:"dive,id"`
	// Excluding are places the figure leaves out ("excluding the city
	// itself").
	Excluding []vocab.TerritoryID `json:"excluding,omitzero" validate:"dive,id"`
	// Excludes says what the figure leaves out, as written ("outside the
	// capital", "not counting the missing").
	Excludes []string `json:"excludes,omitzero" validate:"dive,required,trimmed,text"`
	// Over is the period a figure of new things counts over ("934 new
	// cases in June"), where AsOf is when a total held; two figures over
	// different periods count different things.
	Over Time `json:"over,omitzero" validate:"omitzero"`
}

// Measure names what a [Count] counts or measures, as a lower-case
// snake_case word. The set is open: the constants name the measures the
// library knows, and any other word is accepted ("registered_deaths",
// "missiles"); a Count's Broader says what kind of measure an unknown one
// is.
type Measure string

// Well-known measures. Those that are kinds of another name it in their
// comment, and [Measure.Broader] returns it.
const (
	MeasureKilled          Measure = "killed"           // people killed or dead
	MeasureDeaths          Measure = "deaths"           // deaths, as health authorities count them; a kind of killed
	MeasureConfirmedKilled Measure = "confirmed_killed" // deaths confirmed by an authority; a kind of killed
	MeasureIdentified      Measure = "identified"       // dead identified by name; a kind of killed
	MeasureBodies          Measure = "bodies"           // bodies recovered; a kind of killed
	MeasureInjured         Measure = "injured"          // people injured
	MeasureMissing         Measure = "missing"          // people missing: never a kind of killed
	MeasureRescued         Measure = "rescued"          // people rescued alive
	MeasureDisplaced       Measure = "displaced"        // people who left or lost their homes
	MeasureDetained        Measure = "detained"         // people detained or arrested
	MeasureEvacuated       Measure = "evacuated"        // people evacuated
	MeasureAffected        Measure = "affected"         // people affected
	MeasureHostages        Measure = "hostages"         // hostages held, freed or exchanged
	MeasurePrisoners       Measure = "prisoners"        // prisoners held, freed or exchanged
	MeasureCases           Measure = "cases"            // cases of a disease
	MeasureConfirmedCases  Measure = "confirmed_cases"  // cases confirmed by a test; a kind of cases
	MeasureSuspectedCases  Measure = "suspected_cases"  // suspected cases: not a kind of cases, as some prove not to be
	MeasureAttacks         Measure = "attacks"          // attacks or strikes
	MeasureDuration        Measure = "duration"         // a length of time
	MeasureTerritory       Measure = "territory"        // an area or share of territory
	MeasurePopulation      Measure = "population"       // the people living in a place
	MeasureArea            Measure = "area"             // the area of a place
	MeasureVotes           Measure = "votes"            // votes, or a share of them
	MeasureSeats           Measure = "seats"            // seats won
	MeasureTurnout         Measure = "turnout"          // the share of voters who voted
	MeasureParticipant     Measure = "participants"     // people taking part
	MeasureBuildings       Measure = "buildings"        // buildings damaged or destroyed
	MeasureAid             Measure = "aid"              // aid, in money or in goods
	MeasureCost            Measure = "cost"             // a cost or damage in money
)

// String returns the measure as written.
func (m Measure) String() string { return string(m) }

// Broader returns the well-known measure m is a kind of ([MeasureKilled]
// for [MeasureConfirmedKilled]), or "" when m is a kind of none the
// library knows.
func (m Measure) Broader() Measure {
	switch m {
	case MeasureDeaths, MeasureConfirmedKilled, MeasureIdentified, MeasureBodies:
		return MeasureKilled
	case MeasureConfirmedCases:
		return MeasureCases
	}
	return ""
}

// Subject says whom or what a [Count] counts, as a lower-case snake_case
// word. The set is open: the constants name the groups reports name most,
// and any other word is accepted ("miners", "pilgrims").
type Subject string

// Well-known subjects.
const (
	SubjectCivilians      Subject = "civilians"
	SubjectChildren       Subject = "children"
	SubjectWomen          Subject = "women"
	SubjectCombatants     Subject = "combatants"
	SubjectSoldiers       Subject = "soldiers"
	SubjectSecurityForces Subject = "security_forces" // police, soldiers and the like together
	SubjectPolice         Subject = "police"
	SubjectMedicalWorkers Subject = "medical_workers"
	SubjectAidWorkers     Subject = "aid_workers"
	SubjectJournalists    Subject = "journalists"
	SubjectForeigners     Subject = "foreigners"
	SubjectResidents      Subject = "residents"
)

// String returns the subject as written.
func (s Subject) String() string { return string(s) }

// Unit is the unit of a [Count]'s value where it is not a number of things,
// as a lower-case snake_case word. The set is open: the constants name the
// units the library knows, and any other word is accepted.
type Unit string

// Well-known units.
const (
	UnitPercent Unit = "percent"
	UnitMinute  Unit = "minute"
	UnitHour    Unit = "hour"
	UnitDay     Unit = "day"
	UnitWeek    Unit = "week"
	UnitMonth   Unit = "month"
	UnitYear    Unit = "year"
	UnitKm      Unit = "km"
	UnitMile    Unit = "mile"    // statute mile, as written: not converted to km
	UnitKm2     Unit = "km2"     // square kilometres
	UnitOrdinal Unit = "ordinal" // the fourth year: Value 4
)

// String returns the unit as written.
func (u Unit) String() string { return string(u) }

// IsZero reports whether c is the zero Count (no figure): every field
// zero as reflect.Value.IsZero and omitzero tell it (a -0 figure is
// zero, a NaN is not). It compares field by field rather than through
// reflect, which copied the count to the heap on every call.
func (c Count) IsZero() bool {
	return c.Ref == "" && c.Value == 0 && c.Min == 0 && c.Max == 0 && c.Qualifier == "" &&
		c.Text == "" && c.Measure == "" && c.Unit == "" && c.Includes == nil &&
		c.AsOf == (Time{}) && c.Revises == "" && c.RevisesIn == (uuid.UUID{}) &&
		c.Attributions == nil && c.Magnitude == "" && c.Modality == "" && c.Broader == "" &&
		c.Per == "" && c.Within == "" && c.Currency == (vocab.Currency{}) &&
		c.Period == (Period{}) && c.Subject == "" && c.Of == (actor.ID{}) && c.In == nil &&
		c.Excluding == nil && c.Excludes == nil && c.Over == (Time{})
}

// IsRange reports whether the count is a range with Min and Max.
func (c Count) IsRange() bool { return c.Qualifier == QualifierRange }

// IsVague reports whether the count is a vague figure with a Magnitude.
func (c Count) IsVague() bool { return c.Qualifier == QualifierVague }

// Conservative returns the lowest number the report's words allow for the
// figure: Min for a range, the [Magnitude.Floor] for a vague figure
// ("dozens" gives 12), Value otherwise, whatever the qualifier. It follows
// the practice of conflict datasets such as ACLED, which record the lowest
// reported number when reports are vague or differ, and it never invents a
// number above what the words say: "nearly 70" gives 70, "more than 4,500"
// gives 4,500, "as many as 12" gives 12. A compound [Period] gives 0: it
// has no single number.
func (c Count) Conservative() float64 {
	switch {
	case c.IsRange():
		return c.Min
	case c.IsVague():
		return c.Magnitude.Floor()
	}
	return c.Value
}

// Best returns a single central figure: Value for a number, the midpoint
// of Min and Max for a range. For a vague figure it returns the same as
// [Count.Conservative], the floor: no central number is guessed for
// "dozens".
func (c Count) Best() float64 {
	if c.IsRange() {
		return c.Min + (c.Max-c.Min)/2
	}
	return c.Conservative()
}

// upper returns the highest number the report's words give: Max for a
// range, the floor for a vague figure, Value otherwise.
func (c Count) upper() float64 {
	if c.IsRange() {
		return c.Max
	}
	return c.Conservative()
}

// Family returns the broadest measure the figure's measure is a kind of:
// it follows Broader, or [Measure.Broader] where Broader is empty, up to a
// measure that names none. "confirmed_killed" and "identified" are of the
// family "killed"; "missing" is its own. Figures of one family count the
// same thing, one of them perhaps only in part.
func (c Count) Family() Measure {
	m := c.Measure
	if c.Broader != "" {
		m = c.Broader
	}
	for range 8 { // well-known chains are one step; the bound is a guard
		b := m.Broader()
		if b == "" {
			break
		}
		m = b
	}
	return m
}

// Denied reports whether every source the figure is attributed to denies
// it (and it has at least one): a figure the Kremlin denies, and no one
// else gives, is denied.
func (c Count) Denied() bool {
	if len(c.Attributions) == 0 {
		return false
	}
	for _, a := range c.Attributions {
		if a.Verb != VerbDenied {
			return false
		}
	}
	return true
}

// Usable reports whether the helpers that pick one figure consider c: it
// is actual ([Modality.Actual]), not [Count.Denied], and has a number (a
// compound [Period] has none).
func (c Count) Usable() bool {
	return c.Modality.Actual() && !c.Denied() && c.Period.IsZero()
}

// Comparable reports whether a and b count the same thing, so that one may
// be weighed against the other: the same [Count.Family], unit, rate,
// currency, subject, actor and period (Over), and the same places in In
// and Excluding (in any order). Their qualifiers, times and sources may differ: that is the
// disagreement or the revision the helpers look at.
func Comparable(a, b Count) bool {
	return a.Family() == b.Family() && a.Unit == b.Unit && a.Per == b.Per && a.Currency == b.Currency &&
		a.Subject == b.Subject && a.Of == b.Of && sameWhen(a.Over, b.Over) && sameSet(a.In, b.In) && sameSet(a.Excluding, b.Excluding)
}

// sameWhen reports whether two times name the same span, whatever their
// words: "in June" and "during June" are one period.
func sameWhen(a, b Time) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Precision == b.Precision && a.Bound == b.Bound
}

func sameSet(a, b []vocab.TerritoryID) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// Groups splits counts into groups of figures that count the same thing
// ([Comparable]), leaving out those that are not [Count.Usable]; the
// groups come in the order of their first figure, and each keeps the
// order of counts. A toll with killed and missing figures for two
// provinces gives four groups.
func Groups(counts []Count) [][]Count {
	var groups [][]Count
	for _, c := range counts {
		if !c.Usable() {
			continue
		}
		i := slices.IndexFunc(groups, func(g []Count) bool { return Comparable(g[0], c) })
		if i < 0 {
			groups = append(groups, []Count{c})
		} else {
			groups[i] = append(groups[i], c)
		}
	}
	return groups
}

// pick returns the first usable count of counts and every later usable
// count comparable with it: the group Lowest, Highest and Latest choose
// from.
func pick(counts []Count) []Count {
	var out []Count
	for _, c := range counts {
		if c.Usable() && (len(out) == 0 || Comparable(out[0], c)) {
			out = append(out, c)
		}
	}
	return out
}

// Lowest returns the count with the lowest [Count.Conservative] figure (the
// most conservative of several reports), and false when there is none. It
// chooses among the usable counts ([Count.Usable]: not denied, actual, a
// number) that are [Comparable] with the first usable one, so that a
// missing figure is never taken for a death toll, nor a province's figure
// for the country's; call it on each of [Groups] for a mixed list. Ties go
// to the first.
func Lowest(counts []Count) (Count, bool) {
	g := pick(counts)
	if len(g) == 0 {
		return Count{}, false
	}
	low := g[0]
	for _, c := range g[1:] {
		if c.Conservative() < low.Conservative() {
			low = c
		}
	}
	return low, true
}

// Highest returns the count with the highest upper figure (Max for a
// range, Value for a number, the floor for a vague figure), chosen as
// [Lowest] chooses, and false when there is none. Ties go to the first.
func Highest(counts []Count) (Count, bool) {
	g := pick(counts)
	if len(g) == 0 {
		return Count{}, false
	}
	high := g[0]
	for _, c := range g[1:] {
		if c.upper() > high.upper() {
			high = c
		}
	}
	return high, true
}

// Latest returns the count that holds latest, chosen as [Lowest] chooses:
// among the counts no other of the group revises (through Revises and
// Ref, within the one record the counts come from: a revision of a
// figure of another record, through RevisesIn, is for a story to resolve),
// the one whose AsOf starts last, a count without AsOf counting as
// older than any with one; ties go to the last in counts, as a later
// report comes later in a list. It reports false when there is none. A
// revised toll is the Latest of its figures even when no figure gives a
// date: the revision supersedes what it revises.
func Latest(counts []Count) (Count, bool) {
	g := pick(counts)
	if len(g) == 0 {
		return Count{}, false
	}
	revised := map[string]bool{}
	for _, c := range g {
		if c.Revises != "" && c.RevisesIn == (uuid.UUID{}) {
			revised[c.Revises] = true
		}
	}
	var last Count
	found := false
	for _, c := range g {
		if c.Ref != "" && revised[c.Ref] {
			continue
		}
		if !found || !c.AsOf.Start.Before(last.AsOf.Start) {
			last, found = c, true
		}
	}
	if !found { // every figure revises another in a circle: fall back on dates
		last = g[0]
		for _, c := range g[1:] {
			if !c.AsOf.Start.Before(last.AsOf.Start) {
				last = c
			}
		}
	}
	return last, true
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
	if c.Revises != "" && c.Revises == c.Ref {
		validate.Report(sl, c.Revises, "revises", vocab.RuleSelf, "a figure cannot revise itself")
	}
	if c.RevisesIn != (uuid.UUID{}) && c.Revises == "" {
		validate.Report(sl, c.Revises, "revises", vocab.RuleRequires, "is required with revises_in: the ref of the figure revised there")
	}
	if c.Within != "" && c.Within == c.Ref {
		validate.Report(sl, c.Within, "within", vocab.RuleSelf, "a figure cannot be a part of itself")
	}
	if c.Broader != "" && c.Broader == c.Measure {
		validate.Report(sl, c.Broader, "broader", vocab.RuleSelf, "a measure cannot be a kind of itself")
	}
	if !c.Currency.IsZero() && c.Unit != "" {
		validate.Report(sl, c.Unit, "unit", vocab.RuleConflicts, "an amount of money has its currency, not a unit")
	}
	for i, id := range c.Excluding {
		if slices.Contains(c.In, id) {
			validate.Report(sl, id, validate.Index("excluding", i), vocab.RuleConflicts, "a place cannot be both in and excluded from a figure")
		}
	}
	checkPeriod(sl, c)
	switch {
	case c.Qualifier == QualifierVague: // c.IsVague, without a copy of c
		if c.Magnitude == "" {
			validate.Report(sl, c.Magnitude, "magnitude", vocab.RuleRequires, "is required for a vague figure")
		}
		for _, f := range []struct {
			name string
			v    float64
		}{{"value", c.Value}, {"min", c.Min}, {"max", c.Max}} {
			if f.v != 0 {
				validate.Report(sl, f.v, f.name, vocab.RuleConflicts, "must be empty for a vague figure: its magnitude says how many")
			}
		}
		return
	case c.Magnitude != "":
		validate.Report(sl, c.Magnitude, "magnitude", vocab.RuleConflicts, "is only for a vague figure (qualifier \"vague\")")
	}
	if c.Qualifier == QualifierRange { // c.IsRange
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
}

// checkPeriod checks a compound duration: whole parts of 0 or more, and
// no value or unit beside it.
func checkPeriod(sl validator.StructLevel, c *Count) {
	if c.Period.IsZero() {
		return
	}
	if _, err := c.Period.MarshalText(); err != nil {
		validate.Report(sl, c.Period, "period", vocab.RuleGTE, fmt.Sprintf("every part must be 0 to %d", maxPeriodPart))
	}
	if c.Value != 0 {
		validate.Report(sl, c.Value, "value", vocab.RuleConflicts, "must be empty with a period: the period is the duration")
	}
	if c.Unit != "" {
		validate.Report(sl, c.Unit, "unit", vocab.RuleConflicts, "must be empty with a period: the period has its units")
	}
	if c.IsRange() || c.IsVague() {
		validate.Report(sl, c.Qualifier, "qualifier", vocab.RuleConflicts, "a period is a single duration, not a range or a vague figure")
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
// killed"), "min" and "max" for a range, and no number for a vague figure
// (its "magnitude") or a compound duration (its "period").
func (c Count) MarshalJSON() ([]byte, error) { return c.appendJSON(nil) }

// UnmarshalJSON decodes a count strictly (an unknown field is an error)
// and tells an absent number from 0: "value" is required for every figure
// but a range (which needs "min" and "max"), a vague figure and a
// compound duration.
func (c *Count) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*c = Count{}
	w := countJSON{}
	if err := jsonx.Strict("source: count", data, &w); err != nil {
		return err
	}
	return c.fromJSON(&w)
}

// fromJSON sets c to the count w holds, or says what is wrong with it.
func (c *Count) fromJSON(w *countJSON) error {
	*c = Count(w.plainCount)
	return c.setNumbers(w.Value, w.Min, w.Max)
}

// setNumbers sets the numbers of c, whose other fields are decoded, to
// those the JSON gave (nil for absent), or says which is missing and
// leaves c zero.
func (c *Count) setNumbers(value, min, max *float64) error {
	var missing string
	switch {
	case c.Qualifier == QualifierRange && (min == nil || max == nil):
		missing = `a range needs "min" and "max"`
	case c.Qualifier != QualifierRange && c.Qualifier != QualifierVague && c.Period.IsZero() && value == nil:
		missing = `a figure needs its "value" (write 0 for none)`
	}
	if missing != "" {
		*c = Count{}
		return &vocab.DecodeError{Scope: "source: count", Offset: 0, Err: errors.New("json: " + missing + "; an absent number is not 0")}
	}
	if value != nil {
		c.Value = *value
	}
	if min != nil {
		c.Min = *min
	}
	if max != nil {
		c.Max = *max
	}
	return nil
}
