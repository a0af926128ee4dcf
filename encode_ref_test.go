package newsevent_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// ---- the reference encoding ----
//
// The encoders write each event once, straight into the output, instead
// of json.Marshal of values whose MarshalJSON output encoding/json then
// re-scans. The reference below is the encoding as it was before: an
// event is json.Marshal of a method-less copy of it with "kind" spliced in
// front, a record of a stream json.Marshal of its value (an event through
// its MarshalJSON, re-scanned), a story json.Marshal of a struct of its
// lists. The method-less copy is made by reflection from the Go value
// (never from the library's output): a struct with the event's fields,
// the embedded header's flattened in place, of the same types, so each
// field is encoded by the same encoder as before.

// refEvent is the JSON of e as the encoding before wrote it.
func refEvent(t testing.TB, e event.Event) []byte {
	t.Helper()
	v := reflect.ValueOf(e).Elem()
	var fields []reflect.StructField
	var index [][]int
	seen := map[string]bool{}
	var walk func(typ reflect.Type, at []int)
	walk = func(typ reflect.Type, at []int) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := f.Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			path := append(append([]int(nil), at...), i)
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				walk(f.Type, path)
				continue
			}
			if !f.IsExported() || tag == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			require.False(t, seen[name], "%T: two fields named %q: the reference cannot flatten it", e, name)
			seen[name] = true
			fields = append(fields, reflect.StructField{Name: "F" + strconv.Itoa(len(fields)), Type: f.Type, Tag: reflect.StructTag(`json:"` + tag + `"`)})
			index = append(index, path)
		}
	}
	walk(v.Type(), nil)
	c := reflect.New(reflect.StructOf(fields)).Elem()
	for i, path := range index {
		c.Field(i).Set(v.FieldByIndex(path))
	}
	require.Zero(t, c.Type().NumMethod())
	body, err := json.Marshal(c.Interface())
	require.NoError(t, err)
	out := []byte(`{"kind":"` + string(e.Kind()) + `"`)
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...)
}

// refLists are a story's lists, from its records.
type refLists struct {
	actors      []actor.Actor
	territories []territory.Territory
	sources     []source.Source
	statuses    []territory.Status
	events      []event.Event
	identities  []newsevent.Identity
}

func listsOf(s *newsevent.Story) refLists {
	var l refLists
	for r := range s.Records() {
		switch r := r.(type) {
		case newsevent.ActorRecord:
			l.actors = append(l.actors, r.Actor)
		case newsevent.TerritoryRecord:
			l.territories = append(l.territories, r.Territory)
		case newsevent.SourceRecord:
			l.sources = append(l.sources, r.Source)
		case newsevent.StatusRecord:
			l.statuses = append(l.statuses, r.Status)
		case newsevent.EventRecord:
			l.events = append(l.events, r.Event)
		case newsevent.IdentityRecord:
			l.identities = append(l.identities, r.Identity)
		}
	}
	return l
}

// nonNilRef returns l, or an empty slice for nil.
func nonNilRef[T any](l []T) []T {
	if l == nil {
		return []T{}
	}
	return l
}

// refStory is the JSON of s as the encoding before wrote it; it checks
// the encoding of each event and of the list of them on the way.
func refStory(t testing.TB, s *newsevent.Story) (jsonl, doc []byte) {
	t.Helper()
	l := listsOf(s)
	events := make([]json.RawMessage, len(l.events))
	for i, e := range l.events {
		events[i] = refEvent(t, e)
	}
	doc, err := json.Marshal(struct {
		Actors      []actor.Actor         `json:"actors"`
		Territories []territory.Territory `json:"territories"`
		Sources     []source.Source       `json:"sources"`
		Statuses    []territory.Status    `json:"statuses"`
		Events      []json.RawMessage     `json:"events"`
		Identities  []newsevent.Identity  `json:"identities,omitempty"`
	}{nonNilRef(l.actors), nonNilRef(l.territories), nonNilRef(l.sources), nonNilRef(l.statuses), nonNilRef(events), l.identities})
	require.NoError(t, err)
	var b bytes.Buffer
	line := func(field string, v any) {
		data, err := json.Marshal(v)
		require.NoError(t, err)
		b.WriteString(`{"` + field + `":`)
		b.Write(data)
		b.WriteString("}\n")
	}
	for _, a := range l.actors {
		line("actor", a)
	}
	for _, x := range l.territories {
		line("territory", x)
	}
	for _, x := range l.sources {
		line("source", x)
	}
	for _, x := range l.statuses {
		line("status", x)
	}
	for i := range l.events {
		line("event", events[i])
	}
	for _, x := range l.identities {
		line("identity", x)
	}
	return b.Bytes(), doc
}

