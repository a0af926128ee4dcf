package validate

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/internal/engine"
	"github.com/newsevent/newsevent/vocab"
)

// The compiled engine runs the same declarations as the shared validator
// (the `validate` tags of the record types and the struct-level rules
// registered with [RegisterStruct]) without boxing a field: a plan per
// struct type, built once by reading the tags through reflection, walks a
// record through unsafe offsets from a typed pointer. It gives the same
// problems, with the same paths, rules and messages, in the same order, as
// go-playground/validator/v10 through [List.Struct] (a differential test
// holds the two together); a valid record costs no allocation of its own.
//
// It knows the tags the library uses and nothing else: a tag it does not
// know makes building the plan fail (see [PlanError]), and the value is
// then validated by validator/v10, so nothing is ever skipped.

// compiled holds the struct-level rules recorded by [RegisterStruct] and
// the cache of plans built from them.
var compiled struct {
	mu    sync.Mutex // guards fns and the building of plans
	fns   map[reflect.Type]validator.StructLevelFunc
	plans atomic.Pointer[sync.Map] // reflect.Type -> *planned
	gen   atomic.Uint64            // counts the changes to fns, for the Level handles
}

// planned is the cached outcome of building the plan of one type.
type planned struct {
	plan *structPlan
	err  error
}

// RegisterStruct registers fn as the struct-level rule of the types of
// the given values (a struct, or a pointer to one) with both engines: the
// shared validator/v10 (through [engine.Register]) and the compiled engine
// of [List.StructFast]. Call it from an init function. The rule reads its
// struct with [Current] and reports with [Report], which work on both.
func RegisterStruct(fn validator.StructLevelFunc, types ...any) {
	engine.Register(func(v *validator.Validate) { v.RegisterStructValidation(fn, types...) })
	compiled.mu.Lock()
	defer compiled.mu.Unlock()
	if compiled.fns == nil {
		compiled.fns = make(map[reflect.Type]validator.StructLevelFunc)
	}
	for _, t := range types {
		typ := reflect.TypeOf(t)
		if typ.Kind() == reflect.Pointer { // as validator/v10 does: one level
			typ = typ.Elem()
		}
		compiled.fns[typ] = fn
	}
	// Plans built before this rule was known would miss it.
	compiled.plans.Store(new(sync.Map))
	compiled.gen.Add(1)
}

// PlanError reports why the compiled engine cannot validate values of the
// struct type of v (a struct or a pointer to one): a tag it does not know,
// a kind of field it does not handle. It is nil when [List.StructFast]
// runs v without falling back to validator/v10. Tests call it for every
// record type, so that a new tag fails loudly rather than silently taking
// the slow path.
func PlanError(v any) error {
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return fmt.Errorf("validate: %v is not a struct", t)
	}
	_, err := planFor(t)
	return err
}

// Fast validates v (a pointer to a record, or a record) with the compiled
// engine and returns what
//
//	var l List
//	l.Struct("", v)
//	return l.Err(scope)
//
// returns, without boxing the record's fields: nil, or a
// *vocab.ValidationError with this scope.
func Fast(scope string, v any) error {
	var l List
	l.StructFast("", v)
	return l.Err(scope)
}

// StructFast adds to l what [List.Struct] would add for v, with prefix
// put in front of every path, running the compiled plan of v's type rather
// than validator/v10. Pass a pointer: a struct passed by value is copied
// once to be read in place. What the plans do not cover (a value that is
// not a struct or a non-nil pointer to one, a type whose plan cannot be
// built) goes to [List.Struct].
func (l *List) StructFast(prefix string, v any) { l.structFast(prefix, v, true) }

// Explain is [Fast] for a caller that already knows that v breaks a rule,
// such as a generated check that refused it: it walks v once, building
// the paths of its problems, where Fast first walks it once more to
// decide. On a v that breaks no rule it returns nil, as Fast does.
func Explain(scope string, v any) error {
	var l List
	l.structFast("", v, false)
	return l.Err(scope)
}

