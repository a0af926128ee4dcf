package actor_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
)

func TestBuilderFull(t *testing.T) {
	from := time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)
	got, err := actor.New(zelenskyyID, actor.KindPerson, "Volodymyr Zelenskyy").
		Name("Володимир Зеленський", language.Ukrainian).
		Name("Volodymyr Zelenskyi", language.MustParse("uk-Latn")).
		Alias("Ze", actor.AliasNickname).
		Handle("x", "ZelenskyyUa").
		Country("UA").
		Role("President", ukraineID, from, time.Time{}).
		RoleAs(actor.Role{Title: "actor", Text: "a former comedian"}).
		MemberOf(partyID).
		ExternalID("wikidata", "Q3874799").
		Description("President of Ukraine").
		Build()
	require.NoError(t, err)
	assert.Equal(t, actor.Actor{
		ID:   zelenskyyID,
		Kind: actor.KindPerson,
		Name: "Volodymyr Zelenskyy",
		Names: []actor.Name{
			{Text: "Володимир Зеленський", Lang: language.Ukrainian},
			{Text: "Volodymyr Zelenskyi", Lang: language.MustParse("uk-Latn")},
		},
		Aliases:     []actor.Alias{{Text: "Ze", Kind: actor.AliasNickname}},
		Handles:     []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
		Country:     language.MustParseRegion("UA"),
		Roles:       []actor.Role{{Title: "President", Of: ukraineID, From: from}, {Title: "actor", Text: "a former comedian"}},
		MemberOf:    []actor.ID{partyID},
		ExternalIDs: []actor.ExternalID{{Scheme: "wikidata", Value: "Q3874799"}},
		Description: "President of Ukraine",
	}, got)
	assertNoError(t, got.Validate())
}

func TestBuilderMinimal(t *testing.T) {
	got, err := actor.New(ukraineID, actor.KindState, "Ukraine").Build()
	assertNoError(t, err)
	assert.Equal(t, actor.Actor{ID: ukraineID, Kind: actor.KindState, Name: "Ukraine"}, got)
}

func TestBuilderProblems(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func() *actor.Builder
		want  []problem
	}{
		{"country lower case", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "Ukraine").Country("ua") }, []problem{{"country", "country"}}},
		{"country ZZ", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "Ukraine").Country("ZZ") }, []problem{{"country", "country"}}},
		{"country EU", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "EU").Country("EU") }, []problem{{"country", "country"}}},
		{"country XX", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "X").Country("XX") }, []problem{{"country", "country"}}},
		{"country not a code", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "X").Country("Ukraine") }, []problem{{"country", "country"}}},
		{"country alpha-3", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "X").Country("UKR") }, []problem{{"country", "country"}}},
		{"country empty", func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "X").Country("") }, []problem{{"country", "country"}}},
		{"builder and Validate problems together", func() *actor.Builder {
			return actor.New(actor.ID{}, "politician", "").Country("ua").Handle("X", "@a")
		}, []problem{{"country", "country"}, {"id", "id"}, {"kind", "enum"}, {"name", "required"}, {"handles[0].platform", "token"}, {"handles[0].handle", "excludes"}}},
		{"bad role period", func() *actor.Builder {
			return actor.New(zelenskyyID, actor.KindPerson, "Z").Role("t", zelenskyyID, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC))
		}, []problem{{"roles[0].from", "order"}, {"roles[0].of", "self"}}},
		{"bad Wikidata ID", func() *actor.Builder {
			return actor.New(zelenskyyID, actor.KindPerson, "Z").ExternalID("wikidata", "zelenskyy")
		},
			[]problem{{"external_ids[0].value", "wikidata"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got actor.Actor
			var err error
			require.NotPanics(t, func() { got, err = c.build().Build() })
			require.Error(t, err)
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.Equal(t, actor.Actor{}, got, "a failed Build returns the zero Actor")
		})
	}
}

func TestBuilderCountryProblemKeepsEarlierCountry(t *testing.T) {
	// A bad code does not overwrite a good one set before; the problem is
	// still reported.
	_, err := actor.New(ukraineID, actor.KindState, "Ukraine").Country("UA").Country("ua").Build()
	assert.ElementsMatch(t, []problem{{"country", "country"}}, problemsOf(t, err))
}

func TestBuilderBuildTwice(t *testing.T) {
	b := actor.New(ukraineID, actor.KindState, "Ukraine").Country("ua")
	_, err1 := b.Build()
	_, err2 := b.Build()
	assert.Equal(t, problemsOf(t, err1), problemsOf(t, err2), "Build does not pile up problems")
}

func TestBuilderZeroInputsNeverPanic(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := actor.New(actor.ID{}, "", "").
			Name("", language.Und).Alias("", "").Handle("", "").Country("").
			Role("", actor.ID{}, time.Time{}, time.Time{}).RoleAs(actor.Role{}).MemberOf().ExternalID("", "").Description("").
			Build()
		assert.Error(t, err)
	})
}
