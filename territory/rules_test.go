//go:build !valgen

package territory_test

import (
	"reflect"
	"testing"

	"github.com/newsevent/newsevent/internal/mutate"
	"github.com/newsevent/newsevent/territory"
)

// Build of a Builder and of a StatusBuilder runs the generated quick
// check of rules_gen.go, and the compiled plans only to say why it
// refused: the check must decide as the plans do on every territory and
// status, valid or broken.
func TestRulesHoldAsThePlans(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[territory.Territory](), reflect.TypeFor[territory.Status]()} {
		t.Run(typ.Name(), func(t *testing.T) { mutate.Agree(t, territory.RulesHold, typ) })
	}
}

// FuzzRulesHold breaks territories and statuses as the fuzzer says: the
// quick check and the plans must still decide alike.
func FuzzRulesHold(f *testing.F) {
	mutate.FuzzAgree(f, territory.RulesHold, reflect.TypeFor[territory.Territory](), reflect.TypeFor[territory.Status]())
}
