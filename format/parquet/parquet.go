package parquet

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	parquetgo "github.com/parquet-go/parquet-go"

	"github.com/newsevent/newsevent"
)

// Table names one table of the Parquet form of a story; its file is
// [Table.File]. The package doc lists the columns of each.
type Table string

// The tables, in the order [Tables] lists them.
const (
	TableEvents       Table = "events"       // one row per event
	TableTimes        Table = "times"        // one row per account of when an event happened
	TableParticipants Table = "participants" // one row per actor in a role in an event
	TablePlaces       Table = "places"       // one row per place of an event or status, and per place a figure is in or excludes
	TableFigures      Table = "figures"      // one row per figure, wherever it sits in a record
	TableAttributions Table = "attributions" // one row per attribution, wherever it sits in a record
	TableLinks        Table = "links"        // one row per link from an event to another
	TableStatuses     Table = "statuses"     // one row per territorial status
	TableActors       Table = "actors"       // one row per actor
	TableTerritories  Table = "territories"  // one row per territory
	TableSources      Table = "sources"      // one row per source
	TableIdentities   Table = "identities"   // one row per identity claim between two actors
)

var tables = []Table{
	TableEvents, TableTimes, TableParticipants, TablePlaces, TableFigures, TableAttributions, TableLinks,
	TableStatuses, TableActors, TableTerritories, TableSources, TableIdentities,
}

// Tables returns every table, in the order [Write] writes them.
func Tables() []Table { return slices.Clone(tables) }

// File returns the name of the table's file in the directory [Write]
// writes: the table's name with ".parquet" ("events.parquet").
func (t Table) File() string { return string(t) + ".parquet" }

// String returns the table's name.
func (t Table) String() string { return string(t) }

// IsValid reports whether t is one of [Tables].
func (t Table) IsValid() bool { return slices.Contains(tables, t) }

// DefaultRowGroupRows is the number of rows a row group holds when
// [Options] does not say: 122,880, DuckDB's own row group size. A writer
// holds at most one row group of each table in memory.
const DefaultRowGroupRows = 122_880

// Options say how to write the tables; the zero Options are ready to use.
type Options struct {
	// RowGroupRows is the most rows a row group of a table holds; 0 means
	// [DefaultRowGroupRows]. Engines read row groups in parallel, and a
	// writer keeps the current row group of each table in memory until
	// it is full: fewer rows use less memory, more give larger groups.
	RowGroupRows int
}

// rowGroupRows returns the size of a row group, checking the option.
func (o Options) rowGroupRows() (int64, error) {
	switch {
	case o.RowGroupRows < 0:
		return 0, fmt.Errorf("parquet: options: RowGroupRows is %d: want 0 (the default) or more", o.RowGroupRows)
	case o.RowGroupRows == 0:
		return DefaultRowGroupRows, nil
	}
	return int64(o.RowGroupRows), nil
}

// Write writes the story as Parquet files, one per table ([Tables]), into
// the directory dir, which it creates if needed: dir/events.parquet,
// dir/participants.parquet, and so on, replacing files of those names.
// Every table is written, with its columns, even when it has no rows;
// rows come in story order. It reads the story once, a record at a time
// (the copies [newsevent.Story.Records] makes), and holds besides the
// story at most one row group of each table ([Options]) and the pages
// being filled; the first call on a story builds the story's query index
// (for the placed_* columns of events, [newsevent.Story.TimeOf]), which
// the story keeps. On an error it removes the files it created and
// returns the error.
func Write(dir string, s *newsevent.Story, o Options) error {
	if s == nil {
		return errors.New("parquet: story is nil")
	}
	rows, err := o.rowGroupRows()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return fmt.Errorf("parquet: directory %s: %w", dir, err)
	}
	files := make([]*os.File, 0, len(tables))
	var out [tableCount]io.Writer
	for i, t := range tables {
		var f *os.File
		if f, err = os.Create(filepath.Join(dir, t.File())); err != nil {
			err = fmt.Errorf("parquet: table %s: %w", t, err)
			break
		}
		files = append(files, f)
		out[i] = f
	}
	if err == nil {
		err = write(out, s, rows)
	}
	for i, f := range files {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("parquet: table %s: %w", tables[i], cerr)
		}
	}
	if err != nil {
		for _, f := range files {
			_ = os.Remove(f.Name()) // the error to report is err
		}
		return err
	}
	return nil
}

// WriteTable writes one table of the story as a Parquet file to w: for a
// writer that is not a file (an upload, a buffer), or for only the tables
// a user needs. It reads the records the table needs (a table of actors
// stops before the events) and writes what [Write] writes into the
// table's file; Write writes every table in one reading of the story.
func WriteTable(w io.Writer, s *newsevent.Story, t Table, o Options) error {
	if s == nil {
		return errors.New("parquet: story is nil")
	}
	if w == nil {
		return fmt.Errorf("parquet: table %s: writer is nil", t)
	}
	i := slices.Index(tables, t)
	if i < 0 {
		return fmt.Errorf("parquet: table %q is not one of %v", string(t), tables)
	}
	rows, err := o.rowGroupRows()
	if err != nil {
		return err
	}
	var out [tableCount]io.Writer
	out[i] = w
	return write(out, s, rows)
}

// tableCount is the number of tables.
const tableCount = 12

// batchRows is how many rows a table gathers before it hands them to the
// Parquet writer, which encodes them column by column.
const batchRows = 1024