// structFast is StructFast; decide says to walk v without paths first,
// and to walk it again with them only if that walk finds a problem.
func (l *List) structFast(prefix string, v any, decide bool) {
	rv := reflect.ValueOf(v)
	var (
		t reflect.Type
		p unsafe.Pointer
	)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() || rv.Type().Elem().Kind() != reflect.Struct {
			l.Struct(prefix, v)
			return
		}
		t, p = rv.Type().Elem(), rv.UnsafePointer()
	case reflect.Struct:
		t = rv.Type()
		c := reflect.New(t)
		c.Elem().Set(rv)
		p = c.UnsafePointer()
	default:
		l.Struct(prefix, v)
		return
	}
	sp, err := planFor(t)
	if err != nil {
		l.Struct(prefix, v)
		return
	}
	r := runners.Get().(*runner)
	r.top = rv
	r.lvl = level{r: r}
	if !decide || !r.ok(sp, p, nil, nil) {
		// Say what is wrong: walk again, building the paths that the
		// first walk, which only decides, leaves out.
		clear(r.probs)
		r.probs = r.probs[:0]
		r.walk(sp, p, r.buf[:0], nil, nil)
	}
	for _, pr := range r.probs {
		pr.Path = Join(prefix, pr.Path)
		l.problems = append(l.problems, pr)
	}
	clear(r.probs)
	r.probs = r.probs[:0]
	r.top = reflect.Value{}
	r.lvl = level{}
	runners.Put(r)
}

// planFor returns the plan of struct type t, building it (and the plans of
// the struct types it holds) on first use.
func planFor(t reflect.Type) (*structPlan, error) {
	cache := compiled.plans.Load()
	if cache != nil {
		if p, ok := cache.Load(t); ok {
			pl := p.(*planned)
			return pl.plan, pl.err
		}
	}
	compiled.mu.Lock()
	defer compiled.mu.Unlock()
	cache = compiled.plans.Load()
	if cache == nil {
		cache = new(sync.Map)
		compiled.plans.Store(cache)
	}
	if p, ok := cache.Load(t); ok {
		pl := p.(*planned)
		return pl.plan, pl.err
	}
	b := builder{plans: map[reflect.Type]*structPlan{}, fns: compiled.fns}
	sp, err := b.top(t)
	if err != nil {
		cache.Store(t, &planned{err: err})
		return nil, err
	}
	// Every struct type reached is complete now; cache them all.
	for typ, p := range b.plans {
		cache.LoadOrStore(typ, &planned{plan: p})
	}
	return sp, nil
}

// structPlan validates one struct type: its fields in order, then its
// struct-level rule, as validator/v10's validateStruct does.
type structPlan struct {
	typ    reflect.Type
	fields []fieldPlan
	fn     validator.StructLevelFunc
}

// fieldPlan is one field that has something to check.
type fieldPlan struct {
	off    uintptr
	name   string // JSON name, "" to leave it out of paths
	goName string // the Go name, for the generated checks (see Shapes)
	val    *valuePlan
}

// valuePlan validates a value of one type with one chain of tags: the
// value of a field, or an element after a dive.
type valuePlan struct {
	ptrs     []reflect.Type // pointer types followed to reach elem
	elem     reflect.Type
	kind     reflect.Kind
	hasTag   bool
	nilSkip  bool   // the first tag (omitempty, omitzero) lets a nil pointer pass
	nilTag   string // else the rule a nil pointer breaks
	nilParam string
	steps    []step
	nested   *structPlan // walked once every step has passed
}

type stepKind uint8

const (
	stepCheck stepKind = iota // a rule: a problem when check fails
	stepOmit                  // omitempty, omitzero: stop when check fails
	stepDive                  // walk the elements with dive
)

type step struct {
	kind  stepKind
	tag   string
	param string
	check func(unsafe.Pointer) bool
	dive  *valuePlan
	size  uintptr // element size, for dive
	alen  int     // array length for dive, -1 for a slice
}

// noop reports whether the plan can find nothing, as validator/v10 finds
// nothing in an untagged field that is not a struct or a pointer.
func (vp *valuePlan) noop() bool {
	return !vp.hasTag && vp.nested == nil && len(vp.ptrs) == 0
}

type builder struct {
	plans map[reflect.Type]*structPlan
	fns   map[reflect.Type]validator.StructLevelFunc
}

var (
	timeType   = reflect.TypeFor[time.Time]()
	enumType   = reflect.TypeFor[Enum]()
	valuerType = reflect.TypeFor[validator.Valuer]()
)

func (b *builder) top(t reflect.Type) (*structPlan, error) {
	// validator/v10 starts paths with the type's name and List.Struct cuts
	// it off at the first dot; a name that is empty or has a dot of its
	// own (an anonymous or generic type) would leave other paths.
	if t.Name() == "" || strings.Contains(t.Name(), ".") {
		return nil, fmt.Errorf("validate: type %v has no plain name", t)
	}
	if t.ConvertibleTo(timeType) {
		return nil, fmt.Errorf("validate: %v is a time", t)
	}
	return b.structOf(t)
}

