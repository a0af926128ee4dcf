package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

func runStats(e *env, args []string) int {
	fs := e.flags("stats", nil)
	from := fs.String("from", "auto", "the input format: auto, "+strings.Join(inputNames(), ", "))
	asJSON := fs.Bool("json", false, "write the counts as one JSON object")
	top := fs.Int("top", 0, "keep the first N kinds, actors and places (0: all)")
	files, status, ok := e.parse(fs, args)
	if !ok {
		return status
	}
	if len(files) > 1 {
		return e.usageError("stats", "one input at a time (got %d)", len(files))
	}
	if *top < 0 {
		return e.usageError("stats", "-top must be 0 or more (got %d)", *top)
	}
	in, status := e.open("stats", first(files), *from)
	if status != exitOK {
		return status
	}
	defer in.close()
	rep := &reporter{w: e.stderr}
	var t tally
	if in.format.stream {
		if status := e.tallyStream(in, &t, rep); status != exitOK {
			return status
		}
	} else {
		s, status := e.readStory("stats", in, rep)
		if status != exitOK {
			return status
		}
		for r := range s.Records() {
			t.add(r)
		}
	}
	st := t.stats(*top)
	if *asJSON {
		data, err := json.MarshalIndent(st, "", "  ")
		if err != nil {
			return e.ioError("stats", err)
		}
		if _, err := e.stdout.Write(append(data, '\n')); err != nil {
			return e.ioError("stats", err)
		}
		return exitOK
	}
	if err := st.write(e.stdout, in.name); err != nil {
		return e.ioError("stats", err)
	}
	return exitOK
}

// tallyStream counts the records of JSON Lines a record at a time; it
// stops at the first line that cannot be read.
func (e *env) tallyStream(in *input, t *tally, rep *reporter) int {
	dec := newsevent.NewDecoder(in.r)
	p := e.progress("stats")
	defer p.done()
	for n := 1; ; n++ {
		r, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return exitOK
		}
		if err != nil {
			var de *vocab.DecodeError
			if !errors.As(err, &de) {
				return e.ioError("stats", fmt.Errorf("%s: %w", in.name, err))
			}
			p.done()
			return e.inputError("stats", in, err, nil, 0, rep)
		}
		t.add(r)
		if n%e.progressEvery == 0 {
			p.records(n)
		}
	}
}

// tally counts records as they come; it keeps a count and a name per ID,
// never the records.
type tally struct {
	records map[string]int // by list: "actors", ...
	kinds   map[event.Kind]int
	actors  map[uuid.UUID]int // events per actor
	places  map[uuid.UUID]int // events per territory
	dates   map[dateKey]int   // events per date
	names   map[uuid.UUID]string
}

// dateKey is the date of an event as stats counts it: the start of its
// time at day precision, or at month or year precision when that is all
// the report gives; zero for an event without a date.
type dateKey struct {
	start     time.Time
	precision source.Precision
}

// keyOf returns the date of a time.
func keyOf(t source.Time) dateKey {
	if t.Start.IsZero() {
		return dateKey{}
	}
	s := t.Start.UTC()
	switch t.Precision {
	case source.PrecisionYear:
		return dateKey{time.Date(s.Year(), 1, 1, 0, 0, 0, 0, time.UTC), source.PrecisionYear}
	case source.PrecisionMonth:
		return dateKey{time.Date(s.Year(), s.Month(), 1, 0, 0, 0, 0, time.UTC), source.PrecisionMonth}
	}
	return dateKey{time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC), source.PrecisionDay}
}

// String writes the date at its precision.
func (k dateKey) String() string {
	switch k.precision {
	case "":
		return "undated"
	case source.PrecisionYear:
		return k.start.Format("2006")
	case source.PrecisionMonth:
		return k.start.Format("2006-01")
	}
	return k.start.Format("2006-01-02")
}

