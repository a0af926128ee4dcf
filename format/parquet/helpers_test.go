package parquet_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	parquetgo "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/parquet"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// named is a story the tests write, with its name.
type named struct {
	name string
	s    *newsevent.Story
}

// stories returns the stories the tests write: every sample (the article
// first), the article merged with its later report, a generated story with
// identity claims, and an empty story.
func stories(t *testing.T) []named {
	t.Helper()
	var out []named
	for _, sm := range examples.Samples() {
		s, err := sm.Build()
		require.NoError(t, err, sm.Name)
		out = append(out, named{sm.Name, s})
	}
	merged, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	return append(out,
		named{"article updated", merged},
		named{"generated", synth.New(synth.Options{Events: 400, Seed: 11, Identities: true})},
		named{"empty", &newsevent.Story{}},
	)
}

// column is a column as the package doc lists it, or as a file's schema
// gives it: its name, its type in the doc's words, and whether it is
// optional.
type column struct {
	Name     string
	Type     string
	Optional bool
}

// timeColumns are the seven columns of a time ("X_*  TIME" in the doc).
var timeColumns = []column{
	{"start", "TIMESTAMP", true}, {"end", "TIMESTAMP", true}, {"precision", "STRING", true},
	{"bound", "STRING", true}, {"text", "STRING", true}, {"zone", "STRING", true}, {"inferred", "STRING", true},
}

// documented reads the columns of every table from the package doc
// (doc.go): the lines "\tname  TYPE  what" under each heading "# Table
// NAME", with "X_*  TIME" standing for the seven columns of a time.
func documented(t *testing.T) map[parquet.Table][]column {
	t.Helper()
	f, err := os.Open("doc.go")
	require.NoError(t, err)
	defer f.Close()
	heading := regexp.MustCompile(`^// # Table (\w+)$`)
	line := regexp.MustCompile(`^//\t(\w+(?:_\*)?)\s+(STRING|TIMESTAMP|DOUBLE|INT32|BOOLEAN|TIME)(\?)?\s`)
	out := map[parquet.Table][]column{}
	var table parquet.Table
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text := sc.Text()
		if m := heading.FindStringSubmatch(text); m != nil {
			table = parquet.Table(m[1])
			out[table] = []column{}
			continue
		}
		if strings.HasPrefix(text, "// # ") {
			table = ""
		}
		m := line.FindStringSubmatch(text)
		if m == nil || table == "" {
			continue
		}
		if m[2] == "TIME" {
			prefix, ok := strings.CutSuffix(m[1], "*")
			require.True(t, ok, "a TIME line names X_*: %q", text)
			for _, c := range timeColumns {
				out[table] = append(out[table], column{prefix + c.Name, c.Type, c.Optional})
			}
			continue
		}
		out[table] = append(out[table], column{m[1], m[2], m[3] == "?"})
	}
	require.NoError(t, sc.Err())
	return out
}

// schemaOf reads the schema of a Parquet file with parquet-go, in the
// doc's words: STRING for a BYTE_ARRAY of logical type STRING, TIMESTAMP
// for an INT64 timestamp in microseconds adjusted to UTC, INT32 for a
// signed 32-bit INT32, and DOUBLE and BOOLEAN without a logical type. It
// fails on any other column, and on nested ones.
func schemaOf(t *testing.T, path string) ([]column, *parquetgo.File) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	st, err := f.Stat()
	require.NoError(t, err)
	pf, err := parquetgo.OpenFile(f, st.Size())
	require.NoError(t, err, path)
	elems := pf.Metadata().Schema
	require.NotEmpty(t, elems)
	root := elems[0]
	require.Equal(t, int(root.NumChildren.V), len(elems)-1, "%s: every column is a child of the root: no nesting", path)
	var out []column
	for _, e := range elems[1:] {
		require.False(t, e.NumChildren.Valid && e.NumChildren.V > 0, "%s: %s is a group", path, e.Name)
		rep := e.RepetitionType.V
		require.NotEqual(t, format.Repeated, rep, "%s: %s is repeated", path, e.Name)
		typ := ""
		switch phys, logical := e.Type.V, e.LogicalType.String(); {
		case phys == format.ByteArray && logical == "STRING":
			typ = "STRING"
		case phys == format.Int64 && logical == "TIMESTAMP(isAdjustedToUTC=true,unit=MICROS)":
			typ = "TIMESTAMP"
		case phys == format.Int32 && logical == "INT(32,true)":
			typ = "INT32"
		case logical == "" && (phys == format.Double || phys == format.Boolean):
			typ = phys.String()
		default:
			t.Fatalf("%s: column %s has the type %s %s", path, e.Name, phys, logical)
		}
		out = append(out, column{e.Name, typ, rep == format.Optional})
	}
	return out, pf
}