func (b *builder) structOf(t reflect.Type) (*structPlan, error) {
	if sp, ok := b.plans[t]; ok {
		return sp, nil // done or under way (a type that holds itself)
	}
	if t.Implements(valuerType) || reflect.PointerTo(t).Implements(valuerType) {
		return nil, fmt.Errorf("validate: %v implements validator.Valuer", t)
	}
	sp := &structPlan{typ: t, fn: b.fns[t]}
	b.plans[t] = sp
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.Anonymous && !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		vp, err := b.value(f.Type, tag)
		if err != nil {
			return nil, fmt.Errorf("validate: %v.%s: %w", t, f.Name, err)
		}
		if vp.noop() {
			continue
		}
		sp.fields = append(sp.fields, fieldPlan{off: f.Offset, name: fieldName(f), goName: f.Name, val: vp})
	}
	return sp, nil
}

// fieldName is the name of a field in paths: its JSON name, or nothing
// (the name function and option engine.Validator is built with).
func fieldName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

func (b *builder) value(t reflect.Type, tag string) (*valuePlan, error) {
	vp := &valuePlan{}
	e := t
	for e.Kind() == reflect.Pointer {
		if e.Implements(valuerType) {
			return nil, fmt.Errorf("%v implements validator.Valuer", e)
		}
		vp.ptrs = append(vp.ptrs, e)
		e = e.Elem()
	}
	if e.Implements(valuerType) {
		return nil, fmt.Errorf("%v implements validator.Valuer", e)
	}
	vp.elem, vp.kind = e, e.Kind()
	switch vp.kind {
	case reflect.Interface, reflect.Invalid, reflect.UnsafePointer:
		return nil, fmt.Errorf("field of kind %v is not handled", vp.kind)
	case reflect.Map, reflect.Chan, reflect.Func:
		if tag != "" {
			return nil, fmt.Errorf("tags on a field of kind %v are not handled", vp.kind)
		}
	}
	if tag != "" {
		vp.hasTag = true
		if err := b.steps(vp, strings.Split(tag, ",")); err != nil {
			return nil, err
		}
	}
	if vp.kind == reflect.Struct && !e.ConvertibleTo(timeType) {
		sp, err := b.structOf(e)
		if err != nil {
			return nil, err
		}
		vp.nested = sp
	}
	return vp, nil
}

// steps parses a tag as validator/v10's parseFieldTagsRecursive does, for
// the tags the library uses.
func (b *builder) steps(vp *valuePlan, tags []string) error {
	for i, t := range tags {
		switch t {
		case "omitempty", "omitzero":
			if i == 0 {
				vp.nilSkip = true
			}
			check := hasValue(vp)
			if t == "omitzero" {
				check = notZero(vp)
			}
			vp.steps = append(vp.steps, step{kind: stepOmit, tag: t, check: check})
			continue
		case "dive":
			if i == 0 {
				vp.nilTag = t
			}
			s := step{kind: stepDive, tag: t, alen: -1}
			switch vp.kind {
			case reflect.Slice:
			case reflect.Array:
				s.alen = vp.elem.Len()
			default:
				return fmt.Errorf("dive on a %v", vp.kind)
			}
			s.size = vp.elem.Elem().Size()
			rest := strings.Join(tags[i+1:], ",")
			if i+1 < len(tags) && rest == "" {
				return errors.New(`an empty tag after "dive"`)
			}
			ev, err := b.value(vp.elem.Elem(), rest)
			if err != nil {
				return err
			}
			s.dive = ev
			vp.steps = append(vp.steps, s)
			return nil
		case "keys", "endkeys", "omitnil", "structonly", "nostructlevel", "isdefault":
			return fmt.Errorf("the tag %q is not handled", t)
		}
		if strings.Contains(t, "|") {
			return fmt.Errorf("the tag %q (or) is not handled", t)
		}
		name, param, hasParam := strings.Cut(t, "=")
		if name == "" {
			return fmt.Errorf("an empty tag in %q", strings.Join(tags, ","))
		}
		if hasParam {
			param = strings.ReplaceAll(strings.ReplaceAll(param, "0x2C", ","), "0x7C", "|")
		}
		if i == 0 {
			vp.nilTag, vp.nilParam = name, param
		}
		check, err := compileRule(vp, name, param)
		if err != nil {
			return err
		}
		vp.steps = append(vp.steps, step{kind: stepCheck, tag: name, param: param, check: check})
	}
	return nil
}

