package timeline

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/describe"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// fields writes the kind's own fields of an event that has no lines of its
// own in this writer, one line per field that is set, named as in JSON:
// "    hazard: flood". Figures are left out, at any depth (they have their
// lines under every event), and so are the header's fields. This is how a kind added
// to package event shows in a timeline without a change here.
func (p *printer) fields(e event.Event) {
	v := reflect.ValueOf(e)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous || !f.IsExported() || v.Field(i).IsZero() || holdsFigures(f.Type) {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		p.printf("    %s: %s\n", strings.ReplaceAll(name, "_", " "), p.value(v.Field(i)))
	}
}

var (
	countType       = reflect.TypeFor[source.Count]()
	timeType        = reflect.TypeFor[source.Time]()
	actorIDType     = reflect.TypeFor[actor.ID]()
	territoryIDType = reflect.TypeFor[territory.ID]()
	sourceIDType    = reflect.TypeFor[source.ID]()
	statusIDType    = reflect.TypeFor[territory.StatusID]()
	eventIDType     = reflect.TypeFor[event.ID]()
)

// holdsFigures reports whether a field is a figure or a list of them.
func holdsFigures(t reflect.Type) bool {
	return t == countType || (t.Kind() == reflect.Slice && t.Elem() == countType)
}

// value writes a field's value in words: references by the names of the
// records they point to, times with their phrases, lists joined by commas,
// structs as their set fields in braces (figures left out).
func (p *printer) value(v reflect.Value) string {
	switch v.Type() {
	case actorIDType:
		return p.Actor(v.Interface().(actor.ID))
	case territoryIDType:
		return p.Territory(v.Interface().(territory.ID))
	case sourceIDType:
		return p.Source(v.Interface().(source.ID))
	case statusIDType:
		return p.Status(v.Interface().(territory.StatusID))
	case eventIDType:
		return p.Event(v.Interface().(event.ID))
	case timeType:
		return describe.When(v.Interface().(source.Time))
	case countType:
		return p.Figure(v.Interface().(source.Count))
	}
	if st, ok := v.Interface().(fmt.Stringer); ok && v.Kind() == reflect.Struct {
		return st.String()
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = p.value(v.Index(i))
		}
		return strings.Join(parts, ", ")
	case reflect.Struct:
		var parts []string
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || v.Field(i).IsZero() || holdsFigures(f.Type) {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			parts = append(parts, name+" "+p.value(v.Field(i)))
		}
		return "{" + strings.Join(parts, "; ") + "}"
	}
	return fmt.Sprint(v.Interface())
}
