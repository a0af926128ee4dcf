package source

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"golang.org/x/text/width"

	"github.com/newsevent/newsevent/vocab"
)

// convention is how a language writes numbers, as CLDR (through
// golang.org/x/text) says: its decimal and grouping separators, the sizes
// of its digit groups, its digits, its percent sign, and the currency of
// its region with the signs it writes for it. Nothing in it is typed by
// hand: [conventionOf] reads it from numbers x/text formats.
type convention struct {
	tag     language.Tag
	english bool // the language is English: the wire conventions for "$" and "£" apply
	decimal rune
	group   rune // 0 when the language does not group digits
	// primary is the size of the group next to the decimal separator,
	// secondary that of the others (3 and 2 in Indian English:
	// "12,34,567").
	primary, secondary int
	digits             [10]rune // the language's own digits; digits[0] is '0' for ASCII ones
	percent            string   // the percent sign ("%", "٪")
	percentFirst       bool     // the sign comes before the number (Turkish "%53")
	local              vocab.Currency
	localSigns         []string // the signs the language writes for local ("$" and "US$"), narrowed and lower case
	signs              signSet  // every sign the parser reads in the language
}

// spaceGroup reports whether the language groups digits with a space of
// some kind (French and Ukrainian: a no-break space in CLDR, a narrow
// no-break space in newer CLDR, a plain space in print): any of them then
// groups.
func (cv *convention) spaceGroup() bool { return cv.group != 0 && isSpaceRune(cv.group) }