// isZero returns reflect.Value.IsZero for values of type t.
func isZero(t reflect.Type) func(unsafe.Pointer) bool {
	switch t.Kind() {
	case reflect.String:
		return func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
	case reflect.Bool:
		return func(p unsafe.Pointer) bool { return !*(*bool)(p) }
	case reflect.Slice, reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		get := intOf(t)
		return func(p unsafe.Pointer) bool { return get(p) == 0 }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		get := uintOf(t)
		return func(p unsafe.Pointer) bool { return get(p) == 0 }
	case reflect.Float32, reflect.Float64:
		get := floatOf(t)
		return func(p unsafe.Pointer) bool { return get(p) == 0 }
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			n := t.Len()
			return func(p unsafe.Pointer) bool {
				for _, c := range unsafe.Slice((*byte)(p), n) {
					if c != 0 {
						return false
					}
				}
				return true
			}
		}
	case reflect.Struct:
		// reflect.Value.IsZero of a struct: every field but those named
		// "_" is zero (comparing with the zero value, as it does for a
		// comparable struct, gives the same: a float is zero when it is
		// == 0, a string when it is empty, an interface when it is nil).
		// The fields, nested structs included, are flattened into one
		// list of reads at offsets, tested in one loop.
		if words, ok := zeroWords(t, 0, nil); ok {
			return func(p unsafe.Pointer) bool {
				for _, w := range words {
					if !w.zero(p) {
						return false
					}
				}
				return true
			}
		}
	}
	return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsZero() }
}

// zeroWord is one read of a flattened zero test: the value of kind at
// off must be zero.
type zeroWord struct {
	off  uintptr
	kind zeroKind
	n    uintptr // bytes, for zeroBytes
}

type zeroKind uint8

const (
	zeroPtr   zeroKind = iota // a pointer-sized word: pointer, map, chan, func, slice data, interface type, int, uint
	zero8                     // 64-bit integer
	zero4                     // 32-bit integer
	zero2                     // 16-bit integer
	zero1                     // 8-bit integer or bool
	zeroF64                   // float64, zero when == 0
	zeroF32                   // float32, zero when == 0
	zeroBytes                 // n bytes: a byte array
)

// zero reports whether the word of w in the struct at p is zero.
func (w *zeroWord) zero(p unsafe.Pointer) bool {
	q := unsafe.Add(p, w.off)
	switch w.kind {
	case zeroPtr:
		return *(*uintptr)(q) == 0
	case zero8:
		return *(*uint64)(q) == 0
	case zero4:
		return *(*uint32)(q) == 0
	case zero2:
		return *(*uint16)(q) == 0
	case zero1:
		return *(*uint8)(q) == 0
	case zeroF64:
		return *(*float64)(q) == 0
	case zeroF32:
		return *(*float32)(q) == 0
	}
	for _, c := range unsafe.Slice((*byte)(q), w.n) {
		if c != 0 {
			return false
		}
	}
	return true
}

// zeroWords appends to ws the reads that test a value of type t at off
// for zero as reflect.Value.IsZero does, or reports false for a type it
// does not flatten (complex numbers, arrays of other than bytes).
func zeroWords(t reflect.Type, off uintptr, ws []zeroWord) ([]zeroWord, bool) {
	const ptr = unsafe.Sizeof(uintptr(0))
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer, reflect.Slice, reflect.Interface, reflect.Int, reflect.Uint, reflect.Uintptr:
		// A slice is zero when nil (its data word), an interface when
		// its type word is nil: the first word of each.
		return append(ws, zeroWord{off: off, kind: zeroPtr}), true
	case reflect.String:
		return append(ws, zeroWord{off: off + ptr, kind: zeroPtr}), true // its length
	case reflect.Int64, reflect.Uint64:
		return append(ws, zeroWord{off: off, kind: zero8}), true
	case reflect.Int32, reflect.Uint32:
		return append(ws, zeroWord{off: off, kind: zero4}), true
	case reflect.Int16, reflect.Uint16:
		return append(ws, zeroWord{off: off, kind: zero2}), true
	case reflect.Int8, reflect.Uint8, reflect.Bool:
		return append(ws, zeroWord{off: off, kind: zero1}), true
	case reflect.Float64:
		return append(ws, zeroWord{off: off, kind: zeroF64}), true
	case reflect.Float32:
		return append(ws, zeroWord{off: off, kind: zeroF32}), true
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return append(ws, zeroWord{off: off, kind: zeroBytes, n: uintptr(t.Len())}), true
		}
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Name == "_" {
				continue
			}
			var ok bool
			if ws, ok = zeroWords(f.Type, off+f.Offset, ws); !ok {
				return nil, false
			}
		}
		return ws, true
	}
	return nil, false
}

