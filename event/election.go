package event

import (
	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindElection is the kind of an [Election].
const KindElection Kind = "election"

// Election is a vote for an office: the candidates with their results, and
// the winner.
type Election struct {
	Header
	// Office is the office at stake, as written ("President of Ukraine");
	// required.
	Office string `json:"office" validate:"required,trimmed,text"`
	// Of is the state or body the office belongs to.
	Of actor.ID `json:"of,omitzero"`
	// Round is the round of voting, where there are several (1, 2).
	Round int `json:"round,omitempty" validate:"gte=0"`
	// Seats is how many seats the contest fills, where more than one (a
	// multi-member district, a party list); zero for a single office.
	Seats int `json:"seats,omitempty" validate:"gte=0"`
	// Candidates are those who stand, with their results.
	Candidates []Candidate `json:"candidates,omitzero" validate:"dive"`
	// Winner is who won; must be one of the candidates.
	Winner actor.ID `json:"winner,omitzero"`
}

// Candidate is one who stands in an election, with the results reported.
type Candidate struct {
	// Actor is the candidate; required.
	Actor actor.ID `json:"actor" validate:"id"`
	// Party is the party or list they stand for.
	Party actor.ID `json:"party,omitzero"`
	// RunningMate is who stands with them on one ticket (a vice
	// president).
	RunningMate actor.ID `json:"running_mate,omitzero"`
	// Results are votes, shares and seats, each as reported and attributed.
	Results []source.Count `json:"results,omitzero" validate:"dive"`
	// Outcome says how they fared; zero while unknown.
	Outcome Outcome `json:"outcome,omitzero"`
}

// Outcome says how a [Candidate] fared in an [Election]. The zero Outcome
// means not yet known.
type Outcome string

// The outcomes for a candidate.
const (
	OutcomeWon      Outcome = "won"
	OutcomeLost     Outcome = "lost"
	OutcomeRunoff   Outcome = "runoff"   // goes on to a further round
	OutcomeWithdrew Outcome = "withdrew" // withdrew before the result
)

var outcomeValues = enum.New("event", "outcome", OutcomeWon, OutcomeLost, OutcomeRunoff, OutcomeWithdrew)

// Outcomes returns every Outcome.
func Outcomes() []Outcome { return outcomeValues.Values() }

// ParseOutcome returns the Outcome spelled s, or a *[vocab.UnknownError].
func ParseOutcome(s string) (Outcome, error) { return outcomeValues.Parse(s) }

// String returns the outcome as written in JSON.
func (o Outcome) String() string { return string(o) }

// IsValid reports whether o is one of [Outcomes].
func (o Outcome) IsValid() bool { return outcomeValues.Valid(o) }

// MarshalText encodes the outcome; an invalid one is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeValues.Marshal(o) }

// UnmarshalText decodes an outcome; an unknown one is a *[vocab.UnknownError].
func (o *Outcome) UnmarshalText(text []byte) error { return outcomeValues.Unmarshal(o, text) }

var _ Event = (*Election)(nil)

func (*Election) isEvent() {}

// Kind returns [KindElection].
func (*Election) Kind() Kind { return KindElection }

// Participants lists the candidates, their running mates, their parties
// and the winner.
func (e *Election) Participants() []Participant {
	var p participants
	for _, c := range e.Candidates {
		p.add(RoleCandidate, c.Actor)
		p.add(RoleRunningMate, c.RunningMate)
		p.add(RoleParty, c.Party)
	}
	p.add(RoleWinner, e.Winner)
	return e.named(p)
}

// AllPlaces returns the header's places.
func (e *Election) AllPlaces() []territory.ID { return e.places() }

// AllLinks returns the header's links.
func (e *Election) AllLinks() []Link { return e.links() }

// Codes is empty: CAMEO and PLOVER have no code for an election.
func (e *Election) Codes() Codes { return Codes{} }

// Validate checks the election; see [Event].
func (e *Election) Validate() error { return check(e) }

func init() {
	validate.RegisterStruct(checkElection, Election{})
}

func checkElection(sl validator.StructLevel) {
	e := validate.Current[Election](sl)
	seen := make(map[actor.ID]bool, len(e.Candidates))
	for i, c := range e.Candidates {
		if seen[c.Actor] && !c.Actor.IsZero() {
			validate.Report(sl, c.Actor, validate.Index("candidates", i)+".actor", vocab.RuleUnique, "lists a candidate twice")
		}
		seen[c.Actor] = true
		if !c.RunningMate.IsZero() && c.RunningMate == c.Actor {
			validate.Report(sl, c.RunningMate, validate.Index("candidates", i)+".running_mate", vocab.RuleSelf, "a candidate is not their own running mate")
		}
		if !c.Outcome.IsValid() && c.Outcome != "" {
			validate.Report(sl, c.Outcome, validate.Index("candidates", i)+".outcome", vocab.RuleEnum, "\""+string(c.Outcome)+"\" is not a known value")
		}
	}
	if !e.Winner.IsZero() && !seen[e.Winner] {
		validate.Report(sl, e.Winner, "winner", vocab.RuleMismatch, "is not one of the candidates")
	}
}

type plainElection Election

// MarshalJSON encodes the election with "kind":"election" first.
func (e Election) MarshalJSON() ([]byte, error) { return e.appendJSON(nil) }

// appendJSON appends the JSON form of the election to b; see [appendEventJSON].
func (e *Election) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindElection, &e.Header, (*plainElection)(e))
}

// UnmarshalJSON decodes an election; see [Meeting.UnmarshalJSON].
func (e *Election) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainElection
	}{plainElection: (*plainElection)(e)}
	return decodeKind(data, KindElection, e, &w, &w.kindField)
}

// ElectionBuilder builds an [Election]; start one with [NewElection].
type ElectionBuilder struct{ e Election }

// NewElection starts a builder of an election with its header and the
// office at stake; see [NewMeeting] for the contract of every event
// builder.
func NewElection(h Header, office string) *ElectionBuilder {
	return &ElectionBuilder{Election{Header: clone.Of(h), Office: office}}
}

// Of sets the state or body the office belongs to.
func (b *ElectionBuilder) Of(id actor.ID) *ElectionBuilder { b.e.Of = id; return b }

// Round sets the round of voting.
func (b *ElectionBuilder) Round(n int) *ElectionBuilder { b.e.Round = n; return b }

// Seats sets how many seats the contest fills.
func (b *ElectionBuilder) Seats(n int) *ElectionBuilder { b.e.Seats = n; return b }

// Candidates adds candidates with their results.
func (b *ElectionBuilder) Candidates(c ...Candidate) *ElectionBuilder {
	b.e.Candidates = append(b.e.Candidates, c...)
	return b
}

// Winner sets who won.
func (b *ElectionBuilder) Winner(id actor.ID) *ElectionBuilder { b.e.Winner = id; return b }

// Build returns the election, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *ElectionBuilder) Build() (*Election, error) { return build(&b.e) }
