package newsevent

import (
	"reflect"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// The references inside a record are found by the walker that
// event.Figures uses too (internal/walk): every field of an ID type other
// than the record's own ID, and every source.Count (for the refs that
// figures revise). New fields are checked without new code.

// refTargets are the types the walker looks for; the index of each ID type
// is its record type (refTargets[typeActor] is actor.ID), and the figure
// comes after them.
var refTargets = [...]reflect.Type{
	typeActor:     reflect.TypeFor[actor.ID](),
	typeTerritory: reflect.TypeFor[territory.ID](),
	typeSource:    reflect.TypeFor[source.ID](),
	typeStatus:    reflect.TypeFor[territory.StatusID](),
	typeEvent:     reflect.TypeFor[event.ID](),
	typeIdentity:  reflect.TypeFor[IdentityID](),
	targetCount:   reflect.TypeFor[source.Count](),
	targetTime:    reflect.TypeFor[event.ReportedTime](),
}

// targetCount and targetTime are the indexes of source.Count and
// event.ReportedTime among refTargets.
const (
	targetCount = typeIdentity + 1
	targetTime  = typeIdentity + 2
)

var refPlan = walk.New(refTargets[:]...)

// ref is a reference found in a record.
type ref struct {
	to recordType
	id uuid.UUID
}
