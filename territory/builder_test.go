package territory_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

func TestBuilderFull(t *testing.T) {
	got, err := territory.New(kyivID, territory.KindCity, "Kyiv").
		Name("Київ", language.Ukrainian).
		Country("UA").
		Subdivision("UA-30").
		Parent(ukraineID).
		Point(50.45, 30.5236, territory.PrecisionTown).
		Description("capital of Ukraine").
		ExternalID("wikidata", "Q1899").
		Build()
	require.NoError(t, err)
	assert.Equal(t, kyiv(), got)
}

func TestBuilderUnnamedGroup(t *testing.T) {
	got, err := territory.New(territory.IDFor("T19"), territory.KindRegion, "").
		Group().
		Country("UA").
		Description("five Ukrainian regions").
		Build()
	assertNoError(t, err)
	assert.Equal(t, territory.Territory{ID: territory.IDFor("T19"), Kind: territory.KindRegion, Group: true,
		Country: language.MustParseRegion("UA"), Description: "five Ukrainian regions"}, got)
}

func TestBuilderProblems(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func() *territory.Builder
		want  []problem
	}{
		{"country lower case", func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Country("ua") }, []problem{{"country", "country"}}},
		{"country XX", func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Country("XX") }, []problem{{"country", "country"}}},
		{"country EU", func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Country("EU") }, []problem{{"country", "country"}}},
		{"country ZZ", func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Country("ZZ") }, []problem{{"country", "country"}}},
		{"bad country and a subdivision: both reported", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("ua").Subdivision("UA-30")
		}, []problem{{"country", "country"}, {"country", "requires"}}},
		{"builder and Validate problems together", func() *territory.Builder {
			return territory.New(territory.ID{}, "oblast", "").Country("Ukraine").Point(91, 0, "").Parent(territory.ID{})
		}, []problem{{"country", "country"}, {"id", "id"}, {"kind", "enum"}, {"name", "required"}, {"point.lat", "lte"}, {"point.precision", "enum"}}},
		{"subdivision mismatch", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("UA").Subdivision("RU-MOW")
		}, []problem{{"subdivision", "mismatch"}}},
		{"parent itself", func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Parent(kyivID) }, []problem{{"parent", "self"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got territory.Territory
			var err error
			require.NotPanics(t, func() { got, err = c.build().Build() })
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.Equal(t, territory.Territory{}, got, "a failed Build returns the zero Territory")
		})
	}
}

func TestNewStatusFull(t *testing.T) {
	want := crimeaRecognition()
	got, err := territory.NewStatus(want.ID, territory.RelationRecognisesDeJure, russiaA, territory.StandingProposed, crimeaID).
		RecognisedBy(usA).
		Extent(territory.ExtentWhole).
		Period(source.Day(2025, time.April, 23, "April 23")).
		AttributedTo(source.Attribution{Source: reutersS, Verb: source.VerbReported, Text: "as per a Reuters report"}).
		Words("de jure recognition").
		Build()
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestNewStatusShare(t *testing.T) {
	want := donetskShare()
	got, err := territory.NewStatus(want.ID, territory.RelationControls, russiaA, territory.StandingInForce, donetskID).
		Share(want.Share).
		Period(want.Period).
		AttributedTo(want.Attributions...).
		Words(want.Words).
		Build()
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, territory.ExtentShare, got.Extent, "Share sets the extent")
}

func TestNewStatusProblems(t *testing.T) {
	attr := source.Attribute(reutersS, source.VerbReported)
	for _, c := range []struct {
		name  string
		build func() *territory.StatusBuilder
		want  []problem
	}{
		{"recognition without recogniser", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationRecognisesDeJure, russiaA, territory.StandingProposed, crimeaID).AttributedTo(attr)
		}, []problem{{"recogniser", "requires"}}},
		{"recogniser of a claim", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationClaims, russiaA, territory.StandingAsserted, crimeaID).RecognisedBy(usA).AttributedTo(attr)
		}, []problem{{"recogniser", "conflicts"}}},
		{"extent share without a figure", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationControls, russiaA, territory.StandingInForce, donetskID).Extent(territory.ExtentShare).AttributedTo(attr)
		}, []problem{{"share", "requires"}}},
		{"everything missing", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.StatusID{}, "", actor.ID{}, "")
		}, []problem{{"id", "id"}, {"territories", "min"}, {"relation", "enum"}, {"holder", "id"}, {"standing", "enum"}, {"attributions", "min"}}},
		{"territory listed twice", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationAnnexed, russiaA, territory.StandingInForce, crimeaID, crimeaID).AttributedTo(attr)
		}, []problem{{"territories[1]", "unique"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got territory.Status
			var err error
			require.NotPanics(t, func() { got, err = c.build().Build() })
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.Equal(t, territory.Status{}, got, "a failed Build returns the zero Status")
		})
	}
}
