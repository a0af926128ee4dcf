package excerpt_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/internal/excerpt"
)

func TestOf(t *testing.T) {
	assert.Equal(t, "short", excerpt.Of("short"))
	assert.Equal(t, strings.Repeat("a", excerpt.Max), excerpt.Of(strings.Repeat("a", excerpt.Max)))
	long := strings.Repeat("é", 1<<20)
	got := excerpt.Of(long)
	assert.True(t, utf8.ValidString(got), "cut at a rune boundary")
	assert.Less(t, len(got), 100)
	assert.Contains(t, got, "(2097152 bytes)")
	assert.Equal(t, `"x\n"`, excerpt.Quote("x\n"))
}
