package source_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// missiles returns a count with every field of a single figure filled.
func missiles() source.Count {
	return source.Count{
		Ref:          "F2",
		Value:        70,
		Qualifier:    source.QualifierNearly,
		Text:         "nearly 70",
		Measure:      "missiles",
		Includes:     []string{"ballistic missiles"},
		AsOf:         source.Day(2025, time.April, 24, "Thursday"),
		Revises:      "F1",
		Attributions: []source.Attribution{source.Attribute(source.IDFor("S3"), source.VerbSaid)},
	}
}

// killedRange returns a count with every field of a range filled.
func killedRange() source.Count {
	return source.Count{
		Ref:          "F9",
		Min:          20,
		Max:          30,
		Qualifier:    source.QualifierRange,
		Text:         "20 to 30",
		Measure:      source.MeasureKilled,
		Unit:         source.UnitPercent,
		Includes:     []string{"civilians", "soldiers"},
		AsOf:         source.Month(2025, time.April, "in April"),
		Revises:      "F8",
		Attributions: []source.Attribution{attribution()},
	}
}

func TestCountValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		c    source.Count
	}{
		{"single", missiles()},
		{"range", killedRange()},
		{"zero killed", source.Count{Value: 0, Qualifier: source.QualifierExact, Measure: source.MeasureKilled}},
		{"range of one number", source.Count{Min: 5, Max: 5, Qualifier: source.QualifierRange, Measure: "drones"}},
		{"range from zero", source.Count{Min: 0, Max: 3, Qualifier: source.QualifierRange, Measure: "drones"}},
		{"share in percent", source.Count{Value: 53, Qualifier: source.QualifierAbout, Measure: source.MeasureTerritory, Unit: source.UnitPercent}},
		{"measure of the user's own", source.Count{Value: 1, Qualifier: source.QualifierExact, Measure: "registered_deaths"}},
		{"ref without revises", source.Count{Ref: "F1", Value: 1, Qualifier: source.QualifierExact, Measure: "killed"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.c.Validate())
		})
	}
	for _, q := range source.Qualifiers() {
		c := source.Count{Value: 1, Qualifier: q, Measure: "killed"}
		switch q {
		case source.QualifierRange:
			c = source.Count{Min: 1, Max: 2, Qualifier: q, Measure: "killed"}
		case source.QualifierVague:
			c = source.Count{Magnitude: source.MagnitudeDozens, Qualifier: q, Measure: "killed"}
		}
		assertNoError(t, c.Validate())
	}
}

