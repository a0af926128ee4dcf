package examples_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/format/timeline"
)

// The helpers of this file check a sample story other than the worked
// article the same way: it validates, round-trips through JSON and JSON
// Lines byte for byte, matches its golden timeline, JSON and DOT in
// testdata/NAME/, and holds exactly the items of its census,
// testdata/NAME/CENSUS.md.

// censusRow matches the first cell of a census table row that holds an
// item ID: "| E3 |", "| F12 |", "| TS1 |", "| A15.1 |".
var censusRow = regexp.MustCompile(`^\|\s*([A-Z]{1,2}[0-9]+(?:\.[0-9]+)?)\s*\|`)

// censusIDs returns the item IDs of a census file, in order; each table
// row whose first cell is an ID is one item.
func censusIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var ids []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := censusRow.FindStringSubmatch(sc.Text()); m != nil {
			require.False(t, seen[m[1]], "%s lists %s twice", path, m[1])
			seen[m[1]] = true
			ids = append(ids, m[1])
		}
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, ids, "%s lists no items", path)
	return ids
}

// recordIDs returns the ID of every record of s.
func recordIDs(s *newsevent.Story) map[uuid.UUID]bool {
	ids := map[uuid.UUID]bool{}
	for _, a := range s.Actors() {
		ids[uuid.UUID(a.ID)] = true
	}
	for _, tr := range s.Territories() {
		ids[uuid.UUID(tr.ID)] = true
	}
	for _, src := range s.Sources() {
		ids[uuid.UUID(src.ID)] = true
	}
	for _, st := range s.Statuses() {
		ids[uuid.UUID(st.ID)] = true
	}
	for _, e := range s.Events() {
		ids[uuid.UUID(e.Head().ID)] = true
	}
	for _, i := range s.Identities() {
		ids[uuid.UUID(i.ID)] = true
	}
	return ids
}

// checkCensus checks that the sample holds every item of its census and
// nothing else: each record item (A, T, S, TS, E, I) is a record of the
// story with the ID its census ID gives, each item inside a record
// (figures, quotes, clauses, links...) is the Ref of a value of the story,
// and every record of the story is an item of the census. It returns the
// census IDs.
func checkCensus(t *testing.T, name string, keys examples.Keys, s *newsevent.Story) []string {
	t.Helper()
	ids := censusIDs(t, filepath.Join("testdata", name, "CENSUS.md"))
	records := recordIDs(s)
	inRecords := refs(t, s)
	listed := map[uuid.UUID]bool{}
	for _, c := range ids {
		if id := keys.ID(c); id != (uuid.UUID{}) {
			listed[id] = true
			assert.True(t, records[id], "census item %s is not a record of the story", c)
			continue
		}
		assert.Positive(t, inRecords[c], "census item %s is the ref of no value of the story", c)
	}
	for id := range records {
		assert.True(t, listed[id], "record %s of the story is no item of the census: nothing is invented", id)
	}
	return ids
}

// checkSample checks that the sample validates, round-trips through JSON
// and JSON Lines byte for byte, and matches its golden files in
// testdata/NAME/ (run go test ./examples -update to write them).
func checkSample(t *testing.T, name string, s *newsevent.Story, label func(uuid.UUID) string) {
	t.Helper()
	require.NoError(t, s.Validate())

	data, err := s.MarshalIndent("", "  ")
	require.NoError(t, err)
	golden(t, filepath.Join(name, "story.json.golden"), append(data, '\n'))
	var back newsevent.Story
	require.NoError(t, json.Unmarshal(data, &back))
	require.NoError(t, back.Validate())
	again, err := back.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again), "JSON round trip")

	var lines bytes.Buffer
	require.NoError(t, s.WriteJSONL(&lines))
	fromLines, err := newsevent.ReadJSONL(bytes.NewReader(lines.Bytes()))
	require.NoError(t, err)
	require.NoError(t, fromLines.Validate())
	var linesAgain bytes.Buffer
	require.NoError(t, fromLines.WriteJSONL(&linesAgain))
	assert.Equal(t, lines.String(), linesAgain.String(), "JSON Lines round trip")
	fromLinesJSON, err := fromLines.MarshalIndent("", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(data), string(fromLinesJSON), "JSON Lines hold the same story as JSON")

	var tl bytes.Buffer
	require.NoError(t, timeline.Write(&tl, s, timeline.Options{Label: label}))
	golden(t, filepath.Join(name, "timeline.golden"), tl.Bytes())
	assert.False(t, strings.Contains(tl.String(), "\x00"))

	var g bytes.Buffer
	require.NoError(t, dot.Write(&g, s, dot.Options{Label: label}))
	golden(t, filepath.Join(name, "story.dot.golden"), g.Bytes())
}
