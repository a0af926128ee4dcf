package source_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

func num(v float64) source.Count { return source.Count{Qualifier: exact, Value: v} }

func TestCountParserGerman(t *testing.T) {
	de := source.CountParser{Lang: language.German}
	checkParsed(t, de, []figureCase{
		{"1.500", num(1500)},
		{"2.000", num(2000)},
		{"4.500.000", num(4.5e6)},
		{"1,5", num(1.5)},
		{"1,5 million", num(1.5e6)},
		{"1.500,5", num(1500.5)},
		{"0,500", num(0.5)},
		{"53,5 %", source.Count{Qualifier: exact, Value: 53.5, Unit: source.UnitPercent}},
		{"more than 1.500", source.Count{Qualifier: source.QualifierMoreThan, Value: 1500}},
		{"1.500 to 2.000", source.Count{Qualifier: rng, Min: 1500, Max: 2000}},
		{"1.500-2.000", source.Count{Qualifier: rng, Min: 1500, Max: 2000}},
		{"€1.500", source.Count{Qualifier: exact, Value: 1500, Currency: vocab.MustCurrency("EUR")}},
	})
	checkRefused(t, de, []string{
		// A decimal comma followed by exactly three digits: English groups there.
		"1,500", "2,000", "53,125",
		// Not German numbers.
		"1,000.5", "1.5", "1.50", "1.5 million", "1.2.3", "1.000.00", "1.000,", "1,5,6",
		// The words stay English.
		"1,5 Millionen", "1,5 Mio.", "1,5 Mrd. EUR", "zwei", "$5",
	})
}

func TestCountParserFrench(t *testing.T) {
	fr := source.CountParser{Lang: language.French}
	checkParsed(t, fr, []figureCase{
		{"1 500", num(1500)},
		{"1\u00a0500", num(1500)},
		{"1\u202f500", num(1500)},
		{"1 500 000", num(1.5e6)},
		{"20 300", num(20300)},
		{"2,5", num(2.5)},
		{"1 500,5", num(1500.5)},
		{"2,5 million", num(2.5e6)},
		{"53 %", source.Count{Qualifier: exact, Value: 53, Unit: source.UnitPercent}},
		{"1 500 to 2 000", source.Count{Qualifier: rng, Min: 1500, Max: 2000}},
		{"1 500–2 000", source.Count{Qualifier: rng, Min: 1500, Max: 2000}},
		{"between 1 500 and 2 000", source.Count{Qualifier: rng, Min: 1500, Max: 2000}},
		{"€1 500", source.Count{Qualifier: exact, Value: 1500, Currency: vocab.MustCurrency("EUR")}},
		{"1 500 €", source.Count{Qualifier: exact, Value: 1500, Currency: vocab.MustCurrency("EUR")}},
		{"1 500 a day", source.Count{Qualifier: exact, Value: 1500, Per: source.UnitDay}},
	})
	checkRefused(t, fr, []string{
		"1.500", "1,500", "1,000", "1 50", "1 5000", "1 500 00", "15 00", "1,5,5",
	})
}

func TestCountParserOtherConventions(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       float64
	}{
		// Indian English and Hindi group by two above the thousands.
		{"en-IN", "1,00,000", 100000},
		{"en-IN", "12,34,567", 1234567},
		{"en-IN", "100,000", 100000},
		{"hi", "1,00,000", 100000},
		// Swiss German groups with an apostrophe, either one.
		{"de-CH", "1’500", 1500},
		{"de-CH", "1'500", 1500},
		{"de-CH", "1.5", 1.5},
		// Arabic and Persian digits and separators, and ASCII digits too.
		{"ar", "١٬٥٠٠", 1500},
		{"ar", "١٫٥ million", 1.5e6},
		{"ar", "1500", 1500},
		{"fa", "۱٬۵۰۰", 1500},
		{"bn", "১,৫০০", 1500},
		// Languages that write numbers as English does.
		{"ja", "1,500", 1500},
		{"zh", "1.5 million", 1.5e6},
		{"es-MX", "1,500", 1500},
		// Ukrainian and Russian group with a space, as French does.
		{"uk", "1 500", 1500},
		{"ru", "2,5 million", 2.5e6},
		// A language x/text does not know formats as the root locale.
		{"x-foo", "1,500", 1500},
	} {
		p := source.CountParser{Lang: language.MustParse(c.lang)}
		got, err := p.Parse(c.text)
		if assert.NoError(t, err, "%s %q", c.lang, c.text) {
			assert.Equal(t, c.want, got.Value, "%s %q", c.lang, c.text)
			assert.Equal(t, strings.TrimSpace(c.text), got.Text)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en-IN", "1,00,00,000.5.5"}, {"en-IN", "1,0,000"}, {"en", "1,00,000"}, {"de-CH", "1’50"},
		{"ar", "1,500"}, {"ar", "١,٥٠٠"}, {"tr", "1,500"},
	} {
		p := source.CountParser{Lang: language.MustParse(c.lang)}
		_, err := p.Parse(c.text)
		assert.Error(t, err, "%s %q", c.lang, c.text)
	}
}

