package source_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// The tests of this file hold where a source's text comes from: an
// excerpt, a dateline, a syndicated copy, a later version or correction,
// an inferred date; and quotes that are translations, print two forms,
// name their language in words, or carry glosses.

func wire() source.Source {
	return source.Source{
		ID:        source.IDFor("wire"),
		Kind:      source.KindReport,
		Publisher: reutersID,
		Published: source.Day(2023, time.February, 9, "February 9, 2023"),
		Dateline:  vocab.TerritoryID{0xc0, 7},
	}
}

func TestSourceProvenance(t *testing.T) {
	copySite := source.Source{
		ID: source.IDFor("copy"), Kind: source.KindArticle, CopyOf: wire().ID, Excerpt: true,
		URL: "https://example.org/news/2023/02/09/quake", Published: source.Day(2023, time.February, 9, ""),
		PublishedInferred: "the date in the URL",
	}
	update := source.Source{ID: source.IDFor("update"), Kind: source.KindReport, Revises: wire().ID, Correction: true}
	for _, s := range []source.Source{wire(), copySite, update} {
		assertNoError(t, s.Validate())
		data, err := json.Marshal(s)
		require.NoError(t, err)
		var back source.Source
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, s, back)
	}
	data, err := json.Marshal(copySite)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"copy_of":"`+wire().ID.String()+`"`)
	assert.Contains(t, string(data), `"excerpt":true`)
	assert.Contains(t, string(data), `"published_inferred":"the date in the URL"`)

	for name, tc := range map[string]struct {
		s    source.Source
		want []problem
	}{
		"a copy of itself":             {source.Source{ID: wire().ID, Kind: "report", CopyOf: wire().ID}, []problem{{"copy_of", vocab.RuleSelf}}},
		"a revision of itself":         {source.Source{ID: wire().ID, Kind: "report", Revises: wire().ID}, []problem{{"revises", vocab.RuleSelf}}},
		"a correction of nothing":      {source.Source{ID: wire().ID, Kind: "report", Correction: true}, []problem{{"revises", vocab.RuleRequires}}},
		"an inferred date of no date":  {source.Source{ID: wire().ID, Kind: "report", PublishedInferred: "the URL"}, []problem{{"published", vocab.RuleRequires}}},
		"evidence with a control char": {source.Source{ID: wire().ID, Kind: "report", Published: wire().Published, PublishedInferred: "the\x00URL"}, []problem{{"published_inferred", vocab.RuleText}}},
	} {
		t.Run(name, func(t *testing.T) {
			assert.ElementsMatch(t, tc.want, problemsOf(t, tc.s.Validate()))
		})
	}
}

func TestQuoteTranslatedAndPrintedForms(t *testing.T) {
	translated := source.Quote{Text: "We will rebuild every home", Lang: language.English, Translated: true,
		Original: language.Turkish, LangText: "in Turkish"}
	unknownOriginal := source.Quote{Text: "They came at night", Lang: language.English, Translated: true}
	mixed := source.Quote{
		Text:             "Слава Україні",
		Lang:             language.Ukrainian,
		PrintedAs:        "Slava Ukraini (Слава Україні)",
		Transliterations: []source.Rendering{{Text: "Slava Ukraini", Lang: language.MustParse("uk-Latn"), Printed: true}},
		Glosses:          []source.Gloss{{Term: "Slava Ukraini", Meaning: "Glory to Ukraine"}, {Term: "Україні", Meaning: "to Ukraine", Source: wire().ID}},
	}
	for _, q := range []source.Quote{translated, unknownOriginal, mixed} {
		assertNoError(t, q.Validate())
		data, err := json.Marshal(q)
		require.NoError(t, err)
		var back source.Quote
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, q, back)
	}
	data, err := json.Marshal(unknownOriginal)
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"They came at night","lang":"en","translated":true}`, string(data),
		"an unknown original language is left out, not written as a guess")

	for name, tc := range map[string]struct {
		mutate func(*source.Quote)
		want   []problem
	}{
		"an original of no translation": {func(q *source.Quote) { q.Translated = false }, []problem{{"original", vocab.RuleRequires}}},
		"printed form without the text": {func(q *source.Quote) { q.PrintedAs = "Glory to Ukraine" }, []problem{{"printed_as", vocab.RuleMismatch}}},
		"a gloss without meaning":       {func(q *source.Quote) { q.Glosses = []source.Gloss{{Term: "x"}} }, []problem{{"glosses[0].meaning", vocab.RuleRequired}}},
		"a gloss without term":          {func(q *source.Quote) { q.Glosses = []source.Gloss{{Meaning: "x"}} }, []problem{{"glosses[0].term", vocab.RuleRequired}}},
		"an untrimmed language name":    {func(q *source.Quote) { q.LangText = " in Turkish" }, []problem{{"lang_text", vocab.RuleTrimmed}}},
	} {
		t.Run(name, func(t *testing.T) {
			q := translated
			tc.mutate(&q)
			assert.ElementsMatch(t, tc.want, problemsOf(t, q.Validate()))
		})
	}
	var back source.Count
	err = json.Unmarshal([]byte(`{"value":1,"qualifier":"exact","measure":"killed","attributions":[{"source":"`+wire().ID.String()+
		`","verb":"said","quotes":[{"text":"x","lang":"en","glosses":[{"term":"x","meaning":"y","by":"z"}]}]}]}`), &back)
	assert.ErrorIs(t, err, vocab.ErrUnknown, "an unknown field of a gloss is refused")
}

func TestDocumentsPollsAndInferredTimes(t *testing.T) {
	poll := source.Source{ID: source.IDFor("poll"), Kind: source.KindPoll, Title: "national exit poll"}
	deal := source.Source{ID: source.IDFor("deal"), Kind: source.KindDocument, Title: "the text of the agreement"}
	for _, s := range []source.Source{poll, deal} {
		assertNoError(t, s.Validate())
	}
	stamp := source.Time{Start: time.Date(2023, time.February, 9, 1, 30, 0, 0, time.UTC), Precision: source.PrecisionMinute,
		Text: "0130 GMT", Zone: "GMT", Inferred: "the day from the order of the live updates"}
	assertNoError(t, stamp.Validate())
	data, err := json.Marshal(stamp)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"inferred":"the day from the order of the live updates"`)
	var back source.Time
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, stamp, back)
	noDate := source.Time{Text: "later", Inferred: "from the order of the paragraphs"}
	assert.Equal(t, []problem{{"inferred", vocab.RuleRequires}}, problemsOf(t, noDate.Validate()))
}
