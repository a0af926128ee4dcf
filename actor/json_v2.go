//go:build !newsevent_jsonv1

package actor

import (
	"github.com/newsevent/newsevent/internal/jsonx"
)

// UnmarshalJSONFrom decodes an actor as [Actor.UnmarshalJSON] does, in
// the one pass of encoding/json/v2 that reads the enclosing value.
func (a *Actor) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, a.UnmarshalJSON, func() error {
		*a = Actor{}
		return decodeActor(dec, a)
	})
}

// UnmarshalJSONFrom decodes a role as [Role.UnmarshalJSON] does, in the
// one pass of encoding/json/v2 that reads the enclosing value.
func (r *Role) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, r.UnmarshalJSON, func() error {
		*r = Role{}
		return decodeRole(dec, r)
	})
}
