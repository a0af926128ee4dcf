package clone_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/internal/clone"
)

type inner struct {
	Words []string
	When  time.Time
}

type record struct {
	Name    string
	Tags    []string
	Empty   []string
	Nil     []string
	Inners  []inner
	Ptr     *inner
	ByKey   map[string][]int
	Any     any
	Array   [2][]int
	private []int
}

func TestOfSharesNothing(t *testing.T) {
	orig := record{
		Name:    "a",
		Tags:    []string{"x", "y"},
		Empty:   []string{},
		Inners:  []inner{{Words: []string{"w"}, When: time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC)}},
		Ptr:     &inner{Words: []string{"p"}},
		ByKey:   map[string][]int{"k": {1}},
		Any:     &inner{Words: []string{"any"}},
		Array:   [2][]int{{1}, {2}},
		private: []int{9},
	}
	c := clone.Of(orig)
	assert.Equal(t, orig, c, "a copy is equal")
	assert.NotNil(t, c.Empty, "an empty slice stays empty, not nil")
	assert.Nil(t, c.Nil, "a nil slice stays nil")

	c.Tags[0] = "changed"
	c.Inners[0].Words[0] = "changed"
	c.Ptr.Words[0] = "changed"
	c.ByKey["k"][0] = 2
	c.Any.(*inner).Words[0] = "changed"
	c.Array[0][0] = 5
	assert.Equal(t, "x", orig.Tags[0])
	assert.Equal(t, "w", orig.Inners[0].Words[0])
	assert.Equal(t, "p", orig.Ptr.Words[0])
	assert.Equal(t, 1, orig.ByKey["k"][0])
	assert.Equal(t, "any", orig.Any.(*inner).Words[0])
	assert.Equal(t, 1, orig.Array[0][0])
}

func TestOfPlainValues(t *testing.T) {
	assert.Equal(t, 3, clone.Of(3))
	assert.Equal(t, "s", clone.Of("s"))
	var nilPtr *inner
	assert.Nil(t, clone.Of(nilPtr))
	var nilAny any
	assert.Nil(t, clone.Of(nilAny))
}