// expected is what the tables must hold, computed from the story in Go.
type expected struct {
	rows map[parquet.Table]int
	// perKind is the number of events of each kind.
	perKind map[string]int
	// killed is the fatalities of each country, by the rule of the
	// package doc: per event, newsevent.Claims.Fatalities, counted in each
	// country its places lie in.
	killed map[string]float64
}

// expect computes what the tables of s must hold.
func expect(t *testing.T, s *newsevent.Story) expected {
	t.Helper()
	n := s.Counts()
	fatal := s.Claims().Fatalities()
	x := expected{
		rows: map[parquet.Table]int{
			parquet.TableEvents: n.Events, parquet.TableStatuses: n.Statuses, parquet.TableActors: n.Actors,
			parquet.TableTerritories: n.Territories, parquet.TableSources: n.Sources, parquet.TableIdentities: n.Identities,
		},
		perKind: map[string]int{},
		killed:  map[string]float64{},
	}
	figures := func(cs []source.Count) {
		for _, c := range cs {
			if c.IsZero() {
				continue
			}
			x.rows[parquet.TableFigures]++
			x.rows[parquet.TablePlaces] += len(c.In) + len(c.Excluding)
		}
	}
	for _, tr := range s.Territories() {
		figures(tr.Figures)
	}
	for _, st := range s.Statuses() {
		figures([]source.Count{st.Share})
		x.rows[parquet.TablePlaces] += len(st.Territories)
	}
	for _, e := range s.Events() {
		h := event.HeaderOf(e)
		x.perKind[string(e.Kind())]++
		if !h.Time.IsZero() {
			x.rows[parquet.TableTimes]++
		}
		x.rows[parquet.TableTimes] += len(h.OtherTimes)
		x.rows[parquet.TableParticipants] += len(e.Participants())
		x.rows[parquet.TablePlaces] += len(e.AllPlaces())
		x.rows[parquet.TableLinks] += len(e.AllLinks())
		figs := event.Figures(e)
		figures(figs)

		f, found := fatal[event.HeaderOf(e).ID]
		if !found {
			continue
		}
		low := float64(f.Count)
		var countries []vocab.Country
		for _, id := range e.AllPlaces() {
			if tr, ok := s.Territory(id); ok && !tr.Country.IsZero() && !slices.Contains(countries, tr.Country) {
				countries = append(countries, tr.Country)
			}
		}
		for _, c := range countries {
			x.killed[c.String()] += low
		}
	}
	x.rows[parquet.TableAttributions] = attributionsIn(t, s)
	return x
}

// attributionsIn counts the attributions of a story in its JSON form:
// the elements of every array named "attributions", at any depth, found
// without the package's walk.
func attributionsIn(t *testing.T, s *newsevent.Story) int {
	t.Helper()
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(data, &v))
	n := 0
	var count func(v any)
	count = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, w := range v {
				if l, ok := w.([]any); ok && k == "attributions" {
					n += len(l)
				}
				count(w)
			}
		case []any:
			for _, w := range v {
				count(w)
			}
		}
	}
	count(v)
	return n
}

// writeDir writes the tables of s into a new directory and returns it.
func writeDir(t *testing.T, s *newsevent.Story, o parquet.Options) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tables")
	require.NoError(t, parquet.Write(dir, s, o))
	return dir
}