// isGroup reports whether r groups digits in the language: its grouping
// separator, any space where it groups with a space, and either
// apostrophe where it groups with one (Swiss German "1’500" and "1'500").
func (cv *convention) isGroup(r rune) bool {
	switch {
	case cv.group == 0:
		return false
	case r == cv.group:
		return true
	case cv.spaceGroup():
		return isSpaceRune(r)
	case cv.group == '’' || cv.group == '\'':
		return r == '’' || r == '\''
	}
	return false
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u202f' }

// nativeDigits reports whether the language writes digits other than
// ASCII ones (Arabic "١٢٣", Persian "۱۲۳", Bengali "১২৩").
func (cv *convention) nativeDigits() bool { return cv.digits[0] != '0' }

// The cache of conventions, by language tag. It holds at most
// maxConventions entries, so that a caller who passes many distinct
// tags cannot grow it without bound; beyond that a convention is derived
// afresh each time (a few dozen microseconds).
var (
	conventions     sync.Map // string → *convention
	conventionCount atomic.Int32
)

const maxConventions = 512

// conventionOf returns the number convention of tag; language.Und reads
// as English.
func conventionOf(tag language.Tag) (*convention, error) {
	if tag == language.Und {
		tag = language.English
	}
	key := tag.String()
	if cv, ok := conventions.Load(key); ok {
		return cv.(*convention), nil
	}
	cv, err := deriveConvention(tag)
	if err != nil {
		return nil, err
	}
	if conventionCount.Load() < maxConventions {
		if _, loaded := conventions.LoadOrStore(key, cv); !loaded {
			conventionCount.Add(1)
		}
	}
	return cv, nil
}

// deriveConvention formats known numbers in tag's language with
// golang.org/x/text/message and reads which separators, group sizes,
// digits and signs it used.
func deriveConvention(tag language.Tag) (*convention, error) {
	p := message.NewPrinter(tag)
	cv := &convention{tag: tag}
	base, _ := tag.Base()
	cv.english = base.String() == "en"
	for d := range 10 {
		r, size := utf8.DecodeRuneInString(p.Sprint(number.Decimal(d)))
		if size == 0 || !unicode.IsDigit(r) {
			return nil, fmt.Errorf("cannot read how %s writes the digit %d", tag, d)
		}
		cv.digits[d] = r
	}
	// 123456789.25 shows every separator and the sizes of two groups:
	// "123,456,789.25", "12,34,56,789.25", "123 456 789,25".
	var groups []int
	var seps []rune
	n := 0
	for _, r := range p.Sprint(number.Decimal(123456789.25)) {
		switch {
		case unicode.IsDigit(r):
			n++
		case unicode.Is(unicode.Bidi_Control, r):
		default:
			if n == 0 {
				return nil, fmt.Errorf("cannot read how %s writes numbers", tag)
			}
			groups, seps, n = append(groups, n), append(seps, r), 0
		}
	}
	if len(seps) == 0 || n != 2 {
		return nil, fmt.Errorf("cannot read how %s writes decimals", tag)
	}
	cv.decimal = seps[len(seps)-1]
	if len(seps) > 1 {
		cv.group = seps[0]
		for _, s := range seps[1 : len(seps)-1] {
			if s != cv.group {
				return nil, fmt.Errorf("cannot read how %s groups digits", tag)
			}
		}
		cv.primary = groups[len(groups)-1]
		cv.secondary = cv.primary
		if len(groups) > 2 {
			cv.secondary = groups[len(groups)-2]
		}
		if cv.group == cv.decimal || cv.primary < 2 || cv.secondary < 2 {
			return nil, fmt.Errorf("cannot read how %s groups digits", tag)
		}
	}
	// The percent sign, and on which side of the number it goes.
	pct := p.Sprint(number.Percent(0.53))
	var sign strings.Builder
	for i, r := range pct {
		switch {
		case unicode.IsDigit(r) || isSpaceRune(r) || unicode.Is(unicode.Bidi_Control, r):
		default:
			if sign.Len() == 0 && i == 0 {
				cv.percentFirst = true
			}
			sign.WriteRune(r)
		}
	}
	cv.percent = sign.String()
	// The currency of the language's region and the signs it writes for
	// it: "$" is the Canadian dollar in en-CA, the US dollar in en-US.
	if unit, conf := currency.FromTag(tag); conf != language.No {
		if c, err := vocab.ParseCurrency(unit.String()); err == nil {
			cv.local = c
			for _, f := range []currency.Formatter{currency.Symbol, currency.NarrowSymbol} {
				if s := currencySign(p.Sprint(f(unit.Amount(1)))); s != "" {
					cv.localSigns = append(cv.localSigns, s)
				}
			}
		}
	}
	cv.signs = signsFor(cv.localSigns)
	return cv, nil
}

// currencySign returns the sign in an amount x/text formatted ("US$ 1.00"
// gives "us$"), narrowed ("￥" gives "¥") and in lower case, as the parser
// compares signs.
func currencySign(formatted string) string {
	var b strings.Builder
	for _, r := range formatted {
		switch {
		case unicode.IsDigit(r):
			return normSign(strings.TrimFunc(b.String(), isSpaceRune))
		case unicode.Is(unicode.Bidi_Control, r):
		default:
			b.WriteRune(r)
		}
	}
	return ""
}

// normSign narrows full-width signs ("￥", "＄") and lowers the case.
func normSign(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(width.Narrow.String(s))
		}
	}
	return strings.ToLower(s)
}

// errNotNumber is what readDigits wraps when a word is not a number at all.
var errNotNumber = errors.New("not a number")

