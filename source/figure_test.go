package source_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold the shapes of figures real reports give
// beyond a number: vague magnitudes, modalities, measure families, scopes
// and subjects, rates, money and compound durations.

var (
	hatay   = vocab.TerritoryID{0xc0, 1}
	antakya = vocab.TerritoryID{0xc0, 2}
	kyivID  = vocab.TerritoryID{0xc0, 3}
	afad    = source.ID{0x50, 1}
	kremlin = source.ID{0x50, 2}
)

func said(id source.ID) []source.Attribution {
	return []source.Attribution{{Source: id, Verb: source.VerbSaid}}
}

func TestMagnitudeFloorsFollowTheDocumentedRule(t *testing.T) {
	want := map[source.Magnitude]float64{
		"few": 2, "handful": 2, "several": 3, "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100,
		"thousands": 1000, "tens_of_thousands": 10000, "hundreds_of_thousands": 100000, "millions": 1000000,
	}
	require.Len(t, source.Magnitudes(), len(want), "every magnitude has a documented floor")
	prev := 0.0
	for _, m := range source.Magnitudes() {
		assert.Equal(t, want[m], m.Floor(), m)
		assert.GreaterOrEqual(t, m.Floor(), prev, "magnitudes come smallest first")
		prev = m.Floor()
	}
	assert.Zero(t, source.Magnitude("").Floor())
	assert.Zero(t, source.Magnitude("loads").Floor())
}

