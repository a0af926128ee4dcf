package source_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold the shapes of figures beyond a number that
// the parser reads: vague magnitudes, rates, durations and money.

// figureCase is a text and the Count a parser must give for it (Text is
// the text, trimmed).
type figureCase struct {
	text string
	want source.Count
}

// checkParsed parses every case with p and asserts the Count, that it
// validates (with Measure "killed" when the parser set none) and that it
// survives a JSON round trip.
func checkParsed(t *testing.T, p source.CountParser, cases []figureCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, err := p.Parse(c.text)
			require.NoError(t, err)
			want := c.want
			want.Text = strings.TrimSpace(c.text)
			assert.Equal(t, want, got)

			if got.Measure == "" {
				got.Measure = source.MeasureKilled
			}
			assertNoError(t, got.Validate())
			b, err := json.Marshal(got)
			require.NoError(t, err)
			var back source.Count
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			assert.Equal(t, got, back, "%s", b)
		})
	}
}

// checkRefused asserts that p refuses every text with an error that quotes
// it, and returns the zero Count.
func checkRefused(t *testing.T, p source.CountParser, texts []string) {
	t.Helper()
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			got, err := p.Parse(text)
			require.Error(t, err, "Parse(%q) = %+v", text, got)
			assert.Equal(t, source.Count{}, got)
			assert.Contains(t, err.Error(), strconv.Quote(text), "the error quotes the text")
		})
	}
}

const (
	exact = source.QualifierExact
	vague = source.QualifierVague
	rng   = source.QualifierRange
	dur   = source.MeasureDuration
)

var withVague = source.CountParser{}

func TestParseVague(t *testing.T) {
	v := func(m source.Magnitude) source.Count { return source.Count{Qualifier: vague, Magnitude: m} }
	checkParsed(t, withVague, []figureCase{
		{"dozens", v(source.MagnitudeDozens)},
		{"dozens of", v(source.MagnitudeDozens)},
		{"Dozens Of", v(source.MagnitudeDozens)},
		{"scores", v(source.MagnitudeScores)},
		{"scores of", v(source.MagnitudeScores)},
		{"tens", v(source.MagnitudeTens)},
		{"tens of", v(source.MagnitudeTens)},
		{"hundreds", v(source.MagnitudeHundreds)},
		{"hundreds of", v(source.MagnitudeHundreds)},
		{"thousands", v(source.MagnitudeThousands)},
		{"thousands of", v(source.MagnitudeThousands)},
		{"tens of thousands", v(source.MagnitudeTensOfThousands)},
		{"tens of thousands of", v(source.MagnitudeTensOfThousands)},
		{"hundreds of thousands", v(source.MagnitudeHundredsOfThousands)},
		{"hundreds of thousands of", v(source.MagnitudeHundredsOfThousands)},
		{"millions", v(source.MagnitudeMillions)},
		{"millions of", v(source.MagnitudeMillions)},
		{"several", v(source.MagnitudeSeveral)},
		{"a handful", v(source.MagnitudeHandful)},
		{"a handful of", v(source.MagnitudeHandful)},
		{"a few", v(source.MagnitudeFew)},
		{"several dozen", v(source.MagnitudeDozens)},
		{"several hundred", v(source.MagnitudeHundreds)},
		{"several thousand", v(source.MagnitudeThousands)},
		{"several million", v(source.MagnitudeMillions)},
		{"several hundred thousand", v(source.MagnitudeHundredsOfThousands)},
		{"a few dozen", v(source.MagnitudeDozens)},
		{"a few hundred", v(source.MagnitudeHundreds)},
		{"a few thousand", v(source.MagnitudeThousands)},
		{"a few hundred thousand", v(source.MagnitudeHundredsOfThousands)},
		// A lower bound agrees with the floor; the words stay in Text.
		{"at least dozens", v(source.MagnitudeDozens)},
		{"more than dozens", v(source.MagnitudeDozens)},
		{"over several hundred", v(source.MagnitudeHundreds)},
		{"no fewer than hundreds of", v(source.MagnitudeHundreds)},
		// A vague rate, with its noun.
		{"hundreds a day", source.Count{Qualifier: vague, Magnitude: source.MagnitudeHundreds, Per: source.UnitDay}},
		{"dozens of lorries a day", source.Count{Qualifier: vague, Magnitude: source.MagnitudeDozens, Per: source.UnitDay, Measure: "lorries"}},
		// Numbers stay numbers.
		{"more than a dozen", source.Count{Qualifier: source.QualifierMoreThan, Value: 12}},
		{"a dozen", source.Count{Qualifier: exact, Value: 12}},
		{"half a dozen", source.Count{Qualifier: exact, Value: 6}},
	})
	checkRefused(t, withVague, []string{
		// No floor the library documents, or no Magnitude.
		"many", "numerous", "a number of", "a number", "few", "some", "lots of", "a lot of", "countless",
		"billions", "billions of", "tens of millions", "hundreds of millions",
		// A qualifier the count cannot keep, or that contradicts the floor.
		"about dozens", "up to hundreds", "nearly a few hundred", "as many as thousands", "fewer than several",
		"exactly dozens", "some dozens", "an estimated thousands",
		// Not a vague figure as the list has it.
		"dozens of people", "several of", "a few of", "dozens dozens", "several hundreds",
		"dozens %", "dozens to hundreds", "hundreds of dollars", "millions of dollars", "several days",
		"dozens of hours", "hours", "$dozens",
	})
}

