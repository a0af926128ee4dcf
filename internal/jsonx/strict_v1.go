//go:build newsevent_jsonv1

package jsonx

// StrictLimits decodes one JSON value from data into v, a pointer, after
// [Scan] has checked it: unknown and repeated keys, keys in another case,
// invalid UTF-8, lone surrogates, inexact numbers, trailing data and
// input beyond the limits are errors. Every error is a
// *vocab.DecodeError of this scope that gives the byte offset and the
// JSON path of the value at fault, found by replaying the decode when
// encoding/json does not say.
//
// encoding/json's DisallowUnknownFields does not reach a type's own
// UnmarshalJSON, so every type with one calls Strict on a method-less copy
// of itself.
func StrictLimits(scope string, data []byte, v any, lim Limits) error {
	return strictScan(scope, data, v, lim)
}
