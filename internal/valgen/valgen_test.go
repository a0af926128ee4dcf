package valgen_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/internal/valgen"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// rules_gen.go is what the generator makes from the tags and struct-level
// rules now: a rule, field or kind added without `go generate .` fails
// here. What the generated checks decide is tested in the root package
// (rules_test.go), against the compiled plans.
func TestRulesFileIsUpToDate(t *testing.T) {
	want, err := valgen.Rules()
	require.NoError(t, err)
	testutil.AssertGenerated(t, root, valgen.RulesFile, want)
}
