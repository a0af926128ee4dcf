// Command generate writes the encoders of the event kinds' own fields
// (event/body_json_gen.go) from the Go types. Run it from the module
// root, as `go generate` in the root package does, with the build tag
// encgen (under which the generated file is left out and events are
// encoded through encoding/json, so that the generator builds even when
// the file it is about to rewrite no longer compiles):
//
//	go generate .
//
// which runs
//
//	go run -tags encgen ./internal/encgen/generate
package main

import (
	"fmt"
	"os"

	"github.com/newsevent/newsevent/internal/encgen"
)

func main() {
	data, err := encgen.Body()
	if err == nil {
		err = os.WriteFile(encgen.BodyFile, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "encgen:", err)
		os.Exit(1)
	}
}
