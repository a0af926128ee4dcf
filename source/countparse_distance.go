package source

import (
	"fmt"
	"strings"
)

// distanceWord is a unit word of a distance: its Unit, and whether the
// word takes a number of one (singular), any other (plural), or either
// ("km").
type distanceWord struct {
	unit   Unit
	number grammaticalNumber
}

// grammaticalNumber says which numbers a unit word takes.
type grammaticalNumber int

const (
	eitherNumber grammaticalNumber = iota // "km": "1 km", "7 km"
	singularWord                          // "kilometre": one only
	pluralWord                            // "kilometres": any number but one
)

// distanceWords are the units of distance the parser reads, as written
// after the number. Neither is converted: "4.3 miles" stays 4.3 miles.
var distanceWords = map[string]distanceWord{
	"km":         {UnitKm, eitherNumber},
	"kilometre":  {UnitKm, singularWord},
	"kilometer":  {UnitKm, singularWord},
	"kilometres": {UnitKm, pluralWord},
	"kilometers": {UnitKm, pluralWord},
	"mile":       {UnitMile, singularWord},
	"miles":      {UnitMile, pluralWord},
}

// cutDistance takes a unit of distance off the end of ws: a word ("7 km",
// "4.3 miles") or "km" attached to digits ("7km", "17.9km"). It returns
// the words before it and the unit word, found false when there is none.
func cutDistance(ws []word) (rest []word, unitWord string, found bool) {
	n := len(ws)
	if n == 0 {
		return ws, "", false
	}
	last := ws[n-1].low
	if _, ok := distanceWords[last]; ok && n > 1 {
		return ws[:n-1], last, true
	}
	if num, ok := strings.CutSuffix(last, "km"); ok && num != "" && num[len(num)-1] >= '0' && num[len(num)-1] <= '9' {
		orig := num // the digits as written, where lower case kept their length
		if o := ws[n-1].orig; len(o) == len(last) {
			orig = o[:len(num)]
		}
		return append(ws[:n-1:n-1], word{low: num, orig: orig}), "km", true
	}
	return ws, "", false
}

// checkDistanceNumber checks that the unit word agrees with the figure:
// "1 kilometre", "7 kilometres", "1.5 miles", "5 to 7 miles"; "km" takes
// any.
func checkDistanceNumber(unitWord string, f figure) error {
	one := !f.isRange && f.lo == 1
	switch distanceWords[unitWord].number {
	case singularWord:
		if !one {
			return fmt.Errorf("%q after %s: want the plural", unitWord, figureText(f))
		}
	case pluralWord:
		if one {
			return fmt.Errorf("%q after 1: want the singular", unitWord)
		}
	}
	return nil
}

// figureText writes a figure's number or range for an error.
func figureText(f figure) string {
	if f.isRange {
		return fmtNum(f.lo) + " to " + fmtNum(f.hi)
	}
	return fmtNum(f.lo)
}
