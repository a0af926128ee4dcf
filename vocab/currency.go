package vocab

import (
	"github.com/newsevent/newsevent/internal/engine"
	"github.com/newsevent/newsevent/internal/excerpt"
)

// Currency is an ISO 4217 currency code ("USD", "EUR", "UAH"), a
// comparable value like [Country]. The zero Currency means none; every
// other Currency is on the list of ISO 4217 codes that
// go-playground/validator keeps, because the only ways to make one,
// [ParseCurrency] and [Currency.UnmarshalText], check it. Only the
// upper-case three-letter form is read: "usd", "$" and "840" are errors
// (source.ParseCount reads "$1.2bn" and "€350 million").
//
// In JSON a Currency is its code as a string.
type Currency struct {
	code [3]byte
}

// ParseCurrency returns the Currency with the code s ("EUR"), or an
// *[UnknownError] that quotes s.
func ParseCurrency(s string) (Currency, error) {
	if len(s) != 3 || !upper(s) || !engine.Has("iso4217", s) {
		return Currency{}, &UnknownError{Scope: "vocab", Set: "ISO 4217 currency code", Value: excerpt.Of(s)}
	}
	return Currency{code: [3]byte{s[0], s[1], s[2]}}, nil
}

func upper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// MustCurrency is like [ParseCurrency] but panics on an error. It is for
// tests, examples and package-level values made from constants.
func MustCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Currency.
func (c Currency) IsZero() bool { return c == Currency{} }

// String returns the code ("EUR"), or "" for the zero Currency.
func (c Currency) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.code[:])
}

// MarshalText returns the code; the zero Currency gives empty text.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a code as [ParseCurrency] does; empty text is an
// error, as for [Country.UnmarshalText].
func (c *Currency) UnmarshalText(text []byte) error {
	v, err := ParseCurrency(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
