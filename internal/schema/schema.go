// Package schema holds the JSON Schema (draft 2020-12) of the newsevent
// formats, embedded from newsevent.schema.json in this directory: the
// JSON object of a whole story and, under "#/$defs/line", one line of the
// JSON Lines form.
//
// The file is the one copy of the schema. The root package hands it to
// users through newsevent.JSONSchema, and the root package's tests keep it
// in sync with the encoder and the decoder: every document the library
// writes for valid records must pass it, every document it names as bad
// must fail it, and its enums must list exactly the values of the Go
// constants. Edit the file, not a copy.
package schema

import (
	"bytes"
	_ "embed"
)

// ID is the schema's "$id": the base URI against which "#/$defs/line"
// and the other fragments resolve.
const ID = "https://github.com/newsevent/newsevent/schema/newsevent.schema.json"

//go:embed newsevent.schema.json
var document []byte

// Bytes returns a copy of the schema document, so that no caller can
// change what the next one gets.
func Bytes() []byte { return bytes.Clone(document) }
