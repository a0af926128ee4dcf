package mutate

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/validate"
)

// Agree holds hold, a generated quick check of a package's own rules (its
// rulesHold), to the compiled plans ([validate.Fast]) on the values of
// types found in generated stories and in the sample stories: records of
// those types, and values of them inside other records (the source.Time
// of an event). Each value is checked as it is, where both must pass it,
// and about 24 of them (6 in short mode; at least 3 of each type) are
// broken in every way [Each] knows, where the two must decide alike. A
// quick check may refuse a valid record only at a cost in time, but it
// must never pass one that the plans fail: Agree fails on either.
func Agree(t testing.TB, hold func(any) bool, types ...reflect.Type) {
	t.Helper()
	vals := Values(t, types...)
	if len(vals) == 0 {
		t.Fatalf("no value of %v in the sample stories", types)
	}
	// Break the copies of about 24 values (6 in short mode), at least 3 of
	// each type, spread over the values of that type.
	most := 24
	if testing.Short() {
		most = 6
	}
	byType := map[reflect.Type][]Record{}
	for _, r := range vals {
		v := r.Fresh()
		if err := validate.Fast("", v); err != nil {
			t.Fatalf("%s: a sample value breaks the plans: %v", r.Name, err)
		}
		if !hold(v) {
			t.Errorf("%s: the quick check refuses a valid value", r.Name)
		}
		typ := reflect.TypeOf(v).Elem()
		byType[typ] = append(byType[typ], r)
	}
	var runs, bad int
	for _, typ := range types {
		rs := byType[typ]
		step := max(1, len(rs)/max(3, most/len(types)))
		for i := 0; i < len(rs); i += step {
			Each(rs[i], func(v any, what string) {
				err := validate.Fast("", v)
				if quick := hold(v); quick != (err == nil) {
					t.Fatalf("%s: the quick check says %v, the plans say %v", what, quick, err)
				}
				if err != nil {
					bad++
				}
				runs++
			})
		}
	}
	t.Logf("%d values of %v, %d broken copies, %d of them invalid", len(vals), types, runs, bad)
	if bad <= runs/5 {
		t.Errorf("only %d of %d broken copies are invalid: the mutations miss the rules", bad, runs)
	}
}

// Of returns r if its record is of one of types, else the values of those
// types inside it that are not zero (a zero one is left out, not
// checked), each as a Record whose Fresh gives a pointer into a fresh copy
// of r.
func Of(r Record, types ...reflect.Type) []Record {
	base := reflect.ValueOf(r.Fresh()).Elem()
	if slices.Contains(types, base.Type()) {
		return []Record{r}
	}
	var out []Record
	for _, p := range Sites(base) {
		if f := At(base, p); slices.Contains(types, f.Type()) && !f.IsZero() {
			out = append(out, Record{
				Name:  fmt.Sprintf("%s site %v", r.Name, p),
				Scope: r.Scope,
				Fresh: func() any { return At(reflect.ValueOf(r.Fresh()).Elem(), p).Addr().Interface() },
			})
		}
	}
	return out
}

// Values returns the values of types in the generated and sample stories
// that Agree checks, each as a Record (see [Of]).
func Values(t testing.TB, types ...reflect.Type) []Record {
	t.Helper()
	stories := []*newsevent.Story{synth.New(synth.Options{Events: 300, Seed: 3, Identities: true})}
	article, err := examples.Article()
	if err != nil {
		t.Fatal(err)
	}
	stories = append(stories, article)
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		if err != nil {
			t.Fatal(sample.Name, err)
		}
		stories = append(stories, s)
	}
	var vals []Record
	for _, s := range stories {
		for _, r := range Records(s) {
			vals = append(vals, Of(r, types...)...)
		}
	}
	return vals
}

// FuzzAgree is the fuzz form of [Agree]: each input picks a value of
// types and breaks it as [Ops] says, and hold must decide as the plans do.
func FuzzAgree(f *testing.F, hold func(any) bool, types ...reflect.Type) {
	f.Add(uint16(0), []byte{0, 0}, "", 0.0)
	f.Add(uint16(3), []byte{1, 2, 5, 7, 9, 1}, " padded ", math.NaN())
	f.Add(uint16(40), []byte{4, 3, 8, 0, 12, 5, 20, 2}, "a\x00b", math.Inf(-1))
	f.Add(uint16(77), []byte{2, 1, 3, 1, 4, 1}, "Q0", -1.0)
	f.Add(uint16(260), []byte{0, 4, 1, 4, 2, 4}, "two words", math.Copysign(0, -1))
	vals := Values(f, types...)
	if len(vals) == 0 {
		f.Fatalf("no value of %v in the sample stories", types)
	}
	f.Fuzz(func(t *testing.T, rec uint16, ops []byte, s string, x float64) {
		r := vals[int(rec)%len(vals)]
		v := Ops(r, ops, s, x)
		err := validate.Fast("", v)
		if quick := hold(v); quick != (err == nil) {
			t.Fatalf("%s: the quick check says %v, the plans say %v", r.Name, quick, err)
		}
	})
}