func TestVagueFigure(t *testing.T) {
	c := source.Count{Qualifier: source.QualifierVague, Magnitude: source.MagnitudeDozens, Text: "dozens of", Measure: source.MeasureKilled}
	assertNoError(t, c.Validate())
	assert.True(t, c.IsVague())
	assert.Equal(t, 12.0, c.Conservative(), "the ACLED floor, never a guess")
	assert.Equal(t, 12.0, c.Best(), "no midpoint is guessed for a vague figure")

	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"qualifier":"vague","magnitude":"dozens","text":"dozens of","measure":"killed"}`, string(data),
		"a vague figure writes no value")
	var back source.Count
	require.NoError(t, json.Unmarshal(data, &back), "a vague figure needs no value")
	assert.Equal(t, c, back)

	for name, tc := range map[string]struct {
		c    source.Count
		want []problem
	}{
		"vague without magnitude": {source.Count{Qualifier: source.QualifierVague, Measure: "killed"}, []problem{{"magnitude", vocab.RuleRequires}}},
		"vague with a value":      {source.Count{Qualifier: source.QualifierVague, Magnitude: "dozens", Value: 24, Measure: "killed"}, []problem{{"value", vocab.RuleConflicts}}},
		"vague with a range":      {source.Count{Qualifier: source.QualifierVague, Magnitude: "dozens", Min: 1, Max: 2, Measure: "killed"}, []problem{{"min", vocab.RuleConflicts}, {"max", vocab.RuleConflicts}}},
		"magnitude on a number":   {source.Count{Qualifier: source.QualifierAbout, Magnitude: "dozens", Value: 24, Measure: "killed"}, []problem{{"magnitude", vocab.RuleConflicts}}},
		"unknown magnitude":       {source.Count{Qualifier: source.QualifierVague, Magnitude: "loads", Measure: "killed"}, []problem{{"magnitude", vocab.RuleEnum}}},
	} {
		t.Run(name, func(t *testing.T) {
			assert.ElementsMatch(t, tc.want, problemsOf(t, tc.c.Validate()))
		})
	}
	err = json.Unmarshal([]byte(`{"qualifier":"vague","magnitude":"loads","measure":"killed"}`), &back)
	assert.ErrorIs(t, err, vocab.ErrUnknown, "an unknown magnitude is refused on the way in")
	err = json.Unmarshal([]byte(`{"qualifier":"about","measure":"killed"}`), &back)
	assert.Error(t, err, "a number without its value is still refused")
}

func TestModalityOfFigures(t *testing.T) {
	assert.True(t, source.Modality("").Actual())
	assert.True(t, source.ModalityEstimated.Actual())
	for _, m := range source.Modalities() {
		if m != source.ModalityEstimated {
			assert.False(t, m.Actual(), m)
		}
	}
	feared := source.Count{Value: 20000, Qualifier: source.QualifierUpTo, Measure: "killed", Modality: source.ModalityFeared}
	actual := source.Count{Value: 5000, Qualifier: source.QualifierMoreThan, Measure: "killed"}
	assertNoError(t, feared.Validate())
	low, ok := source.Lowest([]source.Count{feared, actual})
	require.True(t, ok)
	assert.Equal(t, actual, low)
	high, ok := source.Highest([]source.Count{actual, feared})
	require.True(t, ok)
	assert.Equal(t, actual, high, "a feared toll is not the highest reported toll")
	_, ok = source.Lowest([]source.Count{feared})
	assert.False(t, ok, "no actual figure, nothing to pick")

	bad := source.Count{Value: 1, Qualifier: "exact", Measure: "killed", Modality: "rumoured"}
	assert.ElementsMatch(t, []problem{{"modality", vocab.RuleEnum}}, problemsOf(t, bad.Validate()))
}

func TestMeasureFamilies(t *testing.T) {
	for m, want := range map[source.Measure]source.Measure{
		source.MeasureKilled:          source.MeasureKilled,
		source.MeasureDeaths:          source.MeasureKilled,
		source.MeasureConfirmedKilled: source.MeasureKilled,
		source.MeasureIdentified:      source.MeasureKilled,
		source.MeasureBodies:          source.MeasureKilled,
		source.MeasureMissing:         source.MeasureMissing,
		source.MeasureConfirmedCases:  source.MeasureCases,
		source.MeasureSuspectedCases:  source.MeasureSuspectedCases,
		"registered_deaths":           "registered_deaths",
	} {
		assert.Equal(t, want, source.Count{Measure: m}.Family(), m)
	}
	own := source.Count{Measure: "registered_deaths", Broader: source.MeasureKilled}
	assert.Equal(t, source.MeasureKilled, own.Family(), "a dataset's own measure names its broader one")
	deeper := source.Count{Measure: "bodies_in_morgues", Broader: source.MeasureBodies}
	assert.Equal(t, source.MeasureKilled, deeper.Family(), "Broader leads on through the well-known chain")

	self := source.Count{Value: 1, Qualifier: "exact", Measure: "killed", Broader: "killed"}
	assert.ElementsMatch(t, []problem{{"broader", vocab.RuleSelf}}, problemsOf(t, self.Validate()))

	// Lowest never takes the missing for the dead.
	missing := source.Count{Value: 10, Qualifier: "exact", Measure: source.MeasureMissing}
	killed := source.Count{Value: 40, Qualifier: "at_least", Measure: source.MeasureKilled}
	identified := source.Count{Value: 25, Qualifier: "exact", Measure: source.MeasureIdentified}
	low, ok := source.Lowest([]source.Count{killed, missing, identified})
	require.True(t, ok)
	assert.Equal(t, identified, low, "identified dead are a kind of killed; missing are not")
}

func TestDeniedFiguresAreLeftOut(t *testing.T) {
	claimed := source.Count{Value: 300, Qualifier: "about", Measure: "killed", Attributions: said(afad)}
	denied := source.Count{Value: 30, Qualifier: "exact", Measure: "killed",
		Attributions: []source.Attribution{{Source: kremlin, Verb: source.VerbDenied}}}
	disputed := source.Count{Value: 50, Qualifier: "exact", Measure: "killed",
		Attributions: []source.Attribution{{Source: kremlin, Verb: source.VerbDenied}, {Source: afad, Verb: source.VerbReported}}}
	assert.True(t, denied.Denied())
	assert.False(t, disputed.Denied(), "a figure another source gives is not denied")
	assert.False(t, source.Count{}.Denied(), "a figure without sources is not denied")
	low, ok := source.Lowest([]source.Count{denied, claimed, disputed})
	require.True(t, ok)
	assert.Equal(t, disputed, low)
}

func TestComparableAndGroups(t *testing.T) {
	base := source.Count{Value: 100, Qualifier: "exact", Measure: "killed", In: []vocab.TerritoryID{hatay, antakya}}
	for name, tc := range map[string]struct {
		mutate func(*source.Count)
		same   bool
	}{
		"the same":                {func(*source.Count) {}, true},
		"places in another order": {func(c *source.Count) { c.In = []vocab.TerritoryID{antakya, hatay} }, true},
		"another qualifier":       {func(c *source.Count) { c.Qualifier = "about" }, true},
		"another source and time": {func(c *source.Count) { c.Attributions = said(afad); c.AsOf = source.Day(2023, 2, 9, "") }, true},
		"another place":           {func(c *source.Count) { c.In = []vocab.TerritoryID{hatay} }, false},
		"a place excluded":        {func(c *source.Count) { c.Excluding = []vocab.TerritoryID{kyivID} }, false},
		"another subject":         {func(c *source.Count) { c.Subject = source.SubjectChildren }, false},
		"another actor":           {func(c *source.Count) { c.Of = actor.ID{1} }, false},
		"another family":          {func(c *source.Count) { c.Measure = "missing" }, false},
		"a kind of the family":    {func(c *source.Count) { c.Measure = "confirmed_killed" }, true},
		"a rate":                  {func(c *source.Count) { c.Per = source.UnitDay }, false},
		"money":                   {func(c *source.Count) { c.Currency = vocab.MustCurrency("USD") }, false},
		"a unit":                  {func(c *source.Count) { c.Unit = source.UnitPercent }, false},
	} {
		t.Run(name, func(t *testing.T) {
			other := base
			other.In = append([]vocab.TerritoryID(nil), base.In...)
			tc.mutate(&other)
			assert.Equal(t, tc.same, source.Comparable(base, other))
			assert.Equal(t, tc.same, source.Comparable(other, base), "symmetric")
		})
	}

	children := source.Count{Value: 12, Qualifier: "exact", Measure: "killed", Subject: source.SubjectChildren}
	all := source.Count{Value: 40, Qualifier: "exact", Measure: "killed"}
	allLater := source.Count{Value: 45, Qualifier: "exact", Measure: "killed"}
	missing := source.Count{Value: 3, Qualifier: "exact", Measure: "missing"}
	possible := source.Count{Value: 90, Qualifier: "up_to", Measure: "killed", Modality: source.ModalityPossible}
	groups := source.Groups([]source.Count{children, all, possible, missing, allLater})
	assert.Equal(t, [][]source.Count{{children}, {all, allLater}, {missing}}, groups)

	low, ok := source.Lowest([]source.Count{children, all})
	require.True(t, ok)
	assert.Equal(t, children, low, "Lowest chooses among figures comparable with the first")
	low, ok = source.Lowest([]source.Count{all, children, allLater})
	require.True(t, ok)
	assert.Equal(t, all, low, "the children's figure is not a lower count of everyone killed")
}

func TestHighestAndLatest(t *testing.T) {
	day := func(d int) source.Time { return source.Day(2023, time.February, d, "") }
	first := source.Count{Value: 1500, Qualifier: "more_than", Measure: "killed", AsOf: day(6)}
	rng := source.Count{Min: 2000, Max: 2600, Qualifier: "range", Measure: "killed", AsOf: day(7)}
	vague := source.Count{Qualifier: "vague", Magnitude: "thousands", Measure: "killed"}
	later := source.Count{Value: 12391, Qualifier: "exact", Measure: "killed", AsOf: day(9)}
	sameDay := source.Count{Value: 12400, Qualifier: "exact", Measure: "killed", AsOf: day(9)}

	high, ok := source.Highest([]source.Count{first, rng, vague})
	require.True(t, ok)
	assert.Equal(t, rng, high, "a range counts by its max")
	latest, ok := source.Latest([]source.Count{later, first, vague, rng})
	require.True(t, ok)
	assert.Equal(t, later, latest)
	latest, ok = source.Latest([]source.Count{vague})
	require.True(t, ok)
	assert.Equal(t, vague, latest, "a figure without a time is still a figure")
	latest, _ = source.Latest([]source.Count{later, sameDay})
	assert.Equal(t, sameDay, latest, "a tie goes to the later in the list")
	_, ok = source.Highest(nil)
	assert.False(t, ok)
	_, ok = source.Latest(nil)
	assert.False(t, ok)
}

func TestScopeAndSubject(t *testing.T) {
	c := source.Count{Value: 4, Qualifier: "exact", Measure: "killed", Subject: source.SubjectCivilians,
		Of: actor.ID{9}, In: []vocab.TerritoryID{hatay}, Excluding: []vocab.TerritoryID{antakya},
		Excludes: []string{"outside the provincial capital"}}
	assertNoError(t, c.Validate())
	data, err := json.Marshal(c)
	require.NoError(t, err)
	var back source.Count
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, c, back)

	for name, tc := range map[string]struct {
		mutate func(*source.Count)
		want   []problem
	}{
		"a place both in and out": {func(c *source.Count) { c.Excluding = []vocab.TerritoryID{hatay} }, []problem{{"excluding[0]", vocab.RuleConflicts}}},
		"a zero place":            {func(c *source.Count) { c.In = []vocab.TerritoryID{{}} }, []problem{{"in[0]", vocab.RuleID}}},
		"a subject not a token":   {func(c *source.Count) { c.Subject = "Security forces" }, []problem{{"subject", vocab.RuleToken}}},
		"an empty exclusion":      {func(c *source.Count) { c.Excludes = []string{""} }, []problem{{"excludes[0]", vocab.RuleRequired}}},
	} {
		t.Run(name, func(t *testing.T) {
			v := c
			v.In = []vocab.TerritoryID{hatay}
			tc.mutate(&v)
			assert.ElementsMatch(t, tc.want, problemsOf(t, v.Validate()))
		})
	}
}

func TestRatesAndMoney(t *testing.T) {
	lorries := source.Count{Value: 400, Qualifier: "exact", Text: "400 lorries a day", Measure: "lorries", Per: source.UnitDay}
	assertNoError(t, lorries.Validate())
	aid := source.Count{Value: 1.2e9, Qualifier: "exact", Text: "$1.2bn", Measure: source.MeasureAid, Currency: vocab.MustCurrency("USD")}
	assertNoError(t, aid.Validate())
	data, err := json.Marshal(aid)
	require.NoError(t, err)
	assert.JSONEq(t, `{"value":1200000000,"qualifier":"exact","text":"$1.2bn","measure":"aid","currency":"USD"}`, string(data))

	aid.Unit = "usd"
	assert.ElementsMatch(t, []problem{{"unit", vocab.RuleConflicts}}, problemsOf(t, aid.Validate()))
	lorries.Per = "Day"
	assert.ElementsMatch(t, []problem{{"per", vocab.RuleToken}}, problemsOf(t, lorries.Validate()))

	var back source.Count
	err = json.Unmarshal([]byte(`{"value":5,"qualifier":"exact","measure":"fine","currency":"usd"}`), &back)
	assert.ErrorIs(t, err, vocab.ErrUnknown, "a currency off the ISO 4217 list is refused")
}

func TestPeriod(t *testing.T) {
	for text, want := range map[string]source.Period{
		"P2Y2D":          {Years: 2, Days: 2},
		"PT72H":          {Hours: 72},
		"P1Y6M":          {Years: 1, Months: 6},
		"P3W":            {Weeks: 3},
		"P1DT12H":        {Days: 1, Hours: 12},
		"PT90M":          {Minutes: 90},
		"P0Y1D":          {Days: 1},
		"P1Y2M3W4DT5H6M": {1, 2, 3, 4, 5, 6},
	} {
		p, err := source.ParsePeriod(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, p, text)
		back, err := source.ParsePeriod(p.String())
		require.NoError(t, err)
		assert.Equal(t, p, back, "String and ParsePeriod agree")
	}
	for _, bad := range []string{"", "P", "PT", "P1DT", "2Y", "p2y", "P2D2Y", "P2Y2Y", "P1.5D", "P-1D", "PT1S", "P1H",
		"P0D", "P123456789D", "P1 D", "P99999999D"} {
		_, err := source.ParsePeriod(bad)
		assert.Error(t, err, "%q", bad)
	}
	_, err := source.Period{Days: -1}.MarshalText()
	assert.Error(t, err, "a negative part is not written")

	c := source.Count{Qualifier: "exact", Text: "two years and two days", Measure: source.MeasureDuration, Period: source.Period{Years: 2, Days: 2}}
	assertNoError(t, c.Validate())
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"qualifier":"exact","text":"two years and two days","measure":"duration","period":"P2Y2D"}`, string(data))
	var back source.Count
	require.NoError(t, json.Unmarshal(data, &back), "a period needs no value")
	assert.Equal(t, c, back)
	assert.False(t, c.Usable(), "a compound period has no number to weigh")

	for name, tc := range map[string]struct {
		mutate func(*source.Count)
		want   []problem
	}{
		"a value beside the period": {func(c *source.Count) { c.Value = 732 }, []problem{{"value", vocab.RuleConflicts}}},
		"a unit beside the period":  {func(c *source.Count) { c.Unit = source.UnitDay }, []problem{{"unit", vocab.RuleConflicts}}},
		"a negative part":           {func(c *source.Count) { c.Period.Days = -2 }, []problem{{"period", vocab.RuleGTE}}},
		"a vague period":            {func(c *source.Count) { c.Qualifier = "vague"; c.Magnitude = "several" }, []problem{{"qualifier", vocab.RuleConflicts}}},
	} {
		t.Run(name, func(t *testing.T) {
			v := c
			tc.mutate(&v)
			assert.ElementsMatch(t, tc.want, problemsOf(t, v.Validate()))
		})
	}
	err = json.Unmarshal([]byte(`{"qualifier":"exact","measure":"duration","period":"P0D"}`), &back)
	assert.Error(t, err, "a period of no length is refused on the way in")
}

