package event

import "github.com/newsevent/newsevent/internal/enum"

// Kind says which concrete type an [Event] is; it is the "kind" field of the JSON form. The zero Kind is invalid.
type Kind string

// The kinds of event, one for each concrete type.
const (
	KindMeeting    Kind = "meeting"     // a [Meeting]
	KindAttack     Kind = "attack"      // an [Attack]
	KindStatement  Kind = "statement"   // a [Statement]
	KindProposal   Kind = "proposal"    // a [Proposal]
	KindResponse   Kind = "response"    // a [Response]
	KindConflict   Kind = "conflict"    // a [Conflict]
	KindDisaster   Kind = "disaster"    // a [Disaster]
	KindElection   Kind = "election"    // an [Election]
	KindRoleChange Kind = "role_change" // a [RoleChange]
	KindOther      Kind = "other"       // an [Other], the generic kind
)

var kindValues = enum.New("event", "kind", KindMeeting, KindAttack, KindStatement, KindProposal, KindResponse, KindConflict, KindDisaster, KindElection, KindRoleChange, KindOther)

// Kinds returns every Kind.
func Kinds() []Kind { return kindValues.Values() }

// ParseKind returns the Kind spelled s, or an error that quotes s.
func ParseKind(s string) (Kind, error) { return kindValues.Parse(s) }

// String returns the kind as written in JSON.
func (k Kind) String() string { return string(k) }

// IsValid reports whether k is one of [Kinds].
func (k Kind) IsValid() bool { return kindValues.Valid(k) }

// MarshalText encodes the kind; an invalid one is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindValues.Marshal(k) }

// UnmarshalText decodes a kind; an unknown one is an error that quotes it.
func (k *Kind) UnmarshalText(text []byte) error { return kindValues.Unmarshal(k, text) }

// Status is where an event stands in its life, as the report tells it: it happened, goes on, is planned, was postponed. A postponed event keeps its originally scheduled time. The zero Status is invalid.
type Status string

// The lifecycle statuses of an event.
const (
	StatusOccurred  Status = "occurred"  // it happened
	StatusOngoing   Status = "ongoing"   // it goes on (a war, a crisis)
	StatusPlanned   Status = "planned"   // it is scheduled or intended
	StatusPostponed Status = "postponed" // it was put off; the event's time stays the originally scheduled one
	StatusCancelled Status = "cancelled" // it was called off
	StatusProposed  Status = "proposed"  // someone proposes it (a plan not yet agreed)
	StatusAlleged   Status = "alleged"   // someone says it happened; the report does not confirm it
)

var statusValues = enum.New("event", "status", StatusOccurred, StatusOngoing, StatusPlanned, StatusPostponed, StatusCancelled, StatusProposed, StatusAlleged)

// Statuses returns every Status.
func Statuses() []Status { return statusValues.Values() }

// ParseStatus returns the Status spelled s, or an error that quotes s.
func ParseStatus(s string) (Status, error) { return statusValues.Parse(s) }

// String returns the status as written in JSON.
func (s Status) String() string { return string(s) }

// IsValid reports whether s is one of [Statuses].
func (s Status) IsValid() bool { return statusValues.Valid(s) }

// MarshalText encodes the status; an invalid one is an error.
func (s Status) MarshalText() ([]byte, error) { return statusValues.Marshal(s) }

// UnmarshalText decodes a status; an unknown one is an error that quotes it.
func (s *Status) UnmarshalText(text []byte) error { return statusValues.Unmarshal(s, text) }

// LinkType says how an event relates to the event a [Link] points to. The zero LinkType is invalid.
type LinkType string

