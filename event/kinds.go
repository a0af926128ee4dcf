package event

import (
	"slices"

	"maps"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Meeting is a meeting, talks or a call: who attended, who hosted or
// mediated, what was on the agenda, how long it lasted and what the
// participants or the report said came of it.
type Meeting struct {
	Header
	// Attendees are the actors who took or are to take part; at least one.
	Attendees []actor.ID `json:"attendees" validate:"min=1,dive,id"`
	// Host is the actor who hosted it. A host among the attendees makes
	// the meeting a visit; a host outside them, a meeting at a third
	// location.
	Host actor.ID `json:"host,omitzero"`
	// Mediator is the actor who mediated.
	Mediator actor.ID `json:"mediator,omitzero"`
	// Remote says it was held by phone or video.
	Remote bool `json:"remote,omitempty"`
	// Multilateral says it was held in a multilateral setting: a summit,
	// an alliance, an international organisation.
	Multilateral bool `json:"multilateral,omitempty"`
	// Agenda is what it was about, in words and, where it is an event of
	// its own (a plan), by link.
	Agenda []Topic `json:"agenda,omitzero" validate:"dive"`
	// Duration is how long it lasted, as reported ("three-hour-long").
	Duration source.Count `json:"duration,omitzero" validate:"omitzero"`
	// Outcome is what came of it, in the words reported ("constructive and
	// useful", "nothing concrete emerged").
	Outcome []Remark `json:"outcome,omitzero" validate:"dive"`
}

// Topic is an item on an agenda: words, an event, or both.
type Topic struct {
	// Text is the topic as written ("a US plan to end the Ukraine war").
	Text string `json:"text,omitempty" validate:"trimmed"`
	// Event is the event the topic is, where it is one (the plan).
	Event ID `json:"event,omitzero"`
}

// Attack is a use of force: who attacked (zero when unknown; who is blamed
// goes into Responsibility), what was targeted, how, with which weapons,
// the casualties and the number of occurrences, each figure as reported.
type Attack struct {
	Header
	// Attacker is who attacked, as the report states it; zero when unknown
	// or only alleged (see Responsibility).
	Attacker actor.ID `json:"attacker,omitzero"`
	// Targets are the places and actors attacked.
	Targets []Target `json:"targets,omitzero" validate:"dive"`
	// Methods are how it was carried out.
	Methods []Method `json:"methods,omitzero" validate:"dive,enum"`
	// Targeted says it was aimed at killing a particular person: an
	// assassination, or an attempt when no one is reported killed.
	Targeted bool `json:"targeted,omitempty"`
	// Weapons are the weapons used, with their counts.
	Weapons []Weapon `json:"weapons,omitzero" validate:"dive"`
	// Casualties are the figures of killed, injured, missing...; several
	// for one measure may stand side by side.
	Casualties []source.Count `json:"casualties,omitzero" validate:"dive"`
	// Occurrences count the attacks within it ("over 4,500 instances of
	// shelling").
	Occurrences []source.Count `json:"occurrences,omitzero" validate:"dive"`
	// Responsibility lists who is blamed or claims it, by whom.
	Responsibility []Claim `json:"responsibility,omitzero" validate:"dive"`
}

// Target is what an attack was aimed at: a place, an actor or both.
type Target struct {
	// Territory is the place attacked.
	Territory territory.ID `json:"territory,omitzero"`
	// Actor is the person, force or body attacked.
	Actor actor.ID `json:"actor,omitzero"`
	// Text is the target as written ("hit the hardest", "our positions").
	Text string `json:"text,omitempty" validate:"trimmed"`
}

// Weapon is a weapon used in an attack, with how many.
type Weapon struct {
	// Kinds are what the weapon is; a figure covering several kinds ("103
	// Shahed and decoy drones") lists them all; at least one.
	Kinds []WeaponKind `json:"kinds" validate:"min=1,dive,enum"`
	// Name is the named type, where given ("Shahed").
	Name string `json:"name,omitempty" validate:"trimmed"`
	// Count is how many, as reported.
	Count source.Count `json:"count,omitzero" validate:"omitzero"`
	// Text is the weapon as written ("attack drones").
	Text string `json:"text,omitempty" validate:"trimmed"`
}

// Statement is something an actor says: the speaker, to whom, about whom
// and what, the speech act, the quotes and the medium (a post, an
// interview, remarks to reporters).
type Statement struct {
	Header
	// Speaker is who speaks; required.
	Speaker actor.ID `json:"speaker" validate:"id"`
	// Addressees are whom the statement is addressed to.
	Addressees []actor.ID `json:"addressees,omitzero" validate:"dive,id"`
	// Subjects are the actors it is about: whom it accuses, criticises or
	// praises.
	Subjects []actor.ID `json:"subjects,omitzero" validate:"dive,id"`
	// Acts are what the statement does, the main one first; at least one.
	Acts []SpeechAct `json:"acts" validate:"min=1,dive,enum"`
	// Content is what the speaker says in the report's words, where there
	// is no quote or beside one ("Witkoff left with a message for Trump").
	Content string `json:"content,omitempty" validate:"trimmed"`
	// Quotes are the speaker's own words.
	Quotes []source.Quote `json:"quotes,omitzero" validate:"dive"`
	// Medium is the source it was said in: a post, an interview, remarks.
	Medium source.ID `json:"medium,omitzero"`
	// About are the events it is about.
	About []ID `json:"about,omitzero" validate:"dive,id"`
}

// Proposal is a plan, framework or agreement: who proposes it to whom, how
// far it has come, and its clauses, phases and conditions. Revisions are
// revises links; each party's answer is a [Response].
type Proposal struct {
	Header
	// Name is the proposal's name as written ("the Paris talks framework plan").
	Name string `json:"name,omitempty" validate:"trimmed"`
	// Proposers put it forward; at least one.
	Proposers []actor.ID `json:"proposers" validate:"min=1,dive,id"`
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
	Ref string `json:"ref" validate:"required,nospace"`
	// Kind says what the clause provides; required.
	Kind ClauseKind `json:"kind" validate:"enum"`
	// Text is the clause as the report gives it; required.
	Text string `json:"text" validate:"required,trimmed"`
	// Qualifiers are the clause's own words that qualify it, as written
	// ("gradual", "robust", "permanent", "with monitoring").
	Qualifiers []string `json:"qualifiers,omitzero" validate:"dive,required,trimmed"`
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
}

// Phase is a stage of a proposal's implementation.
type Phase struct {
	// Ref names the phase ("phase-1"); required and unique among phases
	// and clauses.
	Ref string `json:"ref" validate:"required,nospace"`
	// Name is the phase as written ("the first phase").
	Name string `json:"name,omitempty" validate:"trimmed"`
	// Clauses are the refs of the clauses it implements.
	Clauses []string `json:"clauses,omitzero" validate:"dive,required"`
	// Duration is how long it lasts, as reported ("42 days").
	Duration source.Count `json:"duration,omitzero" validate:"omitzero"`
}

// Condition says that one clause or phase depends on another: "phase two
// starts when phase one ends" is {phase-2, phase-1, "starts when ... ends"}.
type Condition struct {
	// Subject is the ref of the clause or phase that depends; required.
	Subject string `json:"subject" validate:"required"`
	// On is the ref of the clause or phase it depends on; required.
	On string `json:"on" validate:"required"`
	// Text is the condition as written; required.
	Text string `json:"text" validate:"required,trimmed"`
}

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
	Qualifiers []string `json:"qualifiers,omitzero" validate:"dive,required,trimmed"`
}

