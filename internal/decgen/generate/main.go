// Command generate writes the decoders of the fast path (decode_gen.go in
// the module root, actor, event, source and territory) from the Go types.
// Run it from the module root, as `go generate` in the root package does,
// with the build tag newsevent_jsonv1 (under which the generated files
// and the methods that call them are left out, so that the generator
// builds even when the files it is about to rewrite no longer compile):
//
//	go generate .
//
// which runs
//
//	go run -tags newsevent_jsonv1 ./internal/decgen/generate
package main

import (
	"fmt"
	"maps"
	"os"
	"slices"

	"github.com/newsevent/newsevent/internal/decgen"
)

func main() {
	files, err := decgen.Files()
	if err == nil {
		for _, name := range slices.Sorted(maps.Keys(files)) {
			if err = os.WriteFile(name, files[name], 0o644); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "decgen:", err)
		os.Exit(1)
	}
}
