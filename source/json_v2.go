//go:build goexperiment.jsonv2

package source

import "github.com/newsevent/newsevent/internal/jsonx"

// UnmarshalJSONFrom decodes a source as [Source.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (s *Source) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, s.UnmarshalJSON, func() error {
		*s = Source{}
		return jsonx.Decode(dec, (*plainSource)(s))
	})
}

// UnmarshalJSONFrom decodes a time as [Time.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (t *Time) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, t.UnmarshalJSON, func() error {
		*t = Time{}
		var w timeJSON
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return t.fromJSON(&w)
	})
}

// UnmarshalJSONFrom decodes a count as [Count.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (c *Count) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, c.UnmarshalJSON, func() error {
		*c = Count{}
		var w countJSON
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return c.fromJSON(&w)
	})
}
