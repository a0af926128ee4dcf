package territory

import (
	"github.com/google/uuid"

	"github.com/newsevent/newsevent/internal/ident"
	"github.com/newsevent/newsevent/vocab"
)

// ID identifies a [Territory]. It is a UUID: version 7 from [NewID] for
// records made at run time, version 5 from [IDFor] for records with a stable
// key. The zero ID means "no territory" and is invalid where a territory is
// required.
//
// ID is [vocab.TerritoryID] under this package's name: see there why it is
// defined in vocab.
type ID = vocab.TerritoryID

var namespace = ident.Namespace("territory")

// NewID returns a new, random, time-ordered ID (UUID version 7).
func NewID() ID { return ID(ident.New()) }

// IDFor returns the ID derived from a stable key (UUID version 5 in the
// territory namespace of this library): the same key always gives the same ID,
// so datasets rebuilt from the same keys keep their IDs.
func IDFor(key string) ID { return ID(ident.Key(namespace, key)) }

// ParseID reads an ID in the canonical UUID form.
func ParseID(s string) (ID, error) {
	u, err := ident.Parse("territory", []byte(s))
	return ID(u), err
}

// StatusID identifies a [Status]: a UUID like [ID], in a namespace of its
// own, so that a territory and a status made from the same key differ.
type StatusID uuid.UUID

var statusNamespace = ident.Namespace("territory status")

// NewStatusID returns a new, random, time-ordered StatusID (UUID version 7).
func NewStatusID() StatusID { return StatusID(ident.New()) }

// StatusIDFor returns the StatusID derived from a stable key (UUID version
// 5): the same key always gives the same ID.
func StatusIDFor(key string) StatusID { return StatusID(ident.Key(statusNamespace, key)) }

// ParseStatusID reads a StatusID in the canonical UUID form.
func ParseStatusID(s string) (StatusID, error) {
	u, err := ident.Parse("territory: status", []byte(s))
	return StatusID(u), err
}

// String returns the ID in the canonical UUID form.
func (id StatusID) String() string { return uuid.UUID(id).String() }

// IsZero reports whether id is the zero ID.
func (id StatusID) IsZero() bool { return id == StatusID{} }

// MarshalText encodes the ID in the canonical UUID form.
func (id StatusID) MarshalText() ([]byte, error) { return uuid.UUID(id).MarshalText() }

// UnmarshalText decodes an ID in the canonical UUID form.
func (id *StatusID) UnmarshalText(text []byte) error {
	u, err := ident.Parse("territory: status", text)
	*id = StatusID(u)
	return err
}
