package jsonx_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/vocab"
)

type inner struct {
	N int `json:"n"`
}

type outer struct {
	Name  string  `json:"name"`
	Inner inner   `json:"inner"`
	List  []inner `json:"list"`
}

func TestStrict(t *testing.T) {
	var v outer
	require.NoError(t, jsonx.Strict("test", []byte(` {"name":"a","inner":{"n":1},"list":[{"n":2}]} `), &v))
	assert.Equal(t, outer{Name: "a", Inner: inner{N: 1}, List: []inner{{N: 2}}}, v)

	for _, c := range []struct {
		name, data, mention string
	}{
		{"unknown top-level field", `{"name":"a","colour":"red"}`, `"colour"`},
		{"unknown nested field", `{"inner":{"n":1,"m":2}}`, `"m"`},
		{"unknown field in a list", `{"list":[{"n":1},{"k":2}]}`, `"k"`},
		{"trailing value", `{"name":"a"} {"name":"b"}`, "after the JSON value"},
		{"trailing garbage", `{"name":"a"} x`, "after the JSON value"},
		{"wrong type", `{"name":1}`, "name"},
		{"not JSON", `nope`, ""},
		{"empty", ``, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var v outer
			err := jsonx.Strict("test", []byte(c.data), &v)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "test: "), "the error starts with the scope: %v", err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}

// encoding/json matches keys without regard to case; Strict must not.
func TestStrictRejectsKeysInAnotherCase(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"NAME":"x"}`, "NAME"},
		{`{"Name":"x","name":"y"}`, "Name"},
		{`{"inner":{"N" : 1}}`, "N"},
		{`{"n\u0041me":"x"}`, "nAme"}, // the key it spells
		{`{"ſ":1}`, "ſ"},              // folds to "s" in encoding/json
	} {
		var v outer
		err := jsonx.Strict("test", []byte(tc.in), &v)
		require.Error(t, err, tc.in)
		assert.Contains(t, err.Error(), `unknown field "`+tc.field+`"`, tc.in)
	}
	// Upper case and escapes in values are not keys.
	var v outer
	require.NoError(t, jsonx.Strict("test", []byte(`{"name":"A \"QUOTED\": Name","inner":{"n":1}}`), &v))
	assert.Equal(t, `A "QUOTED": Name`, v.Name)
	// An escaped key is the key it spells.
	require.NoError(t, jsonx.Strict("test", []byte(`{"n\u0061me":"x"}`), &v))
	assert.Equal(t, "x", v.Name)
}

// encoding/json keeps the last of repeated keys; Strict must refuse them.
func TestStrictRejectsRepeatedKeys(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"name":"a","name":"b"}`, "name"},
		{`{"inner":{"n":1,"n":2}}`, "n"},
		{`{"name":"a","n\u0061me":"b"}`, "name"},
		{`{"n\u0061me":"a","name":"b"}`, "name"},
	} {
		var v outer
		err := jsonx.Strict("test", []byte(tc.in), &v)
		require.Error(t, err, tc.in)
		assert.Contains(t, err.Error(), `field "`+tc.field+`" appears twice`, tc.in)
	}
	// The same key in sibling or nested objects is not a repeat.
	var v struct {
		A outer `json:"a"`
		B outer `json:"b"`
	}
	require.NoError(t, jsonx.Strict("test", []byte(`{"a":{"name":"x","inner":{"n":1}},"b":{"name":"y","inner":{"n":2}}}`), &v))
	assert.Equal(t, "y", v.B.Name)
}

// An unknown field, whether encoding/json or the key check finds it, is a
// *vocab.UnknownError that names the field.
func TestStrictUnknownFieldIsTyped(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"nmae":"x"}`, "nmae"},
		{`{"NAME":"x"}`, "NAME"},
		{`{"inner":{"m":1}}`, "m"},
	} {
		var v outer
		err := jsonx.Strict("test", []byte(tc.in), &v)
		var unknown *vocab.UnknownError
		require.ErrorAs(t, err, &unknown, tc.in)
		assert.Equal(t, "field", unknown.Set)
		assert.Equal(t, tc.field, unknown.Value)
		assert.ErrorIs(t, err, vocab.ErrUnknown)
	}
}
