// Package ident makes and parses the UUIDs behind the typed IDs of
// newsevent (actor.ID, source.ID, territory.ID, territory.StatusID,
// event.ID).
package ident

import (
	"crypto/sha1"
	"fmt"

	"github.com/newsevent/newsevent/internal/excerpt"

	"github.com/google/uuid"
)

// Root is the namespace of this library: the version 5 UUID of the URL
// "https://github.com/newsevent/newsevent" in the RFC 9562 URL namespace.
// Each record type has a namespace of its own under it ([Namespace]).
var Root = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/newsevent/newsevent"))

// Namespace returns the namespace of one record type ("actor",
// "territory", ...): the version 5 UUID of that name in [Root]. The same
// key gives different IDs for different record types.
func Namespace(recordType string) uuid.UUID {
	return uuid.NewSHA1(Root, []byte(recordType))
}

// New returns a new version 7 UUID (time-ordered, random). It panics only
// if the system's random source fails, which crypto/rand no longer reports
// as an error.
func New() uuid.UUID {
	return uuid.Must(uuid.NewV7())
}

// Key returns the version 5 UUID of key in namespace: the same key always
// gives the same UUID, that of uuid.NewSHA1(namespace, []byte(key)).
// Short keys are hashed from a buffer on the stack, so that deriving an ID
// allocates nothing.
func Key(namespace uuid.UUID, key string) uuid.UUID { return KeyJoin(namespace, "", key) }

// KeyJoin is Key of prefix+key, without making that string: a caller that
// namespaces its keys with a prefix ("newsevent/examples/…/" and a census
// ID) derives its IDs without allocating.
func KeyJoin(namespace uuid.UUID, prefix, key string) uuid.UUID {
	var buf [128]byte
	var sum [sha1.Size]byte
	if len(prefix)+len(key) <= len(buf)-len(namespace) {
		b := append(append(append(buf[:0], namespace[:]...), prefix...), key...)
		sum = sha1.Sum(b)
	} else {
		h := sha1.New()
		h.Write(namespace[:])
		h.Write([]byte(prefix))
		h.Write([]byte(key))
		h.Sum(sum[:0])
	}
	var u uuid.UUID
	copy(u[:], sum[:])
	u[6] = u[6]&0x0f | 5<<4 // version 5 (RFC 9562, section 5.5)
	u[8] = u[8]&0x3f | 0x80 // the RFC's variant
	return u
}

// Parse reads a UUID in its canonical 36-character form
// (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); the error starts with scope.
func Parse(scope string, text []byte) (uuid.UUID, error) {
	if len(text) != 36 {
		return uuid.UUID{}, fmt.Errorf("%s: invalid ID %s: want 36 characters like 0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e", scope, excerpt.Quote(string(text)))
	}
	u, err := uuid.ParseBytes(text)
	if err != nil {
		return uuid.UUID{}, fmt.Errorf("%s: invalid ID %q: %w", scope, text, err)
	}
	return u, nil
}