func TestLatestFollowsRevisions(t *testing.T) {
	first := source.Count{Ref: "F1", Value: 1500, Qualifier: "more_than", Measure: "killed"}
	revised := source.Count{Ref: "F2", Revises: "F1", Value: 5000, Qualifier: "more_than", Measure: "killed"}
	other := source.Count{Ref: "F3", Value: 4800, Qualifier: "exact", Measure: "killed"}
	latest, ok := source.Latest([]source.Count{revised, first})
	require.True(t, ok)
	assert.Equal(t, revised, latest, "a revision supersedes what it revises, whatever the order")
	latest, _ = source.Latest([]source.Count{revised, other, first})
	assert.Equal(t, other, latest, "among figures no one revises, the last in the list")
	dated := other
	dated.AsOf = source.Day(2023, time.February, 6, "")
	latestRevision := revised
	latestRevision.AsOf = source.Day(2023, time.February, 9, "")
	latest, _ = source.Latest([]source.Count{latestRevision, dated, first})
	assert.Equal(t, latestRevision, latest, "a later as-of date wins")
	circle := []source.Count{{Ref: "A", Revises: "B", Value: 1, Qualifier: "exact", Measure: "killed"}, {Ref: "B", Revises: "A", Value: 2, Qualifier: "exact", Measure: "killed"}}
	latest, ok = source.Latest(circle)
	require.True(t, ok, "revisions in a circle still give a figure")
	assert.Equal(t, circle[1], latest)
}

