package jsonx

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/vocab"
)

// locate finds where in data, decoded into a value of type t, encoding/json
// met the error it returned. encoding/json gives the offset of a type
// mismatch, but not of an unknown field or of an error from a value's own
// UnmarshalText or UnmarshalJSON, and never the path. locate replays the
// decode without storing anything: it walks data guided by t, in document
// order as encoding/json does, and returns the first value that fails, with
// its offset and path. data must have passed Scan, so its nesting is
// bounded by the scan's depth limit.
func locate(data []byte, t reflect.Type, orig error) *Problem {
	r := replay{data: data, orig: orig}
	i := r.space(0)
	if _, p := r.value(i, t, 0); p != nil {
		return p
	}
	// Nothing found: the error is about the value as a whole.
	return &Problem{Offset: -1, Err: orig}
}

// maxReplayDepth bounds the recursion of a replay, as encoding/json bounds
// its own: data that passed Scan under a depth limit never reaches it.
const maxReplayDepth = 10000

// replay walks JSON guided by a Go type. Each value it reads returns where
// it ends, so a replay reads each byte a bounded number of times; the
// path of the value being read is kept as steps and written out only for
// a problem.
type replay struct {
	data []byte
	orig error
	path []step
}

// step is one step of a path: a key, or an index when key is "" and
// index is not negative.
type step struct {
	key   string
	index int
}

