//go:build !newsevent_jsonv1

package jsonx_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// LanguageText gives what language.Tag's UnmarshalText gives, the tag and
// the error, for every text of two ASCII letters or other bytes (the
// table's and its neighbours'), and for longer and malformed tags.
func TestLanguageTextAsUnmarshalText(t *testing.T) {
	var texts []string
	for a := 0; a < 128; a++ {
		for b := 0; b < 128; b++ {
			texts = append(texts, string([]byte{byte(a), byte(b)}))
		}
	}
	texts = append(texts, "", "e", "eng", "uk-Latn", "en-GB", "zh-Hant-TW", "EN", "x-", "en-", "\xff\xfe", "und", "i-klingon")
	hits := 0
	for _, text := range texts {
		want := language.MustParse("fr") // not zero: a failed parse must set what UnmarshalText sets
		wantErr := want.UnmarshalText([]byte(text))
		got := language.MustParse("fr")
		gotErr := jsonx.LanguageText(&got, []byte(text))
		assert.Equal(t, want, got, "%q", text)
		if wantErr == nil {
			assert.NoError(t, gotErr, "%q", text)
			if len(text) == 2 {
				hits++
			}
		} else if assert.Error(t, gotErr, "%q", text) {
			assert.Equal(t, wantErr.Error(), gotErr.Error(), "%q", text)
		}
	}
	assert.Greater(t, hits, 150, "two-letter tags accepted")
}