// checkEncoding checks every encoder of the library against the reference
// on the story s.
func checkEncoding(t *testing.T, name string, s *newsevent.Story) {
	t.Helper()
	wantJSONL, wantDoc := refStory(t, s)
	doc, err := s.MarshalJSON()
	require.NoError(t, err, name)
	assert.NoError(t, sameBytes(name+": Story.MarshalJSON", wantDoc, doc))
	var got bytes.Buffer
	require.NoError(t, s.WriteJSONL(&got), name)
	assert.NoError(t, sameBytes(name+": Story.WriteJSONL", wantJSONL, got.Bytes()))

	// An Encoder, record by record, writes the same lines.
	got.Reset()
	enc := newsevent.NewEncoder(&got)
	for r := range s.Records() {
		require.NoError(t, enc.Encode(r), name)
	}
	assert.NoError(t, sameBytes(name+": Encoder", wantJSONL, got.Bytes()))

	// Each event alone, through its MarshalJSON and json.Marshal, and the
	// list of them.
	l := listsOf(s)
	var list bytes.Buffer
	list.WriteByte('[')
	for i, e := range l.events {
		want := refEvent(t, e)
		data, err := e.MarshalJSON()
		require.NoError(t, err)
		assert.NoError(t, sameBytes(name+": "+string(e.Kind())+".MarshalJSON", want, data))
		data, err = json.Marshal(e)
		require.NoError(t, err)
		assert.NoError(t, sameBytes(name+": json.Marshal of an event", want, data))
		if i > 0 {
			list.WriteByte(',')
		}
		list.Write(want)
	}
	list.WriteByte(']')
	data, err := event.List(l.events).MarshalJSON()
	require.NoError(t, err)
	if l.events == nil {
		assert.Equal(t, "null", string(data))
	} else {
		assert.NoError(t, sameBytes(name+": event.List", list.Bytes(), data))
	}

	// MarshalIndent indents the same document.
	var indented bytes.Buffer
	require.NoError(t, json.Indent(&indented, wantDoc, "", "  "))
	data, err = s.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.NoError(t, sameBytes(name+": MarshalIndent", indented.Bytes(), data))
}

// TestEncodingAsBefore checks that the encoders write exactly the bytes of
// the reference encoding, for generated stories, every sample, an empty
// story and one whose text needs escaping.
func TestEncodingAsBefore(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		s := synth.New(synth.Options{Events: 400, Seed: seed, Identities: seed%2 == 0, Padding: int(seed%3) * 100})
		checkEncoding(t, "synth seed "+strconv.FormatUint(seed, 10), s)
	}
	for _, sm := range examples.Samples() {
		s, err := sm.Build()
		require.NoError(t, err, sm.Name)
		checkEncoding(t, sm.Name, s)
	}
	updated, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	checkEncoding(t, "article updated", updated)
	checkEncoding(t, "empty", new(newsevent.Story))

	// Text that encoding/json escapes: HTML, line separators, control
	// characters and invalid UTF-8. Add does not validate.
	odd := "<b>Tom & Jerry</b>\u2028\u2029\x01\t\"\\\xff é"
	s := new(newsevent.Story)
	require.NoError(t, s.AddActor(actor.Actor{ID: actor.IDFor("enc odd"), Kind: actor.KindGroup, Name: odd}))
	require.NoError(t, s.AddEvent(&event.Other{Header: event.Header{ID: event.IDFor("enc odd"), Title: odd, Status: event.StatusOccurred}}))
	require.NoError(t, s.AddEvent(&event.Meeting{Header: event.Header{ID: event.IDFor("enc empty"), Status: event.StatusOccurred}}))
	checkEncoding(t, "escaping", s)
	data, err := s.MarshalJSON()
	require.NoError(t, err)
	quoted, err := json.Marshal(odd)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"name":`+string(quoted))
	assert.Contains(t, string(data), `"title":`+string(quoted))
	assert.Contains(t, string(quoted), `\u003cb\u003eTom \u0026 Jerry\u003c/b\u003e\u2028\u2029\u0001\t\"\\`)
}

// TestMarshalJSONConcurrent marshals stories from several goroutines at
// once (their buffers come from one pool): each gets its own bytes.
func TestMarshalJSONConcurrent(t *testing.T) {
	var stories []*newsevent.Story
	var want [][]byte
	for seed := range uint64(4) {
		s := synth.New(synth.Options{Events: 50 + 100*int(seed), Seed: seed})
		data, err := s.MarshalJSON()
		require.NoError(t, err)
		stories, want = append(stories, s), append(want, data)
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			var err error
			for i := range 20 {
				k := (g + i) % len(stories)
				data, e := stories[k].MarshalJSON()
				if e == nil && !bytes.Equal(data, want[k]) {
					e = sameBytes("concurrent MarshalJSON", want[k], data)
				}
				if e != nil && err == nil {
					err = e
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		assert.NoError(t, <-errs)
	}
}
