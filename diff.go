package newsevent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsondiff"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Diff is what changed from one version of a story to another: the
// records the newer version adds, those it no longer has, and those it
// has in both with other content, each with every changed path. Made by
// [Story.Diff]; its JSON form is the data, [Diff.String] the text for
// people.
type Diff struct {
	// Added are the records only the newer version has, in its order.
	Added []RecordRef `json:"added,omitzero"`
	// Removed are the records only the older version has, in its order.
	Removed []RecordRef `json:"removed,omitzero"`
	// Changed are the records both versions have with other JSON, in
	// the order of the newer version.
	Changed []RecordChange `json:"changed,omitzero"`
}

// RecordRef names one record of a story: its type ("actor", "territory",
// "source", "status", "event" or "identity"), its ID, and a label to read
// it by: an actor's or territory's name, or its description when it has
// no name; a source's title, URL or description; a status's words as
// written, or its relation; an event's title; an identity claim's text,
// or its relation.
type RecordRef struct {
	// Type is the record's type, as a JSON Lines stream names it.
	Type string `json:"type"`
	// ID is the record's ID.
	ID uuid.UUID `json:"id"`
	// Label is the record's name or title, or "" when it has none.
	Label string `json:"label,omitempty"`
}

// RecordChange is one record present in both versions of a story whose
// JSON differs, with every changed path. Its label is the newer
// version's.
type RecordChange struct {
	RecordRef
	// Fields are the changed paths, in the order of the newer record
	// (its fields in order, the elements of a list by index), then the
	// fields it no longer has.
	Fields []FieldChange `json:"fields"`
}

// FieldChange is one changed path inside a record, with its old and new
// JSON value. Path is a JSON path in the style of validation problems
// ("casualties[1].value", "names[0].text"); a key that is not an
// identifier is quoted in brackets (`codes["a.b"]`). Old is empty when
// the value was added, New when it was removed. The index of a removed
// array element is its index in the older record; every other index is
// that of the newer one.
type FieldChange struct {
	// Path is where the value sits in the record's JSON.
	Path string `json:"path"`
	// Old is the value in the older version, compact; empty when added.
	Old json.RawMessage `json:"old,omitempty"`
	// New is the value in the newer version, compact; empty when removed.
	New json.RawMessage `json:"new,omitempty"`
}

// Diff returns what changed from s to newer. Records are matched by ID
// (two records of one story with the same ID, which Validate reports, are
// matched in order: the first with the first); a record whose type
// changed, the same ID now naming another type of record, is removed and
// added. Two records differ when their JSON does (as [Story.MarshalJSON]
// writes them, an event with its kind), compared value by value: the
// order of keys and the spelling of numbers do not count, the order of
// list elements does. Lists are aligned on their longest common
// subsequence of equal elements, so that an element inserted at the front
// of a list is one addition, not a change of every element; elements left
// over between two aligned ones are paired in order, and a pair of
// objects is compared field by field. A nil story is an empty one.
//
// A story's diff with itself is empty, and newer.Diff(s) is the inverse
// of s.Diff(newer): added and removed swap, and so do old and new (the
// path of a changed element of a list gives its index in the newer
// version, so it may differ between the two when elements were inserted
// before it).
//
// Worst case: time and memory linear in the size of both stories, plus
// the alignment of the lists of changed records. Records whose Go values
// are deeply equal have the same JSON and are not encoded; the others are
// encoded once each. A list is aligned in time and memory of at most the
// product of the lengths of its two versions, once their common head and
// tail are taken off, and of 1<<20 element pairs: a longer one is compared
// position by position, which lists more changes but still right ones.
func (s *Story) Diff(newer *Story) (Diff, error) {
	olds, err := s.diffRecords()
	if err != nil {
		return Diff{}, err
	}
	news, err := newer.diffRecords()
	if err != nil {
		return Diff{}, err
	}
	// first maps an ID to the first older record with it not yet
	// matched; next chains the older records that share an ID.
	first := make(map[uuid.UUID]int, len(olds))
	next := make([]int, len(olds))
	for i := len(olds) - 1; i >= 0; i-- {
		next[i] = -1
		if j, ok := first[olds[i].id]; ok {
			next[i] = j
		}
		first[olds[i].id] = i
	}
	matched := make([]bool, len(olds))
	var d Diff
	for _, n := range news {
		i, ok := first[n.id]
		if !ok {
			d.Added = append(d.Added, n.ref())
			continue
		}
		if next[i] >= 0 {
			first[n.id] = next[i]
		} else {
			delete(first, n.id)
		}
		o := olds[i]
		if o.typ != n.typ {
			d.Added = append(d.Added, n.ref())
			continue
		}
		matched[i] = true
		fields, err := diffRecord(o, n)
		if err != nil {
			return Diff{}, err
		}
		if len(fields) > 0 {
			d.Changed = append(d.Changed, RecordChange{RecordRef: n.ref(), Fields: fields})
		}
	}
	for i, o := range olds {
		if !matched[i] {
			d.Removed = append(d.Removed, o.ref())
		}
	}
	return d, nil
}

// diffRecord returns what changed from the record o to the record n of
// the same type and ID. Deeply equal values encode alike (the encoding
// is deterministic), so only records that differ as Go values are
// encoded; those may still have the same JSON.
func diffRecord(o, n storyRecord) ([]FieldChange, error) {
	if reflect.DeepEqual(o.value(), n.value()) {
		return nil, nil
	}
	before, err := o.json()
	if err != nil {
		return nil, err
	}
	after, err := n.json()
	if err != nil {
		return nil, err
	}
	if bytes.Equal(before, after) {
		return nil, nil
	}
	changes, err := jsondiff.Compare(before, after)
	if err != nil {
		return nil, fmt.Errorf("newsevent: diff of %s %s: %w", n.typ, n.id, err)
	}
	if len(changes) == 0 {
		return nil, nil
	}
	fields := make([]FieldChange, len(changes))
	for k, c := range changes {
		fields[k] = FieldChange(c)
	}
	return fields, nil
}

