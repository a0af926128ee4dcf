package event

import (
	"maps"
	"slices"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindProposal is the kind of a [Proposal].
const KindProposal Kind = "proposal"

// Proposal is a plan, framework or agreement: who proposes it to whom, how
// far it has come, and its clauses, phases and conditions. Revisions are
// revises links; each party's answer is a [Response].
type Proposal struct {
	Header
	// Name is the proposal's name as written ("the Paris talks framework plan").
	Name string `json:"name,omitempty" validate:"trimmed,text"`
	// Proposers put it forward. A proposal needs proposers or parties.
	Proposers []actor.ID `json:"proposers,omitzero" validate:"dive,id"`
	// Parties are the sides an agreement binds, where the report names
	// them rather than who proposed it ("the deal between Israel and
	// Hamas"); its mediators and guarantors are the header's Involved.
	Parties []actor.ID `json:"parties,omitzero" validate:"dive,id"`
	// Addressees are whom it is put to.
	Addressees []actor.ID `json:"addressees,omitzero" validate:"dive,id"`
	// Stage says how far it has come; required.
	Stage Stage `json:"stage" validate:"enum"`
	// Clauses are what it provides.
	Clauses []Clause `json:"clauses,omitzero" validate:"dive"`
	// Phases group clauses in order ("phase one", "phase two").
	Phases []Phase `json:"phases,omitzero" validate:"dive"`
	// Conditions tie clauses or phases to others ("phase two starts when
	// phase one ends").
	Conditions []Condition `json:"conditions,omitzero" validate:"dive"`
}

// Clause is one provision of a proposal. A recognition or control
// transfer carries the territorial statuses it would bring about (each
// with standing proposed); a membership bar names the member and the
// alliance.
type Clause struct {
	// Ref names the clause within its proposal ("C5", "1.2"); required
	// and unique there, for phases and conditions to refer to.
	Ref string `json:"ref" validate:"required,no_space"`
	// Kind says what the clause provides; required.
	Kind ClauseKind `json:"kind" validate:"enum"`
	// Text is the clause as the report gives it; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// Qualifiers are the clause's own words that qualify it, as written
	// ("gradual", "robust", "permanent", "with monitoring").
	Qualifiers []string `json:"qualifiers,omitzero" validate:"dive,required,trimmed,text"`
	// Parties are the actors the clause binds or names.
	Parties []actor.ID `json:"parties,omitzero" validate:"dive,id"`
	// Beneficiary is whom the clause benefits ("security guarantees to
	// Ukraine").
	Beneficiary actor.ID `json:"beneficiary,omitzero"`
	// Statuses are the territorial statuses the clause would bring about;
	// required for a recognition or a control transfer.
	Statuses []territory.StatusID `json:"statuses,omitzero" validate:"dive,id"`
	// Member and Alliance name who is barred from joining what; required
	// for a membership bar.
	Member   actor.ID `json:"member,omitzero"`
	Alliance actor.ID `json:"alliance,omitzero"`
	// Places are the places the clause concerns (a withdrawal, a ceasefire line).
	Places []territory.ID `json:"places,omitzero" validate:"dive,id"`
	// Attributions say who reports the clause ("per Reuters").
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
	// Figures are the figures of the clause's terms ("600 trucks a day",
	// "33 hostages"), each as reported, usually of modality planned.
	Figures []source.Count `json:"figures,omitzero" validate:"dive"`
	// Modality says the clause is only possible or expected ("the second
	// phase is expected to include a permanent ceasefire"); zero for a
	// term the proposal states.
	Modality source.Modality `json:"modality,omitempty" validate:"omitempty,enum"`
}

// Phase is a stage of a proposal's implementation.
type Phase struct {
	// Ref names the phase ("phase-1"); required and unique among phases
	// and clauses.
	Ref string `json:"ref" validate:"required,no_space"`
	// Name is the phase as written ("the first phase").
	Name string `json:"name,omitempty" validate:"trimmed,text"`
	// Clauses are the refs of the clauses it implements.
	Clauses []string `json:"clauses,omitzero" validate:"dive,required"`
	// Duration is how long it lasts, as reported ("42 days").
	Duration source.Count `json:"duration,omitzero" validate:"omitzero"`
	// Time is when it runs, where the report says ("from January 19").
	Time source.Time `json:"time,omitzero" validate:"omitzero"`
}

// Condition says that one clause or phase depends on another, or on an
// event: "phase two starts when phase one ends" is {phase-2, phase-1,
// "starts when ... ends"}; "the deal takes effect once the cabinet
// approves it" is {the clause, Event: the approval}.
type Condition struct {
	// Ref is an optional label of the user's own (a census item "K2").
	Ref string `json:"ref,omitempty" validate:"omitempty,no_space"`
	// Subject is the ref of the clause or phase that depends; required.
	Subject string `json:"subject" validate:"required"`
	// On is the ref of the clause or phase it depends on; one of On and
	// Event is required.
	On string `json:"on,omitempty"`
	// Event is the event it depends on (an approval, a release), when
	// that is not a clause of the proposal.
	Event ID `json:"event,omitzero"`
	// Text is the condition as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
}

// Stage says how far a [Proposal] has come. The zero Stage is invalid.
type Stage string

// The stages of a proposal.
const (
	StageProposed Stage = "proposed" // put forward
	StageAgreed   Stage = "agreed"   // agreed by the parties, not yet signed
	StageSigned   Stage = "signed"   // signed
	StageInForce  Stage = "in_force" // in force
	StageUnknown  Stage = "unknown"  // the report does not say how far it has come
)

var stageValues = enum.New("event", "stage", StageProposed, StageAgreed, StageSigned, StageInForce, StageUnknown)

// Stages returns every Stage.
func Stages() []Stage { return stageValues.Values() }

// ParseStage returns the Stage spelled s, or a *[vocab.UnknownError].
func ParseStage(s string) (Stage, error) { return stageValues.Parse(s) }

// String returns the stage as written in JSON.
func (s Stage) String() string { return string(s) }

// IsValid reports whether s is one of [Stages].
func (s Stage) IsValid() bool { return stageValues.Valid(s) }

// MarshalText encodes the stage; an invalid one is an error.
func (s Stage) MarshalText() ([]byte, error) { return stageValues.Marshal(s) }

// UnmarshalText decodes a stage; an unknown one is a *[vocab.UnknownError].
func (s *Stage) UnmarshalText(text []byte) error { return stageValues.Unmarshal(s, text) }

// ClauseKind says what a [Clause] of a proposal provides. The zero ClauseKind is invalid.
type ClauseKind string

// The kinds of clause.
const (
	ClauseCeasefire          ClauseKind = "ceasefire"           // a ceasefire or truce
	ClauseRecognition        ClauseKind = "recognition"         // recognition of a territorial status (carries the statuses)
	ClauseMembershipBar      ClauseKind = "membership_bar"      // an actor barred from joining an alliance or organisation
	ClauseSanctions          ClauseKind = "sanctions"           // sanctions imposed, eased or lifted
	ClauseEconomicAgreement  ClauseKind = "economic_agreement"  // an economic or resource agreement
	ClauseSecurityGuarantee  ClauseKind = "security_guarantee"  // security guarantees
	ClauseControlTransfer    ClauseKind = "control_transfer"    // control of a place handed over (carries the statuses)
	ClauseExchange           ClauseKind = "exchange"            // an exchange of prisoners, hostages or bodies
	ClauseWithdrawal         ClauseKind = "withdrawal"          // forces withdrawn from places
	ClauseHumanitarianAccess ClauseKind = "humanitarian_access" // access for aid
	ClauseReconstruction     ClauseKind = "reconstruction"      // help with reconstruction
	ClauseOther              ClauseKind = "other"               // anything else
)

var clauseKindValues = enum.New("event", "clause kind", ClauseCeasefire, ClauseRecognition, ClauseMembershipBar, ClauseSanctions, ClauseEconomicAgreement, ClauseSecurityGuarantee, ClauseControlTransfer, ClauseExchange, ClauseWithdrawal, ClauseHumanitarianAccess, ClauseReconstruction, ClauseOther)

// ClauseKinds returns every ClauseKind.
func ClauseKinds() []ClauseKind { return clauseKindValues.Values() }

// ParseClauseKind returns the ClauseKind spelled s, or a *[vocab.UnknownError].
func ParseClauseKind(s string) (ClauseKind, error) { return clauseKindValues.Parse(s) }

// String returns the clause kind as written in JSON.
func (c ClauseKind) String() string { return string(c) }

// IsValid reports whether c is one of [ClauseKinds].
func (c ClauseKind) IsValid() bool { return clauseKindValues.Valid(c) }

// MarshalText encodes the clause kind; an invalid one is an error.
func (c ClauseKind) MarshalText() ([]byte, error) { return clauseKindValues.Marshal(c) }

// UnmarshalText decodes a clause kind; an unknown one is a *[vocab.UnknownError].
func (c *ClauseKind) UnmarshalText(text []byte) error { return clauseKindValues.Unmarshal(c, text) }

// CarriesStatuses reports whether a clause of this kind carries the
// territorial statuses it would bring about: a recognition or a control
// transfer.
func (c ClauseKind) CarriesStatuses() bool {
	return c == ClauseRecognition || c == ClauseControlTransfer
}

var _ Event = (*Proposal)(nil)

func (*Proposal) isEvent() {}

// Kind returns [KindProposal].
func (*Proposal) Kind() Kind { return KindProposal }

// Participants lists proposers, addressees and the actors its clauses name.
func (pr *Proposal) Participants() []Participant {
	var p participants
	p.add(RoleProposer, pr.Proposers...)
	p.add(RoleParty, pr.Parties...)
	p.add(RoleAddressee, pr.Addressees...)
	for _, c := range pr.Clauses {
		p.add(RoleParty, c.Parties...)
		p.add(RoleBeneficiary, c.Beneficiary)
		p.add(RoleMember, c.Member)
		p.add(RoleAlliance, c.Alliance)
	}
	return pr.named(p)
}

// AllPlaces returns the header's places and those its clauses concern.
func (pr *Proposal) AllPlaces() []territory.ID {
	var more []territory.ID
	for _, c := range pr.Clauses {
		more = append(more, c.Places...)
	}
	return pr.places(more...)
}

// AllLinks returns the header's links.
func (pr *Proposal) AllLinks() []Link { return pr.links() }

// Codes derives the CAMEO code from the stage: 037 (intent to settle a
// dispute) for a plan proposed or agreed, 057 (signing a formal agreement)
// once signed or in force.
func (pr *Proposal) Codes() Codes {
	switch pr.Stage {
	case StageSigned, StageInForce:
		return codesFor("057")
	case StageProposed, StageAgreed:
		return codesFor("037")
	}
	return Codes{}
}

// Validate checks the proposal; see [Event].
func (pr *Proposal) Validate() error { return check(pr) }

func init() {
	validate.RegisterStruct(checkProposal, Proposal{})
	validate.RegisterStruct(checkClause, Clause{})
}

func checkProposal(sl validator.StructLevel) {
	p := validate.Current[Proposal](sl)
	if len(p.Proposers) == 0 && len(p.Parties) == 0 {
		validate.Report(sl, p.Proposers, "proposers", vocab.RuleRequired, "are required, or the parties of the agreement")
	}
	refs := make(map[string]bool, len(p.Clauses)+len(p.Phases))
	for i, c := range p.Clauses {
		if c.Ref != "" && refs[c.Ref] {
			validate.Report(sl, c.Ref, validate.Index("clauses", i)+".ref", vocab.RuleUnique, "\""+c.Ref+"\" names another clause too")
		}
		refs[c.Ref] = true
	}
	// A phase implements clauses, not other phases: keep the clause refs
	// apart before the phases join the refs that conditions may use.
	clauses := maps.Clone(refs)
	for i, ph := range p.Phases {
		if ph.Ref != "" && refs[ph.Ref] {
			validate.Report(sl, ph.Ref, validate.Index("phases", i)+".ref", vocab.RuleUnique, "\""+ph.Ref+"\" names another clause or phase too")
		}
		refs[ph.Ref] = true
	}
	for i, ph := range p.Phases {
		for j, r := range ph.Clauses {
			if r != "" && !clauses[r] {
				validate.Report(sl, r, validate.Index(validate.Index("phases", i)+".clauses", j), vocab.RuleUnresolved, "\""+r+"\" is not a clause of this proposal")
			}
		}
	}
	for i, c := range p.Conditions {
		path := validate.Index("conditions", i)
		if c.Subject != "" && !refs[c.Subject] {
			validate.Report(sl, c.Subject, path+".subject", vocab.RuleUnresolved, "\""+c.Subject+"\" is not a clause or phase of this proposal")
		}
		if c.On != "" && !refs[c.On] {
			validate.Report(sl, c.On, path+".on", vocab.RuleUnresolved, "\""+c.On+"\" is not a clause or phase of this proposal")
		}
		if c.Subject != "" && c.Subject == c.On {
			validate.Report(sl, c.On, path+".on", vocab.RuleSelf, "a clause or phase cannot depend on itself")
		}
		switch {
		case c.On == "" && c.Event.IsZero():
			validate.Report(sl, c.On, path+".on", vocab.RuleRequired, "is required, or an event the condition depends on")
		case c.On != "" && !c.Event.IsZero():
			validate.Report(sl, c.Event, path+".event", vocab.RuleConflicts, "a condition depends on a clause or phase, or on an event, not both")
		case !c.Event.IsZero() && c.Event == p.ID:
			validate.Report(sl, c.Event, path+".event", vocab.RuleSelf, "a proposal's condition cannot be the proposal itself")
		}
	}
}

func checkClause(sl validator.StructLevel) {
	c := validate.Current[Clause](sl)
	switch {
	case c.Kind.CarriesStatuses():
		if len(c.Statuses) == 0 {
			validate.Report(sl, c.Statuses, "statuses", vocab.RuleRequires, "is required for a "+string(c.Kind)+" clause: the statuses it would bring about")
		}
	case c.Kind == ClauseMembershipBar:
		if c.Member.IsZero() {
			validate.Report(sl, c.Member, "member", vocab.RuleRequires, "is required for a membership bar")
		}
		if c.Alliance.IsZero() {
			validate.Report(sl, c.Alliance, "alliance", vocab.RuleRequires, "is required for a membership bar")
		}
	}
	if c.Kind != ClauseMembershipBar && (!c.Member.IsZero() || !c.Alliance.IsZero()) {
		field := "member"
		if c.Member.IsZero() {
			field = "alliance"
		}
		validate.Report(sl, c.Member, field, vocab.RuleConflicts, "is only for a membership bar")
	}
	if !c.Member.IsZero() && c.Member == c.Alliance {
		validate.Report(sl, c.Alliance, "alliance", vocab.RuleSelf, "an actor cannot be barred from itself")
	}
}

type plainProposal Proposal

// MarshalJSON encodes the proposal with "kind":"proposal" first.
func (pr Proposal) MarshalJSON() ([]byte, error) { return pr.appendJSON(nil) }

// appendJSON appends the JSON form of the proposal to b; see [appendEventJSON].
func (pr *Proposal) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindProposal, &pr.Header, (*plainProposal)(pr))
}

