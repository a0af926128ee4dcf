package event

import (
	"reflect"

	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
)

// figurePlan finds every figure inside an event.
var figurePlan = walk.New(reflect.TypeFor[source.Count]())

// Figures returns a copy of every figure an event gives, wherever it sits,
// in the order of the event's JSON form: the header's figures first, then
// those of the kind's fields (an attack's weapon counts, casualties and
// occurrences; a meeting's duration; a disaster's toll; an election's
// results; a proposal's phase durations). It walks the fields, so a field
// added to a kind is found without new code. It is for generic consumers
// that print or aggregate figures without a type switch of their own; a
// nil event gives none.
func Figures(e Event) []source.Count {
	if isNil(e) {
		return nil
	}
	var out []source.Count
	figurePlan.Walk(e, func(_ int, v reflect.Value, _ *walk.Path) {
		if c := v.Addr().Interface().(*source.Count); !c.IsZero() {
			out = append(out, clone.Of(*c))
		}
	})
	return out
}
