// Command generate writes the typed deep copies of the packages of records
// (their clone_gen.go files) from the Go types. Run it from the module
// root, as `go generate` in the root package does, with the build tag
// clonegen (under which the generated files are left out and clone.Of
// copies by reflection, so that the generator builds even when a file it
// is about to rewrite no longer compiles):
//
//	go generate .
//
// which runs
//
//	go run -tags clonegen,walkgen ./internal/clonegen/generate
package main

import (
	"fmt"
	"os"

	"github.com/newsevent/newsevent/internal/clonegen"
)

func main() {
	files, err := clonegen.Files()
	for _, f := range files {
		if err != nil {
			break
		}
		err = os.WriteFile(f.Path, f.Data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "clonegen:", err)
		os.Exit(1)
	}
}
