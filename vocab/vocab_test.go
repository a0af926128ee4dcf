package vocab_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/vocab"
)

func TestParseCountry(t *testing.T) {
	for _, code := range []string{"UA", "RU", "US", "GB", "FR", "DE", "TW", "PS", "GL", "HK", "AQ",
		"XK", // user-assigned, in wide use for Kosovo
	} {
		c, err := vocab.ParseCountry(code)
		require.NoError(t, err, code)
		assert.Equal(t, code, c.String())
		assert.False(t, c.IsZero())
	}
	for _, code := range []string{
		"", "U", "UKR", "804", "ua", "Ua", "uA", "U1", "ÜA", " UA", "UA ",
		"ZZ",             // unknown
		"EU", "UN", "EZ", // groups
		"UK", "SU", "YU", "AN", "CS", "DD", "TP", "ZR", // reserved or withdrawn
		"XX", "AA", "QM", "XA", "QO", // private use other than XK
		strings.Repeat("A", 200),
	} {
		c, err := vocab.ParseCountry(code)
		require.Error(t, err, "%q", code)
		assert.True(t, c.IsZero(), "a failed parse gives the zero Country")
		var unknown *vocab.UnknownError
		require.ErrorAs(t, err, &unknown)
		assert.ErrorIs(t, err, vocab.ErrUnknown)
		assert.LessOrEqual(t, len(err.Error()), 200, "the error quotes a short excerpt")
	}
}

func TestCountryIsComparableWithAZeroValue(t *testing.T) {
	var zero vocab.Country
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "ZZ", zero.Region().String(), "the zero Country is x/text's unknown region")
	assert.Equal(t, vocab.MustCountry("UA"), vocab.MustCountry("UA"))
	assert.NotEqual(t, vocab.MustCountry("UA"), vocab.MustCountry("RU"))
	assert.Equal(t, "UA", vocab.MustCountry("UA").Region().String())
	assert.Panics(t, func() { vocab.MustCountry("ua") })
}

func TestCountryText(t *testing.T) {
	type rec struct {
		Country vocab.Country `json:"country,omitzero"`
	}
	data, err := json.Marshal(rec{vocab.MustCountry("UA")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"country":"UA"}`, string(data))
	data, err = json.Marshal(rec{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(data), "the zero Country is left out")

	var back rec
	require.NoError(t, json.Unmarshal([]byte(`{"country":"XK"}`), &back))
	assert.Equal(t, vocab.MustCountry("XK"), back.Country)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"country":""}`), &back), vocab.ErrUnknown,
		"an empty code is refused: the zero Country is written by leaving the field out")

	for _, bad := range []string{"ua", "UKR", "804", "EU", "UK"} {
		back = rec{vocab.MustCountry("FR")}
		err := json.Unmarshal([]byte(`{"country":`+strconv.Quote(bad)+`}`), &back)
		require.Error(t, err, bad)
		assert.ErrorIs(t, err, vocab.ErrUnknown, "JSON and Parse read the same codes")
	}
}

func TestParseSubdivision(t *testing.T) {
	for _, code := range []string{"UA-30", "UA-43", "UA-14", "RU-MOW", "RU-MOS", "US-CA", "GB-ENG", "FR-20R"} {
		d, err := vocab.ParseSubdivision(code)
		require.NoError(t, err, code)
		assert.Equal(t, code, d.String())
		assert.Equal(t, code[:2], d.Country().String())
	}
	for _, code := range []string{
		"", "UA", "UA-", "UA30", "ua-30", "UA-mow", "-30",
		"UA-99", "UA-1", // the right form, but no such subdivision
		"UA-1234", "XX-30", "ZZ-1", "EU-AB", "UA-3 ", "UA-3-4", "UKR-30",
	} {
		d, err := vocab.ParseSubdivision(code)
		require.Error(t, err, "%q", code)
		assert.True(t, d.IsZero())
		assert.ErrorIs(t, err, vocab.ErrUnknown)
	}
	var zero vocab.Subdivision
	assert.True(t, zero.Country().IsZero())
	assert.Panics(t, func() { vocab.MustSubdivision("UA-99") })

	type rec struct {
		Sub vocab.Subdivision `json:"sub,omitzero"`
	}
	data, err := json.Marshal(rec{vocab.MustSubdivision("UA-30")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"sub":"UA-30"}`, string(data))
	var back rec
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, vocab.MustSubdivision("UA-30"), back.Sub)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"sub":"UA-99"}`), &back), vocab.ErrUnknown)
}

func TestValidationErrorText(t *testing.T) {
	p := func(path string) vocab.Problem {
		return vocab.Problem{Path: path, Rule: vocab.RuleRequired, Message: "is required"}
	}
	for _, c := range []struct {
		problems []vocab.Problem
		want     string
	}{
		{nil, "story: invalid"},
		{[]vocab.Problem{p("title")}, "story: title: is required"},
		{[]vocab.Problem{p("title"), p("status")}, "story: title: is required (and 1 more problem)"},
		{[]vocab.Problem{p("title"), p("status"), p("id")}, "story: title: is required (and 2 more problems)"},
		{[]vocab.Problem{{Rule: vocab.RuleInvalid, Message: "is wrong"}}, "story: is wrong"},
	} {
		err := &vocab.ValidationError{Scope: "story", Problems: c.problems}
		assert.Equal(t, c.want, err.Error())
	}
}

func TestValidationErrorHasAndAs(t *testing.T) {
	var err error = fmt.Errorf("loading: %w", &vocab.ValidationError{Scope: "actor", Problems: []vocab.Problem{
		{Path: "name", Rule: vocab.RuleRequired, Message: "is required"},
	}})
	var verr *vocab.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.True(t, verr.Has("name", vocab.RuleRequired))
	assert.False(t, verr.Has("name", vocab.RuleEnum))
	assert.False(t, errors.Is(err, vocab.ErrUnknown), "a validation error is not an unknown value")
}

func TestUnknownError(t *testing.T) {
	err := fmt.Errorf("line 3: %w", &vocab.UnknownError{Scope: "event", Set: "kind", Value: "meating", Known: []string{"meeting", "attack"}})
	assert.ErrorIs(t, err, vocab.ErrUnknown)
	var unknown *vocab.UnknownError
	require.ErrorAs(t, err, &unknown)
	assert.Equal(t, "meating", unknown.Value)
	assert.Equal(t, `line 3: event: unknown kind "meating" (want one of [meeting attack])`, err.Error())
	assert.Equal(t, `actor: unknown field "Name"`, (&vocab.UnknownError{Scope: "actor", Set: "field", Value: "Name"}).Error())
}

// Every rule constant is spelled as its value: RuleWrongType is
// "wrong_type", never a name that says something else than the JSON of a
// problem. The test reads the declarations, so a new constant is held to it.
func TestRulesAreSpelledAsTheirValues(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "errors.go", nil, 0)
	require.NoError(t, err)
	declared := map[vocab.Rule]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Rule" {
				continue
			}
			name := strings.TrimPrefix(vs.Names[0].Name, "Rule")
			value, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			require.NoError(t, err)
			assert.Equal(t, snake(name), value, "Rule%s", name)
			declared[vocab.Rule(value)] = true
		}
	}
	assert.Len(t, vocab.Rules(), len(declared), "Rules lists every constant once")
	for _, r := range vocab.Rules() {
		assert.True(t, declared[r], "%s", r)
	}
}

// snake returns "wrong_type" for "WrongType" and "gte" for "GTE".
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 && (s[i-1] < 'A' || s[i-1] > 'Z') {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
