package source_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/vocab"
)

// problem is the part of a source.Problem that tests assert on.
type problem struct {
	Path string
	Rule vocab.Rule
}

// problemsOf returns the path and rule of every problem in err.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	var out []problem
	for _, p := range testutil.ProblemsOf(t, err) {
		out = append(out, problem(p))
	}
	return out
}

// assertNoError checks that err is a nil interface, not a typed nil.
func assertNoError(t *testing.T, err error) {
	t.Helper()
	testutil.AssertNilError(t, err)
}
