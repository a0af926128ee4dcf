package actor_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/vocab"
)

func TestBuilderFull(t *testing.T) {
	from := time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)
	got, err := actor.New(zelenskyyID, actor.KindPerson, "Volodymyr Zelenskyy").
		Names(vocab.Name{Text: "Володимир Зеленський", Lang: language.Ukrainian}).
		Names(vocab.Name{Text: "Volodymyr Zelenskyi", Lang: language.MustParse("uk-Latn")}).
		Aliases(actor.Alias{Text: "Ze", Kind: actor.AliasNickname}).
		Handles(actor.Handle{Platform: "x", Handle: "ZelenskyyUa"}).
		Country("UA").
		Roles(actor.Role{Title: "President", Of: ukraineID, From: from}).
		Roles(actor.Role{Title: "actor", Text: "a former comedian"}).
		MemberOf(partyID).
		ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "Q3874799"}).
		Description("President of Ukraine").
		Build()
	require.NoError(t, err)
	assert.Equal(t, actor.Actor{
		ID:   zelenskyyID,
		Kind: actor.KindPerson,
		Name: "Volodymyr Zelenskyy",
		Names: []vocab.Name{
			{Text: "Володимир Зеленський", Lang: language.Ukrainian},
			{Text: "Volodymyr Zelenskyi", Lang: language.MustParse("uk-Latn")},
		},
		Aliases:     []actor.Alias{{Text: "Ze", Kind: actor.AliasNickname}},
		Handles:     []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
		Country:     vocab.MustCountry("UA"),
		Roles:       []actor.Role{{Title: "President", Of: ukraineID, From: from}, {Title: "actor", Text: "a former comedian"}},
		MemberOf:    []actor.ID{partyID},
		ExternalIDs: []vocab.ExternalID{{Scheme: "wikidata", Value: "Q3874799"}},
		Description: "President of Ukraine",
	}, got)
	assertNoError(t, got.Validate())
}

func TestBuilderListSettersAdd(t *testing.T) {
	// A list setter adds to what earlier calls set, whether it is given
	// one value per call or several in one.
	uk := vocab.Name{Text: "Володимир Зеленський", Lang: language.Ukrainian}
	ru := vocab.Name{Text: "Владимир Зеленский", Lang: language.Russian}
	en := vocab.Name{Text: "Volodymyr Zelensky", Lang: language.English}
	got, err := actor.New(zelenskyyID, actor.KindPerson, "Volodymyr Zelenskyy").
		Names(uk).Names(ru, en).Names().
		MemberOf(partyID).MemberOf(ukraineID).
		Build()
	require.NoError(t, err)
	assert.Equal(t, []vocab.Name{uk, ru, en}, got.Names)
	assert.Equal(t, []actor.ID{partyID, ukraineID}, got.MemberOf)
}

func TestBuilderMinimal(t *testing.T) {
	got, err := actor.New(ukraineID, actor.KindState, "Ukraine").Build()
	assertNoError(t, err)
	assert.Equal(t, actor.Actor{ID: ukraineID, Kind: actor.KindState, Name: "Ukraine"}, got)
}

