package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/jsonw"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// jsonNames returns the JSON names of the exported fields of t, in order.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// TestHeaderMembers fails when a field of a kind shares its JSON name
// with one of the header, which encoding/json would write instead of the
// header's. (That the generated encoders write every field of the header
// is TestBodyMembers': its events are filled in full, header included.)
func TestHeaderMembers(t *testing.T) {
	header := jsonNames(reflect.TypeFor[Header]())
	require.Contains(t, header, "attributions")
	for _, k := range Kinds() {
		e, err := Zero(k)
		require.NoError(t, err)
		for _, n := range jsonNames(reflect.TypeOf(e).Elem())[1:] {
			assert.NotContains(t, header, n, k)
		}
	}
}

// plainOf returns the method-less copy of e that appendKind encodes.
func plainOf(e Event) any {
	switch e := e.(type) {
	case *Meeting:
		return (*plainMeeting)(e)
	case *Attack:
		return (*plainAttack)(e)
	case *Statement:
		return (*plainStatement)(e)
	case *Proposal:
		return (*plainProposal)(e)
	case *Response:
		return (*plainResponse)(e)
	case *Conflict:
		return (*plainConflict)(e)
	case *Disaster:
		return (*plainDisaster)(e)
	case *Election:
		return (*plainElection)(e)
	case *RoleChange:
		return (*plainRoleChange)(e)
	case *Other:
		return (*plainOther)(e)
	}
	panic("unknown kind")
}

// randomHeader returns a header with each field set or not at random,
// nil and empty slices, text that needs escaping and invalid values
// included.
func randomHeader(r *rand.Rand) Header {
	pick := func(l ...string) string { return l[r.IntN(len(l))] }
	str := func() string {
		return pick("", "", "x", "<b>&amp;</b>", "line\nbreak\t\"q\" \\", "\u2028\u2029", "\x01\x1f", "bad \xff utf-8", "Київ")
	}
	id := func() [16]byte {
		if r.IntN(3) == 0 {
			return [16]byte{}
		}
		return uuid.NewSHA1(uuid.NameSpaceURL, []byte(strconv.Itoa(r.IntN(1000))))
	}
	tm := func() source.Time {
		if r.IntN(3) == 0 {
			return source.Time{}
		}
		var t source.Time
		if r.IntN(4) > 0 {
			t.Start = time.Date(1990+r.IntN(50), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, r.IntN(3)*7000, time.UTC)
		}
		if r.IntN(3) == 0 {
			t.Precision = source.Precisions()[r.IntN(len(source.Precisions()))]
		}
		t.Text = str()
		return t
	}
	attrs := func(min int) []source.Attribution {
		switch r.IntN(4) {
		case 0:
			return nil
		case 1:
			if min == 0 {
				return []source.Attribution{}
			}
		}
		l := make([]source.Attribution, min+r.IntN(3))
		for i := range l {
			l[i] = source.Attribution{Source: id(), Verb: source.VerbReported, Text: str()}
			if r.IntN(3) == 0 {
				l[i].Quotes = []source.Quote{{Text: str()}, {Ref: "q", Text: "<q>"}}
			}
			if r.IntN(20) == 0 {
				l[i].Verb = "bogus"
			}
		}
		return l
	}
	slice := func() int { return r.IntN(4) - 1 } // -1 for nil
	var h Header
	h.ID = id()
	h.Title = str()
	h.Time = tm()
	h.Rescheduled = tm()
	if n := slice(); n >= 0 {
		h.Places = make([]territory.ID, n)
		for i := range h.Places {
			h.Places[i] = id()
		}
	}
	h.Status = Statuses()[r.IntN(len(Statuses()))]
	if r.IntN(20) == 0 {
		h.Status = Status(pick("", "bogus"))
	}
	h.Attributions = attrs(1)
	if n := slice(); n >= 0 {
		h.Links = make([]Link, n)
		for i := range h.Links {
			l := Link{Ref: str(), Type: LinkTypes()[r.IntN(len(LinkTypes()))], To: id(), Text: str(), Attributions: attrs(0)}
			if r.IntN(3) == 0 {
				l.Offset = Offset{Max: Duration(time.Duration(r.IntN(48)) * time.Hour), Text: str()}
			}
			if r.IntN(20) == 0 {
				l.Type = "bogus"
			}
			h.Links[i] = l
		}
	}
	if n := slice(); n >= 0 {
		h.Figures = make([]source.Count, n)
		for i := range h.Figures {
			h.Figures[i] = source.Count{Value: float64(r.IntN(100)), Measure: source.Measure(pick("killed", "<x>")), Text: str(), Attributions: attrs(0), AsOf: tm()}
		}
	}
	if n := slice(); n >= 0 {
		h.Notes = make([]Remark, n)
		for i := range h.Notes {
			h.Notes[i] = Remark{Text: str(), Attributions: attrs(0)}
		}
	}
	h.Description = str()
	if n := slice(); n >= 0 {
		h.Names = make([]Name, n)
		for i := range h.Names {
			h.Names[i] = Name{Text: str(), UsedBy: actor.ID(id()), Attributions: attrs(0)}
		}
	}
	if n := slice(); n >= 0 {
		h.OtherTimes = make([]ReportedTime, n)
		for i := range h.OtherTimes {
			h.OtherTimes[i] = ReportedTime{Ref: str(), Time: tm(), Attributions: attrs(0), Revises: str(), RevisesIn: id()}
		}
	}
	if n := slice(); n >= 0 {
		h.Involved = make([]Participant, n)
		for i := range h.Involved {
			h.Involved[i] = Participant{Actor: actor.ID(id()), Role: Role(pick("mediator", "<r>"))}
		}
	}
	return h
}