// nilable reports whether validator/v10's hasValue reads values of kind k
// as nil or not.
func nilable(k reflect.Kind) bool {
	switch k {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return true
	}
	return false
}

// hasValue is validator/v10's hasValue (required, omitempty) for the
// values of vp.
func hasValue(vp *valuePlan) func(unsafe.Pointer) bool {
	switch {
	case nilable(vp.kind):
		return func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) != nil }
	case len(vp.ptrs) > 0:
		// Reached through a pointer that is not nil: validator/v10 sees a
		// value.
		return func(unsafe.Pointer) bool { return true }
	}
	zero := isZero(vp.elem)
	return func(p unsafe.Pointer) bool { return !zero(p) }
}

// notZero is validator/v10's hasNotZeroValue (omitzero) for the values of
// vp.
func notZero(vp *valuePlan) func(unsafe.Pointer) bool {
	switch vp.kind {
	case reflect.Slice:
		return func(p unsafe.Pointer) bool {
			h := (*sliceHeader)(p)
			return h.data != nil && h.len > 0
		}
	case reflect.Map:
		return func(p unsafe.Pointer) bool {
			return *(*unsafe.Pointer)(p) != nil && reflect.NewAt(vp.elem, p).Elem().Len() > 0
		}
	case reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) != nil }
	}
	zero := isZero(vp.elem)
	return func(p unsafe.Pointer) bool { return !zero(p) }
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func intOf(t reflect.Type) func(unsafe.Pointer) int64 {
	switch t.Size() {
	case 1:
		return func(p unsafe.Pointer) int64 { return int64(*(*int8)(p)) }
	case 2:
		return func(p unsafe.Pointer) int64 { return int64(*(*int16)(p)) }
	case 4:
		return func(p unsafe.Pointer) int64 { return int64(*(*int32)(p)) }
	}
	return func(p unsafe.Pointer) int64 { return *(*int64)(p) }
}

func uintOf(t reflect.Type) func(unsafe.Pointer) uint64 {
	switch t.Size() {
	case 1:
		return func(p unsafe.Pointer) uint64 { return uint64(*(*uint8)(p)) }
	case 2:
		return func(p unsafe.Pointer) uint64 { return uint64(*(*uint16)(p)) }
	case 4:
		return func(p unsafe.Pointer) uint64 { return uint64(*(*uint32)(p)) }
	}
	return func(p unsafe.Pointer) uint64 { return *(*uint64)(p) }
}

func floatOf(t reflect.Type) func(unsafe.Pointer) float64 {
	if t.Kind() == reflect.Float32 {
		return func(p unsafe.Pointer) float64 { return float64(*(*float32)(p)) }
	}
	return func(p unsafe.Pointer) float64 { return *(*float64)(p) }
}

// onString makes a rule of a function of a string, for string kinds only.
func onString(vp *valuePlan, name string, fn func(string) bool) (func(unsafe.Pointer) bool, error) {
	if vp.kind != reflect.String {
		return nil, fmt.Errorf("the tag %q on a %v is not handled", name, vp.elem)
	}
	return func(p unsafe.Pointer) bool { return fn(*(*string)(p)) }, nil
}

