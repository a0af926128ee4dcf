// Command generate writes what is generated from the Go types of
// newsevent: the JSON Schema of the formats (newsevent.schema.json in the
// module root) and the plain structs of the benchmarks' baseline
// (internal/plain/plain.go). Run it from the module root, as `go generate`
// in the root package does:
//
//	go generate .
package main

import (
	"fmt"
	"os"

	"github.com/newsevent/newsevent/internal/schemagen"
)

func main() {
	data, err := schemagen.Generate(".")
	if err == nil {
		err = os.WriteFile(schemagen.File, data, 0o644)
	}
	if err == nil {
		data, err = schemagen.Plain()
	}
	if err == nil {
		err = os.WriteFile(schemagen.PlainFile, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}
