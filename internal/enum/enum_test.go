package enum_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/vocab"
)

type colour string

var colours = enum.New("paint", "colour", colour("red"), colour("green"), colour("blue"))

func TestSetValues(t *testing.T) {
	got := colours.Values()
	assert.Equal(t, []colour{"red", "green", "blue"}, got)

	got[0] = "mauve"
	assert.Equal(t, []colour{"red", "green", "blue"}, colours.Values(), "Values must return a fresh copy")
	assert.Equal(t, "colour", colours.Name())
}

func TestSetValid(t *testing.T) {
	for _, c := range []struct {
		v    colour
		want bool
	}{
		{"red", true},
		{"blue", true},
		{"", false},
		{"Red", false},
		{"red ", false},
		{"mauve", false},
	} {
		assert.Equal(t, c.want, colours.Valid(c.v), "Valid(%q)", c.v)
	}
}

func TestSetParse(t *testing.T) {
	for _, v := range colours.Values() {
		got, err := colours.Parse(string(v))
		require.NoError(t, err)
		assert.Equal(t, v, got)
	}
	for _, bad := range []string{"", "mauve", "RED", " red", "red\n", `"red"`} {
		got, err := colours.Parse(bad)
		require.Error(t, err, "Parse(%q)", bad)
		assert.Equal(t, colour(""), got)
		assert.Contains(t, err.Error(), strconv.Quote(bad), "the error quotes the input")
		assert.Contains(t, err.Error(), "paint: ", "the error starts with the package")
	}
}

func TestSetMarshal(t *testing.T) {
	b, err := colours.Marshal("green")
	require.NoError(t, err)
	assert.Equal(t, []byte("green"), b)

	for _, bad := range []colour{"", "mauve"} {
		b, err := colours.Marshal(bad)
		require.Error(t, err, "Marshal(%q)", bad)
		assert.Nil(t, b)
		assert.Contains(t, err.Error(), strconv.Quote(string(bad)))
	}
}

func TestSetUnmarshal(t *testing.T) {
	var c colour
	require.NoError(t, colours.Unmarshal(&c, []byte("blue")))
	assert.Equal(t, colour("blue"), c)

	err := colours.Unmarshal(&c, []byte("mauve"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"mauve"`)
	assert.Equal(t, colour("blue"), c, "a failed Unmarshal leaves the value alone")
}

func TestZeroSet(t *testing.T) {
	var s enum.Set[colour]
	assert.Empty(t, s.Values())
	assert.False(t, s.Valid("red"))
	_, err := s.Parse("red")
	assert.Error(t, err)
}

func TestUnknownQuotesAShortExcerpt(t *testing.T) {
	long := strings.Repeat("é", 100) // two bytes a rune
	_, err := colours.Parse(long)
	var unknown *vocab.UnknownError
	require.ErrorAs(t, err, &unknown)
	assert.True(t, utf8.ValidString(unknown.Value), "the cut keeps whole runes")
	assert.Less(t, len(unknown.Value), 100)
	assert.Equal(t, []string{"red", "green", "blue"}, unknown.Known)
	assert.ErrorIs(t, err, vocab.ErrUnknown)
}
