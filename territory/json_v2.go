//go:build !newsevent_jsonv1

package territory

import "github.com/newsevent/newsevent/internal/jsonx"

// pointFast is pointJSON for the fast path: its numbers read themselves
// (see jsonx.Float), so that encoding/json/v2 needs no typed unmarshalers,
// and the rest of the point is read in place, through the embedded
// pointer.
type pointFast struct {
	Lat *jsonx.Float `json:"lat"`
	Lon *jsonx.Float `json:"lon"`
	*plainPoint
}

// UnmarshalJSONFrom decodes a territory as [Territory.UnmarshalJSON]
// does, in the one pass of encoding/json/v2 that reads the enclosing
// value.
func (t *Territory) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, t.UnmarshalJSON, func() error {
		*t = Territory{}
		return jsonx.Decode(dec, (*plainTerritory)(t))
	})
}

// UnmarshalJSONFrom decodes a status as [Status.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (s *Status) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, s.UnmarshalJSON, func() error {
		*s = Status{}
		return jsonx.Decode(dec, (*plainStatus)(s))
	})
}

// UnmarshalJSONFrom decodes a point as [Point.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (p *Point) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, p.UnmarshalJSON, func() error {
		*p = Point{}
		w := pointFast{plainPoint: (*plainPoint)(p)}
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return p.setCoordinates((*float64)(w.Lat), (*float64)(w.Lon))
	})
}
