package decgen

import (
	"fmt"
	"reflect"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// doc is the comment of every generated file.
const doc = `The decoders of the fast path (see internal/jsonx), generated from the
Go types by internal/decgen: go generate . in the module root rewrites
this file. The records' UnmarshalJSONFrom methods (json_v2.go) call
them on a decoder of the fast path; what they refuse, the slow path
decodes.`

// module is the import path of the module.
const module = "github.com/newsevent/newsevent"

// Files returns the generated files, by their path in the module.
func Files() (map[string][]byte, error) {
	floats := func(names ...string) []Local {
		var l []Local
		for _, n := range names {
			l = append(l, Local{JSON: n, Var: "got" + upper(n), Type: "float64", Read: "jsonx.ReadFloat(dec, %s)"})
		}
		return l
	}
	times := func(names ...string) []Local {
		var l []Local
		for _, n := range names {
			l = append(l, Local{JSON: n, Var: "got" + upper(n), Type: "time.Time", Read: "jsonx.ReadTime(dec, %s)"})
		}
		return l
	}
	kinds, err := gensrc.EventKinds("decgen")
	if err != nil {
		return nil, err
	}
	var events []Root
	for _, t := range kinds {
		// The kind comes first in an event's object, and must be that of
		// the type: Kind<Type> is its constant (a test of the event
		// package checks the names).
		events = append(events, Root{Type: t, Func: "decode" + t.Name(), Locals: []Local{
			{JSON: "kind", Check: "jsonx.ExpectString(dec, string(Kind" + t.Name() + "))"},
		}})
	}
	specs := []struct {
		file  string
		pkg   string
		imps  []string
		roots []Root
	}{
		{"source/decode_gen.go", "source", []string{"time"}, []Root{
			{Type: reflect.TypeFor[source.Source](), Func: "decodeSource"},
			{Type: reflect.TypeFor[source.Count](), Func: "decodeCount", Locals: floats("value", "min", "max"), Finish: "x.setNumbers(jsonx.If(has(gotValue), &gotValue), jsonx.If(has(gotMin), &gotMin), jsonx.If(has(gotMax), &gotMax))"},
			{Type: reflect.TypeFor[source.Time](), Func: "decodeTime", Locals: times("start", "end"), Finish: "x.setBounds(jsonx.If(has(gotStart), &gotStart), jsonx.If(has(gotEnd), &gotEnd))"},
		}},
		{"actor/decode_gen.go", "actor", []string{"time"}, []Root{
			{Type: reflect.TypeFor[actor.Actor](), Func: "decodeActor"},
			{Type: reflect.TypeFor[actor.Role](), Func: "decodeRole", Locals: times("from", "until"), Finish: "x.setDates(jsonx.If(has(gotFrom), &gotFrom), jsonx.If(has(gotUntil), &gotUntil))"},
		}},
		{"territory/decode_gen.go", "territory", nil, []Root{
			{Type: reflect.TypeFor[territory.Territory](), Func: "decodeTerritory"},
			{Type: reflect.TypeFor[territory.Status](), Func: "decodeStatus"},
			{Type: reflect.TypeFor[territory.Point](), Func: "decodePoint", Locals: floats("lat", "lon"), Finish: "x.setCoordinates(jsonx.If(has(gotLat), &gotLat), jsonx.If(has(gotLon), &gotLon))"},
		}},
		{"event/decode_gen.go", "event", nil, events},
		{"decode_gen.go", "newsevent", nil, []Root{
			{Type: reflect.TypeFor[newsevent.Identity](), Func: "decodeIdentity"},
		}},
	}
	out := map[string][]byte{}
	for _, s := range specs {
		path := module
		if s.pkg != "newsevent" {
			path += "/" + s.pkg
		}
		spec := Spec{Generator: "internal/decgen", Doc: doc, Constraint: "!newsevent_jsonv1", Package: s.pkg, PkgPath: path, Roots: s.roots, Imports: s.imps}
		data, err := Generate(spec)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.file, err)
		}
		out[s.file] = data
	}
	return out, nil
}
