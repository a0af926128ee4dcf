package newsevent_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
)

// CONTRIBUTING.md names files, functions and tests; each must exist, so
// that the lists of what to change stay true as the code moves.
func TestContributingNamesWhatExists(t *testing.T) {
	doc, err := os.ReadFile("CONTRIBUTING.md")
	require.NoError(t, err)
	// The record of the trial names the files of a kind that was removed.
	text := string(doc)
	if i := strings.Index(text, "**The trial.**"); i >= 0 {
		end := strings.Index(text[i:], "\n## ")
		require.Positive(t, end)
		text = text[:i] + text[i+end:]
	}
	var sources strings.Builder
	base := map[string]bool{} // the name of every file, for names without a directory
	require.NoError(t, filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		base[d.Name()] = true
		if strings.HasSuffix(path, ".go") {
			data, err := os.ReadFile(path)
			sources.Write(data)
			return err
		}
		return nil
	}))
	code := sources.String()

	for _, m := range regexp.MustCompile("`([^`\n]+)`").FindAllStringSubmatch(text, -1) {
		name := m[1]
		switch {
		case strings.Contains(name, "<") || strings.Contains(name, " ") || strings.HasPrefix(name, "../"):
			// a pattern, a command or a path outside the module
		case !strings.Contains(strings.TrimSuffix(name, "/"), "/") && (strings.HasSuffix(name, ".go") || strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".md")):
			assert.True(t, base[name], "CONTRIBUTING.md names %s, which is no file of the module", name)
		case strings.HasSuffix(name, ".go") || strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".md") || strings.HasSuffix(name, "/"):
			_, err := os.Stat(strings.TrimSuffix(name, "/"))
			assert.NoError(t, err, "CONTRIBUTING.md names %s, which does not exist", name)
		case strings.HasPrefix(name, "Test"):
			assert.Contains(t, code, "func "+name+"(", "CONTRIBUTING.md names the test %s, which does not exist", name)
		}
	}

	// The rule for a kind's file holds for every kind.
	for _, k := range event.Kinds() {
		name := filepath.Join("event", strings.ReplaceAll(string(k), "_", "")+".go")
		_, err := os.Stat(name)
		assert.NoError(t, err, "kind %s has no file %s, as CONTRIBUTING.md says it must", k, name)
	}
}
