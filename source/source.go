package source

import (
	"fmt"
	"strings"

	"github.com/newsevent/newsevent/internal/excerpt"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// Source is a document or utterance that facts come from: a report, an
// article, a post, an interview, a statement, remarks to reporters, a
// broadcast. Who publishes or speaks is an actor ([actor.ID]): Reuters and
// Zelenskyy alike.
//
// Via records how the source reached the reader: Syrskyi's report (S10)
// came via Zelenskyy's post on X (S9), which came via the article (S0). The
// chain from a source through Via ends at the source the reader holds.
type Source struct {
	// ID identifies the source; required.
	ID ID `json:"id" validate:"id"`
	// Kind says what sort of source this is; required.
	Kind Kind `json:"kind" validate:"enum"`
	// Title is the title or a short description as the report gives it
	// ("a report on the frontline situation").
	Title string `json:"title,omitempty" validate:"trimmed,text"`
	// Publisher is the actor that publishes it (Reuters, TIME).
	Publisher actor.ID `json:"publisher,omitzero"`
	// Authors are the actors who wrote or said it.
	Authors []actor.ID `json:"authors,omitzero" validate:"dive,id"`
	// Platform and Handle locate a post: "x" and "ZelenskyyUa". A handle
	// needs its platform; a post needs a platform.
	Platform string `json:"platform,omitempty" validate:"omitempty,token"`
	// Handle is the account name on Platform, without the leading "@".
	Handle string `json:"handle,omitempty" validate:"omitempty,no_space,excludes=@"`
	// URL is the address of the source, when known.
	URL string `json:"url,omitempty" validate:"omitempty,url"`
	// Published is when it was published or said; an article without a
	// printed date is a [BoundNotBefore] time.
	Published Time `json:"published,omitzero" validate:"omitzero"`
	// Language is the language the source is in.
	Language language.Tag `json:"language,omitzero" validate:"omitempty,language"`
	// Via is the source through which this one reached the reader.
	Via ID `json:"via,omitzero"`
	// Related are other sources it points its readers to (an "also read"
	// link).
	Related []ID `json:"related,omitzero" validate:"dive,id"`
	// Description is a short free text about the source.
	Description string `json:"description,omitempty" validate:"trimmed,text"`
	// Excerpt says the text the dataset was built from is cut from a
	// longer one (a paywall, a quoted passage, a clipped broadcast): what
	// the source does not say may be in the part not seen.
	Excerpt bool `json:"excerpt,omitempty"`
	// Dateline is the place the source was filed from ("KYIV, April 24
	// (Reuters)").
	Dateline vocab.TerritoryID `json:"dateline,omitzero"`
	// CopyOf is the source this one copies word for word: the same
	// agency text on another site (syndication). Unlike Via, a copy
	// adds nothing of its own.
	CopyOf ID `json:"copy_of,omitzero"`
	// Revises is the earlier version of the same source that this one
	// updates or corrects; both stay, and their figures may differ.
	Revises ID `json:"revises,omitzero"`
	// Correction says the revision corrects an error of the earlier
	// version, rather than adding news; it needs Revises.
	Correction bool `json:"correction,omitempty"`
	// PublishedInferred says Published is inferred, not printed, and from
	// what ("the date in the URL", "the earliest copy"); it needs
	// Published.
	PublishedInferred string `json:"published_inferred,omitempty" validate:"trimmed,text"`
}

// Attribution says which source states something and how: "as per a
// Reuters report" is {S1, reported}. A list of attributions can hold
// disagreement: one source reports, another denies.
type Attribution struct {
	// Source is the source that states it; required.
	Source ID `json:"source" validate:"id"`
	// Verb says how the source puts it; required.
	Verb Verb `json:"verb" validate:"enum"`
	// Text is the attribution as written ("as per a Reuters report").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
	// Quotes are the source's own words for it.
	Quotes []Quote `json:"quotes,omitzero" validate:"dive"`
	// Grade is the user's Admiralty grade of this piece of information,
	// when they have one.
	Grade Grade `json:"grade,omitzero"`
}

// Quote is a speaker's words, verbatim, in the language spoken or written,
// with translations and transliterations beside them.
//
// A report often prints a translation: Text is then what it prints, Lang
// the language of that, Translated says so, and Original the language of
// the words as said, when the report says which. A
// report that prints two forms together ("Slava Ukraini (Слава Україні)")
// keeps the whole in PrintedAs, one form in Text, and the other as a
// rendering with Printed set.
type Quote struct {
	// Ref is an optional label of the user's own (a census item "Q4").
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Text is the quote exactly as printed, elision marks included; required.
	Text string `json:"text" validate:"required,text"`
	// Lang is the language of Text; required.
	Lang language.Tag `json:"lang" validate:"required,language"`
	// Speaker is who said or wrote it.
	Speaker actor.ID `json:"speaker,omitzero"`
	// Addressee is whom it was said to ("Vladimir, Stop!" to Putin).
	Addressee actor.ID `json:"addressee,omitzero"`
	// Medium is the source it was said in: a post, an interview, remarks.
	Medium ID `json:"medium,omitzero"`
	// Elided says the printed text leaves words out, marked with "…" or
	// "...".
	Elided bool `json:"elided,omitempty"`
	// Truncated says the printed text is cut off before the speaker's end.
	Truncated bool `json:"truncated,omitempty"`
	// Translations are the quote in other languages.
	Translations []Rendering `json:"translations,omitzero" validate:"dive"`
	// Transliterations are the quote in other scripts, tagged with the
	// script or scheme ("uk-Latn", "zh-Latn-pinyin").
	Transliterations []Rendering `json:"transliterations,omitzero" validate:"dive"`
	// Translated says Text is itself a translation of words said in
	// another language.
	Translated bool `json:"translated,omitempty"`
	// Original is the language the words were said in, for a translated
	// quote; zero (x/text's "und") when the report does not say which. It
	// needs Translated.
	Original language.Tag `json:"original,omitzero" validate:"omitempty,language"`
	// LangText is the language as the report names it ("in Ukrainian",
	// "in a mix of Russian and Ukrainian").
	LangText string `json:"lang_text,omitempty" validate:"trimmed,text"`
	// PrintedAs is the quote exactly as printed when the report prints
	// two forms together ("Slava Ukraini (Слава Україні)"); empty when
	// Text is all it prints.
	PrintedAs string `json:"printed_as,omitempty" validate:"text"`
	// Glosses explain words of the quote, each with who explains them.
	Glosses []Gloss `json:"glosses,omitzero" validate:"dive"`
}

// Gloss is an explanation of a word or phrase of a quote: "'Slava
// Ukraini', meaning 'Glory to Ukraine'".
type Gloss struct {
	// Term is the word or phrase explained, as in the quote; required.
	Term string `json:"term" validate:"required,trimmed,text"`
	// Meaning is the explanation, as written; required.
	Meaning string `json:"meaning" validate:"required,trimmed,text"`
	// Source is who gives the gloss; zero for the report itself.
	Source ID `json:"source,omitzero"`
}

// Rendering is a text in a given language or script: a translation or a
// transliteration of a quote.
type Rendering struct {
	// Text is the rendering; required.
	Text string `json:"text" validate:"required,text"`
	// Lang is its BCP 47 tag; required.
	Lang language.Tag `json:"lang" validate:"required,language"`
	// Printed says the report prints this rendering itself, beside the
	// quote's Text (see [Quote]), rather than the dataset adding it.
	Printed bool `json:"printed,omitempty"`
}

// Grade is an Admiralty (NATO) grade: the reliability of the source (A to
// F) and the credibility of the information (1 to 6), written "B2". The
// zero Grade means ungraded.
type Grade struct {
	// Reliability is the letter: how reliable the source is.
	Reliability Reliability
	// Credibility is the digit: how credible the information is.
	Credibility Credibility
}

// ParseGrade reads a grade written as a letter and a digit ("B2").
func ParseGrade(s string) (Grade, error) {
	if len(s) != 2 {
		return Grade{}, fmt.Errorf("source: grade %s: want a letter A-F and a digit 1-6, like \"B2\"", excerpt.Quote(s))
	}
	r, err := ParseReliability(s[:1])
	if err != nil {
		return Grade{}, fmt.Errorf("source: grade %q: %w", s, err)
	}
	c, err := ParseCredibility(s[1:])
	if err != nil {
		return Grade{}, fmt.Errorf("source: grade %q: %w", s, err)
	}
	return Grade{r, c}, nil
}

// IsZero reports whether the grade is empty.
func (g Grade) IsZero() bool { return g == Grade{} }

// IsValid reports whether both halves of the grade are set and known.
func (g Grade) IsValid() bool { return g.Reliability.IsValid() && g.Credibility.IsValid() }

// String returns the grade as "B2".
func (g Grade) String() string { return string(g.Reliability) + string(g.Credibility) }

// MarshalText encodes the grade as "B2"; an incomplete grade is an error.
func (g Grade) MarshalText() ([]byte, error) {
	if !g.IsValid() {
		return nil, fmt.Errorf("source: invalid grade %q", g.String())
	}
	return []byte(g.String()), nil
}

// UnmarshalText decodes a grade written "B2".
func (g *Grade) UnmarshalText(text []byte) error {
	p, err := ParseGrade(string(text))
	*g = p
	return err
}

// Validate checks the source and returns nil or a *[ValidationError].
func (s Source) Validate() error {
	var l validate.List
	l.Struct("", &s)
	return l.Err("source")
}

// Validate checks the attribution and returns nil or a *[ValidationError].
func (a Attribution) Validate() error {
	var l validate.List
	l.Struct("", &a)
	return l.Err("source: attribution")
}

// Validate checks the quote and returns nil or a *[ValidationError].
func (q Quote) Validate() error {
	var l validate.List
	l.Struct("", &q)
	return l.Err("source: quote")
}

// ValidationError is [vocab.ValidationError], the error of every Validate
// method and every Build in newsevent, under this package's name.
type ValidationError = vocab.ValidationError

// Problem is [vocab.Problem], one entry of a [ValidationError].
type Problem = vocab.Problem

func init() {
	validate.RegisterStruct(checkSource, Source{})
	validate.RegisterStruct(checkAttribution, Attribution{})
	validate.RegisterStruct(checkQuote, Quote{})
	validate.RegisterStruct(checkCount, Count{})
}

func checkSource(sl validator.StructLevel) {
	s := validate.Current[Source](sl)
	if s.Handle != "" && s.Platform == "" {
		validate.Report(sl, s.Platform, "platform", vocab.RuleRequires, "is required with a handle")
	} else if s.Kind == KindPost && s.Platform == "" {
		validate.Report(sl, s.Platform, "platform", vocab.RuleRequires, "is required for a post")
	}
	if !s.ID.IsZero() && s.Via == s.ID {
		validate.Report(sl, s.Via, "via", vocab.RuleSelf, "a source cannot come via itself")
	}
	for i, r := range s.Related {
		if !s.ID.IsZero() && r == s.ID {
			validate.Report(sl, r, validate.Index("related", i), vocab.RuleSelf, "a source cannot relate to itself")
		}
	}
	if !s.ID.IsZero() && s.CopyOf == s.ID {
		validate.Report(sl, s.CopyOf, "copy_of", vocab.RuleSelf, "a source cannot be a copy of itself")
	}
	if !s.ID.IsZero() && s.Revises == s.ID {
		validate.Report(sl, s.Revises, "revises", vocab.RuleSelf, "a source cannot revise itself")
	}
	if s.Correction && s.Revises.IsZero() {
		validate.Report(sl, s.Revises, "revises", vocab.RuleRequires, "is required for a correction: the version it corrects")
	}
	if s.PublishedInferred != "" && s.Published.IsZero() {
		validate.Report(sl, s.Published, "published", vocab.RuleRequires, "is required with published_inferred: the time inferred")
	}
}

func checkAttribution(sl validator.StructLevel) {
	a := validate.Current[Attribution](sl)
	if !a.Grade.IsZero() && !a.Grade.IsValid() {
		validate.Report(sl, a.Grade.String(), "grade", vocab.RuleEnum, fmt.Sprintf("%q is not an Admiralty grade (A-F and 1-6, like \"B2\")", a.Grade.String()))
	}
}

func checkQuote(sl validator.StructLevel) {
	q := validate.Current[Quote](sl)
	if q.Elided && !strings.Contains(q.Text, "…") && !strings.Contains(q.Text, "...") {
		validate.Report(sl, q.Elided, "elided", vocab.RuleMismatch, "the text has no elision mark (… or ...)")
	}
	if q.Original != (language.Tag{}) && !q.Translated {
		validate.Report(sl, q.Original, "original", vocab.RuleRequires, "is only for a translated quote: set translated")
	}
	if q.PrintedAs != "" && !strings.Contains(q.PrintedAs, q.Text) {
		validate.Report(sl, q.PrintedAs, "printed_as", vocab.RuleMismatch, "must hold the text as printed, the quote's text among it")
	}
}

type plainSource Source

// UnmarshalJSON decodes a source; an unknown field is an error that names it.
func (s *Source) UnmarshalJSON(data []byte) error {
	if jsonx.IsNull(data) {
		return nil // null leaves the value as it is, as encoding/json does
	}
	*s = Source{}
	return jsonx.Strict("source", data, (*plainSource)(s))
}
