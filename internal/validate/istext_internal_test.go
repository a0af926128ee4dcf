package validate

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The ASCII loop of IsText must decide as the general loop does on the
// whole text (isTextFrom from the start), on every byte alone, every pair,
// and texts whose ASCII head hands over to a non-ASCII tail.
func TestIsTextASCIIAsGeneral(t *testing.T) {
	heads := []string{"", " ", "\t", "a", " a ", "\x01", "\x7f", "x\ny"}
	tails := []string{"", "\u200b", "é", "\u0085", "\xff", "\ufeff ", "Київ"}
	var texts []string
	for b := range 256 {
		texts = append(texts, string([]byte{byte(b)}))
		for c := range 128 {
			texts = append(texts, string([]byte{byte(b), byte(c)}))
		}
	}
	for _, h := range heads {
		for _, tl := range tails {
			texts = append(texts, h+tl, tl+h, h+tl+h)
		}
	}
	for _, s := range texts {
		if got, want := IsText(s), isTextFrom(s, s == ""); got != want {
			t.Errorf("IsText(%q) = %v, the general loop says %v", s, got, want)
		}
	}
}

func FuzzIsText(f *testing.F) {
	for _, s := range []string{"", "Kyiv", " \u200b", "a\x00", "\t\n", "x\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsText(s), isTextFrom(s, s == ""); got != want {
			t.Errorf("IsText(%q) = %v, the general loop says %v", s, got, want)
		}
	})
}

// IsTrimmed must decide as strings.TrimSpace does, its ASCII shortcut
// included: on every byte and pair of bytes alone and around text, and on
// the white space of Unicode beyond ASCII at either end.
func TestIsTrimmedAsTrimSpace(t *testing.T) {
	texts := []string{"", "a", "a b", "\u00a0a", "a\u0085", "\u2003x\u2003", "x\u3000", "\u200bx", "é", "éa", "aé"}
	for b := range 256 {
		one := string([]byte{byte(b)})
		texts = append(texts, one, one+"a", "a"+one, "a"+one+"a")
		for c := range 256 {
			texts = append(texts, string([]byte{byte(b), byte(c)}))
		}
	}
	for r := range rune(utf8.MaxRune + 1) {
		texts = append(texts, string(r), "x"+string(r), string(r)+"x")
	}
	for _, s := range texts {
		if got, want := IsTrimmed(s), s == strings.TrimSpace(s); got != want {
			t.Errorf("IsTrimmed(%q) = %v, want %v", s, got, want)
		}
	}
}

// noControl, the byte loop of IsText once a text shows, must find the
// same controls as a loop over its runes, on every valid text of one or
// two bytes, every rune from U+0000 to U+FFFF, and longer texts.
func TestNoControlAsRunes(t *testing.T) {
	texts := []string{"Київ", "a\u0085b", "\u009f", "\u00a0", "é\u0080", "日本\u0001", "\u2028"}
	for b := range 256 {
		texts = append(texts, string([]byte{byte(b)}))
		for c := range 256 {
			texts = append(texts, string([]byte{byte(b), byte(c)}))
		}
	}
	for r := rune(0); r <= 0xffff; r++ {
		texts = append(texts, "x"+string(r)+"y")
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			continue
		}
		want := true
		for _, r := range s {
			if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' {
				want = false
			}
		}
		if got := noControl(s); got != want {
			t.Errorf("noControl(%q) = %v, want %v", s, got, want)
		}
	}
}

// refIsText is IsText as its doc defines it, rune by rune, without the
// byte and word loops.
func refIsText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	shows := s == ""
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
		if !invisible(r) {
			shows = true
		}
	}
	return shows
}

// IsText's loops of eight bytes must decide as the rune loop does on
// texts long enough to fill words, with every kind of byte at every place
// of a word: printable ASCII, spaces, the allowed and the refused
// controls, DEL, C1, the bytes 0xC2 and 0xFF alone, and characters that
// do and do not show.
func TestIsTextWordsAsRunes(t *testing.T) {
	parts := []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\x01", "\x1f", "\x7f", "é", "\u0085", "\u00a0",
		"\u009f", "\u200b", "\xc2", "\xff", "Київ", "~", "        "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := IsText(s), refIsText(s); got != want {
			t.Fatalf("IsText(%q) = %v, want %v", s, got, want)
		}
	}
}
