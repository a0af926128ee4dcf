//go:build !race

// The race detector makes sync.Pool drop values at random, and so
// allocate: allocations are counted without it.

package validate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/validate"
)

// TestFastAllocations: a valid record costs the compiled engine no
// allocation of its own (struct-level rules may allocate).
func TestFastAllocations(t *testing.T) {
	var total float64
	recs := generated()
	for _, r := range recs {
		v := r.Fresh()
		require.NoError(t, validate.Fast(r.Scope, v))
		n := testing.AllocsPerRun(20, func() { _ = validate.Fast(r.Scope, v) })
		if strings.HasPrefix(r.Scope, "actor") || r.Scope == "territory" {
			assert.Zero(t, n, "%s", r.Name)
		}
		total += n
	}
	t.Logf("%.2f allocations per valid record on average", total/float64(len(recs)))
	assert.Less(t, total/float64(len(recs)), 1.0)
}
