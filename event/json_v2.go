//go:build !newsevent_jsonv1

package event

import "github.com/newsevent/newsevent/internal/jsonx"

// The UnmarshalJSONFrom methods of the kinds, for encoding/json/v2: each
// decodes its kind as its UnmarshalJSON does, in the one pass of v2 that
// reads the enclosing value (the root package's decoders read a record
// this way), by the decoder that internal/decgen generates for it
// (decode_gen.go). On a decoder that is not of the fast path of
// internal/jsonx, each reads the value whole and calls its UnmarshalJSON,
// so that every check holds whoever decodes.

// UnmarshalJSONFrom decodes a meeting as [Meeting.UnmarshalJSON] does.
func (m *Meeting) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, m.UnmarshalJSON, func() error {
		*m = Meeting{}
		return decodeMeeting(dec, m)
	})
}

// UnmarshalJSONFrom decodes an attack as [Attack.UnmarshalJSON] does.
func (a *Attack) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, a.UnmarshalJSON, func() error {
		*a = Attack{}
		return decodeAttack(dec, a)
	})
}

// UnmarshalJSONFrom decodes a statement as [Statement.UnmarshalJSON] does.
func (s *Statement) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, s.UnmarshalJSON, func() error {
		*s = Statement{}
		return decodeStatement(dec, s)
	})
}

// UnmarshalJSONFrom decodes a proposal as [Proposal.UnmarshalJSON] does.
func (pr *Proposal) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, pr.UnmarshalJSON, func() error {
		*pr = Proposal{}
		return decodeProposal(dec, pr)
	})
}

// UnmarshalJSONFrom decodes a response as [Response.UnmarshalJSON] does.
func (r *Response) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, r.UnmarshalJSON, func() error {
		*r = Response{}
		return decodeResponse(dec, r)
	})
}

// UnmarshalJSONFrom decodes a conflict as [Conflict.UnmarshalJSON] does.
func (c *Conflict) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, c.UnmarshalJSON, func() error {
		*c = Conflict{}
		return decodeConflict(dec, c)
	})
}

// UnmarshalJSONFrom decodes a disaster as [Disaster.UnmarshalJSON] does.
func (d *Disaster) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, d.UnmarshalJSON, func() error {
		*d = Disaster{}
		return decodeDisaster(dec, d)
	})
}

// UnmarshalJSONFrom decodes an election as [Election.UnmarshalJSON] does.
func (e *Election) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, e.UnmarshalJSON, func() error {
		*e = Election{}
		return decodeElection(dec, e)
	})
}

// UnmarshalJSONFrom decodes a role change as [RoleChange.UnmarshalJSON] does.
func (r *RoleChange) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, r.UnmarshalJSON, func() error {
		*r = RoleChange{}
		return decodeRoleChange(dec, r)
	})
}

// UnmarshalJSONFrom decodes an event of the generic kind as [Other.UnmarshalJSON] does.
func (o *Other) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, o.UnmarshalJSON, func() error {
		*o = Other{}
		return decodeOther(dec, o)
	})
}
