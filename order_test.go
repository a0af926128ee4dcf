package newsevent_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// orderEvent returns an event of the generic kind with these links.
func orderEvent(key string, t source.Time, links ...event.Link) *event.Other {
	e := other(event.IDFor("placement/"+key), key, t)
	e.Links = links
	return e
}

// linkTo is a link of type lt to the event of key.
func linkTo(lt event.LinkType, key string) event.Link {
	return event.Link{Type: lt, To: event.IDFor("placement/" + key)}
}

// pid is the ID of the event of key.
func pid(key string) event.ID { return event.IDFor("placement/" + key) }

// placementStory returns a story of these events, with the source they cite.
func placementStory(t testing.TB, events ...event.Event) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	for _, e := range events {
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

// placement returns the placement of the event of key, which must exist.
func placement(t *testing.T, s *newsevent.Story, key string) newsevent.Placement {
	t.Helper()
	p, ok := s.Placement(pid(key))
	require.True(t, ok, key)
	tm, ok := s.TimeOf(pid(key))
	require.True(t, ok)
	assert.Equal(t, p.Time, tm, "TimeOf is Placement(id).Time")
	return p
}

func notBefore(t source.Time) source.Time { t.Bound = source.BoundNotBefore; return t }
func notAfter(t source.Time) source.Time  { t.Bound = source.BoundNotAfter; return t }

// constraint is a Constraint on key by the link of the event of from.
func constraint(b source.Bound, from string, l event.Link, anchor string) newsevent.Constraint {
	c := newsevent.Constraint{Bound: b, Event: pid(from), Link: l}
	if anchor != "" {
		c.Anchor = pid(anchor)
	}
	return c
}

func TestPlacementByEachLink(t *testing.T) {
	apr := func(d int) source.Time { return day(time.April, d) }
	war := source.Year(2022, "since 2022").Since()
	phase := source.Month(2025, time.April, "in April")
	period := source.Between(utc(2025, time.April, 1), utc(2025, time.April, 10), source.PrecisionDay, "April 1 to 10")
	tests := []struct {
		name   string
		events []event.Event
		want   source.Time
		from   []newsevent.Constraint
	}{
		{
			name: "precedes: not after the event it precedes",
			events: []event.Event{
				orderEvent("meeting", apr(25)),
				orderEvent("x", source.Time{}, linkTo(event.LinkPrecedes, "meeting")),
			},
			want: notAfter(apr(25)),
			from: []newsevent.Constraint{constraint(source.BoundNotAfter, "x", linkTo(event.LinkPrecedes, "meeting"), "meeting")},
		},
		{
			name: "precedes, read backwards: not before the event that precedes it",
			events: []event.Event{
				orderEvent("strike", apr(24), linkTo(event.LinkPrecedes, "x")),
				orderEvent("x", source.Time{}),
			},
			want: notBefore(apr(24)),
			from: []newsevent.Constraint{constraint(source.BoundNotBefore, "strike", linkTo(event.LinkPrecedes, "x"), "strike")},
		},
		{
			name: "caused_by: not before its cause",
			events: []event.Event{
				orderEvent("strike", apr(24)),
				orderEvent("x", source.Time{}, linkTo(event.LinkCausedBy, "strike")),
			},
			want: notBefore(apr(24)),
			from: []newsevent.Constraint{constraint(source.BoundNotBefore, "x", linkTo(event.LinkCausedBy, "strike"), "strike")},
		},
		{
			name: "caused_by, read backwards: not after what it caused",
			events: []event.Event{
				orderEvent("x", source.Time{}),
				orderEvent("postponement", apr(22), linkTo(event.LinkCausedBy, "x")),
			},
			want: notAfter(apr(22)),
			from: []newsevent.Constraint{constraint(source.BoundNotAfter, "postponement", linkTo(event.LinkCausedBy, "x"), "postponement")},
		},
		{
			name: "part_of: within the time of the whole",
			events: []event.Event{
				orderEvent("campaign", period),
				orderEvent("x", source.Time{}, linkTo(event.LinkPartOf, "campaign")),
			},
			want: source.Between(utc(2025, time.April, 1), utc(2025, time.April, 10), source.PrecisionDay, ""),
			from: []newsevent.Constraint{
				constraint(source.BoundNotBefore, "x", linkTo(event.LinkPartOf, "campaign"), "campaign"),
				constraint(source.BoundNotAfter, "x", linkTo(event.LinkPartOf, "campaign"), "campaign"),
			},
		},
		{
			name: "part_of an ongoing war: not before it began",
			events: []event.Event{
				orderEvent("war", war),
				orderEvent("x", source.Time{}, linkTo(event.LinkPartOf, "war")),
			},
			want: notBefore(source.Year(2022, "")),
			from: []newsevent.Constraint{constraint(source.BoundNotBefore, "x", linkTo(event.LinkPartOf, "war"), "war")},
		},
		{
			name: "part_of, read backwards: the whole starts no later than its part",
			events: []event.Event{
				orderEvent("x", source.Time{}),
				orderEvent("strike", apr(24), linkTo(event.LinkPartOf, "x")),
			},
			want: notAfter(apr(24)),
			from: []newsevent.Constraint{constraint(source.BoundNotAfter, "strike", linkTo(event.LinkPartOf, "x"), "strike")},
		},
		{
			name: "during: within the month of the phase",
			events: []event.Event{
				orderEvent("phase", phase),
				orderEvent("x", source.Time{}, linkTo(event.LinkDuring, "phase")),
			},
			want: source.Month(2025, time.April, ""),
			from: []newsevent.Constraint{
				constraint(source.BoundNotBefore, "x", linkTo(event.LinkDuring, "phase"), "phase"),
				constraint(source.BoundNotAfter, "x", linkTo(event.LinkDuring, "phase"), "phase"),
			},
		},
		{
			name: "a phrase of the event's own is kept",
			events: []event.Event{
				orderEvent("strike", apr(24)),
				orderEvent("x", source.Time{Text: "in the aftermath"}, linkTo(event.LinkCausedBy, "strike")),
			},
			want: notBefore(source.Day(2025, time.April, 24, "in the aftermath")),
			from: []newsevent.Constraint{constraint(source.BoundNotBefore, "x", linkTo(event.LinkCausedBy, "strike"), "strike")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := placementStory(t, tt.events...)
			require.NoError(t, s.Validate())
			p := placement(t, s, "x")
			assert.True(t, p.Inferred)
			assert.Equal(t, tt.want, p.Time)
			assert.Equal(t, tt.from, p.From)
			assert.Empty(t, p.Conflicts)
			// Given times are never changed.
			for _, e := range tt.events {
				h := e.Head()
				if h.Time.Start.IsZero() {
					continue
				}
				got, _ := s.TimeOf(h.ID)
				assert.Equal(t, h.Time, got, h.Title)
				own, _ := s.Placement(h.ID)
				assert.False(t, own.Inferred, h.Title)
				assert.Empty(t, own.From, h.Title)
			}
		})
	}
}

func TestPlacementNone(t *testing.T) {
	apr24 := day(time.April, 24)
	s := placementStory(t,
		orderEvent("late", source.Time{Text: "at some point"}),
		orderEvent("strike", apr24),
		// Links that say nothing of time place nothing.
		orderEvent("about", source.Time{}, linkTo(event.LinkAbout, "strike"), linkTo(event.LinkQualifies, "strike"), linkTo(event.LinkBackground, "strike"), linkTo(event.LinkSameAs, "strike"), linkTo(event.LinkContradicts, "strike"), linkTo(event.LinkPossiblySameAs, "strike")),
		// The event that happened may come before or after the time that was planned.
		orderEvent("realised", source.Time{}, linkTo(event.LinkRealises, "planned")),
		planned(orderEvent("planned", day(time.May, 1))),
		// A link to an event without a date, or to no event, places nothing.
		orderEvent("after late", source.Time{}, linkTo(event.LinkFollows, "late"), linkTo(event.LinkCausedBy, "missing")),
		orderEvent("first", day(time.April, 1)),
	)
	for _, key := range []string{"late", "about", "realised", "after late"} {
		p := placement(t, s, key)
		assert.False(t, p.Inferred, key)
		assert.Empty(t, p.From, key)
		assert.Empty(t, p.Conflicts, key)
	}
	late := placement(t, s, "late")
	assert.Equal(t, source.Time{Text: "at some point"}, late.Time, "kept as given")
	// The events no link places come last, in the order added.
	assert.Equal(t, []event.ID{pid("first"), pid("strike"), pid("planned"), pid("late"), pid("about"), pid("realised"), pid("after late")}, eventIDs(s.Timeline()))
	_, ok := s.Placement(pid("missing"))
	assert.False(t, ok)
	_, ok = s.Placement(event.ID(sArticle))
	assert.False(t, ok, "a source is not an event")
}

func planned(e *event.Other) *event.Other {
	e.Status = event.StatusPlanned
	return e
}

func TestPlacementChainMixingLinks(t *testing.T) {
	s := placementStory(t,
		orderEvent("meeting", day(time.April, 25)),
		// later on, after the meeting
		orderEvent("remarks", source.Time{}, event.Link{Type: event.LinkFollows, To: pid("meeting"), Text: "later on"}),
		orderEvent("reaction", source.Time{}, linkTo(event.LinkCausedBy, "remarks")),
		orderEvent("wave", source.Time{}, linkTo(event.LinkCausedBy, "reaction")),
		orderEvent("protest", source.Time{}, linkTo(event.LinkPartOf, "wave"), linkTo(event.LinkPrecedes, "vote")),
		orderEvent("vote", day(time.May, 11)),
	)
	require.NoError(t, s.Validate())
	span := source.Between(utc(2025, time.April, 25), utc(2025, time.May, 11), source.PrecisionDay, "")

	protest := placement(t, s, "protest")
	assert.True(t, protest.Inferred)
	assert.Equal(t, span, protest.Time)
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "protest", linkTo(event.LinkPartOf, "wave"), "meeting"),
		constraint(source.BoundNotAfter, "protest", linkTo(event.LinkPrecedes, "vote"), "vote"),
	}, protest.From, "the anchor is the dated event a chain starts at")

	// Both bounds pass along the chain: the wave starts no later than its
	// part, which comes before the vote; and so on back to the remarks.
	wave := placement(t, s, "wave")
	assert.Equal(t, span, wave.Time)
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "wave", linkTo(event.LinkCausedBy, "reaction"), "meeting"),
		constraint(source.BoundNotAfter, "protest", linkTo(event.LinkPartOf, "wave"), "vote"),
	}, wave.From)
	reaction := placement(t, s, "reaction")
	assert.Equal(t, span, reaction.Time)
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "reaction", linkTo(event.LinkCausedBy, "remarks"), "meeting"),
		constraint(source.BoundNotAfter, "wave", linkTo(event.LinkCausedBy, "reaction"), "vote"),
	}, reaction.From)
	remarks := placement(t, s, "remarks")
	assert.Equal(t, source.Between(utc(2025, time.April, 25), utc(2025, time.May, 11), source.PrecisionDay, "later on"), remarks.Time, "a follows link's text, as before")

	assert.Equal(t, []event.ID{pid("meeting"), pid("remarks"), pid("reaction"), pid("wave"), pid("protest"), pid("vote")}, eventIDs(s.Timeline()),
		"a day before a span that starts on it; equal spans in the order added")
}

