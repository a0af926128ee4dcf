//go:build !newsevent_jsonv1

package jsonx

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"sync"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The fast path, on encoding/json/v2 and encoding/json/jsontext through
// github.com/go-json-experiment/json: where the toolchain has them (Go
// 1.27, or Go 1.26 with GOEXPERIMENT=jsonv2) that module's packages are
// aliases of the standard library's, so the UnmarshalJSONFrom methods of
// this module are those that encoding/json/v2 calls; on Go 1.26 without
// the experiment the module is the same code, and the fast path runs
// there too.
//
// encoding/json/v2 makes most of the checks of [Scan] itself, in the one
// pass that decodes: RejectUnknownMembers refuses unknown keys, and by
// default v2 refuses repeated keys, keys in another case (it matches names
// exactly), invalid UTF-8, lone surrogate escapes, a byte order mark and
// trailing data. What v2 does not check is added here: numbers must be
// exact (an unmarshaler for float64 and int that reads the literal),
// time.Time reads as encoding/json v1 reads it (its own UnmarshalJSON, on
// the raw string), and the Limits, which v2 does not enforce (jsontext's
// depth and byte limits are not exported yet), hold by the types: an
// object decoded into a struct has at most as many keys as the struct has
// fields, and nests at most as deep as the type does, so data whose type
// bounds it within the limits needs no count.
//
// The records themselves ([FastFrom]) are read below encoding/json/v2, by
// decoders that internal/decgen generates from their types (gen_v2.go):
// jsontext refuses malformed JSON, invalid UTF-8 and trailing data, and
// the generated code refuses unknown, repeated and case-variant names,
// reads numbers and times as above, and refuses whatever else it does
// not read as the slow path does (null, a name with an escape).
//
// The fast path only says yes or no. When it says no, the decoders take
// the hand-written path ([Scan], encoding/json and the replay), which says
// what is wrong with the same offsets, paths and errors as a build without
// the fast path (tag newsevent_jsonv1), or accepts what v2 alone refused
// (v2's time.Time is stricter than v1's).

// Decoder is jsontext.Decoder, the type of the argument of the
// UnmarshalJSONFrom methods of the fast path.
type Decoder = jsontext.Decoder

// v2Strict returns the options of the fast path: unknown members are
// errors, the decoder carries mark (see fastMark), and u, unless nil,
// reads numbers and times.
func v2Strict(mark string, u *jsonv2.Unmarshalers) jsonv2.Options {
	if u == nil {
		return jsonv2.JoinOptions(jsonv2.RejectUnknownMembers(true), jsontext.WithIndentPrefix(mark))
	}
	return jsonv2.JoinOptions(jsonv2.RejectUnknownMembers(true), jsontext.WithIndentPrefix(mark), jsonv2.WithUnmarshalers(u))
}

// errSlow says that the fast path does not take a value; the slow path
// must.
var errSlow = errors.New("jsonx: the fast path does not take this value")

// unmarshalers read the values that v2 would read otherwise than the
// hand-written path: numbers are exact or refused, and time.Time is
// encoding/json v1's. [Fast] decodes with them, so that any type takes the
// fast path; the records' generated decoders ([FastFrom]) read numbers
// and times themselves.
var unmarshalers = jsonv2.JoinUnmarshalers(
	jsonv2.UnmarshalFromFunc(readFloat),
	jsonv2.UnmarshalFromFunc(readInt),
	jsonv2.UnmarshalFromFunc(readTime),
)

// readFloat reads a number into f exactly, or refuses it; null leaves f
// as it is.
func readFloat(dec *Decoder, f *float64) error {
	lit, err := number(dec)
	if err != nil || lit == nil {
		return err
	}
	x, err := exactFloat(string(lit))
	if err != nil {
		return err
	}
	*f = x
	return nil
}

// readInt reads an integer into n, as exactly as [readFloat] and as
// encoding/json v1 reads an int, or refuses it; null leaves n as it is.
func readInt(dec *Decoder, n *int) error {
	lit, err := number(dec)
	if err != nil || lit == nil {
		return err
	}
	if _, err := exactFloat(string(lit)); err != nil {
		return err
	}
	x, err := strconv.ParseInt(string(lit), 10, strconv.IntSize)
	if err != nil {
		return err
	}
	*n = int(x)
	return nil
}

// readTime reads a time as encoding/json v1 does: by its UnmarshalJSON on
// the raw value.
func readTime(dec *Decoder, t *time.Time) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	return t.UnmarshalJSON(v)
}

// number reads a number and returns its literal; for null it returns nil,
// as encoding/json v1 leaves a number as it is for null.
func number(dec *Decoder) ([]byte, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	switch v.Kind() {
	case 'n':
		return nil, nil
	case '0':
		return v, nil
	}
	return nil, errSlow
}

// fastMark marks the decoders of the fast path, so that [From] tells them
// from any other (encoding/json v1 on v2, or a caller's own options).
// encoding/json/v2 has no option for a mark of the caller's own, so it is
// an indent prefix, an option of encoders that decoders ignore: a pattern
// of spaces and tabs (the only characters a prefix may hold) that no
// caller would choose for a decoder.
const fastMark = " \t\t \t \t\t\t  \t \t\t  \t \t\t\t \t\t \t  \t\t \t \t\t"

// options are those of [Fast]: with the typed unmarshalers, so that any
// type reads its numbers and times as the slow path does.
var options = v2Strict(fastMark, unmarshalers)

// leanOptions are those of the records' decoders ([FastFrom]): without
// typed unmarshalers, which the generated code needs not, since it reads
// every number and time itself.
var leanOptions = v2Strict(fastMark, nil)

