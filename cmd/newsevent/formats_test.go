package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/format/acled"
)

// TestEveryOutputFormat converts the article to every format of the table
// and checks that it writes what the format's package writes.
func TestEveryOutputFormat(t *testing.T) {
	jsonl, _, s := article(t)
	for _, f := range outputs {
		t.Run(f.name, func(t *testing.T) {
			assert.NotEmpty(t, f.summary)
			if f.writeDir != nil {
				require.Nil(t, f.write, "one of write and writeDir")
				dir := filepath.Join(t.TempDir(), "out")
				r := cli(t, jsonl, "convert", "-to", f.name, "-out", dir)
				require.Equal(t, exitOK, r.status, r.stderr)
				got, err := os.ReadDir(dir)
				require.NoError(t, err)
				want := filepath.Join(t.TempDir(), "want")
				require.NoError(t, f.writeDir(want, s))
				wantFiles, err := os.ReadDir(want)
				require.NoError(t, err)
				require.Equal(t, len(wantFiles), len(got))
				for i := range got {
					assert.Equal(t, wantFiles[i].Name(), got[i].Name())
				}
				// Without -out DIR it is a usage error.
				r = cli(t, jsonl, "convert", "-to", f.name)
				assert.Equal(t, exitUsage, r.status)
				assert.Contains(t, r.stderr, "give -out DIR")
				return
			}
			require.NotNil(t, f.write)
			var want bytes.Buffer
			require.NoError(t, f.write(&want, s, outputOptions{}))
			r := cli(t, jsonl, "convert", "-to", f.name)
			require.Equal(t, exitOK, r.status, r.stderr)
			assert.Equal(t, want.String(), r.stdout)
			assert.NotEmpty(t, r.stdout)
		})
	}
}

func TestEveryInputFormat(t *testing.T) {
	for i, f := range inputs {
		assert.NotEmpty(t, f.summary, f.name)
		assert.NotNil(t, f.read, f.name)
		assert.Same(t, &inputs[i], findInput(f.name))
	}
	assert.Nil(t, findInput("auto"))
	assert.Nil(t, findOutput("auto"))
}

func TestACLED(t *testing.T) {
	_, _, s := article(t)
	var csv bytes.Buffer
	require.NoError(t, acled.Write(&csv, s, acled.Options{}))
	path := writeFile(t, "article.csv", csv.Bytes())

	// Read back: valid, and counted.
	r := cli(t, nil, "validate", "-from", "acled", path)
	assert.Equal(t, exitOK, r.status, r.stdout)
	rows := strings.Count(csv.String(), "\n") - 1
	r = cli(t, nil, "stats", "-json", "-from", "acled", path)
	require.Equal(t, exitOK, r.status, r.stderr)
	var st stats
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &st))
	assert.Equal(t, rows, st.Records["events"])
	r = cli(t, nil, "convert", "-from", "acled", "-to", "acled", path)
	require.Equal(t, exitOK, r.status, r.stderr)

	// A row the codebook refuses: its line and column.
	lines := strings.SplitAfter(csv.String(), "\n")
	lines[2] = strings.Replace(lines[2], ",2025,1,", ",2025,x,", 1)
	r = cli(t, []byte(strings.Join(lines, "")), "validate", "-from", "acled", "-json")
	assert.Equal(t, exitInvalid, r.status)
	ps := problems(t, r.stdout)
	require.Len(t, ps, 1)
	assert.Equal(t, problemJSON{File: "stdin", Line: 3, Path: "time_precision", Rule: "decode", Message: ps[0].Message}, ps[0])
	r = cli(t, []byte(strings.Join(lines, "")), "convert", "-from", "acled", "-to", "json")
	assert.Equal(t, exitInvalid, r.status)
	assert.Contains(t, r.stderr, "stdin:3: time_precision: ")
}