func TestPlacementTightestBoundWins(t *testing.T) {
	s := placementStory(t,
		orderEvent("early cause", day(time.April, 1)),
		orderEvent("late cause", day(time.April, 5)),
		orderEvent("far", day(time.May, 1)),
		orderEvent("near", day(time.April, 20)),
		orderEvent("month", source.Month(2025, time.April, "")),
		orderEvent("x", source.Time{}, linkTo(event.LinkCausedBy, "early cause"), linkTo(event.LinkCausedBy, "month"), linkTo(event.LinkCausedBy, "late cause"), linkTo(event.LinkPrecedes, "far"), linkTo(event.LinkPrecedes, "near")),
		// Offsets: at least two days after April 1, within two days of April 2.
		orderEvent("y", source.Time{},
			event.Link{Type: event.LinkFollows, To: pid("early cause"), Offset: event.Offset{Min: event.Duration(48 * time.Hour)}},
			event.Link{Type: event.LinkFollows, To: pid("two"), Offset: event.Offset{Max: event.Duration(48 * time.Hour), Text: "within two days"}}),
		orderEvent("two", day(time.April, 2)),
	)
	require.NoError(t, s.Validate())
	x := placement(t, s, "x")
	assert.Equal(t, source.Between(utc(2025, time.April, 5), utc(2025, time.April, 20), source.PrecisionDay, ""), x.Time)
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "x", linkTo(event.LinkCausedBy, "late cause"), "late cause"),
		constraint(source.BoundNotAfter, "x", linkTo(event.LinkPrecedes, "near"), "near"),
	}, x.From)

	y := placement(t, s, "y")
	assert.Equal(t, source.Between(utc(2025, time.April, 3), utc(2025, time.April, 4), source.PrecisionDay, "within two days"), y.Time,
		"from April 3 on, and before the end of April 2 plus two days")
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "y", event.Link{Type: event.LinkFollows, To: pid("early cause"), Offset: event.Offset{Min: event.Duration(48 * time.Hour)}}, "early cause"),
		constraint(source.BoundNotAfter, "y", event.Link{Type: event.LinkFollows, To: pid("two"), Offset: event.Offset{Max: event.Duration(48 * time.Hour), Text: "within two days"}}, "two"),
	}, y.From)
}

