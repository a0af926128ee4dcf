package newsevent_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// orderStory is a story of events, each with the given links.
func orderStory(t testing.TB, links map[string][]event.Link) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	for _, name := range []string{"a", "b", "c"} {
		e := other(event.IDFor("order/"+name), name, source.Time{})
		e.Links = links[name]
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

func to(name string, typ event.LinkType) event.Link {
	return event.Link{Type: typ, To: event.IDFor("order/" + name)}
}

// Links that order events cannot go round: follows, precedes and
// caused_by together state one order.
func TestValidateOrderCycles(t *testing.T) {
	for _, tc := range []struct {
		name  string
		links map[string][]event.Link
		cycle bool
	}{
		{"follows round", map[string][]event.Link{"a": {to("b", event.LinkFollows)}, "b": {to("c", event.LinkFollows)}, "c": {to("a", event.LinkFollows)}}, true},
		{"caused_by round", map[string][]event.Link{"a": {to("b", event.LinkCausedBy)}, "b": {to("a", event.LinkCausedBy)}}, true},
		{"precedes against follows", map[string][]event.Link{"a": {to("b", event.LinkPrecedes)}, "b": {to("a", event.LinkPrecedes)}}, true},
		{"precedes and follows agree", map[string][]event.Link{"a": {to("b", event.LinkPrecedes)}, "b": {to("a", event.LinkFollows)}}, false},
		{"caused_by against precedes", map[string][]event.Link{"a": {to("b", event.LinkCausedBy), to("b", event.LinkPrecedes)}}, true},
		{"a chain", map[string][]event.Link{"a": {to("b", event.LinkFollows)}, "b": {to("c", event.LinkCausedBy)}}, false},
		{"responds_to does not order", map[string][]event.Link{"a": {to("b", event.LinkRespondsTo)}, "b": {to("a", event.LinkCausedBy)}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := orderStory(t, tc.links).Validate()
			if !tc.cycle {
				assert.NoError(t, err)
				return
			}
			var cycles []string
			for _, p := range problems(t, err) {
				if p.Rule == vocab.RuleCycle {
					cycles = append(cycles, p.Path)
				}
			}
			assert.Equal(t, []string{"events[0].links"}, cycles, "one cycle, at its first record: %v", err)
		})
	}
}

// A chain of parents as long as an input can make is walked without
// recursion: it is found free of cycles, and a cycle at its end is found,
// named by its ends and its length.
func TestValidateLongChains(t *testing.T) {
	const n = 100_000
	c := newsevent.Checker{}
	id := func(i int) territory.ID { return territory.IDFor("chain/" + strconv.Itoa(i)) }
	for i := range n {
		parent := territory.ID{}
		if i > 0 {
			parent = id(i - 1)
		}
		c.Territory(territory.Territory{ID: id(i), Kind: territory.KindArea, Description: "a place", Parent: parent})
	}
	require.NoError(t, c.Err())

	c.Territory(territory.Territory{ID: territory.IDFor("chain/loop"), Kind: territory.KindArea, Description: "a place", Parent: id(n - 1)})
	c.Territory(territory.Territory{ID: id(-1), Kind: territory.KindArea, Description: "a place", Parent: territory.IDFor("chain/loop")})
	require.NoError(t, c.Err(), "a branch off the chain is no cycle")

	var loop newsevent.Checker
	for i := range n {
		loop.Territory(territory.Territory{ID: id(i), Kind: territory.KindArea, Description: "a place", Parent: id((i + 1) % n)})
	}
	p := problemAt(t, loop.Err(), "territories[0].parent")
	assert.Equal(t, vocab.RuleCycle, p.Rule)
	assert.Contains(t, p.Message, fmt.Sprintf("(%d records)", n-8), "a long cycle is named by its ends and its length")
	assert.Less(t, len(p.Message), 400)
}

// A chain of single links (parents, relays, copies, versions) follows the
// last link stated for an ID given twice: the duplicate is a problem of
// its own, and an earlier record's link neither makes nor breaks a cycle.
func TestValidateChainOfDuplicate(t *testing.T) {
	a, b, c := territory.IDFor("dup/a"), territory.IDFor("dup/b"), territory.IDFor("dup/c")
	place := func(id, parent territory.ID) territory.Territory {
		return territory.Territory{ID: id, Kind: territory.KindArea, Description: "a place", Parent: parent}
	}
	cycles := func(records ...territory.Territory) []string {
		var ch newsevent.Checker
		for _, r := range records {
			ch.Territory(r)
		}
		var at []string
		for _, p := range problems(t, ch.Err()) {
			if p.Rule == vocab.RuleCycle {
				at = append(at, p.Path)
			}
		}
		return at
	}
	assert.Empty(t, cycles(place(a, b), place(b, a), place(c, territory.ID{}), place(a, c)), "the later a leaves the loop")
	assert.Equal(t, []string{"territories[0].parent"}, cycles(place(a, c), place(b, a), place(c, territory.ID{}), place(a, b)), "the later a closes the loop")
}

// followChain returns a story of n events, each following the one before,
// the first with a date.
func followChain(t testing.TB, n int) *newsevent.Story {
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	id := func(i int) event.ID { return event.IDFor("follows/" + strconv.Itoa(i)) }
	for i := range n {
		e := other(id(i), "step", source.Time{})
		if i == 0 {
			e.Time = source.Day(2025, time.April, 24, "Thursday")
		} else {
			e.Links = []event.Link{{Type: event.LinkFollows, To: id(i - 1), Offset: event.Offset{Min: event.Duration(time.Hour)}}}
		}
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

// A chain of follows links resolves in one pass: every event gets its
// time, an hour after the one it follows.
func TestTimeOfLongFollowsChain(t *testing.T) {
	const n = 16_000
	s := followChain(t, n)
	last, ok := s.TimeOf(event.IDFor("follows/" + strconv.Itoa(n-1)))
	require.True(t, ok)
	assert.Equal(t, time.Date(2025, time.April, 24, 0, 0, 0, 0, time.UTC).Add((n-1)*time.Hour), last.Start)
	assert.Equal(t, source.BoundNotBefore, last.Bound)
	assert.Len(t, s.Timeline(), n)
}

func BenchmarkTimelineFollowsChain(b *testing.B) {
	for _, n := range []int{1_000, 4_000, 16_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			s := followChain(b, n)
			b.ResetTimer()
			for b.Loop() {
				// A new story each time: the first Timeline builds the index.
				b.StopTimer()
				var fresh newsevent.Story
				for _, e := range s.Events() {
					if err := fresh.AddEvent(e); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if len(fresh.Timeline()) != n {
					b.Fatal("short timeline")
				}
			}
		})
	}
}

// BenchmarkCheckParentChain checks a chain of parents of up to two million
// territories, the input that used to overflow the stack.
func BenchmarkCheckParentChain(b *testing.B) {
	for _, n := range []int{1_000, 100_000, 2_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ids := make([]territory.ID, n)
			for i := range ids {
				ids[i] = territory.NewID()
			}
			for b.Loop() {
				var c newsevent.Checker
				for i := range ids {
					c.Territory(territory.Territory{ID: ids[i], Kind: territory.KindArea, Description: "a place", Parent: ids[(i+1)%n]})
				}
				if c.Err() == nil {
					b.Fatal("the cycle was not found")
				}
			}
		})
	}
}

