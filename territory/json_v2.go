//go:build !newsevent_jsonv1

package territory

import "github.com/newsevent/newsevent/internal/jsonx"

// UnmarshalJSONFrom decodes a territory as [Territory.UnmarshalJSON]
// does, in the one pass of encoding/json/v2 that reads the enclosing
// value.
func (t *Territory) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, t.UnmarshalJSON, func() error {
		*t = Territory{}
		return decodeTerritory(dec, t)
	})
}

// UnmarshalJSONFrom decodes a status as [Status.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (s *Status) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, s.UnmarshalJSON, func() error {
		*s = Status{}
		return decodeStatus(dec, s)
	})
}

// UnmarshalJSONFrom decodes a point as [Point.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (p *Point) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, p.UnmarshalJSON, func() error {
		*p = Point{}
		return decodePoint(dec, p)
	})
}