// Conflict is an ongoing war or dispute that other events are part of
// (through part_of links): its parties and the names each side uses.
type Conflict struct {
	Header
	// Parties are the sides; at least one.
	Parties []actor.ID `json:"parties" validate:"min=1,dive,id"`
	// Names are what the conflict is called, and by whom ("special military
	// operation", Russia's term).
	Names []ConflictName `json:"names,omitzero" validate:"dive"`
}

// ConflictName is a name for a conflict and who uses it.
type ConflictName struct {
	// Text is the name as written; required.
	Text string `json:"text" validate:"required,trimmed"`
	// UsedBy is who uses the name.
	UsedBy actor.ID `json:"used_by,omitzero"`
	// Attributions say where the name is reported, with its quote.
	Attributions []source.Attribution `json:"attributions,omitzero" validate:"dive"`
}

// Disaster is a natural or technological disaster: the hazard, the places
// affected, and its toll by measure, each figure as reported (a toll
// revised or disputed keeps every figure).
type Disaster struct {
	Header
	// Hazard says what happened; required.
	Hazard Hazard `json:"hazard" validate:"enum"`
	// Affected are the places affected.
	Affected []territory.ID `json:"affected,omitzero" validate:"dive,id"`
	// Toll are the figures by measure: killed, injured, missing,
	// displaced, affected...
	Toll []source.Count `json:"toll,omitzero" validate:"dive"`
	// Responsibility lists who is blamed for it, where anyone is.
	Responsibility []Claim `json:"responsibility,omitzero" validate:"dive"`
}

