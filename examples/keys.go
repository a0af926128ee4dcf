package examples

import (
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/ident"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// The namespaces of the record types' IDs, those of actor.IDFor and its
// siblings: a Keys derives the ID of its prefix and a census ID as IDFor
// of the two joined would (TestKeysAsIDFor), without making the joined
// string.
var (
	actorSpace     = ident.Namespace("actor")
	territorySpace = ident.Namespace("territory")
	sourceSpace    = ident.Namespace("source")
	statusSpace    = ident.Namespace("territory status")
	eventSpace     = ident.Namespace("event")
	identitySpace  = ident.Namespace("identity")
)

// Keys derives the IDs of one sample story's records from their census
// IDs ("A4", "E10"), the same on every call (UUID version 5 of the key and
// the census ID): two samples with their own Keys never share an ID, and a
// user's own "A1" never meets a sample's. The worked article's IDs come
// from [ActorID] and its siblings; every other sample has a Keys
// constant.
type Keys string

// Actor returns the ID of the sample's actor with this census ID.
func (k Keys) Actor(census string) actor.ID {
	return actor.ID(ident.KeyJoin(actorSpace, string(k), census))
}

// Territory returns the ID of the sample's territory with this census ID.
func (k Keys) Territory(census string) territory.ID {
	return territory.ID(ident.KeyJoin(territorySpace, string(k), census))
}

// Source returns the ID of the sample's source with this census ID.
func (k Keys) Source(census string) source.ID {
	return source.ID(ident.KeyJoin(sourceSpace, string(k), census))
}

// Status returns the ID of the sample's territorial status with this
// census ID.
func (k Keys) Status(census string) territory.StatusID {
	return territory.StatusID(ident.KeyJoin(statusSpace, string(k), census))
}

// Event returns the ID of the sample's event with this census ID.
func (k Keys) Event(census string) event.ID {
	return event.ID(ident.KeyJoin(eventSpace, string(k), census))
}

// Identity returns the ID of the sample's identity claim with this census
// ID.
func (k Keys) Identity(census string) newsevent.IdentityID {
	return newsevent.IdentityID(ident.KeyJoin(identitySpace, string(k), census))
}

// ID returns the ID of the record with this census ID, by its prefix: A
// for an actor, T a territory, S a source, TS a status, E an event, I an
// identity claim; the zero UUID for any other prefix (the items that live
// inside records, such as figures F and quotes Q, have no ID).
func (k Keys) ID(census string) uuid.UUID {
	switch {
	case strings.HasPrefix(census, "TS"):
		return uuid.UUID(k.Status(census))
	case strings.HasPrefix(census, "A"):
		return uuid.UUID(k.Actor(census))
	case strings.HasPrefix(census, "T"):
		return uuid.UUID(k.Territory(census))
	case strings.HasPrefix(census, "S"):
		return uuid.UUID(k.Source(census))
	case strings.HasPrefix(census, "E"):
		return uuid.UUID(k.Event(census))
	case strings.HasPrefix(census, "I"):
		return uuid.UUID(k.Identity(census))
	}
	return uuid.UUID{}
}

// Labels returns the function that gives the census ID of a record of the
// sample from its ID, for the census IDs given (a sample's census list):
// the Label option of format/timeline and format/dot. An ID of no census
// record gives "".
func (k Keys) Labels(census []string) func(uuid.UUID) string {
	m := make(map[uuid.UUID]string, len(census))
	for _, c := range census {
		if id := k.ID(c); id != (uuid.UUID{}) {
			m[id] = c
		}
	}
	return func(id uuid.UUID) string { return m[id] }
}
