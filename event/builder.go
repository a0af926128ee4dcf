package event

import (
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Every builder in this package takes the event's [Header] as a struct
// literal (ID, title, time, places, status, attributions, links...) and
// has methods for its kind's roles. A builder never panics and adds no
// rules of its own: Build fills the struct and returns what its Validate
// finds.

// build returns e after validating it, or nil and the problems.
func build[E Event](e E) (E, error) {
	if err := e.Validate(); err != nil {
		var zero E
		return zero, err
	}
	return e, nil
}

// MeetingBuilder builds a [Meeting].
type MeetingBuilder struct {
	e Meeting
}

// NewMeeting starts a meeting with its header and attendees.
func NewMeeting(h Header, attendees ...actor.ID) *MeetingBuilder {
	b := &MeetingBuilder{e: Meeting{Attendees: attendees}}
	b.e.Header = h
	return b
}

// Host sets who hosted the meeting.
func (b *MeetingBuilder) Host(id actor.ID) *MeetingBuilder { b.e.Host = id; return b }

// Mediator sets who mediated.
func (b *MeetingBuilder) Mediator(id actor.ID) *MeetingBuilder { b.e.Mediator = id; return b }

// Remote marks a meeting held by phone or video.
func (b *MeetingBuilder) Remote() *MeetingBuilder { b.e.Remote = true; return b }

// Multilateral marks a meeting held in a multilateral setting.
func (b *MeetingBuilder) Multilateral() *MeetingBuilder { b.e.Multilateral = true; return b }

// Agenda adds a topic, in words and, where it is an event, by ID (zero
// otherwise).
func (b *MeetingBuilder) Agenda(text string, ev ID) *MeetingBuilder {
	b.e.Agenda = append(b.e.Agenda, Topic{Text: text, Event: ev})
	return b
}

// Duration sets how long it lasted, as reported.
func (b *MeetingBuilder) Duration(c source.Count) *MeetingBuilder { b.e.Duration = c; return b }

// Outcome adds what came of it, in the words reported, with who says so.
func (b *MeetingBuilder) Outcome(text string, a ...source.Attribution) *MeetingBuilder {
	b.e.Outcome = append(b.e.Outcome, Remark{Text: text, Attributions: a})
	return b
}

// Build returns the meeting, or nil and a *[ValidationError].
func (b *MeetingBuilder) Build() (*Meeting, error) { e := b.e; return build(&e) }

// AttackBuilder builds an [Attack].
type AttackBuilder struct {
	e Attack
}

// NewAttack starts an attack with its header.
func NewAttack(h Header) *AttackBuilder {
	b := &AttackBuilder{}
	b.e.Header = h
	return b
}

// By sets the attacker as the report states it.
func (b *AttackBuilder) By(id actor.ID) *AttackBuilder { b.e.Attacker = id; return b }

// Against adds places attacked.
func (b *AttackBuilder) Against(places ...territory.ID) *AttackBuilder {
	for _, p := range places {
		b.e.Targets = append(b.e.Targets, Target{Territory: p})
	}
	return b
}

// Target adds a target given in full (an actor, a place, the words).
func (b *AttackBuilder) Target(t ...Target) *AttackBuilder {
	b.e.Targets = append(b.e.Targets, t...)
	return b
}

// With adds the methods of attack.
func (b *AttackBuilder) With(m ...Method) *AttackBuilder {
	b.e.Methods = append(b.e.Methods, m...)
	return b
}

// Targeted marks a targeted killing (an assassination, or an attempt).
func (b *AttackBuilder) Targeted() *AttackBuilder { b.e.Targeted = true; return b }

// Weapon adds weapons with their counts.
func (b *AttackBuilder) Weapon(w ...Weapon) *AttackBuilder {
	b.e.Weapons = append(b.e.Weapons, w...)
	return b
}

// Casualties adds casualty figures.
func (b *AttackBuilder) Casualties(c ...source.Count) *AttackBuilder {
	b.e.Casualties = append(b.e.Casualties, c...)
	return b
}

// Occurrences adds counts of attacks within the attack.
func (b *AttackBuilder) Occurrences(c ...source.Count) *AttackBuilder {
	b.e.Occurrences = append(b.e.Occurrences, c...)
	return b
}

// Responsibility adds who is blamed or claims the attack.
func (b *AttackBuilder) Responsibility(c ...Claim) *AttackBuilder {
	b.e.Responsibility = append(b.e.Responsibility, c...)
	return b
}

// Build returns the attack, or nil and a *[ValidationError].
func (b *AttackBuilder) Build() (*Attack, error) { e := b.e; return build(&e) }

// StatementBuilder builds a [Statement].
type StatementBuilder struct {
	e Statement
}

// NewStatement starts a statement with its header, speaker and speech
// acts (the main one first).
func NewStatement(h Header, speaker actor.ID, acts ...SpeechAct) *StatementBuilder {
	b := &StatementBuilder{e: Statement{Speaker: speaker, Acts: acts}}
	b.e.Header = h
	return b
}

// To adds whom the statement is addressed to.
func (b *StatementBuilder) To(ids ...actor.ID) *StatementBuilder {
	b.e.Addressees = append(b.e.Addressees, ids...)
	return b
}

// Subject adds actors the statement is about (whom it accuses, praises).
func (b *StatementBuilder) Subject(ids ...actor.ID) *StatementBuilder {
	b.e.Subjects = append(b.e.Subjects, ids...)
	return b
}

// Content sets what the speaker says, in the report's words.
func (b *StatementBuilder) Content(text string) *StatementBuilder { b.e.Content = text; return b }

// Quote adds the speaker's own words.
func (b *StatementBuilder) Quote(q ...source.Quote) *StatementBuilder {
	b.e.Quotes = append(b.e.Quotes, q...)
	return b
}

// Medium sets the source it was said in.
func (b *StatementBuilder) Medium(id source.ID) *StatementBuilder { b.e.Medium = id; return b }

// About adds events the statement is about.
func (b *StatementBuilder) About(ids ...ID) *StatementBuilder {
	b.e.About = append(b.e.About, ids...)
	return b
}

// Build returns the statement, or nil and a *[ValidationError].
func (b *StatementBuilder) Build() (*Statement, error) { e := b.e; return build(&e) }

// ProposalBuilder builds a [Proposal].
type ProposalBuilder struct {
	e Proposal
}

// NewProposal starts a proposal with its header, stage and proposers.
func NewProposal(h Header, stage Stage, proposers ...actor.ID) *ProposalBuilder {
	b := &ProposalBuilder{e: Proposal{Stage: stage, Proposers: proposers}}
	b.e.Header = h
	return b
}

// Name sets the proposal's name as written.
func (b *ProposalBuilder) Name(name string) *ProposalBuilder { b.e.Name = name; return b }

// To adds whom the proposal is put to.
func (b *ProposalBuilder) To(ids ...actor.ID) *ProposalBuilder {
	b.e.Addressees = append(b.e.Addressees, ids...)
	return b
}

// Clause adds clauses.
func (b *ProposalBuilder) Clause(c ...Clause) *ProposalBuilder {
	b.e.Clauses = append(b.e.Clauses, c...)
	return b
}

// Phase adds phases.
func (b *ProposalBuilder) Phase(p ...Phase) *ProposalBuilder {
	b.e.Phases = append(b.e.Phases, p...)
	return b
}

// Condition adds that subject (a clause or phase ref) depends on on, as written.
func (b *ProposalBuilder) Condition(subject, on, text string) *ProposalBuilder {
	b.e.Conditions = append(b.e.Conditions, Condition{Subject: subject, On: on, Text: text})
	return b
}

// Build returns the proposal, or nil and a *[ValidationError].
func (b *ProposalBuilder) Build() (*Proposal, error) { e := b.e; return build(&e) }

// ResponseBuilder builds a [Response].
type ResponseBuilder struct {
	e Response
}

// NewResponse starts a response with its header, responder and act,
// and the event it responds to with that event's kind (zero if unknown).
func NewResponse(h Header, responder actor.ID, act ResponseAct, to ID, toKind Kind) *ResponseBuilder {
	b := &ResponseBuilder{e: Response{Responder: responder, Act: act, To: to, ToKind: toKind}}
	b.e.Header = h
	return b
}

// Qualifier adds words that qualify the response ("so far").
func (b *ResponseBuilder) Qualifier(words ...string) *ResponseBuilder {
	b.e.Qualifiers = append(b.e.Qualifiers, words...)
	return b
}

// Build returns the response, or nil and a *[ValidationError].
func (b *ResponseBuilder) Build() (*Response, error) { e := b.e; return build(&e) }

// ConflictBuilder builds a [Conflict].
type ConflictBuilder struct {
	e Conflict
}

// NewConflict starts a conflict with its header and parties.
func NewConflict(h Header, parties ...actor.ID) *ConflictBuilder {
	b := &ConflictBuilder{e: Conflict{Parties: parties}}
	b.e.Header = h
	return b
}

// Name adds a name for the conflict, who uses it, and where it is reported.
func (b *ConflictBuilder) Name(text string, usedBy actor.ID, a ...source.Attribution) *ConflictBuilder {
	b.e.Names = append(b.e.Names, ConflictName{Text: text, UsedBy: usedBy, Attributions: a})
	return b
}

// Build returns the conflict, or nil and a *[ValidationError].
func (b *ConflictBuilder) Build() (*Conflict, error) { e := b.e; return build(&e) }

// DisasterBuilder builds a [Disaster].
type DisasterBuilder struct {
	e Disaster
}

// NewDisaster starts a disaster with its header and hazard.
func NewDisaster(h Header, hazard Hazard) *DisasterBuilder {
	b := &DisasterBuilder{e: Disaster{Hazard: hazard}}
	b.e.Header = h
	return b
}

// Affected adds places affected.
func (b *DisasterBuilder) Affected(ids ...territory.ID) *DisasterBuilder {
	b.e.Affected = append(b.e.Affected, ids...)
	return b
}

// Toll adds figures of the toll; several for one measure may stand side
// by side.
func (b *DisasterBuilder) Toll(c ...source.Count) *DisasterBuilder {
	b.e.Toll = append(b.e.Toll, c...)
	return b
}

// Responsibility adds who is blamed for the disaster.
func (b *DisasterBuilder) Responsibility(c ...Claim) *DisasterBuilder {
	b.e.Responsibility = append(b.e.Responsibility, c...)
	return b
}

// Build returns the disaster, or nil and a *[ValidationError].
func (b *DisasterBuilder) Build() (*Disaster, error) { e := b.e; return build(&e) }

// ElectionBuilder builds an [Election].
type ElectionBuilder struct {
	e Election
}

// NewElection starts an election with its header and the office at stake.
func NewElection(h Header, office string) *ElectionBuilder {
	b := &ElectionBuilder{e: Election{Office: office}}
	b.e.Header = h
	return b
}

// Of sets the state or body the office belongs to.
func (b *ElectionBuilder) Of(id actor.ID) *ElectionBuilder { b.e.Of = id; return b }

// Round sets the round of voting.
func (b *ElectionBuilder) Round(n int) *ElectionBuilder { b.e.Round = n; return b }

// Candidate adds candidates with their results.
func (b *ElectionBuilder) Candidate(c ...Candidate) *ElectionBuilder {
	b.e.Candidates = append(b.e.Candidates, c...)
	return b
}

// Winner sets who won.
func (b *ElectionBuilder) Winner(id actor.ID) *ElectionBuilder { b.e.Winner = id; return b }

// Build returns the election, or nil and a *[ValidationError].
func (b *ElectionBuilder) Build() (*Election, error) { e := b.e; return build(&e) }

// RoleChangeBuilder builds a [RoleChange].
type RoleChangeBuilder struct {
	e RoleChange
}

// NewRoleChange starts a role change with its header, the person, what
// happens and the role.
func NewRoleChange(h Header, person actor.ID, change Change, role actor.Role) *RoleChangeBuilder {
	b := &RoleChangeBuilder{e: RoleChange{Person: person, Change: change, Role: role}}
	b.e.Header = h
	return b
}

// By sets who appoints, dismisses or elects.
func (b *RoleChangeBuilder) By(id actor.ID) *RoleChangeBuilder { b.e.By = id; return b }

// Announced sets when the change was announced.
func (b *RoleChangeBuilder) Announced(t source.Time) *RoleChangeBuilder { b.e.Announced = t; return b }

// Effective sets when it takes effect.
func (b *RoleChangeBuilder) Effective(t source.Time) *RoleChangeBuilder { b.e.Effective = t; return b }

// Build returns the role change, or nil and a *[ValidationError].
func (b *RoleChangeBuilder) Build() (*RoleChange, error) { e := b.e; return build(&e) }

// OtherBuilder builds an [Other].
type OtherBuilder struct {
	e Other
}

// NewOther starts an event of the generic kind with its header and the
// action in words.
func NewOther(h Header, action string) *OtherBuilder {
	b := &OtherBuilder{e: Other{Action: action}}
	b.e.Header = h
	return b
}

// CAMEO sets the CAMEO code.
func (b *OtherBuilder) CAMEO(code string) *OtherBuilder { b.e.CAMEO = code; return b }

// PLOVER sets the PLOVER category and mode (mode may be empty).
func (b *OtherBuilder) PLOVER(c Category, mode string) *OtherBuilder {
	b.e.PLOVER, b.e.Mode = c, mode
	return b
}

// Role adds an actor in a role of the user's own.
func (b *OtherBuilder) Role(id actor.ID, role string) *OtherBuilder {
	b.e.Roles = append(b.e.Roles, Participant{Actor: id, Role: role})
	return b
}

// Target adds places the action is aimed at.
func (b *OtherBuilder) Target(ids ...territory.ID) *OtherBuilder {
	b.e.Targets = append(b.e.Targets, ids...)
	return b
}

// Build returns the event, or nil and a *[ValidationError].
func (b *OtherBuilder) Build() (*Other, error) { e := b.e; return build(&e) }