// Election is a vote for an office: the candidates with their results, and
// the winner.
type Election struct {
	Header
	// Office is the office at stake, as written ("President of Ukraine");
	// required.
	Office string `json:"office" validate:"required,trimmed"`
	// Of is the state or body the office belongs to.
	Of actor.ID `json:"of,omitzero"`
	// Round is the round of voting, where there are several (1, 2).
	Round int `json:"round,omitempty" validate:"gte=0"`
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
	// Results are votes, shares and seats, each as reported and attributed.
	Results []source.Count `json:"results,omitzero" validate:"dive"`
	// Outcome says how they fared; zero while unknown.
	Outcome Outcome `json:"outcome,omitzero"`
}

// RoleChange is an actor appointed, elected, nominated, resigning or
// dismissed: the role, who decided, and when it was announced and when
// it takes effect (a resignation announced today, effective later).
type RoleChange struct {
	Header
	// Person is whose role changes; required.
	Person actor.ID `json:"person" validate:"id"`
	// Change says what happens; required.
	Change Change `json:"change" validate:"enum"`
	// Role is the role gained or left; its title is required.
	Role actor.Role `json:"role"`
	// By is who appoints, dismisses or elects.
	By actor.ID `json:"by,omitzero"`
	// Announced is when the change was announced.
	Announced source.Time `json:"announced,omitzero" validate:"omitzero"`
	// Effective is when it takes effect.
	Effective source.Time `json:"effective,omitzero" validate:"omitzero"`
}

// Other is the generic kind for everything the typed kinds do not cover:
// an action in words, its own CAMEO code and PLOVER category where the user
// has them, and participants with free roles. No user needs to fork the
// library to record an event.
type Other struct {
	Header
	// Action is what happened, in words ("imposed a curfew"); required.
	Action string `json:"action" validate:"required,trimmed"`
	// CAMEO is the CAMEO code, where the user has one; it must be a code
	// of CAMEO 1.1b3.
	CAMEO string `json:"cameo,omitempty"`
	// PLOVER is the PLOVER category, where the user has one.
	PLOVER Category `json:"plover,omitzero"`
	// Mode is the PLOVER mode, where the user has one.
	Mode string `json:"mode,omitempty" validate:"omitempty,nospace"`
	// Roles are the actors taking part, each with a role word of the
	// user's own ("evacuator", "host").
	Roles []Participant `json:"roles,omitzero" validate:"dive"`
	// Targets are places the action is aimed at or takes place in,
	// beyond the header's places.
	Targets []territory.ID `json:"targets,omitzero" validate:"dive,id"`
}

// Kind returns [KindMeeting].
func (*Meeting) Kind() Kind { return KindMeeting }

// Kind returns [KindAttack].
func (*Attack) Kind() Kind { return KindAttack }

// Kind returns [KindStatement].
func (*Statement) Kind() Kind { return KindStatement }

// Kind returns [KindProposal].
func (*Proposal) Kind() Kind { return KindProposal }

// Kind returns [KindResponse].
func (*Response) Kind() Kind { return KindResponse }

// Kind returns [KindConflict].
func (*Conflict) Kind() Kind { return KindConflict }

