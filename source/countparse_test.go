package source_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
)

func TestParseCount(t *testing.T) {
	const (
		exact    = source.QualifierExact
		about    = source.QualifierAbout
		nearly   = source.QualifierNearly
		atLeast  = source.QualifierAtLeast
		moreThan = source.QualifierMoreThan
		asManyAs = source.QualifierAsManyAs
		upTo     = source.QualifierUpTo
		lessThan = source.QualifierLessThan
		rng      = source.QualifierRange
		pct      = source.UnitPercent
	)
	for _, c := range []struct {
		text     string
		q        source.Qualifier
		value    float64
		min, max float64
		unit     source.Unit
	}{
		// The article's figures.
		{text: "nearly 70", q: nearly, value: 70},
		{text: "as many as 12", q: asManyAs, value: 12},
		{text: "over 4,500", q: moreThan, value: 4500},
		{text: "more than 1,000", q: moreThan, value: 1000},
		{text: "three", q: exact, value: 3},
		{text: "a dozen", q: exact, value: 12},
		{text: "about 53%", q: about, value: 53, unit: pct},

		// Digits.
		{text: "90", q: exact, value: 90},
		{text: "0", q: exact, value: 0},
		{text: "4500", q: exact, value: 4500},
		{text: "1,234,567", q: exact, value: 1234567},
		{text: "53.5", q: exact, value: 53.5},
		{text: "1,000.25", q: exact, value: 1000.25},
		{text: "1.5 million", q: exact, value: 1.5e6},
		{text: "2 billion", q: exact, value: 2e9},
		{text: "20 thousand", q: exact, value: 20000},
		{text: "3 dozen", q: exact, value: 36},
		{text: "999999999999999", q: exact, value: 999999999999999},

		// Words.
		{text: "zero", q: exact, value: 0},
		{text: "one", q: exact, value: 1},
		{text: "twelve", q: exact, value: 12},
		{text: "nineteen", q: exact, value: 19},
		{text: "twenty", q: exact, value: 20},
		{text: "twenty-five", q: exact, value: 25},
		{text: "ninety-nine", q: exact, value: 99},
		{text: "twenty three", q: exact, value: 23},
		{text: "a hundred", q: exact, value: 100},
		{text: "one hundred", q: exact, value: 100},
		{text: "two hundred and fifty", q: exact, value: 250},
		{text: "a hundred and fifty", q: exact, value: 150},
		{text: "one hundred twenty-three", q: exact, value: 123},
		{text: "eleven hundred", q: exact, value: 1100},
		{text: "a thousand", q: exact, value: 1000},
		{text: "one thousand two hundred", q: exact, value: 1200},
		{text: "three million", q: exact, value: 3e6},
		{text: "two million five hundred thousand", q: exact, value: 2.5e6},
		{text: "half a dozen", q: exact, value: 6},
		{text: "two dozen", q: exact, value: 24},

		// Qualifiers.
		{text: "exactly 90", q: exact, value: 90},
		{text: "an estimated 150", q: about, value: 150},
		{text: "approximately 150", q: about, value: 150},
		{text: "about 150", q: about, value: 150},
		{text: "around 150", q: about, value: 150},
		{text: "roughly 150", q: about, value: 150},
		{text: "some 150", q: about, value: 150},
		{text: "almost 70", q: nearly, value: 70},
		{text: "close to 70", q: nearly, value: 70},
		{text: "just under 70", q: nearly, value: 70},
		{text: "at least 20", q: atLeast, value: 20},
		{text: "no fewer than 20", q: atLeast, value: 20},
		{text: "no less than 20", q: atLeast, value: 20},
		{text: "a minimum of 20", q: atLeast, value: 20},
		{text: "just over 100", q: moreThan, value: 100},
		{text: "upwards of 100", q: moreThan, value: 100},
		{text: "in excess of 100", q: moreThan, value: 100},
		{text: "as much as 40%", q: asManyAs, value: 40, unit: pct},
		{text: "up to 20,000", q: upTo, value: 20000},
		{text: "at most 5", q: upTo, value: 5},
		{text: "no more than 5", q: upTo, value: 5},
		{text: "fewer than 10", q: lessThan, value: 10},
		{text: "less than 10", q: lessThan, value: 10},
		{text: "under 10", q: lessThan, value: 10},
		{text: "nearly two dozen", q: nearly, value: 24},
		{text: "more than a thousand", q: moreThan, value: 1000},
		{text: "at least three", q: atLeast, value: 3},

		// Ranges.
		{text: "20 to 30", q: rng, min: 20, max: 30},
		{text: "20-30", q: rng, min: 20, max: 30},
		{text: "20–30", q: rng, min: 20, max: 30},
		{text: "20—30", q: rng, min: 20, max: 30},
		{text: "between 20 and 30", q: rng, min: 20, max: 30},
		{text: "from 20 to 30", q: rng, min: 20, max: 30},
		{text: "between twenty and thirty", q: rng, min: 20, max: 30},
		{text: "two to three", q: rng, min: 2, max: 3},
		{text: "20 to 30 thousand", q: rng, min: 20000, max: 30000},
		{text: "1,500 to 2 thousand", q: rng, min: 1500, max: 2000},
		{text: "2 to 3 million", q: rng, min: 2e6, max: 3e6},
		{text: "5 to 5", q: rng, min: 5, max: 5},
		{text: "20-30%", q: rng, min: 20, max: 30, unit: pct},
		{text: "between 20 and 30 percent", q: rng, min: 20, max: 30, unit: pct},

		// Percent.
		{text: "53 percent", q: exact, value: 53, unit: pct},
		{text: "53 per cent", q: exact, value: 53, unit: pct},
		{text: "53 %", q: exact, value: 53, unit: pct},
		{text: "around 18.5%", q: about, value: 18.5, unit: pct},

		// Case, spacing.
		{text: "Nearly 70", q: nearly, value: 70},
		{text: "NEARLY SEVENTY", q: nearly, value: 70},
		{text: "  nearly   70  ", q: nearly, value: 70},
		{text: "nearly\u00a070", q: nearly, value: 70},
		{text: "\tover 4,500\n", q: moreThan, value: 4500},
	} {
		t.Run(c.text, func(t *testing.T) {
			got, err := source.ParseCount(c.text)
			require.NoError(t, err)
			want := source.Count{Value: c.value, Min: c.min, Max: c.max, Qualifier: c.q, Unit: c.unit, Text: strings.TrimSpace(c.text)}
			assert.Equal(t, want, got)

			got.Measure = "killed"
			assertNoError(t, got.Validate())
		})
	}
}