// The types of link between events.
const (
	LinkPartOf     LinkType = "part_of"     // this event is part of the other (a strike of a war)
	LinkCausedBy   LinkType = "caused_by"   // the other event caused this one
	LinkRespondsTo LinkType = "responds_to" // this event responds to the other
	LinkPrecedes   LinkType = "precedes"    // this event came before the other
	LinkFollows    LinkType = "follows"     // this event comes after the other, by the link's offset where given ("within 24 hours of the approval", "then")
	LinkRevises    LinkType = "revises"     // this event revises the other (a reworked plan, a revised toll)
	LinkQualifies  LinkType = "qualifies"   // this event qualifies the other (calling a promise an exaggeration)
	LinkAbout      LinkType = "about"       // this event is about the other
	LinkPostpones  LinkType = "postpones"   // this event postpones the other
)

var linkTypeValues = enum.New("event", "link type", LinkPartOf, LinkCausedBy, LinkRespondsTo, LinkPrecedes, LinkFollows, LinkRevises, LinkQualifies, LinkAbout, LinkPostpones)

// LinkTypes returns every LinkType.
func LinkTypes() []LinkType { return linkTypeValues.Values() }

// ParseLinkType returns the LinkType spelled s, or an error that quotes s.
func ParseLinkType(s string) (LinkType, error) { return linkTypeValues.Parse(s) }

// String returns the link type as written in JSON.
func (l LinkType) String() string { return string(l) }

// IsValid reports whether l is one of [LinkTypes].
func (l LinkType) IsValid() bool { return linkTypeValues.Valid(l) }

// MarshalText encodes the link type; an invalid one is an error.
func (l LinkType) MarshalText() ([]byte, error) { return linkTypeValues.Marshal(l) }

// UnmarshalText decodes a link type; an unknown one is an error that quotes it.
func (l *LinkType) UnmarshalText(text []byte) error { return linkTypeValues.Unmarshal(l, text) }

// SpeechAct says what a [Statement] does. The zero SpeechAct is invalid.
type SpeechAct string

// The speech acts of a statement.
const (
	SpeechClaim          SpeechAct = "claim"           // asserts something
	SpeechAnnounce       SpeechAct = "announce"        // makes something known
	SpeechAssess         SpeechAct = "assess"          // judges a situation
	SpeechOptimistic     SpeechAct = "optimistic"      // comments hopefully ("we're getting very close")
	SpeechPessimistic    SpeechAct = "pessimistic"     // comments gloomily
	SpeechPromise        SpeechAct = "promise"         // commits to do something
	SpeechAppeal         SpeechAct = "appeal"          // asks for something
	SpeechDemand         SpeechAct = "demand"          // insists on something
	SpeechCriticise      SpeechAct = "criticise"       // criticises or denounces
	SpeechAccuse         SpeechAct = "accuse"          // accuses someone ("blaming Kyiv for starting the war")
	SpeechDeny           SpeechAct = "deny"            // denies something, such as responsibility
	SpeechPraise         SpeechAct = "praise"          // praises or endorses
	SpeechThreaten       SpeechAct = "threaten"        // threatens
	SpeechConcede        SpeechAct = "concede"         // concedes or acknowledges ("I said that as an exaggeration")
	SpeechDeclineComment SpeechAct = "decline_comment" // declines to comment
)

var speechActValues = enum.New("event", "speech act", SpeechClaim, SpeechAnnounce, SpeechAssess, SpeechOptimistic, SpeechPessimistic, SpeechPromise, SpeechAppeal, SpeechDemand, SpeechCriticise, SpeechAccuse, SpeechDeny, SpeechPraise, SpeechThreaten, SpeechConcede, SpeechDeclineComment)

// SpeechActs returns every SpeechAct.
func SpeechActs() []SpeechAct { return speechActValues.Values() }

// ParseSpeechAct returns the SpeechAct spelled s, or an error that quotes s.
func ParseSpeechAct(s string) (SpeechAct, error) { return speechActValues.Parse(s) }

// String returns the speech act as written in JSON.
func (s SpeechAct) String() string { return string(s) }

// IsValid reports whether s is one of [SpeechActs].
func (s SpeechAct) IsValid() bool { return speechActValues.Valid(s) }

// MarshalText encodes the speech act; an invalid one is an error.
func (s SpeechAct) MarshalText() ([]byte, error) { return speechActValues.Marshal(s) }

