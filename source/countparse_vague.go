package source

import (
	"fmt"
	"strings"
)

// vagueForm is a vague figure's magnitude, and whether "of" may follow
// its words ("dozens of").
type vagueForm struct {
	m  Magnitude
	of bool
}

// vagueMagnitudes maps the words of each vague figure to its magnitude,
// chosen so that [Magnitude.Floor] never exceeds what the words
// guarantee: after "several" or "a few" a unit word gives the magnitude
// of that unit, whose floor is one of it ("several hundred" guarantees
// 300 and gets the floor 100).
var vagueMagnitudes = func() map[string]vagueForm {
	m := map[string]vagueForm{
		"tens": {MagnitudeTens, true}, "dozens": {MagnitudeDozens, true}, "scores": {MagnitudeScores, true},
		"hundreds": {MagnitudeHundreds, true}, "thousands": {MagnitudeThousands, true},
		"millions": {MagnitudeMillions, true}, "tens of thousands": {MagnitudeTensOfThousands, true},
		"hundreds of thousands": {MagnitudeHundredsOfThousands, true}, "a handful": {MagnitudeHandful, true},
		"several": {MagnitudeSeveral, false}, "a few": {MagnitudeFew, false},
	}
	for _, some := range []string{"several", "a few"} {
		for unit, mag := range map[string]Magnitude{
			"dozen": MagnitudeDozens, "hundred": MagnitudeHundreds, "thousand": MagnitudeThousands,
			"million": MagnitudeMillions, "hundred thousand": MagnitudeHundredsOfThousands,
		} {
			m[some+" "+unit] = vagueForm{mag, false}
		}
	}
	return m
}()

// noFloor are words that name an amount for which the library documents
// no floor (or has no Magnitude): always errors.
var noFloor = map[string]bool{
	"many": true, "numerous": true, "a number": true, "a number of": true, "few": true, "some": true,
	"a lot": true, "a lot of": true, "lots": true, "lots of": true, "countless": true, "billions": true,
	"tens of millions": true, "hundreds of millions": true, "trillions": true,
}

// vagueMagnitude reads ws as a vague figure ("dozens", "several
// hundred", "hundreds of thousands of"), reporting false when it is none;
// an amount with no floor ("many", "a number of") is an error.
func vagueMagnitude(ws []word) (Magnitude, bool, error) {
	s := strings.Join(lows(ws), " ")
	if f, ok := vagueMagnitudes[s]; ok {
		return f.m, true, nil
	}
	bare, of := strings.CutSuffix(s, " of")
	if f, ok := vagueMagnitudes[bare]; ok && of && f.of {
		return f.m, true, nil
	}
	if noFloor[s] || noFloor[bare] {
		return "", false, fmt.Errorf("%q names no number, and the library documents no floor for it", s)
	}
	return "", false, nil
}
