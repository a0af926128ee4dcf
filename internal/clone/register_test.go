package clone_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/internal/clone"
)

type registered struct {
	Tags []string
}

// typedCalls counts the calls of the typed copy registered below.
var typedCalls int

func init() {
	clone.Register(func(x registered) registered {
		typedCalls++
		if x.Tags != nil {
			x.Tags = append(make([]string, 0, len(x.Tags)), x.Tags...)
		}
		return x
	})
}

// Of uses the typed copy registered for a type, and the reflective plan
// for the types around it that have none; Reflect never uses it.
func TestOfUsesTheRegisteredCopy(t *testing.T) {
	v := registered{Tags: []string{"a"}}
	before := typedCalls
	c := clone.Of(v)
	assert.Equal(t, before+1, typedCalls)
	assert.Equal(t, v, c)
	c.Tags[0] = "b"
	assert.Equal(t, "a", v.Tags[0])

	r := clone.Reflect(v)
	assert.Equal(t, before+1, typedCalls, "Reflect must not use the typed copy")
	assert.Equal(t, v, r)

	p := clone.Of(&v) // *registered has no typed copy: by reflection
	assert.Equal(t, before+1, typedCalls)
	assert.Equal(t, v, *p)
	assert.NotSame(t, &v, p)
}