// UnmarshalText decodes a speech act; an unknown one is an error that quotes it.
func (s *SpeechAct) UnmarshalText(text []byte) error { return speechActValues.Unmarshal(s, text) }

// Stage says how far a [Proposal] has come. The zero Stage is invalid.
type Stage string

// The stages of a proposal.
const (
	StageProposed Stage = "proposed" // put forward
	StageAgreed   Stage = "agreed"   // agreed by the parties, not yet signed
	StageSigned   Stage = "signed"   // signed
	StageInForce  Stage = "in_force" // in force
)

var stageValues = enum.New("event", "stage", StageProposed, StageAgreed, StageSigned, StageInForce)

// Stages returns every Stage.
func Stages() []Stage { return stageValues.Values() }

// ParseStage returns the Stage spelled s, or an error that quotes s.
func ParseStage(s string) (Stage, error) { return stageValues.Parse(s) }

// String returns the stage as written in JSON.
func (s Stage) String() string { return string(s) }

// IsValid reports whether s is one of [Stages].
func (s Stage) IsValid() bool { return stageValues.Valid(s) }

// MarshalText encodes the stage; an invalid one is an error.
func (s Stage) MarshalText() ([]byte, error) { return stageValues.Marshal(s) }

// UnmarshalText decodes a stage; an unknown one is an error that quotes it.
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

// ParseClauseKind returns the ClauseKind spelled s, or an error that quotes s.
func ParseClauseKind(s string) (ClauseKind, error) { return clauseKindValues.Parse(s) }

// String returns the clause kind as written in JSON.
func (c ClauseKind) String() string { return string(c) }

// IsValid reports whether c is one of [ClauseKinds].
func (c ClauseKind) IsValid() bool { return clauseKindValues.Valid(c) }

// MarshalText encodes the clause kind; an invalid one is an error.
func (c ClauseKind) MarshalText() ([]byte, error) { return clauseKindValues.Marshal(c) }

// UnmarshalText decodes a clause kind; an unknown one is an error that quotes it.
func (c *ClauseKind) UnmarshalText(text []byte) error { return clauseKindValues.Unmarshal(c, text) }

// ResponseAct says how a [Response] answers the event it responds to. The zero ResponseAct is invalid.
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

// ParseResponseAct returns the ResponseAct spelled s, or an error that quotes s.
func ParseResponseAct(s string) (ResponseAct, error) { return responseActValues.Parse(s) }

// String returns the response act as written in JSON.
func (r ResponseAct) String() string { return string(r) }

// IsValid reports whether r is one of [ResponseActs].
func (r ResponseAct) IsValid() bool { return responseActValues.Valid(r) }

// MarshalText encodes the response act; an invalid one is an error.
func (r ResponseAct) MarshalText() ([]byte, error) { return responseActValues.Marshal(r) }

// UnmarshalText decodes a response act; an unknown one is an error that quotes it.
func (r *ResponseAct) UnmarshalText(text []byte) error { return responseActValues.Unmarshal(r, text) }

// Method says how an [Attack] was carried out. The zero Method is invalid.
type Method string

// The methods of attack.
const (
	MethodAirStrike       Method = "air_strike"       // strikes from manned aircraft
	MethodMissileStrike   Method = "missile_strike"   // missile strikes
	MethodDroneStrike     Method = "drone_strike"     // strikes by drones
	MethodShelling        Method = "shelling"         // artillery, tanks, heavy weapons
	MethodGroundAssault   Method = "ground_assault"   // attacks by ground forces
	MethodBombing         Method = "bombing"          // a planted or thrown bomb, not otherwise specified
	MethodCarBombing      Method = "car_bombing"      // a bomb in or under a vehicle
	MethodSuicideBombing  Method = "suicide_bombing"  // a suicide bombing
	MethodRoadsideBombing Method = "roadside_bombing" // a roadside bomb
	MethodShooting        Method = "shooting"         // small arms and light weapons
	MethodPhysicalAssault Method = "physical_assault" // beating, stabbing
	MethodAbduction       Method = "abduction"        // abduction, hijacking, hostage taking
)

