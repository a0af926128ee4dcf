package newsevent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// nonNil returns l, or an empty slice for nil, so that JSON has [] and
// not null.
func nonNil[T any](l []T) []T {
	if l == nil {
		return []T{}
	}
	return l
}

// MarshalJSON encodes the story as one object with the arrays actors,
// territories, sources, statuses and events, always present, each in the
// order its records were added, and identities when the story has
// identity claims (an older document, which has none, encodes as it
// was). The same story always gives the same bytes. Its receiver is a
// value, so that a Story held by value in another struct marshals in
// full, not as {}.
//
// Each record is encoded once, straight into the result: the events by
// [event.AppendJSON], whose bytes are written as they are, not re-scanned
// as json.Marshal of a struct holding them would.
func (s Story) MarshalJSON() ([]byte, error) {
	b := storyBuffers.Get().(*bytes.Buffer)
	defer storyBuffers.Put(b)
	b.Reset()
	enc := json.NewEncoder(b)
	// list writes the member name and the list as json.Marshal would,
	// without the Encoder's newline.
	list := func(name string, v any) error {
		b.WriteString(name)
		if err := enc.Encode(v); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
		return nil
	}
	fail := func(err error) ([]byte, error) {
		return nil, fmt.Errorf("newsevent: story: %w", err)
	}
	if err := list(`{"actors":`, nonNil(s.actors)); err != nil {
		return fail(err)
	}
	if err := list(`,"territories":`, nonNil(s.territories)); err != nil {
		return fail(err)
	}
	if err := list(`,"sources":`, nonNil(s.sources)); err != nil {
		return fail(err)
	}
	if err := list(`,"statuses":`, nonNil(s.statuses)); err != nil {
		return fail(err)
	}
	b.WriteString(`,"events":[`)
	for i, e := range s.events {
		if i > 0 {
			b.WriteByte(',')
		}
		if isNilEvent(e) {
			return fail(fmt.Errorf("events[%d]: nil event", i))
		}
		// Straight into the buffer's spare room, which after the first
		// document from a pooled buffer holds the whole document.
		data, err := event.AppendJSON(b.AvailableBuffer(), e)
		if err != nil {
			return fail(fmt.Errorf("events[%d]: %w", i, err))
		}
		b.Write(data)
	}
	b.WriteByte(']')
	if len(s.identities) > 0 {
		if err := list(`,"identities":`, s.identities); err != nil {
			return fail(err)
		}
	}
	b.WriteByte('}')
	return bytes.Clone(b.Bytes()), nil
}

// storyBuffers are the buffers Story.MarshalJSON builds a document in
// before it copies it out, so that the buffer's growth is paid once, not
// per document, as json.Marshal does with its own.
var storyBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// storyLists are the members of a story's JSON object, in order.
var storyLists = [...]string{"actors", "territories", "sources", "statuses", "events", "identities"}

// UnmarshalJSON decodes a story, replacing what s held, under
// [DefaultLimits]; see [Limits.DecodeJSON].
func (s *Story) UnmarshalJSON(data []byte) error {
	return DefaultLimits().DecodeJSON(data, s)
}

