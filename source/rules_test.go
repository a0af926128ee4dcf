//go:build !valgen

package source_test

import (
	"reflect"
	"testing"

	"github.com/newsevent/newsevent/internal/mutate"
	"github.com/newsevent/newsevent/source"
)

// Build and ParseTime run the generated quick check of rules_gen.go, and
// the compiled plans only to say why it refused: the check must decide as
// the plans do on every source and every time of the sample stories,
// valid or broken.
func TestRulesHoldAsThePlans(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[source.Source](), reflect.TypeFor[source.Time]()} {
		t.Run(typ.Name(), func(t *testing.T) { mutate.Agree(t, source.RulesHold, typ) })
	}
}

// FuzzRulesHold breaks sources and times as the fuzzer says: the quick
// check and the plans must still decide alike.
func FuzzRulesHold(f *testing.F) {
	mutate.FuzzAgree(f, source.RulesHold, reflect.TypeFor[source.Source](), reflect.TypeFor[source.Time]())
}
