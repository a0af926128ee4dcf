// Command generate writes the typed walks of the root package's reference
// checks (refs_gen.go in the module root) from the Go types. Run it from
// the module root, as `go generate` in the root package does, with the
// build tag walkgen (under which the root package walks by reflection and
// does not need the file it is about to rewrite):
//
//	go generate .
//
// which runs
//
//	go run -tags walkgen ./internal/walkgen/generate
package main

import (
	"fmt"
	"os"

	"github.com/newsevent/newsevent/internal/walkgen"
)

func main() {
	data, err := walkgen.Refs()
	if err == nil {
		err = os.WriteFile(walkgen.RefsFile, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "walkgen:", err)
		os.Exit(1)
	}
}
