package source_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

var (
	articleID   = source.IDFor("S0")
	reutersRep  = source.IDFor("S1")
	xPostID     = source.IDFor("S9")
	syrskyiRep  = source.IDFor("S10")
	zelenskyyID = actor.IDFor("A4")
	trumpID     = actor.IDFor("A1")
	putinID     = actor.IDFor("A3")
	reutersID   = actor.IDFor("A17")
)

// xPost returns a source with every field filled: Zelenskyy's post on X.
func xPost() source.Source {
	return source.Source{
		ID:          xPostID,
		Kind:        source.KindPost,
		Title:       "Zelenskyy's post on X",
		Publisher:   zelenskyyID,
		Authors:     []actor.ID{zelenskyyID},
		Platform:    "x",
		Handle:      "ZelenskyyUa",
		URL:         "https://x.com/ZelenskyyUa",
		Published:   source.Day(2025, time.April, 24, "April 24, 2025"),
		Language:    language.English,
		Via:         articleID,
		Related:     []source.ID{syrskyiRep},
		Description: "relays Syrskyi's report",
	}
}

// quote returns a quote with every field filled.
func quote() source.Quote {
	return source.Quote{
		Ref:              "Q8",
		Text:             "Vladimir, STOP! … Let's get the Peace Deal DONE!",
		Lang:             language.English,
		Speaker:          trumpID,
		Addressee:        putinID,
		Medium:           source.IDFor("S8"),
		Elided:           true,
		Truncated:        true,
		Translations:     []source.Rendering{{Text: "Владимир, СТОП!", Lang: language.Russian}},
		Transliterations: []source.Rendering{{Text: "Vladimir, STOP!", Lang: language.MustParse("ru-Latn")}},
	}
}

// attribution returns an attribution with every field filled.
func attribution() source.Attribution {
	return source.Attribution{
		Source: reutersRep,
		Verb:   source.VerbReported,
		Text:   "as per a Reuters report",
		Quotes: []source.Quote{quote()},
		Grade:  source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2},
	}
}

func TestSourceValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		s    source.Source
	}{
		{"full post", xPost()},
		{"minimal report", source.Source{ID: reutersRep, Kind: source.KindReport}},
		{"article published not before a day", source.Source{ID: articleID, Kind: source.KindArticle,
			Published: func() source.Time {
				t := source.Day(2025, time.April, 25, "")
				t.Bound = source.BoundNotBefore
				return t
			}()}},
		{"report with a publisher", source.Source{ID: reutersRep, Kind: source.KindReport, Publisher: reutersID, URL: "http://reuters.com/"}},
		{"interview without platform", source.Source{ID: source.NewID(), Kind: source.KindInterview}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.s.Validate())
		})
	}
	for _, k := range source.Kinds() {
		assertNoError(t, source.Source{ID: source.NewID(), Kind: k, Platform: "x"}.Validate())
	}
}