// The percent sign is the language's: Arabic "٪", Turkish before the
// number.
func TestCountParserPercent(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"ar", "٥٣٪"}, {"ar", "٥٣٪\u061c"}, {"tr", "%53"}, {"tr", "% 53"}, {"tr", "53%"}, {"de", "53 %"}, {"en", "53%"},
		{"tr", "about %53"},
	} {
		p := source.CountParser{Lang: language.MustParse(c.lang)}
		got, err := p.Parse(c.text)
		if assert.NoError(t, err, "%s %q", c.lang, c.text) {
			assert.Equal(t, 53.0, got.Value, "%s %q", c.lang, c.text)
			assert.Equal(t, source.UnitPercent, got.Unit, "%s %q", c.lang, c.text)
		}
	}
}

// In English, a form another convention reads differently and that
// cannot be a count as written is refused as ambiguous, never read as 1.5
// people; the error says how to read it.
func TestParseCountRefusesAmbiguousNumbers(t *testing.T) {
	for _, text := range []string{
		"1.500", "2.000", "4.500", "999.999", "about 1.500", "1.500 a day", "$1.500", "1.500 million", "53.125%",
		"1,5 million", "1,50", "1,5", "2,75", "1.500,5", "1.500.000", "1 500", "1\u00a0500", "1\u202f500",
	} {
		_, err := source.ParseCount(text)
		if assert.Error(t, err, text) {
			assert.Contains(t, err.Error(), "CountParser.Lang", text)
		}
	}
	// A point before fewer or more than three digits, or after a zero, is
	// English.
	for text, want := range map[string]float64{"1.5": 1.5, "1.50": 1.5, "1.5000": 1.5, "0.500": 0.5, "1,500": 1500, "1,500.250": 1500.25, "1234.567": 1234.567} {
		c, err := source.ParseCount(text)
		if assert.NoError(t, err, text) {
			assert.Equal(t, want, c.Value, text)
		}
	}
}

// The zero CountParser, language.Und and English read alike; every form
// that ParseCount reads reads the same through each.
func TestCountParserZeroIsEnglish(t *testing.T) {
	for _, text := range []string{"nearly 70", "over 4,500", "$1.2bn", "1,000.25", "72 hours", "1.500", "dozens"} {
		want, werr := source.ParseCount(text)
		for _, p := range []source.CountParser{{}, {Lang: language.Und}, {Lang: language.English}, {Lang: language.AmericanEnglish}} {
			got, err := p.Parse(text)
			assert.Equal(t, want, got, "%v %q", p.Lang, text)
			assert.Equal(t, werr, err, "%v %q", p.Lang, text)
		}
	}
}

// Parsers of many languages may run at once (the conventions are cached).
func TestCountParserConcurrent(t *testing.T) {
	langs := []string{"en", "de", "fr", "ar", "hi", "de-CH", "ja", "uk", "tr", "es-MX"}
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := source.CountParser{Lang: language.MustParse(langs[i%len(langs)])}
			for range 20 {
				_, _ = p.Parse("1.500")
				c, err := p.Parse("20")
				assert.NoError(t, err)
				assert.Equal(t, 20.0, c.Value)
			}
		}()
	}
	wg.Wait()
}

// Many distinct tags do not grow the cache without bound, and each still
// reads.
func TestCountParserManyTags(t *testing.T) {
	for i := range 700 {
		tag, err := language.Parse(fmt.Sprintf("en-x-t%d", i))
		require.NoError(t, err)
		c, err := source.CountParser{Lang: tag}.Parse("1,500")
		require.NoError(t, err)
		assert.Equal(t, 1500.0, c.Value)
	}
}

func TestCountParserLimit(t *testing.T) {
	long := strings.Repeat("1", source.MaxPhraseBytes+1)
	_, err := source.CountParser{Lang: language.German}.Parse(long)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "longer than")
}
