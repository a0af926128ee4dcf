package newsevent_test

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// ---- the plain baseline of encoding ----
//
// The baseline of encoding is json.Marshal of plain structs: no methods,
// strings for IDs, enums and codes, time.Time for instants, *float64 for
// the numbers a count writes only when they are the figure, as a user of
// encoding/json would write them to get the same bytes. Unlike the
// structs of internal/plain (which mirror the JSON for decoding, without
// omitempty), they must give the library's bytes exactly, so they are
// derived at run time from the library's types with reflect.StructOf:
// every field in the library's order under its own JSON tag, embedded
// structs flattened, and "kind" first for an event. A type made by
// StructOf without embedded fields has no methods, so encoding/json
// encodes it as it would a declared plain struct. The plain values are
// filled by decoding the library's output into them, outside the timer,
// and a test and each benchmark's setup check that both give the same
// bytes.

var (
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	timeType          = reflect.TypeFor[time.Time]()
	countType         = reflect.TypeFor[source.Count]()
	floatPtrType      = reflect.TypeFor[*float64]()
)

// plainMirror makes and remembers the plain types.
type plainMirror struct {
	mu    sync.Mutex
	types map[reflect.Type]reflect.Type
	kinds map[string]reflect.Type // event kind -> plain line type {"event":…}
	lines map[string]reflect.Type // record field -> plain line type
	story reflect.Type
}

var plainTypes = sync.OnceValue(func() *plainMirror {
	m := &plainMirror{types: map[reflect.Type]reflect.Type{}, kinds: map[string]reflect.Type{}, lines: map[string]reflect.Type{}}
	records := []struct {
		field string
		t     reflect.Type
	}{
		{"actor", reflect.TypeFor[actor.Actor]()},
		{"territory", reflect.TypeFor[territory.Territory]()},
		{"source", reflect.TypeFor[source.Source]()},
		{"status", reflect.TypeFor[territory.Status]()},
		{"identity", reflect.TypeFor[newsevent.Identity]()},
	}
	var storyFields []reflect.StructField
	for _, r := range records {
		p := m.of(r.t)
		m.lines[r.field] = lineType(r.field, p)
		name := r.field + "s"
		tag := name
		switch r.field {
		case "territory":
			name, tag = "territories", "territories"
		case "status":
			name, tag = "statuses", "statuses"
		case "identity":
			name, tag = "identities", "identities,omitempty"
		}
		storyFields = append(storyFields, reflect.StructField{Name: strings.ToUpper(name[:1]) + name[1:], Type: reflect.SliceOf(p), Tag: reflect.StructTag(`json:"` + tag + `"`)})
	}
	// The story's members are in the library's order: events before
	// identities.
	events := reflect.StructField{Name: "Events", Type: reflect.TypeFor[[]any](), Tag: `json:"events"`}
	storyFields = append(storyFields[:4], events, storyFields[4])
	m.story = reflect.StructOf(storyFields)
	for _, k := range event.Kinds() {
		e, err := event.Zero(k)
		if err != nil {
			panic(err)
		}
		m.kinds[string(k)] = lineType("event", m.structOf(reflect.TypeOf(e).Elem(), true))
	}
	return m
})

// lineType is the plain type of one line of JSON Lines: an object with one
// member named field that holds the record.
func lineType(field string, record reflect.Type) reflect.Type {
	return reflect.StructOf([]reflect.StructField{{Name: "R", Type: record, Tag: reflect.StructTag(`json:"` + field + `"`)}})
}

// of returns the plain type of the JSON of a value of type t.
func (m *plainMirror) of(t reflect.Type) reflect.Type {
	switch {
	case t == timeType:
		return t
	case t.Implements(textMarshalerType):
		return reflect.TypeFor[string]()
	case t == countType:
		return m.structOf(t, false)
	}
	switch t.Kind() {
	case reflect.String:
		return reflect.TypeFor[string]()
	case reflect.Bool:
		return reflect.TypeFor[bool]()
	case reflect.Int:
		return reflect.TypeFor[int]()
	case reflect.Int64:
		return reflect.TypeFor[int64]()
	case reflect.Int32:
		return reflect.TypeFor[int32]()
	case reflect.Float64:
		return reflect.TypeFor[float64]()
	case reflect.Slice:
		return reflect.SliceOf(m.of(t.Elem()))
	case reflect.Pointer:
		return reflect.PointerTo(m.of(t.Elem()))
	case reflect.Struct:
		return m.structOf(t, false)
	}
	panic(fmt.Sprintf("plain: no plain type for %s", t))
}

// structOf returns the plain struct of t, with a "kind" member first for
// an event kind; a count writes value, min and max first, each only when
// set, as its MarshalJSON does.
func (m *plainMirror) structOf(t reflect.Type, kind bool) reflect.Type {
	if p, ok := m.types[t]; ok {
		return p
	}
	var fields []reflect.StructField
	add := func(typ reflect.Type, tag string) {
		fields = append(fields, reflect.StructField{Name: "F" + strconv.Itoa(len(fields)), Type: typ, Tag: reflect.StructTag(`json:"` + tag + `"`)})
	}
	if kind {
		add(reflect.TypeFor[string](), "kind")
	}
	skip := map[string]bool{}
	if t == countType {
		for _, n := range []string{"value", "min", "max"} {
			add(floatPtrType, n+",omitempty")
			skip[n] = true
		}
	}
	m.fields(t, skip, add)
	p := reflect.StructOf(fields)
	m.types[t] = p
	return p
}

