package source

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// ParseCount reads a figure as an English-language report writes it and
// returns a Count with its Value (or Min and Max, or a Magnitude),
// Qualifier and Text set, and, where the words say so, its Unit, Per,
// Currency, Period and Measure; Attributions and the rest are left for the
// caller. It is [CountParser.Parse] with the zero CountParser: English
// numbers. It reads vague figures ("dozens", "several hundred") as
// [QualifierVague] with a [Magnitude] and no Value, so read
// [Count.Conservative] for the number a figure stands for; see
// [CountParser] for the vague forms.
//
// # Numbers
//
//   - digits with thousands separators and decimals: "4,500" is 4500,
//     "53.5" is 53.5, "1,000.25" is 1000.25; at most fifteen digits before
//     the point;
//   - a scale word after digits: "1.5 million" is 1500000, "20 thousand",
//     "2 billion", "3 trillion", "3 dozen" (36); "bn", "tn", "mn", "mln"
//     and "bln" too ("1.2bn"), but "m" and "k" only in an amount of money;
//   - numbers in words up to the trillions: "three", "twenty-five",
//     "twenty three", "two hundred and fifty", "a hundred", "eleven
//     hundred", "two million five hundred thousand", "a dozen", "two
//     dozen", "half a dozen";
//   - a percentage: "53%", "53 %", "53 percent", "53 per cent" (Unit
//     [UnitPercent]).
//
// # None
//
// "none", "no one", "no-one" and "nobody" are Value 0 with
// [QualifierExact], as reports write zero ("no one was killed"); so is
// "no" before one plain word, the noun of the figure ("no cases", "no
// deaths"), which is its Measure in lower case, as the noun before a rate
// is. A plain word is 2 to 64 ASCII letters and none of the words the
// parser reads itself: "no days", "no km", "no more" and "no dollars" are
// errors. Text keeps the words. They are the whole figure: "no" before
// two words ("no new cases"), a qualifier ("almost no one") or a rate
// ("no cases a day") is an error.
//
// # Qualifiers
//
// Value with [QualifierExact] unless the figure opens with: "exactly"
// (exact); "about", "around", "approximately", "roughly", "some", "an
// estimated" (about); "nearly", "almost", "close to", "just under"
// (nearly); "at least", "no fewer than", "no less than", "a minimum of"
// (at_least); "more than", "over", "above", "past", "upwards of", "in
// excess of", "just over" (more_than); "as many as", "as much as"
// (as_many_as); "up to", "at most", "no more than" (up_to); "fewer
// than", "less than", "under", "below" (less_than). "only" ("only 24%")
// leaves the figure as it reads without it, exact ("only 20 to 30" is
// the range): it says the number is small, not how it relates to it.
// "past" before a duration is an error: "past two years" is as often
// "the past two years", a time, as "more than two years". "up" is no
// qualifier: "up more than 30 per cent" gives a change, not a figure,
// and is an error.
//
// # Ranges
//
// "20 to 30", "20-30", "20–30", "between 20 and 30", "from 20 to 30"
// give Min 20, Max 30 and [QualifierRange]; a scale, "dozen" or
// abbreviation on the upper end applies to a lower end that has none, is
// below it and stays at most the upper end when scaled ("20 to 30
// thousand", "two to three million", "$5-10m", "one to two dozen"; but
// "100 to 2 thousand" is 100 to 2000, and "one to a thousand" 1 to 1000).
// A qualifier before a range, and a range that runs downwards, are errors.
//
// # Rates
//
// A figure followed by "a day", "per day", "each day", "every day" or
// "daily" is a rate: Per [UnitDay]. So are "a week", "weekly" ([UnitWeek]),
// "an hour", "hourly" ([UnitHour]), "a month", "monthly" ([UnitMonth]),
// "a year", "yearly", "annually" ([UnitYear]) and "a minute"
// ([UnitMinute]), with "per", "each" or "every" in place of "a". One
// plain word may stand between the figure and the rate: "400 lorries a
// day" gives Value 400, Per day and Measure "lorries", the word in lower
// case; the word is never dropped. Without a rate a trailing word is an
// error ("12 people"): the rate closes the figure, while a word after a
// bare number may be anything (a verb, a unit, an adjective), and the
// parser reads figures, not sentences.
//
// # Distances
//
// A number before a unit of distance, kept as written: "7 km", "7km",
// "17.9 km", "7 kilometres", "7 kilometers", "1 kilometre" (Unit
// [UnitKm]); "4.3 miles", "1 mile" (Unit [UnitMile]: miles are not
// converted). The unit word is singular after one and plural otherwise
// ("km" either way; "1 miles" and "7 mile" are errors); ranges ("5 to 7
// km"), qualifiers ("about 7 km") and rates ("7 km a day") are read. A
// distance is never a percentage, an amount of money, a duration or a
// vague figure; "m" ("5m" may be metres or millions), "mi", metres and
// "sq km" are not read.
//
// # Durations
//
// Measure [MeasureDuration] with a Value and a Unit ([UnitMinute],
// [UnitHour], [UnitDay], [UnitWeek], [UnitMonth], [UnitYear]): "72
// hours", "five days", "two weeks", "three months", "90 minutes", "a
// year", "an hour", "one day" (singular for one, plural otherwise);
// "72-hour", "three-day", "three-hour-long" (the hyphenated adjective,
// without its noun); "half an hour" (0.5), "a year and a half" and "one
// and a half years" (1.5: one unit with a fraction needs no Period); a
// range "two to three days". Units
// combined with "and" or commas, each a whole number, largest first, give
// a [Period] and no Value: "two years and two days" is {Years: 2, Days:
// 2}, "one year, two months and three days" {Years: 1, Months: 2, Days:
// 3}, "an hour and 20 minutes" {Hours: 1, Minutes: 20}. A qualifier may
// come first ("nearly two years", "more than two years and two days").
//
// # Money
//
// A number with a currency sign or name gives Value and Currency (an ISO
// 4217 [vocab.Currency]): "$1.2bn" and "$1.2 billion" (USD 1200000000),
// "US$5m", "€350 million", "£40,000", "£40k", "₴1,000", "₽5 bn", "₺300",
// "₹500", "₪20", "C$20", "A$20", "350 €", "350€", "EUR 350 million" and
// "350 million EUR" (an upper-case ISO code as a separate word), "USD
// 5,000", "5 million euros", "350 million hryvnias", "a billion dollars",
// "5 million US dollars", "20 million pounds sterling", and ranges ("$5-10m",
// "between €5m and €10m", "5 to 10 million euros"). A bare "$" (and
// "dollars") is the US dollar and "£" the pound sterling, as in the wires
// of English-language agencies (Reuters, AP), which mark every other
// dollar ("C$", "A$", "NZ$", "HK$"): ParseCount reads English-language
// reports; see [CountParser] for "$" in other languages. What the money
// is for (a fine, aid, a cost) is the caller's Measure.
//
// # Refused
//
// ParseCount never guesses; everything else is an error that quotes the
// text. Among what it refuses:
//   - words that name no number and no magnitude the library documents
//     ("many", "numerous", "a number of", "few", "some"; vague figures
//     such as "dozens" are read, see [CountParser]);
//   - numbers another convention reads differently that cannot be a count
//     as written: "1.500" and "2.000" (a point followed by exactly three
//     digits, 1500 where a point groups thousands), "1,5 million" and
//     "1,50" (a decimal comma), "1 500" (a space groups thousands in
//     French, not in English); [CountParser] reads them in their language;
//   - a word after a figure without a rate ("12 people"), two words
//     before a rate ("400 lorries of aid a day"), and a hyphenated duration
//     with its noun ("a 72-hour window");
//   - "¥" (the yen or the yuan) and "₩" (the South or the North Korean
//     won), two different currencies in one figure, "m" and "k" without a
//     currency ("5m" may be metres), lower-case ISO codes ("eur 5": "all"
//     and "try" are words), "lakh" and "crore";
//   - a percentage of money or of a duration; the singular after a number
//     other than one and the plural after one ("5 day", "1 days"); parts of
//     a compound duration out of order, repeated, fractional ("two years and
//     a half days") or all zero; a compound duration as a rate;
//     abbreviated units ("72h", "90 mins"); "a fortnight", "a decade";
//   - control characters and invalid UTF-8.
//
// Worst case: a text longer than [MaxPhraseBytes] is refused at once;
// otherwise time linear in its length.
func ParseCount(text string) (Count, error) {
	return CountParser{}.Parse(text)
}

