package newsevent_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/territory"
)

func TestDiffOfItselfIsEmpty(t *testing.T) {
	for _, s := range []*newsevent.Story{fullStory(t), synth.Story(200, 3), {}, nil} {
		d, err := s.Diff(s)
		require.NoError(t, err)
		assert.True(t, d.Empty())
		assert.Equal(t, "", d.String())
		data, err := json.Marshal(d)
		require.NoError(t, err)
		assert.JSONEq(t, `{}`, string(data))
	}
	// A copy through JSON and through JSON Lines is the same story.
	s := fullStory(t)
	back, err := newsevent.ReadJSON(bytes.NewReader(marshal(t, s)))
	require.NoError(t, err)
	d, err := s.Diff(back)
	require.NoError(t, err)
	assert.True(t, d.Empty(), d.String())
	back, err = newsevent.ReadJSONL(bytes.NewReader(jsonl(t, s)))
	require.NoError(t, err)
	d, err = back.Diff(s)
	require.NoError(t, err)
	assert.True(t, d.Empty(), d.String())
}

func TestDiffNilStory(t *testing.T) {
	s := fullStory(t)
	var n int
	for range s.Records() {
		n++
	}
	var empty *newsevent.Story
	d, err := empty.Diff(s)
	require.NoError(t, err)
	assert.Len(t, d.Added, n)
	assert.Empty(t, d.Removed)
	assert.Empty(t, d.Changed)
	d, err = s.Diff(nil)
	require.NoError(t, err)
	assert.Len(t, d.Removed, n)
	assert.Empty(t, d.Added)
}

// TestDiffEveryType edits one record of each type in the full story and
// checks the reference, the label and the changed path of each.
func TestDiffEveryType(t *testing.T) {
	older := fullStory(t)
	var newer newsevent.Story
	for r := range older.Records() {
		switch r := r.(type) {
		case newsevent.ActorRecord:
			if r.Actor.ID == aRussia {
				r.Actor.Name = "Russian Federation"
			}
			mustAdd(t, &newer, r)
		case newsevent.TerritoryRecord:
			if r.Territory.ID == tKyiv {
				r.Territory.Names = append(r.Territory.Names, r.Territory.Names...)
			}
			mustAdd(t, &newer, r)
		case newsevent.SourceRecord:
			if r.Source.ID == sReuters {
				r.Source.Title = "Reuters, updated"
			}
			mustAdd(t, &newer, r)
		case newsevent.StatusRecord:
			if r.Status.ID == stControl {
				r.Status.Words = "controls, says Kyiv"
			}
			mustAdd(t, &newer, r)
		case newsevent.EventRecord:
			if r.Event.Head().ID == eStrike {
				a := r.Event.(*event.Attack)
				a.Title = "Russian strike on Kyiv, updated"
				a.Casualties[0].Value++
			}
			mustAdd(t, &newer, r)
		case newsevent.IdentityRecord:
			r.Identity.Text = "named later as"
			mustAdd(t, &newer, r)
		}
	}
	d, err := older.Diff(&newer)
	require.NoError(t, err)
	assert.Empty(t, d.Added)
	assert.Empty(t, d.Removed)
	byType := map[string]newsevent.RecordChange{}
	for _, c := range d.Changed {
		assert.NotContains(t, byType, c.Type, "one change per type")
		byType[c.Type] = c
		assert.NotEmpty(t, c.Fields)
	}
	require.Len(t, byType, 6, d.String())

	a := byType["actor"]
	assert.Equal(t, uuid.UUID(aRussia), a.ID)
	assert.Equal(t, "Russian Federation", a.Label)
	assert.Equal(t, []newsevent.FieldChange{{Path: "name", Old: json.RawMessage(`"Russia"`), New: json.RawMessage(`"Russian Federation"`)}}, a.Fields)

	tr := byType["territory"]
	assert.Equal(t, uuid.UUID(tKyiv), tr.ID)
	assert.Equal(t, "Kyiv", tr.Label)
	for _, f := range tr.Fields {
		assert.True(t, strings.HasPrefix(f.Path, "names["), f.Path)
		assert.Empty(t, f.Old, "names are only added at the end")
	}

	assert.Equal(t, "Reuters, updated", byType["source"].Label)
	assert.Equal(t, "controls, says Kyiv", byType["status"].Label)
	assert.Equal(t, "named later as", byType["identity"].Label)

	e := byType["event"]
	assert.Equal(t, uuid.UUID(eStrike), e.ID)
	assert.Equal(t, "Russian strike on Kyiv, updated", e.Label)
	paths := []string{}
	for _, f := range e.Fields {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"title", "casualties[0].value"}, paths)
}

