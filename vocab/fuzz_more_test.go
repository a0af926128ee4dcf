package vocab_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/vocab"
)

// FuzzUnmarshalText decodes each input as a Country, a Subdivision and a
// Currency; see utTextOf for the property. Empty text is the zero value, as
// each type's UnmarshalText documents, though the parsers reject it.
// TerritoryID and EventID are territory.ID and event.ID, which the
// targets of those packages check.
func FuzzUnmarshalText(f *testing.F) {
	testutil.FuzzText(f, []testutil.TextCase{
		testutil.TextOf("Country", vocab.MustCountry("UA"), vocab.ParseCountry, nil, testutil.Same, false, true),
		testutil.TextOf("Subdivision", vocab.MustSubdivision("UA-30"), vocab.ParseSubdivision, nil, testutil.Same, false, true),
		testutil.TextOf("Currency", vocab.MustCurrency("EUR"), vocab.ParseCurrency, nil, testutil.Same, false, true),
	},
		"", " ", "UA", "RU", "US", "XK", "GB", "ua", "Ua", "UKR", "804", "UK", "EU", "ZZ", "AA", "XX", "U", "UA ", "\xff",
		"UA-30", "UA-99", "RU-MOS", "US-CA", "GB-ENG", "FR-75C", "ua-30", "UA30", "UA-", "-30", "UA-3000", "UK-30", "XK-01",
		"UA-30\x00", "UA\u200b-30", "US-CA-1",
		"USD", "EUR", "UAH", "RUB", "XAU", "XXX", "usd", "$", "840", "EURO", "EU", "ZZZ", "USD ",
	)
}
