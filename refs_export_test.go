package newsevent

import (
	"reflect"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
)

// RefVisit is one visit of a walk of a record's references, for the
// tests of the typed walks: the target (its index in refTargets), the
// address of the value visited and its path.
type RefVisit struct {
	Target int
	Addr   uintptr
	Path   string
}

// refRecorder is a refVisitor that records the visits.
type refRecorder []RefVisit

func (r *refRecorder) onRef(to recordType, id *uuid.UUID, at *walk.Path) {
	*r = append(*r, RefVisit{int(to), reflect.ValueOf(id).Pointer(), at.String("rec")})
}

func (r *refRecorder) onCount(n *source.Count, at *walk.Path) {
	*r = append(*r, RefVisit{int(targetCount), reflect.ValueOf(n).Pointer(), at.String("rec")})
}

func (r *refRecorder) onTime(t *event.ReportedTime, at *walk.Path) {
	*r = append(*r, RefVisit{int(targetTime), reflect.ValueOf(t).Pointer(), at.String("rec")})
}

// RefWalks walks one record twice, with the typed walk the Checker uses
// and with the reflection walker refPlan (without the record's own ID,
// which the Checker skips), and returns both lists of visits. A record
// of a type the typed walks do not know returns ok false.
func RefWalks(rec Record) (typed, reflected []RefVisit, ok bool) {
	var r refRecorder
	var at walk.Path
	var ptr any
	switch rec := deref(rec).(type) {
	case ActorRecord:
		ptr = &rec.Actor
		refsActor(&rec.Actor, &r, &at)
	case TerritoryRecord:
		ptr = &rec.Territory
		refsTerritory(&rec.Territory, &r, &at)
	case SourceRecord:
		ptr = &rec.Source
		refsSource(&rec.Source, &r, &at)
	case StatusRecord:
		ptr = &rec.Status
		refsStatus(&rec.Status, &r, &at)
	case IdentityRecord:
		ptr = &rec.Identity
		refsIdentity(&rec.Identity, &r, &at)
	case EventRecord:
		ptr = rec.Event
		if !refsEvent(rec.Event, &r, &at) {
			return nil, nil, false
		}
	default:
		return nil, nil, false
	}
	refPlan.Walk(ptr, func(target int, v reflect.Value, at *walk.Path) {
		if target < int(targetCount) && at.IsField("id") {
			return
		}
		reflected = append(reflected, RefVisit{target, v.Addr().Pointer(), at.String("rec")})
	})
	return r, reflected, true
}

// refCounter is a refVisitor that counts the visits.
type refCounter int

func (r *refCounter) onRef(recordType, *uuid.UUID, *walk.Path) { *r++ }
func (r *refCounter) onCount(*source.Count, *walk.Path)        { *r++ }
func (r *refCounter) onTime(*event.ReportedTime, *walk.Path)   { *r++ }

// countPath is the path CountRefs reuses, as the Checker does.
var countPath walk.Path

// CountRefs walks an event with the typed walk, or with reflectRefs when
// typed is false, and returns how many values it visited.
func CountRefs(e event.Event, typed bool) int {
	var n refCounter
	countPath.Reset()
	if typed {
		refsEvent(e, &n, &countPath)
	} else {
		reflectRefs(e, &n, &countPath)
	}
	return int(n)
}

// RulesHold is the generated quick check of a record's own rules
// (rules_gen.go), for the differential tests of rules_test.go.
var RulesHold = rulesHold