// TestHeaderJSON checks that events encode, with the generated encoder of
// their header, to the bytes, and fail with the errors, of encoding them
// whole through encoding/json, on random headers of every kind.
func TestHeaderJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fails := 0
	for i := range 3000 {
		k := Kinds()[i%len(Kinds())]
		e, err := Zero(k)
		require.NoError(t, err)
		*HeaderOf(e) = randomHeader(r)
		want, wantErr := appendKind([]byte("["), k, plainOf(e))
		got, gotErr := e.(appender).appendJSON([]byte("["))
		if wantErr != nil {
			fails++
			require.Error(t, gotErr, "event %d", i)
			assert.Equal(t, wantErr.Error(), gotErr.Error(), "event %d", i)
			continue
		}
		require.NoError(t, gotErr, "event %d", i)
		require.Equal(t, string(want), string(got), "event %d", i)
	}
	assert.NotZero(t, fails, "no event failed to encode")
}

// filler sets values by reflection: every field it knows how to set,
// either all of them non-zero and valid (full) or each at random, zero,
// nil, empty, text to escape and values outside their sets included.
type filler struct {
	r    *rand.Rand
	full bool
	h    Header // a random header, whose values of package source are reused
}

var (
	typeTime     = reflect.TypeFor[time.Time]()
	typeLanguage = reflect.TypeFor[language.Tag]()
	typeIsValid  = reflect.TypeFor[interface{ IsValid() bool }]()
	typeMarshal  = reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
)

// known returns the values of the closed set of type t, from the error of
// the MarshalText of a value outside it.
func known(t reflect.Type) []string {
	v := reflect.New(t).Elem()
	v.SetString("\x00 not in the set")
	_, err := v.Interface().(interface{ MarshalText() ([]byte, error) }).MarshalText()
	var u *vocab.UnknownError
	if !errors.As(err, &u) {
		panic(fmt.Sprintf("%v: no set of values: %v", t, err))
	}
	return u.Known
}

func (f *filler) chance(n int) bool { return !f.full && f.r.IntN(n) == 0 }

