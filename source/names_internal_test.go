package source

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The lower-case names the time phrases are read with are those of the
// time package, every one of them.
func TestWeekdayAndMonthNames(t *testing.T) {
	assert.Len(t, weekdayNames, 7)
	for d := time.Sunday; d <= time.Saturday; d++ {
		assert.Equal(t, strings.ToLower(d.String()), weekdayNames[d])
		got, ok := weekdayOf(strings.ToLower(d.String()[:3]))
		assert.True(t, ok)
		assert.Equal(t, d, got)
	}
	assert.Len(t, monthNames, 12)
	for m := time.January; m <= time.December; m++ {
		assert.Equal(t, strings.ToLower(m.String()), monthNames[m-1])
		got, ok := monthOf(strings.ToLower(m.String()) + ",")
		assert.True(t, ok)
		assert.Equal(t, m, got)
	}
	got, ok := monthOf("sept.")
	assert.True(t, ok)
	assert.Equal(t, time.September, got)
	_, ok = weekdayOf("fri.")
	assert.False(t, ok, "a weekday takes no period")
}
