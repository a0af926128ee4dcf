package validate_test

import (
	"math"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Kyiv on systems without a zone database

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

func TestIsLanguage(t *testing.T) {
	for _, tag := range []string{"en", "uk", "uk-Latn", "zh-Hant", "zh-Latn-pinyin", "en-US", "ru"} {
		assert.True(t, validate.IsLanguage(tag), "IsLanguage(%q)", tag)
	}
	for _, tag := range []string{"", "und", "english", "en_US!", "12", "a-", "-en"} {
		assert.False(t, validate.IsLanguage(tag), "IsLanguage(%q)", tag)
	}
}

func TestIsWikidata(t *testing.T) {
	for _, id := range []string{"Q1", "Q42", "Q3874799", "Q12345678901"} {
		assert.True(t, validate.IsWikidata(id), "IsWikidata(%q)", id)
	}
	for _, id := range []string{"", "Q", "Q0", "Q042", "42", "q42", "P31", "Q4 2", "Q42a", "Q123456789012"} {
		assert.False(t, validate.IsWikidata(id), "IsWikidata(%q)", id)
	}
}

func TestIsToken(t *testing.T) {
	for _, s := range []string{"x", "truth_social", "killed", "registered_deaths", "a1", "km2", strings.Repeat("a", 64)} {
		assert.True(t, validate.IsToken(s), "IsToken(%q)", s)
	}
	for _, s := range []string{
		"", "X", "Truth_Social", "_x", "x_", "a__b", "1a", "a-b", "a b", "per cent", "é",
		strings.Repeat("a", 65),
	} {
		assert.False(t, validate.IsToken(s), "IsToken(%q)", s)
	}
}

func TestIsHTTPURL(t *testing.T) {
	for _, s := range []string{"https://www.reuters.com/world/", "http://example.com", "https://x.com/ZelenskyyUa/status/1"} {
		assert.True(t, validate.IsHTTPURL(s), "IsHTTPURL(%q)", s)
	}
	for _, s := range []string{"", "example.com", "ftp://example.com", "https://", "/path", "mailto:a@b.c", "https://exa mple.com", "https://example.com/a b", "http//example.com"} {
		assert.False(t, validate.IsHTTPURL(s), "IsHTTPURL(%q)", s)
	}
}

type shade string

func (s shade) IsValid() bool { return s == "light" || s == "dark" }

type item struct {
	Name string `json:"name" validate:"required"`
}

// sample has one field per rule of this package, so that each rule can be
// seen through the shared validator with its JSON path.
type sample struct {
	ID       [2]byte      `json:"id" validate:"id"`
	Shade    shade        `json:"shade" validate:"enum"`
	Lang     string       `json:"lang,omitempty" validate:"omitempty,language"`
	Tag      language.Tag `json:"tag" validate:"required,language"`
	Wiki     string       `json:"wiki,omitempty" validate:"omitempty,wikidata"`
	Token    string       `json:"token,omitempty" validate:"omitempty,token"`
	URL      string       `json:"url,omitempty" validate:"omitempty,url"`
	Number   float64      `json:"number" validate:"finite"`
	NoSpace  string       `json:"no_space" validate:"no_space"`
	Trimmed  string       `json:"trimmed" validate:"trimmed"`
	At       time.Time    `json:"at" validate:"utc"`
	Items    []item       `json:"items" validate:"dive"`
	Untagged string       `validate:"max=3"`
}

func validSample() sample {
	return sample{
		ID:      [2]byte{1, 2},
		Shade:   "dark",
		Lang:    "uk-Latn",
		Tag:     language.Ukrainian,
		Wiki:    "Q42",
		Token:   "truth_social",
		URL:     "https://example.com/",
		Number:  1.5,
		NoSpace: "ZelenskyyUa",
		Trimmed: "a b",
		At:      time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC),
		Items:   []item{{Name: "a"}},
	}
}

// problem is the part of a vocab.Problem that tests assert on.
type problem struct {
	Path string
	Rule vocab.Rule
}

func problems(t *testing.T, l *validate.List) []problem {
	t.Helper()
	err := l.Err("test")
	if err == nil {
		return nil
	}
	var ve *vocab.ValidationError
	require.ErrorAs(t, err, &ve)
	var out []problem
	for _, p := range ve.Problems {
		assert.NotEmpty(t, p.Message, "problem %s/%s has no message", p.Path, p.Rule)
		assert.NotContains(t, p.Message, "Key: ", "validator's raw message leaked")
		out = append(out, problem{p.Path, p.Rule})
	}
	return out
}