func (r *replay) pathString() string {
	var b strings.Builder
	for _, s := range r.path {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

func (r *replay) problem(at int, err error) *Problem {
	return &Problem{Offset: int64(at), Path: r.pathString(), Err: err}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func (r *replay) space(i int) int {
	for i < len(r.data) && isSpace(r.data[i]) {
		i++
	}
	return i
}

// end returns the offset after the value at i, which must be valid JSON,
// without recursion.
func (r *replay) end(i int) int {
	data := r.data
	if i >= len(data) {
		return i
	}
	switch c := data[i]; {
	case c == '"':
		for i++; i < len(data); i++ {
			switch data[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return len(data)
	case c == '{' || c == '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				i = r.end(i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return len(data)
	}
	for i < len(data) && !isSpace(data[i]) && data[i] != ',' && data[i] != '}' && data[i] != ']' {
		i++
	}
	return i
}

// value replays the value at i into type t and returns where it ends and
// the first problem.
func (r *replay) value(i int, t reflect.Type, depth int) (int, *Problem) {
	data := r.data
	if i >= len(data) || depth > maxReplayDepth {
		return len(data), nil
	}
	c := data[i]
	if reflect.PointerTo(t).Implements(unmarshalerType) && t.Kind() != reflect.Interface && t.Kind() != reflect.Pointer {
		// encoding/json gives a value's own UnmarshalJSON even a null.
		end := r.end(i)
		v := reflect.New(t).Interface().(json.Unmarshaler)
		if err := v.UnmarshalJSON(data[i:end]); err != nil {
			return end, nested(int64(i), r.pathString(), err)
		}
		return end, nil
	}
	if c == 'n' {
		return r.end(i), nil // null leaves any other value as it is
	}
	if c == '"' && reflect.PointerTo(t).Implements(textUnmarshalerType) {
		end := r.end(i)
		var s string
		if err := json.Unmarshal(data[i:end], &s); err != nil {
			return end, r.problem(i, err)
		}
		v := reflect.New(t).Interface().(encoding.TextUnmarshaler)
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return end, r.problem(i, err)
		}
		return end, nil
	}
	mismatch := func(what string) (int, *Problem) {
		return r.end(i), r.problem(i, errors.New("json: cannot read "+what+" into "+kindName(t)))
	}
	switch t.Kind() {
	case reflect.Pointer:
		return r.value(i, t.Elem(), depth)
	case reflect.Interface:
		return r.end(i), nil
	case reflect.Struct:
		if c != '{' {
			return mismatch(tokenName(c))
		}
		fields := fieldsOf(t)
		j := r.space(i + 1)
		for j < len(data) && data[j] != '}' {
			kend := r.end(j)
			var key string
			if err := json.Unmarshal(data[j:kend], &key); err != nil {
				return len(data), r.problem(j, err)
			}
			ft, ok := fields[key]
			r.path = append(r.path, step{key: key, index: -1})
			if !ok {
				return len(data), r.problem(j, unknownField(excerpt.Of(key)))
			}
			end, p := r.value(r.space(r.space(kend)+1), ft, depth+1)
			r.path = r.path[:len(r.path)-1]
			if p != nil {
				return end, p
			}
			j = r.space(end)
			if j < len(data) && data[j] == ',' {
				j = r.space(j + 1)
			}
		}
		return j + 1, nil
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && c == '"' {
			return r.end(i), nil // []byte as base64
		}
		if c != '[' {
			return mismatch(tokenName(c))
		}
		j := r.space(i + 1)
		for n := 0; j < len(data) && data[j] != ']'; n++ {
			r.path = append(r.path, step{index: n})
			end, p := r.value(j, t.Elem(), depth+1)
			r.path = r.path[:len(r.path)-1]
			if p != nil {
				return end, p
			}
			j = r.space(end)
			if j < len(data) && data[j] == ',' {
				j = r.space(j + 1)
			}
		}
		return j + 1, nil
	case reflect.String:
		if c != '"' {
			return mismatch(tokenName(c))
		}
	case reflect.Bool:
		if c != 't' && c != 'f' {
			return mismatch(tokenName(c))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		if c != '-' && (c < '0' || c > '9') {
			return mismatch(tokenName(c))
		}
		end := r.end(i)
		if err := json.Unmarshal(data[i:end], reflect.New(t).Interface()); err != nil {
			return end, r.problem(i, errors.New("json: cannot read the number "+excerpt.Of(string(data[i:end]))+" into "+kindName(t)))
		}
		return end, nil
	}
	return r.end(i), nil
}

// nested turns the error of a value's own UnmarshalJSON into a problem of
// the enclosing value: a located error moves by the value's offset and
// path.
func nested(at int64, path string, err error) *Problem {
	var d *vocab.DecodeError
	var p *Problem
	switch {
	case errors.As(err, &d):
		off := int64(-1)
		if d.Offset >= 0 {
			off = at + d.Offset
		}
		return &Problem{Offset: off, Path: joinPath(path, d.Path), Err: d.Err}
	case errors.As(err, &p):
		off := int64(-1)
		if p.Offset >= 0 {
			off = at + p.Offset
		}
		return &Problem{Offset: off, Path: joinPath(path, p.Path), Err: p.Err}
	}
	return &Problem{Offset: at, Path: path, Err: err}
}

// joinPath puts two JSON paths together: "events[2]" and "title" make
// "events[2].title"; an index part joins without a dot.
func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

func tokenName(c byte) string {
	switch {
	case c == '"':
		return "text"
	case c == '{':
		return "an object"
	case c == '[':
		return "a list"
	case c == 't' || c == 'f':
		return "true or false"
	}
	return "a number"
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number (" + t.Kind().String() + ")"
	}
	return "a number"
}

// fieldCache maps a struct type to its fields by JSON name, embedded
// structs without a JSON name flattened as encoding/json does.
var fieldCache sync.Map // reflect.Type -> map[string]reflect.Type

func fieldsOf(t reflect.Type) map[string]reflect.Type {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			ft := f.Type
			if f.Anonymous && name == "" {
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					add(ft)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, taken := m[name]; !taken {
				m[name] = f.Type
			}
		}
	}
	add(t)
	fieldCache.Store(t, m)
	return m
}

// End returns the offset after the value that starts at i in data, which
// must have passed Scan, followed by any white space.
func End(data []byte, i int) int {
	r := replay{data: data}
	return r.space(r.end(i))
}

// Span is where a value sits in data: data[Start:End].
type Span struct{ Start, End int }

// Member is a key of an object and where its value sits.
type Member struct {
	Key      string
	KeyStart int
	Value    Span
}

// Members splits the object that data holds into its members, in order,
// without decoding their values. It checks only the object's own syntax
// (the values are checked by whoever decodes them), runs in time linear in
// len(data) and returns a *Problem for what it cannot read.
func Members(data []byte) ([]Member, error) {
	r := replay{data: data}
	i := r.space(0)
	if i >= len(data) || data[i] != '{' {
		found := "nothing"
		if i < len(data) {
			found = tokenName(data[i])
			if data[i] == 'n' {
				found = "null"
			}
		}
		return nil, &Problem{Offset: int64(i), Err: errors.New("json: want an object, not " + found)}
	}
	var out []Member
	i = r.space(i + 1)
	for i < len(data) && data[i] != '}' {
		if data[i] != '"' {
			return nil, &Problem{Offset: int64(i), Err: errors.New("json: want an object key")}
		}
		kend := r.end(i)
		var key string
		if err := json.Unmarshal(data[i:kend], &key); err != nil {
			return nil, &Problem{Offset: int64(i), Err: err}
		}
		j := r.space(kend)
		if j >= len(data) || data[j] != ':' {
			return nil, &Problem{Offset: int64(j), Path: key, Err: errors.New("json: want ':' after an object key")}
		}
		v := r.space(j + 1)
		if v >= len(data) {
			return nil, &Problem{Offset: int64(v), Path: key, Err: errors.New("json: unexpected end of JSON input")}
		}
		end := r.end(v)
		out = append(out, Member{Key: key, KeyStart: i, Value: Span{v, end}})
		i = r.space(end)
		if i < len(data) && data[i] == ',' {
			i = r.space(i + 1)
			continue
		}
		if i >= len(data) || data[i] != '}' {
			return nil, &Problem{Offset: int64(i), Err: errors.New("json: want ',' or '}' after an object member")}
		}
	}
	if i >= len(data) {
		return nil, &Problem{Offset: int64(i), Err: errors.New("json: unexpected end of JSON input")}
	}
	if rest := r.space(i + 1); rest != len(data) {
		return nil, &Problem{Offset: int64(rest), Err: errors.New("json: unexpected data after the JSON value")}
	}
	return out, nil
}

// Elements splits the array at span of data into its elements, in order,
// without decoding them; it reports false if span holds no array.
func Elements(data []byte, span Span) ([]Span, *Problem) {
	r := replay{data: data[:span.End]}
	i := span.Start
	if data[i] != '[' {
		return nil, &Problem{Offset: int64(i), Err: errors.New("json: want a list")}
	}
	var out []Span
	i = r.space(i + 1)
	for i < span.End && data[i] != ']' {
		end := r.end(i)
		out = append(out, Span{i, end})
		i = r.space(end)
		if i < span.End && data[i] == ',' {
			i = r.space(i + 1)
			continue
		}
		if i >= span.End || data[i] != ']' {
			return nil, &Problem{Offset: int64(i), Err: errors.New("json: want ',' or ']' after a list element")}
		}
	}
	if i >= span.End {
		return nil, &Problem{Offset: int64(i), Err: errors.New("json: unexpected end of JSON input")}
	}
	return out, nil
}

// boundCache maps a type to the most keys an object decoded into it may
// have, 0 for no bound.
var boundCache sync.Map // reflect.Type -> int

var rawMessageType = reflect.TypeFor[json.RawMessage]()

// keyBound returns the most fields of any struct that a value of type t
// holds, the most keys a valid object of it can have; 0 when t holds a
// map, an interface or raw JSON, whose keys it cannot know.
func keyBound(t reflect.Type) int {
	if b, ok := boundCache.Load(t); ok {
		return b.(int)
	}
	b := bound(t, map[reflect.Type]bool{})
	boundCache.Store(t, b)
	return b
}

func bound(t reflect.Type, seen map[reflect.Type]bool) int {
	if seen[t] {
		return 0
	}
	seen[t] = true
	defer delete(seen, t)
	if t == rawMessageType {
		return 0
	}
	// A type with its own UnmarshalJSON is taken to read the fields it
	// has, as every such type of this module does.
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return bound(t.Elem(), seen)
	case reflect.Map, reflect.Interface:
		return 0
	case reflect.Struct:
		if reflect.PointerTo(t).Implements(textUnmarshalerType) {
			return 1 // a string in JSON; any object is wrong
		}
		fields := fieldsOf(t)
		most := len(fields)
		for _, ft := range fields {
			b := bound(ft, seen)
			if b == 0 && holdsObjects(ft) {
				return 0
			}
			most = max(most, b)
		}
		return most
	}
	return 1
}

// holdsObjects reports whether a value of type t can be a JSON object.
func holdsObjects(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map, reflect.Interface:
		return !reflect.PointerTo(t).Implements(textUnmarshalerType)
	}
	return false
}
