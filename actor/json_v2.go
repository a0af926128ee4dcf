//go:build !newsevent_jsonv1

package actor

import (
	"time"

	"github.com/newsevent/newsevent/internal/jsonx"
)

// roleFast is roleJSON for the fast path: its times read themselves (see
// jsonx.Float), so that encoding/json/v2 needs no typed unmarshalers, and
// the rest of the role is read in place, through the embedded pointer.
type roleFast struct {
	From  *jsonx.Time `json:"from"`
	Until *jsonx.Time `json:"until"`
	*plainRole
}

// UnmarshalJSONFrom decodes an actor as [Actor.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (a *Actor) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, a.UnmarshalJSON, func() error {
		*a = Actor{}
		return jsonx.Decode(dec, (*plainActor)(a))
	})
}

// UnmarshalJSONFrom decodes a role as [Role.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (r *Role) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, r.UnmarshalJSON, func() error {
		*r = Role{}
		w := roleFast{plainRole: (*plainRole)(r)}
		if err := jsonx.Decode(dec, &w); err != nil {
			return err
		}
		return r.setDates((*time.Time)(w.From), (*time.Time)(w.Until))
	})
}
