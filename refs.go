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

//go:generate go run -tags clonegen,walkgen ./internal/clonegen/generate
//go:generate go run -tags walkgen ./internal/walkgen/generate
//go:generate go run -tags encgen ./internal/encgen/generate
//go:generate go run -tags valgen ./internal/valgen/generate
//go:generate go run -tags newsevent_jsonv1 ./internal/decgen/generate

// The references inside a record are every field of an ID type other
// than the record's own ID, every source.Count (for the refs that figures
// revise) and every event.ReportedTime. Two walks find them:
//
//   - refPlan, the reflection walker that event.Figures uses too
//     (internal/walk), for Merge and the change indexes;
//   - for the Checker, typed walks generated from the same types by
//     internal/walkgen into refs_gen.go (refsActor, refsEvent, …): no
//     reflection, and no allocation but the path's storage, which the
//     Checker reuses. A test fails while refs_gen.go is stale (go
//     generate . rewrites it), and another proves that the two walks visit
//     the same values with the same paths in the same order.
//
// New fields are checked without new code, once go generate has run.

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

// refVisitor is what a typed walk of a record calls: onRef for a typed ID
// (to is its record type, id points into the record), onCount for a
// figure and onTime for a reported time, each with the path to it.
type refVisitor interface {
	onRef(to recordType, id *uuid.UUID, at *walk.Path)
	onCount(n *source.Count, at *walk.Path)
	onTime(t *event.ReportedTime, at *walk.Path)
}

// reflectRefs walks rec, a pointer to a record or an event, with refPlan
// and calls v as the typed walks do: the record's own ID is skipped, and
// onRef gets a copy of the ID. It stands in for the typed walks under the
// build tag walkgen and for an event kind refsEvent does not know.
func reflectRefs(rec any, v refVisitor, _ *walk.Path) {
	refPlan.Walk(rec, func(target int, val reflect.Value, at *walk.Path) {
		switch target {
		case int(targetCount):
			v.onCount(val.Addr().Interface().(*source.Count), at)
		case int(targetTime):
			v.onTime(val.Addr().Interface().(*event.ReportedTime), at)
		default:
			if at.IsField("id") {
				return
			}
			var id uuid.UUID
			copy(id[:], val.Bytes())
			v.onRef(recordType(target), &id, at)
		}
	})
}

// ref is a reference found in a record.
type ref struct {
	to recordType
	id uuid.UUID
}
