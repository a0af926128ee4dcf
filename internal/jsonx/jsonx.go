// Package jsonx holds the strict JSON decoding that every newsevent type
// uses: one linear scan that checks what encoding/json lets through
// (unknown, repeated and case-variant keys, invalid UTF-8, lone surrogates,
// numbers a float64 would change, trailing data) and the limits, then
// encoding/json's decode, and errors that say where: the byte offset and
// the JSON path of the value at fault.
//
// [StrictLimits] first decodes in one pass of encoding/json/v2 (from
// github.com/go-json-experiment/json, the standard library's package where
// the toolchain has one), whose own options make most of the scan's
// checks, and the types with their own UnmarshalJSON read themselves from
// v2's token stream through From; only data that this fast path refuses
// goes through the scan and encoding/json, which locate what is wrong, so
// that every input is accepted or refused as the scan alone would. The
// build tag newsevent_jsonv1 leaves the fast path out, so that the tests
// can run the scan alone.
package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"time"

	"github.com/newsevent/newsevent/vocab"
)

// Strict decodes one JSON value from data into v with every check of
// [StrictLimits] but no limits of size: the decoders of untrusted input
// (the root package's) scan what they read under their limits first, and
// then decode each record with Strict. encoding/json's own nesting limit
// (10,000) bounds the work of a value decoded alone.
func Strict(scope string, data []byte, v any) error {
	return StrictLimits(scope, data, v, Limits{})
}

// strictScan is StrictLimits through the hand-written scan and
// encoding/json: the path that says what is wrong when the fast path
// refuses data, and the whole decode under the newsevent_jsonv1 tag.
func strictScan(scope string, data []byte, v any, lim Limits) error {
	// No object of v can have more keys than the most fields a struct
	// of v has: past that, a key is unknown or repeated, and encoding/json
	// would spend an error value on each unknown one.
	bounded := false
	if bound := keyBound(reflect.TypeOf(v)); bound > 0 && (lim.MaxKeys == 0 || lim.MaxKeys > bound) {
		lim.MaxKeys, bounded = bound, true
	}
	if err := Scan(data, lim); err != nil {
		p := err.(*Problem)
		var le *vocab.LimitError
		if bounded && errors.As(err, &le) && le.Limit == "MaxKeys" {
			// Some key up to here is unknown (or repeated): the replay
			// names the first unknown one.
			if q := locate(data, reflect.TypeOf(v).Elem(), err); q.Offset >= 0 && q.Offset <= p.Offset {
				p = q
			}
		}
		return located(scope, p)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return located(scope, locate(data, reflect.TypeOf(v).Elem(), err))
	}
	return nil
}

// located turns a problem into the public error.
func located(scope string, p *Problem) error {
	return &vocab.DecodeError{Scope: scope, Offset: p.Offset, Path: p.Path, Err: p.Err}
}

// unknownField returns the error for a key that is no field of the value.
func unknownField(name string) error {
	return &vocab.UnknownError{Scope: "json", Set: "field", Value: name}
}

// lowerWord reports whether key is lower-case ASCII letters, digits and
// underscores, as every field name of this library is.
func lowerWord[T string | []byte](key T) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// NotZeroTime reports an error for an instant given in JSON (at is not
// nil) that is Go's zero time: the library reads that instant as "no
// date", and would drop it without a word.
func NotZeroTime(scope, field string, at *time.Time) error {
	if at != nil && at.IsZero() {
		return &vocab.DecodeError{Scope: scope, Offset: -1, Path: field,
			Err: errors.New("json: 0001-01-01T00:00:00Z is the zero time, which means no date here: leave the field out")}
	}
	return nil
}

// IsNull reports whether data is the JSON literal null (with white space
// around it). By encoding/json's convention, a type's UnmarshalJSON leaves
// its value as it is for null.
func IsNull(data []byte) bool {
	// Only JSON's own white space: "\u00a0null" and "null\v" are not
	// JSON, and must reach a decoder that says so.
	return string(bytes.Trim(data, " \t\r\n")) == "null"
}