// fine orders precisions from the finest, as the timeline does.
var fine = map[source.Precision]int{source.PrecisionDay: 0, source.PrecisionMonth: 1, source.PrecisionYear: 2}

// add counts one record.
func (t *tally) add(r newsevent.Record) {
	if t.records == nil {
		t.records, t.kinds, t.dates = map[string]int{}, map[event.Kind]int{}, map[dateKey]int{}
		t.actors, t.places, t.names = map[uuid.UUID]int{}, map[uuid.UUID]int{}, map[uuid.UUID]string{}
	}
	t.records[listOf(r)]++
	switch r := r.(type) {
	case newsevent.ActorRecord:
		t.names[uuid.UUID(r.Actor.ID)] = named(r.Actor.Name, r.Actor.Description)
	case *newsevent.ActorRecord:
		if r != nil {
			t.names[uuid.UUID(r.Actor.ID)] = named(r.Actor.Name, r.Actor.Description)
		}
	case newsevent.TerritoryRecord:
		t.names[uuid.UUID(r.Territory.ID)] = named(r.Territory.Name, r.Territory.Description)
	case *newsevent.TerritoryRecord:
		if r != nil {
			t.names[uuid.UUID(r.Territory.ID)] = named(r.Territory.Name, r.Territory.Description)
		}
	case newsevent.EventRecord:
		t.event(r.Event)
	case *newsevent.EventRecord:
		if r != nil {
			t.event(r.Event)
		}
	}
}

// named is a record's name, or its description in quotes.
func named(name, description string) string {
	if name != "" {
		return name
	}
	return "“" + description + "”"
}

// event counts an event: its kind, each of its actors and places once,
// and its date.
func (t *tally) event(e event.Event) {
	if e == nil {
		return
	}
	t.kinds[e.Kind()]++
	seen := map[uuid.UUID]bool{}
	for _, p := range e.Participants() {
		if id := uuid.UUID(p.Actor); !seen[id] {
			seen[id] = true
			t.actors[id]++
		}
	}
	clear(seen)
	for _, pl := range e.AllPlaces() {
		if id := uuid.UUID(pl); !seen[id] {
			seen[id] = true
			t.places[id]++
		}
	}
	t.dates[keyOf(event.HeaderOf(e).Time)]++
}

// stats is what stats writes, as its JSON says.
type stats struct {
	Records       map[string]int `json:"records"`
	Total         int            `json:"total"`
	EventsByKind  []kindCount    `json:"events_by_kind"`
	EventsByActor []recordCount  `json:"events_by_actor"`
	EventsByPlace []recordCount  `json:"events_by_place"`
	EventsByDate  []dateCount    `json:"events_by_date"`
	Undated       int            `json:"undated_events"`
	// more are the kinds, actors and places left out by -top.
	more [3]int
}

type kindCount struct {
	Kind   event.Kind `json:"kind"`
	Events int        `json:"events"`
}

type recordCount struct {
	ID     uuid.UUID `json:"id"`
	Name   string    `json:"name"`
	Events int       `json:"events"`
}

type dateCount struct {
	Date      string           `json:"date"`
	Precision source.Precision `json:"precision"`
	Events    int              `json:"events"`
}

// stats orders the counts: kinds, actors and places by count, then name
// (then ID), keeping the top first of each when top > 0; dates by time.
func (t *tally) stats(top int) stats {
	st := stats{Records: map[string]int{}}
	for _, l := range []string{"actors", "territories", "sources", "statuses", "events", "identities"} {
		st.Records[l] = t.records[l]
		st.Total += t.records[l]
	}
	for k, n := range t.kinds {
		st.EventsByKind = append(st.EventsByKind, kindCount{k, n})
	}
	slices.SortFunc(st.EventsByKind, func(a, b kindCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Kind, b.Kind))
	})
	st.EventsByActor = t.byRecord(t.actors, "actor")
	st.EventsByPlace = t.byRecord(t.places, "territory")
	if top > 0 {
		st.EventsByKind, st.more[0] = keep(st.EventsByKind, top)
		st.EventsByActor, st.more[1] = keep(st.EventsByActor, top)
		st.EventsByPlace, st.more[2] = keep(st.EventsByPlace, top)
	}
	keys := make([]dateKey, 0, len(t.dates))
	for k := range t.dates {
		if k.precision == "" {
			st.Undated = t.dates[k]
			continue
		}
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b dateKey) int {
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(fine[a.precision], fine[b.precision]))
	})
	for _, k := range keys {
		st.EventsByDate = append(st.EventsByDate, dateCount{k.String(), k.precision, t.dates[k]})
	}
	return st
}

