//go:build goexperiment.jsonv2 && !go1.27

package jsonx

import (
	"encoding/json/jsontext"
	jsonv2 "encoding/json/v2"
	"time"
)

// The names of encoding/json/v2 and encoding/json/jsontext that the
// jsonv2 build uses. The module is at go 1.26, where they exist under
// GOEXPERIMENT=jsonv2; Go 1.27 lets a go 1.26 module use them only in a
// file that requires go1.27. So they are named in two files of the same
// content, v2api_go127.go for Go 1.27 and later and this one for Go 1.26
// with the experiment, and the other files of the build use these names.

// Decoder is jsontext.Decoder, the type of the argument of the
// UnmarshalJSONFrom methods of the jsonv2 build.
type Decoder = jsontext.Decoder

var (
	v2Unmarshal        = jsonv2.Unmarshal
	v2UnmarshalDecode  = jsonv2.UnmarshalDecode
	v2Join             = jsonv2.JoinUnmarshalers
	v2Float            = jsonv2.UnmarshalFromFunc[*float64]
	v2Int              = jsonv2.UnmarshalFromFunc[*int]
	v2Time             = jsonv2.UnmarshalFromFunc[*time.Time]
	v2Unmarshalers     = jsonv2.GetOption[*jsonv2.Unmarshalers]
	v2WithUnmarshalers = jsonv2.WithUnmarshalers
	v2Mark             = jsonv2.GetOption[string]
	v2WithMark         = jsontext.WithIndentPrefix
)

// v2Strict returns the options of the fast path: unknown members are
// errors, the decoder carries mark (see fastMark), and u, unless nil,
// reads numbers and times.
func v2Strict(mark string, u *jsonv2.Unmarshalers) jsonv2.Options {
	if u == nil {
		return jsonv2.JoinOptions(jsonv2.RejectUnknownMembers(true), jsontext.WithIndentPrefix(mark))
	}
	return jsonv2.JoinOptions(jsonv2.RejectUnknownMembers(true), jsontext.WithIndentPrefix(mark), jsonv2.WithUnmarshalers(u))
}
