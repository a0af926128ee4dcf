package clonegen_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/clonegen"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/testutil"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// Every clone_gen.go is what the generator makes from the Go types now: a
// field or kind added without `go generate .` fails here.
func TestCloneFilesAreUpToDate(t *testing.T) {
	files, err := clonegen.Files()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		testutil.AssertGenerated(t, root, f.Path, f.Data)
	}
}

// The typed copies give the same values as the reflective ones, for every
// record of generated stories and of every sample story.
func TestTypedCopiesMatchReflectiveCopies(t *testing.T) {
	stories := map[string]*newsevent.Story{}
	for _, seed := range []uint64{1, 2, 3, 4} {
		stories["synth"+string(rune('0'+seed))] = synth.New(synth.Options{Events: 300, Seed: seed, Identities: true, Padding: 40})
	}
	for name, f := range map[string]func() (*newsevent.Story, error){
		"article": examples.Article, "ceasefire": examples.Ceasefire, "earthquake": examples.Earthquake,
		"election": examples.Election, "outbreak": examples.Outbreak, "update": examples.Update,
	} {
		s, err := f()
		require.NoError(t, err, name)
		stories[name] = s
	}
	for name, s := range stories {
		n := 0
		for r := range s.Records() {
			n++
			check(t, name, r)
			switch r := r.(type) {
			case newsevent.ActorRecord:
				check(t, name, r.Actor)
				check(t, name, &r.Actor)
				check(t, name, []actor.Actor{r.Actor, r.Actor})
			case newsevent.TerritoryRecord:
				check(t, name, r.Territory)
				check(t, name, []territory.Territory{r.Territory})
			case newsevent.SourceRecord:
				check(t, name, r.Source)
				check(t, name, []source.Source{r.Source})
			case newsevent.StatusRecord:
				check(t, name, r.Status)
			case newsevent.EventRecord:
				check(t, name, r.Event)
				check(t, name, []event.Event{r.Event, nil})
				check(t, name, r.Event.Head())
				check(t, name, event.Figures(r.Event))
			case newsevent.IdentityRecord:
				check(t, name, r.Identity)
				check(t, name, []newsevent.Identity{r.Identity})
			default:
				t.Fatalf("%s: unexpected record %T", name, r)
			}
		}
		assert.NotZero(t, n, name)
	}
}

// The typed copies match the reflective ones for values of every root
// type with every exported field set, down to the types that hold no
// shared memory.
func TestTypedCopiesOfFullValues(t *testing.T) {
	full := func(p any) {
		fill(reflect.ValueOf(p).Elem(), 0)
	}
	var (
		a   actor.Actor
		tr  territory.Territory
		st  territory.Status
		src source.Source
		cnt source.Count
		q   source.Quote
		h   event.Header
		l   event.Link
		id  newsevent.Identity
	)
	for _, p := range []any{&a, &tr, &st, &src, &cnt, &q, &h, &l, &id} {
		full(p)
	}
	checkFull(t, a)
	checkFull(t, tr)
	checkFull(t, st)
	checkFull(t, src)
	checkFull(t, cnt)
	checkFull(t, q)
	checkFull(t, h)
	checkFull(t, l)
	checkFull(t, id)
	checkFull(t, newsevent.Record(newsevent.ActorRecord{Actor: a}))
	checkFull(t, newsevent.Record(&newsevent.IdentityRecord{Identity: id}))
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		require.NoError(t, err)
		fill(reflect.ValueOf(e).Elem(), 0)
		checkFull(t, e)
		checkFull(t, newsevent.Record(newsevent.EventRecord{Event: e}))
		checkFull(t, []event.Event{e})
	}
}

// checkFull is check without JSON: a value filled by reflection need not
// encode.
func checkFull[T any](t *testing.T, v T) {
	t.Helper()
	typed, refl := clone.Of(v), clone.Reflect(v)
	assert.True(t, reflect.DeepEqual(v, typed), "%T: the typed copy differs from the original", v)
	assert.True(t, reflect.DeepEqual(refl, typed), "%T: the typed copy differs from the reflective one", v)
	sharesNothing(t, reflect.TypeFor[T]().String(), reflect.ValueOf(&v).Elem(), reflect.ValueOf(&typed).Elem())
}

// check compares the typed copy of v with v and with its reflective
// copy: equal values, the same JSON, and no memory shared with v.
func check[T any](t *testing.T, story string, v T) {
	t.Helper()
	typed, refl := clone.Of(v), clone.Reflect(v)
	if !assert.True(t, reflect.DeepEqual(v, typed), "%s: %T: the typed copy differs from the original", story, v) ||
		!assert.True(t, reflect.DeepEqual(refl, typed), "%s: %T: the typed copy differs from the reflective one", story, v) {
		return
	}
	want, err := json.Marshal(v)
	require.NoError(t, err)
	got, err := json.Marshal(typed)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "%s: %T: the typed copy encodes differently", story, v)
	sharesNothing(t, story, reflect.ValueOf(&v).Elem(), reflect.ValueOf(&typed).Elem())
}

// sharesNothing fails if a non-empty slice, a pointer or a map reached
// from the exported fields of cp is the same memory as in orig.
func sharesNothing(t *testing.T, where string, orig, cp reflect.Value) {
	t.Helper()
	switch orig.Kind() {
	case reflect.Slice:
		if orig.Len() > 0 && orig.UnsafePointer() == cp.UnsafePointer() {
			t.Errorf("%s: %v shares a slice", where, orig.Type())
			return
		}
		for i := range orig.Len() {
			sharesNothing(t, where, orig.Index(i), cp.Index(i))
		}
	case reflect.Array:
		for i := range orig.Len() {
			sharesNothing(t, where, orig.Index(i), cp.Index(i))
		}
	case reflect.Pointer:
		if orig.IsNil() {
			return
		}
		if orig.Type().Elem().Size() > 0 && orig.UnsafePointer() == cp.UnsafePointer() {
			t.Errorf("%s: %v shares a pointer", where, orig.Type())
			return
		}
		sharesNothing(t, where, orig.Elem(), cp.Elem())
	case reflect.Map:
		if orig.IsNil() {
			return
		}
		if orig.UnsafePointer() == cp.UnsafePointer() {
			t.Errorf("%s: %v shares a map", where, orig.Type())
			return
		}
		for _, k := range orig.MapKeys() {
			sharesNothing(t, where, orig.MapIndex(k), cp.MapIndex(k))
		}
	case reflect.Interface:
		if !orig.IsNil() {
			sharesNothing(t, where, orig.Elem(), cp.Elem())
		}
	case reflect.Struct:
		for i := range orig.NumField() {
			if orig.Type().Field(i).IsExported() {
				sharesNothing(t, where, orig.Field(i), cp.Field(i))
			}
		}
	}
}

// fill sets every exported field below v (settable) to a value that is
// not zero: two elements per slice, one entry per map, a new value per
// pointer; depth bounds recursive types.
func fill(v reflect.Value, depth int) {
	if depth > 8 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), depth+1)
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, depth+1)
		fill(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	}
}
