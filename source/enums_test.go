package source_test

import (
	"encoding/json"
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

func TestKind(t *testing.T) {
	testutil.TestEnum(t, source.Kinds, source.ParseKind,
		[]string{"report", "article", "post", "interview", "statement", "remarks", "broadcast", "document", "poll"})
}

func TestVerb(t *testing.T) {
	testutil.TestEnum(t, source.Verbs, source.ParseVerb,
		[]string{"reported", "said", "claimed", "blamed", "according_to", "denied", "confirmed", "assessed"})
}

func TestQualifier(t *testing.T) {
	testutil.TestEnum(t, source.Qualifiers, source.ParseQualifier,
		[]string{"exact", "about", "nearly", "at_least", "more_than", "as_many_as", "up_to", "less_than", "range", "vague"})
}

func TestMagnitude(t *testing.T) {
	testutil.TestEnum(t, source.Magnitudes, source.ParseMagnitude,
		[]string{"few", "handful", "several", "tens", "dozens", "scores", "hundreds", "thousands",
			"tens_of_thousands", "hundreds_of_thousands", "millions"})
}

func TestModality(t *testing.T) {
	testutil.TestEnum(t, source.Modalities, source.ParseModality,
		[]string{"estimated", "possible", "feared", "projected", "expected", "planned"})
}

func TestPrecision(t *testing.T) {
	testutil.TestEnum(t, source.Precisions, source.ParsePrecision,
		[]string{"second", "minute", "hour", "day", "month", "year"})
}

func TestBound(t *testing.T) {
	testutil.TestEnum(t, source.Bounds, source.ParseBound, []string{"not_before", "not_after", "since"})
}

func TestReliability(t *testing.T) {
	testutil.TestEnum(t, source.Reliabilities, source.ParseReliability, []string{"A", "B", "C", "D", "E", "F"})
}

func TestCredibility(t *testing.T) {
	testutil.TestEnum(t, source.Credibilities, source.ParseCredibility, []string{"1", "2", "3", "4", "5", "6"})
}

func TestParseGrade(t *testing.T) {
	for _, r := range source.Reliabilities() {
		for _, c := range source.Credibilities() {
			s := string(r) + string(c)
			g, err := source.ParseGrade(s)
			require.NoError(t, err, s)
			assert.Equal(t, source.Grade{Reliability: r, Credibility: c}, g)
			assert.True(t, g.IsValid())
			assert.False(t, g.IsZero())
			assert.Equal(t, s, g.String())

			b, err := g.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, s, string(b))
			var back source.Grade
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, g, back)
		}
	}
	for _, bad := range []string{"", "B", "B22", "b2", "G2", "B0", "B7", "2B", " B2", "BB"} {
		g, err := source.ParseGrade(bad)
		require.Error(t, err, "ParseGrade(%q)", bad)
		assert.Contains(t, err.Error(), `"`+bad+`"`, "the error quotes the input")
		assert.True(t, g.IsZero())

		var u source.Grade
		assert.Error(t, u.UnmarshalText([]byte(bad)))
	}
}

func TestGradeZeroAndPartial(t *testing.T) {
	var zero source.Grade
	assert.True(t, zero.IsZero())
	assert.False(t, zero.IsValid())
	_, err := zero.MarshalText()
	assert.Error(t, err, "the zero Grade is not written as text; Attribution leaves it out")

	for _, g := range []source.Grade{{Reliability: "B"}, {Credibility: "2"}, {Reliability: "G", Credibility: "2"}, {Reliability: "B", Credibility: "9"}} {
		assert.False(t, g.IsZero())
		assert.False(t, g.IsValid(), "%v", g)
		_, err := g.MarshalText()
		assert.Error(t, err, "%v", g)
	}
}

func TestGradeJSON(t *testing.T) {
	b, err := json.Marshal(source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2})
	require.NoError(t, err)
	assert.Equal(t, `"B2"`, string(b))

	var g source.Grade
	require.NoError(t, json.Unmarshal([]byte(`"F6"`), &g))
	assert.Equal(t, source.Grade{Reliability: source.ReliabilityF, Credibility: source.Credibility6}, g)
	assert.Error(t, json.Unmarshal([]byte(`"Z9"`), &g))
	assert.Error(t, json.Unmarshal([]byte(`{"Reliability":"A","Credibility":"1"}`), &g))
}