func TestStructValid(t *testing.T) {
	var l validate.List
	l.Struct("", validSample())
	assert.Nil(t, problems(t, &l))

	// A pointer to the struct validates the same.
	s := validSample()
	l.Struct("", &s)
	assert.Nil(t, problems(t, &l))
}

func TestStructRules(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	require.NoError(t, err)
	for _, c := range []struct {
		name   string
		mutate func(*sample)
		path   string
		rule   vocab.Rule
	}{
		{"zero id", func(s *sample) { s.ID = [2]byte{} }, "id", vocab.RuleID},
		{"empty enum", func(s *sample) { s.Shade = "" }, "shade", vocab.RuleEnum},
		{"unknown enum", func(s *sample) { s.Shade = "mauve" }, "shade", vocab.RuleEnum},
		{"bad language", func(s *sample) { s.Lang = "english!" }, "lang", vocab.RuleLanguage},
		{"und language", func(s *sample) { s.Lang = "und" }, "lang", vocab.RuleLanguage},
		{"missing tag", func(s *sample) { s.Tag = language.Und }, "tag", vocab.RuleRequired},
		{"wikidata", func(s *sample) { s.Wiki = "42" }, "wiki", vocab.RuleWikidata},
		{"token", func(s *sample) { s.Token = "Truth Social" }, "token", vocab.RuleToken},
		{"url", func(s *sample) { s.URL = "example.com" }, "url", vocab.RuleURL},
		{"NaN", func(s *sample) { s.Number = math.NaN() }, "number", vocab.RuleFinite},
		{"+Inf", func(s *sample) { s.Number = math.Inf(1) }, "number", vocab.RuleFinite},
		{"-Inf", func(s *sample) { s.Number = math.Inf(-1) }, "number", vocab.RuleFinite},
		{"space", func(s *sample) { s.NoSpace = "a b" }, "no_space", vocab.RuleNoSpace},
		{"tab", func(s *sample) { s.NoSpace = "a\tb" }, "no_space", vocab.RuleNoSpace},
		{"leading space", func(s *sample) { s.Trimmed = " a" }, "trimmed", vocab.RuleTrimmed},
		{"trailing newline", func(s *sample) { s.Trimmed = "a\n" }, "trimmed", vocab.RuleTrimmed},
		{"non-UTC location", func(s *sample) { s.At = time.Date(2025, 4, 24, 9, 0, 0, 0, kyiv) }, "at", vocab.RuleUTC},
		{"fixed zone at offset 0", func(s *sample) { s.At = time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("GMT", 0)) }, "at", vocab.RuleUTC},
		{"time.Now", func(s *sample) { s.At = time.Now() }, "at", vocab.RuleUTC},
		{"time.Now in UTC", func(s *sample) { s.At = time.Now().UTC() }, "", ""},
		{"zero time", func(s *sample) { s.At = time.Time{} }, "", ""},
		{"nested", func(s *sample) { s.Items = append(s.Items, item{}) }, "items[1].name", vocab.RuleRequired},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := validSample()
			c.mutate(&s)
			var l validate.List
			l.Struct("", s)
			got := problems(t, &l)
			if c.rule == "" {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, []problem{{c.path, c.rule}}, got)
		})
	}
}

func TestStructMonotonic(t *testing.T) {
	// time.Now carries a monotonic clock reading and the Local location;
	// such a time does not compare equal after a round trip, so the utc
	// rule rejects it. UTC() drops both.
	type at struct {
		At time.Time `json:"at" validate:"utc"`
	}
	now := time.Now()
	require.NotEqual(t, now, now.Round(0), "time.Now has a monotonic reading")

	var l validate.List
	l.Struct("", at{At: now})
	assert.Equal(t, []problem{{"at", vocab.RuleUTC}}, problems(t, &l))

	l = validate.List{}
	l.Struct("", at{At: now.UTC()})
	assert.Nil(t, problems(t, &l))
}

func TestStructPrefix(t *testing.T) {
	s := validSample()
	s.Items = []item{{}}
	var l validate.List
	l.Struct("events[3]", s)
	assert.Equal(t, []problem{{"events[3].items[0].name", vocab.RuleRequired}}, problems(t, &l))
}

