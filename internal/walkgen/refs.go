package walkgen

import (
	"reflect"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// RefsFile is the path in the module of the file that [Refs] writes.
const RefsFile = "refs_gen.go"

// Refs returns the Go source of refs_gen.go in the root package: the
// typed walks of the Checker's reference checks. They visit what the
// root package's refPlan (a reflection walker) visits, in the same
// order and with the same paths: every typed ID (actor, territory,
// source, status, event, identity claim) but the record's own, every
// source.Count and every event.ReportedTime, in every record type and
// every event kind.
func Refs() ([]byte, error) {
	id := func(t reflect.Type, recordType string) Target {
		return Target{Type: t, Call: "v.onRef(" + recordType + ", (*uuid.UUID)(%s), at)", ID: true}
	}
	spec := Spec{
		Generator:  "internal/walkgen",
		Doc:        "The typed walks of the Checker's reference checks (see refs.go), generated\nfrom the Go types by internal/walkgen: go generate . rewrites this file.\nUnder the build tag walkgen, refs_reflect.go stands in for it, so that\nthe generator builds even when this file no longer compiles.",
		Constraint: "!walkgen",
		Package:    "newsevent",
		PkgPath:    "github.com/newsevent/newsevent",
		Visitor:    "refVisitor",
		Imports:    []string{"github.com/google/uuid"},
		Targets: []Target{
			id(reflect.TypeFor[actor.ID](), "typeActor"),
			id(reflect.TypeFor[territory.ID](), "typeTerritory"),
			id(reflect.TypeFor[source.ID](), "typeSource"),
			id(reflect.TypeFor[territory.StatusID](), "typeStatus"),
			id(reflect.TypeFor[event.ID](), "typeEvent"),
			id(reflect.TypeFor[newsevent.IdentityID](), "typeIdentity"),
			{Type: reflect.TypeFor[source.Count](), Call: "v.onCount(%s, at)"},
			{Type: reflect.TypeFor[event.ReportedTime](), Call: "v.onTime(%s, at)"},
		},
		Roots: []Root{
			{Type: reflect.TypeFor[actor.Actor](), Func: "refsActor"},
			{Type: reflect.TypeFor[territory.Territory](), Func: "refsTerritory"},
			{Type: reflect.TypeFor[source.Source](), Func: "refsSource"},
			{Type: reflect.TypeFor[territory.Status](), Func: "refsStatus"},
			{Type: reflect.TypeFor[newsevent.Identity](), Func: "refsIdentity"},
		},
	}
	d := Dispatch{Interface: reflect.TypeFor[event.Event](), Func: "refsEvent"}
	kinds, err := gensrc.EventKinds("walkgen")
	if err != nil {
		return nil, err
	}
	for _, t := range kinds {
		d.Roots = append(d.Roots, Root{Type: t, Func: "refsEvent" + t.Name()})
	}
	spec.Dispatches = []Dispatch{d}
	return Generate(spec)
}
