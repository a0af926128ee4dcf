package source_test

import (
	"testing"

	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/source"
)

func TestID(t *testing.T) {
	testutil.TestID(t, "source", source.NewID, source.IDFor, source.ParseID)
}
