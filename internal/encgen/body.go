package encgen

import (
	"reflect"

	"github.com/newsevent/newsevent/internal/gensrc"
	"github.com/newsevent/newsevent/source"
)

// BodyFile is the path in the module of the file that [Body] writes.
const BodyFile = "event/body_json_gen.go"

// Body returns the Go source of event/body_json_gen.go: the encoder of
// the event header's fields and those of the own fields of every event
// kind (every field but the embedded header), which appendEventJSON calls
// after writing the kind.
func Body() ([]byte, error) {
	spec := Spec{
		Generator: "internal/encgen",
		Doc: `The encoders of the event header and of the kinds' own fields (see
header_json.go), generated from the Go types by internal/encgen: go
generate . in the module root rewrites this file. Under the build tag
encgen it is left out and every event is encoded whole through
encoding/json, so that the generator builds even when this file no
longer compiles.`,
		Constraint: "!encgen",
		Package:    "event",
		PkgPath:    "github.com/newsevent/newsevent/event",
		Known: []Known{
			{Type: reflect.TypeFor[source.Count](), Append: "jsonw.Source.Count(%[1]s, %[2]s)"},
			{Type: reflect.TypeFor[source.Time](), Append: "jsonw.Source.Time(%[1]s, %[2]s)"},
			{Type: reflect.TypeFor[[]source.Attribution](), Append: "appendAttributions(%[1]s, %[3]s)"},
		},
		Dispatch: "appendBodyJSON",
		Register: "appendBody",
	}
	kinds, err := gensrc.EventKinds("encgen")
	if err != nil {
		return nil, err
	}
	for _, t := range kinds {
		spec.Roots = append(spec.Roots, Root{Type: t, Plain: "plain" + t.Name()})
	}
	if len(kinds) > 0 { // the header, which every kind embeds first
		spec.Members = []Members{{Type: kinds[0].Field(0).Type, Func: "appendHeaderJSON", Register: "appendHead"}}
	}
	return Generate(spec)
}