func TestParseCountErrors(t *testing.T) {
	for _, text := range []string{
		// Words that name no number nor a magnitude the library documents
		// (vague figures such as "dozens" are read: TestParseVague).
		"many", "few", "numerous", "some", "dozens of people",
		// Not a figure.
		"", "   ", "abc", "%", "percent", "nearly", "more than", "about %", "people",
		// Malformed digits.
		"4,50", "4,5000", ",500", "1,", "1.", ".5", "1.2.3", "1,000,00", "1.000,5", "12,34.5",
		"1234567890123456", // more digits than the parser reads
		"-5", "+5", "5-", "1e3", "0x10", "½",
		// Trailing words.
		"12 people", "nearly 70 missiles", "1.5 millions", "3 hundred", "a dozen people",
		// Ranges.
		"10 to 5", "between 30 and 20", "between 20", "between 20 and", "between and 30", "from 20", "from 20 to",
		"20 to", "to 30", "20 - 30", "20 to 30 to 40", "about 20 to 30",
		// Malformed words.
		"twenty thirty", "three twenty", "one two", "a", "an", "and", "half", "half a", "a half", "and three",
		"three and", "twenty-", "-five", "twenty-ten", "twenty-zero", "a three",
		"ten five", "hundred hundred", "one hundred one hundred", "dozen dozen", "a dozen dozen",
		"one thousand one million", "thousand million", "two million thousand", "zero three", "one hundred zero",
		"fifteen three", "one hundred ten five", "dozen three", "two dozen thousand",
	} {
		t.Run(text, func(t *testing.T) {
			got, err := source.ParseCount(text)
			require.Error(t, err, "ParseCount(%q) = %+v", text, got)
			assert.Equal(t, source.Count{}, got)
			assert.Contains(t, err.Error(), strconv.Quote(text), "the error quotes the text")
		})
	}
}

// TestParseCountStaysFinite feeds number words that multiply: however long
// the text, the parser must not produce an infinite number.
func TestParseCountStaysFinite(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("hundred ", 200),
		"one " + strings.Repeat("hundred ", 200),
		strings.Repeat("dozen ", 300),
		"999,999,999,999 " + strings.Repeat("billion ", 40),
	} {
		got, err := source.ParseCount(text)
		if err != nil {
			continue
		}
		assert.False(t, math.IsInf(got.Value, 0) || math.IsNaN(got.Value), "ParseCount(%.30q...) = %v", text, got.Value)
	}
}

// TestParseCountTooLong keeps the input FuzzParseCount found (257 zeros):
// a text over MaxPhraseBytes is refused at once with an excerpt of it, as
// internal/excerpt requires of every error, not the whole text.
func TestParseCountTooLong(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("0", source.MaxPhraseBytes+1),
		strings.Repeat("1,000 ", 43),
		"nearly " + strings.Repeat("7", 1<<20),
	} {
		for _, p := range []source.CountParser{{}, {Lang: language.German}} {
			got, err := p.Parse(text)
			require.Error(t, err)
			assert.Equal(t, source.Count{}, got)
			assert.Contains(t, err.Error(), "longer than 256 bytes")
			assert.Contains(t, err.Error(), `"`+text[:64], "the error quotes the start of the text")
			assert.Less(t, len(err.Error()), 200, "the error quotes an excerpt, not the whole text")
		}
	}
	// At the limit the text is read, and an error quotes it whole.
	text := strings.Repeat(" ", source.MaxPhraseBytes-2) + "12"
	c, err := source.ParseCount(text)
	require.NoError(t, err)
	assert.Equal(t, 12.0, c.Value)
	text = strings.Repeat("x", source.MaxPhraseBytes)
	_, err = source.ParseCount(text)
	require.Error(t, err)
	assert.Contains(t, err.Error(), strconv.Quote(text))
}
