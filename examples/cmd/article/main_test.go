package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
)

func output(t *testing.T, format string) []byte {
	t.Helper()
	return outputOf(t, "article", format)
}

func outputOf(t *testing.T, sample, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, run(&b, sample, format))
	return b.Bytes()
}

func TestEveryFormatPrintsTheSameBytesTwice(t *testing.T) {
	for _, f := range []string{"timeline", "json", "jsonl", "dot"} {
		t.Run(f, func(t *testing.T) {
			first := output(t, f)
			assert.NotEmpty(t, first)
			assert.Equal(t, first, output(t, f))
		})
	}
}

func TestTimelineEndsWithTheSummary(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(output(t, "timeline"))), "\n")
	assert.Equal(t, "23 actors, 20 territories, 15 sources, 6 statuses, 19 events; validation: ok", lines[len(lines)-1])
}

func TestJSONAndJSONLinesReadBack(t *testing.T) {
	var fromJSON newsevent.Story
	require.NoError(t, json.Unmarshal(output(t, "json"), &fromJSON))
	require.NoError(t, fromJSON.Validate())
	fromLines, err := newsevent.ReadJSONL(bytes.NewReader(output(t, "jsonl")))
	require.NoError(t, err)
	require.NoError(t, fromLines.Validate())
	a, err := json.Marshal(&fromJSON)
	require.NoError(t, err)
	b, err := json.Marshal(fromLines)
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestDOTIsADigraph(t *testing.T) {
	out := string(output(t, "dot"))
	assert.True(t, strings.HasPrefix(out, "digraph story {"))
	assert.Equal(t, 19, strings.Count(out, "[label=\"[E"), "one node per event")
	assert.Contains(t, out, "[label=\"part_of\"]")
}

func TestUnknownFormat(t *testing.T) {
	err := run(&bytes.Buffer{}, "article", "yaml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"yaml"`)
}

func TestEverySample(t *testing.T) {
	for _, name := range names() {
		t.Run(name, func(t *testing.T) {
			for _, f := range []string{"timeline", "json", "jsonl", "dot"} {
				assert.NotEmpty(t, outputOf(t, name, f), f)
			}
			lines := strings.Split(strings.TrimSpace(string(outputOf(t, name, "timeline"))), "\n")
			assert.True(t, strings.HasSuffix(lines[len(lines)-1], "validation: ok"), lines[len(lines)-1])
		})
	}
	err := run(&bytes.Buffer{}, "tsunami", "timeline")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"tsunami"`)
}
