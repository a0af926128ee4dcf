package source

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsevent/newsevent/vocab"
)

// The currency signs the parser reads, in lower case. The ISO codes they
// stand for are checked against the ISO 4217 list through
// [vocab.ParseCurrency] when read; this table only says which code a sign
// names.
var (
	// uniqueSigns name one currency wherever they are written.
	uniqueSigns = map[string]string{
		"€": "EUR", "₴": "UAH", "₽": "RUB", "₺": "TRY", "₹": "INR", "₪": "ILS", "₦": "NGN", "₱": "PHP",
		"₫": "VND", "₸": "KZT", "₼": "AZN", "₾": "GEL",
		"us$": "USD", "a$": "AUD", "au$": "AUD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
		"r$": "BRL", "nt$": "TWD", "mx$": "MXN",
	}
	// sharedSigns name several currencies; the language decides, or the
	// figure is refused. The text says which.
	sharedSigns = map[string]string{
		"$":  "the US, Canadian, Australian and other dollars, or a peso",
		"£":  "the pound sterling or the Egyptian, Lebanese or another pound",
		"¥":  "the Japanese yen or the Chinese yuan",
		"₩":  "the South Korean or the North Korean won",
		"c$": "the Canadian dollar or the Nicaraguan córdoba",
	}
	// englishSigns are what the wires of English-language agencies mean by
	// a shared sign: they write "$" for the US dollar and mark the others
	// ("C$", "A$"), and "£" for sterling.
	englishSigns = map[string]string{"$": "USD", "£": "GBP", "c$": "CAD"}
	// currencyNames are the English names of currencies after a number
	// ("5 million euros"); "$" marks a name that is as shared as the sign.
	currencyNames = map[string]string{
		"euro": "EUR", "euros": "EUR", "hryvnia": "UAH", "hryvnias": "UAH", "rouble": "RUB", "roubles": "RUB",
		"ruble": "RUB", "rubles": "RUB", "belarusian roubles": "BYN", "belarusian rubles": "BYN", "yen": "JPY",
		"yuan": "CNY", "renminbi": "CNY", "sterling": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
		"shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF",
		"forints": "HUF", "turkish lira": "TRY", "turkish liras": "TRY", "swiss franc": "CHF", "swiss francs": "CHF",
		"us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
		"canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD", "australian dollars": "AUD",
		"indian rupee": "INR", "indian rupees": "INR", "pakistani rupee": "PKR", "pakistani rupees": "PKR",
		"rand": "ZAR", "naira": "NGN", "tenge": "KZT", "lari": "GEL",
		"dollar": "$", "dollars": "$",
	}
)

// signSet is the set of signs a language's reader knows: the tables'
// and those the language writes for its own currency (local), but for a
// sign that is one of the parser's words (the kwacha's "K" would take
// "£40k"). longest is the most runes a sign has.
type signSet struct {
	signs   map[string]bool
	longest int
}

func signsFor(local []string) signSet {
	set := signSet{signs: map[string]bool{}}
	add := func(s string) {
		set.signs[s] = true
		set.longest = max(set.longest, utf8.RuneCountInString(s))
	}
	for s := range uniqueSigns {
		add(s)
	}
	for s := range sharedSigns {
		add(s)
	}
	for _, s := range local {
		if s != "" && !hasDigit(s) && !reserved[s] && !strings.ContainsFunc(s, isSpaceRune) {
			add(s)
		}
	}
	return set
}

// cutSign returns the longest sign w starts with (or, with suffix, ends
// with), as the tables write it, and the rest of w; "" when there is
// none. Full-width signs are read as their narrow forms ("＄" as "$").
func (r *countReader) cutSign(w string, suffix bool) (sign, rest string) {
	set := r.cv.signs
	// ends[k] is the byte offset after (or, with suffix, before) k runes.
	ends := make([]int, 0, set.longest+1)
	ends = append(ends, 0)
	if suffix {
		ends[0] = len(w)
	}
	for k := 1; k <= set.longest; k++ {
		i := ends[k-1]
		if suffix {
			if i == 0 {
				break
			}
			_, size := utf8.DecodeLastRuneInString(w[:i])
			ends = append(ends, i-size)
		} else {
			if i == len(w) {
				break
			}
			_, size := utf8.DecodeRuneInString(w[i:])
			ends = append(ends, i+size)
		}
	}
	for k := len(ends) - 1; k >= 1; k-- {
		part, after := w[:ends[k]], w[ends[k]:]
		if suffix {
			part, after = w[ends[k]:], w[:ends[k]]
		}
		if s := normSign(part); set.signs[s] {
			return s, after
		}
	}
	return "", w
}

// resolveSign returns the currency a sign names in the reader's language.
func (r *countReader) resolveSign(sign string) (vocab.Currency, error) {
	if slices.Contains(r.cv.localSigns, sign) {
		return r.cv.local, nil
	}
	code, ok := uniqueSigns[sign]
	if !ok && r.cv.english {
		code, ok = englishSigns[sign]
	}
	if !ok {
		if what, shared := sharedSigns[sign]; shared {
			return vocab.Currency{}, fmt.Errorf("%q may be %s: write the upper-case ISO code (\"USD 5 million\"), or set CountParser.Lang to the language of the source", sign, what)
		}
		return vocab.Currency{}, fmt.Errorf("%q is a currency sign this parser does not know", sign)
	}
	return vocab.ParseCurrency(code)
}

// isoCode reads an ISO 4217 code written as ISO writes it, in upper case
// ("EUR"); "eur", "all" and "try" are not codes.
func isoCode(orig string) (vocab.Currency, bool) {
	if len(orig) != 3 {
		return vocab.Currency{}, false
	}
	c, err := vocab.ParseCurrency(orig)
	return c, err == nil
}

// currencyName reads an English currency name at the end of lw ("euros",
// "us dollars") and returns its currency and how many words it takes.
func (r *countReader) currencyName(lw []string) (c vocab.Currency, n int, ok bool, err error) {
	for n = 2; n >= 1; n-- {
		if len(lw) < n {
			continue
		}
		code, found := currencyNames[strings.Join(lw[len(lw)-n:], " ")]
		if !found {
			continue
		}
		if code == "$" {
			c, err = r.resolveSign("$")
			if err != nil {
				return c, n, false, fmt.Errorf("%q: %w", strings.Join(lw[len(lw)-n:], " "), err)
			}
			return c, n, true, nil
		}
		c, err = vocab.ParseCurrency(code)
		return c, n, err == nil, err
	}
	return vocab.Currency{}, 0, false, nil
}