func TestDiffTypeChanged(t *testing.T) {
	id := uuid.MustParse("0190c3d4-0000-7000-8000-000000000001")
	var older, newer newsevent.Story
	mustAdd(t, &older, newsevent.TerritoryRecord{Territory: place(territory.ID(id), territory.KindCity, "Kyiv", territory.ID{})})
	mustAdd(t, &newer, newsevent.ActorRecord{Actor: person(actor.ID(id), "Kyiv")})
	d, err := older.Diff(&newer)
	require.NoError(t, err)
	assert.Equal(t, newsevent.Diff{
		Added:   []newsevent.RecordRef{{Type: "actor", ID: id, Label: "Kyiv"}},
		Removed: []newsevent.RecordRef{{Type: "territory", ID: id, Label: "Kyiv"}},
	}, d)
}

// TestDiffRepeatedIDs: a story decoded with two records of one ID (which
// Validate reports) is matched in order.
func TestDiffRepeatedIDs(t *testing.T) {
	doc := func(names ...string) *newsevent.Story {
		var actors []string
		for _, n := range names {
			actors = append(actors, `{"id":"0190c3d4-0000-7000-8000-000000000001","kind":"person","name":"`+n+`"}`)
		}
		s, err := newsevent.ReadJSON(strings.NewReader(`{"actors":[` + strings.Join(actors, ",") + `]}`))
		require.NoError(t, err)
		return s
	}
	d, err := doc("A", "B").Diff(doc("A", "C", "D"))
	require.NoError(t, err)
	id := uuid.MustParse("0190c3d4-0000-7000-8000-000000000001")
	assert.Equal(t, []newsevent.RecordRef{{Type: "actor", ID: id, Label: "D"}}, d.Added)
	assert.Empty(t, d.Removed)
	require.Len(t, d.Changed, 1)
	assert.Equal(t, "C", d.Changed[0].Label)
	assert.Equal(t, []newsevent.FieldChange{{Path: "name", Old: json.RawMessage(`"B"`), New: json.RawMessage(`"C"`)}}, d.Changed[0].Fields)
}

func TestDiffText(t *testing.T) {
	id := uuid.MustParse("0190c3d4-0000-7000-8000-000000000001")
	long := strings.Repeat("Київ ", 20) // 100 characters, 180 bytes
	d := newsevent.Diff{
		Added:   []newsevent.RecordRef{{Type: "event", ID: id, Label: `Strike on "Kyiv"`}},
		Removed: []newsevent.RecordRef{{Type: "actor", ID: id}},
		Changed: []newsevent.RecordChange{{
			RecordRef: newsevent.RecordRef{Type: "territory", ID: id, Label: long},
			Fields: []newsevent.FieldChange{
				{Path: "name", Old: json.RawMessage(`"Kiev"`), New: json.RawMessage(`"Kyiv"`)},
				{Path: "names[1]", New: json.RawMessage(`{"text":"Київ","lang":"uk"}`)},
				{Path: `codes["a.b"]`, Old: json.RawMessage(strconv.Quote(long))},
			},
		}},
	}
	cut := string([]rune(long)[:59]) + "…"
	quotedCut := string([]rune(strconv.Quote(long))[:59]) + "…"
	want := `+ event 0190c3d4-0000-7000-8000-000000000001 "Strike on \"Kyiv\""
- actor 0190c3d4-0000-7000-8000-000000000001
~ territory 0190c3d4-0000-7000-8000-000000000001 "` + cut + `"
    name: "Kiev" → "Kyiv"
    names[1]: + {"text":"Київ","lang":"uk"}
    codes["a.b"]: - ` + quotedCut + `
`
	assert.Equal(t, want, d.String())
	assert.False(t, d.Empty())
}

