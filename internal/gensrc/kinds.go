package gensrc

import (
	"fmt"
	"reflect"

	"github.com/newsevent/newsevent/event"
)

// EventKinds returns the struct type of every event kind, in the order of
// event.Kinds: the roots that each generator writes a function for. An
// error names gen, the generator that asked.
func EventKinds(gen string) ([]reflect.Type, error) {
	var types []reflect.Type
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		if err != nil {
			return nil, err
		}
		t := reflect.TypeOf(e)
		if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
			return nil, fmt.Errorf("%s: event kind %s is not a pointer to a struct", gen, k)
		}
		types = append(types, t.Elem())
	}
	return types, nil
}