// ParseCount reads the vague words too: a figure with a magnitude and no
// value, whose Conservative is the floor.
func TestParseCountReadsVague(t *testing.T) {
	for text, floor := range map[string]float64{"dozens": 12, "several hundred": 100, "a few": 2, "hundreds of thousands": 1e5,
		"at least dozens": 12, "dozens of lorries a day": 12} {
		c, err := source.ParseCount(text)
		require.NoError(t, err, text)
		assert.True(t, c.IsVague(), text)
		assert.Zero(t, c.Value, text)
		assert.Equal(t, floor, c.Conservative(), text)
	}
}

// Magnitude.Floor never exceeds what the words guarantee: "several
// hundred" is at least 300, "a few dozen" at least 24.
func TestVagueFloorsAreBelowTheWords(t *testing.T) {
	for text, least := range map[string]float64{
		"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000, "millions": 2e6,
		"tens of thousands": 20000, "hundreds of thousands": 200000, "several": 3, "a few": 2, "a handful": 2,
		"several dozen": 36, "several hundred": 300, "several thousand": 3000, "several million": 3e6,
		"several hundred thousand": 300000, "a few dozen": 24, "a few hundred": 200, "a few thousand": 2000,
		"a few million": 2e6, "a few hundred thousand": 200000,
	} {
		c, err := withVague.Parse(text)
		require.NoError(t, err, text)
		assert.LessOrEqual(t, c.Magnitude.Floor(), least, text)
		assert.Equal(t, c.Magnitude.Floor(), c.Conservative(), text)
	}
}

