// Package mutate breaks records for the differential tests of the
// rules: it lists every record of a story, the sites inside a record
// that a mutation can change (every exported field, the first two
// elements of every slice, at any depth), and the ways to change each:
// what each rule rejects, and some values it accepts. internal/validate
// compares its two engines on the broken records, and the root package
// its generated quick checks with the compiled plans.
package mutate

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/validate"
)

// Record is one record of a story, as the bulk path validates it.
type Record struct {
	Name  string     // "events[3]"
	Scope string     // the scope its Validate gives
	Fresh func() any // a deep copy, as a pointer to the concrete type
}

// Records lists every record of s, with the scopes of their Validate
// methods.
func Records(s *newsevent.Story) []Record {
	var out []Record
	for i, a := range s.Actors() {
		out = append(out, Record{validate.Index("actors", i), "actor", func() any { c := clone.Of(a); return &c }})
	}
	for i, t := range s.Territories() {
		out = append(out, Record{validate.Index("territories", i), "territory", func() any { c := clone.Of(t); return &c }})
	}
	for i, src := range s.Sources() {
		out = append(out, Record{validate.Index("sources", i), "source", func() any { c := clone.Of(src); return &c }})
	}
	for i, st := range s.Statuses() {
		out = append(out, Record{validate.Index("statuses", i), "territory: status", func() any { c := clone.Of(st); return &c }})
	}
	for i, e := range s.Events() {
		out = append(out, Record{validate.Index("events", i), "event: " + string(e.Kind()), func() any { return event.Clone(e) }})
	}
	for i, id := range s.Identities() {
		out = append(out, Record{validate.Index("identities", i), "newsevent: identity", func() any { c := clone.Of(id); return &c }})
	}
	return out
}

// Sites lists the paths (field or element indexes) of the values inside
// the struct v that a mutation can change: every exported field, every
// element of a slice (the first two), at any depth.
func Sites(v reflect.Value) [][]int {
	var out [][]int
	var walk func(v reflect.Value, path []int)
	walk = func(v reflect.Value, path []int) {
		if len(path) > 0 {
			out = append(out, path)
		}
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == timeType || v.Type() == tagType {
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i), append(path[:len(path):len(path)], i))
				}
			}
		case reflect.Slice:
			for i := range min(v.Len(), 2) {
				walk(v.Index(i), append(path[:len(path):len(path)], i))
			}
		}
	}
	walk(v, nil)
	return out
}

// At returns the value at path in v.
func At(v reflect.Value, path []int) reflect.Value {
	for _, i := range path {
		if v.Kind() == reflect.Struct {
			v = v.Field(i)
		} else {
			v = v.Index(i)
		}
	}
	return v
}

var (
	timeType = reflect.TypeFor[time.Time]()
	tagType  = reflect.TypeFor[language.Tag]()
)

// Pool holds values found in a record, so that mutations can make one
// field equal another (an actor a member of itself, a figure that
// revises itself) or give it the fuzzer's values.
type Pool struct {
	IDs  [][16]byte
	Strs []string
	Nums []float64
}

// Harvest collects the IDs and strings of v (four of each at most) for
// the mutations that copy them.
func Harvest(v reflect.Value) *Pool {
	p := &Pool{}
	seenID := map[[16]byte]bool{}
	seenStr := map[string]bool{}
	for _, path := range Sites(v) {
		f := At(v, path)
		switch {
		case f.Kind() == reflect.Array && f.Len() == 16 && f.Type().Elem().Kind() == reflect.Uint8:
			var id [16]byte
			reflect.Copy(reflect.ValueOf(&id).Elem(), f)
			if id != ([16]byte{}) && !seenID[id] && len(p.IDs) < 4 {
				seenID[id] = true
				p.IDs = append(p.IDs, id)
			}
		case f.Kind() == reflect.String:
			if s := f.String(); s != "" && !seenStr[s] && len(p.Strs) < 4 {
				seenStr[s] = true
				p.Strs = append(p.Strs, s)
			}
		}
	}
	return p
}

