package validate_test

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/vocab"
)

// A Level runs the struct-level rule of its type, and one registered
// after the Level was first used, as the plans do (TestRegisterStructLate).
func TestLevelSeesALateRule(t *testing.T) {
	type lateLevel struct {
		N int `json:"n"`
	}
	lv := validate.LevelOf(reflect.TypeFor[lateLevel]())
	v := &lateLevel{N: -1}
	hold := func() bool {
		l := validate.NewLevels(v)
		defer l.Close()
		return l.Hold(lv, unsafe.Pointer(v))
	}
	assert.True(t, hold(), "no rule yet")
	validate.RegisterStruct(func(sl validator.StructLevel) {
		if validate.Current[lateLevel](sl).N < 0 {
			validate.Report(sl, 0, "n", vocab.RuleGTE, "must be at least 0")
		}
	}, lateLevel{})
	assert.False(t, hold(), "the rule registered since")
	v.N = 1
	assert.True(t, hold())
	require.Error(t, validate.Fast("test", &lateLevel{N: -1}))
}

// Shapes describes the plan: the fields with something to check, their
// steps, and the struct-level rule.
func TestShapes(t *testing.T) {
	type inner struct {
		S string `json:"s" validate:"required"`
	}
	type outer struct {
		P     *inner  `json:"p" validate:"omitempty"`
		L     []inner `json:"l" validate:"min=1,dive"`
		Plain int     `json:"plain"`
	}
	shapes, err := validate.Shapes(reflect.TypeFor[outer]())
	require.NoError(t, err)
	o := shapes[reflect.TypeFor[outer]()]
	require.NotNil(t, o)
	require.Len(t, o.Fields, 2, "an untagged number has nothing to check")
	p, l := o.Fields[0], o.Fields[1]
	assert.Equal(t, "P", p.Name)
	assert.Equal(t, 1, p.Value.Ptrs)
	assert.True(t, p.Value.NilOK)
	assert.Equal(t, reflect.TypeFor[inner](), p.Value.Nested)
	assert.Equal(t, []validate.StepKind{validate.StepCheck, validate.StepDive}, []validate.StepKind{l.Value.Steps[0].Kind, l.Value.Steps[1].Kind})
	assert.Equal(t, "min", l.Value.Steps[0].Tag)
	assert.Equal(t, "1", l.Value.Steps[0].Param)
	assert.Equal(t, reflect.TypeFor[inner](), l.Value.Steps[1].Dive.Nested)
	in := shapes[reflect.TypeFor[inner]()]
	require.NotNil(t, in)
	assert.Equal(t, "required", in.Fields[0].Value.Steps[0].Tag)
	assert.False(t, in.Level)
}
