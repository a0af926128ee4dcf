package actor

import "github.com/newsevent/newsevent/internal/enum"

// Kind says what sort of actor an [Actor] is. The zero Kind is invalid.
type Kind string

// The kinds of actor.
const (
	KindPerson       Kind = "person"       // a human being
	KindState        Kind = "state"        // a country as an actor ("Russia", "the US")
	KindGovernment   Kind = "government"   // a government or administration ("the Trump administration")
	KindOrganisation Kind = "organisation" // an organisation, alliance, company, agency ("NATO", a general staff)
	KindArmedForce   Kind = "armed_force"  // an armed force or one of its branches ("Ukraine's air force")
	KindGroup        Kind = "group"        // a group without an organisation of its own ("Kyiv's European allies")
	KindMedia        Kind = "media"        // a news organisation ("Reuters")
)

var kinds = enum.New("actor", "kind", KindPerson, KindState, KindGovernment, KindOrganisation, KindArmedForce, KindGroup, KindMedia)

// Kinds returns every Kind.
func Kinds() []Kind { return kinds.Values() }

// ParseKind returns the Kind spelled s, or an error that quotes s.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// String returns the kind as written in JSON.
func (k Kind) String() string { return string(k) }

// IsValid reports whether k is one of [Kinds].
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// MarshalText encodes the kind; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a kind; an unknown kind is an error that quotes it.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.Unmarshal(k, text) }

// AliasKind says how an [Alias] stands for its actor. The zero AliasKind is
// invalid.
type AliasKind string

// The kinds of alias.
const (
	AliasOther        AliasKind = "alias"        // another name ("America" for the United States)
	AliasAbbreviation AliasKind = "abbreviation" // a short form ("US", "NATO")
	AliasMetonym      AliasKind = "metonym"      // a place or thing named for the actor ("Kyiv", "the Kremlin")
	AliasGivenName    AliasKind = "given_name"   // a person's first name used to address them ("Vladimir")
	AliasNickname     AliasKind = "nickname"     // an informal name
	AliasFormerName   AliasKind = "former_name"  // a name no longer in use
)

var aliasKinds = enum.New("actor", "alias kind", AliasOther, AliasAbbreviation, AliasMetonym, AliasGivenName, AliasNickname, AliasFormerName)

// AliasKinds returns every AliasKind.
func AliasKinds() []AliasKind { return aliasKinds.Values() }

// ParseAliasKind returns the AliasKind spelled s, or an error that quotes s.
func ParseAliasKind(s string) (AliasKind, error) { return aliasKinds.Parse(s) }

// String returns the alias kind as written in JSON.
func (k AliasKind) String() string { return string(k) }

// IsValid reports whether k is one of [AliasKinds].
func (k AliasKind) IsValid() bool { return aliasKinds.Valid(k) }

// MarshalText encodes the alias kind; an invalid one is an error.
func (k AliasKind) MarshalText() ([]byte, error) { return aliasKinds.Marshal(k) }

// UnmarshalText decodes an alias kind; an unknown one is an error that quotes it.
func (k *AliasKind) UnmarshalText(text []byte) error { return aliasKinds.Unmarshal(k, text) }
