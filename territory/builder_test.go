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
	"github.com/newsevent/newsevent/vocab"
)

func TestBuilderFull(t *testing.T) {
	got, err := territory.New(kyivID, territory.KindCity, "Kyiv").
		Names(vocab.Name{Text: "Київ", Lang: language.Ukrainian}).
		Country("UA").
		Subdivision("UA-30").
		Parent(ukraineID).
		Point(territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown}).
		Description("capital of Ukraine").
		ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "Q1899"}).
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
		Country: vocab.MustCountry("UA"), Description: "five Ukrainian regions"}, got)
}

func TestBuilderListSettersAdd(t *testing.T) {
	uk := vocab.Name{Text: "Київ", Lang: language.Ukrainian}
	ru := vocab.Name{Text: "Киев", Lang: language.Russian}
	en := vocab.Name{Text: "Kiev", Lang: language.English}
	wd := vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "Q1899"}
	gn := vocab.ExternalID{Scheme: vocab.SchemeGeoNames, Value: "703448"}
	got, err := territory.New(kyivID, territory.KindCity, "Kyiv").
		Names(uk).Names(ru, en).Names().
		ExternalIDs(wd).ExternalIDs(gn).ExternalIDs().
		Build()
	require.NoError(t, err)
	assert.Equal(t, []vocab.Name{uk, ru, en}, got.Names)
	assert.Equal(t, []vocab.ExternalID{wd, gn}, got.ExternalIDs)
}

func TestBuilderProblems(t *testing.T) {
	country := func(code string) func() *territory.Builder {
		return func() *territory.Builder { return territory.New(kyivID, territory.KindCity, "Kyiv").Country(code) }
	}
	subdivision := func(code string) func() *territory.Builder {
		return func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("UA").Subdivision(code)
		}
	}
	for _, c := range []struct {
		name  string
		build func() *territory.Builder
		want  []problem
	}{
		{"country lower case", country("ua"), []problem{{"country", "country"}}},
		{"country XX", country("XX"), []problem{{"country", "country"}}},
		{"country EU", country("EU"), []problem{{"country", "country"}}},
		{"country ZZ", country("ZZ"), []problem{{"country", "country"}}},
		{"country UN", country("UN"), []problem{{"country", "country"}}},
		{"country alpha-3", country("UKR"), []problem{{"country", "country"}}},
		{"country empty", country(""), []problem{{"country", "country"}}},
		{"subdivision not on the list", subdivision("UA-99"), []problem{{"subdivision", "subdivision"}}},
		{"subdivision without hyphen", subdivision("UA30"), []problem{{"subdivision", "subdivision"}}},
		{"subdivision in lower case", subdivision("ua-30"), []problem{{"subdivision", "subdivision"}}},
		{"subdivision too long", subdivision("UA-3000"), []problem{{"subdivision", "subdivision"}}},
		{"subdivision of no country", subdivision("XX-30"), []problem{{"subdivision", "subdivision"}}},
		{"subdivision empty", subdivision(""), []problem{{"subdivision", "subdivision"}}},
		{"bad country and a subdivision: both reported", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("ua").Subdivision("UA-30")
		}, []problem{{"country", "country"}, {"country", "requires"}}},
		{"builder and Validate problems together", func() *territory.Builder {
			return territory.New(territory.ID{}, "oblast", "").Country("Ukraine").Point(territory.Point{Lat: 91}).Parent(territory.ID{})
		}, []problem{{"country", "country"}, {"id", "id"}, {"kind", "enum"}, {"name", "required"}, {"point.lat", "lte"}, {"point.precision", "enum"}}},
		{"subdivision mismatch", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("UA").Subdivision("RU-MOW")
		}, []problem{{"subdivision", "mismatch"}}},
		{"subdivision without country", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Subdivision("UA-30")
		}, []problem{{"country", "requires"}}},
		{"bad subdivision and a bad country: both reported", func() *territory.Builder {
			return territory.New(kyivID, territory.KindCity, "Kyiv").Country("EU").Subdivision("UA-99")
		}, []problem{{"country", "country"}, {"subdivision", "subdivision"}}},
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

func TestBuilderCodeProblemKeepsEarlierCode(t *testing.T) {
	// A bad code does not overwrite a good one set before; the problem is
	// still reported.
	_, err := territory.New(kyivID, territory.KindCity, "Kyiv").
		Country("UA").Country("ua").
		Subdivision("UA-30").Subdivision("UA-99").
		Build()
	assert.ElementsMatch(t, []problem{{"country", "country"}, {"subdivision", "subdivision"}}, problemsOf(t, err))
}

func TestBuilderBuildTwice(t *testing.T) {
	b := territory.New(kyivID, territory.KindCity, "Kyiv").Country("ua").Subdivision("UA-99")
	_, err1 := b.Build()
	_, err2 := b.Build()
	assert.Equal(t, problemsOf(t, err1), problemsOf(t, err2), "Build does not pile up problems")
}