func TestParseRates(t *testing.T) {
	rate := func(v float64, per source.Unit, m source.Measure) source.Count {
		return source.Count{Qualifier: exact, Value: v, Per: per, Measure: m}
	}
	checkParsed(t, source.CountParser{}, []figureCase{
		{"400 a day", rate(400, source.UnitDay, "")},
		{"400 per day", rate(400, source.UnitDay, "")},
		{"400 each day", rate(400, source.UnitDay, "")},
		{"400 every day", rate(400, source.UnitDay, "")},
		{"400 daily", rate(400, source.UnitDay, "")},
		{"30 a week", rate(30, source.UnitWeek, "")},
		{"30 per week", rate(30, source.UnitWeek, "")},
		{"30 weekly", rate(30, source.UnitWeek, "")},
		{"12 an hour", rate(12, source.UnitHour, "")},
		{"12 per hour", rate(12, source.UnitHour, "")},
		{"12 hourly", rate(12, source.UnitHour, "")},
		{"5 a minute", rate(5, source.UnitMinute, "")},
		{"900 a month", rate(900, source.UnitMonth, "")},
		{"900 monthly", rate(900, source.UnitMonth, "")},
		{"10,000 a year", rate(10000, source.UnitYear, "")},
		{"10,000 per year", rate(10000, source.UnitYear, "")},
		{"10,000 annually", rate(10000, source.UnitYear, "")},
		{"10,000 yearly", rate(10000, source.UnitYear, "")},
		// One plain word between the figure and the rate is its Measure.
		{"400 lorries a day", rate(400, source.UnitDay, "lorries")},
		{"400 Lorries per day", rate(400, source.UnitDay, "lorries")},
		{"600 trucks daily", rate(600, source.UnitDay, "trucks")},
		{"two flights a week", rate(2, source.UnitWeek, "flights")},
		{"nearly 400 lorries a day", source.Count{Qualifier: source.QualifierNearly, Value: 400, Per: source.UnitDay, Measure: "lorries"}},
		{"up to 600 trucks a day", source.Count{Qualifier: source.QualifierUpTo, Value: 600, Per: source.UnitDay, Measure: "trucks"}},
		{"between 300 and 400 lorries a day", source.Count{Qualifier: rng, Min: 300, Max: 400, Per: source.UnitDay, Measure: "lorries"}},
		{"20 to 30 a day", source.Count{Qualifier: rng, Min: 20, Max: 30, Per: source.UnitDay}},
		{"5% a year", source.Count{Qualifier: exact, Value: 5, Unit: source.UnitPercent, Per: source.UnitYear}},
		{"about 3 per cent a year", source.Count{Qualifier: source.QualifierAbout, Value: 3, Unit: source.UnitPercent, Per: source.UnitYear}},
		{"$5m a day", source.Count{Qualifier: exact, Value: 5e6, Currency: vocab.MustCurrency("USD"), Per: source.UnitDay}},
		{"12 hours a day", source.Count{Qualifier: exact, Value: 12, Unit: source.UnitHour, Measure: dur, Per: source.UnitDay}},
		{"an hour a day", source.Count{Qualifier: exact, Value: 1, Unit: source.UnitHour, Measure: dur, Per: source.UnitDay}},
	})
	checkRefused(t, source.CountParser{}, []string{
		// Without a rate a trailing word is refused, never dropped.
		"400 lorries", "12 people",
		// More than one plain word, or not a plain word.
		"400 lorries of aid a day", "400 aid lorries a day", "400 lorries-of-aid a day", "400 lorries2 a day",
		// A rate with no figure, or twice.
		"daily", "per day", "400 a day a week", "400 a day daily",
		// A rate of a compound duration, or a noun before a duration.
		"two years and two days a week", "72 hours lorries a day",
		"400 a fortnight", "400 a decade",
	})
}

