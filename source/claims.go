package source

import "math"

// Bounds returns the closed interval of numbers that the figure's words
// allow, for weighing one report against another (do two sources
// disagree, or can both be right?):
//   - a number with [QualifierExact], [QualifierAbout] or
//     [QualifierNearly]: the number itself, [Value, Value]: no margin is
//     invented for "about" or "nearly", so "about 150" and "160" do not
//     overlap;
//   - [QualifierAtLeast] and [QualifierMoreThan]: [Value, +Inf);
//   - [QualifierUpTo], [QualifierAsManyAs] and [QualifierLessThan]: [0,
//     Value], since the words set a ceiling and no floor;
//   - a range: [Min, Max];
//   - a vague figure: the [Magnitude.Floor] and no ceiling, [floor, +Inf):
//     "dozens" may be 12 or 80;
//   - a compound [Period], which has no single number: [0, +Inf), so that
//     it overlaps every figure.
//
// The ends are taken as closed, "more than 4,500" included: a strict end
// would make a dispute out of words ("over 4,500" against "4,500") rather
// than numbers. Unlike [Count.Conservative], which gives the one number
// that datasets record ("as many as 12" gives 12), Bounds gives all the
// numbers the words allow ("as many as 12" allows 0 to 12).
func (c Count) Bounds() (lo, hi float64) {
	switch {
	case !c.Period.IsZero():
		return 0, math.Inf(1)
	case c.IsRange():
		return c.Min, c.Max
	case c.IsVague():
		return c.Magnitude.Floor(), math.Inf(1)
	}
	switch c.Qualifier {
	case QualifierAtLeast, QualifierMoreThan:
		return c.Value, math.Inf(1)
	case QualifierUpTo, QualifierAsManyAs, QualifierLessThan:
		return 0, c.Value
	}
	return c.Value, c.Value
}

// Overlap reports whether the numbers that a and b allow ([Count.Bounds])
// have one in common: whether both reports can be right. It looks at the
// numbers alone; whether a and b count the same thing is [Comparable]'s
// question.
func Overlap(a, b Count) bool {
	alo, ahi := a.Bounds()
	blo, bhi := b.Bounds()
	return alo <= bhi && blo <= ahi
}
