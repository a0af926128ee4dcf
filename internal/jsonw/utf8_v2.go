//go:build goexperiment.jsonv2

package jsonw

// invalidUTF8 is what encoding/json writes for a byte of invalid UTF-8:
// on encoding/json/v2, the replacement character itself.
const invalidUTF8 = "\uFFFD"