func TestBuilderBuildsShareNothing(t *testing.T) {
	b := territory.New(kyivID, territory.KindCity, "Kyiv").
		Names(vocab.Name{Text: "Київ", Lang: language.Ukrainian}).
		Country("UA").
		Subdivision("UA-30").
		Parent(ukraineID).
		Point(territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown}).
		Description("capital of Ukraine").
		ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "Q1899"})
	first, err := b.Build()
	require.NoError(t, err)
	second, err := b.Build()
	require.NoError(t, err)
	require.Equal(t, kyiv(), first)
	require.Equal(t, kyiv(), second)

	// Change an element of every list of the first build.
	first.Names[0].Text = "changed"
	first.ExternalIDs[0].Value = "Q1"
	assert.Equal(t, kyiv(), second, "two builds share no slice")
	third, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, kyiv(), third, "editing a build leaves the builder unchanged")

	// Appending to a build's list does not reach the builder either.
	third.Names = append(third.Names, vocab.Name{Text: "Kiev", Lang: language.English})
	fourth, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, kyiv(), fourth)
}

func TestBuilderZeroInputsNeverPanic(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := territory.New(territory.ID{}, "", "").
			Names(vocab.Name{}).Names().Country("").Subdivision("").Parent(territory.ID{}).Point(territory.Point{}).
			Description("").ExternalIDs(vocab.ExternalID{}).ExternalIDs().
			Build()
		assert.Error(t, err)
	})
	assert.NotPanics(t, func() {
		_, err := territory.NewStatus(territory.StatusID{}, "", actor.ID{}, "").
			Recogniser(actor.ID{}).Extent("").Share(source.Count{}).Period(source.Time{}).
			Attributions(source.Attribution{}).Attributions().Words("").
			Build()
		assert.Error(t, err)
	})
}

func TestNewStatusFull(t *testing.T) {
	want := crimeaRecognition()
	got, err := territory.NewStatus(want.ID, territory.RelationRecognisesDeJure, russiaA, territory.StandingProposed, crimeaID).
		Recogniser(usA).
		Extent(territory.ExtentWhole).
		Period(source.Day(2025, time.April, 23, "April 23")).
		Attributions(source.Attribution{Source: reutersS, Verb: source.VerbReported, Text: "as per a Reuters report"}).
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
		Attributions(want.Attributions...).
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
			return territory.NewStatus(territory.NewStatusID(), territory.RelationRecognisesDeJure, russiaA, territory.StandingProposed, crimeaID).Attributions(attr)
		}, []problem{{"recogniser", "requires"}}},
		{"recogniser of a claim", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationClaims, russiaA, territory.StandingAsserted, crimeaID).Recogniser(usA).Attributions(attr)
		}, []problem{{"recogniser", "conflicts"}}},
		{"extent share without a figure", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationControls, russiaA, territory.StandingInForce, donetskID).Extent(territory.ExtentShare).Attributions(attr)
		}, []problem{{"share", "requires"}}},
		{"everything missing", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.StatusID{}, "", actor.ID{}, "")
		}, []problem{{"id", "id"}, {"territories", "min"}, {"relation", "enum"}, {"holder", "id"}, {"standing", "enum"}, {"attributions", "min"}}},
		{"territory listed twice", func() *territory.StatusBuilder {
			return territory.NewStatus(territory.NewStatusID(), territory.RelationAnnexed, russiaA, territory.StandingInForce, crimeaID, crimeaID).Attributions(attr)
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

func TestNewStatusBuildsShareNothing(t *testing.T) {
	// A status with a quote and a share, so that lists nested in lists
	// are checked too.
	fresh := func() territory.Status {
		s := donetskShare()
		s.Share.Includes = []string{"occupied areas"}
		s.Attributions = []source.Attribution{{Source: reutersS, Verb: source.VerbSaid,
			Quotes: []source.Quote{{Text: "about 70%", Lang: language.English}}}}
		return s
	}
	want := fresh()
	b := territory.NewStatus(want.ID, territory.RelationControls, russiaA, territory.StandingInForce, donetskID).
		Share(want.Share).
		Period(want.Period).
		Attributions(want.Attributions...).
		Words(want.Words)
	first, err := b.Build()
	require.NoError(t, err)
	second, err := b.Build()
	require.NoError(t, err)
	require.Equal(t, fresh(), first)
	require.Equal(t, fresh(), second)

	// Change an element of every list of the first build.
	first.Territories[0] = crimeaID
	first.Attributions[0].Verb = source.VerbDenied
	first.Attributions[0].Quotes[0].Text = "changed"
	first.Share.Includes[0] = "changed"
	assert.Equal(t, fresh(), second, "two builds share no slice")
	third, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, fresh(), third, "editing a build leaves the builder unchanged")
}