// Kind returns [KindDisaster].
func (*Disaster) Kind() Kind { return KindDisaster }

// Kind returns [KindElection].
func (*Election) Kind() Kind { return KindElection }

// Kind returns [KindRoleChange].
func (*RoleChange) Kind() Kind { return KindRoleChange }

// Kind returns [KindOther].
func (*Other) Kind() Kind { return KindOther }

// Head returns a copy of the header.
func (h *Header) Head() Header { return *h }

// participants collects actors with roles, skipping zero IDs.
type participants []Participant

func (p *participants) add(role string, ids ...actor.ID) {
	for _, id := range ids {
		pt := Participant{Actor: id, Role: role}
		if !id.IsZero() && !slices.Contains(*p, pt) {
			*p = append(*p, pt)
		}
	}
}

// Participants lists attendees, the host and the mediator.
func (m *Meeting) Participants() []Participant {
	var p participants
	p.add(RoleAttendee, m.Attendees...)
	p.add(RoleHost, m.Host)
	p.add(RoleMediator, m.Mediator)
	return p
}

// Participants lists the attacker, targeted actors and those blamed or
// blaming.
func (a *Attack) Participants() []Participant {
	var p participants
	p.add(RoleAttacker, a.Attacker)
	for _, t := range a.Targets {
		p.add(RoleTarget, t.Actor)
	}
	claims(&p, a.Responsibility)
	return p
}

func claims(p *participants, cs []Claim) {
	for _, c := range cs {
		p.add(RoleBlamed, c.Actor)
		p.add(RoleBlamer, c.By)
	}
}

// Participants lists the speaker, addressees and subjects.
func (s *Statement) Participants() []Participant {
	var p participants
	p.add(RoleSpeaker, s.Speaker)
	p.add(RoleAddressee, s.Addressees...)
	p.add(RoleSubject, s.Subjects...)
	return p
}

// Participants lists proposers, addressees and the actors its clauses name.
func (pr *Proposal) Participants() []Participant {
	var p participants
	p.add(RoleProposer, pr.Proposers...)
	p.add(RoleAddressee, pr.Addressees...)
	for _, c := range pr.Clauses {
		p.add(RoleParty, c.Parties...)
		p.add(RoleBeneficiary, c.Beneficiary)
		p.add(RoleMember, c.Member)
		p.add(RoleAlliance, c.Alliance)
	}
	return p
}

// Participants lists the responder.
func (r *Response) Participants() []Participant {
	var p participants
	p.add(RoleResponder, r.Responder)
	return p
}

// Participants lists the parties and those whose names for it are recorded.
func (c *Conflict) Participants() []Participant {
	var p participants
	p.add(RoleParty, c.Parties...)
	for _, n := range c.Names {
		p.add(RoleNamedBy, n.UsedBy)
	}
	return p
}

// Participants lists those held responsible and who holds them so.
func (d *Disaster) Participants() []Participant {
	var p participants
	claims(&p, d.Responsibility)
	return p
}

// Participants lists the candidates and the winner.
func (e *Election) Participants() []Participant {
	var p participants
	for _, c := range e.Candidates {
		p.add(RoleCandidate, c.Actor)
		p.add(RoleParty, c.Party)
	}
	p.add(RoleWinner, e.Winner)
	return p
}

// Participants lists the person and who appoints or dismisses them.
func (r *RoleChange) Participants() []Participant {
	var p participants
	p.add(RolePerson, r.Person)
	p.add(RoleAppointer, r.By)
	return p
}

// Participants returns the roles as given.
func (o *Other) Participants() []Participant {
	return append([]Participant(nil), o.Roles...)
}