// DecodeJSON decodes a story from data, the JSON form [Story.MarshalJSON]
// writes, into s, replacing what s held, under the limits l. A list that
// is missing is empty (the library always writes the first five, and
// identities when there are some). Every error is a *[vocab.DecodeError] that gives the
// byte offset and the JSON path ("events[3].casualties[0].value") of the
// value at fault; an unknown field, kind or code is a *[vocab.UnknownError]
// inside it, a limit a *[vocab.LimitError]. The literal null leaves s as it
// was, as encoding/json does for any value. Records with a duplicate or
// zero ID are kept, for [Story.Validate] to report; decoding does not
// validate. On error, s is left as it was.
//
// Worst case: time and memory linear in len(data), each byte scanned
// twice (once under the limits, once by the record's own decoder).
func (l Limits) DecodeJSON(data []byte, s *Story) error {
	l = l.resolved()
	if jsonx.IsNull(data) {
		return nil
	}
	fail := func(p *jsonx.Problem) error {
		return &vocab.DecodeError{Scope: "newsevent: story", Offset: p.Offset, Path: p.Path, Err: p.Err}
	}
	if l.MaxDocumentBytes > 0 && int64(len(data)) > l.MaxDocumentBytes {
		return fail(&jsonx.Problem{Offset: l.MaxDocumentBytes, Err: &vocab.LimitError{Limit: "MaxDocumentBytes", Max: l.MaxDocumentBytes}})
	}
	if err := jsonx.Scan(data, jsonx.Limits{MaxDepth: l.MaxDepth, MaxKeys: l.MaxKeys, MaxStringBytes: l.MaxStringBytes}); err != nil {
		return fail(err.(*jsonx.Problem))
	}
	members, err := jsonx.Members(data)
	if err != nil {
		return fail(err.(*jsonx.Problem))
	}
	var lists [len(storyLists)][]jsonx.Span
	records := 0
	for _, m := range members {
		i := slices.Index(storyLists[:], m.Key)
		if i < 0 {
			// Scan has seen the key; it is lower-case, so no field.
			return fail(&jsonx.Problem{Offset: int64(m.KeyStart), Err: &vocab.UnknownError{Scope: "json", Set: "field", Value: m.Key}})
		}
		elems, p := jsonx.Elements(data, m.Value)
		if p != nil {
			return fail(&jsonx.Problem{Offset: p.Offset, Path: m.Key, Err: p.Err})
		}
		records += len(elems)
		if l.MaxRecords > 0 && records > l.MaxRecords {
			return fail(&jsonx.Problem{Offset: int64(elems[len(elems)-1].Start), Path: m.Key, Err: &vocab.LimitError{Limit: "MaxRecords", Max: int64(l.MaxRecords)}})
		}
		lists[i] = elems
	}
	var d Story
	d.actors = make([]actor.Actor, len(lists[0]))
	d.territories = make([]territory.Territory, len(lists[1]))
	d.sources = make([]source.Source, len(lists[2]))
	d.statuses = make([]territory.Status, len(lists[3]))
	d.events = make([]event.Event, len(lists[4]))
	if len(lists[5]) > 0 {
		d.identities = make([]Identity, len(lists[5]))
	}
	for list, elems := range lists {
		for i, sp := range elems {
			raw := data[sp.Start:sp.End]
			path := storyLists[list] + "[" + strconv.Itoa(i) + "]"
			if string(raw) == "null" {
				return fail(&jsonx.Problem{Offset: int64(sp.Start), Path: path, Err: errors.New("json: a record is null")})
			}
			var err error
			switch list {
			case 0:
				err = d.actors[i].UnmarshalJSON(raw)
			case 1:
				err = d.territories[i].UnmarshalJSON(raw)
			case 2:
				err = d.sources[i].UnmarshalJSON(raw)
			case 3:
				err = d.statuses[i].UnmarshalJSON(raw)
			case 4:
				d.events[i], err = event.Unmarshal(raw)
			case 5:
				err = d.identities[i].UnmarshalJSON(raw)
			}
			if err != nil {
				return relocate("newsevent: story", 0, int64(sp.Start), path, err)
			}
		}
	}
	*s = Story{}
	s.actors, s.territories, s.sources, s.statuses, s.events, s.identities = d.actors, d.territories, d.sources, d.statuses, d.events, d.identities
	s.reindexIDs()
	return nil
}

// relocate returns err, the error of decoding a record that starts at
// byte base of the input (of a line, when line > 0) and sits at path, as
// one *vocab.DecodeError of scope that locates the problem in the input.
func relocate(scope string, line int, base int64, path string, err error) error {
	var d *vocab.DecodeError
	if errors.As(err, &d) {
		off := int64(-1)
		if d.Offset >= 0 {
			off = base + d.Offset
		}
		p := path
		if d.Path != "" {
			p = validate.Join(path, d.Path)
		}
		return &vocab.DecodeError{Scope: scope, Line: line, Offset: off, Path: p, Err: d.Err}
	}
	return &vocab.DecodeError{Scope: scope, Line: line, Offset: base, Path: path, Err: err}
}

// reindexIDs rebuilds the ID map from the lists, first record first, and
// makes s the writer of its records with a fresh query index: decoders
// fill a story's lists and then call it.
func (s *Story) reindexIDs() {
	s.self, s.cache = s, new(indexCache)
	s.byID = make(map[uuid.UUID]slot, len(s.actors)+len(s.territories)+len(s.sources)+len(s.statuses)+len(s.events)+len(s.identities))
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
	for i, id := range s.identities {
		s.put(typeIdentity, uuid.UUID(id.ID), i)
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
