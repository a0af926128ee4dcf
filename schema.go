package newsevent

import "github.com/newsevent/newsevent/internal/schema"

// JSONSchema returns the JSON Schema (draft 2020-12) of the formats this
// package reads and writes, for users in other languages to validate
// newsevent data without Go. The document validates a whole [Story] as
// [Story.MarshalJSON] writes it; its "#/$defs/line" (also "#line")
// validates one line of JSON Lines as [Story.WriteJSONL] and [Encoder]
// write it. Its "$id" is
// https://github.com/newsevent/newsevent/schema/newsevent.schema.json.
//
// The schema checks the shape of each record: field names (unknown ones
// are errors), types, required fields, enum values, ID, time and code
// formats, and the rules within one record that depend on another field
// (a range count has min and max, a post names its platform). What spans
// fields or records (references resolve, IDs are unique, min is not above
// max) is left to [Story.Validate].
//
// The file lives in the module at internal/schema/newsevent.schema.json.
// Each call returns a new copy, which the caller may change.
func JSONSchema() []byte { return schema.Bytes() }