// fill sets v, an addressable value.
func (f *filler) fill(v reflect.Value) {
	t := v.Type()
	switch {
	case t == typeTime:
		if !f.chance(3) {
			v.Set(reflect.ValueOf(time.Date(2020+f.r.IntN(5), 3, 1+f.r.IntN(20), 0, 0, 0, 0, time.UTC)))
		}
		return
	case t == typeLanguage:
		v.Set(reflect.ValueOf(language.English))
		return
	case t == reflect.TypeFor[source.Time]() && !f.full:
		v.Set(reflect.ValueOf(f.h.Time))
		return
	case t == reflect.TypeFor[[]source.Attribution]() && !f.full:
		v.Set(reflect.ValueOf(f.h.Attributions))
		return
	case t.Kind() == reflect.String && t.Implements(typeIsValid) && t.Implements(typeMarshal):
		l := known(t)
		s := l[f.r.IntN(len(l))]
		if f.chance(4) {
			s = ""
		} else if f.chance(20) {
			s = "bogus"
		}
		v.SetString(s)
		return
	}
	switch t.Kind() {
	case reflect.String:
		s := []string{"", "x", "<b>&amp;</b>", "line\nbreak\t\"q\" \\", "\u2028\u2029", "\x01\x1f", "bad \xff utf-8", "Київ"}
		if f.full {
			v.SetString(s[1+f.r.IntN(len(s)-1)])
		} else {
			v.SetString(s[f.r.IntN(len(s))])
		}
	case reflect.Bool:
		v.SetBool(!f.chance(2))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := int64(1 + f.r.IntN(1000))
		if f.chance(3) {
			n = int64(f.r.IntN(3) - 1)
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := uint64(1 + f.r.IntN(200))
		if f.chance(3) {
			n = 0
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		x := []float64{1.5, 3, 1e21, 1e-7, 123456789.125}[f.r.IntN(5)]
		if f.chance(3) {
			x = []float64{0, math.Copysign(0, -1), -2.5}[f.r.IntN(3)]
		}
		v.SetFloat(x)
	case reflect.Array:
		if t.Len() == 16 && t.Elem().Kind() == reflect.Uint8 {
			if !f.chance(3) {
				u := uuid.NewSHA1(uuid.NameSpaceURL, []byte(strconv.Itoa(f.r.IntN(1000))))
				reflect.Copy(v, reflect.ValueOf(u[:]))
			}
			return
		}
		for i := range v.Len() {
			f.fill(v.Index(i))
		}
	case reflect.Slice:
		n := 1 + f.r.IntN(2)
		if f.chance(2) {
			if f.r.IntN(2) == 0 {
				return // nil
			}
			n = 0
		}
		v.Set(reflect.MakeSlice(t, n, n))
		for i := range n {
			f.fill(v.Index(i))
		}
	case reflect.Pointer:
		if !f.chance(3) {
			v.Set(reflect.New(t.Elem()))
			f.fill(v.Elem())
		}
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				f.fill(v.Field(i))
			}
		}
	}
}

// bodyOnly returns what the generated encoders write for e, which must
// know its kind: the kind, then appendHead and appendBody, with no
// fallback to encoding/json.
func bodyOnly(t *testing.T, e Event) ([]byte, error) {
	t.Helper()
	o := jsonw.Start([]byte("["))
	o.String("kind", string(e.Kind()))
	require.NotNil(t, appendHead, "body_json_gen.go sets appendHead")
	appendHead(&o, HeaderOf(e))
	require.NotNil(t, appendBody, "body_json_gen.go sets appendBody")
	require.True(t, appendBody(&o, plainOf(e)), "the generated encoders do not know %s", e.Kind())
	return o.End()
}

