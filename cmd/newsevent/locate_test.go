package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSegments(t *testing.T) {
	for path, want := range map[string][]string{
		"":                                 nil,
		"events":                           {"events"},
		"events[12].casualties[0].max":     {"events", "[12]", "casualties", "[0]", "max"},
		`codes["a.b"].x`:                   {"codes", "a.b", "x"},
		`codes["a]b"]`:                     {"codes", "a]b"},
		"names[0":                          {"names", "[0"},
		"events[3].attributions[0].source": {"events", "[3]", "attributions", "[0]", "source"},
	} {
		assert.Equal(t, want, segments(path), path)
	}
}

func TestLocate(t *testing.T) {
	doc := `{
  "actors": [
    {"id": "a", "name": "X"},
    {
      "id": "b",
      "k\u0065y": {"x]": 1}
    }
  ],
  "events": [],
  "sources": [ [1, [2, 3]], "s\"[", {"id": null} ]
}`
	paths := []string{
		"actors", "actors[0].name", "actors[1].id", "actors[1].name", "actors[1].key.x]",
		"actors[2].id", "events[0].time", "sources[0][1][1]", "sources[2].id", "nothing.at.all", "",
	}
	got := locate([]byte(doc), paths)
	line := func(path string) int {
		l, _ := position([]byte(doc), got[path])
		return l
	}
	for path, want := range map[string]int{
		"actors":           2,
		"actors[0].name":   3,
		"actors[1].id":     5,
		"actors[1].name":   4, // missing: the line of actors[1]
		"actors[1].key.x]": 6,
		"actors[2].id":     2, // missing: the line of actors
		"events[0].time":   9,
		"sources[0][1][1]": 10,
		"sources[2].id":    10,
		"nothing.at.all":   1, // the document
		"":                 1,
	} {
		assert.Equal(t, want, line(path), path)
	}
	assert.Equal(t, int64(strings.Index(doc, `"X"`)), got["actors[0].name"])
	assert.Equal(t, int64(strings.Index(doc, `3]]`)), got["sources[0][1][1]"])
	assert.Equal(t, int64(strings.Index(doc, `null`)), got["sources[2].id"])
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\n\nef")
	for off, want := range map[int64][2]int{0: {1, 1}, 1: {1, 2}, 3: {2, 1}, 4: {2, 2}, 6: {3, 1}, 8: {4, 2}, 100: {4, 3}, -5: {1, 1}} {
		l, c := position(data, off)
		assert.Equal(t, want, [2]int{l, c}, "offset %d", off)
	}
}

// FuzzLocate checks that locating paths in any bytes, JSON or not, ends
// without a panic and with offsets inside the input.
func FuzzLocate(f *testing.F) {
	f.Add([]byte(`{"actors":[{"id":"a"}]}`), "actors[0].id")
	f.Add([]byte(`{"a":[1,{"b":"\\"}"}]}`), "a[1].b")
	f.Add([]byte(`[[[[`), "[0][0]")
	f.Add([]byte(`{"a" "b"}`), "a")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		got := locate(data, []string{path, path + ".x", "a[0]"})
		for _, off := range got {
			if off < 0 || off > int64(len(data)) {
				t.Fatalf("offset %d outside %d bytes", off, len(data))
			}
		}
	})
}

// FuzzCommands runs validate, stats and convert on any input, as JSON and
// as JSON Lines: no input makes them panic, and each exits 0 or 1.
func FuzzCommands(f *testing.F) {
	f.Add([]byte(exampleStream))
	f.Add([]byte(`{"actors":[{"id":"a0000000-0000-4000-8000-000000000001","kind":"person","name":"X"}]}`))
	f.Add([]byte("{\"event\":{\"kind\":\"attack\"}}\n\n{"))
	f.Add([]byte("\xEF\xBB\xBF{}"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, args := range [][]string{
			{"validate"}, {"validate", "-from", "json", "-json"}, {"validate", "-from", "jsonl"},
			{"stats", "-json"}, {"convert", "-to", "timeline"}, {"dot", "-all", "-from", "jsonl"},
		} {
			var stdout, stderr bytes.Buffer
			status := run(args, bytes.NewReader(in), &stdout, &stderr)
			if status != exitOK && status != exitInvalid {
				t.Fatalf("%v: status %d: %s", args, status, stderr.String())
			}
		}
	})
}