// Mutations of strings: what each rule rejects, and some it accepts.
var strMutations = []string{
	"", " padded", "trailing\n", "a\x00b", "two words", "\u200b", "Q0", "mauve", "UPPER_Case",
	"https://example.com/x", "example.com", "en", "und", "uk-Latn", "english!", "x@y",
	"bad \xff utf-8", strings.Repeat("é", 70), "\x1b[31m",
}

var numMutations = []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, 0, math.Copysign(0, -1), 91, -181, 1e9}

var intMutations = []int64{-1, 0, 1, 1 << 40}

var timeMutations = []time.Time{
	{},
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("EEST", 3*3600)),
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.FixedZone("UTC", 0)),
	time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(2025, 4, 24, 9, 0, 0, 0, time.UTC),
	time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Now(), // a monotonic reading and the Local zone
}

var tagMutations = []language.Tag{language.Und, language.MustParse("uk-Latn"), language.English}

// Count returns how many ways Apply knows to change v.
func Count(v reflect.Value, p *Pool) int {
	switch {
	case v.Type() == timeType:
		return len(timeMutations)
	case v.Type() == tagType:
		return len(tagMutations)
	}
	switch v.Kind() {
	case reflect.String:
		return len(strMutations) + len(p.Strs)
	case reflect.Float32, reflect.Float64:
		return len(numMutations) + len(p.Nums)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return len(intMutations)
	case reflect.Bool:
		return 1
	case reflect.Array:
		return 1 + len(p.IDs)
	case reflect.Slice:
		return 4
	case reflect.Struct:
		return 1
	}
	return 0
}

// Apply changes v in the k-th way of Count.
func Apply(v reflect.Value, k int, p *Pool) {
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(timeMutations[k]))
		return
	case v.Type() == tagType:
		v.Set(reflect.ValueOf(tagMutations[k]))
		return
	}
	switch v.Kind() {
	case reflect.String:
		if k < len(strMutations) {
			v.SetString(strMutations[k])
		} else {
			v.SetString(p.Strs[k-len(strMutations)])
		}
	case reflect.Float32, reflect.Float64:
		if k < len(numMutations) {
			v.SetFloat(numMutations[k])
		} else {
			v.SetFloat(p.Nums[k-len(numMutations)])
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(intMutations[k])
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Array:
		if k == 0 {
			v.SetZero()
		} else {
			reflect.Copy(v, reflect.ValueOf(p.IDs[k-1][:]))
		}
	case reflect.Slice:
		switch k {
		case 0:
			v.SetZero()
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		case 2: // a zero element at the end
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		case 3: // the first element twice
			if v.Len() > 0 {
				v.Set(reflect.Append(v, v.Index(0)))
			}
		}
	case reflect.Struct:
		v.SetZero()
	}
}

// Each calls fn with a fresh copy of r broken at one site in one way, for
// every site of r and every way Count knows to change it; what names the
// site and the way, for a test's message.
func Each(r Record, fn func(v any, what string)) {
	base := reflect.ValueOf(r.Fresh()).Elem()
	pool := Harvest(base)
	for _, p := range Sites(base) {
		for k := range Count(At(base, p), pool) {
			v := r.Fresh()
			Apply(At(reflect.ValueOf(v).Elem(), p), k, pool)
			fn(v, fmt.Sprintf("%s site %v mutation %d", r.Name, p, k))
		}
	}
}

// Ops returns a fresh copy of r broken as a fuzz target's ops say: pairs
// of a site and a way to change it (the first 16 pairs), where the ways
// include setting a string to s and a number to x.
func Ops(r Record, ops []byte, s string, x float64) any {
	v := r.Fresh()
	root := reflect.ValueOf(v).Elem()
	pool := Harvest(root)
	pool.Strs = append(pool.Strs, s)
	pool.Nums = append(pool.Nums, x)
	for i := 0; i+1 < len(ops) && i < 32; i += 2 {
		ss := Sites(root)
		site := At(root, ss[int(ops[i])%len(ss)])
		if n := Count(site, pool); n > 0 {
			Apply(site, int(ops[i+1])%n, pool)
		}
	}
	return v
}
