//go:build !valgen

package event_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/mutate"
)

// The Build of every kind's builder runs the generated quick check of
// rules_gen.go, and the compiled plans only to say why it refused: the
// check must decide as the plans do on every event, valid or broken.
func TestRulesHoldAsThePlans(t *testing.T) {
	mutate.Agree(t, event.RulesHold, kindTypes(t)...)
}

// FuzzRulesHold breaks events of every kind as the fuzzer says: the quick
// check and the plans must still decide alike.
func FuzzRulesHold(f *testing.F) {
	mutate.FuzzAgree(f, event.RulesHold, kindTypes(f)...)
}

// kindTypes returns the struct type of every event kind.
func kindTypes(t testing.TB) []reflect.Type {
	var kinds []reflect.Type
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		kinds = append(kinds, reflect.TypeOf(e).Elem())
	}
	return kinds
}
