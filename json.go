package newsevent

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// storyJSON is the JSON form of a story: five arrays, always present, in
// the order records were added.
type storyJSON struct {
	Actors      []actor.Actor         `json:"actors"`
	Territories []territory.Territory `json:"territories"`
	Sources     []source.Source       `json:"sources"`
	Statuses    []territory.Status    `json:"statuses"`
	Events      event.List            `json:"events"`
}

// nonNil returns l, or an empty slice for nil, so that JSON has [] and
// not null.
func nonNil[T any](l []T) []T {
	if l == nil {
		return []T{}
	}
	return l
}

// MarshalJSON encodes the story as one object with the arrays actors,
// territories, sources, statuses and events. The same story always gives
// the same bytes.
func (s *Story) MarshalJSON() ([]byte, error) {
	return json.Marshal(storyJSON{
		Actors:      nonNil(s.actors),
		Territories: nonNil(s.territories),
		Sources:     nonNil(s.sources),
		Statuses:    nonNil(s.statuses),
		Events:      nonNil(s.events),
	})
}

// UnmarshalJSON decodes a story, replacing what s held. Unknown fields and
// event kinds are errors that name them. Records with a duplicate or zero
// ID are kept, for [Story.Validate] to report; decoding does not validate.
func (s *Story) UnmarshalJSON(data []byte) error {
	var w storyJSON
	if err := jsonx.Strict("newsevent: story", data, &w); err != nil {
		return err
	}
	s.reset()
	s.actors, s.territories, s.sources, s.statuses = w.Actors, w.Territories, w.Sources, w.Statuses
	for i, e := range w.Events {
		if e == nil {
			return fmt.Errorf("newsevent: story: events[%d] is null", i)
		}
	}
	s.events = w.Events
	s.reindexIDs()
	return nil
}

// reset empties the story.
func (s *Story) reset() {
	s.actors, s.territories, s.sources, s.statuses, s.events = nil, nil, nil, nil, nil
	s.byID = nil
	s.mu.Lock()
	s.idx = nil
	s.mu.Unlock()
}

// reindexIDs rebuilds the ID map from the lists, first record first.
func (s *Story) reindexIDs() {
	s.byID = make(map[uuid.UUID]slot, len(s.actors)+len(s.territories)+len(s.sources)+len(s.statuses)+len(s.events))
	for i, a := range s.actors {
		s.put(typeActor, uuid.UUID(a.ID), i)
	}
	for i, t := range s.territories {
		s.put(typeTerritory, uuid.UUID(t.ID), i)
	}
	for i, src := range s.sources {
		s.put(typeSource, uuid.UUID(src.ID), i)
	}
	for i, st := range s.statuses {
		s.put(typeStatus, uuid.UUID(st.ID), i)
	}
	for i, e := range s.events {
		s.put(typeEvent, uuid.UUID(e.Head().ID), i)
	}
}

// MarshalIndent is like MarshalJSON with each element on its own
// indented line, for people to read.
func (s *Story) MarshalIndent(prefix, indent string) ([]byte, error) {
	data, err := s.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, data, prefix, indent); err != nil {
		return nil, fmt.Errorf("newsevent: story: %w", err)
	}
	return b.Bytes(), nil
}