func TestParseDurations(t *testing.T) {
	d := func(v float64, u source.Unit) source.Count {
		return source.Count{Qualifier: exact, Value: v, Unit: u, Measure: dur}
	}
	period := func(p source.Period) source.Count {
		return source.Count{Qualifier: exact, Period: p, Measure: dur}
	}
	checkParsed(t, source.CountParser{}, []figureCase{
		{"72 hours", d(72, source.UnitHour)},
		{"72-hour", d(72, source.UnitHour)},
		{"three-hour-long", d(3, source.UnitHour)},
		{"twenty-five-year", d(25, source.UnitYear)},
		{"1.5-hour", d(1.5, source.UnitHour)},
		{"five days", d(5, source.UnitDay)},
		{"two weeks", d(2, source.UnitWeek)},
		{"three months", d(3, source.UnitMonth)},
		{"a year", d(1, source.UnitYear)},
		{"one year", d(1, source.UnitYear)},
		{"1 day", d(1, source.UnitDay)},
		{"an hour", d(1, source.UnitHour)},
		{"90 minutes", d(90, source.UnitMinute)},
		{"0 days", d(0, source.UnitDay)},
		{"1.5 hours", d(1.5, source.UnitHour)},
		{"half an hour", d(0.5, source.UnitHour)},
		{"half a day", d(0.5, source.UnitDay)},
		{"a year and a half", d(1.5, source.UnitYear)},
		{"an hour and a half", d(1.5, source.UnitHour)},
		{"one year and a half", d(1.5, source.UnitYear)},
		{"two years and a half", d(2.5, source.UnitYear)},
		{"one and a half hours", d(1.5, source.UnitHour)},
		{"two and a half years", d(2.5, source.UnitYear)},
		{"nearly two years", source.Count{Qualifier: source.QualifierNearly, Value: 2, Unit: source.UnitYear, Measure: dur}},
		{"more than a year", source.Count{Qualifier: source.QualifierMoreThan, Value: 1, Unit: source.UnitYear, Measure: dur}},
		{"two to three days", source.Count{Qualifier: rng, Min: 2, Max: 3, Unit: source.UnitDay, Measure: dur}},
		{"20-30 minutes", source.Count{Qualifier: rng, Min: 20, Max: 30, Unit: source.UnitMinute, Measure: dur}},
		{"between two and three years", source.Count{Qualifier: rng, Min: 2, Max: 3, Unit: source.UnitYear, Measure: dur}},
		{"two years and two days", period(source.Period{Years: 2, Days: 2})},
		{"two years and a day", period(source.Period{Years: 2, Days: 1})},
		{"a year and two months", period(source.Period{Years: 1, Months: 2})},
		{"one year, two months and three days", period(source.Period{Years: 1, Months: 2, Days: 3})},
		{"one year, two months, and three days", period(source.Period{Years: 1, Months: 2, Days: 3})},
		{"3 weeks and 4 days", period(source.Period{Weeks: 3, Days: 4})},
		{"an hour and 20 minutes", period(source.Period{Hours: 1, Minutes: 20})},
		{"two days, five hours and one minute", period(source.Period{Days: 2, Hours: 5, Minutes: 1})},
		{"more than two years and two days", source.Count{Qualifier: source.QualifierMoreThan, Period: source.Period{Years: 2, Days: 2}, Measure: dur}},
		{"zero years and two days", period(source.Period{Days: 2})},
	})
	checkRefused(t, source.CountParser{}, []string{
		// Singular and plural.
		"1 days", "one hours", "5 day", "two year and two days", "a years", "72-hours", "half an hours",
		"one and a half hour", "two to three day", "a year and a halves",
		// Compound: order, repetition, connectors, fractions, length.
		"two days and two years", "two days and three days", "two years two days", "two years, two days,",
		"two years and 1.5 days", "a year and a half and two days", "two years and a half days",
		"two years and two days and a half", "zero years and zero days", "two years and", "years and two days",
		"two years and two to three days", "99999999 years and one day",
		// Not durations as the parser reads them.
		"a 72-hour window", "72-hour window", "72h", "90 mins", "a fortnight", "a decade", "hours", "days",
		"several days", "half-hour", "72-hour-longer", "about two to three days", "53% of a year", "5 hours %",
		"$5 hours", "two and a half", "a half year", "1.5 and a half hours", "two days a half",
	})
}

