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

// rawStoryJSON is the JSON form of a story with its records undecoded,
// so that an error can name the record ("events[3]") and a null record
// is an error rather than a zero record.
type rawStoryJSON struct {
	Actors      []json.RawMessage `json:"actors"`
	Territories []json.RawMessage `json:"territories"`
	Sources     []json.RawMessage `json:"sources"`
	Statuses    []json.RawMessage `json:"statuses"`
	Events      []json.RawMessage `json:"events"`
}

// UnmarshalJSON decodes a story, replacing what s held. Unknown fields and
// event kinds are errors that name them and the record ("events[3]"); a
// null record is an error. Records with a duplicate or zero ID are kept,
// for [Story.Validate] to report; decoding does not validate. On error,
// s is left as it was.
func (s *Story) UnmarshalJSON(data []byte) error {
	var w rawStoryJSON
	if err := jsonx.Strict("newsevent: story", data, &w); err != nil {
		return err
	}
	actors, err := decodeList[actor.Actor]("actors", w.Actors)
	if err != nil {
		return err
	}
	territories, err := decodeList[territory.Territory]("territories", w.Territories)
	if err != nil {
		return err
	}
	sources, err := decodeList[source.Source]("sources", w.Sources)
	if err != nil {
		return err
	}
	statuses, err := decodeList[territory.Status]("statuses", w.Statuses)
	if err != nil {
		return err
	}
	var events []event.Event
	if w.Events != nil {
		events = make([]event.Event, len(w.Events))
	}
	for i, raw := range w.Events {
		if isNull(raw) {
			return fmt.Errorf("newsevent: story: events[%d] is null", i)
		}
		if events[i], err = event.Unmarshal(raw); err != nil {
			return fmt.Errorf("newsevent: story: events[%d]: %w", i, err)
		}
	}
	s.reset()
	s.actors, s.territories, s.sources, s.statuses, s.events = actors, territories, sources, statuses, events
	s.reindexIDs()
	return nil
}

// decodeList decodes each record of the list name with its own
// UnmarshalJSON, which is strict.
func decodeList[T any, PT interface {
	*T
	json.Unmarshaler
}](name string, raws []json.RawMessage) ([]T, error) {
	if raws == nil {
		return nil, nil
	}
	out := make([]T, len(raws))
	for i, raw := range raws {
		if isNull(raw) {
			return nil, fmt.Errorf("newsevent: story: %s[%d] is null", name, i)
		}
		if err := PT(&out[i]).UnmarshalJSON(raw); err != nil {
			return nil, fmt.Errorf("newsevent: story: %s[%d]: %w", name, i, err)
		}
	}
	return out, nil
}

// isNull reports whether raw is the JSON literal null.
func isNull(raw []byte) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

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
		s.put(typeEvent, uuid.UUID(event.HeaderOf(e).ID), i)
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
