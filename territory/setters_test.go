package territory_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/territory"
)

// TestEveryFieldHasASetter holds the builder contract as fields are added.
func TestEveryFieldHasASetter(t *testing.T) {
	testutil.AssertSetters[territory.Builder, territory.Territory](t, "ID", "Kind", "Name")
	testutil.AssertSetters[territory.StatusBuilder, territory.Status](t, "ID", "Relation", "Holder", "Standing", "Territories")
}
