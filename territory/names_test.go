package territory_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold what reports say of places beyond a name:
// multi-word names in several scripts, the names each side uses, lines,
// attributed figures, and statuses anchored to events and lines.

func bakhmut() territory.Territory {
	return territory.Territory{
		ID:   territory.IDFor("bakhmut"),
		Kind: territory.KindCity,
		Name: "Bakhmut",
		Names: []vocab.Name{
			{Text: "Бахмут", Lang: language.Ukrainian},
		},
		Aliases: []territory.Alias{{
			Text: "Artemivsk", Lang: language.Russian, UsedBy: []actor.ID{russiaA},
			Attributions: []source.Attribution{{Source: reutersS, Verb: source.VerbReported}},
		}},
		Figures: []source.Count{{Value: 70000, Qualifier: source.QualifierAbout, Text: "about 70,000", Measure: source.MeasurePopulation,
			Attributions: []source.Attribution{{Source: reutersS, Verb: source.VerbReported}}}},
		Country: vocab.MustCountry("UA"),
	}
}

func TestTerritoryAliasesNamesFigures(t *testing.T) {
	b := bakhmut()
	require.Nil(t, b.Validate())
	data, err := json.Marshal(b)
	require.NoError(t, err)
	var back territory.Territory
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, b, back)
	assert.Contains(t, string(data), `"used_by":["`+russiaA.String()+`"]`)

	for name, tc := range map[string]struct {
		mutate func(*territory.Territory)
		want   []problem
	}{
		"an alias without text":      {func(t *territory.Territory) { t.Aliases[0].Text = "" }, []problem{{"aliases[0].text", "required"}}},
		"an alias used by no one":    {func(t *territory.Territory) { t.Aliases[0].UsedBy = []actor.ID{{}} }, []problem{{"aliases[0].used_by[0]", "id"}}},
		"a figure without measure":   {func(t *territory.Territory) { t.Figures[0].Measure = "" }, []problem{{"figures[0].measure", "required"}}},
		"a figure's bad attribution": {func(t *territory.Territory) { t.Figures[0].Attributions[0].Verb = "" }, []problem{{"figures[0].attributions[0].verb", "enum"}}},
	} {
		t.Run(name, func(t *testing.T) {
			v := bakhmut()
			tc.mutate(&v)
			assert.ElementsMatch(t, tc.want, problemsOf(t, v.Validate()))
		})
	}
}

func TestMultiWordNamesInSeveralScripts(t *testing.T) {
	kryvyiRih := territory.Territory{ID: territory.IDFor("kryvyi-rih"), Kind: territory.KindCity, Name: "Kryvyi Rih",
		Names: []vocab.Name{
			{Text: "Кривий Ріг", Lang: language.Ukrainian},
			{Text: "Кривой Рог", Lang: language.Russian},
			{Text: "Kryvyi Rih", Lang: language.MustParse("uk-Latn")},
		},
		Aliases: []territory.Alias{{Text: "Krivoy Rog", Lang: language.MustParse("ru-Latn")}}}
	require.Nil(t, kryvyiRih.Validate())
	data, err := json.Marshal(kryvyiRih)
	require.NoError(t, err)
	var back territory.Territory
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, kryvyiRih, back)
}

func TestLineAndAnchoredStatus(t *testing.T) {
	line := territory.Territory{ID: territory.IDFor("line"), Kind: territory.KindLine, Description: "the agreed line"}
	require.Nil(t, line.Validate())
	withdrawal, ceasefire := vocab.EventID{0xe0, 1}, vocab.EventID{0xe0, 2}
	s := donetskShare()
	s.FromEvent, s.UntilEvent, s.Boundary = withdrawal, ceasefire, line.ID
	require.Nil(t, s.Validate())
	data, err := json.Marshal(s)
	require.NoError(t, err)
	for _, want := range []string{`"from_event":"` + withdrawal.String(), `"until_event":"` + ceasefire.String(), `"boundary":"` + line.ID.String()} {
		assert.Contains(t, string(data), want)
	}
	var back territory.Status
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, s, back)

	s.UntilEvent = withdrawal
	assert.Equal(t, []problem{{"until_event", vocab.RuleConflicts}}, problemsOf(t, s.Validate()))
}
