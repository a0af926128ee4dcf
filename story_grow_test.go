package newsevent_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/examples"
)

// Grow is a hint: a story grown first holds, answers and marshals exactly
// what one built without it does.
func TestGrowChangesNothingButRoom(t *testing.T) {
	src := examples.MustArticle()
	var plain, grown newsevent.Story
	grown.Grow(src.Counts())
	for r := range src.Records() {
		require.NoError(t, plain.Add(r))
		require.NoError(t, grown.Add(r))
	}
	assert.Equal(t, src.Counts(), grown.Counts())
	assert.Equal(t, marshal(t, &plain), marshal(t, &grown))
	assert.NoError(t, grown.Validate())
	got, ok := grown.Actor(examples.ActorID("A4"))
	require.True(t, ok)
	assert.Equal(t, "Volodymyr Zelenskyy", got.Name)

	// Growing a story that holds records keeps them.
	grown.Grow(newsevent.Counts{Actors: 100, Events: 100})
	assert.Equal(t, marshal(t, &plain), marshal(t, &grown))
}

// What Grow is for: once a story has room, adding the records it was
// told of allocates only their copies, not larger lists and maps.
func TestGrowSparesReallocation(t *testing.T) {
	const n = 64
	actors := make([]actor.Actor, n)
	for i := range actors {
		actors[i] = person(actor.NewID(), "Someone")
	}
	fill := func(grow bool) func() {
		return func() {
			var s newsevent.Story
			if grow {
				s.Grow(newsevent.Counts{Actors: n})
			}
			for _, a := range actors {
				if err := s.AddActor(a); err != nil {
					panic(err)
				}
			}
		}
	}
	without := testing.AllocsPerRun(20, fill(false))
	with := testing.AllocsPerRun(20, fill(true))
	// Without room the list is reallocated about log2(64) = 6 times and
	// the map a few times more.
	assert.LessOrEqual(t, with, without-6, "allocations with Grow %v, without %v", with, without)
}

// Counts that make no sense are no reason to fail: negative ones count as
// none, and a huge one (from a header read off untrusted input, say)
// reserves a bounded room rather than all memory or a panic.
func TestGrowTakesAnyCounts(t *testing.T) {
	var s newsevent.Story
	assert.NotPanics(t, func() {
		s.Grow(newsevent.Counts{Actors: -1, Territories: math.MinInt})
		s.Grow(newsevent.Counts{Sources: math.MaxInt, Statuses: math.MaxInt / 2})
	})
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	assert.Equal(t, newsevent.Counts{Actors: 1}, s.Counts())
}

// Grow writes the story as Add does: on a copy of a story that was
// written it does nothing, and the copy still refuses to write.
func TestGrowOnACopy(t *testing.T) {
	var s newsevent.Story
	require.NoError(t, s.AddActor(person(aPutin, "Vladimir Putin")))
	cp := s // the copy is the point of the test
	cp.Grow(newsevent.Counts{Actors: 10})
	assert.Error(t, cp.AddActor(person(aTrump, "Donald Trump")))
	require.NoError(t, s.AddActor(person(aTrump, "Donald Trump")))
	assert.Equal(t, 1, cp.Counts().Actors)
	assert.Equal(t, 2, s.Counts().Actors)

	// A story grown and then copied shares its room with the copy, so the
	// copy must not write into it either.
	var a newsevent.Story
	a.Grow(newsevent.Counts{Actors: 10})
	b := a // the copy is the point of the test
	assert.Error(t, b.AddActor(person(aTrump, "Donald Trump")))
	require.NoError(t, a.AddActor(person(aPutin, "Vladimir Putin")))
	_, ok := a.Actor(aTrump)
	assert.False(t, ok)
}