func TestPlacementOffsetsMeet(t *testing.T) {
	// At least a day after April 1, within three days of it: April 2 to 4.
	s := placementStory(t,
		orderEvent("approval", day(time.April, 1)),
		orderEvent("x", source.Time{},
			event.Link{Type: event.LinkFollows, To: pid("approval"), Offset: event.Offset{Min: event.Duration(24 * time.Hour), Max: event.Duration(72 * time.Hour), Text: "one to three days after"}}),
	)
	x := placement(t, s, "x")
	assert.Equal(t, source.Between(utc(2025, time.April, 2), utc(2025, time.April, 4), source.PrecisionDay, "one to three days after"), x.Time)
	l := event.Link{Type: event.LinkFollows, To: pid("approval"), Offset: event.Offset{Min: event.Duration(24 * time.Hour), Max: event.Duration(72 * time.Hour), Text: "one to three days after"}}
	resolved, ok := l.Resolve(day(time.April, 1))
	require.True(t, ok)
	assert.Equal(t, resolved, x.Time, "as Link.Resolve reads it")
}

func TestPlacementContradictions(t *testing.T) {
	t.Run("an event without a date", func(t *testing.T) {
		s := placementStory(t,
			orderEvent("cause", day(time.April, 10)),
			orderEvent("meeting", day(time.April, 5)),
			// After April 10, before April 5: no time is left.
			orderEvent("x", source.Time{Text: "at one point"}, linkTo(event.LinkCausedBy, "cause"), linkTo(event.LinkPrecedes, "meeting")),
			orderEvent("y", source.Time{}),
		)
		x := placement(t, s, "x")
		assert.False(t, x.Inferred)
		assert.Equal(t, source.Time{Text: "at one point"}, x.Time, "the given data are kept")
		assert.Empty(t, x.From)
		assert.Equal(t, []newsevent.Constraint{
			constraint(source.BoundNotBefore, "x", linkTo(event.LinkCausedBy, "cause"), "cause"),
			constraint(source.BoundNotAfter, "x", linkTo(event.LinkPrecedes, "meeting"), "meeting"),
		}, x.Conflicts)
		// The dated events keep their times; each is told what the chain
		// through x says of it.
		meeting := placement(t, s, "meeting")
		assert.Equal(t, day(time.April, 5), meeting.Time)
		assert.Equal(t, []newsevent.Constraint{constraint(source.BoundNotBefore, "x", linkTo(event.LinkPrecedes, "meeting"), "cause")}, meeting.Conflicts)
		cause := placement(t, s, "cause")
		assert.Equal(t, day(time.April, 10), cause.Time)
		assert.Equal(t, []newsevent.Constraint{constraint(source.BoundNotAfter, "x", linkTo(event.LinkCausedBy, "cause"), "meeting")}, cause.Conflicts)
		// Undated events whose links disagree come last, as given.
		assert.Equal(t, []event.ID{pid("meeting"), pid("cause"), pid("x"), pid("y")}, eventIDs(s.Timeline()))
	})
	t.Run("dated events", func(t *testing.T) {
		s := placementStory(t,
			orderEvent("start", day(time.April, 5)),
			orderEvent("cause", day(time.April, 10)),
			// An event that comes before its own cause.
			orderEvent("effect", day(time.April, 1), linkTo(event.LinkCausedBy, "cause")),
			// A part that outlasts its whole.
			orderEvent("part", source.Between(utc(2025, time.April, 10), utc(2025, time.April, 12), source.PrecisionDay, ""), linkTo(event.LinkPartOf, "cause")),
			// The same day on both sides is no contradiction.
			orderEvent("same day", day(time.April, 10), linkTo(event.LinkCausedBy, "cause"), linkTo(event.LinkPrecedes, "cause")),
			orderEvent("between", source.Time{}, linkTo(event.LinkCausedBy, "start"), linkTo(event.LinkPrecedes, "cause")),
		)
		effect := placement(t, s, "effect")
		assert.Equal(t, day(time.April, 1), effect.Time)
		assert.False(t, effect.Inferred)
		assert.Equal(t, []newsevent.Constraint{constraint(source.BoundNotBefore, "effect", linkTo(event.LinkCausedBy, "cause"), "cause")}, effect.Conflicts)
		cause := placement(t, s, "cause")
		assert.Equal(t, []newsevent.Constraint{constraint(source.BoundNotAfter, "effect", linkTo(event.LinkCausedBy, "cause"), "effect")}, cause.Conflicts, "both ends of the link are told")
		part := placement(t, s, "part")
		assert.Equal(t, []newsevent.Constraint{constraint(source.BoundNotAfter, "part", linkTo(event.LinkPartOf, "cause"), "cause")}, part.Conflicts, "it ends after its whole")
		assert.Empty(t, placement(t, s, "same day").Conflicts)
		assert.Empty(t, placement(t, s, "start").Conflicts)
		between := placement(t, s, "between")
		assert.True(t, between.Inferred)
		assert.Equal(t, source.Between(utc(2025, time.April, 5), utc(2025, time.April, 10), source.PrecisionDay, ""), between.Time)
	})
}