// CountParser reads figures as [ParseCount] does, in the number
// conventions of the source's language. The zero CountParser is
// ParseCount.
//
// # Other languages
//
// Lang chooses how digits are written; nothing else about the words
// changes: number, scale, rate, unit and currency words stay English
// ("million", "a day", "euros"), as in wire copy and translations. The
// decimal and grouping separators, the sizes of digit groups, the digits
// and the percent sign of each language are not typed in this library:
// they are read from numbers that golang.org/x/text (CLDR) formats in
// that language, once per language. So with German "1.500" is 1500, "1,5
// million" 1500000 and "1.500,5" 1500.5; with French "1 500" (a space, a
// no-break space or a narrow no-break space) is 1500 and "2,5" 2.5; with
// Hindi "1,00,000" is 100000 (and "100,000" too); with Arabic "١٬٥٠٠" is
// 1500 and "٥٣٪" 53 percent; with Turkish "%53" is 53 percent; with Swiss
// German "1’500" and "1'500" are 1500. ASCII digits are read in every
// language. A decimal separator that is a point or a comma followed by
// exactly three digits, with no group before it, is refused in every
// language, since the other convention reads it as thousands: "1.500" in
// English, "1,500" in German.
//
// # Currency signs
//
// A bare "$" (and the word "dollars") is the currency of the language's
// region when the region writes it "$" (the Canadian dollar with en-CA,
// the Mexican peso with es-MX, the US dollar with en-US), else the US
// dollar in English, as the wires use it, and refused in any other
// language; "£" likewise (the pound sterling in English); "¥" is the yen
// with Japanese and the yuan with Chinese, and refused in English; a
// language's own sign for its currency is read too ("5 kr" in Swedish).
//
// # Vague figures
//
// A vague figure gives [QualifierVague], a [Magnitude] and no Value (so
// read [Count.Conservative], not Value, for a number), chosen so that
// [Magnitude.Floor] never exceeds what the words guarantee:
//   - "tens", "dozens", "scores", "hundreds", "thousands", "millions",
//     "tens of thousands", "hundreds of thousands", each also with "of"
//     ("dozens of"): the magnitude of the same name;
//   - "several" ([MagnitudeSeveral], floor 3), "a few" ([MagnitudeFew],
//     2), "a handful" and "a handful of" ([MagnitudeHandful], 2);
//   - "several" or "a few" before "dozen", "hundred", "thousand",
//     "million" or "hundred thousand": the magnitude of that unit, whose
//     floor is one of it ("several hundred" is [MagnitudeHundreds], floor
//     100, below the 300 the words guarantee; "a few dozen" is
//     [MagnitudeDozens], 12); Text keeps the words.
//
// "at least" and "more than" (and the other words of [QualifierAtLeast]
// and [QualifierMoreThan]) may come before a vague figure: they agree
// with its floor, which is already a lower bound, and stay in Text ("at
// least dozens" is dozens). So may "only", which says nothing of the
// number ("only a few" is a few). Every other qualifier is an error:
// "about dozens" and "up to hundreds" would make the floor claim more
// than the words, and the qualifier could not be kept beside
// [QualifierVague].
// "more than a dozen" is a number, more_than 12. "many", "numerous", "a
// number of", "few" and "some" stay errors, having no floor the library
// documents; so do "billions", "tens of millions" and "hundreds of
// millions", which have no Magnitude. A vague figure may be a rate
// ("hundreds a day", "dozens of lorries a day"), never money, a
// percentage or a duration.
type CountParser struct {
	// Lang is the language of the source; the zero Tag (language.Und)
	// reads as English.
	Lang language.Tag
}