func TestBuilderProblems(t *testing.T) {
	country := func(code string) func() *actor.Builder {
		return func() *actor.Builder { return actor.New(ukraineID, actor.KindState, "X").Country(code) }
	}
	for _, c := range []struct {
		name  string
		build func() *actor.Builder
		want  []problem
	}{
		{"country lower case", country("ua"), []problem{{"country", "country"}}},
		{"country ZZ", country("ZZ"), []problem{{"country", "country"}}},
		{"country EU", country("EU"), []problem{{"country", "country"}}},
		{"country UN", country("UN"), []problem{{"country", "country"}}},
		{"country XX", country("XX"), []problem{{"country", "country"}}},
		{"country 150 (Europe)", country("150"), []problem{{"country", "country"}}},
		{"country numeric", country("804"), []problem{{"country", "country"}}},
		{"country UK (reserved)", country("UK"), []problem{{"country", "country"}}},
		{"country SU (withdrawn)", country("SU"), []problem{{"country", "country"}}},
		{"country not a code", country("Ukraine"), []problem{{"country", "country"}}},
		{"country alpha-3", country("UKR"), []problem{{"country", "country"}}},
		{"country empty", country(""), []problem{{"country", "country"}}},
		{"builder and Validate problems together", func() *actor.Builder {
			return actor.New(actor.ID{}, "politician", "").Country("ua").Handles(actor.Handle{Platform: "X", Handle: "@a"})
		}, []problem{{"country", "country"}, {"id", "id"}, {"kind", "enum"}, {"name", "required"}, {"handles[0].platform", "token"}, {"handles[0].handle", "excludes"}}},
		{"bad role period", func() *actor.Builder {
			return actor.New(zelenskyyID, actor.KindPerson, "Z").Roles(actor.Role{Title: "t", Of: zelenskyyID, From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)})
		}, []problem{{"roles[0].from", "order"}, {"roles[0].of", "self"}}},
		{"bad Wikidata ID", func() *actor.Builder {
			return actor.New(zelenskyyID, actor.KindPerson, "Z").ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "zelenskyy"})
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

func TestBuilderCountries(t *testing.T) {
	// Every country, XK included, is accepted.
	for _, code := range []string{"UA", "RU", "US", "GB", "XK"} {
		got, err := actor.New(ukraineID, actor.KindState, "X").Country(code).Build()
		require.NoError(t, err, code)
		assert.Equal(t, vocab.MustCountry(code), got.Country)
		assert.Equal(t, code, got.Country.String())
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

func TestBuilderBuildsShareNothing(t *testing.T) {
	b := actor.New(zelenskyyID, actor.KindPerson, "Volodymyr Zelenskyy").
		Names(vocab.Name{Text: "Володимир Зеленський", Lang: language.Ukrainian}).
		Aliases(actor.Alias{Text: "Ze", Kind: actor.AliasNickname}).
		Handles(actor.Handle{Platform: "x", Handle: "ZelenskyyUa"}).
		Country("UA").
		Roles(actor.Role{Title: "President", Of: ukraineID}).
		MemberOf(partyID).
		ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "Q3874799"})
	first, err := b.Build()
	require.NoError(t, err)
	second, err := b.Build()
	require.NoError(t, err)
	require.Equal(t, first, second)
	want := zelenskyyBuilt()
	require.Equal(t, want, first)

	// Change an element of every list of the first build.
	first.Names[0].Text = "changed"
	first.Aliases[0].Kind = actor.AliasAbbreviation
	first.Handles[0].Handle = "changed"
	first.Roles[0].Title = "changed"
	first.MemberOf[0] = actor.ID{}
	first.ExternalIDs[0].Value = "Q1"

	assert.Equal(t, want, second, "two builds share no slice")
	third, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, want, third, "editing a build leaves the builder unchanged")

	// Appending to a build's list does not reach the builder either.
	third.Roles = append(third.Roles, actor.Role{Title: "appended"})
	fourth, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, want, fourth)
}

// zelenskyyBuilt is what the builder of TestBuilderBuildsShareNothing
// builds, written out as a literal.
func zelenskyyBuilt() actor.Actor {
	return actor.Actor{
		ID:          zelenskyyID,
		Kind:        actor.KindPerson,
		Name:        "Volodymyr Zelenskyy",
		Names:       []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}},
		Aliases:     []actor.Alias{{Text: "Ze", Kind: actor.AliasNickname}},
		Handles:     []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
		Country:     vocab.MustCountry("UA"),
		Roles:       []actor.Role{{Title: "President", Of: ukraineID}},
		MemberOf:    []actor.ID{partyID},
		ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q3874799"}},
	}
}

func TestBuilderZeroInputsNeverPanic(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := actor.New(actor.ID{}, "", "").
			Names(vocab.Name{}).Aliases(actor.Alias{}).Handles(actor.Handle{}).Country("").
			Roles(actor.Role{}).MemberOf().ExternalIDs(vocab.ExternalID{}).Description("").
			Build()
		assert.Error(t, err)
	})
	assert.NotPanics(t, func() {
		_, err := actor.New(actor.ID{}, "", "").
			Names().Names(nil...).Aliases().Handles().Roles().MemberOf(nil...).ExternalIDs().
			Build()
		assert.Error(t, err)
	})
}
