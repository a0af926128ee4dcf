// Command generate writes the quick checks of the records' own rules
// (rules_gen.go in the module root) from the validate tags and
// struct-level rules. Run it from the module root, as `go generate` in
// the root package does, with the build tag valgen (under which
// rules_stub.go stands in for the file it is about to rewrite):
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
	data, err := valgen.Rules()
	if err == nil {
		err = os.WriteFile(valgen.RulesFile, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "valgen:", err)
		os.Exit(1)
	}
}
