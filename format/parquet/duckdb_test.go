package parquet_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/parquet"
	"github.com/newsevent/newsevent/internal/tooltest"
	"github.com/newsevent/newsevent/source"
)

// The queries DuckDB runs on the tables. The first three are in the
// package doc, word for word (TestDocQueries), and name the files as a
// user does from the directory of the tables; the test points them at its
// directory. The last one names the views that duckdb-check.mjs makes.
const (
	queryPerKind = `select kind, count(*) as events from 'events.parquet' group by kind order by kind;`

	queryKilled = `with countries as (
  select distinct p.record_id as event_id, t.country
  from 'places.parquet' p join 'territories.parquet' t using (territory_id)
  where p.record_type = 'event' and p.relation = 'place' and t.country is not null)
select country, sum(fatalities) as killed
from 'events.parquet' join countries using (event_id)
where fatalities is not null
group by country order by country;`

	// queryRevisions follows every revision of a figure to the figure it
	// revises.
	queryRevisions = `select f.text as revised, r.text as revised_by
from 'figures.parquet' f join 'figures.parquet' r
  on r.revises = f.ref and coalesce(r.revises_in_id, r.record_id) = f.record_id;`

	// queryTimeRevisions does the same for the accounts of a time.
	queryTimeRevisions = `select f.event_id, f.ref, r.event_id as by_event_id, r.path as by_path
from times f join times r
  on r.revises = f.ref and coalesce(r.revises_in_id, r.event_id) = f.event_id`

	// queryTimes reads each event's time as microseconds since 1970, UTC.
	queryTimes = `select event_id, epoch_us(time_start) as start_us, epoch_us(time_end) as end_us, time_precision from events`
)

// inDir points the file names of a query at the tables in dir.
func inDir(query, dir string) string {
	for _, tb := range parquet.Tables() {
		query = strings.ReplaceAll(query, "'"+tb.File()+"'", "'"+filepath.Join(dir, tb.File())+"'")
	}
	return query
}

// TestDocQueries checks that the package doc shows the queries that
// TestDuckDB runs, word for word.
func TestDocQueries(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	var code []string
	for _, l := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(l, "//\t"); ok {
			code = append(code, rest)
		}
	}
	doc := strings.Join(code, "\n")
	for _, q := range []string{queryPerKind, queryKilled, queryRevisions} {
		assert.Contains(t, doc, q)
	}
}

