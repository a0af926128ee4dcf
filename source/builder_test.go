package source_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
)

func TestBuilderFull(t *testing.T) {
	got, err := source.New(xPostID, source.KindPost).
		Title("Zelenskyy's post on X").
		Publisher(zelenskyyID).
		Authors(zelenskyyID).
		Platform("x").
		Handle("ZelenskyyUa").
		URL("https://x.com/ZelenskyyUa").
		Published(source.Day(2025, time.April, 24, "April 24, 2025")).
		Language(language.English).
		Via(articleID).
		Related(syrskyiRep).
		Description("relays Syrskyi's report").
		Build()
	require.NoError(t, err)
	assert.Equal(t, xPost(), got)
}

func TestBuilderMinimal(t *testing.T) {
	got, err := source.New(reutersRep, source.KindReport).Build()
	assertNoError(t, err)
	assert.Equal(t, source.Source{ID: reutersRep, Kind: source.KindReport}, got)
}

func TestBuilderProblems(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func() *source.Builder
		want  []problem
	}{
		{"post without account", func() *source.Builder { return source.New(xPostID, source.KindPost) }, []problem{{"platform", "requires"}}},
		{"handle without platform", func() *source.Builder { return source.New(xPostID, source.KindStatement).Handle("ZelenskyyUa") },
			[]problem{{"platform", "requires"}}},
		{"everything wrong", func() *source.Builder {
			return source.New(source.ID{}, "tweet").Title(" t").Authors(actor.ID{}).Platform("X").Handle("@a").URL("x.com").
				Published(source.Time{Start: time.Now()}).Via(source.ID{}).Related(source.ID{}).Description("d ")
		}, []problem{
			{"id", "id"}, {"kind", "enum"}, {"title", "trimmed"}, {"authors[0]", "id"}, {"platform", "token"},
			{"handle", "excludes"}, {"url", "url"}, {"published.start", "utc"}, {"published.precision", "required"}, {"related[0]", "id"}, {"description", "trimmed"},
		}},
		{"via itself", func() *source.Builder { return source.New(xPostID, source.KindArticle).Via(xPostID) }, []problem{{"via", "self"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got source.Source
			var err error
			require.NotPanics(t, func() { got, err = c.build().Build() })
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.Equal(t, source.Source{}, got, "a failed Build returns the zero Source")
		})
	}
}

func TestBuilderListSettersAdd(t *testing.T) {
	// A list setter adds to what earlier calls set; a plain setter
	// replaces.
	got, err := source.New(xPostID, source.KindPost).
		Authors(zelenskyyID).Authors(trumpID, putinID).Authors().
		Related(syrskyiRep).Related(reutersRep).
		Platform("telegram").Platform("x").
		Handle("a").Handle("ZelenskyyUa").
		Build()
	require.NoError(t, err)
	assert.Equal(t, []actor.ID{zelenskyyID, trumpID, putinID}, got.Authors)
	assert.Equal(t, []source.ID{syrskyiRep, reutersRep}, got.Related)
	assert.Equal(t, "x", got.Platform)
	assert.Equal(t, "ZelenskyyUa", got.Handle)
}

func TestBuilderBuildTwice(t *testing.T) {
	b := source.New(xPostID, source.KindPost)
	_, err1 := b.Build()
	_, err2 := b.Build()
	assert.Equal(t, problemsOf(t, err1), problemsOf(t, err2), "Build does not pile up problems")
}

func TestBuilderBuildsShareNothing(t *testing.T) {
	b := source.New(xPostID, source.KindPost).
		Title("Zelenskyy's post on X").
		Publisher(zelenskyyID).
		Authors(zelenskyyID).
		Platform("x").
		Handle("ZelenskyyUa").
		URL("https://x.com/ZelenskyyUa").
		Published(source.Day(2025, time.April, 24, "April 24, 2025")).
		Language(language.English).
		Via(articleID).
		Related(syrskyiRep).
		Description("relays Syrskyi's report")
	first, err := b.Build()
	require.NoError(t, err)
	second, err := b.Build()
	require.NoError(t, err)
	require.Equal(t, xPost(), first)
	require.Equal(t, xPost(), second)

	// Change an element of every list of the first build.
	first.Authors[0] = putinID
	first.Related[0] = reutersRep
	assert.Equal(t, xPost(), second, "two builds share no slice")
	third, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, xPost(), third, "editing a build leaves the builder unchanged")

	// Appending to a build's list does not reach the builder either.
	third.Authors = append(third.Authors, trumpID)
	third.Related = append(third.Related, articleID)
	fourth, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, xPost(), fourth)
}

func TestBuilderZeroInputsNeverPanic(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := source.New(source.ID{}, "").
			Title("").Publisher(actor.ID{}).Authors(actor.ID{}).Authors().Platform("").Handle("").URL("").
			Published(source.Time{}).Language(language.Und).Via(source.ID{}).Related(source.ID{}).Related().Description("").
			Build()
		assert.Error(t, err)
	})
}

func TestAttribute(t *testing.T) {
	q := source.Quote{Text: "Stop!", Lang: language.English}
	assert.Equal(t, source.Attribution{Source: reutersRep, Verb: source.VerbReported}, source.Attribute(reutersRep, source.VerbReported))
	assert.Equal(t, source.Attribution{Source: reutersRep, Verb: source.VerbSaid, Quotes: []source.Quote{q}}, source.Attribute(reutersRep, source.VerbSaid, q))
}