func TestParseMoney(t *testing.T) {
	money := func(v float64, code string) source.Count {
		return source.Count{Qualifier: exact, Value: v, Currency: vocab.MustCurrency(code)}
	}
	checkParsed(t, source.CountParser{}, []figureCase{
		{"$1.2bn", money(1.2e9, "USD")},
		{"$1.2 billion", money(1.2e9, "USD")},
		{"$1.1 million", money(1.1e6, "USD")}, // exactly 1100000, not 1.1 × 1e6
		{"US$5m", money(5e6, "USD")},
		{"US$ 5m", money(5e6, "USD")},
		{"€350 million", money(350e6, "EUR")},
		{"€ 350 million", money(350e6, "EUR")},
		{"350 €", money(350, "EUR")},
		{"350€", money(350, "EUR")},
		{"£40,000", money(40000, "GBP")},
		{"£40k", money(40000, "GBP")},
		{"£40K", money(40000, "GBP")},
		{"5 million euros", money(5e6, "EUR")},
		{"one euro", money(1, "EUR")},
		{"350 million hryvnias", money(350e6, "UAH")},
		{"EUR 350 million", money(350e6, "EUR")},
		{"350 million EUR", money(350e6, "EUR")},
		{"USD 5,000", money(5000, "USD")},
		{"CHF 12", money(12, "CHF")},
		{"₴1,000", money(1000, "UAH")},
		{"₽5 bn", money(5e9, "RUB")},
		{"₽5bn", money(5e9, "RUB")},
		{"₺300", money(300, "TRY")},
		{"₹500", money(500, "INR")},
		{"₪20", money(20, "ILS")},
		{"C$20", money(20, "CAD")},
		{"A$20", money(20, "AUD")},
		{"NZ$20", money(20, "NZD")},
		{"HK$20", money(20, "HKD")},
		{"R$20", money(20, "BRL")},
		{"＄20", money(20, "USD")},
		{"a billion dollars", money(1e9, "USD")},
		{"5 million US dollars", money(5e6, "USD")},
		{"20 million pounds sterling", money(20e6, "GBP")},
		{"£20m sterling", money(20e6, "GBP")}, // one currency, marked twice
		{"3 trillion yen", money(3e12, "JPY")},
		{"2 billion yuan", money(2e9, "CNY")},
		{"5 mln roubles", money(5e6, "RUB")},
		{"$2tn", money(2e12, "USD")},
		{"nearly $1.2bn", source.Count{Qualifier: source.QualifierNearly, Value: 1.2e9, Currency: vocab.MustCurrency("USD")}},
		{"more than €350 million", source.Count{Qualifier: source.QualifierMoreThan, Value: 350e6, Currency: vocab.MustCurrency("EUR")}},
		{"$5-10m", source.Count{Qualifier: rng, Min: 5e6, Max: 10e6, Currency: vocab.MustCurrency("USD")}},
		{"$5m-$10m", source.Count{Qualifier: rng, Min: 5e6, Max: 10e6, Currency: vocab.MustCurrency("USD")}},
		{"$5 to $10 million", source.Count{Qualifier: rng, Min: 5e6, Max: 10e6, Currency: vocab.MustCurrency("USD")}},
		{"between €5m and €10m", source.Count{Qualifier: rng, Min: 5e6, Max: 10e6, Currency: vocab.MustCurrency("EUR")}},
		{"5 to 10 million euros", source.Count{Qualifier: rng, Min: 5e6, Max: 10e6, Currency: vocab.MustCurrency("EUR")}},
		{"1.5bn", source.Count{Qualifier: exact, Value: 1.5e9}},
	})
	checkRefused(t, source.CountParser{}, []string{
		// Shared signs English-language wires do not settle.
		"¥5", "¥5 billion", "5 ¥", "₩5,000",
		// Two currencies.
		"$5 EUR", "€5 dollars", "$5 to €10", "EUR ₴5",
		// "m" and "k" alone; other abbreviations and words not read.
		"5m", "40k", "5 m", "1.5 millions", "₹500 crore", "₹5 lakh", "5 grand", "5 million pounds", "5 eur", "eur 5",
		"$5 millions", "$5million", "USD5,000", "$1.500", "€1,5 million",
		// No number, or money as a percentage, a duration or a vague figure.
		"$", "€", "EUR", "$ $5", "$5%", "5% of $5", "$5 days", "millions of dollars", "dozens of euros", "$-5", "$5-",
		// What the money is for is the caller's Measure.
		"a $5m fine", "$5m fine", "€350 million in aid", "$1.2bn cost",
	})
}

func TestDollarFollowsTheLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string // want "" for refused
	}{
		{"und", "$5", "USD"}, {"en", "$5", "USD"}, {"en-US", "$5", "USD"}, {"en-GB", "$5", "USD"},
		{"en-IN", "$5", "USD"}, {"en-CA", "$5", "CAD"}, {"en-AU", "$5", "AUD"}, {"es-MX", "$5", "MXN"},
		{"fr-CA", "5 $", "CAD"}, {"de", "$5", ""}, {"es", "$5", ""}, {"pt-BR", "$5", ""},
		{"en", "5 dollars", "USD"}, {"en-CA", "5 dollars", "CAD"}, {"de", "5 dollars", ""},
		{"en", "£5", "GBP"}, {"en-GB", "£5", "GBP"}, {"de", "£5", ""},
		{"en", "¥5", ""}, {"ja", "¥5", "JPY"}, {"ja", "￥5", "JPY"}, {"zh", "¥5", "CNY"},
		{"en", "₩5", ""}, {"ko", "₩5", "KRW"},
		{"de", "€5", "EUR"}, {"uk", "₴5", "UAH"}, {"en", "₴5", "UAH"},
		{"sv", "5 kr", "SEK"}, {"sv", "5 kr a day", "SEK"},
	} {
		p := source.CountParser{Lang: language.MustParse(c.lang)}
		got, err := p.Parse(c.text)
		if c.want == "" {
			assert.Error(t, err, "%s %q: %+v", c.lang, c.text, got)
			continue
		}
		if assert.NoError(t, err, "%s %q", c.lang, c.text) {
			assert.Equal(t, vocab.MustCurrency(c.want), got.Currency, "%s %q", c.lang, c.text)
			assert.Equal(t, 5.0, got.Value, "%s %q", c.lang, c.text)
		}
	}
}

// Upper-case codes only: "all" and "try" are words, not the Albanian lek
// and the Turkish lira.
func TestCurrencyCodesAreUpperCase(t *testing.T) {
	c, err := source.ParseCount("TRY 300")
	require.NoError(t, err)
	assert.Equal(t, vocab.MustCurrency("TRY"), c.Currency)
	for _, text := range []string{"try 300", "all 350", "Eur 5", "300 usd"} {
		_, err := source.ParseCount(text)
		assert.Error(t, err, text)
	}
}

// The scale of a range's upper end lends itself to a lower end that has
// none, where the range still runs upwards.
func TestParseRangeScales(t *testing.T) {
	r := func(lo, hi float64) source.Count { return source.Count{Qualifier: rng, Min: lo, Max: hi} }
	checkParsed(t, source.CountParser{}, []figureCase{
		{"20 to 30 thousand", r(20000, 30000)},
		{"20-30 thousand", r(20000, 30000)},
		{"two to three million", r(2e6, 3e6)},
		{"1.1 to 2 million", r(1.1e6, 2e6)},
		{"one to two dozen", r(12, 24)},
		{"1,500 to 2 thousand", r(1500, 2000)},
		{"100 to 2 thousand", r(100, 2000)},
		{"a hundred to two thousand", r(100, 2000)},
		{"one to a thousand", r(1, 1000)},
		{"1 to thousand", r(1, 1000)},
		{"2 to 3 trillion", r(2e12, 3e12)},
		{"5bn to 6bn", r(5e9, 6e9)},
	})
	checkRefused(t, source.CountParser{}, []string{"3 thousand to 2", "5 to 4", "5 to 10m", "2 million to 3"})
}