// storyRecord is one record of a story, by its type and its index in the
// list of that type, with its ID, for Diff.
type storyRecord struct {
	typ recordType
	id  uuid.UUID
	s   *Story
	i   int
}

// value returns a pointer to the record (an event as it is held), to
// compare and encode without a copy.
func (r storyRecord) value() any {
	switch r.typ {
	case typeActor:
		return &r.s.actors[r.i]
	case typeTerritory:
		return &r.s.territories[r.i]
	case typeSource:
		return &r.s.sources[r.i]
	case typeStatus:
		return &r.s.statuses[r.i]
	case typeEvent:
		return r.s.events[r.i]
	}
	return &r.s.identities[r.i]
}

// ref returns the record's type, ID and label.
func (r storyRecord) ref() RecordRef {
	return RecordRef{Type: r.typ.String(), ID: r.id, Label: r.label()}
}

// label returns the words a person reads the record by; see [RecordRef].
func (r storyRecord) label() string {
	or := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	switch v := r.value().(type) {
	case *actor.Actor:
		return or(v.Name, v.Description)
	case *territory.Territory:
		return or(v.Name, v.Description)
	case *source.Source:
		return or(v.Title, or(v.URL, v.Description))
	case *territory.Status:
		return or(v.Words, string(v.Relation))
	case event.Event:
		return event.HeaderOf(v).Title
	case *Identity:
		return or(v.Text, string(v.Relation))
	}
	return ""
}

// json returns the record's JSON, as Encoder.Encode writes it in a line
// and MarshalJSON in a story.
func (r storyRecord) json() ([]byte, error) {
	data, err := json.Marshal(r.value())
	if err != nil {
		return nil, fmt.Errorf("newsevent: diff: encode %s %s: %w", r.typ, r.id, err)
	}
	return data, nil
}

// diffRecords returns every record of s with its type and ID, in the
// order of its JSON form; none for a nil story.
func (s *Story) diffRecords() ([]storyRecord, error) {
	if s == nil {
		return nil, nil
	}
	out := make([]storyRecord, 0, len(s.actors)+len(s.territories)+len(s.sources)+len(s.statuses)+len(s.events)+len(s.identities))
	add := func(t recordType, id uuid.UUID, i int) {
		out = append(out, storyRecord{typ: t, id: id, s: s, i: i})
	}
	for i, a := range s.actors {
		add(typeActor, uuid.UUID(a.ID), i)
	}
	for i, t := range s.territories {
		add(typeTerritory, uuid.UUID(t.ID), i)
	}
	for i, src := range s.sources {
		add(typeSource, uuid.UUID(src.ID), i)
	}
	for i, st := range s.statuses {
		add(typeStatus, uuid.UUID(st.ID), i)
	}
	for i, e := range s.events {
		h := event.HeaderOf(e)
		if h == nil {
			return nil, errors.New("newsevent: diff: a story holds a nil event")
		}
		add(typeEvent, uuid.UUID(h.ID), i)
	}
	for i, id := range s.identities {
		add(typeIdentity, uuid.UUID(id.ID), i)
	}
	return out, nil
}

// Empty reports whether the diff has no changes: the two versions hold
// the same records with the same content.
func (d Diff) Empty() bool {
	return len(d.Added) == 0 && len(d.Removed) == 0 && len(d.Changed) == 0
}

// diffTextWidth is how many characters of a label or a value
// [Diff.String] shows; a longer one is cut to one less and ends with "…".
const diffTextWidth = 60

// String returns the diff as text for people: one line per record, "+"
// for an added one, "-" for a removed one, "~" for a changed one, with
// its type, ID and quoted label; under a changed record, one indented
// line per changed path, "path: old → new", "path: + new" or
// "path: - old". Values are compact JSON, and labels and values longer
// than 60 characters are cut to 59 and end with "…". Added records come
// first, then removed ones, then changed ones, each in the order of the
// diff; an empty diff is "".
func (d Diff) String() string {
	var b strings.Builder
	for _, r := range d.Added {
		writeRef(&b, '+', r)
	}
	for _, r := range d.Removed {
		writeRef(&b, '-', r)
	}
	for _, c := range d.Changed {
		writeRef(&b, '~', c.RecordRef)
		for _, f := range c.Fields {
			b.WriteString("    ")
			if f.Path == "" {
				b.WriteString("(record)")
			} else {
				b.WriteString(f.Path)
			}
			b.WriteString(": ")
			switch {
			case len(f.Old) == 0:
				b.WriteString("+ ")
				b.WriteString(cut(string(f.New)))
			case len(f.New) == 0:
				b.WriteString("- ")
				b.WriteString(cut(string(f.Old)))
			default:
				b.WriteString(cut(string(f.Old)))
				b.WriteString(" → ")
				b.WriteString(cut(string(f.New)))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// writeRef writes the line of one record.
func writeRef(b *strings.Builder, mark byte, r RecordRef) {
	b.WriteByte(mark)
	b.WriteByte(' ')
	b.WriteString(r.Type)
	b.WriteByte(' ')
	b.WriteString(r.ID.String())
	if r.Label != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(cut(r.Label)))
	}
	b.WriteByte('\n')
}

// cut returns s, or its first diffTextWidth-1 characters and "…" when it
// is longer than diffTextWidth.
func cut(s string) string {
	if utf8.RuneCountInString(s) <= diffTextWidth {
		return s
	}
	n := 0
	for i := range s {
		if n == diffTextWidth-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