func TestPartsAndRatios(t *testing.T) {
	whole := source.Count{Ref: "F5", Value: 600, Qualifier: "exact", Measure: "trucks", Per: source.UnitDay, Modality: source.ModalityPlanned}
	fuel := source.Count{Ref: "F6", Within: "F5", Value: 50, Qualifier: "exact", Measure: "trucks", Subject: "fuel", Per: source.UnitDay, Modality: source.ModalityPlanned}
	ratio := source.Count{Value: 30, Qualifier: "exact", Measure: source.MeasurePrisoners, Per: "civilian_hostage", Modality: source.ModalityPlanned}
	for _, c := range []source.Count{whole, fuel, ratio} {
		assertNoError(t, c.Validate())
		data, err := json.Marshal(c)
		require.NoError(t, err)
		var back source.Count
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, c, back)
	}
	self := fuel
	self.Within = "F6"
	assert.Equal(t, []problem{{"within", vocab.RuleSelf}}, problemsOf(t, self.Validate()))
	spaced := fuel
	spaced.Within = "F 5"
	assert.Equal(t, []problem{{"within", vocab.RuleNoSpace}}, problemsOf(t, spaced.Validate()))
}

func TestNewThingsOverAPeriod(t *testing.T) {
	june := source.Month(2024, time.June, "in June")
	duringJune := source.Month(2024, time.June, "during June")
	july := source.Month(2024, time.July, "in July")
	a := source.Count{Value: 934, Qualifier: "exact", Measure: source.MeasureConfirmedCases, Over: june}
	b := source.Count{Value: 567, Qualifier: "exact", Measure: source.MeasureConfirmedCases, Over: duringJune}
	c := source.Count{Value: 1200, Qualifier: "exact", Measure: source.MeasureConfirmedCases, Over: july}
	assertNoError(t, a.Validate())
	assert.True(t, source.Comparable(a, b), "one period in other words")
	assert.False(t, source.Comparable(a, c), "new cases in June and in July count different things")
	assert.Len(t, source.Groups([]source.Count{a, b, c}), 2)
	bad := a
	bad.Over.Precision = ""
	assert.Equal(t, []problem{{"over.precision", vocab.RuleRequired}}, problemsOf(t, bad.Validate()))
}