// places merges the header's places with more, once each, in order.
func (h *Header) places(more ...territory.ID) []territory.ID {
	out := make([]territory.ID, 0, len(h.Places)+len(more))
	seen := make(map[territory.ID]bool, cap(out))
	for _, list := range [][]territory.ID{h.Places, more} {
		for _, id := range list {
			if !id.IsZero() && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// Places returns the header's places.
func (m *Meeting) Places() []territory.ID { return m.places() }

// Places returns the header's places and the targeted places.
func (a *Attack) Places() []territory.ID {
	more := make([]territory.ID, 0, len(a.Targets))
	for _, t := range a.Targets {
		more = append(more, t.Territory)
	}
	return a.places(more...)
}

// Places returns the header's places.
func (s *Statement) Places() []territory.ID { return s.places() }

// Places returns the header's places and those its clauses concern.
func (p *Proposal) Places() []territory.ID {
	var more []territory.ID
	for _, c := range p.Clauses {
		more = append(more, c.Places...)
	}
	return p.places(more...)
}

// Places returns the header's places.
func (r *Response) Places() []territory.ID { return r.places() }

// Places returns the header's places.
func (c *Conflict) Places() []territory.ID { return c.places() }

// Places returns the header's places and the affected places.
func (d *Disaster) Places() []territory.ID { return d.places(d.Affected...) }

// Places returns the header's places.
func (e *Election) Places() []territory.ID { return e.places() }

// Places returns the header's places.
func (r *RoleChange) Places() []territory.ID { return r.places() }

// Places returns the header's places and the targets.
func (o *Other) Places() []territory.ID { return o.places(o.Targets...) }

// links returns the header's links followed by more.
func (h *Header) links(more ...Link) []Link {
	return append(append(make([]Link, 0, len(h.Links)+len(more)), h.Links...), more...)
}

// Links returns the header's links and an about link to each agenda event.
func (m *Meeting) Links() []Link {
	var more []Link
	for _, t := range m.Agenda {
		if !t.Event.IsZero() {
			more = append(more, Link{Type: LinkAbout, To: t.Event, Text: t.Text})
		}
	}
	return m.links(more...)
}

// Links returns the header's links.
func (a *Attack) Links() []Link { return a.links() }

// Links returns the header's links and an about link to each event it is about.
func (s *Statement) Links() []Link {
	more := make([]Link, 0, len(s.About))
	for _, id := range s.About {
		more = append(more, Link{Type: LinkAbout, To: id})
	}
	return s.links(more...)
}

// Links returns the header's links.
func (p *Proposal) Links() []Link { return p.links() }

// Links returns the header's links and a responds_to link to the event
// responded to.
func (r *Response) Links() []Link {
	return r.links(Link{Type: LinkRespondsTo, To: r.To})
}

// Links returns the header's links.
func (c *Conflict) Links() []Link { return c.links() }

// Links returns the header's links.
func (d *Disaster) Links() []Link { return d.links() }

// Links returns the header's links.
func (e *Election) Links() []Link { return e.links() }

// Links returns the header's links.
func (r *RoleChange) Links() []Link { return r.links() }

// Links returns the header's links.
func (o *Other) Links() []Link { return o.links() }

// check validates any event with the shared validator.
func check(e Event) error {
	var l validate.List
	l.Struct("", e)
	return l.Err(scopes[e.Kind()])
}

// Validate checks the meeting; see [Event].
func (m *Meeting) Validate() error { return check(m) }

// Validate checks the attack; see [Event].
func (a *Attack) Validate() error { return check(a) }

// Validate checks the statement; see [Event].
func (s *Statement) Validate() error { return check(s) }

// Validate checks the proposal; see [Event].
func (p *Proposal) Validate() error { return check(p) }

// Validate checks the response; see [Event].
func (r *Response) Validate() error { return check(r) }

// Validate checks the conflict; see [Event].
func (c *Conflict) Validate() error { return check(c) }

// Validate checks the disaster; see [Event].
func (d *Disaster) Validate() error { return check(d) }

// Validate checks the election; see [Event].
func (e *Election) Validate() error { return check(e) }

// Validate checks the role change; see [Event].
func (r *RoleChange) Validate() error { return check(r) }

// Validate checks the event; see [Event].
func (o *Other) Validate() error { return check(o) }

func init() {
	validate.Register(func(v *validator.Validate) {
		v.RegisterStructValidation(checkHeader, Header{})
		v.RegisterStructValidation(checkMeeting, Meeting{})
		v.RegisterStructValidation(checkAttack, Attack{})
		v.RegisterStructValidation(checkTarget, Target{})
		v.RegisterStructValidation(checkStatement, Statement{})
		v.RegisterStructValidation(checkProposal, Proposal{})
		v.RegisterStructValidation(checkClause, Clause{})
		v.RegisterStructValidation(checkResponse, Response{})
		v.RegisterStructValidation(checkElection, Election{})
		v.RegisterStructValidation(checkOther, Other{})
		v.RegisterStructValidation(checkTopic, Topic{})
	})
}

// checkHeader reports links from an event to itself.
func checkHeader(sl validator.StructLevel) {
	h := validate.Current[Header](sl)
	if h.ID.IsZero() {
		return
	}
	for i, l := range h.Links {
		if l.To == h.ID {
			validate.Report(sl, l.To, validate.Index("links", i)+".to", validate.RuleSelf, "an event cannot link to itself")
		}
	}
}

func checkMeeting(sl validator.StructLevel) {
	m := validate.Current[Meeting](sl)
	if !m.Mediator.IsZero() && m.Mediator == m.Host {
		validate.Report(sl, m.Mediator, "mediator", validate.RuleMismatch, "the host and the mediator are the same actor")
	}
	for i, t := range m.Agenda {
		if t.Event == m.ID && !t.Event.IsZero() {
			validate.Report(sl, t.Event, validate.Index("agenda", i)+".event", validate.RuleSelf, "a meeting cannot be on its own agenda")
		}
	}
}

func checkTopic(sl validator.StructLevel) {
	t := validate.Current[Topic](sl)
	if t.Text == "" && t.Event.IsZero() {
		validate.Report(sl, t.Text, "text", validate.RuleRequired, "is required, or an event")
	}
}

func checkAttack(sl validator.StructLevel) {
	a := validate.Current[Attack](sl)
	if a.Attacker.IsZero() {
		return
	}
	for i, t := range a.Targets {
		if t.Actor == a.Attacker {
			validate.Report(sl, t.Actor, validate.Index("targets", i)+".actor", validate.RuleSelf, "the attacker cannot be its own target")
		}
	}
}

func checkTarget(sl validator.StructLevel) {
	t := validate.Current[Target](sl)
	if t.Territory.IsZero() && t.Actor.IsZero() {
		validate.Report(sl, t.Territory, "territory", validate.RuleRequired, "is required, or an actor")
	}
}

func checkStatement(sl validator.StructLevel) {
	s := validate.Current[Statement](sl)
	if s.Content == "" && len(s.Quotes) == 0 {
		validate.Report(sl, s.Content, "content", validate.RuleRequired, "is required, or a quote")
	}
	for i, id := range s.About {
		if id == s.ID && !id.IsZero() {
			validate.Report(sl, id, validate.Index("about", i), validate.RuleSelf, "a statement cannot be about itself")
		}
	}
}

func checkProposal(sl validator.StructLevel) {
	p := validate.Current[Proposal](sl)
	refs := make(map[string]bool, len(p.Clauses)+len(p.Phases))
	for i, c := range p.Clauses {
		if c.Ref != "" && refs[c.Ref] {
			validate.Report(sl, c.Ref, validate.Index("clauses", i)+".ref", validate.RuleUnique, "\""+c.Ref+"\" names another clause too")
		}
		refs[c.Ref] = true
	}
	// A phase implements clauses, not other phases: keep the clause refs
	// apart before the phases join the refs that conditions may use.
	clauses := maps.Clone(refs)
	for i, ph := range p.Phases {
		if ph.Ref != "" && refs[ph.Ref] {
			validate.Report(sl, ph.Ref, validate.Index("phases", i)+".ref", validate.RuleUnique, "\""+ph.Ref+"\" names another clause or phase too")
		}
		refs[ph.Ref] = true
	}
	for i, ph := range p.Phases {
		for j, r := range ph.Clauses {
			if r != "" && !clauses[r] {
				validate.Report(sl, r, validate.Index(validate.Index("phases", i)+".clauses", j), validate.RuleUnresolved, "\""+r+"\" is not a clause of this proposal")
			}
		}
	}
	for i, c := range p.Conditions {
		path := validate.Index("conditions", i)
		if c.Subject != "" && !refs[c.Subject] {
			validate.Report(sl, c.Subject, path+".subject", validate.RuleUnresolved, "\""+c.Subject+"\" is not a clause or phase of this proposal")
		}
		if c.On != "" && !refs[c.On] {
			validate.Report(sl, c.On, path+".on", validate.RuleUnresolved, "\""+c.On+"\" is not a clause or phase of this proposal")
		}
		if c.Subject != "" && c.Subject == c.On {
			validate.Report(sl, c.On, path+".on", validate.RuleSelf, "a clause or phase cannot depend on itself")
		}
	}
}

func checkClause(sl validator.StructLevel) {
	c := validate.Current[Clause](sl)
	switch c.Kind {
	case ClauseRecognition, ClauseControlTransfer:
		if len(c.Statuses) == 0 {
			validate.Report(sl, c.Statuses, "statuses", validate.RuleDependsOn, "is required for a "+string(c.Kind)+" clause: the statuses it would bring about")
		}
	case ClauseMembershipBar:
		if c.Member.IsZero() {
			validate.Report(sl, c.Member, "member", validate.RuleDependsOn, "is required for a membership bar")
		}
		if c.Alliance.IsZero() {
			validate.Report(sl, c.Alliance, "alliance", validate.RuleDependsOn, "is required for a membership bar")
		}
	}
	if c.Kind != ClauseMembershipBar && (!c.Member.IsZero() || !c.Alliance.IsZero()) {
		field := "member"
		if c.Member.IsZero() {
			field = "alliance"
		}
		validate.Report(sl, c.Member, field, validate.RuleConflicts, "is only for a membership bar")
	}
	if !c.Member.IsZero() && c.Member == c.Alliance {
		validate.Report(sl, c.Alliance, "alliance", validate.RuleSelf, "an actor cannot be barred from itself")
	}
}

func checkResponse(sl validator.StructLevel) {
	r := validate.Current[Response](sl)
	if r.To == r.ID && !r.To.IsZero() {
		validate.Report(sl, r.To, "to", validate.RuleSelf, "an event cannot respond to itself")
	}
	if r.ToKind != "" && !r.ToKind.IsValid() {
		validate.Report(sl, r.ToKind, "to_kind", validate.RuleEnum, "\""+string(r.ToKind)+"\" is not a known value")
	}
}

func checkElection(sl validator.StructLevel) {
	e := validate.Current[Election](sl)
	seen := make(map[actor.ID]bool, len(e.Candidates))
	for i, c := range e.Candidates {
		if seen[c.Actor] && !c.Actor.IsZero() {
			validate.Report(sl, c.Actor, validate.Index("candidates", i)+".actor", validate.RuleUnique, "lists a candidate twice")
		}
		seen[c.Actor] = true
		if !c.Outcome.IsValid() && c.Outcome != "" {
			validate.Report(sl, c.Outcome, validate.Index("candidates", i)+".outcome", validate.RuleEnum, "\""+string(c.Outcome)+"\" is not a known value")
		}
	}
	if !e.Winner.IsZero() && !seen[e.Winner] {
		validate.Report(sl, e.Winner, "winner", validate.RuleMismatch, "is not one of the candidates")
	}
}

func checkOther(sl validator.StructLevel) {
	o := validate.Current[Other](sl)
	if o.CAMEO != "" {
		if _, ok := CAMEOLabel(o.CAMEO); !ok {
			validate.Report(sl, o.CAMEO, "cameo", validate.RuleEnum, "\""+o.CAMEO+"\" is not a CAMEO 1.1b3 event code")
		}
	}
	if o.PLOVER != "" && !o.PLOVER.IsValid() {
		validate.Report(sl, o.PLOVER, "plover", validate.RuleEnum, "\""+string(o.PLOVER)+"\" is not a PLOVER category")
	}
	if o.Mode != "" && o.PLOVER == "" {
		validate.Report(sl, o.Mode, "mode", validate.RuleDependsOn, "needs a PLOVER category")
	}
}