func TestPlacementPlansPlaceNoEventThatHappened(t *testing.T) {
	talks := orderEvent("talks", source.Day(2025, time.April, 23, "scheduled for April 23"), linkTo(event.LinkCausedBy, "skip"))
	talks.Status = event.StatusPostponed
	phaseOne := planned(orderEvent("phase one", source.Month(2025, time.June, "in June")))
	s := placementStory(t,
		talks,
		// The talks' time is the plan's: it says nothing of when the cause
		// of their putting off happened, nor of what followed the plan.
		orderEvent("skip", source.Time{}),
		orderEvent("reply", source.Time{}, linkTo(event.LinkFollows, "talks")),
		phaseOne,
		// A plan that depends on another plan is placed by it.
		planned(orderEvent("phase two", source.Time{}, linkTo(event.LinkConditionalOn, "phase one"))),
		// A plan made after something happened is placed by it.
		orderEvent("strike", day(time.April, 24)),
		planned(orderEvent("retaliation", source.Time{}, linkTo(event.LinkCausedBy, "strike"))),
	)
	require.NoError(t, s.Validate())
	for _, key := range []string{"skip", "reply"} {
		p := placement(t, s, key)
		assert.False(t, p.Inferred, key)
		assert.True(t, p.Time.IsZero(), key)
		assert.Empty(t, p.Conflicts, key)
	}
	assert.Empty(t, placement(t, s, "talks").Conflicts)

	two := placement(t, s, "phase two")
	assert.True(t, two.Inferred)
	assert.Equal(t, notBefore(source.Month(2025, time.June, "")), two.Time)

	retaliation := placement(t, s, "retaliation")
	assert.Equal(t, notBefore(day(time.April, 24)), retaliation.Time)
}