// Parse reads text as [ParseCount] does, in the conventions of p.Lang. Its
// errors quote the text.
//
// Worst case: a text longer than [MaxPhraseBytes] is refused at once;
// otherwise time linear in its length.
func (p CountParser) Parse(text string) (Count, error) {
	if len(text) > MaxPhraseBytes {
		return Count{}, fmt.Errorf("source: count %s: longer than %d bytes: a figure as written is a few words", excerpt.Quote(text), MaxPhraseBytes)
	}
	c, err := p.parse(text)
	if err != nil {
		return Count{}, fmt.Errorf("source: count %q: %w", text, err)
	}
	c.Text = strings.TrimSpace(text)
	return c, nil
}

// word is one word of a figure: in lower case, and as written (ISO
// currency codes are read in upper case only, so that "all" and "try" are
// not the Albanian lek and the Turkish lira).
type word struct{ low, orig string }

func lows(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.low
	}
	return out
}

// countReader reads one figure in one convention.
type countReader struct {
	cv *convention
}

var countQualifiers = []struct {
	words string
	q     Qualifier
}{
	{"exactly", QualifierExact},
	{"only", QualifierExact}, // "only 24%": the number is small, and exact
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
	{"above", QualifierMoreThan},
	{"past", QualifierMoreThan}, // "the death toll went past 40,000"
	{"as many as", QualifierAsManyAs},
	{"as much as", QualifierAsManyAs},
	{"up to", QualifierUpTo},
	{"at most", QualifierUpTo},
	{"no more than", QualifierUpTo},
	{"fewer than", QualifierLessThan},
	{"less than", QualifierLessThan},
	{"under", QualifierLessThan},
	{"below", QualifierLessThan},
}