func TestSourceValidateInvalid(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(*source.Source)
		want   []problem
	}{
		{"zero ID", func(s *source.Source) { s.ID = source.ID{} }, []problem{{"id", "id"}}},
		{"no kind", func(s *source.Source) { s.Kind = "" }, []problem{{"kind", "enum"}}},
		{"unknown kind", func(s *source.Source) { s.Kind = "tweet" }, []problem{{"kind", "enum"}}},
		{"untrimmed title", func(s *source.Source) { s.Title = "a post " }, []problem{{"title", "trimmed"}}},
		{"zero author", func(s *source.Source) { s.Authors = append(s.Authors, actor.ID{}) }, []problem{{"authors[1]", "id"}}},
		{"platform not a token", func(s *source.Source) { s.Platform = "Truth Social" }, []problem{{"platform", "token"}}},
		{"handle without platform", func(s *source.Source) { s.Kind, s.Platform = source.KindStatement, "" }, []problem{{"platform", "requires"}}},
		{"post without platform", func(s *source.Source) { s.Platform, s.Handle = "", "" }, []problem{{"platform", "requires"}}},
		{"handle with a space", func(s *source.Source) { s.Handle = "Zelenskyy Ua" }, []problem{{"handle", vocab.RuleNoSpace}}},
		{"handle with its @", func(s *source.Source) { s.Handle = "@ZelenskyyUa" }, []problem{{"handle", "excludes"}}},
		{"URL without scheme", func(s *source.Source) { s.URL = "x.com/ZelenskyyUa" }, []problem{{"url", "url"}}},
		{"URL not http", func(s *source.Source) { s.URL = "ftp://x.com/a" }, []problem{{"url", "url"}}},
		{"URL with a space", func(s *source.Source) { s.URL = "https://x.com/a b" }, []problem{{"url", "url"}}},
		{"published not at midnight", func(s *source.Source) { s.Published.Start = s.Published.Start.Add(time.Hour) }, []problem{{"published.start", "precision"}}},
		{"published without precision", func(s *source.Source) { s.Published.Precision = "" }, []problem{{"published.precision", "required"}}},
		{"via itself", func(s *source.Source) { s.Via = xPostID }, []problem{{"via", "self"}}},
		{"related to itself", func(s *source.Source) { s.Related = append(s.Related, xPostID) }, []problem{{"related[1]", "self"}}},
		{"zero related", func(s *source.Source) { s.Related = append(s.Related, source.ID{}) }, []problem{{"related[1]", "id"}}},
		{"untrimmed description", func(s *source.Source) { s.Description = "\trelays" }, []problem{{"description", "trimmed"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := xPost()
			c.mutate(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.True(t, strings.HasPrefix(err.Error(), "source: "), "%v", err)
		})
	}
}

func TestAttributionValidate(t *testing.T) {
	assertNoError(t, attribution().Validate())
	assertNoError(t, source.Attribute(reutersRep, source.VerbSaid).Validate())
	for _, v := range source.Verbs() {
		assertNoError(t, source.Attribution{Source: reutersRep, Verb: v}.Validate())
	}

	for _, c := range []struct {
		name   string
		mutate func(*source.Attribution)
		want   []problem
	}{
		{"zero source", func(a *source.Attribution) { a.Source = source.ID{} }, []problem{{"source", "id"}}},
		{"no verb", func(a *source.Attribution) { a.Verb = "" }, []problem{{"verb", "enum"}}},
		{"unknown verb", func(a *source.Attribution) { a.Verb = "tweeted" }, []problem{{"verb", "enum"}}},
		{"untrimmed text", func(a *source.Attribution) { a.Text = "as per a Reuters report " }, []problem{{"text", "trimmed"}}},
		{"half a grade", func(a *source.Attribution) { a.Grade = source.Grade{Reliability: source.ReliabilityB} }, []problem{{"grade", "enum"}}},
		{"unknown grade", func(a *source.Attribution) { a.Grade = source.Grade{Reliability: "G", Credibility: "7"} }, []problem{{"grade", "enum"}}},
		{"bad quote", func(a *source.Attribution) { a.Quotes[0].Lang = language.Und }, []problem{{"quotes[0].lang", "required"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := attribution()
			c.mutate(&a)
			assert.ElementsMatch(t, c.want, problemsOf(t, a.Validate()))
		})
	}
}

func TestQuoteValidate(t *testing.T) {
	assertNoError(t, quote().Validate())
	for _, text := range []string{"a … b", "a ... b", "…", " leading and trailing space is verbatim "} {
		q := source.Quote{Text: text, Lang: language.English, Elided: strings.ContainsAny(text, ".…")}
		assertNoError(t, q.Validate())
	}

	for _, c := range []struct {
		name   string
		mutate func(*source.Quote)
		want   []problem
	}{
		{"no text", func(q *source.Quote) { q.Text = "" }, []problem{{"text", "required"}, {"elided", "mismatch"}}},
		{"no language", func(q *source.Quote) { q.Lang = language.Und }, []problem{{"lang", "required"}}},
		{"ref with a space", func(q *source.Quote) { q.Ref = "Q 8" }, []problem{{"ref", vocab.RuleNoSpace}}},
		{"elided without a mark", func(q *source.Quote) { q.Text = "Vladimir, STOP!" }, []problem{{"elided", "mismatch"}}},
		{"elided with only two dots", func(q *source.Quote) { q.Text = "Vladimir, STOP.. now" }, []problem{{"elided", "mismatch"}}},
		{"translation without text", func(q *source.Quote) { q.Translations[0].Text = "" }, []problem{{"translations[0].text", "required"}}},
		{"translation without language", func(q *source.Quote) { q.Translations[0].Lang = language.Und }, []problem{{"translations[0].lang", "required"}}},
		{"transliteration without language", func(q *source.Quote) { q.Transliterations[0].Lang = language.Und }, []problem{{"transliterations[0].lang", "required"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := quote()
			c.mutate(&q)
			assert.ElementsMatch(t, c.want, problemsOf(t, q.Validate()))
		})
	}
}

func TestSourceJSONRoundTrip(t *testing.T) {
	for _, s := range []source.Source{xPost(), {ID: reutersRep, Kind: source.KindReport}} {
		require.NoError(t, s.Validate())
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back source.Source
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, s, back)
	}
}

func TestAttributionJSONRoundTrip(t *testing.T) {
	for _, a := range []source.Attribution{attribution(), source.Attribute(reutersRep, source.VerbDenied)} {
		require.NoError(t, a.Validate())
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back source.Attribution
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, a, back)
	}
}

func TestQuoteJSONRoundTrip(t *testing.T) {
	q := quote()
	b, err := json.Marshal(q)
	require.NoError(t, err)
	var back source.Quote
	require.NoError(t, json.Unmarshal(b, &back), "%s", b)
	assert.Equal(t, q, back)
}

func TestSourceJSON(t *testing.T) {
	s := source.Source{
		ID:        xPostID,
		Kind:      source.KindPost,
		Publisher: zelenskyyID,
		Platform:  "x",
		Handle:    "ZelenskyyUa",
		Published: source.Day(2025, time.April, 24, "April 24, 2025"),
		Language:  language.English,
		Via:       articleID,
	}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "`+xPostID.String()+`",
		"kind": "post",
		"publisher": "`+zelenskyyID.String()+`",
		"platform": "x",
		"handle": "ZelenskyyUa",
		"published": {"start": "2025-04-24T00:00:00Z", "precision": "day", "text": "April 24, 2025"},
		"language": "en",
		"via": "`+articleID.String()+`"
	}`, string(b))
}

func TestAttributionJSON(t *testing.T) {
	a := source.Attribution{
		Source: reutersRep,
		Verb:   source.VerbAccordingTo,
		Quotes: []source.Quote{{Text: "Stop!", Lang: language.English, Speaker: trumpID}},
		Grade:  source.Grade{Reliability: source.ReliabilityB, Credibility: source.Credibility2},
	}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"source": "`+reutersRep.String()+`",
		"verb": "according_to",
		"quotes": [{"text": "Stop!", "lang": "en", "speaker": "`+trumpID.String()+`"}],
		"grade": "B2"
	}`, string(b))
}