// Every link type places events as its Ordering says, or as a part
// within its whole, or not at all.
func TestPlacementByEveryLinkType(t *testing.T) {
	apr10 := day(time.April, 10)
	for _, lt := range event.LinkTypes() {
		t.Run(string(lt), func(t *testing.T) {
			s := placementStory(t, orderEvent("anchor", apr10), orderEvent("x", source.Time{}, linkTo(lt, "anchor")))
			x := placement(t, s, "x")
			switch {
			case lt == event.LinkPartOf || lt == event.LinkDuring:
				assert.Equal(t, apr10, x.Time, "within the anchor's day")
			case lt.Ordering() > 0:
				assert.Equal(t, notBefore(apr10), x.Time)
			case lt.Ordering() < 0:
				assert.Equal(t, notAfter(apr10), x.Time)
			default:
				assert.False(t, x.Inferred)
				assert.True(t, x.Time.IsZero())
				return
			}
			assert.True(t, x.Inferred)
			assert.Empty(t, x.Conflicts)
			for _, c := range x.From {
				assert.Equal(t, linkTo(lt, "anchor"), c.Link)
			}
		})
	}
}

// A response places itself by the event it responds to as a link of that
// type in its header would (its AllLinks list that link).
func TestPlacementResponseTo(t *testing.T) {
	strike := orderEvent("strike", day(time.April, 24))
	rebuke := &event.Response{Header: head(pid("rebuke"), "rebuke", source.Time{}), Responder: aUkraine, To: strike.ID, Act: event.ResponseReject}
	s := placementStory(t, strike, rebuke, orderEvent("linked", source.Time{}, linkTo(event.LinkRespondsTo, "strike")))
	got := placement(t, s, "rebuke")
	want := placement(t, s, "linked")
	assert.Equal(t, want.Time, got.Time)
	assert.Equal(t, want.Inferred, got.Inferred)
	if want.Inferred {
		require.Len(t, got.From, 1)
		assert.Equal(t, event.Link{Type: event.LinkRespondsTo, To: strike.ID}, got.From[0].Link)
		assert.Equal(t, pid("rebuke"), got.From[0].Event)
	}
}

