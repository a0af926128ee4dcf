package source

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/newsevent/newsevent/internal/excerpt"
)

// ParseCount reads a figure as news reports write it and returns a Count
// with its Value (or Min and Max), Qualifier and Text set; Measure and
// Attributions are left for the caller. It knows:
//
//   - numbers in digits, with thousands separators and decimals ("4,500",
//     "53.5"), with "thousand", "million" or "billion" ("1.5 million");
//   - numbers in words up to the billions ("three", "twenty-five",
//     "two hundred and fifty", "a hundred", "a dozen", "half a dozen");
//   - a trailing "%", "percent" or "per cent" (Unit "percent");
//   - qualifiers: "exactly"; "about", "around", "approximately", "roughly",
//     "some", "an estimated"; "nearly", "almost", "close to", "just
//     under"; "at least", "no fewer than", "no less than", "a minimum of";
//     "more than", "over", "upwards of", "in excess of", "just over"; "as
//     many as", "as much as"; "up to", "at most", "no more than"; "fewer
//     than", "less than", "under";
//   - ranges: "20 to 30", "20-30", "20–30", "between 20 and 30", "from 20
//     to 30".
//
// Vague words that name no number ("dozens", "several", "hundreds") and
// anything else are errors that quote the text: ParseCount never guesses.
//
// Worst case: a text longer than [MaxPhraseBytes] is refused at once;
// otherwise time linear in its length.
func ParseCount(text string) (Count, error) {
	if len(text) > MaxPhraseBytes {
		return Count{}, fmt.Errorf("source: count %s: longer than %d bytes: a figure as written is a few words", excerpt.Quote(text), MaxPhraseBytes)
	}
	c, err := parseCount(text)
	if err != nil {
		return Count{}, fmt.Errorf("source: count %q: %w", text, err)
	}
	c.Text = strings.TrimSpace(text)
	return c, nil
}

var countQualifiers = []struct {
	words string
	q     Qualifier
}{
	{"exactly", QualifierExact},
	{"an estimated", QualifierAbout},
	{"approximately", QualifierAbout},
	{"about", QualifierAbout},
	{"around", QualifierAbout},
	{"roughly", QualifierAbout},
	{"some", QualifierAbout},
	{"nearly", QualifierNearly},
	{"almost", QualifierNearly},
	{"close to", QualifierNearly},
	{"just under", QualifierNearly},
	{"at least", QualifierAtLeast},
	{"no fewer than", QualifierAtLeast},
	{"no less than", QualifierAtLeast},
	{"a minimum of", QualifierAtLeast},
	{"more than", QualifierMoreThan},
	{"just over", QualifierMoreThan},
	{"upwards of", QualifierMoreThan},
	{"in excess of", QualifierMoreThan},
	{"over", QualifierMoreThan},
	{"as many as", QualifierAsManyAs},
	{"as much as", QualifierAsManyAs},
	{"up to", QualifierUpTo},
	{"at most", QualifierUpTo},
	{"no more than", QualifierUpTo},
	{"fewer than", QualifierLessThan},
	{"less than", QualifierLessThan},
	{"under", QualifierLessThan},
}