// table is the writer of one table: rows gathered in a batch, then
// written. A table without a writer (not asked for) is nil and takes no
// rows: every method of a nil *table does nothing.
type table[T any] struct {
	name  Table
	w     *parquetgo.GenericWriter[T]
	batch []T
	texts []textColumn
	err   error
}

// textColumn is a STRING column of a row type: the index of its field
// (a string or a *string) and its name.
type textColumn struct {
	field int
	name  string
}

// textColumns lists the STRING columns of the row type t.
func textColumns(t reflect.Type) []textColumn {
	var out []textColumn
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type.Kind() == reflect.String || (f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.String) {
			name, _, _ := strings.Cut(f.Tag.Get("parquet"), ",")
			out = append(out, textColumn{i, name})
		}
	}
	return out
}

// invalidText returns the first STRING column of a row that is not valid
// UTF-8, which the logical type STRING requires and readers refuse (a
// story is not checked for it until [newsevent.Story.Validate]), and
// false when there is none.
func (t *table[T]) invalidText(r *T) (string, bool) {
	v := reflect.ValueOf(r).Elem()
	for _, c := range t.texts {
		f := v.Field(c.field)
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				continue
			}
			f = f.Elem()
		}
		if !utf8.ValidString(f.String()) {
			return c.name, true
		}
	}
	return "", false
}

func newTable[T any](name Table, w io.Writer, rows int64) *table[T] {
	if w == nil {
		return nil
	}
	return &table[T]{
		name: name,
		w: parquetgo.NewGenericWriter[T](w,
			parquetgo.Compression(&parquetgo.Snappy),
			parquetgo.MaxRowsPerRowGroup(rows),
		),
		batch: make([]T, 0, batchRows),
		texts: textColumns(reflect.TypeFor[T]()),
	}
}

// on reports whether the table is written, so that callers make its rows
// only then.
func (t *table[T]) on() bool { return t != nil && t.err == nil }

// add gathers a row, writing the batch when it is full. A row with a
// string that is not valid UTF-8 stops the table with an error that names
// the row by its first column (the ID of the record it comes from) and
// the column.
func (t *table[T]) add(r T) {
	if !t.on() {
		return
	}
	if col, bad := t.invalidText(&r); bad {
		of := ""
		if len(t.texts) > 0 && t.texts[0].field == 0 {
			of = fmt.Sprintf(" of %v", reflect.ValueOf(r).Field(0).Interface())
		}
		t.err = fmt.Errorf("parquet: table %s: the row%s: column %s is not valid UTF-8", t.name, of, col)
		return
	}
	t.batch = append(t.batch, r)
	if len(t.batch) == cap(t.batch) {
		t.flush()
	}
}

func (t *table[T]) flush() {
	if !t.on() || len(t.batch) == 0 {
		return
	}
	if _, err := t.w.Write(t.batch); err != nil {
		t.err = fmt.Errorf("parquet: table %s: %w", t.name, err)
	}
	clear(t.batch) // drop the strings of the rows written
	t.batch = t.batch[:0]
}

// close writes the rest and the file's footer.
func (t *table[T]) close() error {
	if t == nil {
		return nil
	}
	t.flush()
	if t.err != nil {
		return t.err
	}
	if err := t.w.Close(); err != nil {
		return fmt.Errorf("parquet: table %s: %w", t.name, err)
	}
	return nil
}

// tableSet is the writers of one call, a table each (nil for a table not
// asked for), in the order of [Tables].
type tableSet struct {
	events       *table[eventRow]
	times        *table[timeRow]
	participants *table[participantRow]
	places       *table[placeRow]
	figures      *table[figureRow]
	attributions *table[attributionRow]
	links        *table[linkRow]
	statuses     *table[statusRow]
	actors       *table[actorRow]
	territories  *table[territoryRow]
	sources      *table[sourceRow]
	identities   *table[identityRow]
}

// write writes the tables whose writer out holds (by the position of the
// table in [Tables]) in one reading of the story.
func write(out [tableCount]io.Writer, s *newsevent.Story, rows int64) error {
	ts := &tableSet{
		events:       newTable[eventRow](TableEvents, out[0], rows),
		times:        newTable[timeRow](TableTimes, out[1], rows),
		participants: newTable[participantRow](TableParticipants, out[2], rows),
		places:       newTable[placeRow](TablePlaces, out[3], rows),
		figures:      newTable[figureRow](TableFigures, out[4], rows),
		attributions: newTable[attributionRow](TableAttributions, out[5], rows),
		links:        newTable[linkRow](TableLinks, out[6], rows),
		statuses:     newTable[statusRow](TableStatuses, out[7], rows),
		actors:       newTable[actorRow](TableActors, out[8], rows),
		territories:  newTable[territoryRow](TableTerritories, out[9], rows),
		sources:      newTable[sourceRow](TableSources, out[10], rows),
		identities:   newTable[identityRow](TableIdentities, out[11], rows),
	}
	r := &reader{s: s, ts: ts}
	r.story()
	return errors.Join(
		ts.events.close(), ts.times.close(), ts.participants.close(), ts.places.close(), ts.figures.close(),
		ts.attributions.close(), ts.links.close(), ts.statuses.close(), ts.actors.close(),
		ts.territories.close(), ts.sources.close(), ts.identities.close(),
	)
}
