// Command generate writes the quick checks of the records' own rules
// (rules_gen.go in the module root, and in actor, territory, source and
// event) from the validate tags and struct-level rules. Run it from the module root, as `go generate` in
// the root package does, with the build tag valgen (under which
// the rules_stub.go files stand in for those it is about to rewrite):
//
//	go generate .
//
// which runs
//
//	go run -tags valgen ./internal/valgen/generate
package main

import (
	"fmt"
	"os"

	"github.com/newsevent/newsevent/internal/valgen"
)

func main() {
	files, err := valgen.Files()
	for _, f := range files {
		if err != nil {
			break
		}
		err = os.WriteFile(f.Path, f.Data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "valgen:", err)
		os.Exit(1)
	}
}