// compileRule returns the check of rule name with param on the values of
// vp, with the semantics validator/v10 gives it (its baked-in rules, and
// the rules this package registers in validator.go).
func compileRule(vp *valuePlan, name, param string) (func(unsafe.Pointer) bool, error) {
	t := vp.elem
	switch vocab.Rule(name) {
	case vocab.RuleRequired:
		return hasValue(vp), nil
	case vocab.RuleID:
		zero := isZero(t)
		return func(p unsafe.Pointer) bool { return !zero(p) }, nil
	case vocab.RuleEnum:
		return enumCheck(t), nil
	case vocab.RuleLanguage:
		if t == tagType {
			return func(unsafe.Pointer) bool { return true }, nil
		}
		return onString(vp, name, IsLanguage)
	case vocab.RuleWikidata:
		return onString(vp, name, IsWikidata)
	case vocab.RuleToken:
		return onString(vp, name, IsToken)
	case vocab.RuleURL:
		return onString(vp, name, IsHTTPURL)
	case vocab.RuleNoSpace:
		return onString(vp, name, func(s string) bool { return !strings.ContainsAny(s, " \t\r\n") })
	case vocab.RuleTrimmed:
		return onString(vp, name, IsTrimmed)
	case vocab.RuleText:
		return onString(vp, name, IsText)
	case vocab.RuleExcludes:
		return onString(vp, name, func(s string) bool { return !strings.Contains(s, param) })
	case vocab.RuleFinite:
		if vp.kind != reflect.Float32 && vp.kind != reflect.Float64 {
			return nil, fmt.Errorf("the tag %q on a %v is not handled", name, t)
		}
		get := floatOf(t)
		return func(p unsafe.Pointer) bool {
			f := get(p)
			return f-f == 0 // neither NaN nor an infinity
		}, nil
	case vocab.RuleUTC, vocab.RuleDate:
		if t != timeType {
			return nil, fmt.Errorf("the tag %q on a %v is not handled", name, t)
		}
		if name == string(vocab.RuleUTC) {
			return func(p unsafe.Pointer) bool {
				tm := (*time.Time)(p)
				return *tm == tm.UTC()
			}, nil
		}
		return func(p unsafe.Pointer) bool { return IsDate(*(*time.Time)(p)) }, nil
	case vocab.RuleGTE, vocab.RuleMin:
		return compare(vp, name, param, func(c int) bool { return c >= 0 })
	case vocab.RuleLTE, vocab.RuleMax:
		return compare(vp, name, param, func(c int) bool { return c <= 0 })
	case vocab.RuleGT:
		return compare(vp, name, param, func(c int) bool { return c > 0 })
	case "lt":
		return compare(vp, name, param, func(c int) bool { return c < 0 })
	case "len":
		return compare(vp, name, param, func(c int) bool { return c == 0 })
	}
	return nil, fmt.Errorf("unknown tag %q", name)
}

// enumCheck is the enum rule: the value's IsValid, called through a
// pointer to it, as isEnum does through addr.
func enumCheck(t reflect.Type) func(unsafe.Pointer) bool {
	if !reflect.PointerTo(t).Implements(enumType) {
		return func(unsafe.Pointer) bool { return false }
	}
	// An interface value of the pointer type, whose data word is replaced
	// by the pointer to check: a call through the interface without
	// building one (and its itab look-up) per value.
	tmpl := reflect.New(t).Interface().(Enum)
	return func(p unsafe.Pointer) bool {
		e := tmpl
		(*[2]unsafe.Pointer)(unsafe.Pointer(&e))[1] = p
		return e.IsValid()
	}
}

// compare builds gte, lte, gt, lt, min, max and len on the kinds
// validator/v10 defines them for: a string's count of runes, a slice's or
// array's length, a number. ok is given the sign of value minus param.
func compare(vp *valuePlan, name, param string, ok func(int) bool) (func(unsafe.Pointer) bool, error) {
	t := vp.elem
	bad := func(err error) (func(unsafe.Pointer) bool, error) {
		return nil, fmt.Errorf("the tag %s=%s on a %v: %w", name, param, t, err)
	}
	switch vp.kind {
	case reflect.String, reflect.Slice, reflect.Array:
		n, err := strconv.ParseInt(param, 0, 64)
		if err != nil {
			return bad(err)
		}
		var length func(unsafe.Pointer) int64
		switch vp.kind {
		case reflect.String:
			length = func(p unsafe.Pointer) int64 { return int64(utf8.RuneCountInString(*(*string)(p))) }
		case reflect.Slice:
			length = func(p unsafe.Pointer) int64 { return int64((*sliceHeader)(p).len) }
		default:
			l := int64(t.Len())
			length = func(unsafe.Pointer) int64 { return l }
		}
		return func(p unsafe.Pointer) bool { return ok(cmp3(length(p), n)) }, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var n int64
		if t == reflect.TypeFor[time.Duration]() {
			d, err := time.ParseDuration(param)
			if err != nil {
				if d2, err2 := strconv.ParseInt(param, 0, 64); err2 == nil {
					d, err = time.Duration(d2), nil
				}
			}
			if err != nil {
				return bad(err)
			}
			n = int64(d)
		} else {
			var err error
			if n, err = strconv.ParseInt(param, 0, 64); err != nil {
				return bad(err)
			}
		}
		get := intOf(t)
		return func(p unsafe.Pointer) bool { return ok(cmp3(get(p), n)) }, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(param, 0, 64)
		if err != nil {
			return bad(err)
		}
		get := uintOf(t)
		return func(p unsafe.Pointer) bool { return ok(cmp3(get(p), n)) }, nil
	case reflect.Float32, reflect.Float64:
		bits := 64
		if vp.kind == reflect.Float32 {
			bits = 32
		}
		f, err := strconv.ParseFloat(param, bits)
		if err != nil {
			return bad(err)
		}
		get := floatOf(t)
		return func(p unsafe.Pointer) bool {
			v := get(p)
			switch {
			case v > f:
				return ok(1)
			case v < f:
				return ok(-1)
			case v == f:
				return ok(0)
			}
			return false // NaN: every comparison is false
		}, nil
	}
	return bad(errors.New("kind not handled"))
}