// qualifierWords are the words of each of countQualifiers.
var qualifierWords = func() [][]string {
	out := make([][]string, len(countQualifiers))
	for i, q := range countQualifiers {
		out[i] = strings.Fields(q.words)
	}
	return out
}()

// qualifierOf returns the qualifier words opens with and how many words
// it takes, or 0 when it opens with none. With alone, the qualifier may
// be all of words (to tell "nearly" in "nearly a year" from a figure).
func qualifierOf(words []string, alone bool) (Qualifier, int) {
	for i, qw := range qualifierWords {
		if (len(words) > len(qw) || alone && len(words) == len(qw)) && hasWords(words, qw) {
			return countQualifiers[i].q, len(qw)
		}
	}
	return QualifierExact, 0
}

// The rate words: "a day", "per day", "daily".
var (
	rateUnits   = map[string]Unit{"minute": UnitMinute, "hour": UnitHour, "day": UnitDay, "week": UnitWeek, "month": UnitMonth, "year": UnitYear}
	rateAdverbs = map[string]Unit{"hourly": UnitHour, "daily": UnitDay, "weekly": UnitWeek, "monthly": UnitMonth, "yearly": UnitYear, "annually": UnitYear}
)

// cutRate takes a rate off the end of ws ("a day", "per week", "daily")
// and the one plain word before it ("lorries"). What stays must hold a
// figure beyond a qualifier ("nearly a year" is a duration, not nearly
// something a year), and "and" or "half" before "a day" makes a duration
// ("two years and a day", "half an hour").
func (r *countReader) cutRate(ws []word) (rest []word, per Unit, noun string) {
	n := len(ws)
	var before []word
	switch {
	case n >= 3 && rateUnits[ws[n-1].low] != "":
		switch ws[n-2].low {
		case "a", "an", "per", "each", "every":
		default:
			return ws, "", ""
		}
		u := ws[n-1].low
		before, per = ws[:n-2], rateUnits[u]
	case n >= 2 && rateAdverbs[ws[n-1].low] != "":
		before, per = ws[:n-1], rateAdverbs[ws[n-1].low]
	default:
		return ws, "", ""
	}
	if w := before[len(before)-1].low; w == "and" || w == "half" {
		return ws, "", ""
	}
	_, qn := qualifierOf(lows(before), true)
	if len(before) <= qn {
		return ws, "", ""
	}
	if last := before[len(before)-1]; len(before)-1 > qn && r.plainNoun(last) {
		return before[:len(before)-1], per, last.low
	}
	return before, per, ""
}

// plainNoun reports whether w may be the noun of a rate ("lorries"): a
// word of 2 to 64 ASCII letters that is none of the parser's own words,
// no currency sign of the language ("kr" in Swedish) and no ISO currency
// code.
func (r *countReader) plainNoun(w word) bool {
	if len(w.low) < 2 || len(w.low) > 64 || reserved[w.low] || r.cv.signs.signs[w.low] {
		return false
	}
	for i := 0; i < len(w.low); i++ {
		if w.low[i] < 'a' || w.low[i] > 'z' {
			return false
		}
	}
	_, code := isoCode(w.orig)
	return !code
}

// reserved holds every word the parser reads itself, which cannot be the
// noun of a rate.
var reserved = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("a an and to between from of per each every percent cent half hundred dozen long no none nobody no-one") {
		m[w] = true
	}
	for _, q := range countQualifiers {
		for _, w := range strings.Fields(q.words) {
			m[w] = true
		}
	}
	for _, table := range []map[string]float64{units, tens, scales, abbreviations} {
		for w := range table {
			m[w] = true
		}
	}
	for w := range vague {
		m[w] = true
	}
	for w := range rateAdverbs {
		m[w] = true
	}
	for w := range durationUnits {
		m[w] = true
	}
	for w := range distanceWords {
		m[w] = true
	}
	for name := range currencyNames {
		for _, w := range strings.Fields(name) {
			m[w] = true
		}
	}
	for phrase := range vagueMagnitudes {
		for _, w := range strings.Fields(phrase) {
			m[w] = true
		}
	}
	for phrase := range noFloor {
		for _, w := range strings.Fields(phrase) {
			m[w] = true
		}
	}
	return m
}()

