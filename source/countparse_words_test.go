package source_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold figures found unread in real reports: the
// qualifiers "above", "past", "below" and "only", distances, and zero
// written in words.

func TestParseCountMoreQualifiers(t *testing.T) {
	q := func(qual source.Qualifier, v float64) source.Count { return source.Count{Qualifier: qual, Value: v} }
	checkParsed(t, source.CountParser{}, []figureCase{
		{"above 40,000", q(source.QualifierMoreThan, 40000)},
		{"Above 40,000", q(source.QualifierMoreThan, 40000)},
		{"past 40,000", q(source.QualifierMoreThan, 40000)}, // "the death toll went past 40,000"
		{"below 10", q(source.QualifierLessThan, 10)},
		{"below ten", q(source.QualifierLessThan, 10)},
		// "only" changes nothing: the figure is exact, as without it.
		{"only 24%", source.Count{Qualifier: exact, Value: 24, Unit: source.UnitPercent}},
		{"only 12", q(exact, 12)},
		{"Only three", q(exact, 3)},
		{"only 20 to 30", source.Count{Qualifier: rng, Min: 20, Max: 30}},
		{"only two days", source.Count{Qualifier: exact, Value: 2, Unit: source.UnitDay, Measure: dur}},
		{"only $5m", source.Count{Qualifier: exact, Value: 5e6, Currency: vocab.MustCurrency("USD")}},
		// Before a vague figure: a lower bound agrees with its floor, and
		// "only" says nothing of it.
		{"only a few", source.Count{Qualifier: vague, Magnitude: source.MagnitudeFew}},
		{"only dozens of", source.Count{Qualifier: vague, Magnitude: source.MagnitudeDozens}},
		{"above several hundred", source.Count{Qualifier: vague, Magnitude: source.MagnitudeHundreds}},
		{"past hundreds", source.Count{Qualifier: vague, Magnitude: source.MagnitudeHundreds}},
		// With a rate, a distance or a duration.
		{"above 400 lorries a day", source.Count{Qualifier: source.QualifierMoreThan, Value: 400, Per: source.UnitDay, Measure: "lorries"}},
		{"below 5 km", source.Count{Qualifier: source.QualifierLessThan, Value: 5, Unit: source.UnitKm}},
		{"above two years", source.Count{Qualifier: source.QualifierMoreThan, Value: 2, Unit: source.UnitYear, Measure: dur}},
		// The qualifiers of "no" stay what they were.
		{"no more than 5", q(source.QualifierUpTo, 5)},
		{"no fewer than 20", q(source.QualifierAtLeast, 20)},
	})
	checkRefused(t, source.CountParser{}, []string{
		// "up" reports a change, not a figure: "up more than 30 per cent"
		// says the figure rose by more than 30%, and reading it as more
		// than 30% would turn a rise into a level. It is no qualifier, and
		// the text stays an error; so do the other words of a change.
		"up more than 30 per cent", "up 30%", "up by 30%", "down 5%", "up from 20", "rose past 40,000",
		// "past" before a duration: "(the) past two years" is a time as
		// often as "more than two years".
		"past two years", "past a year", "past 72 hours", "the past two years",
		// A qualifier that contradicts a vague figure's floor, and two
		// qualifiers.
		"below dozens", "only about 20", "about only 20", "above below 5",
		// A qualifier alone.
		"only", "above", "past", "below",
	})
}