func TestPlacementCycles(t *testing.T) {
	s := placementStory(t,
		orderEvent("anchor", day(time.April, 1)),
		orderEvent("a", source.Time{}, linkTo(event.LinkFollows, "b"), linkTo(event.LinkCausedBy, "anchor")),
		orderEvent("b", source.Time{}, linkTo(event.LinkFollows, "a")),
		orderEvent("c", source.Time{}, linkTo(event.LinkFollows, "b"), linkTo(event.LinkCausedBy, "anchor")),
		orderEvent("loop", source.Time{}, linkTo(event.LinkPartOf, "loop")),
		// A cycle through a dated event is no cycle of undated events.
		orderEvent("d", source.Time{}, linkTo(event.LinkFollows, "anchor"), linkTo(event.LinkPrecedes, "anchor")),
	)
	require.Error(t, s.Validate(), "Validate reports the cycle")
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Timeline()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a cycle of links hangs the index")
	}
	a := placement(t, s, "a")
	assert.False(t, a.Inferred)
	assert.True(t, a.Time.IsZero())
	assert.Equal(t, []newsevent.Constraint{
		constraint(source.BoundNotBefore, "a", linkTo(event.LinkFollows, "b"), ""),
		constraint(source.BoundNotAfter, "b", linkTo(event.LinkFollows, "a"), ""),
	}, a.Conflicts)
	assert.Len(t, placement(t, s, "b").Conflicts, 2)
	// After the cycle, an event is still placed by its other links.
	c := placement(t, s, "c")
	assert.Equal(t, notBefore(day(time.April, 1)), c.Time)
	assert.Empty(t, c.Conflicts)
	// A link to the event itself is ignored.
	loop := placement(t, s, "loop")
	assert.False(t, loop.Inferred)
	assert.Empty(t, loop.Conflicts)
	d := placement(t, s, "d")
	assert.Equal(t, day(time.April, 1), d.Time, "after and before the same day: that day")
	assert.True(t, d.Inferred)
}