func cmp3[T int64 | uint64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// runner is the state of one validation; runners are pooled so that a
// valid record allocates nothing.
type runner struct {
	buf   []byte          // paths are built here
	probs []vocab.Problem // paths without the caller's prefix
	top   reflect.Value
	lvl   level
}

var runners = sync.Pool{New: func() any { return &runner{buf: make([]byte, 0, 512)} }}

// walk validates the struct of plan sp at p. ns is its path with a
// trailing dot (empty at the top), as validator/v10 builds it without the
// type's name.
func (r *runner) walk(sp *structPlan, p unsafe.Pointer, ns []byte, parT reflect.Type, parP unsafe.Pointer) {
	for i := range sp.fields {
		f := &sp.fields[i]
		r.value(f.val, unsafe.Add(p, f.off), ns, f.name, nil, sp.typ, p)
	}
	if sp.fn != nil {
		r.setLevel(sp.typ, p, ns, parT, parP)
		sp.fn(&r.lvl)
	}
}

// setLevel makes r.lvl the struct-level view of the struct of type typ at
// p, at the path ns, in the struct of type parT at parP. The fields are
// set one by one: while the collector marks, copying a whole level (a
// struct with pointers) into the pooled runner goes through the bulk
// write barrier, which cost as much as many a rule at 100k events. What
// a rule saw stays in r.lvl until the next rule or the runner's release,
// which clears it.
func (r *runner) setLevel(typ reflect.Type, p unsafe.Pointer, ns []byte, parT reflect.Type, parP unsafe.Pointer) {
	l := &r.lvl
	l.typ, l.ptr, l.ns, l.parT, l.parP = typ, p, ns, parT, parP
}

// ok reports whether the struct of plan sp at p has no problem. It is
// [runner.walk] without the paths: most records are valid, and for those
// building the path of every field and element is wasted. It stops at the
// first problem; the caller then walks again to say what is wrong.
func (r *runner) ok(sp *structPlan, p unsafe.Pointer, parT reflect.Type, parP unsafe.Pointer) bool {
	for i := range sp.fields {
		f := &sp.fields[i]
		if !r.okValue(f.val, unsafe.Add(p, f.off), sp.typ, p) {
			return false
		}
	}
	if sp.fn != nil {
		n := len(r.probs)
		r.setLevel(sp.typ, p, nil, parT, parP)
		sp.fn(&r.lvl)
		return len(r.probs) == n
	}
	return true
}

// okValue reports whether the value of vp at p has no problem, as
// [runner.value] decides it.
func (r *runner) okValue(vp *valuePlan, p unsafe.Pointer, parT reflect.Type, parP unsafe.Pointer) bool {
	for range vp.ptrs {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			return !vp.hasTag || vp.nilSkip
		}
		p = q
	}
	for i := range vp.steps {
		s := &vp.steps[i]
		switch s.kind {
		case stepOmit:
			if !s.check(p) {
				return true
			}
		case stepCheck:
			if !s.check(p) {
				return false
			}
		case stepDive:
			n, data := s.alen, p
			if n < 0 {
				h := (*sliceHeader)(p)
				n, data = h.len, h.data
			}
			for j := range n {
				if !r.okValue(s.dive, unsafe.Add(data, uintptr(j)*s.size), parT, parP) {
					return false
				}
			}
			return true
		}
	}
	if vp.nested != nil {
		return r.ok(vp.nested, p, parT, parP)
	}
	return true
}