// fields adds the plain fields of struct t in order, flattening embedded
// structs, under their JSON tags.
func (m *plainMirror) fields(t reflect.Type, skip map[string]bool, add func(reflect.Type, string)) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if tag == "-" {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct && !f.Type.Implements(textMarshalerType) {
			m.fields(f.Type, skip, add)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if skip[name] {
			continue
		}
		if opts != "" {
			name += "," + opts
		}
		add(m.of(f.Type), name)
	}
}

// plainStory is a story held in plain values: one per line of its JSON
// Lines, and the whole story for its JSON form.
type plainStory struct {
	lines []any // pointers to plain line values
	story any   // pointer to the plain story
}

// newPlainStory decodes the JSON Lines of a story into plain values.
func newPlainStory(jsonl []byte) (*plainStory, error) {
	m := plainTypes()
	m.mu.Lock()
	defer m.mu.Unlock()
	ps := &plainStory{}
	story := reflect.New(m.story).Elem()
	list := map[string]int{"actor": 0, "territory": 1, "source": 2, "status": 3, "identity": 5}
	for line := range bytes.Lines(jsonl) {
		field := string(line[2 : bytes.IndexByte(line[2:], '"')+2])
		t, ok := m.lines[field]
		if field == "event" {
			rest := line[len(`{"event":{"kind":"`):]
			t, ok = m.kinds[string(rest[:bytes.IndexByte(rest, '"')])]
		}
		if !ok {
			return nil, fmt.Errorf("plain: unknown line %.40s", line)
		}
		v := reflect.New(t)
		if err := json.Unmarshal(line, v.Interface()); err != nil {
			return nil, err
		}
		ps.lines = append(ps.lines, v.Interface())
		rec := v.Elem().Field(0)
		if field == "event" {
			f := story.Field(4)
			f.Set(reflect.Append(f, rec.Addr()))
			continue
		}
		f := story.Field(list[field])
		f.Set(reflect.Append(f, rec))
	}
	for i := range 5 {
		if f := story.Field(i); f.IsNil() {
			f.Set(reflect.MakeSlice(f.Type(), 0, 0))
		}
	}
	ps.story = story.Addr().Interface()
	return ps, nil
}

// writeJSONL writes the plain lines as JSON Lines with json.Marshal, the
// baseline of Story.WriteJSONL.
func (ps *plainStory) writeJSONL(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, l := range ps.lines {
		data, err := json.Marshal(l)
		if err != nil {
			return err
		}
		bw.Write(data)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// marshalJSON is the baseline of Story.MarshalJSON.
//
//go:noinline
func (ps *plainStory) marshalJSON() ([]byte, error) { return json.Marshal(ps.story) }

// checkPlain makes sure that the plain values of s give the library's
// bytes, in both forms, so that the baseline encodes the same output.
func checkPlain(s *newsevent.Story) (*plainStory, error) {
	var lib bytes.Buffer
	if err := s.WriteJSONL(&lib); err != nil {
		return nil, err
	}
	ps, err := newPlainStory(lib.Bytes())
	if err != nil {
		return nil, err
	}
	var pl bytes.Buffer
	if err := ps.writeJSONL(&pl); err != nil {
		return nil, err
	}
	if err := sameBytes("JSON Lines", lib.Bytes(), pl.Bytes()); err != nil {
		return nil, err
	}
	libJSON, err := s.MarshalJSON()
	if err != nil {
		return nil, err
	}
	plJSON, err := ps.marshalJSON()
	if err != nil {
		return nil, err
	}
	if err := sameBytes("JSON", libJSON, plJSON); err != nil {
		return nil, err
	}
	return ps, nil
}

// sameBytes returns an error that shows where a and b first differ.
func sameBytes(what string, a, b []byte) error {
	if bytes.Equal(a, b) {
		return nil
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Errorf("%s: library and plain bytes differ at %d:\nlibrary: …%s\nplain:   …%s", what, i, a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}

// TestPlainEncodeBaseline checks that the plain structs of the encoding
// baseline give the library's bytes, for generated stories (with identity
// claims too) and every sample, so that BenchmarkRatioEncodePlain
// compares the same output.
func TestPlainEncodeBaseline(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		s := synth.New(synth.Options{Events: 300, Seed: seed, Identities: seed == 3})
		_, err := checkPlain(s)
		require.NoError(t, err, "seed %d", seed)
	}
	for _, sm := range examples.Samples() {
		s, err := sm.Build()
		require.NoError(t, err, sm.Name)
		_, err = checkPlain(s)
		require.NoError(t, err, sm.Name)
	}
	m := plainTypes()
	for lib, p := range m.types {
		require.Zero(t, p.NumMethod(), "the plain type of %s has methods", lib)
		require.Zero(t, reflect.PointerTo(p).NumMethod(), "the plain type of %s has methods", lib)
	}
}

// BenchmarkRatioEncodePlain reports the library's encoding of a story over
// json.Marshal of plain structs that give the same bytes (see "the plain
// baseline of encoding"): Story.WriteJSONL to io.Discard against the
// plain lines through a bufio.Writer ("jsonl"), and Story.MarshalJSON
// against one json.Marshal of the plain story ("json"). Target: at most
// 1.5.
func BenchmarkRatioEncodePlain(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		s := d.decode(b)
		ps, err := checkPlain(s)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.Run("jsonl", func(b *testing.B) {
			benchRatio(b, "lib/plain",
				func() error { return s.WriteJSONL(io.Discard) },
				func() error { return ps.writeJSONL(io.Discard) })
		})
		b.Run("json", func(b *testing.B) {
			benchRatio(b, "lib/plain",
				func() error { _, err := s.MarshalJSON(); return err },
				func() error { _, err := ps.marshalJSON(); return err })
		})
	})
}
