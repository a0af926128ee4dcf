package event

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPLOVERTable checks the CAMEO to PLOVER table itself: every code is
// a CAMEO 1.1b3 code, every category is one of PLOVER's sixteen, and modes
// are lower-case words without spaces.
func TestPLOVERTable(t *testing.T) {
	assert.GreaterOrEqual(t, len(ploverCodes), 250)
	for code, c := range ploverCodes {
		_, ok := cameoLabels[code]
		assert.True(t, ok, "%s is not a CAMEO 1.1b3 code", code)
		assert.Empty(t, c.CAMEO, "%s: the code is the key", code)
		assert.True(t, c.PLOVER.IsValid(), "%s: %q", code, c.PLOVER)
		assert.Equal(t, strings.ToLower(strings.TrimSpace(c.Mode)), c.Mode, "%s: mode %q", code, c.Mode)
		assert.NotContains(t, c.Mode, " ", "%s", code)
	}
}

// TestCodesForEveryCAMEOCode checks codesFor over every CAMEO code: the
// code is kept, and the category is PLOVER's, or none for the public
// statements (01) and appeals (02) that PLOVER drops.
func TestCodesForEveryCAMEOCode(t *testing.T) {
	for code := range cameoLabels {
		c := codesFor(code)
		assert.Equal(t, code, c.CAMEO)
		switch code[:2] {
		case "01", "02":
			assert.Empty(t, c.PLOVER, code)
		default:
			assert.True(t, c.PLOVER.IsValid(), "%s: %q", code, c.PLOVER)
		}
		if c.Mode != "" {
			assert.NotEmpty(t, c.PLOVER, code)
		}
	}
	assert.Equal(t, Codes{}, codesFor(""))
}

// TestCueCategoriesAgreeWithTable checks that where the table and the cue
// categories differ, the table wins: the code-level departures of the 2021
// conversion table from the cue categories.
func TestCueCategoriesAgreeWithTable(t *testing.T) {
	for code, want := range map[string]Category{
		"0813": CategoryRetreat, "0814": CategoryRetreat, // 081 is CONCEDE, but easing a curfew is RETREAT
		"163": CategoryCoerce, "1712": CategoryAssault, "175": CategoryAssault,
		"191": CategoryCoerce, "192": CategoryCoerce,
	} {
		assert.Equal(t, want, codesFor(code).PLOVER, code)
	}
}