// value validates the value of vp at p, named name in the struct at ns,
// or, when loc is not nil, at the path loc (an element of a dive).
// parT and parP are the struct the value is in.
func (r *runner) value(vp *valuePlan, p unsafe.Pointer, ns []byte, name string, loc []byte, parT reflect.Type, parP unsafe.Pointer) {
	for _, pt := range vp.ptrs {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			if !vp.hasTag || vp.nilSkip {
				return
			}
			r.fail(path(ns, name, loc), vp.nilTag, vp.nilParam, reflect.NewAt(pt, p).Elem().Interface(), reflect.Pointer)
			return
		}
		p = q
	}
	for i := range vp.steps {
		s := &vp.steps[i]
		switch s.kind {
		case stepOmit:
			if !s.check(p) {
				return
			}
		case stepCheck:
			if !s.check(p) {
				r.fail(path(ns, name, loc), s.tag, s.param, reflect.NewAt(vp.elem, p).Elem().Interface(), vp.kind)
				return
			}
		case stepDive:
			base := loc
			if base == nil {
				base = append(ns, name...)
			}
			n, data := s.alen, p
			if n < 0 {
				h := (*sliceHeader)(p)
				n, data = h.len, h.data
			}
			for j := range n {
				el := append(base, '[')
				el = strconv.AppendInt(el, int64(j), 10)
				el = append(el, ']')
				r.value(s.dive, unsafe.Add(data, uintptr(j)*s.size), ns, "", el, parT, parP)
			}
			return
		}
	}
	if vp.nested != nil {
		switch {
		case loc != nil:
			ns = append(loc, '.')
		case name != "":
			ns = append(append(ns, name...), '.')
		}
		r.walk(vp.nested, p, ns, parT, parP)
	}
}

// path is validator/v10's appendAltName: the path of a field named name in
// the struct at ns (a field without a name stands for its struct), or loc.
func path(ns []byte, name string, loc []byte) string {
	switch {
	case loc != nil:
		return string(loc)
	case name != "":
		return string(ns) + name
	}
	return strings.TrimSuffix(string(ns), ".")
}

// fail records a problem at path (still without the caller's prefix), as
// List.Struct turns validator/v10's field error into one.
func (r *runner) fail(path, tag, param string, value any, kind reflect.Kind) {
	r.probs = append(r.probs, vocab.Problem{
		Path:    strings.TrimSuffix(path, "."),
		Rule:    vocab.Rule(tag),
		Message: messageOf(tag, param, value, kind),
	})
}

// level is the compiled engine's validator.StructLevel: what a
// struct-level rule registered with [RegisterStruct] is called with.
// [Current] reads its struct in place.
type level struct {
	r    *runner
	typ  reflect.Type
	ptr  unsafe.Pointer
	ns   []byte
	parT reflect.Type
	parP unsafe.Pointer
}

var _ validator.StructLevel = (*level)(nil)

// Validator returns the shared validator/v10 instance.
func (c *level) Validator() *validator.Validate { return engine.Validator() }

// Top returns the value being validated, as it was passed.
func (c *level) Top() reflect.Value { return c.r.top }

// Parent returns the struct that holds the current one, or the top value.
func (c *level) Parent() reflect.Value {
	if c.parT == nil {
		return c.r.top
	}
	return reflect.NewAt(c.parT, c.parP).Elem()
}

// Current returns the struct the rule checks, addressable.
func (c *level) Current() reflect.Value { return reflect.NewAt(c.typ, c.ptr).Elem() }

// ExtractType follows pointers and interfaces to the value underneath.
func (c *level) ExtractType(field reflect.Value) (reflect.Value, reflect.Kind, bool) {
	return extract(field)
}

func extract(v reflect.Value) (reflect.Value, reflect.Kind, bool) {
	nullable := false
	for {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			nullable = true
			if v.IsNil() {
				return v, v.Kind(), nullable
			}
			v = v.Elem()
		default:
			return v, v.Kind(), nullable
		}
	}
}

// ReportError records a problem at the field named fieldName of the
// current struct, as validator/v10's ReportError does.
func (c *level) ReportError(field any, fieldName, _ string, tag, param string) {
	var (
		value any
		kind  reflect.Kind
	)
	if !strings.HasPrefix(param, sentenceMark) {
		var fv reflect.Value
		fv, kind, _ = extract(reflect.ValueOf(field))
		if kind != reflect.Invalid && fv.CanInterface() {
			value = fv.Interface()
		}
	}
	c.r.fail(string(c.ns)+fieldName, tag, param, value, kind)
}

// ReportValidationErrors records errs under relativeNamespace of the
// current struct.
func (c *level) ReportValidationErrors(relativeNamespace, _ string, errs validator.ValidationErrors) {
	for _, fe := range errs {
		c.r.fail(string(c.ns)+relativeNamespace+fe.Namespace(), fe.Tag(), fe.Param(), fe.Value(), fe.Kind())
	}
}