func TestStructNotAStruct(t *testing.T) {
	var l validate.List
	l.Struct("x", 42)
	assert.Equal(t, []problem{{"x", vocab.RuleInvalid}}, problems(t, &l))
}

type pair struct {
	Lo int `json:"lo"`
	Hi int `json:"hi"`
}

// TestRegister adds a struct-level rule after the validator has been used:
// the validator is rebuilt with it, and Report names the field by its JSON
// name.
func TestRegister(t *testing.T) {
	var l validate.List
	l.Struct("", validSample()) // make sure the validator is built
	l.Struct("", pair{Lo: 2, Hi: 1})
	require.Nil(t, problems(t, &l), "no rule for pair yet")

	validate.Register(func(v *validator.Validate) {
		v.RegisterStructValidation(func(sl validator.StructLevel) {
			p := sl.Current().Interface().(pair)
			if p.Lo > p.Hi {
				validate.Report(sl, p.Lo, "lo", vocab.RuleOrder, "must not be above hi")
			}
			if p.Hi < 0 {
				// A rule that shares its name with a validator rule keeps
				// the sentence it is reported with.
				validate.Report(sl, p.Hi, "hi", "gte", "must be at least 0")
			}
		}, pair{})
	})
	l.Struct("range", pair{Lo: 2, Hi: 1})
	l.Struct("range", pair{Lo: 1, Hi: 2})
	var ve *vocab.ValidationError
	require.ErrorAs(t, l.Err("test"), &ve)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, vocab.Problem{Path: "range.lo", Rule: vocab.RuleOrder, Message: "must not be above hi"}, ve.Problems[0])

	l = validate.List{}
	l.Struct("", pair{Lo: -2, Hi: -1})
	require.ErrorAs(t, l.Err("test"), &ve)
	assert.Equal(t, []vocab.Problem{{Path: "hi", Rule: "gte", Message: "must be at least 0"}}, ve.Problems)
}

// TestMessages checks that every problem has a sentence of its own, never
// validator's raw text or an empty message, for the built-in rules the
// model uses.
func TestMessages(t *testing.T) {
	type fields struct {
		Handle string   `json:"handle" validate:"excludes=@"`
		Lat    float64  `json:"lat" validate:"gte=-90,lte=90"`
		List   []string `json:"list" validate:"min=1"`
		Name   string   `json:"name" validate:"required"`
	}
	var l validate.List
	l.Struct("", fields{Handle: "@a", Lat: 91})
	var ve *vocab.ValidationError
	require.ErrorAs(t, l.Err("test"), &ve)
	got := map[string]vocab.Problem{}
	for _, p := range ve.Problems {
		got[p.Path] = p
	}
	require.Len(t, got, 4)
	assert.Equal(t, vocab.RuleExcludes, got["handle"].Rule)
	assert.Contains(t, got["handle"].Message, `"@"`, "the message says what must not be there")
	assert.NotEqual(t, "@", got["handle"].Message)
	assert.Equal(t, vocab.RuleLTE, got["lat"].Rule)
	assert.Contains(t, got["lat"].Message, "90")
	assert.Equal(t, vocab.RuleMin, got["list"].Rule)
	assert.Equal(t, vocab.RuleRequired, got["name"].Rule)
	for _, p := range ve.Problems {
		assert.NotContains(t, p.Message, "\x1f")
		assert.NotContains(t, p.Message, "Field validation")
	}
}

func TestIsText(t *testing.T) {
	for _, s := range []string{"", "Kyiv", "Київ", "a\tb", "line one\nline two\r\n", "👨‍👩‍👧", "soft\u00adhyphen", " x "} {
		assert.True(t, validate.IsText(s), "IsText(%q)", s)
	}
	for _, s := range []string{
		"\u200b",             // a zero-width space alone
		"\u200d\u200c",       // joiners alone
		"\ufeff",             // a byte order mark alone
		" \u2060 ",           // a word joiner in spaces
		"\ufe0f",             // a variation selector alone
		"\u3164",             // a Hangul filler
		"a\x00b",             // NUL
		"\x1b[31mred\x1b[0m", // terminal escapes
		"a\u0085b",           // a C1 control
		"a\x7fb",             // DEL
		"bad \xff utf-8",
	} {
		assert.False(t, validate.IsText(s), "IsText(%q)", s)
	}
}
