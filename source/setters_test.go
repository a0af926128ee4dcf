package source_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/source"
)

// TestEveryFieldHasASetter holds the builder contract as fields are added.
func TestEveryFieldHasASetter(t *testing.T) {
	testutil.AssertSetters[source.Builder, source.Source](t, "ID", "Kind")
}