func parseCount(text string) (Count, error) {
	s := strings.ToLower(strings.TrimSpace(text))
	if s == "" {
		return Count{}, fmt.Errorf("empty")
	}
	s = strings.NewReplacer("–", " to ", "—", " to ", "\u00a0", " ").Replace(s)
	words := strings.Fields(s)
	c := Count{Qualifier: QualifierExact}
	// A trailing percent sign or word sets the unit.
	if n := len(words); n > 0 {
		last := words[n-1]
		switch {
		case last == "%" || last == "percent":
			c.Unit, words = UnitPercent, words[:n-1]
		case n >= 2 && last == "cent" && words[n-2] == "per":
			c.Unit, words = UnitPercent, words[:n-2]
		case strings.HasSuffix(last, "%"):
			c.Unit, words[n-1] = UnitPercent, strings.TrimSuffix(last, "%")
		}
	}
	for _, q := range countQualifiers {
		qw := strings.Fields(q.words)
		if len(words) > len(qw) && hasWords(words, qw) {
			c.Qualifier, words = q.q, words[len(qw):]
			break
		}
	}
	if len(words) == 0 {
		return Count{}, fmt.Errorf("no number")
	}
	// Ranges: "between A and B", "from A to B", "A to B", "A-B".
	if c.Qualifier == QualifierExact {
		lo, hi, ok, err := parseRange(words)
		if err != nil {
			return Count{}, err
		}
		if ok {
			if lo > hi {
				return Count{}, fmt.Errorf("the range runs from %s down to %s", fmtNum(lo), fmtNum(hi))
			}
			c.Qualifier, c.Min, c.Max = QualifierRange, lo, hi
			return c, nil
		}
	}
	v, err := parseNumber(words)
	if err != nil {
		return Count{}, err
	}
	c.Value = v
	return c, nil
}

func parseRange(words []string) (lo, hi float64, ok bool, err error) {
	var left, right []string
	switch {
	case words[0] == "between":
		i := indexOf(words, "and")
		if i < 0 {
			return 0, 0, false, fmt.Errorf("\"between\" without \"and\"")
		}
		left, right = words[1:i], words[i+1:]
	case words[0] == "from":
		i := indexOf(words, "to")
		if i < 0 {
			return 0, 0, false, fmt.Errorf("\"from\" without \"to\"")
		}
		left, right = words[1:i], words[i+1:]
	default:
		if i := indexOf(words, "to"); i >= 0 {
			left, right = words[:i], words[i+1:]
		} else if len(words) == 1 && strings.Count(words[0], "-") == 1 && digitsDash(words[0]) {
			a, b, _ := strings.Cut(words[0], "-")
			left, right = []string{a}, []string{b}
		} else {
			return 0, 0, false, nil
		}
	}
	if lo, err = parseNumber(left); err != nil {
		return 0, 0, false, err
	}
	if hi, err = parseNumber(right); err != nil {
		return 0, 0, false, err
	}
	// "20 to 30 thousand": the scale word of the upper end applies to both.
	if len(left) == 1 && len(right) == 2 {
		if m, ok := scales[right[1]]; ok && lo < m && isDigits(left[0]) {
			lo *= m
		}
	}
	return lo, hi, true, nil
}

func digitsDash(w string) bool {
	a, b, _ := strings.Cut(w, "-")
	return isDigits(a) && isDigits(b)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// vague lists words that name an amount but no number.
var vague = map[string]bool{
	"dozens": true, "several": true, "many": true, "few": true, "hundreds": true, "thousands": true,
	"millions": true, "scores": true, "tens": true, "numerous": true, "some": true,
}

// parseNumber reads one number: digits ("4,500", "1.5 million") or words
// ("two hundred and fifty", "a dozen").
func parseNumber(words []string) (float64, error) {
	if len(words) == 0 {
		return 0, fmt.Errorf("no number")
	}
	if isDigits(words[0]) {
		v, err := parseDigits(words[0])
		if err != nil {
			return 0, err
		}
		switch len(words) {
		case 1:
			return v, nil
		case 2:
			if m, ok := scales[words[1]]; ok {
				return v * m, nil
			}
			if words[1] == "dozen" {
				return v * 12, nil
			}
		}
		return 0, fmt.Errorf("unexpected %q after the number", strings.Join(words[1:], " "))
	}
	return parseWords(words)
}

// parseDigits reads "4,500", "4500", "53.5"; commas must group thousands.
func parseDigits(w string) (float64, error) {
	intPart, frac, hasFrac := strings.Cut(w, ".")
	if hasFrac && (frac == "" || strings.ContainsAny(frac, ",.")) {
		return 0, fmt.Errorf("%q is not a number", w)
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, fmt.Errorf("%q has misplaced thousands separators", w)
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, fmt.Errorf("%q has misplaced thousands separators", w)
			}
		}
		intPart = strings.Join(groups, "")
	}
	if intPart == "" || len(intPart) > 15 {
		return 0, fmt.Errorf("%q is not a number this parser reads", w)
	}
	num := intPart
	if hasFrac {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q is not a number", w)
	}
	return v, nil
}