// UnmarshalJSON decodes a proposal; see [Meeting.UnmarshalJSON].
func (pr *Proposal) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainProposal
	}{plainProposal: (*plainProposal)(pr)}
	return decodeKind(data, KindProposal, pr, &w, &w.kindField)
}

// ProposalBuilder builds a [Proposal]; start one with [NewProposal].
type ProposalBuilder struct{ e Proposal }

// NewProposal starts a builder of a proposal with its header, stage and
// proposers; see [NewMeeting] for the contract of every event builder.
func NewProposal(h Header, stage Stage, proposers ...actor.ID) *ProposalBuilder {
	return &ProposalBuilder{Proposal{Header: clone.Of(h), Stage: stage, Proposers: slices.Clone(proposers)}}
}

// Name sets the proposal's name as written.
func (b *ProposalBuilder) Name(name string) *ProposalBuilder { b.e.Name = name; return b }

// Parties adds the sides the agreement binds.
func (b *ProposalBuilder) Parties(ids ...actor.ID) *ProposalBuilder {
	b.e.Parties = append(b.e.Parties, ids...)
	return b
}

// Addressees adds whom the proposal is put to.
func (b *ProposalBuilder) Addressees(ids ...actor.ID) *ProposalBuilder {
	b.e.Addressees = append(b.e.Addressees, ids...)
	return b
}

// Clauses adds clauses.
func (b *ProposalBuilder) Clauses(c ...Clause) *ProposalBuilder {
	b.e.Clauses = append(b.e.Clauses, c...)
	return b
}

// Phases adds phases.
func (b *ProposalBuilder) Phases(p ...Phase) *ProposalBuilder {
	b.e.Phases = append(b.e.Phases, p...)
	return b
}

// Conditions adds conditions between clauses or phases.
func (b *ProposalBuilder) Conditions(c ...Condition) *ProposalBuilder {
	b.e.Conditions = append(b.e.Conditions, c...)
	return b
}

// Build returns the proposal, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *ProposalBuilder) Build() (*Proposal, error) { return build(&b.e) }
