// Package tooltest runs the readers that newsevent's outputs are checked
// with: programs we did not write, from Debian's packages (ogrinfo, dot,
// python3 with pandas) and from npm (.ci/node: Ajv, jsonld, DuckDB). They
// are not part of the Go module; .ci/tools installs them.
//
// A test that needs a reader that is missing is skipped, unless the
// environment variable NEWSEVENT_READERS is "required", as .ci/run sets
// it: then it fails, so that CI never passes by skipping.
package tooltest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Required is the value of NEWSEVENT_READERS under which a missing reader
// fails a test instead of skipping it.
const Required = "required"

// Root returns the directory of the module, found from this file.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// missing skips or fails t for a reader that is not installed.
func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("NEWSEVENT_READERS") == Required {
		t.Fatalf("%s is not installed (run .ci/tools)", what)
	}
	t.Skipf("%s is not installed (run .ci/tools, or set NEWSEVENT_READERS=%s to make this an error)", what, Required)
}

// Command returns the path of a program, skipping or failing t when it is
// not installed.
func Command(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		missing(t, name)
	}
	return path
}

// Python returns Debian's python3, the one python3-pandas installs into,
// skipping or failing t when it or pandas is missing.
func Python(t testing.TB) string {
	t.Helper()
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import pandas").Run(); err != nil {
		missing(t, "Debian's python3 with pandas (python3-pandas)")
	}
	return python
}

// Node runs the script .ci/node/NAME with node and args, in that
// directory's modules, and returns what it writes to standard output. It
// skips or fails t when node or the modules are missing, and fails it
// when the script exits with an error, showing its standard error.
func Node(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	node := Command(t, "node")
	dir := filepath.Join(Root(), ".ci", "node")
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
		missing(t, "the npm modules of .ci/node")
	}
	return Run(t, node, append([]string{filepath.Join(dir, name)}, args...)...)
}

// Run runs a program and returns its standard output, failing t when it
// exits with an error.
func Run(t testing.TB, program string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(program, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(program), args, err, stderr.String())
	}
	return stdout.Bytes()
}
