package event_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

func TestLinkResolve(t *testing.T) {
	thursday := source.Day(2025, time.April, 24, "Thursday")
	noon := source.At(time.Date(2025, time.April, 24, 12, 0, 0, 0, time.UTC), source.PrecisionHour, "", "at noon")
	date := func(d, h int) time.Time { return time.Date(2025, time.April, d, h, 0, 0, 0, time.UTC) }
	follows := func(minD, maxD time.Duration, text string) event.Link {
		return event.Link{Type: event.LinkFollows, To: planID, Offset: event.Offset{Min: event.Duration(minD), Max: event.Duration(maxD), Text: text}}
	}
	for _, c := range []struct {
		name     string
		link     event.Link
		anchor   source.Time
		want     source.Time
		from, to time.Time // the span of want
	}{
		{
			name:   "within 12 hours of a day: hours after a day are known to the hour",
			link:   follows(0, 12*time.Hour, "within 12 hours of"),
			anchor: thursday,
			want:   source.Time{Start: date(24, 0), End: date(25, 11), Precision: source.PrecisionHour, Text: "within 12 hours of"},
			from:   date(24, 0), to: date(25, 12),
		},
		{
			name:   "within 24 hours of a day: whole days keep the day",
			link:   follows(0, 24*time.Hour, "within 24 hours of"),
			anchor: thursday,
			want:   source.Time{Start: date(24, 0), End: date(25, 0), Precision: source.PrecisionDay, Text: "within 24 hours of"},
			from:   date(24, 0), to: date(26, 0),
		},
		{
			name:   "one to 24 hours after a day: the minimum is kept to the hour",
			link:   follows(time.Hour, 24*time.Hour, "an hour to a day after"),
			anchor: thursday,
			want:   source.Time{Start: date(24, 1), End: date(25, 23), Precision: source.PrecisionHour, Text: "an hour to a day after"},
			from:   date(24, 1), to: date(26, 0),
		},
		{
			name:   "within 24 hours of an hour",
			link:   follows(0, 24*time.Hour, "within 24 hours of"),
			anchor: noon,
			want:   source.Time{Start: date(24, 12), End: date(25, 12), Precision: source.PrecisionHour, Text: "within 24 hours of"},
			from:   date(24, 12), to: date(25, 13),
		},
		{
			name:   "then: some time after, without a limit",
			link:   event.Link{Type: event.LinkFollows, To: planID, Text: "then"},
			anchor: thursday,
			want:   source.Time{Start: date(24, 0), Precision: source.PrecisionDay, Bound: source.BoundNotBefore, Text: "then"},
			from:   date(24, 0),
		},
		{
			name:   "at least two hours after, without a limit",
			link:   follows(2*time.Hour, 0, "at least two hours after"),
			anchor: thursday,
			want:   source.Time{Start: date(24, 2), Precision: source.PrecisionHour, Bound: source.BoundNotBefore, Text: "at least two hours after"},
			from:   date(24, 2),
		},
		{
			name:   "after an open-ended anchor",
			link:   follows(0, 24*time.Hour, "within a day of"),
			anchor: source.Year(2022, "since 2022").Since(),
			want:   source.Time{Start: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Precision: source.PrecisionYear, Bound: source.BoundNotBefore, Text: "within a day of"},
			from:   time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := c.link.Resolve(c.anchor)
			require.True(t, ok)
			assert.Equal(t, c.want, got)
			requireNilError(t, got.Validate())
			from, to := got.Span()
			assert.Equal(t, c.from, from, "span from")
			assert.Equal(t, c.to, to, "span to")
		})
	}
}

// TestLinkResolveOffsetText checks that the offset's words win over the
// link's, and that the link's serve when the offset has none.
func TestLinkResolveOffsetText(t *testing.T) {
	l := event.Link{Type: event.LinkFollows, To: planID, Text: "after the approval", Offset: event.Offset{Max: event.Duration(time.Hour)}}
	got, ok := l.Resolve(source.Day(2025, time.April, 24, "Thursday"))
	require.True(t, ok)
	assert.Equal(t, "after the approval", got.Text)
	l.Offset.Text = "within the hour"
	got, ok = l.Resolve(source.Day(2025, time.April, 24, "Thursday"))
	require.True(t, ok)
	assert.Equal(t, "within the hour", got.Text)
}

func TestLinkResolveNot(t *testing.T) {
	thursday := source.Day(2025, time.April, 24, "Thursday")
	for _, typ := range event.LinkTypes() {
		if typ == event.LinkFollows {
			continue
		}
		_, ok := event.Link{Type: typ, To: planID, Offset: event.Offset{Max: event.Duration(time.Hour)}}.Resolve(thursday)
		assert.False(t, ok, "a %s link does not resolve", typ)
	}
	follows := event.Link{Type: event.LinkFollows, To: planID, Offset: event.Offset{Max: event.Duration(time.Hour)}}
	for name, anchor := range map[string]source.Time{
		"no time":            {},
		"a phrase only":      {Text: "during the campaign"},
		"not after a date":   {Start: time.Date(2025, 4, 23, 0, 0, 0, 0, time.UTC), Precision: source.PrecisionDay, Bound: source.BoundNotAfter},
		"a zone without one": {Text: "in the morning", Zone: "Kyiv time"},
	} {
		got, ok := follows.Resolve(anchor)
		assert.False(t, ok, name)
		assert.Equal(t, source.Time{}, got, name)
	}
}
