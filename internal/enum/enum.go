// Package enum holds the one implementation behind every closed set of
// string constants in newsevent: parsing that quotes bad input, validity,
// text marshalling and the list of all values.
package enum

import (
	"fmt"
	"slices"
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

// Parse returns the value spelled exactly as text, or an error that quotes
// text and names the set.
func (s Set[T]) Parse(text string) (T, error) {
	v := T(text)
	if s.Valid(v) {
		return v, nil
	}
	return "", s.unknown(text)
}

// Marshal returns v as text, or an error for a value outside the set, so that
// nothing is written that could not be read back.
func (s Set[T]) Marshal(v T) ([]byte, error) {
	if !s.Valid(v) {
		return nil, s.unknown(string(v))
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
	return s.unknown(string(text))
}

func (s Set[T]) unknown(text string) error {
	return fmt.Errorf("%s: unknown %s %q (want one of %v)", s.pkg, s.name, text, s.values)
}
