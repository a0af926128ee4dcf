package vocab_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/vocab"
)

func TestParseCurrency(t *testing.T) {
	for _, code := range []string{"USD", "EUR", "GBP", "UAH", "RUB", "TRY", "SYP", "ILS", "JPY", "CNY", "CHF"} {
		c, err := vocab.ParseCurrency(code)
		require.NoError(t, err, code)
		assert.Equal(t, code, c.String())
		assert.False(t, c.IsZero())
	}
	for _, code := range []string{
		"", "US", "USDD", "usd", "Usd", "840", "$", "€", " USD", "USD ",
		"XYZ", "AAA", // not on the list
		strings.Repeat("U", 300),
	} {
		c, err := vocab.ParseCurrency(code)
		require.Error(t, err, "%q", code)
		assert.True(t, c.IsZero(), "a failed parse gives the zero Currency")
		assert.ErrorIs(t, err, vocab.ErrUnknown)
		assert.LessOrEqual(t, len(err.Error()), 200, "the error quotes a short excerpt")
	}
	assert.Panics(t, func() { vocab.MustCurrency("usd") })
	assert.Equal(t, vocab.MustCurrency("EUR"), vocab.MustCurrency("EUR"), "comparable")
}

func TestCurrencyText(t *testing.T) {
	type rec struct {
		Currency vocab.Currency `json:"currency,omitzero"`
	}
	data, err := json.Marshal(rec{vocab.MustCurrency("EUR")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"currency":"EUR"}`, string(data))
	data, err = json.Marshal(rec{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(data), "the zero Currency is left out")
	var back rec
	require.NoError(t, json.Unmarshal([]byte(`{"currency":"UAH"}`), &back))
	assert.Equal(t, vocab.MustCurrency("UAH"), back.Currency)
	err = json.Unmarshal([]byte(`{"currency":"usd"}`), &back)
	assert.ErrorIs(t, err, vocab.ErrUnknown)
}
