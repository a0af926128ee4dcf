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
		Author(zelenskyyID).
		Account("x", "ZelenskyyUa").
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
		{"handle without platform", func() *source.Builder { return source.New(xPostID, source.KindStatement).Account("", "ZelenskyyUa") },
			[]problem{{"platform", "requires"}}},
		{"everything wrong", func() *source.Builder {
			return source.New(source.ID{}, "tweet").Title(" t").Author(actor.ID{}).Account("X", "@a").URL("x.com").
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

func TestAttribute(t *testing.T) {
	q := source.Quote{Text: "Stop!", Lang: language.English}
	assert.Equal(t, source.Attribution{Source: reutersRep, Verb: source.VerbReported}, source.Attribute(reutersRep, source.VerbReported))
	assert.Equal(t, source.Attribution{Source: reutersRep, Verb: source.VerbSaid, Quotes: []source.Quote{q}}, source.Attribute(reutersRep, source.VerbSaid, q))
}
