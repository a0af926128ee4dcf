package validate_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

func TestProblemString(t *testing.T) {
	assert.Equal(t, "roles[1].from: must not be after until",
		vocab.Problem{Path: "roles[1].from", Rule: "order", Message: "must not be after until"}.String())
	assert.Equal(t, "is wrong", vocab.Problem{Rule: "invalid", Message: "is wrong"}.String())
}

func TestErrorText(t *testing.T) {
	for _, c := range []struct {
		name string
		err  *vocab.ValidationError
		want string
	}{
		{"no problems", &vocab.ValidationError{Scope: "actor"}, "actor: invalid"},
		{"one", &vocab.ValidationError{Scope: "actor", Problems: []vocab.Problem{{Path: "name", Rule: "required", Message: "is required"}}},
			"actor: name: is required"},
		{"two", &vocab.ValidationError{Scope: "actor", Problems: []vocab.Problem{
			{Path: "name", Rule: "required", Message: "is required"},
			{Path: "kind", Rule: "enum", Message: `"x" is not a known value`},
		}}, `actor: name: is required (and 1 more problem)`},
		{"three", &vocab.ValidationError{Scope: "story", Problems: []vocab.Problem{
			{Path: "events[0].title", Rule: "required", Message: "is required"},
			{Path: "events[1].title", Rule: "required", Message: "is required"},
			{Path: "events[2].title", Rule: "required", Message: "is required"},
		}}, `story: events[0].title: is required (and 2 more problems)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.err.Error())
		})
	}
}

func TestErrorHas(t *testing.T) {
	e := &vocab.ValidationError{Scope: "x", Problems: []vocab.Problem{{Path: "a", Rule: "required"}, {Path: "b[0]", Rule: "id"}}}
	assert.True(t, e.Has("a", "required"))
	assert.True(t, e.Has("b[0]", "id"))
	assert.False(t, e.Has("a", "id"))
	assert.False(t, e.Has("c", "required"))
}

func TestListErr(t *testing.T) {
	var l validate.List
	assert.Equal(t, 0, l.Len())
	err := l.Err("actor")
	assert.True(t, err == nil, "an empty list gives a nil error interface, got %#v", err)

	l.Add("name", vocab.RuleRequired, "is required")
	assert.Equal(t, 1, l.Len())
	err = l.Err("actor")
	var ve *vocab.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "actor", ve.Scope)
	assert.Equal(t, []vocab.Problem{{Path: "name", Rule: "required", Message: "is required"}}, ve.Problems)

	wrapped := fmt.Errorf("context: %w", err)
	require.ErrorAs(t, wrapped, &ve, "errors.As finds it through wrapping")
}

func TestListMerge(t *testing.T) {
	var l validate.List
	l.Merge("ignored", nil)
	assert.Equal(t, 0, l.Len(), "merging nil adds nothing")

	inner := &vocab.ValidationError{Scope: "source: count", Problems: []vocab.Problem{
		{Path: "min", Rule: "order", Message: "m"},
		{Path: "", Rule: "invalid", Message: "whole"},
		{Path: "[2]", Rule: "id", Message: "i"},
	}}
	l.Merge("share", inner)
	l.Merge("period", errors.New("plain error"))

	var ve *vocab.ValidationError
	require.ErrorAs(t, l.Err("status"), &ve)
	assert.Equal(t, []vocab.Problem{
		{Path: "share.min", Rule: "order", Message: "m"},
		{Path: "share", Rule: "invalid", Message: "whole"},
		{Path: "share[2]", Rule: "id", Message: "i"},
		{Path: "period", Rule: "invalid", Message: "plain error"},
	}, ve.Problems)
	assert.Equal(t, "min", inner.Problems[0].Path, "Merge must not change the merged error")
}

func TestJoinIndex(t *testing.T) {
	for _, c := range []struct{ prefix, path, want string }{
		{"", "", ""},
		{"", "name", "name"},
		{"events[2]", "", "events[2]"},
		{"events[2]", "time.start", "events[2].time.start"},
		{"roles", "[3]", "roles[3]"},
		{"a.b", "c", "a.b.c"},
	} {
		assert.Equal(t, c.want, validate.Join(c.prefix, c.path), "Join(%q, %q)", c.prefix, c.path)
	}
	assert.Equal(t, "roles[0]", validate.Index("roles", 0))
	assert.Equal(t, "member_of[12]", validate.Index("member_of", 12))
}
