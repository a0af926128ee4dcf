package event

import (
	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindResponse is the kind of a [Response].
const KindResponse Kind = "response"

// Response is an actor's answer to another event: accepting or rejecting
// a plan, skipping or postponing a meeting, signing an agreement.
type Response struct {
	Header
	// Responder is who responds; required.
	Responder actor.ID `json:"responder" validate:"id"`
	// To is the event responded to; required.
	To ID `json:"to" validate:"id"`
	// ToKind is the kind of that event, where known: it selects the CAMEO
	// code (rejecting a plan is 127, skipping a meeting 125), and a Story
	// checks it against the event.
	ToKind Kind `json:"to_kind,omitzero"`
	// Act is how it responds; required.
	Act ResponseAct `json:"act" validate:"enum"`
	// Qualifiers are words that qualify the response, as written ("so far").
	Qualifiers []string `json:"qualifiers,omitzero" validate:"dive,required,trimmed,text"`
}

// ResponseAct says how a [Response] answers the event it responds to. The
// zero ResponseAct is invalid.
type ResponseAct string

// The acts of a response.
const (
	ResponseAccept   ResponseAct = "accept"   // accepts it
	ResponseReject   ResponseAct = "reject"   // rejects or refuses it
	ResponseWithdraw ResponseAct = "withdraw" // withdraws from it
	ResponseSkip     ResponseAct = "skip"     // stays away from it (a meeting)
	ResponsePostpone ResponseAct = "postpone" // puts it off
	ResponseCancel   ResponseAct = "cancel"   // calls it off
	ResponseSign     ResponseAct = "sign"     // signs it (an agreement)
	ResponseApprove  ResponseAct = "approve"  // approves it (a cabinet, a parliament)
)

var responseActValues = enum.New("event", "response act", ResponseAccept, ResponseReject, ResponseWithdraw, ResponseSkip, ResponsePostpone, ResponseCancel, ResponseSign, ResponseApprove)

// ResponseActs returns every ResponseAct.
func ResponseActs() []ResponseAct { return responseActValues.Values() }

// ParseResponseAct returns the ResponseAct spelled s, or a *[vocab.UnknownError].
func ParseResponseAct(s string) (ResponseAct, error) { return responseActValues.Parse(s) }

// String returns the response act as written in JSON.
func (r ResponseAct) String() string { return string(r) }

// IsValid reports whether r is one of [ResponseActs].
func (r ResponseAct) IsValid() bool { return responseActValues.Valid(r) }

// MarshalText encodes the response act; an invalid one is an error.
func (r ResponseAct) MarshalText() ([]byte, error) { return responseActValues.Marshal(r) }

// UnmarshalText decodes a response act; an unknown one is a *[vocab.UnknownError].
func (r *ResponseAct) UnmarshalText(text []byte) error { return responseActValues.Unmarshal(r, text) }

var _ Event = (*Response)(nil)

func (*Response) isEvent() {}

// Kind returns [KindResponse].
func (*Response) Kind() Kind { return KindResponse }

// Participants lists the responder.
func (r *Response) Participants() []Participant {
	var p participants
	p.add(RoleResponder, r.Responder)
	return r.named(p)
}

// AllPlaces returns the header's places.
func (r *Response) AllPlaces() []territory.ID { return r.places() }

// AllLinks returns the header's links and a responds_to link to the event
// responded to, when there is one.
func (r *Response) AllLinks() []Link {
	if r.To.IsZero() {
		return r.links()
	}
	return r.links(Link{Type: LinkRespondsTo, To: r.To})
}

// Codes derives the CAMEO code from the act and the kind of event responded
// to (ToKind): rejecting a proposal is 127 and a meeting 125; skipping,
// postponing or cancelling a meeting 125; withdrawing from a meeting 164;
// signing 057; approving 051; accepting 019 (expressing accord); other
// rejections 120 and withdrawals 160.
func (r *Response) Codes() Codes {
	meeting := r.ToKind == KindMeeting
	switch r.Act {
	case ResponseReject:
		switch r.ToKind {
		case KindProposal:
			return codesFor("127")
		case KindMeeting:
			return codesFor("125")
		}
		return codesFor("120")
	case ResponseSkip, ResponsePostpone, ResponseCancel:
		if meeting {
			return codesFor("125")
		}
		return codesFor("120")
	case ResponseWithdraw:
		if meeting {
			return codesFor("164")
		}
		return codesFor("160")
	case ResponseSign:
		return codesFor("057")
	case ResponseApprove:
		return codesFor("051")
	case ResponseAccept:
		return codesFor("019")
	}
	return Codes{}
}

// Validate checks the response; see [Event].
func (r *Response) Validate() error { return check(r) }

func init() {
	validate.RegisterStruct(checkResponse, Response{})
}

func checkResponse(sl validator.StructLevel) {
	r := validate.Current[Response](sl)
	if r.To == r.ID && !r.To.IsZero() {
		validate.Report(sl, r.To, "to", vocab.RuleSelf, "an event cannot respond to itself")
	}
	if r.ToKind != "" && !r.ToKind.IsValid() {
		validate.Report(sl, r.ToKind, "to_kind", vocab.RuleEnum, "\""+string(r.ToKind)+"\" is not a known value")
	}
}

type plainResponse Response

// MarshalJSON encodes the response with "kind":"response" first.
func (r Response) MarshalJSON() ([]byte, error) { return r.appendJSON(nil) }

// appendJSON appends the JSON form of the response to b; see [appendEventJSON].
func (r *Response) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindResponse, &r.Header, (*plainResponse)(r))
}

// UnmarshalJSON decodes a response; see [Meeting.UnmarshalJSON].
func (r *Response) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainResponse
	}{plainResponse: (*plainResponse)(r)}
	return decodeKind(data, KindResponse, r, &w, &w.kindField)
}

// ResponseBuilder builds a [Response]; start one with [NewResponse].
type ResponseBuilder struct{ e Response }

// NewResponse starts a builder of a response with its header, responder
// and act, and the event it responds to with that event's kind (zero if
// unknown); see [NewMeeting] for the contract of every event builder.
func NewResponse(h Header, responder actor.ID, act ResponseAct, to ID, toKind Kind) *ResponseBuilder {
	return &ResponseBuilder{Response{Header: clone.Of(h), Responder: responder, Act: act, To: to, ToKind: toKind}}
}

// Qualifiers adds words that qualify the response ("so far").
func (b *ResponseBuilder) Qualifiers(words ...string) *ResponseBuilder {
	b.e.Qualifiers = append(b.e.Qualifiers, words...)
	return b
}

// Build returns the response, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *ResponseBuilder) Build() (*Response, error) { return build(&b.e) }
