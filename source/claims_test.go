package source_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/source"
)

func TestCountBounds(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text   string
		lo, hi float64
	}{
		{"90", 90, 90},
		{"about 150", 150, 150},
		{"nearly 70", 70, 70},
		{"at least 20", 20, inf},
		{"more than 1,000", 1000, inf},
		{"up to 20,000", 0, 20000},
		{"as many as 12", 0, 12},
		{"fewer than 10", 0, 10},
		{"20 to 30", 20, 30},
		{"dozens", 12, inf},
		{"several hundred", 100, inf},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c, err := source.ParseCount(tc.text)
			require.NoError(t, err)
			lo, hi := c.Bounds()
			assert.Equal(t, tc.lo, lo)
			assert.Equal(t, tc.hi, hi)
			assert.True(t, source.Overlap(c, c), "a figure overlaps itself")
		})
	}
	t.Run("a compound period overlaps every figure", func(t *testing.T) {
		c := source.Count{Qualifier: source.QualifierExact, Measure: source.MeasureDuration, Period: source.Period{Years: 2, Days: 2}}
		lo, hi := c.Bounds()
		assert.Equal(t, 0.0, lo)
		assert.Equal(t, inf, hi)
	})
}

func TestOverlap(t *testing.T) {
	parse := func(s string) source.Count {
		c, err := source.ParseCount(s)
		require.NoError(t, err)
		return c
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"9", "12", false},
		{"at least 9", "12", true},
		{"20 to 30", "30", true}, // closed ends
		{"20 to 30", "31", false},
		{"dozens", "5", false},
		{"dozens", "500", true},
		{"more than 4,500", "4,500", true},
		{"up to 20", "at least 21", false},
	} {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.want, source.Overlap(parse(tc.a), parse(tc.b)))
			assert.Equal(t, tc.want, source.Overlap(parse(tc.b), parse(tc.a)), "symmetric")
		})
	}
}
