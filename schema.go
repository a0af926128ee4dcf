package newsevent

import (
	"bytes"
	_ "embed"
)

//go:generate go run ./internal/schemagen/generate

// schema is the JSON Schema of the formats, generated from the Go types
// into newsevent.schema.json at the module root (see internal/schemagen);
// a test fails when the file and the types drift apart.
//
//go:embed newsevent.schema.json
var schema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the formats this
// package reads and writes, for users in other languages to validate
// newsevent data without Go. The document validates a whole [Story] as
// [Story.MarshalJSON] writes it; its "#/$defs/line" validates one line of JSON Lines as [Story.WriteJSONL] and [Encoder]
// write it. Its "$id" is
// https://github.com/newsevent/newsevent/schema/newsevent.schema.json.
//
// The schema checks the shape of each record: field names (unknown ones
// are errors), types, required fields, enum values (countries among
// them), ID, time and code formats, and the rules within one record that
// depend on another field (a range count has min and max, a post names
// its platform). A member that is null is absent, as the decoders read
// it. Ajv 2020 compiles it in strict mode, and the tests check that it
// accepts everything the library writes. What spans records (references resolve, IDs are unique)
// or compares values (min is not above max) is left to [Story.Validate].
//
// The same document is newsevent.schema.json at the root of the module.
// It is generated from the Go types (go generate), so its kinds, enums and
// fields are those of this version of the library. Each call returns a
// new copy, which the caller may change.
func JSONSchema() []byte { return bytes.Clone(schema) }
