package walk_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsevent/newsevent/internal/walk"
)

type id [2]byte

type figure struct {
	Ref  string `json:"ref"`
	From id     `json:"from"`
}

type Head struct {
	ID    id       `json:"id"`
	Links []id     `json:"links"`
	Facts []figure `json:"facts"`
}

type record struct {
	Head
	Owner   id        `json:"owner"`
	Nested  []*figure `json:"nested"`
	Plain   []string  `json:"plain"`
	private id
}

type found struct {
	target int
	path   string
	top    bool
}

func TestWalkFindsEveryTargetWithItsPath(t *testing.T) {
	p := walk.New(reflect.TypeFor[id](), reflect.TypeFor[figure]())
	r := &record{
		Head:    Head{ID: id{1}, Links: []id{{2}, {3}}, Facts: []figure{{Ref: "F1", From: id{4}}}},
		Owner:   id{5},
		Nested:  []*figure{nil, {Ref: "F2", From: id{6}}},
		private: id{7},
	}
	var got []found
	p.Walk(r, func(target int, v reflect.Value, at *walk.Path) {
		got = append(got, found{target, at.String("rec"), at.IsField("id")})
	})
	assert.Equal(t, []found{
		{0, "rec.id", true},
		{0, "rec.links[0]", false},
		{0, "rec.links[1]", false},
		{1, "rec.facts[0]", false},
		{0, "rec.facts[0].from", false},
		{0, "rec.owner", false},
		{1, "rec.nested[1]", false},
		{0, "rec.nested[1].from", false},
	}, got, "in field order, a struct target before what it holds, no unexported fields, nil pointers skipped")
}

func TestWalkValuesAreAddressable(t *testing.T) {
	p := walk.New(reflect.TypeFor[figure]())
	var refs []string
	p.Walk(record{Head: Head{Facts: []figure{{Ref: "F1"}}}}, func(_ int, v reflect.Value, _ *walk.Path) {
		refs = append(refs, v.Addr().Interface().(*figure).Ref)
	})
	assert.Equal(t, []string{"F1"}, refs, "a value walked by value is copied once, so its targets are addressable")
}

func TestWalkNil(t *testing.T) {
	p := walk.New(reflect.TypeFor[id]())
	var r *record
	p.Walk(r, func(int, reflect.Value, *walk.Path) { t.Fatal("a nil pointer has nothing to visit") })
	var e any
	p.Walk(e, func(int, reflect.Value, *walk.Path) { t.Fatal("nil has nothing to visit") })
}
