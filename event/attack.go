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

// KindAttack is the kind of an [Attack].
const KindAttack Kind = "attack"

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
	Text string `json:"text,omitempty" validate:"trimmed,text"`
}

// Weapon is a weapon used in an attack, with how many.
type Weapon struct {
	// Kinds are what the weapon is; a figure covering several kinds ("103
	// Shahed and decoy drones") lists them all; at least one.
	Kinds []WeaponKind `json:"kinds" validate:"min=1,dive,enum"`
	// Name is the named type, where given ("Shahed").
	Name string `json:"name,omitempty" validate:"trimmed,text"`
	// Count is how many, as reported.
	Count source.Count `json:"count,omitzero" validate:"omitzero"`
	// Text is the weapon as written ("attack drones").
	Text string `json:"text,omitempty" validate:"trimmed,text"`
}

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

// ParseMethod returns the Method spelled s, or a *[vocab.UnknownError].
func ParseMethod(s string) (Method, error) { return methodValues.Parse(s) }

// String returns the method as written in JSON.
func (m Method) String() string { return string(m) }

// IsValid reports whether m is one of [Methods].
func (m Method) IsValid() bool { return methodValues.Valid(m) }

// MarshalText encodes the method; an invalid one is an error.
func (m Method) MarshalText() ([]byte, error) { return methodValues.Marshal(m) }

// UnmarshalText decodes a method; an unknown one is a *[vocab.UnknownError].
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

// ParseWeaponKind returns the WeaponKind spelled s, or a *[vocab.UnknownError].
func ParseWeaponKind(s string) (WeaponKind, error) { return weaponKindValues.Parse(s) }

// String returns the weapon kind as written in JSON.
func (w WeaponKind) String() string { return string(w) }

// IsValid reports whether w is one of [WeaponKinds].
func (w WeaponKind) IsValid() bool { return weaponKindValues.Valid(w) }

// MarshalText encodes the weapon kind; an invalid one is an error.
func (w WeaponKind) MarshalText() ([]byte, error) { return weaponKindValues.Marshal(w) }

// UnmarshalText decodes a weapon kind; an unknown one is a *[vocab.UnknownError].
func (w *WeaponKind) UnmarshalText(text []byte) error { return weaponKindValues.Unmarshal(w, text) }

var _ Event = (*Attack)(nil)

func (*Attack) isEvent() {}

// Kind returns [KindAttack].
func (*Attack) Kind() Kind { return KindAttack }

// Participants lists the attacker, targeted actors and those blamed or
// blaming.
func (a *Attack) Participants() []Participant {
	var p participants
	p.add(RoleAttacker, a.Attacker)
	for _, t := range a.Targets {
		p.add(RoleTarget, t.Actor)
	}
	p.claims(a.Responsibility)
	return a.named(p)
}

// AllPlaces returns the header's places and the targeted places.
func (a *Attack) AllPlaces() []territory.ID {
	more := make([]territory.ID, 0, len(a.Targets))
	for _, t := range a.Targets {
		more = append(more, t.Territory)
	}
	return a.places(more...)
}

// AllLinks returns the header's links.
func (a *Attack) AllLinks() []Link { return a.links() }

// methodCodes maps each method to its CAMEO code.
var methodCodes = map[Method]string{
	MethodAirStrike:       "195",
	MethodMissileStrike:   "195",
	MethodDroneStrike:     "1952",
	MethodShelling:        "194",
	MethodGroundAssault:   "190",
	MethodShooting:        "193",
	MethodBombing:         "183",
	MethodCarBombing:      "1832",
	MethodSuicideBombing:  "1831",
	MethodRoadsideBombing: "1833",
	MethodPhysicalAssault: "182",
	MethodAbduction:       "181",
}

