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