// StrictLimits decodes one JSON value from data into v, a pointer, with
// every check of [Scan]: unknown and repeated keys, keys in another case,
// invalid UTF-8, lone surrogates, inexact numbers, trailing data and
// input beyond the limits are errors. Every error is a *vocab.DecodeError
// of this scope that gives the byte offset and the JSON path of the value
// at fault.
//
// Unless built with the newsevent_jsonv1 tag, it decodes with encoding/json/v2 in
// one pass (see [Fast]), and only data that the fast path refuses goes
// through Scan, encoding/json and the replay that locate errors.
func StrictLimits(scope string, data []byte, v any, lim Limits) error {
	if Fast(data, v, lim) == nil {
		return nil
	}
	return strictScan(scope, data, v, lim)
}

// Fast decodes data into v, a pointer, with encoding/json/v2 and every
// check of [StrictLimits]. It returns nil, or an error that only says that it does
// not take data: the caller then decodes through the hand-written path,
// which locates what is wrong (or takes what v2 alone refuses). A
// failed Fast may have written part of v; every field it wrote, the slow
// path writes again.
func Fast(data []byte, v any, lim Limits) error {
	if !within(len(data), reflect.TypeOf(v), lim, 0) {
		return errSlow
	}
	return jsonv2.Unmarshal(data, v, options)
}

// within reports whether a value of pointer type t read from n bytes at
// the given depth keeps the limits by its type alone.
func within(n int, t reflect.Type, lim Limits, depth int) bool {
	s := shapeOf(t)
	switch {
	case !s.ok:
		return false
	case lim.MaxBytes > 0 && int64(n) > lim.MaxBytes:
		return false
	case lim.MaxStringBytes > 0 && n-2 > lim.MaxStringBytes:
		return false
	case lim.MaxKeys > 0 && s.keys > lim.MaxKeys:
		return false
	case depth+s.depth > min(hardMaxDepth, cmp0(lim.MaxDepth, hardMaxDepth)):
		return false
	}
	return true
}

func cmp0(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// From is the body of the UnmarshalJSONFrom method of a type whose
// UnmarshalJSON is slow, and whose fast decode is fast. On a decoder of
// the fast path, JSON null leaves the value as it is and anything else is
// decoded by fast, which reads one value from dec (the type's generated
// decoder, for the records of the module); on any other decoder
// (encoding/json v1 on v2, or a caller's own options), the value is read
// whole and given to slow, so that every decoder keeps the checks.
func From(dec *Decoder, slow func([]byte) error, fast func() error) error {
	if m, _ := jsonv2.GetOption(dec.Options(), jsontext.WithIndentPrefix); m != fastMark {
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return slow(v)
	}
	if dec.PeekKind() == 'n' {
		_, err := dec.ReadToken()
		return err
	}
	return fast()
}

// shape is what the type of a value says about its JSON: whether the fast
// path reads it as the slow path does (ok), and the most keys of an
// object and the deepest nesting that it takes.
type shape struct {
	ok          bool
	keys, depth int
}

var shapeCache sync.Map // reflect.Type -> shape

var (
	timeType          = reflect.TypeFor[time.Time]()
	unmarshalerV1Type = reflect.TypeFor[json.Unmarshaler]()
	unmarshalerV2Type = reflect.TypeFor[interface{ UnmarshalJSONFrom(*Decoder) error }]()
)

// shapeOf returns the shape of pointer type t.
func shapeOf(t reflect.Type) shape {
	if s, ok := shapeCache.Load(t); ok {
		return s.(shape)
	}
	var s shape
	if t.Kind() == reflect.Pointer {
		s = walk(t.Elem(), map[reflect.Type]bool{})
	}
	shapeCache.Store(t, s)
	return s
}

// walk returns the shape of t. A type that holds a map, an interface,
// raw JSON or a number other than float64 and int, a recursive type, or
// a field whose name is not a lower-case word, is not ok: the fast path
// leaves it to the slow one. A type with its own UnmarshalJSON is taken to
// read its fields, as every such type of this module does.
func walk(t reflect.Type, seen map[reflect.Type]bool) shape {
	if seen[t] {
		return shape{}
	}
	seen[t] = true
	defer delete(seen, t)
	leaf := shape{ok: true}
	if t == timeType || t == rawMessageType {
		return shape{ok: t == timeType}
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(textUnmarshalerType) && !pt.Implements(unmarshalerV1Type) {
		return leaf
	}
	if pt.Implements(unmarshalerV2Type) && !pt.Implements(unmarshalerV1Type) {
		return leaf // it reads itself from the token stream
	}
	switch t.Kind() {
	case reflect.Pointer:
		return walk(t.Elem(), seen)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return shape{}
		}
		s := walk(t.Elem(), seen)
		s.depth++
		return s
	case reflect.String, reflect.Bool:
		return leaf
	case reflect.Float64, reflect.Int:
		return shape{ok: t.PkgPath() == ""}
	case reflect.Struct:
		s := shape{ok: true, keys: len(fieldsOf(t))}
		for name, ft := range fieldsOf(t) {
			if !lowerWord(name) {
				return shape{}
			}
			f := walk(ft, seen)
			if !f.ok {
				return shape{}
			}
			s.keys = max(s.keys, f.keys)
			s.depth = max(s.depth, f.depth)
		}
		if pt.Implements(unmarshalerV1Type) {
			s.keys++ // an event's "kind" beside its fields
		}
		s.depth++
		return s
	}
	return shape{}
}
