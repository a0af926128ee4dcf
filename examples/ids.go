package examples

import (
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// keyPrefix namespaces the census IDs of the article, so that "A1" here
// never gives the ID of a user's own "A1".
const keyPrefix = "newsevent/examples/000_686a018f731943a1/"

// articleKeys derives the article's IDs as every sample's Keys does.
const articleKeys = Keys(keyPrefix)

// ActorID returns the ID of the article's actor with this census ID ("A4"
// for Zelenskyy), derived from it (UUID version 5): the same census ID
// always gives the same ID.
func ActorID(census string) actor.ID { return articleKeys.Actor(census) }

// TerritoryID returns the ID of the article's territory with this census
// ID ("T7" for Kyiv).
func TerritoryID(census string) territory.ID { return articleKeys.Territory(census) }

// SourceID returns the ID of the article's source with this census ID
// ("S9" for Zelenskyy's post on X).
func SourceID(census string) source.ID { return articleKeys.Source(census) }

// StatusID returns the ID of the article's territorial status with this
// census ID ("TS3" for the proposed de jure recognition of Crimea).
func StatusID(census string) territory.StatusID { return articleKeys.Status(census) }

// EventID returns the ID of the article's event with this census ID ("E1"
// for the Witkoff–Putin meeting).
func EventID(census string) event.ID { return articleKeys.Event(census) }
