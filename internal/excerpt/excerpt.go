// Package excerpt cuts untrusted input to a length an error message can
// quote: an error about a 1 MiB input must not be 1 MiB long.
package excerpt

import (
	"strconv"
	"unicode/utf8"
)

// Max is the most bytes of input an error quotes.
const Max = 64

// Of returns s, or its first Max bytes (cut at a rune boundary) followed
// by "…" and the length of the whole.
func Of(s string) string {
	if len(s) <= Max {
		return s
	}
	cut := Max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

// Quote returns Of(s) in double quotes, as %q writes it.
func Quote(s string) string { return strconv.Quote(Of(s)) }