// readDigits reads a number written in digits in the convention, and
// returns it with its digits as a plain decimal ("1500.5"): "4,500",
// "53.5" and "1,000.25" in English; "1.500" and "1,5" in German; "1 500"
// (joined by [convention.joinGroups]) in French. Groups must have the
// sizes of the convention; at most fifteen digits before the decimal
// separator. A decimal separator that is a dot or a comma followed by
// exactly three digits, after one to three digits and no group ("1.500"
// in English, "1,500" in German), is refused as ambiguous: the other
// convention reads it as thousands.
func (cv *convention) readDigits(w string) (num string, v float64, err error) {
	var ints, frac strings.Builder
	var groups []int // the sizes of the groups before the decimal separator
	inFrac := false
	cur := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			if inFrac {
				frac.WriteRune(r)
			} else {
				ints.WriteRune(r)
				cur++
			}
		case !inFrac && cv.isGroup(r):
			if cur == 0 {
				return "", 0, cv.misplaced(w)
			}
			groups, cur = append(groups, cur), 0
		case !inFrac && r == cv.decimal:
			if cur == 0 {
				return "", 0, fmt.Errorf("%q is not a number: no digit before the decimal separator", w)
			}
			inFrac = true
		default:
			return "", 0, cv.misplaced(w)
		}
	}
	if !inFrac && cur == 0 {
		return "", 0, cv.misplaced(w)
	}
	if inFrac && frac.Len() == 0 {
		return "", 0, fmt.Errorf("%q is not a number: no digit after the decimal separator", w)
	}
	if len(groups) > 0 {
		// cur is the group next to the decimal separator (or the end).
		if cur != cv.primary {
			return "", 0, cv.misplaced(w)
		}
		// The other groups have the secondary size, or all the primary
		// one (Indian English prints "12,34,567" and also "123,456").
		fits := func(size int) bool {
			for _, g := range groups[1:] {
				if g != size {
					return false
				}
			}
			return groups[0] <= size
		}
		if !fits(cv.secondary) && !fits(cv.primary) {
			return "", 0, cv.misplaced(w)
		}
	}
	if ints.Len() > 15 {
		return "", 0, fmt.Errorf("%q is not a number this parser reads: more than fifteen digits", w)
	}
	if len(groups) == 0 && inFrac && frac.Len() == 3 && ints.Len() <= 3 && ints.String()[0] != '0' && (cv.decimal == '.' || cv.decimal == ',') {
		dec, _ := strconv.ParseFloat(ints.String()+"."+frac.String(), 64)
		return "", 0, fmt.Errorf("%q is ambiguous: %s reads it as %s, but where %q groups thousands it is %s%s (set CountParser.Lang to the language of the source)",
			w, cv.name(), fmtNum(dec), cv.decimal, ints.String(), frac.String())
	}
	num = ints.String()
	if inFrac {
		num += "." + frac.String()
	}
	v, err = strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return "", 0, fmt.Errorf("%q: %w", w, errNotNumber)
	}
	return num, v, nil
}

// misplaced explains why w is not a number in the convention.
func (cv *convention) misplaced(w string) error {
	return fmt.Errorf("%q is not a number as %s writes them (decimal %q, groups of %d with %s); another convention may read it (set CountParser.Lang to the language of the source)",
		w, cv.name(), cv.decimal, cv.primary, cv.groupName())
}

func (cv *convention) groupName() string {
	switch {
	case cv.group == 0:
		return "none"
	case cv.spaceGroup():
		return "a space"
	}
	return strconv.QuoteRune(cv.group)
}

func (cv *convention) name() string {
	if cv.english {
		return "English"
	}
	return "language " + cv.tag.String()
}

// toASCII writes the language's own digits as ASCII digits.
func (cv *convention) toASCII(s string) string {
	if !cv.nativeDigits() {
		return s
	}
	return strings.Map(func(r rune) rune {
		if d := r - cv.digits[0]; d >= 0 && d <= 9 && cv.digits[d] == r {
			return '0' + d
		}
		return r
	}, s)
}

// joinGroups joins the digit groups that a language which groups with a
// space wrote as separate words: "1 500 000" is one number in French. A
// word joins the one before when that ends in a digit and it starts with
// a group of exactly the primary or secondary size ("1", "500,5" gives
// "1 500,5"); [convention.readDigits] then checks the grouping.
func (cv *convention) joinGroups(words []string) []string {
	if !cv.spaceGroup() || len(words) < 2 {
		return words
	}
	out := []string{words[0]}
	for _, w := range words[1:] {
		prev := out[len(out)-1]
		n := 0
		for n < len(w) && w[n] >= '0' && w[n] <= '9' {
			n++
		}
		lastRune, _ := utf8.DecodeLastRuneInString(prev)
		if lastRune >= '0' && lastRune <= '9' && (n == cv.primary || n == cv.secondary) && !strings.ContainsRune(prev, cv.decimal) {
			out[len(out)-1] = prev + "\u00a0" + w
			continue
		}
		out = append(out, w)
	}
	return out
}
