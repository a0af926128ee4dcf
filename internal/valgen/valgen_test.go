package valgen_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/internal/valgen"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// Each rules_gen.go is what the generator makes from the tags and
// struct-level rules now: a rule, field or kind added without `go
// generate .` fails here. What the generated checks decide is tested
// against the compiled plans in the root package (rules_test.go) and in
// each package with builders (its rules_test.go).
func TestRulesFilesAreUpToDate(t *testing.T) {
	files, err := valgen.Files()
	require.NoError(t, err)
	var paths []string
	for _, f := range files {
		testutil.AssertGenerated(t, root, f.Path, f.Data)
		paths = append(paths, f.Path)
	}
	assert.ElementsMatch(t, []string{"rules_gen.go", "actor/rules_gen.go", "territory/rules_gen.go", "source/rules_gen.go", "event/rules_gen.go"}, paths)
}