// orderChain returns a story of n events without dates, each linked to
// the one before by one of several ordering and containment links, the
// first after a dated event and the last before another.
func orderChain(t testing.TB, n int) *newsevent.Story {
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	id := func(i int) event.ID { return event.IDFor("order chain/" + strconv.Itoa(i)) }
	types := []event.LinkType{event.LinkFollows, event.LinkCausedBy, event.LinkPartOf, event.LinkDuring}
	require.NoError(t, s.AddEvent(other(id(-1), "start", day(time.April, 1))))
	require.NoError(t, s.AddEvent(other(id(n), "end", day(time.December, 1))))
	for i := range n {
		e := other(id(i), "step", source.Time{})
		e.Links = []event.Link{{Type: types[i%len(types)], To: id(i - 1)}}
		if i == n-1 {
			e.Links = append(e.Links, event.Link{Type: event.LinkPrecedes, To: id(n)})
		}
		require.NoError(t, s.AddEvent(e))
	}
	return &s
}

// A long chain of mixed links is placed in one pass each way: every event
// in it gets both bounds, from the events at its two ends.
func TestPlacementLongChain(t *testing.T) {
	const n = 20_000
	s := orderChain(t, n)
	want := source.Between(utc(2025, time.April, 1), utc(2025, time.December, 1), source.PrecisionDay, "")
	for _, i := range []int{0, n / 2, n - 1} {
		got, ok := s.TimeOf(event.IDFor("order chain/" + strconv.Itoa(i)))
		require.True(t, ok)
		assert.Equal(t, want, got, i)
	}
	assert.Len(t, s.Timeline(), n+2)
}

// A cycle as long as the story is found without deep recursion; none of
// its events is placed, and the events after it still are.
func TestPlacementLongCycle(t *testing.T) {
	const n = 20_000
	var s newsevent.Story
	require.NoError(t, s.AddSource(report(sArticle, source.ID{})))
	id := func(i int) event.ID { return event.IDFor("cycle/" + strconv.Itoa(i)) }
	require.NoError(t, s.AddEvent(other(id(-1), "anchor", day(time.April, 1))))
	for i := range n {
		e := other(id(i), "step", source.Time{})
		e.Links = []event.Link{{Type: event.LinkFollows, To: id((i + n - 1) % n)}, {Type: event.LinkCausedBy, To: id(-1)}}
		require.NoError(t, s.AddEvent(e))
	}
	after := other(id(n), "after", source.Time{})
	after.Links = []event.Link{{Type: event.LinkFollows, To: id(0)}, {Type: event.LinkCausedBy, To: id(-1)}}
	require.NoError(t, s.AddEvent(after))

	p, ok := s.Placement(id(n / 2))
	require.True(t, ok)
	assert.False(t, p.Inferred)
	assert.Equal(t, []newsevent.Constraint{
		{Bound: source.BoundNotBefore, Event: id(n / 2), Link: event.Link{Type: event.LinkFollows, To: id(n/2 - 1)}},
		{Bound: source.BoundNotAfter, Event: id(n/2 + 1), Link: event.Link{Type: event.LinkFollows, To: id(n / 2)}},
	}, p.Conflicts)
	got, ok := s.TimeOf(id(n))
	require.True(t, ok)
	assert.Equal(t, notBefore(day(time.April, 1)), got)
}

func BenchmarkPlacementChain(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			s := orderChain(b, n)
			events := s.Events()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				fresh := placementStory(b, events...)
				b.StartTimer()
				if _, ok := fresh.TimeOf(event.IDFor("order chain/0")); !ok {
					b.Fatal("no event")
				}
			}
		})
	}
}
