package synth_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

func TestGenEveryKind(t *testing.T) {
	s := synth.Story(len(event.Kinds()), 1)
	got := map[event.Kind]int{}
	for _, e := range s.Events() {
		got[e.Kind()]++
	}
	for _, k := range event.Kinds() {
		assert.Positive(t, got[k], "no %s in a story of one event per kind", k)
	}
}

// TestGenShape checks the proportions and the nesting the package doc
// promises, on a story large enough for them to show, and that the story
// is valid and uses every field and value of the model.
func TestGenShape(t *testing.T) {
	s := synth.New(synth.Options{Events: 2000, Seed: 3, Identities: true})
	require.NoError(t, s.Validate())
	assertEveryField(t, s)
	kinds := map[event.Kind]int{}
	for _, e := range s.Events() {
		kinds[e.Kind()]++
	}
	assert.Greater(t, kinds[event.KindAttack], kinds[event.KindMeeting], "more attacks than meetings")
	assert.Greater(t, kinds[event.KindStatement], kinds[event.KindProposal], "more statements than proposals")
	assert.Greater(t, kinds[event.KindMeeting], kinds[event.KindElection])

	depth := 0
	for _, src := range s.Sources() {
		depth = max(depth, len(s.Chain(src.ID))-1)
	}
	assert.Equal(t, 3, depth, "relay chains go three deep")

	standings := map[territory.Standing]bool{}
	for _, st := range s.Statuses() {
		standings[st.Standing] = true
	}
	assert.Len(t, standings, len(territory.Standings()))

	qualifiers := map[source.Qualifier]bool{}
	for _, e := range s.Events() {
		if a, ok := e.(*event.Attack); ok {
			for _, c := range a.Casualties {
				qualifiers[c.Qualifier] = true
			}
		}
	}
	assert.GreaterOrEqual(t, len(qualifiers), 6, "casualty figures use many qualifiers")

	kindsOfPlace := map[territory.Kind]bool{}
	unnamed := 0
	for _, tr := range s.Territories() {
		kindsOfPlace[tr.Kind] = true
		if tr.Name == "" {
			unnamed++
		}
	}
	assert.Len(t, kindsOfPlace, len(territory.Kinds()))
	assert.Positive(t, unnamed)
}

// assertEveryField checks that s sets every exported field of every
// struct of the model at least once, and uses every value of its closed
// sets, so that a field or value added to the model and forgotten by the
// generator fails here. A struct type the story never reaches is caught
// by the field that holds it, which is then never set.
func assertEveryField(t *testing.T, s *newsevent.Story) {
	t.Helper()
	c := newCensus()
	c.story(s)
	require.NotEmpty(t, c.fields)
	for typ, fields := range c.fields {
		for name, n := range fields {
			assert.Positive(t, n, "no generated %s sets %s", typ, name)
		}
	}

	everyValue(t, c, event.LinkTypes())
	everyValue(t, c, event.Changes())
	everyValue(t, c, event.Stages())
	everyValue(t, c, event.Statuses())
	everyValue(t, c, event.ClauseKinds())
	everyValue(t, c, event.Outcomes())
	everyValue(t, c, event.Hazards())
	everyValue(t, c, source.Magnitudes())
	everyValue(t, c, source.Modalities())
	everyValue(t, c, source.Qualifiers())
	everyValue(t, c, source.Kinds())
	everyValue(t, c, newsevent.IdentityRelations())
	everyValue(t, c, territory.Kinds())
	everyValue(t, c, territory.Relations())
	everyValue(t, c, territory.Standings())
	everyValue(t, c, territory.Extents())
}

// TestGenIdentities checks that identity claims change nothing else:
// the story has the same other records with and without them, and each
// claim is about an actor the reports do not name.
func TestGenIdentities(t *testing.T) {
	plain := synth.Story(300, 5)
	with := synth.New(synth.Options{Events: 300, Seed: 5, Identities: true})
	require.NoError(t, with.Validate())
	assert.Zero(t, plain.Counts().Identities)
	require.Positive(t, with.Counts().Identities)
	assert.Equal(t, plain.Actors(), with.Actors())
	assert.Equal(t, plain.Sources(), with.Sources())
	assert.Equal(t, plain.Events(), with.Events())
	for _, id := range with.Identities() {
		a, ok := with.Actor(id.Actor)
		require.True(t, ok)
		assert.Empty(t, a.Name, "identity %s is about a named actor", id.ID)
		assert.NotEmpty(t, a.Description)
	}
}

// census counts, over every record of a story, how many times each
// exported field of each struct type of the module is set (not its zero
// value), and how many times each value of each named string type of the
// module appears.
type census struct {
	fields map[reflect.Type]map[string]int // type -> field -> times set
	values map[reflect.Type]map[string]int // type -> value -> times seen
}

func newCensus() *census {
	return &census{fields: map[reflect.Type]map[string]int{}, values: map[reflect.Type]map[string]int{}}
}

const module = "github.com/newsevent/newsevent"

func (c *census) story(s *newsevent.Story) {
	for _, records := range []any{s.Actors(), s.Territories(), s.Sources(), s.Statuses(), s.Events(), s.Identities()} {
		c.walk(reflect.ValueOf(records))
	}
}

// walk visits v and what it holds. The model has no cycles of values, and
// the depth of a story's values is fixed by its types.
func (c *census) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			c.walk(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.walk(v.Index(i))
		}
	case reflect.String:
		if t := v.Type(); t.Name() != "" && strings.HasPrefix(t.PkgPath(), module) {
			if c.values[t] == nil {
				c.values[t] = map[string]int{}
			}
			c.values[t][v.String()]++
		}
	case reflect.Struct:
		t := v.Type()
		if !strings.HasPrefix(t.PkgPath(), module) {
			return // time.Time, language.Tag: values, not records
		}
		fields := c.fields[t]
		if fields == nil { // every field, set or not
			fields = map[string]int{}
			for f := range t.Fields() {
				if f.IsExported() {
					fields[f.Name] = 0
				}
			}
			c.fields[t] = fields
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if fv := v.Field(i); !fv.IsZero() {
				fields[f.Name]++
				c.walk(fv)
			}
		}
	}
}

// everyValue checks that the census saw every value of a closed set.
func everyValue[T ~string](t *testing.T, c *census, all []T) {
	t.Helper()
	typ := reflect.TypeFor[T]()
	for _, v := range all {
		assert.Positive(t, c.values[typ][string(v)], "no %s %q in the story", typ, v)
	}
}

func TestGenNegativeEvents(t *testing.T) {
	assert.Equal(t, 0, synth.New(synth.Options{Events: -5}).Counts().Events)
}
