package newsevent_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

func TestFullStoryHasEveryEventKind(t *testing.T) {
	// The round trips below rely on the fixture holding every kind.
	var kinds []event.Kind
	for _, e := range fullStory(t).Events() {
		kinds = append(kinds, e.Kind())
	}
	assert.ElementsMatch(t, event.Kinds(), kinds)
}

func TestJSONDeterministic(t *testing.T) {
	s := fullStory(t)
	first, err := json.Marshal(s)
	require.NoError(t, err)
	second, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, first, second)

	// A story built again from the same records gives the same bytes.
	third, err := json.Marshal(fullStory(t))
	require.NoError(t, err)
	assert.Equal(t, first, third)
}

func TestJSONRoundTrip(t *testing.T) {
	s := fullStory(t)
	data := marshal(t, s)

	var got newsevent.Story
	require.NoError(t, json.Unmarshal(data, &got))
	assertSameRecords(t, s, &got)
	assert.Equal(t, data, marshal(t, &got), "re-encoding gives the same bytes")
	assert.NoError(t, got.Validate())

	// The look-ups and queries of the decoded story work.
	a, ok := got.Actor(aPutin)
	require.True(t, ok)
	assert.Equal(t, "Vladimir Putin", a.Name)
	e, ok := got.Event(eStrike)
	require.True(t, ok)
	assert.IsType(t, &event.Attack{}, e)
	assert.Equal(t, eventIDs(s.Timeline()), eventIDs(got.Timeline()))
	assert.Len(t, got.FindActors("zelenskyy"), 1)

	// Records can still be added, and a taken ID is still refused.
	assert.Error(t, got.AddActor(person(aPutin, "Putin again")))
	assert.NoError(t, got.AddEvent(other(event.IDFor("new"), "new", source.Time{})))
}

func TestJSONEmptyStory(t *testing.T) {
	var s newsevent.Story
	data, err := json.Marshal(&s)
	require.NoError(t, err)
	assert.Equal(t, `{"actors":[],"territories":[],"sources":[],"statuses":[],"events":[]}`, string(data))

	var got newsevent.Story
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, newsevent.Counts{}, got.Counts())
	require.NoError(t, json.Unmarshal([]byte(`{}`), &got), "missing arrays are empty")
	assert.Equal(t, newsevent.Counts{}, got.Counts())
}

func TestJSONUnmarshalReplaces(t *testing.T) {
	s := fullStory(t)
	require.NotEmpty(t, s.Timeline()) // build the query index

	var small newsevent.Story
	require.NoError(t, small.AddSource(report(sArticle, source.ID{})))
	require.NoError(t, small.AddEvent(other(eCurfew, "curfew", day(time.April, 1))))
	require.NoError(t, json.Unmarshal(marshal(t, &small), s))

	assert.Equal(t, newsevent.Counts{Sources: 1, Events: 1}, s.Counts())
	_, ok := s.Actor(aPutin)
	assert.False(t, ok, "old records are gone from the look-ups")
	assert.Equal(t, []event.ID{eCurfew}, eventIDs(s.Timeline()), "the old index is gone")
	assert.Empty(t, s.FindActors("Putin"))
}

// storyJSON returns the JSON of the full story with old replaced by new,
// failing if old is not in it exactly once.
func storyJSON(t *testing.T, old, new string) []byte {
	t.Helper()
	data := string(marshal(t, fullStory(t)))
	require.Equal(t, 1, strings.Count(data, old), "%s must occur once", old)
	return []byte(strings.Replace(data, old, new, 1))
}

func TestJSONRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		// want are the words the error must contain.
		want []string
	}{
		{"unknown top-level field", []byte(`{"actors":[],"actorz":[]}`), []string{"actorz"}},
		{"unknown field in an actor", storyJSON(t, `"name":"Vladimir Putin"`, `"name":"Vladimir Putin","nickname":"VVP"`), []string{"actors[4]", "nickname"}},
		{"unknown field in a territory", storyJSON(t, `"name":"Moscow"`, `"name":"Moscow","population":13`), []string{"territories[4]", "population"}},
		{"unknown field in a source", storyJSON(t, `"title":"a report on the frontline situation"`, `"title":"x","pages":3`), []string{"sources[3]", "pages"}},
		{"unknown field in a status", storyJSON(t, `"words":"occupied"`, `"words":"occupied","since":2014`), []string{"statuses[0]", "since"}},
		{"unknown field in an event", storyJSON(t, `"title":"Strike on Kyiv"`, `"title":"Strike on Kyiv","colour":"red"`), []string{"events[1]", "colour"}},
		{"unknown field deep in an event", storyJSON(t, `"text":"nearly 70"`, `"text":"nearly 70","rounded":70`), []string{"events[1]", "rounded"}},
		{"unknown event kind", storyJSON(t, `"kind":"meeting"`, `"kind":"meating"`), []string{"events[2]", `"meating"`}},
		{"event without a kind", []byte(`{"events":[{"id":"` + eWar.String() + `"}]}`), []string{"kind"}},
		{"null event", []byte(`{"events":[null]}`), []string{"events[0]", "null"}},
		{"null actor", []byte(`{"actors":[null]}`), []string{"actors[0]", "null"}},
		{"null status", []byte(`{"statuses":[{}, null]}`), []string{"statuses[1]", "null"}},
		{"null event after a good one", storyJSON(t, `"events":[`, `"events":[null,`), []string{"events[0]", "null"}},
		{"unknown enum value", storyJSON(t, `"kind":"armed_force"`, `"kind":"army"`), []string{"actors[9]", `"army"`}},
		{"bad ID", storyJSON(t, `"id":"`+aPutin.String()+`"`, `"id":"putin"`), []string{"actors[4]", `"putin"`}},
		{"trailing data", append(marshal(t, fullStory(t)), []byte(` {}`)...), []string{"after"}},
		{"not an object", []byte(`[]`), []string{"story"}},
		{"truncated", []byte(`{"actors":[`), []string{"story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fullStory(t)
			before := marshal(t, s)
			err := s.UnmarshalJSON(tt.data)
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "newsevent: "), "%v", err)
			assert.Equal(t, before, marshal(t, s), "a failed decode leaves the story as it was")
		})
	}
}

func TestJSONKeepsDuplicateIDs(t *testing.T) {
	// Decoding does not validate: a story with a duplicate ID decodes, and
	// Validate reports it.
	data := storyJSON(t, `"id":"`+eCurfew.String()+`"`, `"id":"`+eWar.String()+`"`)
	var s newsevent.Story
	require.NoError(t, json.Unmarshal(data, &s))
	assert.Equal(t, 10, s.Counts().Events)
	p := problemAt(t, s.Validate(), "events[9].id")
	assert.Equal(t, vocab.RuleUnique, p.Rule)
	assert.Contains(t, p.Message, eWar.String())

	// The look-up finds the first record with the ID; both stay in the
	// lists and in the JSON.
	e, ok := s.Event(eWar)
	require.True(t, ok)
	assert.Equal(t, event.KindConflict, e.Kind())
	assert.Equal(t, data, marshal(t, &s))
}

func TestJSONIndent(t *testing.T) {
	s := fullStory(t)
	compact := marshal(t, s)
	indented, err := s.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.True(t, json.Valid(indented))
	assert.JSONEq(t, string(compact), string(indented))
	assert.Contains(t, string(indented), "\n  \"actors\": [\n")
	var b bytes.Buffer
	require.NoError(t, json.Compact(&b, indented))
	assert.Equal(t, compact, b.Bytes())

	// The indented form decodes to the same story.
	var got newsevent.Story
	require.NoError(t, json.Unmarshal(indented, &got))
	assertSameRecords(t, s, &got)
}

func TestJSONNames(t *testing.T) {
	// The format is a contract: snake_case names, kinds and enums as
	// lower-case strings, IDs as UUID strings, a count as value and
	// qualifier.
	data := string(marshal(t, fullStory(t)))
	for _, want := range []string{
		`"member_of":["` + aStaff.String() + `"]`,
		`"kind":"attack"`,
		`"to_kind":"proposal"`,
		`"value":70,"qualifier":"nearly","text":"nearly 70"`,
		`"min":20,"max":30,"qualifier":"range"`,
		`"country":"UA"`,
		`"start":"2025-04-24T01:00:00Z"`,
	} {
		assert.Contains(t, data, want)
	}
}