// checkNames fails unless the JSON value got holds a member for every
// field of t, a struct of this package, and of the structs of this
// package it holds, at any depth.
func checkNames(t *testing.T, at string, typ reflect.Type, got any) {
	t.Helper()
	switch typ.Kind() {
	case reflect.Pointer:
		checkNames(t, at, typ.Elem(), got)
	case reflect.Slice:
		l, ok := got.([]any)
		if !assert.True(t, ok, "%s: not an array", at) {
			return
		}
		assert.NotEmpty(t, l, "%s: an empty array", at)
		for i, e := range l {
			checkNames(t, at+"["+strconv.Itoa(i)+"]", typ.Elem(), e)
		}
	case reflect.Struct:
		if typ.PkgPath() != reflect.TypeFor[Header]().PkgPath() {
			return
		}
		m, ok := got.(map[string]any)
		if !assert.True(t, ok, "%s: not an object", at) {
			return
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if f.Anonymous && f.Type == reflect.TypeFor[Header]() {
				continue // written by Header.appendJSON
			}
			name := jsonNames(reflect.StructOf([]reflect.StructField{{Name: f.Name, Type: f.Type, Tag: f.Tag}}))
			if !f.IsExported() || len(name) == 0 {
				continue
			}
			member, ok := m[name[0]]
			if assert.True(t, ok, "%s: no member %q for field %s", at, name[0], f.Name) {
				checkNames(t, at+"."+name[0], f.Type, member)
			}
		}
	}
}

// TestBodyMembers fails when the generated encoders (body_json_gen.go)
// do not write every field of every kind, at any depth, as encoding/json
// writes it: each kind is filled in full, every field set and valid, and
// its JSON, written by the generated code with no fallback, must be the
// bytes of encoding/json and hold a member for every field. Run go
// generate . in the module root when it fails after a change of a kind.
func TestBodyMembers(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, k := range Kinds() {
		for range 20 {
			e, err := Zero(k)
			require.NoError(t, err)
			f := filler{r: r, full: true}
			f.fill(reflect.ValueOf(e).Elem())
			want, err := appendKind([]byte("["), k, plainOf(e))
			require.NoError(t, err, k)
			got, err := bodyOnly(t, e)
			require.NoError(t, err, k)
			require.Equal(t, string(want), string(got), k)
			var v any
			require.NoError(t, json.Unmarshal(got[1:], &v), k)
			checkNames(t, string(k), reflect.TypeOf(e).Elem(), v)
		}
	}
}

// TestBodyJSON checks that the generated encoders write the bytes, and
// fail where, encoding/json writes and fails, on random events of every
// kind: fields zero or not, nil and empty slices, text to escape and
// values outside their sets included. And that appendJSON, which falls
// back to encoding/json on error, gives its error.
func TestBodyJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	fails := 0
	for i := range 5000 {
		k := Kinds()[i%len(Kinds())]
		e, err := Zero(k)
		require.NoError(t, err)
		f := filler{r: r, h: randomHeader(r)}
		f.fill(reflect.ValueOf(e).Elem())
		if r.IntN(2) == 0 {
			*HeaderOf(e) = randomHeader(r)
		} else {
			*HeaderOf(e) = Header{Status: StatusOccurred}
		}
		want, wantErr := appendKind([]byte("["), k, plainOf(e))
		got, gotErr := bodyOnly(t, e)
		whole, wholeErr := e.(appender).appendJSON([]byte("["))
		if wantErr != nil {
			fails++
			require.Error(t, gotErr, "event %d", i)
			require.Error(t, wholeErr, "event %d", i)
			assert.Equal(t, wantErr.Error(), wholeErr.Error(), "event %d", i)
			continue
		}
		require.NoError(t, gotErr, "event %d", i)
		require.Equal(t, string(want), string(got), "event %d", i)
		require.NoError(t, wholeErr, "event %d", i)
		require.Equal(t, string(want), string(whole), "event %d", i)
	}
	assert.NotZero(t, fails, "no event failed to encode")
}
