package event

import (
	"github.com/newsevent/newsevent/internal/ident"
	"github.com/newsevent/newsevent/vocab"
)

// ID identifies an [Event]. It is a UUID: version 7 from [NewID] for
// records made at run time, version 5 from [IDFor] for records with a stable
// key. The zero ID means "no event" and is invalid where an event is
// required.
//
// ID is [vocab.EventID] under this package's name: see there why it is
// defined in vocab.
type ID = vocab.EventID

var namespace = ident.Namespace("event")

// NewID returns a new, random, time-ordered ID (UUID version 7).
func NewID() ID { return ID(ident.New()) }

// IDFor returns the ID derived from a stable key (UUID version 5 in the
// event namespace of this library): the same key always gives the same ID,
// so datasets rebuilt from the same keys keep their IDs.
func IDFor(key string) ID { return ID(ident.Key(namespace, key)) }

// ParseID reads an ID in the canonical UUID form.
func ParseID(s string) (ID, error) {
	u, err := ident.Parse("event", []byte(s))
	return ID(u), err
}