func TestDiffJSON(t *testing.T) {
	id := uuid.MustParse("0190c3d4-0000-7000-8000-000000000001")
	d := newsevent.Diff{Changed: []newsevent.RecordChange{{
		RecordRef: newsevent.RecordRef{Type: "event", ID: id, Label: "strike"},
		Fields:    []newsevent.FieldChange{{Path: "casualties[0].value", Old: json.RawMessage(`12`), New: json.RawMessage(`15`)}, {Path: "notes", New: json.RawMessage(`[]`)}},
	}}}
	data, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"changed":[{"type":"event","id":"0190c3d4-0000-7000-8000-000000000001","label":"strike","fields":[
		{"path":"casualties[0].value","old":12,"new":15},{"path":"notes","new":[]}]}]}`, string(data))
	var back newsevent.Diff
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, d, back)
}

// want is what Diff must find between a story and its perturbed copy.
type want struct {
	added, removed, changed []uuid.UUID
	titles                  map[uuid.UUID][2]string // old and new title of an edited event
}

// perturb returns a copy of s built from its records with some edited,
// some dropped, some territories turned into actors of the same ID, and
// new records added, and what Diff(s, copy) must find. Edits only change
// scalars or append to lists, so that every path reads the same from
// either side.
func perturb(t testing.TB, s *newsevent.Story, seed uint64, rate float64) (*newsevent.Story, want) {
	t.Helper()
	rnd := rand.New(rand.NewPCG(seed, 7))
	var out newsevent.Story
	w := want{titles: map[uuid.UUID][2]string{}}
	edited, created := map[uuid.UUID]bool{}, map[uuid.UUID]bool{}
	var retyped []actor.Actor
	for r := range s.Records() {
		p := rnd.Float64()
		switch {
		case p < rate/2:
			continue // dropped
		case p < rate:
			r = edit(r, rnd, &w)
			edited[idOf(r)] = true
		case p < rate*1.2:
			if tr, ok := r.(newsevent.TerritoryRecord); ok {
				retyped = append(retyped, person(actor.ID(tr.Territory.ID), "retyped "+tr.Territory.Name))
				continue
			}
		}
		mustAdd(t, &out, r)
	}
	for _, a := range retyped {
		mustAdd(t, &out, newsevent.ActorRecord{Actor: a})
		created[uuid.UUID(a.ID)] = true
	}
	for i := range 1 + int(rate*10) {
		a := person(actor.IDFor("new actor "+strconv.Itoa(i)+" "+strconv.FormatUint(seed, 10)), "New Actor")
		mustAdd(t, &out, newsevent.ActorRecord{Actor: a})
		created[uuid.UUID(a.ID)] = true
		ev := s.Events()[i]
		h := event.HeaderOf(ev)
		h.ID = event.IDFor("new event " + strconv.Itoa(i) + " " + strconv.FormatUint(seed, 10))
		h.Title = "new " + h.Title
		mustAdd(t, &out, newsevent.EventRecord{Event: ev})
		created[uuid.UUID(h.ID)] = true
	}
	kept := map[uuid.UUID]string{}
	for r := range out.Records() {
		kept[idOf(r)] = typeOf(r)
		switch id := idOf(r); {
		case created[id]:
			w.added = append(w.added, id)
		case edited[id]:
			w.changed = append(w.changed, id)
		}
	}
	for r := range s.Records() {
		if typ, ok := kept[idOf(r)]; !ok || typ != typeOf(r) {
			w.removed = append(w.removed, idOf(r))
		}
	}
	return &out, w
}

// edit returns the record changed so that its JSON differs.
func edit(r newsevent.Record, rnd *rand.Rand, w *want) newsevent.Record {
	const more = " (updated)"
	switch r := r.(type) {
	case newsevent.ActorRecord:
		r.Actor.Description += more
		r.Actor.MemberOf = append(r.Actor.MemberOf, actor.IDFor("alliance"))
		return r
	case newsevent.TerritoryRecord:
		r.Territory.Description += more
		return r
	case newsevent.SourceRecord:
		r.Source.Title += more
		return r
	case newsevent.StatusRecord:
		r.Status.Words += more
		return r
	case newsevent.IdentityRecord:
		r.Identity.Text += more
		return r
	case newsevent.EventRecord:
		h := event.HeaderOf(r.Event)
		w.titles[uuid.UUID(h.ID)] = [2]string{h.Title, h.Title + more}
		h.Title += more
		if rnd.IntN(2) == 0 {
			h.Notes = append(h.Notes, event.Remark{Text: "a note"})
		}
		if a, ok := r.Event.(*event.Attack); ok && len(a.Casualties) > 0 {
			a.Casualties[len(a.Casualties)-1].Value++
		}
		return r
	}
	return r
}

func idOf(r newsevent.Record) uuid.UUID {
	switch r := r.(type) {
	case newsevent.ActorRecord:
		return uuid.UUID(r.Actor.ID)
	case newsevent.TerritoryRecord:
		return uuid.UUID(r.Territory.ID)
	case newsevent.SourceRecord:
		return uuid.UUID(r.Source.ID)
	case newsevent.StatusRecord:
		return uuid.UUID(r.Status.ID)
	case newsevent.EventRecord:
		return uuid.UUID(r.Event.Head().ID)
	case newsevent.IdentityRecord:
		return uuid.UUID(r.Identity.ID)
	}
	return uuid.UUID{}
}

func typeOf(r newsevent.Record) string {
	switch r.(type) {
	case newsevent.ActorRecord:
		return "actor"
	case newsevent.TerritoryRecord:
		return "territory"
	case newsevent.SourceRecord:
		return "source"
	case newsevent.StatusRecord:
		return "status"
	case newsevent.EventRecord:
		return "event"
	}
	return "identity"
}

func refIDs(refs []newsevent.RecordRef) []uuid.UUID {
	out := []uuid.UUID{}
	for _, r := range refs {
		out = append(out, r.ID)
	}
	return out
}

// TestDiffProperties: on generated stories and perturbed copies, Diff
// finds exactly the records added, removed and changed, in order; the
// diff the other way is the inverse; and each story's diff with itself
// is empty.
func TestDiffProperties(t *testing.T) {
	for seed := range uint64(6) {
		s := synth.New(synth.Options{Events: 150 + 50*int(seed), Seed: seed + 1, Identities: true})
		b, w := perturb(t, s, seed, 0.05+0.05*float64(seed%3))
		require.NotEmpty(t, w.changed)
		require.NotEmpty(t, w.removed)

		d, err := s.Diff(b)
		require.NoError(t, err)
		assert.Equal(t, append([]uuid.UUID{}, w.added...), refIDs(d.Added), "added")
		assert.Equal(t, append([]uuid.UUID{}, w.removed...), refIDs(d.Removed), "removed")
		changed := []uuid.UUID{}
		for _, c := range d.Changed {
			changed = append(changed, c.ID)
			require.NotEmpty(t, c.Fields)
			if titles, ok := w.titles[c.ID]; ok {
				assert.Equal(t, titles[1], c.Label)
				old, _ := json.Marshal(titles[0])
				nw, _ := json.Marshal(titles[1])
				assert.Contains(t, c.Fields, newsevent.FieldChange{Path: "title", Old: old, New: nw})
			}
		}
		assert.Equal(t, append([]uuid.UUID{}, w.changed...), changed, "changed")

		back, err := b.Diff(s)
		require.NoError(t, err)
		assert.Equal(t, d.Added, back.Removed)
		assert.Equal(t, d.Removed, back.Added)
		require.Len(t, back.Changed, len(d.Changed))
		for i, c := range d.Changed {
			r := back.Changed[i]
			assert.Equal(t, c.ID, r.ID)
			assert.Equal(t, c.Type, r.Type)
			swapped := make([]newsevent.FieldChange, len(c.Fields))
			for k, f := range c.Fields {
				swapped[k] = newsevent.FieldChange{Path: f.Path, Old: f.New, New: f.Old}
			}
			// Fields come in the order of the newer record, removals last:
			// compare as sets.
			assert.ElementsMatch(t, swapped, r.Fields, "record %s", c.ID)
		}

		for _, x := range []*newsevent.Story{s, b} {
			self, err := x.Diff(x)
			require.NoError(t, err)
			assert.True(t, self.Empty())
		}
	}
}

// BenchmarkDiff: two stories of 10k events with 1% of the events
// changed (their titles, and the last casualty figure of an attack).
func BenchmarkDiff(b *testing.B) {
	older := synth.Story(10_000, 1)
	var newer newsevent.Story
	var changed, i int
	for r := range older.Records() {
		if e, ok := r.(newsevent.EventRecord); ok {
			if i%100 == 50 {
				r = edit(e, rand.New(rand.NewPCG(uint64(i), 1)), &want{titles: map[uuid.UUID][2]string{}})
				changed++
			}
			i++
		}
		if err := newer.Add(r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		d, err := older.Diff(&newer)
		if err != nil || len(d.Changed) != changed {
			b.Fatal(len(d.Changed), changed, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*10_000), "ns/event")
}