// Codes derives the CAMEO code from the attack: 186 for a targeted killing
// that killed (an actual, undenied figure of the killed family above 0;
// 185 when no one is reported killed); otherwise the code of
// its method (a drone strike 1952, a car bombing 1832, shelling 194); for
// several methods the code they share, such as 195 for missile and drone
// strikes together, or 190 (conventional military force) when they share
// none or none is given.
func (a *Attack) Codes() Codes {
	if a.Targeted {
		for _, c := range a.Casualties {
			if c.Family() == source.MeasureKilled && c.Usable() && c.Conservative() > 0 {
				return codesFor("186")
			}
		}
		return codesFor("185")
	}
	code := ""
	for _, m := range a.Methods {
		c := methodCodes[m]
		switch {
		case code == "" || code == c:
			code = c
		case sharesPrefix(code, c, 3):
			code = code[:3]
		case sharesPrefix(code, c, 2):
			code = code[:2] + "0"
		default:
			code = "190"
		}
	}
	if code == "" {
		code = "190"
	}
	return codesFor(code)
}

func sharesPrefix(a, b string, n int) bool {
	return len(a) >= n && len(b) >= n && a[:n] == b[:n]
}

// Validate checks the attack; see [Event].
func (a *Attack) Validate() error { return check(a) }

func init() {
	validate.RegisterStruct(checkAttack, Attack{})
	validate.RegisterStruct(checkTarget, Target{})
}

func checkAttack(sl validator.StructLevel) {
	a := validate.Current[Attack](sl)
	if a.Attacker.IsZero() {
		return
	}
	for i, t := range a.Targets {
		if t.Actor == a.Attacker {
			validate.Report(sl, t.Actor, validate.Index("targets", i)+".actor", vocab.RuleSelf, "the attacker cannot be its own target")
		}
	}
}

func checkTarget(sl validator.StructLevel) {
	t := validate.Current[Target](sl)
	if t.Territory.IsZero() && t.Actor.IsZero() {
		validate.Report(sl, t.Territory, "territory", vocab.RuleRequired, "is required, or an actor")
	}
}

type plainAttack Attack

// MarshalJSON encodes the attack with "kind":"attack" first.
func (a Attack) MarshalJSON() ([]byte, error) { return a.appendJSON(nil) }

// appendJSON appends the JSON form of the attack to b; see [appendEventJSON].
func (a *Attack) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindAttack, &a.Header, (*plainAttack)(a))
}

// UnmarshalJSON decodes an attack; see [Meeting.UnmarshalJSON].
func (a *Attack) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainAttack
	}{plainAttack: (*plainAttack)(a)}
	return decodeKind(data, KindAttack, a, &w, &w.kindField)
}

// AttackBuilder builds an [Attack]; start one with [NewAttack].
type AttackBuilder struct{ e Attack }

// NewAttack starts a builder of an attack with its header; see
// [NewMeeting] for the contract of every event builder.
func NewAttack(h Header) *AttackBuilder { return &AttackBuilder{Attack{Header: clone.Of(h)}} }

// Attacker sets the attacker as the report states it.
func (b *AttackBuilder) Attacker(id actor.ID) *AttackBuilder { b.e.Attacker = id; return b }

// Targets adds targets: places, actors, the words.
func (b *AttackBuilder) Targets(t ...Target) *AttackBuilder {
	b.e.Targets = append(b.e.Targets, t...)
	return b
}

// TargetPlaces adds a target for each place attacked, with no actor and
// no words.
func (b *AttackBuilder) TargetPlaces(places ...territory.ID) *AttackBuilder {
	for _, p := range places {
		b.e.Targets = append(b.e.Targets, Target{Territory: p})
	}
	return b
}

// Methods adds the methods of attack.
func (b *AttackBuilder) Methods(m ...Method) *AttackBuilder {
	b.e.Methods = append(b.e.Methods, m...)
	return b
}

// Targeted marks a targeted killing (an assassination, or an attempt).
func (b *AttackBuilder) Targeted() *AttackBuilder { b.e.Targeted = true; return b }

// Weapons adds weapons with their counts.
func (b *AttackBuilder) Weapons(w ...Weapon) *AttackBuilder {
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

// Build returns the attack, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *AttackBuilder) Build() (*Attack, error) { return build(&b.e) }
