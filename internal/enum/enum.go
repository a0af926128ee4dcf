// Package enum holds the one implementation behind every closed set of
// string constants in newsevent: parsing that quotes bad input, validity,
// text marshalling and the list of all values.
package enum

import (
	"slices"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/vocab"
)

// Set is a closed set of values of a string type. Its zero value is an
// empty set; build one with [New] at package level and never change it.
type Set[T ~string] struct {
	pkg, name string
	values    []T
}

// New returns the set of values, named for error messages by its package
// ("actor") and what the values are ("kind").
func New[T ~string](pkg, name string, values ...T) Set[T] {
	return Set[T]{pkg: pkg, name: name, values: values}
}

// Values returns a fresh copy of every value in the set, in declaration order.
func (s Set[T]) Values() []T { return slices.Clone(s.values) }

// Valid reports whether v belongs to the set.
func (s Set[T]) Valid(v T) bool { return slices.Contains(s.values, v) }

// Name is what the values are, such as "kind".
func (s Set[T]) Name() string { return s.name }

// Parse returns the value spelled exactly as text, or a
// *vocab.UnknownError that quotes text and names the set.
func (s Set[T]) Parse(text string) (T, error) {
	v := T(text)
	if s.Valid(v) {
		return v, nil
	}
	return "", s.Unknown(text)
}

// Marshal returns v as text, or an error for a value outside the set, so that
// nothing is written that could not be read back.
func (s Set[T]) Marshal(v T) ([]byte, error) {
	if !s.Valid(v) {
		return nil, s.Unknown(string(v))
	}
	return []byte(v), nil
}

// Unmarshal parses text into *v.
func (s Set[T]) Unmarshal(v *T, text []byte) error {
	// Compare without converting text, and keep the constant's own
	// string: no allocation per value decoded.
	for _, c := range s.values {
		if string(c) == string(text) {
			*v = c
			return nil
		}
	}
	return s.Unknown(string(text))
}

// Unknown returns the error for text, a value outside the set.
func (s Set[T]) Unknown(text string) error {
	known := make([]string, len(s.values))
	for i, v := range s.values {
		known[i] = string(v)
	}
	return &vocab.UnknownError{Scope: s.pkg, Set: s.name, Value: excerpt.Of(text), Known: known}
}