// cutPercent takes a percent sign or word off the end of ws: "53%", "53
// %", "53 percent", "53 per cent", "20-30%", or the language's own sign
// ("٥٣٪").
func (r *countReader) cutPercent(ws []word) ([]word, bool) {
	n := len(ws)
	if n == 0 {
		return ws, false
	}
	last := ws[n-1].low
	for _, sign := range []string{"%", r.cv.percent} {
		if sign == "" {
			continue
		}
		switch {
		case last == sign:
			return ws[:n-1], true
		case strings.HasSuffix(last, sign) && len(last) > len(sign):
			out := append(ws[:n-1:n-1], word{low: strings.TrimSuffix(last, sign), orig: strings.TrimSuffix(ws[n-1].orig, sign)})
			return out, true
		}
	}
	switch {
	case last == "percent":
		return ws[:n-1], true
	case n >= 2 && last == "cent" && ws[n-2].low == "per":
		return ws[:n-2], true
	}
	return ws, false
}

// cutPercentFirst takes the sign off a number that a language writes with
// the sign first (Turkish "%53").
func (r *countReader) cutPercentFirst(ws []word) ([]word, bool) {
	if !r.cv.percentFirst || len(ws) == 0 || r.cv.percent == "" {
		return ws, false
	}
	first := ws[0].low
	switch {
	case first == r.cv.percent && len(ws) > 1:
		return ws[1:], true
	case strings.HasPrefix(first, r.cv.percent) && len(first) > len(r.cv.percent):
		out := append([]word{{low: strings.TrimPrefix(first, r.cv.percent), orig: strings.TrimPrefix(ws[0].orig, r.cv.percent)}}, ws[1:]...)
		return out, true
	}
	return ws, false
}

// bidi drops the invisible marks that set the direction of text (a
// right-to-left mark after an Arabic number), which are not part of it.
func bidi(r rune) rune {
	if unicode.Is(unicode.Bidi_Control, r) {
		return -1
	}
	return r
}

var dashes = strings.NewReplacer("–", " to ", "—", " to ")

func (p CountParser) parse(text string) (Count, error) {
	s := strings.TrimSpace(text)
	if s == "" {
		return Count{}, errors.New("empty")
	}
	if !validate.IsText(s) {
		return Count{}, errors.New("not a figure: invalid UTF-8, a control character or nothing visible")
	}
	cv, err := conventionOf(p.Lang)
	if err != nil {
		return Count{}, err
	}
	r := countReader{cv: cv}
	s = cv.toASCII(strings.Map(bidi, s))
	if strings.ContainsAny(s, "–—") { // a Replacer copies the string even when nothing is replaced
		s = dashes.Replace(s)
	}
	fields := cv.joinGroups(strings.Fields(s))
	ws := make([]word, len(fields))
	for i, f := range fields {
		ws[i] = word{low: strings.ToLower(f), orig: f}
	}
	return r.read(ws)
}