var methodValues = enum.New("event", "method", MethodAirStrike, MethodMissileStrike, MethodDroneStrike, MethodShelling, MethodGroundAssault, MethodBombing, MethodCarBombing, MethodSuicideBombing, MethodRoadsideBombing, MethodShooting, MethodPhysicalAssault, MethodAbduction)

// Methods returns every Method.
func Methods() []Method { return methodValues.Values() }

// ParseMethod returns the Method spelled s, or an error that quotes s.
func ParseMethod(s string) (Method, error) { return methodValues.Parse(s) }

// String returns the method as written in JSON.
func (m Method) String() string { return string(m) }

// IsValid reports whether m is one of [Methods].
func (m Method) IsValid() bool { return methodValues.Valid(m) }

// MarshalText encodes the method; an invalid one is an error.
func (m Method) MarshalText() ([]byte, error) { return methodValues.Marshal(m) }

// UnmarshalText decodes a method; an unknown one is an error that quotes it.
func (m *Method) UnmarshalText(text []byte) error { return methodValues.Unmarshal(m, text) }

// WeaponKind says what sort of weapon a [Weapon] is. The zero WeaponKind is invalid.
type WeaponKind string

// The kinds of weapon.
const (
	WeaponMissile          WeaponKind = "missile"           // a missile of any type
	WeaponBallisticMissile WeaponKind = "ballistic_missile" // a ballistic missile
	WeaponCruiseMissile    WeaponKind = "cruise_missile"    // a cruise missile
	WeaponDrone            WeaponKind = "drone"             // an attack drone
	WeaponDecoyDrone       WeaponKind = "decoy_drone"       // a decoy drone
	WeaponRocket           WeaponKind = "rocket"            // an unguided rocket
	WeaponArtillery        WeaponKind = "artillery"         // artillery shells
	WeaponAerialBomb       WeaponKind = "aerial_bomb"       // a bomb dropped from the air
	WeaponIED              WeaponKind = "ied"               // an improvised explosive device
	WeaponFirearm          WeaponKind = "firearm"           // small arms
	WeaponOther            WeaponKind = "other"             // another weapon, named in Weapon.Name
)

var weaponKindValues = enum.New("event", "weapon kind", WeaponMissile, WeaponBallisticMissile, WeaponCruiseMissile, WeaponDrone, WeaponDecoyDrone, WeaponRocket, WeaponArtillery, WeaponAerialBomb, WeaponIED, WeaponFirearm, WeaponOther)

// WeaponKinds returns every WeaponKind.
func WeaponKinds() []WeaponKind { return weaponKindValues.Values() }

// ParseWeaponKind returns the WeaponKind spelled s, or an error that quotes s.
func ParseWeaponKind(s string) (WeaponKind, error) { return weaponKindValues.Parse(s) }

// String returns the weapon kind as written in JSON.
func (w WeaponKind) String() string { return string(w) }

// IsValid reports whether w is one of [WeaponKinds].
func (w WeaponKind) IsValid() bool { return weaponKindValues.Valid(w) }

// MarshalText encodes the weapon kind; an invalid one is an error.
func (w WeaponKind) MarshalText() ([]byte, error) { return weaponKindValues.Marshal(w) }

// UnmarshalText decodes a weapon kind; an unknown one is an error that quotes it.
func (w *WeaponKind) UnmarshalText(text []byte) error { return weaponKindValues.Unmarshal(w, text) }

// Hazard says what a [Disaster] is. The zero Hazard is invalid.
type Hazard string

