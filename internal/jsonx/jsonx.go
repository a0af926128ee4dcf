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

	"golang.org/x/text/language"
)

// Strict decodes one JSON value from data into v, rejecting unknown object
// fields and trailing data. The error starts with scope ("actor").
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
		return fmt.Errorf("%s: %w", scope, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: unexpected data after the JSON value", scope)
	}
	return nil
}

// checkKeys rejects object keys that are not lower-case ASCII words.
// encoding/json matches keys to fields without regard to case (and
// folds some non-ASCII letters), even with DisallowUnknownFields, so
// {"NAME": ...} would fill the field name and {"name": 1, "Name": 2} would
// drop a value silently. Every field name of this library is lower-case
// ASCII, so any other key is unknown; an escaped key is read first
// ("\u0061ctor" is "actor"). The check is one pass over the bytes that
// looks only at strings followed by a colon.
func checkKeys(data []byte) error {
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		start, odd := i+1, false
		for i++; i < len(data) && data[i] != '"'; i++ {
			switch c := data[i]; {
			case c == '\\':
				odd = true
				i++
			case c >= 'A' && c <= 'Z', c >= 0x80:
				odd = true
			}
		}
		if !odd || i >= len(data) {
			continue
		}
		j := i + 1
		for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r') {
			j++
		}
		if j < len(data) && data[j] == ':' {
			var key string
			if err := json.Unmarshal(data[start-1:i+1], &key); err != nil || !lowerWord(key) {
				return fmt.Errorf("json: unknown field %q", data[start:i])
			}
		}
	}
	return nil
}

// lowerWord reports whether key is lower-case ASCII letters, digits and
// underscores, as every field name of this library is.
func lowerWord(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// RegionText returns the ISO 3166-1 code of r, or "" for the zero Region.
// language.Region has no text marshalling of its own.
func RegionText(r language.Region) string {
	if r == (language.Region{}) {
		return ""
	}
	return r.String()
}

// ParseRegion reads a region code for a JSON field; "" gives the zero
// Region. Whether the region is a country is for Validate to say.
func ParseRegion(scope, field, code string) (language.Region, error) {
	if code == "" {
		return language.Region{}, nil
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return language.Region{}, fmt.Errorf("%s: %s: %q is not an ISO 3166-1 region code", scope, field, code)
	}
	return r, nil
}
