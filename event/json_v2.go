//go:build !newsevent_jsonv1

package event

import (
	"fmt"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/internal/jsonx"
)

// The UnmarshalJSONFrom methods of the kinds, for encoding/json/v2: each
// decodes its kind as its UnmarshalJSON does, in the one pass of v2 that
// reads the enclosing value (the root package's decoders read a record
// this way). On a decoder that is not of the fast path of internal/jsonx,
// each reads the value whole and calls its UnmarshalJSON, so that every
// check holds whoever decodes.

// decodeKindFrom is decodeKind for a decoder: it reads the next value of
// dec into w, a struct of a kindField and a method-less pointer to dst,
// and checks that the kind field names kind k.
func decodeKindFrom[T any](dec *jsonx.Decoder, k Kind, dst *T, w any, kf *kindField, slow func([]byte) error) error {
	return decodeKindThen(dec, k, dst, w, kf, slow, nil)
}

// decodeKindThen is decodeKindFrom that calls then, if not nil, after the
// fast path has decoded w: to copy into dst what w holds beside it.
func decodeKindThen[T any](dec *jsonx.Decoder, k Kind, dst *T, w any, kf *kindField, slow func([]byte) error, then func()) error {
	return jsonx.From(dec, slow, func() error {
		var zero T
		*dst = zero
		if err := jsonx.Decode(dec, w); err != nil {
			return err
		}
		if kf.Kind != string(k) {
			return fmt.Errorf("event: %s: kind is %s, not %q", k, excerpt.Quote(kf.Kind), k)
		}
		if then != nil {
			then()
		}
		return nil
	})
}

// UnmarshalJSONFrom decodes a meeting as [Meeting.UnmarshalJSON] does.
func (m *Meeting) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainMeeting
	}{plainMeeting: (*plainMeeting)(m)}
	return decodeKindFrom(dec, KindMeeting, m, &w, &w.kindField, m.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes an attack as [Attack.UnmarshalJSON] does.
func (a *Attack) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainAttack
	}{plainAttack: (*plainAttack)(a)}
	return decodeKindFrom(dec, KindAttack, a, &w, &w.kindField, a.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes a statement as [Statement.UnmarshalJSON] does.
func (s *Statement) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainStatement
	}{plainStatement: (*plainStatement)(s)}
	return decodeKindFrom(dec, KindStatement, s, &w, &w.kindField, s.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes a proposal as [Proposal.UnmarshalJSON] does.
func (pr *Proposal) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainProposal
	}{plainProposal: (*plainProposal)(pr)}
	return decodeKindFrom(dec, KindProposal, pr, &w, &w.kindField, pr.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes a response as [Response.UnmarshalJSON] does.
func (r *Response) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainResponse
	}{plainResponse: (*plainResponse)(r)}
	return decodeKindFrom(dec, KindResponse, r, &w, &w.kindField, r.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes a conflict as [Conflict.UnmarshalJSON] does.
func (c *Conflict) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainConflict
	}{plainConflict: (*plainConflict)(c)}
	return decodeKindFrom(dec, KindConflict, c, &w, &w.kindField, c.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes a disaster as [Disaster.UnmarshalJSON] does.
func (d *Disaster) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainDisaster
	}{plainDisaster: (*plainDisaster)(d)}
	return decodeKindFrom(dec, KindDisaster, d, &w, &w.kindField, d.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes an election as [Election.UnmarshalJSON] does.
// Its round and seats, the only numbers of a kind's own, are read
// through jsonx.Int, as the fast path requires (see jsonx.FastIn).
func (e *Election) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		Round jsonx.Int `json:"round,omitempty"`
		Seats jsonx.Int `json:"seats,omitempty"`
		*plainElection
	}{plainElection: (*plainElection)(e)}
	return decodeKindThen(dec, KindElection, e, &w, &w.kindField, e.UnmarshalJSON, func() {
		e.Round, e.Seats = int(w.Round), int(w.Seats)
	})
}

// UnmarshalJSONFrom decodes a role change as [RoleChange.UnmarshalJSON] does.
func (r *RoleChange) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainRoleChange
	}{plainRoleChange: (*plainRoleChange)(r)}
	return decodeKindFrom(dec, KindRoleChange, r, &w, &w.kindField, r.UnmarshalJSON)
}

// UnmarshalJSONFrom decodes an event of the generic kind as [Other.UnmarshalJSON] does.
func (o *Other) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	w := struct {
		kindField
		*plainOther
	}{plainOther: (*plainOther)(o)}
	return decodeKindFrom(dec, KindOther, o, &w, &w.kindField, o.UnmarshalJSON)
}