// The hazards of a disaster.
const (
	HazardFlood              Hazard = "flood"
	HazardEarthquake         Hazard = "earthquake"
	HazardStorm              Hazard = "storm" // a storm, cyclone, hurricane or typhoon
	HazardWildfire           Hazard = "wildfire"
	HazardLandslide          Hazard = "landslide"
	HazardDrought            Hazard = "drought"
	HazardHeatwave           Hazard = "heatwave"
	HazardTsunami            Hazard = "tsunami"
	HazardVolcanicEruption   Hazard = "volcanic_eruption"
	HazardDamFailure         Hazard = "dam_failure"
	HazardIndustrialAccident Hazard = "industrial_accident"
	HazardTransportAccident  Hazard = "transport_accident"
	HazardBuildingCollapse   Hazard = "building_collapse"
	HazardExplosion          Hazard = "explosion" // an accidental explosion
	HazardEpidemic           Hazard = "epidemic"
	HazardFamine             Hazard = "famine"
	HazardOther              Hazard = "other"
)

var hazardValues = enum.New("event", "hazard", HazardFlood, HazardEarthquake, HazardStorm, HazardWildfire, HazardLandslide, HazardDrought, HazardHeatwave, HazardTsunami, HazardVolcanicEruption, HazardDamFailure, HazardIndustrialAccident, HazardTransportAccident, HazardBuildingCollapse, HazardExplosion, HazardEpidemic, HazardFamine, HazardOther)

// Hazards returns every Hazard.
func Hazards() []Hazard { return hazardValues.Values() }

// ParseHazard returns the Hazard spelled s, or an error that quotes s.
func ParseHazard(s string) (Hazard, error) { return hazardValues.Parse(s) }

// String returns the hazard as written in JSON.
func (h Hazard) String() string { return string(h) }

// IsValid reports whether h is one of [Hazards].
func (h Hazard) IsValid() bool { return hazardValues.Valid(h) }

// MarshalText encodes the hazard; an invalid one is an error.
func (h Hazard) MarshalText() ([]byte, error) { return hazardValues.Marshal(h) }

// UnmarshalText decodes a hazard; an unknown one is an error that quotes it.
func (h *Hazard) UnmarshalText(text []byte) error { return hazardValues.Unmarshal(h, text) }

// Change says what happens to an actor's role in a [RoleChange]. The zero Change is invalid.
type Change string

// The changes of role.
const (
	ChangeAppointed Change = "appointed"
	ChangeElected   Change = "elected"
	ChangeNominated Change = "nominated"
	ChangeResigned  Change = "resigned"
	ChangeDismissed Change = "dismissed"
	ChangeSuspended Change = "suspended"
	ChangeDied      Change = "died" // left the role by death
)

var changeValues = enum.New("event", "change", ChangeAppointed, ChangeElected, ChangeNominated, ChangeResigned, ChangeDismissed, ChangeSuspended, ChangeDied)

// Changes returns every Change.
func Changes() []Change { return changeValues.Values() }

// ParseChange returns the Change spelled s, or an error that quotes s.
func ParseChange(s string) (Change, error) { return changeValues.Parse(s) }

// String returns the change as written in JSON.
func (c Change) String() string { return string(c) }

// IsValid reports whether c is one of [Changes].
func (c Change) IsValid() bool { return changeValues.Valid(c) }

// MarshalText encodes the change; an invalid one is an error.
func (c Change) MarshalText() ([]byte, error) { return changeValues.Marshal(c) }

// UnmarshalText decodes a change; an unknown one is an error that quotes it.
func (c *Change) UnmarshalText(text []byte) error { return changeValues.Unmarshal(c, text) }

// Outcome says how a [Candidate] fared in an [Election]. The zero Outcome means not yet known.
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

// ParseOutcome returns the Outcome spelled s, or an error that quotes s.
func ParseOutcome(s string) (Outcome, error) { return outcomeValues.Parse(s) }

// String returns the outcome as written in JSON.
func (o Outcome) String() string { return string(o) }

// IsValid reports whether o is one of [Outcomes].
func (o Outcome) IsValid() bool { return outcomeValues.Valid(o) }

// MarshalText encodes the outcome; an invalid one is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeValues.Marshal(o) }

// UnmarshalText decodes an outcome; an unknown one is an error that quotes it.
func (o *Outcome) UnmarshalText(text []byte) error { return outcomeValues.Unmarshal(o, text) }
