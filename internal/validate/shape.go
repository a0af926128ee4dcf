package validate

import (
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/go-playground/validator/v10"
)

// The compiled plans as a generator reads them (internal/valgen), and
// what the generated checks call at run time.
//
// A generated check only decides: it reports whether a record breaks
// none of its rules, and the caller runs [Fast] when it does not, so the
// problems are always those of the plans. Its one obligation is never to
// pass a record that the plans fail; a differential test in the root
// package holds it to that.

// StructShape is the plan of one struct type.
type StructShape struct {
	Type   reflect.Type
	Fields []FieldShape
	// Level says that the type has a struct-level rule (see
	// RegisterStruct), run after its fields by [Levels.Hold].
	Level bool
}

// FieldShape is one field of a struct that has something to check.
type FieldShape struct {
	Name  string // the Go name of the field
	Value *ValueShape
}

// ValueShape is the plan of one value: a field, or the elements of a dive.
type ValueShape struct {
	// Ptrs is the number of pointers followed to reach a value of Type.
	Ptrs int
	Type reflect.Type
	// NilOK says that a nil pointer on the way passes; otherwise it is a
	// problem.
	NilOK bool
	Steps []StepShape
	// Nested is the struct type walked into once every step has passed,
	// or nil.
	Nested reflect.Type
}

// StepKind is what a step does.
type StepKind uint8

// The kinds of step, as the plans run them.
const (
	// StepCheck is a rule: the value breaks it, or goes on.
	StepCheck StepKind = iota
	// StepOmit (omitempty, omitzero) ends the value's checks, passing,
	// when the value is empty.
	StepOmit
	// StepDive checks every element with Dive, and ends the value's
	// checks.
	StepDive
)

// StepShape is one step of a value's plan.
type StepShape struct {
	Kind       StepKind
	Tag, Param string
	Dive       *ValueShape
}

// Shapes returns the plans of struct type t and of every struct type it
// reaches, by type, or why the compiled engine does not validate t.
func Shapes(t reflect.Type) (map[reflect.Type]*StructShape, error) {
	sp, err := planFor(t)
	if err != nil {
		return nil, err
	}
	out := map[reflect.Type]*StructShape{}
	var structShape func(sp *structPlan)
	var valueShape func(vp *valuePlan) *ValueShape
	valueShape = func(vp *valuePlan) *ValueShape {
		vs := &ValueShape{Ptrs: len(vp.ptrs), Type: vp.elem, NilOK: !vp.hasTag || vp.nilSkip}
		for _, s := range vp.steps {
			ss := StepShape{Kind: StepKind(s.kind), Tag: s.tag, Param: s.param}
			if s.dive != nil {
				ss.Dive = valueShape(s.dive)
			}
			vs.Steps = append(vs.Steps, ss)
		}
		if vp.nested != nil {
			vs.Nested = vp.nested.typ
			structShape(vp.nested)
		}
		return vs
	}
	structShape = func(sp *structPlan) {
		if out[sp.typ] != nil {
			return
		}
		ss := &StructShape{Type: sp.typ, Level: sp.fn != nil}
		out[sp.typ] = ss
		for _, f := range sp.fields {
			ss.Fields = append(ss.Fields, FieldShape{Name: f.goName, Value: valueShape(f.val)})
		}
	}
	structShape(sp)
	return out, nil
}

// ZeroFunc returns the zero test of the plans for values of type t, at a
// pointer to one: what omitzero, omitempty, required and id test on a
// value that is neither nil-able nor a plain number, string or bool.
func ZeroFunc(t reflect.Type) func(unsafe.Pointer) bool { return isZero(t) }

// Levels runs the struct-level rules of the types a generated check
// reaches. Get one per record with [NewLevels] and give it back with
// [Levels.Close].
type Levels struct{ r *runner }

// NewLevels returns the Levels of a check of v, the record as it was
// passed (the Top of the struct-level rules).
func NewLevels(v any) Levels {
	r := runners.Get().(*runner)
	r.top = reflect.ValueOf(v)
	r.lvl = level{r: r}
	return Levels{r}
}

// Close gives l back; it must not be used after.
func (l Levels) Close() {
	r := l.r
	clear(r.probs)
	r.probs = r.probs[:0]
	r.top = reflect.Value{}
	r.lvl = level{}
	runners.Put(r)
}

// Level is the struct-level rule of one struct type (see RegisterStruct),
// as a generated check runs it: made once per type with [LevelOf], it
// looks the rule up again only after a registration, so that a rule
// registered late is run too.
type Level struct {
	t   reflect.Type
	cur atomic.Pointer[levelFn]
}

// levelFn is the rule a Level found, and the count of registrations then.
type levelFn struct {
	gen uint64
	fn  validator.StructLevelFunc
}

// LevelOf returns the Level of struct type t.
func LevelOf(t reflect.Type) *Level { return &Level{t: t} }

// fn returns the rule of the Level's type, or nil.
func (lv *Level) fn() validator.StructLevelFunc {
	gen := compiled.gen.Load()
	if f := lv.cur.Load(); f != nil && f.gen == gen {
		return f.fn
	}
	compiled.mu.Lock()
	f := &levelFn{gen: gen, fn: compiled.fns[lv.t]}
	compiled.mu.Unlock()
	lv.cur.Store(f)
	return f.fn
}

// Hold reports whether the struct of lv's type at p keeps its
// struct-level rule (true for a type without one).
func (l Levels) Hold(lv *Level, p unsafe.Pointer) bool {
	fn := lv.fn()
	if fn == nil {
		return true
	}
	r := l.r
	n := len(r.probs)
	r.setLevel(lv.t, p, nil, nil, nil)
	fn(&r.lvl)
	return len(r.probs) == n
}