// read reads the words of a figure: zero in words ("no one"), else a
// rate and its noun at the end, then a percent sign, then a
// qualifier at the start, then a unit of distance, then what is left: a
// vague figure, a duration, or a number, range or amount of money.
func (r *countReader) read(ws []word) (Count, error) {
	if c, ok := r.readNone(ws); ok {
		return c, nil
	}
	c := Count{Qualifier: QualifierExact}
	ws, per, noun := r.cutRate(ws)
	c.Per, c.Measure = per, Measure(noun)
	ws, pct := r.cutPercent(ws)
	q, qn := qualifierOf(lows(ws), false)
	c.Qualifier = q
	qualifier := strings.Join(lows(ws[:qn]), " ")
	core := ws[qn:]
	if !pct {
		core, pct = r.cutPercentFirst(core)
	}
	if pct {
		c.Unit = UnitPercent
	}
	core, distance, isDistance := cutDistance(core)
	if isDistance {
		if pct {
			return Count{}, errors.New("a distance cannot be a percentage")
		}
		c.Unit = distanceWords[distance].unit
	}
	if len(core) == 0 {
		return Count{}, errors.New("no number")
	}
	if mag, ok, err := vagueMagnitude(core); err != nil || ok {
		if err != nil {
			return Count{}, err
		}
		if qn > 0 && q != QualifierAtLeast && q != QualifierMoreThan && qualifier != "only" {
			return Count{}, fmt.Errorf("%q before a vague figure: only a lower bound (\"at least\", \"more than\") agrees with its floor, or \"only\", which changes nothing", qualifier)
		}
		switch {
		case pct:
			return Count{}, errors.New("a vague figure cannot be a percentage")
		case isDistance:
			return Count{}, errors.New("a vague figure cannot be a distance")
		}
		c.Qualifier, c.Magnitude = QualifierVague, mag
		return c, nil
	}
	d, ok, err := r.readDuration(core, c.Qualifier == QualifierExact)
	if err != nil {
		return Count{}, err
	}
	if ok {
		switch {
		case qualifier == "past":
			// "past two years" is "the past two years", a time, as often
			// as "more than two years".
			return Count{}, errors.New(`"past" before a duration may be "the past two years", a time, or "more than two years": write "more than"`)
		case isDistance:
			return Count{}, errors.New("a duration cannot be a distance")
		case pct:
			return Count{}, errors.New("a duration cannot be a percentage")
		case c.Measure != "":
			return Count{}, fmt.Errorf("%q before the rate: a duration measures time, not %s", c.Measure, c.Measure)
		case !d.Period.IsZero() && c.Per != "":
			return Count{}, errors.New("a duration in combined units cannot be a rate: give one unit")
		}
		if d.Qualifier == "" {
			d.Qualifier = c.Qualifier
		}
		d.Per = c.Per
		return d, nil
	}
	f, err := r.readFigure(core, c.Qualifier == QualifierExact)
	if err != nil {
		return Count{}, err
	}
	switch {
	case !f.cur.IsZero() && pct:
		return Count{}, errors.New("an amount of money cannot be a percentage")
	case !f.cur.IsZero() && isDistance:
		return Count{}, errors.New("an amount of money cannot be a distance")
	case isDistance:
		if err := checkDistanceNumber(distance, f); err != nil {
			return Count{}, err
		}
	}
	c.Currency = f.cur
	if f.isRange {
		c.Qualifier, c.Min, c.Max = QualifierRange, f.lo, f.hi
	} else {
		c.Value = f.lo
	}
	return c, nil
}

// noneWords are the words of no one and nothing: Value 0.
var noneWords = map[string]bool{"none": true, "nobody": true, "no one": true, "no-one": true}

// readNone reads the figures of zero that reports write in words: "none",
// "no one", "no-one", "nobody", and "no" before one plain word, the noun
// of the figure ("no cases"; see plainNoun), which becomes its Measure as
// a rate's noun does. The words must be the whole figure: no qualifier,
// rate or percentage ("almost no one" is an error). ok is false for
// anything else, which read goes on to read.
func (r *countReader) readNone(ws []word) (Count, bool) {
	zero := Count{Qualifier: QualifierExact}
	if noneWords[strings.Join(lows(ws), " ")] {
		return zero, true
	}
	if len(ws) == 2 && ws[0].low == "no" && r.plainNoun(ws[1]) {
		zero.Measure = Measure(ws[1].low)
		return zero, true
	}
	return Count{}, false
}

// figure is a number or a range as read, with its currency.
type figure struct {
	lo, hi  float64 // the number is lo when it is not a range
	isRange bool
	cur     vocab.Currency
}

// readFigure reads a number, or with rangeOK a range, with at most one
// currency: "4,500", "1.5 million", "$1.2bn", "20 to 30", "$5-10m",
// "between €5m and €10m", "5 to 10 million euros".
func (r *countReader) readFigure(ws []word, rangeOK bool) (figure, error) {
	var f figure
	left, right, isRange, err := splitRange(ws, rangeOK)
	if err != nil {
		return f, err
	}
	if !isRange {
		a, err := r.readAmount(ws)
		if err != nil {
			return f, err
		}
		if a.small && a.cur.IsZero() {
			return f, errAbbreviation
		}
		f.lo, f.cur = a.v, a.cur
		return f, nil
	}
	lo, err := r.readAmount(left)
	if err != nil {
		return f, err
	}
	hi, err := r.readAmount(right)
	if err != nil {
		return f, err
	}
	switch {
	case !lo.cur.IsZero() && !hi.cur.IsZero() && lo.cur != hi.cur:
		return f, fmt.Errorf("two currencies, %s and %s", lo.cur, hi.cur)
	case !lo.cur.IsZero():
		f.cur = lo.cur
	default:
		f.cur = hi.cur
	}
	if (lo.small || hi.small) && f.cur.IsZero() {
		return f, errAbbreviation
	}
	// "20 to 30 thousand": the scale of the upper end applies to a lower
	// end that has none and is below the scale, unless the range would then
	// run downwards ("100 to 2 thousand" is 100 to 2000, as written).
	if lo.mult == "" && hi.mult != "" {
		if m := multipliers[hi.mult]; lo.v < m.value() && lo.scaled(m) <= hi.v {
			lo.v = lo.scaled(m)
		}
	}
	if lo.v > hi.v {
		return f, fmt.Errorf("the range runs from %s down to %s", fmtNum(lo.v), fmtNum(hi.v))
	}
	f.lo, f.hi, f.isRange = lo.v, hi.v, true
	return f, nil
}

