package main

import (
	"fmt"
	"os"
	"strings"
)

// Two records of JSON Lines: an event whose source is not in the
// stream, and an actor whose kind does not exist.
const exampleStream = `{"event":{"kind":"other","id":"e0000000-0000-4000-8000-000000000001","title":"Talks","status":"occurred","attributions":[{"source":"50000000-0000-4000-8000-000000000001","verb":"reported"}],"action":"talk"}}
{"actor":{"id":"a0000000-0000-4000-8000-000000000001","kind":"persn","name":"X"}}
`

// validate prints each problem with its file, line (and column, for
// what cannot be read), path, message and rule: first the lines that
// cannot be read, as it meets them, then what the check of the records
// finds once it has seen them all. Then a summary; the exit status is 1.
func Example_validate() {
	status := run([]string{"validate"}, strings.NewReader(exampleStream), os.Stdout, os.Stdout)
	fmt.Println("exit status", status)
	// Output:
	// stdin:2:62: actor.kind: actor: unknown kind "persn" (want one of [person state government organisation armed_force group media]) [unknown]
	// stdin:1: events[0].attributions[0].source: source 50000000-0000-4000-8000-000000000001 is not in the story [unresolved]
	// stdin: 2 problems in 2 records
	// exit status 1
}

// validate -json prints each problem as a JSON object.
func Example_validateJSON() {
	status := run([]string{"validate", "-json"}, strings.NewReader(exampleStream), os.Stdout, os.Stdout)
	fmt.Println("exit status", status)
	// Output:
	// {"file":"stdin","line":2,"column":62,"path":"actor.kind","rule":"unknown","message":"actor: unknown kind \"persn\" (want one of [person state government organisation armed_force group media])"}
	// {"file":"stdin","line":1,"path":"events[0].attributions[0].source","rule":"unresolved","message":"source 50000000-0000-4000-8000-000000000001 is not in the story"}
	// exit status 1
}

// stats counts records by type, and events by kind, actor, place and
// date.
func Example_stats() {
	stream := `{"actor":{"id":"a0000000-0000-4000-8000-000000000001","kind":"state","name":"Russia"}}
{"source":{"id":"50000000-0000-4000-8000-000000000001","kind":"report","title":"a report"}}
{"event":{"kind":"attack","id":"e0000000-0000-4000-8000-000000000001","title":"Strike","time":{"start":"2025-04-24T00:00:00Z","precision":"day","text":"Thursday"},"status":"occurred","attributions":[{"source":"50000000-0000-4000-8000-000000000001","verb":"reported"}],"attacker":"a0000000-0000-4000-8000-000000000001"}}
{"event":{"kind":"attack","id":"e0000000-0000-4000-8000-000000000002","title":"Strike","status":"occurred","attributions":[{"source":"50000000-0000-4000-8000-000000000001","verb":"reported"}],"attacker":"a0000000-0000-4000-8000-000000000001"}}
`
	run([]string{"stats"}, strings.NewReader(stream), os.Stdout, os.Stdout)
	// Output:
	// stdin: 4 records
	//   actors       1
	//   territories  0
	//   sources      1
	//   statuses     0
	//   events       2
	//   identities   0
	//
	// events by kind
	//   attack  2
	//
	// events by actor
	//   Russia  2
	//
	// events by date
	//   2025-04-24  1
	//   undated     1
}
