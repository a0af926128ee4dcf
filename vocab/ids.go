package vocab

import (
	"github.com/google/uuid"

	"github.com/newsevent/newsevent/internal/ident"
)

// TerritoryID identifies a territory; package territory names it
// territory.ID and makes it (territory.IDFor, territory.NewID,
// territory.ParseID). It is defined here, below every package, so that
// the packages below territory can point to a place with a typed ID: a
// figure's scope in source ("outside the capital"), a source's dateline,
// the place of an actor's role ("mayor of Bakhmut"). The zero ID means "no
// territory".
type TerritoryID uuid.UUID

// String returns the ID in the canonical UUID form.
func (id TerritoryID) String() string { return uuid.UUID(id).String() }

// IsZero reports whether id is the zero ID.
func (id TerritoryID) IsZero() bool { return id == TerritoryID{} }

// MarshalText encodes the ID in the canonical UUID form.
func (id TerritoryID) MarshalText() ([]byte, error) { return uuid.UUID(id).MarshalText() }

// UnmarshalText decodes an ID in the canonical UUID form.
func (id *TerritoryID) UnmarshalText(text []byte) error {
	u, err := ident.Parse("territory", text)
	*id = TerritoryID(u)
	return err
}

// EventID identifies an event; package event names it event.ID and makes
// it (event.IDFor, event.NewID, event.ParseID). It is defined here, below
// every package, so that a territorial status can be anchored to an event
// with a typed ID ("from the withdrawal on"). The zero ID means "no
// event".
type EventID uuid.UUID

// String returns the ID in the canonical UUID form.
func (id EventID) String() string { return uuid.UUID(id).String() }

// IsZero reports whether id is the zero ID.
func (id EventID) IsZero() bool { return id == EventID{} }

// MarshalText encodes the ID in the canonical UUID form.
func (id EventID) MarshalText() ([]byte, error) { return uuid.UUID(id).MarshalText() }

// UnmarshalText decodes an ID in the canonical UUID form.
func (id *EventID) UnmarshalText(text []byte) error {
	u, err := ident.Parse("event", text)
	*id = EventID(u)
	return err
}
