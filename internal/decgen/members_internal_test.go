package decgen

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type left struct {
	X string `json:"x"`
	L string `json:"l"`
}

type right struct {
	X string `json:"x"`
}

// TestMembersAtOneDepth checks that two embedded structs with a member of
// the same name at the same depth fail the generation, where encoding/json
// would read neither; the type is built at run time, since go vet refuses
// the repeated tag in a declaration.
func TestMembersAtOneDepth(t *testing.T) {
	both := reflect.StructOf([]reflect.StructField{
		{Name: "Left", Type: reflect.TypeFor[left](), Anonymous: true},
		{Name: "Right", Type: reflect.TypeFor[right](), Anonymous: true},
	})
	_, err := members(both)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `two members named "x"`)

	one, err := members(reflect.TypeFor[left]())
	require.NoError(t, err)
	assert.Len(t, one, 2)
}
