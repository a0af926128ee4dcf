package clonegen

import (
	"fmt"
	"reflect"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// File is a generated file: its path in the module and its contents.
type File struct {
	// Path is the file's path from the module root.
	Path string
	// Data is the gofmt-ed Go source.
	Data []byte
}

// doc is the comment of every generated file.
const doc = `The typed deep copies of this package's records, registered with
internal/clone (clone.Of uses them), generated from the Go types by
internal/clonegen: go generate . in the module root rewrites this file.
Under the build tag clonegen it is left out and clone.Of copies by
reflection, so that the generator builds even when this file no longer
compiles.`

// Files returns the clone_gen.go file of every package of records: actor,
// territory, source, event (every kind, and event.Event by a type switch)
// and the root package (identities and records).
func Files() ([]File, error) {
	const module = "github.com/newsevent/newsevent"
	spec := func(pkg string, roots ...reflect.Type) Spec {
		path := module
		if pkg != "newsevent" {
			path += "/" + pkg
		}
		return Spec{
			Generator:  "internal/clonegen",
			Doc:        doc,
			Constraint: "!clonegen",
			Package:    pkg,
			PkgPath:    path,
			Roots:      roots,
		}
	}
	ev := spec("event", reflect.TypeFor[event.Header](), reflect.TypeFor[event.Link]())
	d := Dispatch{Interface: reflect.TypeFor[event.Event]()}
	kinds, err := gensrc.EventKinds("clonegen")
	if err != nil {
		return nil, err
	}
	for _, t := range kinds {
		ev.Roots = append(ev.Roots, t)
		d.Cases = append(d.Cases, reflect.PointerTo(t))
	}
	ev.Dispatches = []Dispatch{d}

	root := spec("newsevent", reflect.TypeFor[newsevent.Identity]())
	rec := Dispatch{Interface: reflect.TypeFor[newsevent.Record]()}
	for _, t := range []reflect.Type{
		reflect.TypeFor[newsevent.ActorRecord](),
		reflect.TypeFor[newsevent.TerritoryRecord](),
		reflect.TypeFor[newsevent.SourceRecord](),
		reflect.TypeFor[newsevent.StatusRecord](),
		reflect.TypeFor[newsevent.EventRecord](),
		reflect.TypeFor[newsevent.IdentityRecord](),
	} {
		rec.Cases = append(rec.Cases, t, reflect.PointerTo(t))
	}
	root.Dispatches = []Dispatch{rec}

	specs := []struct {
		path string
		spec Spec
	}{
		{"actor/clone_gen.go", spec("actor", reflect.TypeFor[actor.Actor]())},
		{"territory/clone_gen.go", spec("territory", reflect.TypeFor[territory.Territory](), reflect.TypeFor[territory.Status]())},
		{"source/clone_gen.go", spec("source", reflect.TypeFor[source.Source](), reflect.TypeFor[source.Count](), reflect.TypeFor[source.Quote]())},
		{"event/clone_gen.go", ev},
		{"clone_gen.go", root},
	}
	out := make([]File, 0, len(specs))
	for _, s := range specs {
		data, err := Generate(s.spec)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.path, err)
		}
		out = append(out, File{Path: s.path, Data: data})
	}
	return out, nil
}