// A Story held by value in another struct marshals in full.
func TestStoryByValueMarshals(t *testing.T) {
	s := fullStory(t)
	type holder struct {
		Story newsevent.Story `json:"story"`
	}
	h := holder{}
	require.NoError(t, json.Unmarshal(marshal(t, s), &h.Story))
	data, err := json.Marshal(h) // by value: the Story is not addressable
	require.NoError(t, err)
	var back struct {
		Story json.RawMessage `json:"story"`
	}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.JSONEq(t, string(marshal(t, s)), string(back.Story))
}

// A copy of a story that was written reads the same records, and its
// queries answer for what it holds; it refuses to write.
func TestStoryCopyCannotWrite(t *testing.T) {
	s := fullStory(t)
	want := len(s.Timeline())
	cp := *s // the copy is the point of the test
	assert.Len(t, cp.Timeline(), want)
	got, ok := cp.Actor(aPutin)
	require.True(t, ok)
	assert.Equal(t, "Vladimir Putin", got.Name)
	err := cp.AddActor(person(actor.IDFor("copy/new"), "New"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "copy")
	// The original writes on.
	require.NoError(t, s.AddActor(person(actor.IDFor("copy/new"), "New")))
	assert.Len(t, s.FindActors("New"), 1)
	assert.Empty(t, cp.FindActors("New"), "the copy does not see what the original added")

	// A copy made before any write is a story of its own.
	var a newsevent.Story
	b := a
	require.NoError(t, a.AddActor(person(aPutin, "Vladimir Putin")))
	require.NoError(t, b.AddActor(person(aTrump, "Donald Trump")))
	assert.Equal(t, 1, a.Counts().Actors)
	assert.Equal(t, 1, b.Counts().Actors)
}

// The literal null leaves a story as it was, as encoding/json does for
// any value.
func TestStoryNullIsNoOp(t *testing.T) {
	s := fullStory(t)
	before := marshal(t, s)
	require.NoError(t, json.Unmarshal([]byte(" null "), s))
	assert.Equal(t, before, marshal(t, s))
}

// An event said to have happened cannot start after the source that says
// so was published, whichever of the two comes first in the stream.
func TestValidateHappenedAfterTheSource(t *testing.T) {
	post := source.Source{ID: source.IDFor("happened/post"), Kind: source.KindPost, Platform: "x",
		Published: source.Day(2025, time.April, 24, "April 24")}
	later := func(status event.Status) *event.Other {
		e := other(event.IDFor("happened/e"), "strike", source.Day(2025, time.April, 26, "Saturday"))
		e.Status = status
		e.Attributions = []source.Attribution{source.Attribute(post.ID, source.VerbSaid)}
		return e
	}
	for _, sourceFirst := range []bool{true, false} {
		var c newsevent.Checker
		if sourceFirst {
			c.Source(post)
		}
		c.Event(later(event.StatusOccurred))
		if !sourceFirst {
			c.Source(post)
		}
		p := problemAt(t, c.Err(), "events[0].time.start")
		assert.Equal(t, vocab.RuleMismatch, p.Rule)
	}
	// Planned events may be reported before they happen; a source whose
	// publication has no end ("not before") dates nothing.
	var c newsevent.Checker
	c.Source(post)
	c.Event(later(event.StatusPlanned))
	assert.NoError(t, c.Err())
	open := post
	open.Published = source.Time{Start: time.Date(2025, time.April, 24, 0, 0, 0, 0, time.UTC), Precision: source.PrecisionDay, Bound: source.BoundNotBefore}
	c = newsevent.Checker{}
	c.Source(open)
	c.Event(later(event.StatusOccurred))
	assert.NoError(t, c.Err())
}
