package parquet_test

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	parquetgo "github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/parquet"
	"github.com/newsevent/newsevent/internal/synth"
)

// TestEveryTableIsDocumented holds the package doc and the tables
// together: a heading "# Table NAME" for each table of Tables, in order,
// and no other.
func TestEveryTableIsDocumented(t *testing.T) {
	doc := documented(t)
	assert.ElementsMatch(t, parquet.Tables(), slices.Collect(maps.Keys(doc)))
	for _, tb := range parquet.Tables() {
		assert.NotEmpty(t, doc[tb], "columns of %s", tb)
		assert.Equal(t, tb.String()+".parquet", tb.File())
		assert.True(t, tb.IsValid())
	}
	assert.False(t, parquet.Table("event").IsValid())
}

// TestSchemaAsDocumented reads every file back with parquet-go and checks
// its schema against the package doc, column by column: the name, the
// type (physical and logical) and whether it is optional, in order. It
// reads every row of every file too, and counts them against the story.
func TestSchemaAsDocumented(t *testing.T) {
	doc := documented(t)
	for _, st := range stories(t) {
		t.Run(st.name, func(t *testing.T) {
			dir := writeDir(t, st.s, parquet.Options{})
			want := expect(t, st.s)
			for _, tb := range parquet.Tables() {
				cols, pf := schemaOf(t, filepath.Join(dir, tb.File()))
				assert.Equal(t, doc[tb], cols, "table %s", tb)

				// Every row reads back, as generic rows of the file's
				// own schema.
				rows := parquetgo.NewReader(pf)
				n := 0
				buf := make([]parquetgo.Row, 64)
				for {
					k, err := rows.ReadRows(buf)
					n += k
					if errors.Is(err, io.EOF) {
						break
					}
					require.NoError(t, err, "table %s", tb)
				}
				require.NoError(t, rows.Close())
				assert.Equal(t, want.rows[tb], n, "rows of %s", tb)
				assert.Equal(t, int64(n), pf.NumRows(), "rows of %s in its footer", tb)
			}
		})
	}
}

// TestSameBytes checks that the same story gives the same bytes, table by
// table, and that WriteTable writes what Write writes (it reads only the
// records a table needs: an identity table of a story with identities
// tests the path that skips the events).
func TestSameBytes(t *testing.T) {
	for _, s := range []*newsevent.Story{
		examples.MustArticle(),
		synth.New(synth.Options{Events: 100, Seed: 5, Identities: true}),
	} {
		dir := writeDir(t, s, parquet.Options{})
		for _, tb := range parquet.Tables() {
			var a, b bytes.Buffer
			require.NoError(t, parquet.WriteTable(&a, s, tb, parquet.Options{}))
			require.NoError(t, parquet.WriteTable(&b, s, tb, parquet.Options{}))
			assert.Equal(t, a.Bytes(), b.Bytes(), "table %s", tb)
			file, err := os.ReadFile(filepath.Join(dir, tb.File()))
			require.NoError(t, err)
			assert.Equal(t, file, a.Bytes(), "table %s: Write and WriteTable", tb)
		}
	}
}

// TestRowGroups checks that no row group holds more rows than the option
// says, so that a writer holds no more than that many rows of a table.
func TestRowGroups(t *testing.T) {
	s := synth.Story(300, 3)
	dir := writeDir(t, s, parquet.Options{RowGroupRows: 100})
	_, pf := schemaOf(t, filepath.Join(dir, parquet.TableEvents.File()))
	require.Len(t, pf.RowGroups(), 3)
	for _, tb := range parquet.Tables() {
		_, pf := schemaOf(t, filepath.Join(dir, tb.File()))
		total := int64(0)
		for _, rg := range pf.RowGroups() {
			assert.LessOrEqual(t, rg.NumRows(), int64(100), "table %s", tb)
			total += rg.NumRows()
		}
		assert.Equal(t, pf.NumRows(), total, "table %s", tb)
	}
}

// failing is a writer that fails after n bytes.
type failing struct{ n int }

var errFull = errors.New("disk full")

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

func TestErrors(t *testing.T) {
	s := examples.MustArticle()
	var b bytes.Buffer

	err := parquet.Write(t.TempDir(), nil, parquet.Options{})
	assert.ErrorContains(t, err, "story is nil")
	err = parquet.WriteTable(&b, nil, parquet.TableEvents, parquet.Options{})
	assert.ErrorContains(t, err, "story is nil")

	err = parquet.Write(t.TempDir(), s, parquet.Options{RowGroupRows: -1})
	assert.ErrorContains(t, err, "RowGroupRows is -1")
	err = parquet.WriteTable(&b, s, parquet.TableEvents, parquet.Options{RowGroupRows: -1})
	assert.ErrorContains(t, err, "RowGroupRows is -1")

	err = parquet.WriteTable(&b, s, parquet.Table("event"), parquet.Options{})
	assert.ErrorContains(t, err, `table "event" is not one of`)
	err = parquet.WriteTable(nil, s, parquet.TableEvents, parquet.Options{})
	assert.ErrorContains(t, err, "table events: writer is nil")

	// A writer that fails: the error names the table and wraps the
	// writer's.
	for _, n := range []int{0, 100, 2000} {
		err = parquet.WriteTable(&failing{n: n}, synth.Story(200, 1), parquet.TableFigures, parquet.Options{})
		require.ErrorIs(t, err, errFull, "after %d bytes", n)
		assert.ErrorContains(t, err, "parquet: table figures: ", "after %d bytes", n)
	}

	// A directory that cannot be made.
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	err = parquet.Write(filepath.Join(file, "tables"), s, parquet.Options{})
	assert.ErrorContains(t, err, "parquet: directory ")

	// A table whose file cannot be made: the error names it, and the
	// files made before it are removed.
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, parquet.TableFigures.File()), 0o755))
	err = parquet.Write(dir, s, parquet.Options{})
	assert.ErrorContains(t, err, "parquet: table figures: ")
	for _, tb := range parquet.Tables() {
		if tb != parquet.TableFigures {
			assert.NoFileExists(t, filepath.Join(dir, tb.File()))
		}
	}
}

// TestInvalidText checks that a string that is not UTF-8, which a story
// holds until it is validated, is an error that names the table, the
// record and the column, rather than a file that readers refuse.
func TestInvalidText(t *testing.T) {
	var s newsevent.Story
	id := actor.IDFor("bad")
	require.NoError(t, s.AddActor(actor.Actor{ID: id, Kind: actor.KindPerson, Name: "Bad \xff name"}))
	err := parquet.Write(t.TempDir(), &s, parquet.Options{})
	assert.EqualError(t, err, "parquet: table actors: the row of "+id.String()+": column name is not valid UTF-8")
}

// TestEmptyStory writes every table of a story without records: each
// file has its columns and no rows.
func TestEmptyStory(t *testing.T) {
	dir := writeDir(t, &newsevent.Story{}, parquet.Options{})
	for _, tb := range parquet.Tables() {
		cols, pf := schemaOf(t, filepath.Join(dir, tb.File()))
		assert.NotEmpty(t, cols, "table %s", tb)
		assert.Zero(t, pf.NumRows(), "table %s", tb)
	}
}