// parseWords reads a number written in English words. Scale words must
// fall ("two million five hundred thousand"), "hundred" multiplies at most
// once in a group, "dozen" ends the number, and a unit word follows only a
// tens word ("twenty three"): anything else is not a number a report
// writes, and accepting it would be a guess (and "hundred hundred ..."
// would grow without bound).
func parseWords(words []string) (float64, error) {
	if vague[words[0]] && len(words) == 1 {
		return 0, fmt.Errorf("%q names no number", words[0])
	}
	var total, group float64
	lastScale := math.Inf(1)
	seen := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "a" || w == "an":
			// "a dozen", "a hundred", "half a dozen"
			if i+1 >= len(words) || (words[i+1] != "dozen" && words[i+1] != "hundred" && scales[words[i+1]] == 0) || (seen && group != 0.5) {
				return 0, fmt.Errorf("unexpected %q", w)
			}
			if group == 0 {
				group = 1
			}
			seen = true
		case w == "half":
			if seen || i+2 >= len(words) || words[i+1] != "a" || words[i+2] != "dozen" {
				return 0, fmt.Errorf("unexpected %q", w)
			}
			group, seen = 0.5, true
		case w == "and":
			if !seen || i+1 >= len(words) {
				return 0, fmt.Errorf("unexpected %q", w)
			}
		case w == "dozen":
			if i != len(words)-1 {
				return 0, fmt.Errorf("unexpected %q after \"dozen\"", strings.Join(words[i+1:], " "))
			}
			if !seen && i == 0 {
				group = 1
			}
			group *= 12
			seen = true
		case w == "hundred":
			if group >= 100 {
				return 0, fmt.Errorf("unexpected %q", w)
			}
			if group == 0 {
				if seen {
					return 0, fmt.Errorf("unexpected %q", w)
				}
				group = 1
			}
			group *= 100
			seen = true
		case scales[w] != 0:
			if group == 0 {
				if seen {
					return 0, fmt.Errorf("unexpected %q", w)
				}
				group = 1
			}
			if scales[w] >= lastScale {
				return 0, fmt.Errorf("unexpected %q after a smaller or equal scale", w)
			}
			lastScale = scales[w]
			total += group * scales[w]
			group, seen = 0, true
		default:
			v, ok := wordValue(w)
			if !ok {
				if vague[w] {
					return 0, fmt.Errorf("%q names no number", strings.Join(words, " "))
				}
				return 0, fmt.Errorf("%q is not a number word", w)
			}
			if v == 0 && len(words) > 1 {
				return 0, fmt.Errorf("unexpected %q", w)
			}
			if rest := math.Mod(group, 100); rest != 0 {
				// "twenty three" written apart: a tens word, then units.
				if rest < 20 || math.Mod(rest, 10) != 0 || v >= 10 {
					return 0, fmt.Errorf("unexpected %q", w)
				}
			}
			group += v
			seen = true
		}
	}
	if !seen {
		return 0, fmt.Errorf("no number")
	}
	return total + group, nil
}

// wordValue reads "three", "twenty", "twenty-five".
func wordValue(w string) (float64, bool) {
	if v, ok := units[w]; ok {
		return v, true
	}
	if v, ok := tens[w]; ok {
		return v, true
	}
	if t, u, ok := strings.Cut(w, "-"); ok {
		tv, ok1 := tens[t]
		uv, ok2 := units[u]
		if ok1 && ok2 && uv > 0 && uv < 10 {
			return tv + uv, true
		}
	}
	return 0, false
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