func TestSourceJSONDecodeErrors(t *testing.T) {
	id := xPostID.String()
	for _, c := range []struct {
		name, data, mention string
	}{
		{"unknown top-level field", `{"id":"` + id + `","kind":"post","outlet":"X"}`, `"outlet"`},
		{"unknown field in the published time", `{"published":{"start":"2025-04-24T00:00:00Z","precision":"day","tz":"EEST"}}`, `"tz"`},
		{"unknown kind", `{"kind":"tweet"}`, `"tweet"`},
		{"unknown precision", `{"published":{"start":"2025-04-24T00:00:00Z","precision":"week"}}`, `"week"`},
		{"unknown bound", `{"published":{"start":"2025-04-24T00:00:00Z","precision":"day","bound":"around"}}`, `"around"`},
		{"bad via", `{"via":"S0"}`, `"S0"`},
		{"bad language", `{"language":"not a tag"}`, "language"},
		{"trailing data", `{} []`, "after"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s source.Source
			err := json.Unmarshal([]byte(c.data), &s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}

func TestSourceJSONDecodeResets(t *testing.T) {
	s := xPost()
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+reutersRep.String()+`","kind":"report"}`), &s))
	assert.Equal(t, source.Source{ID: reutersRep, Kind: source.KindReport}, s)
}

func TestAttributionJSONDecodeErrors(t *testing.T) {
	for _, c := range []struct{ name, data, mention string }{
		{"unknown verb", `{"verb":"tweeted"}`, `"tweeted"`},
		{"bad grade", `{"grade":"Z9"}`, `"Z9"`},
		{"bad source ID", `{"source":"S1"}`, `"S1"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var a source.Attribution
			err := json.Unmarshal([]byte(c.data), &a)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}
