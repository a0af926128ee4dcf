//go:build !newsevent_jsonv1

package source

import (
	"time"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// timeFast and countFast are timeJSON and countJSON for the fast path:
// their numbers and times read themselves (see jsonx.Float), so that
// encoding/json/v2 needs no typed unmarshalers, and the rest of the value
// is read in place, through the embedded pointer, so that only the few
// words of the wire struct are allocated per value. The fields come
// before the embedded struct they shadow.
type (
	timeFast struct {
		Start *jsonx.Time `json:"start"`
		End   *jsonx.Time `json:"end"`
		*plainTime
	}
	countFast struct {
		Value *jsonx.Float `json:"value,omitempty"`
		Min   *jsonx.Float `json:"min,omitempty"`
		Max   *jsonx.Float `json:"max,omitempty"`
		*plainCount
	}
)

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
		w := timeFast{plainTime: (*plainTime)(t)}
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return t.setBounds((*time.Time)(w.Start), (*time.Time)(w.End))
	})
}

// UnmarshalJSONFrom decodes a count as [Count.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (c *Count) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, c.UnmarshalJSON, func() error {
		*c = Count{}
		w := countFast{plainCount: (*plainCount)(c)}
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return c.setNumbers((*float64)(w.Value), (*float64)(w.Min), (*float64)(w.Max))
	})
}