// duckOut is what .ci/node/duckdb-check.mjs prints.
type duckOut struct {
	DuckDB string `json:"duckdb"`
	Tables map[string]struct {
		Rows    int `json:"rows"`
		Columns []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"columns"`
	} `json:"tables"`
	Reserved []string `json:"reserved"`
	Queries  []struct {
		SQL  string           `json:"sql"`
		Rows []map[string]any `json:"rows"`
	} `json:"queries"`
}

// duckTypes are the types DuckDB reads the doc's types as.
var duckTypes = map[string]string{
	"STRING": "VARCHAR", "TIMESTAMP": "TIMESTAMP WITH TIME ZONE", "DOUBLE": "DOUBLE", "INT32": "INTEGER", "BOOLEAN": "BOOLEAN",
}

// TestDuckDB reads the tables of each story with DuckDB (npm's
// @duckdb/node-api, through .ci/node/duckdb-check.mjs) and checks that
// DuckDB sees every table with its rows and columns as documented, that no
// column name is a reserved word of its SQL, and that the queries of the
// package doc give what the story gives in Go: the events per kind, the
// fatalities per country by the conservative rule (source.Groups,
// source.Lowest, Count.Conservative), and every revision of a figure or
// a time, followed by its address.
func TestDuckDB(t *testing.T) {
	doc := documented(t)
	for _, st := range stories(t) {
		t.Run(st.name, func(t *testing.T) {
			dir := writeDir(t, st.s, parquet.Options{RowGroupRows: 128})
			want := expect(t, st.s)
			raw := tooltest.Node(t, "duckdb-check.mjs", dir,
				inDir(queryPerKind, dir), inDir(queryKilled, dir), inDir(queryRevisions, dir), queryTimeRevisions, queryTimes, emptyStrings(doc))
			var got duckOut
			require.NoError(t, json.Unmarshal(raw, &got), "%s", raw)

			require.Len(t, got.Tables, len(parquet.Tables()))
			for _, tb := range parquet.Tables() {
				table, ok := got.Tables[tb.String()]
				require.True(t, ok, "DuckDB reads %s", tb)
				assert.Equal(t, want.rows[tb], table.Rows, "rows of %s", tb)
				require.Len(t, table.Columns, len(doc[tb]), "columns of %s", tb)
				for i, c := range doc[tb] {
					assert.Equal(t, c.Name, table.Columns[i].Name, "%s column %d", tb, i)
					assert.Equal(t, duckTypes[c.Type], table.Columns[i].Type, "%s.%s", tb, c.Name)
				}
			}
			assert.Empty(t, got.Reserved, "column names that DuckDB reserves")
			require.Len(t, got.Queries, 6)
			assert.Empty(t, got.Queries[5].Rows, "optional strings that are empty rather than null")

			perKind := map[string]int{}
			for _, r := range got.Queries[0].Rows {
				n, err := strconv.Atoi(fmt.Sprint(r["events"]))
				require.NoError(t, err, "%v", r)
				perKind[r["kind"].(string)] = n
			}
			assert.Equal(t, want.perKind, perKind, "events per kind")

			killed := map[string]float64{}
			for _, r := range got.Queries[1].Rows {
				// sum() of an INT32 is a BIGINT, which the script prints
				// as a string.
				n, err := strconv.ParseFloat(fmt.Sprint(r["killed"]), 64)
				require.NoError(t, err, "%v", r)
				killed[r["country"].(string)] = n
			}
			assert.Equal(t, want.killed, killed, "fatalities per country")

			var revisions, timeRevisions []string
			for _, r := range got.Queries[2].Rows {
				revisions = append(revisions, fmt.Sprintf("%v by %v", r["revised"], r["revised_by"]))
			}
			for _, r := range got.Queries[3].Rows {
				timeRevisions = append(timeRevisions, fmt.Sprintf("%v %v by %v %v", r["event_id"], r["ref"], r["by_event_id"], r["by_path"]))
			}
			wantFigures, wantTimes := revisionsOf(st.s)
			assert.ElementsMatch(t, wantFigures, revisions, "figures revised")
			assert.ElementsMatch(t, wantTimes, timeRevisions, "times revised")

			// Each event's time, as DuckDB reads the timestamps: the same
			// instants, to the microsecond, in UTC.
			times := map[string]string{}
			for _, r := range got.Queries[4].Rows {
				times[r["event_id"].(string)] = fmt.Sprintf("%v %v %v", r["start_us"], r["end_us"], r["time_precision"])
			}
			wantTimes2 := map[string]string{}
			for _, e := range st.s.Events() {
				h := event.HeaderOf(e)
				wantTimes2[h.ID.String()] = fmt.Sprintf("%v %v %v", micros(h.Time.Start), micros(h.Time.End), orNil(string(h.Time.Precision)))
			}
			assert.Equal(t, wantTimes2, times, "times of the events")
		})
	}
}

// revisionsOf lists, in the form of TestDuckDB, every figure of a story's
// records that another figure revises, and every account of an event's
// time that another account revises, found in Go from the records'
// Revises, RevisesIn and Ref.
func revisionsOf(s *newsevent.Story) (figures, times []string) {
	held := map[uuid.UUID][]source.Count{} // the figures of each record
	for _, tr := range s.Territories() {
		held[uuid.UUID(tr.ID)] = tr.Figures
	}
	for _, st := range s.Statuses() {
		if !st.Share.IsZero() {
			held[uuid.UUID(st.ID)] = []source.Count{st.Share}
		}
	}
	for _, e := range s.Events() {
		held[uuid.UUID(event.HeaderOf(e).ID)] = event.Figures(e)
	}
	for rec, cs := range held {
		for _, c := range cs {
			if c.Revises == "" {
				continue
			}
			target := rec
			if c.RevisesIn != (uuid.UUID{}) {
				target = c.RevisesIn
			}
			for _, d := range held[target] {
				if d.Ref == c.Revises {
					figures = append(figures, fmt.Sprintf("%s by %s", orNil(d.Text), orNil(c.Text)))
				}
			}
		}
	}

	refs := map[event.ID][]string{} // the refs of the accounts of each event's time
	for _, e := range s.Events() {
		h := event.HeaderOf(e)
		if !h.Time.IsZero() {
			refs[h.ID] = append(refs[h.ID], event.RefTime)
		}
		for _, rt := range h.OtherTimes {
			refs[h.ID] = append(refs[h.ID], rt.Ref)
		}
	}
	for _, e := range s.Events() {
		h := event.HeaderOf(e)
		for i, rt := range h.OtherTimes {
			if rt.Revises == "" {
				continue
			}
			target := h.ID
			if !rt.RevisesIn.IsZero() {
				target = rt.RevisesIn
			}
			for _, ref := range refs[target] {
				if ref == rt.Revises {
					times = append(times, fmt.Sprintf("%s %s by %s other_times[%d]", target, ref, h.ID, i))
				}
			}
		}
	}
	return figures, times
}

// emptyStrings is a query that finds every optional STRING column of any
// table that holds an empty string, where the tables write null.
func emptyStrings(doc map[parquet.Table][]column) string {
	var parts []string
	for _, tb := range parquet.Tables() {
		for _, c := range doc[tb] {
			if c.Type == "STRING" && c.Optional {
				parts = append(parts, fmt.Sprintf("select '%s.%s' as col from %s where %s = ''", tb, c.Name, tb, c.Name))
			}
		}
	}
	return "select distinct col from (" + strings.Join(parts, " union all ") + ")"
}

// micros writes an instant as DuckDB's epoch_us does in JSON (a BIGINT,
// as a string), and the zero time as a null.
func micros(t time.Time) string {
	if t.IsZero() {
		return "<nil>"
	}
	return strconv.FormatInt(t.UnixMicro(), 10)
}

// orNil writes an empty text as DuckDB's JSON writes a null.
func orNil(s string) string {
	if s == "" {
		return "<nil>"
	}
	return s
}