func TestParseDistances(t *testing.T) {
	km := func(v float64) source.Count { return source.Count{Qualifier: exact, Value: v, Unit: source.UnitKm} }
	mi := func(v float64) source.Count { return source.Count{Qualifier: exact, Value: v, Unit: source.UnitMile} }
	checkParsed(t, source.CountParser{}, []figureCase{
		{"7 km", km(7)},
		{"7km", km(7)},
		{"7 KM", km(7)},
		{"17.9 km", km(17.9)},
		{"17.9km", km(17.9)},
		{"1,200 km", km(1200)},
		{"7 kilometres", km(7)},
		{"7 kilometers", km(7)},
		{"seven kilometres", km(7)},
		{"1 km", km(1)},
		{"1 kilometre", km(1)},
		{"one kilometer", km(1)},
		{"0 km", km(0)},
		{"4.3 miles", mi(4.3)},
		{"1 mile", mi(1)},
		{"one mile", mi(1)},
		{"0.5 miles", mi(0.5)},
		{"5 to 7 km", source.Count{Qualifier: rng, Min: 5, Max: 7, Unit: source.UnitKm}},
		{"5-7 km", source.Count{Qualifier: rng, Min: 5, Max: 7, Unit: source.UnitKm}},
		{"between 5 and 7 miles", source.Count{Qualifier: rng, Min: 5, Max: 7, Unit: source.UnitMile}},
		{"1 to 2 kilometres", source.Count{Qualifier: rng, Min: 1, Max: 2, Unit: source.UnitKm}},
		{"about 7 km", source.Count{Qualifier: source.QualifierAbout, Value: 7, Unit: source.UnitKm}},
		{"more than 10 kilometres", source.Count{Qualifier: source.QualifierMoreThan, Value: 10, Unit: source.UnitKm}},
		{"7 km a day", source.Count{Qualifier: exact, Value: 7, Unit: source.UnitKm, Per: source.UnitDay}},
		{"10 miles an hour", source.Count{Qualifier: exact, Value: 10, Unit: source.UnitMile, Per: source.UnitHour}},
	})
	checkRefused(t, source.CountParser{}, []string{
		// Singular after one, plural otherwise.
		"1 miles", "7 mile", "two kilometre", "1 kilometres", "2 to 3 kilometre",
		// No number, or two units.
		"km", "miles", "7 km km", "7 km miles", "about km",
		// A distance is no percentage, money, duration or vague figure.
		"5 km %", "5% km", "$5 km", "€5 kilometres", "2 hours km", "dozens of km", "several miles",
		// Units and forms not read: "m" may be metres or millions.
		"7 kms", "7 mi", "7 m", "7m", "7 metres", "7 sq km", "7km2", "a mile", "7-km", "7 km long", "7 km of road",
	})
	// The unit of distance is read in every language's digits.
	got, err := source.CountParser{Lang: language.German}.Parse("17,9 km")
	require.NoError(t, err)
	assert.Equal(t, source.Count{Qualifier: exact, Value: 17.9, Unit: source.UnitKm, Text: "17,9 km"}, got)
}

func TestParseCountNone(t *testing.T) {
	zero := func(m source.Measure) source.Count { return source.Count{Qualifier: exact, Measure: m} }
	checkParsed(t, source.CountParser{}, []figureCase{
		{"none", zero("")},
		{"None", zero("")},
		{"NONE", zero("")},
		{"no one", zero("")},
		{"No one", zero("")},
		{"no-one", zero("")},
		{"nobody", zero("")},
		// "no" before one plain word: the noun is the Measure, as before
		// a rate.
		{"no cases", zero("cases")},
		{"No Deaths", zero("deaths")},
		{"no casualties", zero("casualties")},
	})
	// A zero is a figure like any other: Value 0 is written in JSON, and
	// in every language.
	for _, p := range []source.CountParser{{}, {Lang: language.German}, {Lang: language.Arabic}} {
		got, err := p.Parse("no one")
		require.NoError(t, err)
		assert.Equal(t, source.Count{Qualifier: exact, Text: "no one"}, got)
	}
	checkRefused(t, source.CountParser{}, []string{
		// "no" alone, before more than one word, or before a word the
		// parser reads itself.
		"no", "no new cases", "no cases at all", "no one else", "none of them", "no days", "no km", "no more",
		"no dollars", "no percent", "no 5", "no c", "no cases2", "no dozens",
		// The whole figure: no qualifier, rate or percentage.
		"almost no one", "nearly none", "at least none", "only none", "no cases a day", "none a day", "no one %",
		"none to 5", "between none and 5",
	})
}
