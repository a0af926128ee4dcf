// Package jsonx holds the strict JSON decoding that every newsevent type
// uses: unknown fields are errors that name the field, and nothing may
// follow the value.
package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsevent/newsevent/vocab"
)

// Strict decodes one JSON value from data into v, rejecting unknown object
// fields and trailing data. The error starts with scope ("actor"); an
// unknown field is a *vocab.UnknownError of the set "field".
//
// encoding/json's DisallowUnknownFields does not reach a type's own
// UnmarshalJSON, so every type with one calls Strict on a method-less copy
// of itself.
func Strict(scope string, data []byte, v any) error {
	if err := checkKeys(data); err != nil {
		return fmt.Errorf("%s: %w", scope, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		// encoding/json reports an unknown field only as text:
		// `json: unknown field "x"`.
		if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			if field, qerr := strconv.Unquote(name); qerr == nil {
				return fmt.Errorf("%s: %w", scope, unknownField(field))
			}
		}
		return fmt.Errorf("%s: %w", scope, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: unexpected data after the JSON value", scope)
	}
	return nil
}

// checkKeys rejects object keys that encoding/json would let through
// although they are not this library's fields, and keys that repeat in
// one object. encoding/json matches keys to fields without regard to case
// (and folds some non-ASCII letters), even with DisallowUnknownFields, so
// {"NAME": ...} would fill the field name; and of repeated keys it keeps
// the last, so {"name": 1, "name": 2} would drop a value without a word.
// Every field name of this library is lower-case ASCII, so any other key
// is unknown; an escaped key is read first ("\u0061ctor" is "actor"). The
// check is one pass over the bytes, allocating only for nesting deeper
// than its stack and for escaped keys.
func checkKeys(data []byte) error {
	// A key is its bytes in data, or its text when it was escaped.
	type key struct {
		start, end int
		text       string
	}
	var (
		keyBuf   [32]key
		depthBuf [16]int
		keys     = keyBuf[:0]   // keys of the open objects, innermost last
		depth    = depthBuf[:0] // where each open object's keys start in keys
	)
	same := func(a, b key) bool {
		switch {
		case a.text == "" && b.text == "":
			return bytes.Equal(data[a.start:a.end], data[b.start:b.end])
		case a.text == "":
			return string(data[a.start:a.end]) == b.text
		case b.text == "":
			return a.text == string(data[b.start:b.end])
		}
		return a.text == b.text
	}
	for i := 0; i < len(data); i++ {
		for i < len(data) && !structural[data[i]] {
			i++
		}
		if i >= len(data) {
			break
		}
		switch data[i] {
		case '{':
			depth = append(depth, len(keys))
			continue
		case '}':
			if n := len(depth); n > 0 {
				keys, depth = keys[:depth[n-1]], depth[:n-1]
			}
			continue
		}
		// A string: find its end, stepping over escaped quotes.
		start, escaped := i+1, false
		for {
			n := bytes.IndexByte(data[i+1:], '"')
			if n < 0 {
				return nil // unterminated: the decoder reports it
			}
			i += n + 1
			bs := 0
			for k := i - 1; k >= start && data[k] == '\\'; k-- {
				bs++
			}
			if bs > 0 {
				escaped = true
			}
			if bs%2 == 0 {
				break
			}
		}
		j := i + 1
		for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r') {
			j++
		}
		if j >= len(data) || data[j] != ':' {
			continue // a value, not a key
		}
		k := key{start: start, end: i}
		if escaped || !lowerWord(data[start:i]) {
			if err := json.Unmarshal(data[start-1:i+1], &k.text); err != nil || !lowerWord(k.text) {
				return unknownField(string(data[start:i]))
			}
		}
		if len(depth) > 0 {
			for _, other := range keys[depth[len(depth)-1]:] {
				if same(k, other) {
					name := k.text
					if name == "" {
						name = string(data[start:i])
					}
					return fmt.Errorf("json: field %q appears twice in one object", name)
				}
			}
		}
		keys = append(keys, k)
	}
	return nil
}

// unknownField returns the error for a key that is no field of the value.
func unknownField(name string) error {
	return &vocab.UnknownError{Scope: "json", Set: "field", Value: name}
}

// structural marks the bytes checkKeys stops at outside strings.
var structural = [256]bool{'"': true, '{': true, '}': true}

// lowerWord reports whether key is lower-case ASCII letters, digits and
// underscores, as every field name of this library is.
func lowerWord[T string | []byte](key T) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
