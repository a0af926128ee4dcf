package validate

import "testing"

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
