//go:build !newsevent_jsonv1

package source

import (
	"github.com/newsevent/newsevent/internal/jsonx"
)

// UnmarshalJSONFrom decodes a source as [Source.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (s *Source) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, s.UnmarshalJSON, func() error {
		*s = Source{}
		return decodeSource(dec, s)
	})
}

// UnmarshalJSONFrom decodes a time as [Time.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (t *Time) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, t.UnmarshalJSON, func() error {
		*t = Time{}
		return decodeTime(dec, t)
	})
}

// UnmarshalJSONFrom decodes a count as [Count.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (c *Count) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, c.UnmarshalJSON, func() error {
		*c = Count{}
		return decodeCount(dec, c)
	})
}