// byRecord lists the counts of a map by ID, with their names (those of
// records the input lacks are "actor ID", "territory ID").
func (t *tally) byRecord(counts map[uuid.UUID]int, what string) []recordCount {
	list := make([]recordCount, 0, len(counts))
	for id, n := range counts {
		name, ok := t.names[id]
		if !ok {
			name = what + " " + id.String()
		}
		list = append(list, recordCount{id, name, n})
	}
	slices.SortFunc(list, func(a, b recordCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID.String(), b.ID.String()))
	})
	return list
}

// keep keeps the first n of a list and says how many it left out.
func keep[T any](list []T, n int) ([]T, int) {
	if len(list) <= n {
		return list, 0
	}
	return list[:n], len(list) - n
}

// write writes the counts as text, for people: a section per list, a
// row per entry, names on the left and counts on the right.
func (st stats) write(w io.Writer, name string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", name, plural(st.Total, "record"))
	var rows [][2]string
	for _, l := range []string{"actors", "territories", "sources", "statuses", "events", "identities"} {
		rows = append(rows, [2]string{l, fmt.Sprint(st.Records[l])})
	}
	table(&b, rows)
	section := func(title string, rows [][2]string, more int) {
		if len(rows) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		table(&b, rows)
		if more > 0 {
			fmt.Fprintf(&b, "  … and %d more\n", more)
		}
	}
	rows = nil
	for _, k := range st.EventsByKind {
		rows = append(rows, [2]string{string(k.Kind), fmt.Sprint(k.Events)})
	}
	section("events by kind", rows, st.more[0])
	section("events by actor", records(st.EventsByActor), st.more[1])
	section("events by place", records(st.EventsByPlace), st.more[2])
	rows = nil
	for _, d := range st.EventsByDate {
		rows = append(rows, [2]string{d.Date, fmt.Sprint(d.Events)})
	}
	if st.Undated > 0 {
		rows = append(rows, [2]string{"undated", fmt.Sprint(st.Undated)})
	}
	section("events by date", rows, 0)
	_, err := io.WriteString(w, b.String())
	return err
}

// table writes rows of a name and a count, indented by two spaces, the
// names padded to the longest and the counts aligned on the right.
func table(b *strings.Builder, rows [][2]string) {
	var wName, wCount int
	for _, r := range rows {
		wName = max(wName, utf8.RuneCountInString(r[0]))
		wCount = max(wCount, len(r[1]))
	}
	for _, r := range rows {
		b.WriteString("  " + r[0])
		b.WriteString(strings.Repeat(" ", wName-utf8.RuneCountInString(r[0])+2+wCount-len(r[1])))
		b.WriteString(r[1] + "\n")
	}
}

// records writes the rows of a list of records: by name, and by name and
// the start of the ID where two share a name.
func records(list []recordCount) [][2]string {
	names := map[string]int{}
	for _, r := range list {
		names[r.Name]++
	}
	rows := make([][2]string, len(list))
	for i, r := range list {
		name := strings.ReplaceAll(oneLine(r.Name), "\t", " ")
		if names[r.Name] > 1 {
			name += " (" + r.ID.String()[:8] + ")"
		}
		rows[i] = [2]string{name, fmt.Sprint(r.Events)}
	}
	return rows
}