func TestCountValidateInvalid(t *testing.T) {
	for _, c := range []struct {
		name   string
		base   func() source.Count
		mutate func(*source.Count)
		want   []problem
	}{
		{"no qualifier", missiles, func(c *source.Count) { c.Qualifier = "" }, []problem{{"qualifier", "enum"}}},
		{"unknown qualifier", missiles, func(c *source.Count) { c.Qualifier = "roughly" }, []problem{{"qualifier", "enum"}}},
		{"no measure", missiles, func(c *source.Count) { c.Measure = "" }, []problem{{"measure", "required"}}},
		{"measure not a token", missiles, func(c *source.Count) { c.Measure = "Registered deaths" }, []problem{{"measure", "token"}}},
		{"unit not a token", missiles, func(c *source.Count) { c.Unit = "%" }, []problem{{"unit", "token"}}},
		{"untrimmed text", missiles, func(c *source.Count) { c.Text = "nearly 70 " }, []problem{{"text", "trimmed"}}},
		{"ref with a space", missiles, func(c *source.Count) { c.Ref = "F 2" }, []problem{{"ref", vocab.RuleNoSpace}}},
		{"revises with a space", missiles, func(c *source.Count) { c.Revises = "F 1" }, []problem{{"revises", vocab.RuleNoSpace}}},
		{"revises itself", missiles, func(c *source.Count) { c.Revises = c.Ref }, []problem{{"revises", "self"}}},
		{"empty include", missiles, func(c *source.Count) { c.Includes = append(c.Includes, "") }, []problem{{"includes[1]", "required"}}},
		{"untrimmed include", missiles, func(c *source.Count) { c.Includes[0] = " drones" }, []problem{{"includes[0]", "trimmed"}}},
		{"value NaN", missiles, func(c *source.Count) { c.Value = math.NaN() }, []problem{{"value", "finite"}}},
		{"value +Inf", missiles, func(c *source.Count) { c.Value = math.Inf(1) }, []problem{{"value", "finite"}}},
		{"value -Inf", missiles, func(c *source.Count) { c.Value = math.Inf(-1) }, []problem{{"value", "finite"}}},
		{"negative value", missiles, func(c *source.Count) { c.Value = -1 }, []problem{{"value", "gte"}}},
		{"min with a single figure", missiles, func(c *source.Count) { c.Min = 60 }, []problem{{"min", "conflicts"}}},
		{"max with a single figure", missiles, func(c *source.Count) { c.Max = 80 }, []problem{{"max", "conflicts"}}},
		{"range with a value", killedRange, func(c *source.Count) { c.Value = 25 }, []problem{{"value", "conflicts"}}},
		{"range min above max", killedRange, func(c *source.Count) { c.Min, c.Max = 30, 20 }, []problem{{"min", "order"}}},
		{"range min NaN", killedRange, func(c *source.Count) { c.Min = math.NaN() }, []problem{{"min", "finite"}}},
		{"range max Inf", killedRange, func(c *source.Count) { c.Max = math.Inf(1) }, []problem{{"max", "finite"}}},
		{"range negative min", killedRange, func(c *source.Count) { c.Min = -5 }, []problem{{"min", "gte"}}},
		{"bad as-of time", missiles, func(c *source.Count) { c.AsOf.Start = c.AsOf.Start.Add(time.Hour) }, []problem{{"as_of.start", "precision"}}},
		{"bad attribution", missiles, func(c *source.Count) { c.Attributions[0].Verb = "" }, []problem{{"attributions[0].verb", "enum"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := c.base()
			c.mutate(&v)
			assert.ElementsMatch(t, c.want, problemsOf(t, v.Validate()))
		})
	}
}

func TestCountJSON(t *testing.T) {
	for _, c := range []struct {
		name  string
		count source.Count
		want  string
	}{
		{"single", source.Count{Value: 70, Qualifier: source.QualifierNearly, Text: "nearly 70", Measure: "missiles"},
			`{"value":70,"qualifier":"nearly","text":"nearly 70","measure":"missiles"}`},
		{"range", source.Count{Min: 20, Max: 30, Qualifier: source.QualifierRange, Text: "20 to 30", Measure: "killed"},
			`{"min":20,"max":30,"qualifier":"range","text":"20 to 30","measure":"killed"}`},
		{"range from zero writes min 0", source.Count{Min: 0, Max: 3, Qualifier: source.QualifierRange, Measure: "killed"},
			`{"min":0,"max":3,"qualifier":"range","measure":"killed"}`},
		{"zero exact count writes value 0", source.Count{Value: 0, Qualifier: source.QualifierExact, Text: "no one", Measure: "killed"},
			`{"value":0,"qualifier":"exact","text":"no one","measure":"killed"}`},
		{"percent", source.Count{Value: 53.5, Qualifier: source.QualifierAbout, Measure: "territory", Unit: "percent"},
			`{"value":53.5,"qualifier":"about","measure":"territory","unit":"percent"}`},
		{"full", missiles(), `{
			"ref": "F2", "value": 70, "qualifier": "nearly", "text": "nearly 70", "measure": "missiles",
			"includes": ["ballistic missiles"],
			"as_of": {"start": "2025-04-24T00:00:00Z", "precision": "day", "text": "Thursday"},
			"revises": "F1",
			"attributions": [{"source": "` + source.IDFor("S3").String() + `", "verb": "said"}]
		}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := json.Marshal(c.count)
			require.NoError(t, err)
			assert.JSONEq(t, c.want, string(b))

			var back source.Count
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, c.count, back)
		})
	}
}

func TestCountJSONRoundTrip(t *testing.T) {
	for _, c := range []source.Count{missiles(), killedRange(), {Value: 1e15, Qualifier: source.QualifierUpTo, Measure: "votes"}, {Value: 0.25, Qualifier: source.QualifierExact, Measure: "x"}} {
		require.NoError(t, c.Validate())
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back source.Count
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, c, back)
	}
}

func TestCountJSONErrors(t *testing.T) {
	_, err := json.Marshal(source.Count{Value: math.NaN(), Qualifier: source.QualifierExact, Measure: "x"})
	assert.Error(t, err, "NaN has no JSON form")
	_, err = json.Marshal(source.Count{Value: 1, Qualifier: "roughly", Measure: "x"})
	assert.Error(t, err, "an invalid qualifier is not written")

	var c source.Count
	err = json.Unmarshal([]byte(`{"value":1,"qualifier":"roughly","measure":"x"}`), &c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"roughly"`)
}

func TestCountIsZeroIsRange(t *testing.T) {
	assert.True(t, source.Count{}.IsZero())
	for _, c := range []source.Count{
		{Ref: "x"}, {Value: 1}, {Min: 1}, {Max: 1}, {Qualifier: source.QualifierExact}, {Text: "x"}, {Measure: "x"},
		{Unit: "x"}, {Includes: []string{"x"}}, {AsOf: source.Year(2025, "")}, {Revises: "x"}, {Attributions: []source.Attribution{{}}},
	} {
		assert.False(t, c.IsZero(), "%+v", c)
	}
	assert.False(t, source.Count{Includes: []string{}}.IsZero(), "an empty list encodes as [] and must not be dropped")

	assert.True(t, killedRange().IsRange())
	assert.False(t, missiles().IsRange())
	assert.False(t, source.Count{}.IsRange())
}

func TestCountConservativeBest(t *testing.T) {
	for _, c := range []struct {
		name               string
		count              source.Count
		conservative, best float64
	}{
		{"nearly 70 gives 70, never 69", source.Count{Value: 70, Qualifier: source.QualifierNearly}, 70, 70},
		{"more than 4,500 gives 4,500", source.Count{Value: 4500, Qualifier: source.QualifierMoreThan}, 4500, 4500},
		{"as many as 12 gives 12", source.Count{Value: 12, Qualifier: source.QualifierAsManyAs}, 12, 12},
		{"up to 20,000 gives 20,000", source.Count{Value: 20000, Qualifier: source.QualifierUpTo}, 20000, 20000},
		{"exact", source.Count{Value: 9, Qualifier: source.QualifierExact}, 9, 9},
		{"range 20 to 30", source.Count{Min: 20, Max: 30, Qualifier: source.QualifierRange}, 20, 25},
		{"range 1 to 2", source.Count{Min: 1, Max: 2, Qualifier: source.QualifierRange}, 1, 1.5},
		{"range of one number", source.Count{Min: 7, Max: 7, Qualifier: source.QualifierRange}, 7, 7},
		{"huge range does not overflow", source.Count{Min: math.MaxFloat64 / 2, Max: math.MaxFloat64, Qualifier: source.QualifierRange}, math.MaxFloat64 / 2, math.MaxFloat64 * 0.75},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.conservative, c.count.Conservative())
			assert.Equal(t, c.best, c.count.Best())
		})
	}
}

