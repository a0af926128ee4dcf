package dot_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
)

// TestRenderArticle draws the article's graph with Graphviz (Debian's
// graphviz, the reader of this format), with each set of options, and
// checks that dot accepts it and draws a picture of a size a screen can
// show in a few widths: neither a sliver nor a poster of every node in
// one row.
func TestRenderArticle(t *testing.T) {
	prog := tooltest.Command(t, "dot")
	s := examples.MustArticle()
	for _, c := range []struct {
		name string
		o    dot.Options
	}{
		{"default", dot.Options{Label: examples.CensusLabel}},
		{"by time", dot.Options{Label: examples.CensusLabel, RankByTime: true, Wrap: 32}},
		{"actors and sources", dot.Options{Label: examples.CensusLabel, Actors: true, Sources: true, Wrap: 32}},
		{"everything", dot.Options{Label: examples.CensusLabel, Actors: true, Sources: true, RankByTime: true, Wrap: 32}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			in, out := filepath.Join(dir, "story.dot"), filepath.Join(dir, "story.png")
			var b bytes.Buffer
			require.NoError(t, dot.Write(&b, s, c.o))
			require.NoError(t, os.WriteFile(in, b.Bytes(), 0o644))
			tooltest.Run(t, prog, "-Tpng", "-o", out, in)

			data, err := os.ReadFile(out)
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")), "a PNG header")
			cfg, err := png.DecodeConfig(bytes.NewReader(data))
			require.NoError(t, err)
			assert.GreaterOrEqual(t, cfg.Width, 800, "width")
			assert.GreaterOrEqual(t, cfg.Height, 400, "height")
			assert.LessOrEqual(t, cfg.Width, 6000, "width")
			assert.LessOrEqual(t, cfg.Height, 4000, "height")
			assert.LessOrEqual(t, float64(cfg.Width)/float64(cfg.Height), 4.0, "not one long row")
		})
	}
}

// TestRenderSynthetic checks that Graphviz reads the graph of generated
// stories, so that every kind, link type, time and text the generator
// makes is valid DOT: a large one with every option through nop (which
// parses and prints a graph without laying it out), a small one through
// dot. (A small one with every option spans 36 days, which dot takes a
// minute to lay out: see "Size" in the package doc.)
func TestRenderSynthetic(t *testing.T) {
	for _, c := range []struct {
		name   string
		prog   string
		events int
		o      dot.Options
		args   []string
	}{
		{"nop", "nop", 500, dot.Options{Actors: true, Sources: true, RankByTime: true, Wrap: 30}, nil},
		{"dot by time", "dot", 40, dot.Options{RankByTime: true, Wrap: 30}, []string{"-Tsvg"}},
		{"dot actors and sources", "dot", 40, dot.Options{Actors: true, Sources: true, Wrap: 30}, []string{"-Tsvg"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			prog := tooltest.Command(t, c.prog)
			in := filepath.Join(t.TempDir(), "story.dot")
			var b bytes.Buffer
			require.NoError(t, dot.Write(&b, synth.Story(c.events, 7), c.o))
			require.NoError(t, os.WriteFile(in, b.Bytes(), 0o644))
			out := tooltest.Run(t, prog, append(c.args, in)...)
			assert.NotEmpty(t, out)
		})
	}
}