var errAbbreviation = errors.New(`"m" and "k" are read only in an amount of money ("$5m", "£40k"): alone they may be metres or kilometres`)

// splitRange splits a range into its ends: "between A and B", "from A to
// B", "A to B", and "A-B" where both ends hold a digit ("20-30 thousand",
// "$5-10m"). It reports false for a single number; without rangeOK it
// splits nothing.
func splitRange(ws []word, rangeOK bool) (left, right []word, ok bool, err error) {
	if !rangeOK || len(ws) == 0 {
		return nil, nil, false, nil
	}
	lw := lows(ws)
	switch {
	case lw[0] == "between":
		i := indexOf(lw, "and")
		if i < 0 {
			return nil, nil, false, errors.New(`"between" without "and"`)
		}
		return ws[1:i], ws[i+1:], true, nil
	case lw[0] == "from":
		i := indexOf(lw, "to")
		if i < 0 {
			return nil, nil, false, errors.New(`"from" without "to"`)
		}
		return ws[1:i], ws[i+1:], true, nil
	}
	if i := indexOf(lw, "to"); i >= 0 {
		return ws[:i], ws[i+1:], true, nil
	}
	first := ws[0]
	if strings.Count(first.low, "-") == 1 && strings.Count(first.orig, "-") == 1 {
		a, b, _ := strings.Cut(first.low, "-")
		ao, bo, _ := strings.Cut(first.orig, "-")
		if hasDigit(a) && hasDigit(b) {
			right := append([]word{{low: b, orig: bo}}, ws[1:]...)
			return []word{{low: a, orig: ao}}, right, true, nil
		}
	}
	return nil, nil, false, nil
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// amount is one number as read: "1.5 million", "$1.2bn", "three".
type amount struct {
	v     float64
	num   string // the digits as a decimal ("1.2"), for exact scaling; "" for words
	mult  string // the scale word, abbreviation or "dozen" it ends with
	cur   vocab.Currency
	small bool // it used "m" or "k", which only money may
}

// multiplier is what a scale word or abbreviation multiplies by: a power
// of ten, or twelve for "dozen".
type multiplier struct {
	exp    int
	dozen  bool
	isWord bool // a word that may follow number words ("million"), not only digits ("bn")
}

func (m multiplier) value() float64 {
	if m.dozen {
		return 12
	}
	return math.Pow10(m.exp)
}

// scaled returns a times m, exactly for a decimal: 1.1 million is
// 1100000, not 1.1 × 1e6 = 1100000.0000000002.
func (a amount) scaled(m multiplier) float64 {
	if a.num != "" && !m.dozen {
		if v, err := strconv.ParseFloat(a.num+"e"+strconv.Itoa(m.exp), 64); err == nil && !math.IsInf(v, 0) {
			return v
		}
	}
	return a.v * m.value()
}

var multipliers = map[string]multiplier{
	"thousand": {exp: 3, isWord: true}, "million": {exp: 6, isWord: true}, "billion": {exp: 9, isWord: true},
	"trillion": {exp: 12, isWord: true}, "dozen": {dozen: true, isWord: true},
	"k": {exp: 3}, "m": {exp: 6}, "mn": {exp: 6}, "mln": {exp: 6}, "bn": {exp: 9}, "bln": {exp: 9}, "tn": {exp: 12},
}

// abbreviations are the scales written short after digits: "1.2bn".
var abbreviations = func() map[string]float64 {
	m := map[string]float64{}
	for w, mul := range multipliers {
		if !mul.isWord {
			m[w] = mul.value()
		}
	}
	return m
}()

// readAmount reads one number with its currency, if any: a sign or an
// upper-case ISO code before it ("$5", "€ 350", "EUR 350"), a name, code
// or sign after it ("5 million euros", "350 EUR", "350 €", "350€").
func (r *countReader) readAmount(ws []word) (amount, error) {
	var a amount
	setCur := func(c vocab.Currency) error {
		if !a.cur.IsZero() && a.cur != c {
			return fmt.Errorf("two currencies, %s and %s", a.cur, c)
		}
		a.cur = c
		return nil
	}
	if len(ws) == 0 {
		return a, errors.New("no number")
	}
	ws = append([]word(nil), ws...) // the ends of ws are rewritten below
	// Before the number: a code, or a sign alone or attached.
	if c, ok := isoCode(ws[0].orig); ok && len(ws) > 1 {
		a.cur, ws = c, ws[1:]
	} else if sign, rest := r.cutSign(ws[0].low, false); sign != "" && (rest == "" && len(ws) > 1 || startsWithDigit(rest)) {
		c, err := r.resolveSign(sign)
		if err != nil {
			return a, err
		}
		a.cur = c
		if rest == "" {
			ws = ws[1:]
		} else {
			ws[0] = word{low: rest, orig: rest}
		}
	}
	// After it: a code, a name, a sign alone or attached.
	if n := len(ws); n > 1 {
		if c, ok := isoCode(ws[n-1].orig); ok {
			if err := setCur(c); err != nil {
				return a, err
			}
			ws = ws[:n-1]
		} else if c, k, ok, err := r.currencyName(lows(ws[1:])); ok || err != nil {
			if err != nil {
				return a, err
			}
			if err := setCur(c); err != nil {
				return a, err
			}
			ws = ws[:n-k]
		} else if sign, rest := r.cutSign(ws[n-1].low, false); sign != "" && rest == "" {
			c, err := r.resolveSign(sign)
			if err != nil {
				return a, err
			}
			if err := setCur(c); err != nil {
				return a, err
			}
			ws = ws[:n-1]
		}
	}
	if n := len(ws); n > 0 {
		if sign, rest := r.cutSign(ws[n-1].low, true); sign != "" && rest != "" && hasDigit(rest) {
			c, err := r.resolveSign(sign)
			if err != nil {
				return a, err
			}
			if err := setCur(c); err != nil {
				return a, err
			}
			ws[n-1] = word{low: rest, orig: rest}
		}
	}
	if len(ws) == 0 {
		return a, errors.New("no number")
	}
	first := ws[0].low
	if !startsWithDigit(first) {
		v, err := parseWords(lows(ws))
		if err != nil {
			return a, err
		}
		a.v = v
		// "three million" lends its scale to the lower end of a range;
		// "thousand" and "a thousand" are a number of their own ("one to a
		// thousand").
		if n := len(ws); n >= 2 && multipliers[ws[n-1].low].isWord && ws[n-2].low != "a" && ws[n-2].low != "an" {
			a.mult = ws[n-1].low
		}
		return a, nil
	}
	// Digits, then a scale: attached ("1.2bn") or a word ("1.5 million").
	i := len(first)
	for i > 0 && first[i-1] >= 'a' && first[i-1] <= 'z' {
		i--
	}
	digits, abbr := first[:i], first[i:]
	if _, ok := multipliers[ws[len(ws)-1].low]; ok && abbr == "" && len(ws) == 2 {
		abbr, ws = ws[1].low, ws[:1]
	}
	if len(ws) > 1 {
		rest := strings.Join(lows(ws[1:]), " ")
		if startsWithDigit(rest) && !r.cv.spaceGroup() {
			return a, fmt.Errorf("unexpected %q after the number: %s does not group digits with a space (set CountParser.Lang to the language of the source)", rest, r.cv.name())
		}
		return a, fmt.Errorf("unexpected %q after the number", rest)
	}
	num, v, err := r.cv.readDigits(digits)
	if err != nil {
		return a, err
	}
	a.v, a.num = v, num
	if abbr != "" {
		m, ok := multipliers[abbr]
		if !ok || (first[i:] != "" && m.isWord) {
			return a, fmt.Errorf("unexpected %q after the number", abbr)
		}
		a.v, a.mult, a.small = a.scaled(m), abbr, abbr == "m" || abbr == "k"
	}
	return a, nil
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// scales are the words that multiply a group of number words.
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

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