func TestLowest(t *testing.T) {
	_, ok := source.Lowest(nil)
	assert.False(t, ok)
	_, ok = source.Lowest([]source.Count{})
	assert.False(t, ok)

	nyt := source.Count{Ref: "nyt", Value: 12, Qualifier: source.QualifierAtLeast}
	ap := source.Count{Ref: "ap", Min: 9, Max: 15, Qualifier: source.QualifierRange}
	tie := source.Count{Ref: "tie", Value: 9, Qualifier: source.QualifierExact}
	kyiv := source.Count{Ref: "kyiv", Value: 10, Qualifier: source.QualifierNearly}

	got, ok := source.Lowest([]source.Count{nyt})
	require.True(t, ok)
	assert.Equal(t, "nyt", got.Ref)

	got, ok = source.Lowest([]source.Count{nyt, kyiv, ap, tie})
	require.True(t, ok)
	assert.Equal(t, "ap", got.Ref, "a range counts by its minimum; ties go to the first")

	got, ok = source.Lowest([]source.Count{tie, ap})
	require.True(t, ok)
	assert.Equal(t, "tie", got.Ref, "ties go to the first")
}

// A figure without its number is an error, never 0; a range needs both
// ends. The error says where.
func TestCountJSONAbsentIsNotZero(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"zero written", `{"value":0,"qualifier":"exact","measure":"killed"}`, true},
		{"value absent", `{"qualifier":"exact","measure":"killed"}`, false},
		{"no qualifier and no value", `{"measure":"killed"}`, false},
		{"range with both ends", `{"min":0,"max":3,"qualifier":"range","measure":"killed"}`, true},
		{"range without min", `{"max":3,"qualifier":"range","measure":"killed"}`, false},
		{"range without max", `{"min":1,"qualifier":"range","measure":"killed"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c source.Count
			err := json.Unmarshal([]byte(tc.in), &c)
			if tc.ok {
				require.NoError(t, err)
				return
			}
			var d *vocab.DecodeError
			require.ErrorAs(t, err, &d)
			assert.Contains(t, err.Error(), "absent number is not 0")
			assert.Equal(t, source.Count{}, c, "a failed decode leaves the zero Count")
		})
	}
}

// A time at Go's zero instant would read as "no date": decoding refuses
// it.
func TestTimeJSONRefusesTheZeroInstant(t *testing.T) {
	for _, in := range []string{
		`{"start":"0001-01-01T00:00:00Z","precision":"day"}`,
		`{"start":"2025-04-24T00:00:00Z","end":"0001-01-01T00:00:00Z","precision":"day"}`,
		`{"start":"0001-01-01T02:00:00+02:00","precision":"hour"}`,
	} {
		var tm source.Time
		err := json.Unmarshal([]byte(in), &tm)
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), "zero time", in)
	}
}
