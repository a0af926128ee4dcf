//go:build !newsevent_jsonv1

package jsonx

import (
	"sync"

	"golang.org/x/text/language"
)

// LanguageText sets *t from text as t.UnmarshalText does, for the
// generated decoders. Parsing a tag costs some 240 ns and 4 allocations,
// and a stream repeats a few tags in every record, most of them of two
// letters ("en", "uk"): those come from a table that UnmarshalText itself
// fills once, with every two-letter text it accepts. Any other text is
// parsed.
func LanguageText(t *language.Tag, text []byte) error {
	if len(text) == 2 {
		if tag, ok := twoLetterTags()[string(text)]; ok {
			*t = tag
			return nil
		}
	}
	return t.UnmarshalText(text)
}

// twoLetterTags maps each text of two lower-case ASCII letters that
// language.Tag's UnmarshalText accepts to the tag it gives. It is made on
// first use and never changed.
var twoLetterTags = sync.OnceValue(func() map[string]language.Tag {
	m := make(map[string]language.Tag)
	for a := byte('a'); a <= 'z'; a++ {
		for b := byte('a'); b <= 'z'; b++ {
			text := []byte{a, b}
			var t language.Tag
			if t.UnmarshalText(text) == nil {
				m[string(text)] = t
			}
		}
	}
	return m
})
