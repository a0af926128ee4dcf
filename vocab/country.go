package vocab

import (
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/engine"
	"github.com/newsevent/newsevent/internal/excerpt"
)

// Country is an ISO 3166-1 alpha-2 country code ("UA"), a comparable value
// like netip.Addr. The zero Country means "no country" (unknown, or not
// applicable); every other Country is one of the list below, because the
// only ways to make one, [ParseCountry] and [Country.UnmarshalText], check
// it.
//
// The list is the officially assigned codes of ISO 3166-1 (249 of them, as
// go-playground/validator keeps them) and XK, the user-assigned code in
// wide use for Kosovo (the European Commission, CLDR and most datasets use
// it). Not countries: reserved and withdrawn codes ("UK", "SU", "YU",
// "AN"), groups ("EU", "UN"), unknown ("ZZ") and other private-use codes.
// Only the upper-case two-letter form is read: "ua", "UKR" and "804" are
// errors, so a code means the same in JSON, in builders and in the schema.
//
// In JSON a Country is its code as a string.
type Country struct {
	code [2]byte
}

// countryTable marks the two-letter codes that are countries, read once
// from validator's list of assigned codes.
var countryTable = sync.OnceValue(func() *[26 * 26]bool {
	var t [26 * 26]bool
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			t[int(a-'A')*26+int(b-'A')] = engine.Has("iso3166_1_alpha2", string([]byte{a, b}))
		}
	}
	return &t
})

// isCountry reports whether s is an upper-case two-letter code of the list.
func isCountry(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	return countryTable()[int(s[0]-'A')*26+int(s[1]-'A')]
}

// ParseCountry returns the Country with the code s ("UA"), or an error
// that quotes s; see [Country] for what is a country.
func ParseCountry(s string) (Country, error) {
	if !isCountry(s) {
		return Country{}, &UnknownError{Scope: "vocab", Set: "ISO 3166-1 alpha-2 country code", Value: excerpt.Of(s)}
	}
	return Country{code: [2]byte{s[0], s[1]}}, nil
}

// MustCountry is like [ParseCountry] but panics on an error. It is for
// tests, examples and package-level values made from constants.
func MustCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Country.
func (c Country) IsZero() bool { return c == Country{} }

// String returns the code ("UA"), or "" for the zero Country.
func (c Country) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.code[:])
}

// Region returns the country as an x/text region, for use with the rest of
// golang.org/x/text; the zero Country gives "ZZ", x/text's unknown region.
func (c Country) Region() language.Region {
	if c.IsZero() {
		return language.MustParseRegion("ZZ")
	}
	return language.MustParseRegion(c.String())
}

// MarshalText returns the code; the zero Country gives empty text.
func (c Country) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a code as [ParseCountry] does. Empty text is an
// error, as it is for ParseCountry: the zero Country is written by leaving
// the field out, and a document that writes "" says nothing a reader can
// trust.
func (c *Country) UnmarshalText(text []byte) error {
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Subdivision is an ISO 3166-2 subdivision code ("UA-30" for Kyiv, "RU-MOS"
// for Moscow Oblast), a comparable value like [Country]. The zero
// Subdivision means none; every other one is on the list of ISO 3166-2
// codes that go-playground/validator keeps (about 5,000), so a code of the
// right form that names no subdivision ("UA-99") is an error.
//
// In JSON a Subdivision is its code as a string.
type Subdivision struct {
	code string
}

// ParseSubdivision returns the Subdivision with the code s, or an error
// that quotes s.
func ParseSubdivision(s string) (Subdivision, error) {
	country, _, ok := strings.Cut(s, "-")
	if !ok || !isCountry(country) || len(s) > 6 || !engine.Has("iso3166_2", s) {
		return Subdivision{}, &UnknownError{Scope: "vocab", Set: "ISO 3166-2 subdivision code", Value: excerpt.Of(s)}
	}
	return Subdivision{code: s}, nil
}

// MustSubdivision is like [ParseSubdivision] but panics on an error. It is
// for tests, examples and package-level values made from constants.
func MustSubdivision(s string) Subdivision {
	d, err := ParseSubdivision(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Subdivision.
func (d Subdivision) IsZero() bool { return d.code == "" }

// String returns the code ("UA-30"), or "" for the zero Subdivision.
func (d Subdivision) String() string { return d.code }

// Country returns the country the subdivision lies in (UA for "UA-30"), or
// the zero Country for the zero Subdivision.
func (d Subdivision) Country() Country {
	if d.IsZero() {
		return Country{}
	}
	return Country{code: [2]byte{d.code[0], d.code[1]}}
}

// MarshalText returns the code; the zero Subdivision gives empty text.
func (d Subdivision) MarshalText() ([]byte, error) { return []byte(d.code), nil }

// UnmarshalText reads a code as [ParseSubdivision] does; empty text is an
// error, as for [Country.UnmarshalText].
func (d *Subdivision) UnmarshalText(text []byte) error {
	v, err := ParseSubdivision(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
