package source_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
)

// describe prints the fields of a parsed figure that are set.
func describe(c source.Count) string {
	s := string(c.Qualifier)
	switch {
	case c.IsRange():
		s += fmt.Sprintf(" %v-%v", c.Min, c.Max)
	case c.IsVague():
		s += fmt.Sprintf(" %s (floor %v)", c.Magnitude, c.Magnitude.Floor())
	case !c.Period.IsZero():
		s += " " + c.Period.String()
	default:
		s += fmt.Sprintf(" %v", c.Value)
	}
	if !c.Currency.IsZero() {
		s += " " + c.Currency.String()
	}
	if c.Unit != "" {
		s += " " + c.Unit.String()
	}
	if c.Per != "" {
		s += " per " + c.Per.String()
	}
	if c.Measure != "" {
		s += " measure=" + c.Measure.String()
	}
	return s
}

// ParseCount reads rates, durations and amounts of money as well as
// numbers, and refuses a number that another convention reads
// differently.
func ExampleParseCount_shapes() {
	for _, text := range []string{
		"400 lorries a day", "72-hour", "a year and a half", "two years and two days", "$1.2bn",
		"€350 million", "5 to 10 million euros", "1.500", "¥5 billion",
	} {
		c, err := source.ParseCount(text)
		if err != nil {
			fmt.Printf("%-24q refused\n", text)
			continue
		}
		fmt.Printf("%-24q %s\n", c.Text, describe(c))
	}
	// Output:
	// "400 lorries a day"      exact 400 per day measure=lorries
	// "72-hour"                exact 72 hour measure=duration
	// "a year and a half"      exact 1.5 year measure=duration
	// "two years and two days" exact P2Y2D measure=duration
	// "$1.2bn"                 exact 1.2e+09 USD
	// "€350 million"           exact 3.5e+08 EUR
	// "5 to 10 million euros"  range 5e+06-1e+07 EUR
	// "1.500"                  refused
	// "¥5 billion"             refused
}

// A CountParser reads digits as the source's language writes them, with
// separators that golang.org/x/text knows for it; vague figures are a
// magnitude whose floor the words guarantee.
func ExampleCountParser() {
	de := source.CountParser{Lang: language.German}
	fr := source.CountParser{Lang: language.French}
	for _, in := range []struct {
		p    source.CountParser
		text string
	}{
		{de, "1.500"}, {de, "1,5 million"}, {fr, "1 500"}, {fr, "2,5"},
		{source.CountParser{}, "dozens"},
		{source.CountParser{}, "several hundred"},
		{source.CountParser{}, "at least dozens of lorries a day"},
	} {
		c, err := in.p.Parse(in.text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-3s %-34q %s\n", in.p.Lang, c.Text, describe(c))
	}
	// Output:
	// de  "1.500"                            exact 1500
	// de  "1,5 million"                      exact 1.5e+06
	// fr  "1 500"                            exact 1500
	// fr  "2,5"                              exact 2.5
	// und "dozens"                           vague dozens (floor 12)
	// und "several hundred"                  vague hundreds (floor 100)
	// und "at least dozens of lorries a day" vague dozens (floor 12) per day measure=lorries
}
