//go:build !valgen

package actor_test

import (
	"reflect"
	"testing"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/mutate"
)

// Build runs the generated quick check of rules_gen.go, and the compiled
// plans only to say why it refused: the check must decide as the plans
// do on every actor, valid or broken.
func TestRulesHoldAsThePlans(t *testing.T) {
	mutate.Agree(t, actor.RulesHold, reflect.TypeFor[actor.Actor]())
}

// FuzzRulesHold breaks actors as the fuzzer says: the quick check and the
// plans must still decide alike.
func FuzzRulesHold(f *testing.F) {
	mutate.FuzzAgree(f, actor.RulesHold, reflect.TypeFor[actor.Actor]())
}
