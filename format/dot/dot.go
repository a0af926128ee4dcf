// Package dot writes a story as a Graphviz graph in the DOT language: one
// node per event (its label, kind, date and title) and one edge per link
// between events, labelled with the link's type, so that `dot -Tsvg`
// draws how the events of a story relate (what is part of what, what
// responds to, caused or follows what).
//
// Nodes come in the order of the story's timeline, named by the events'
// IDs, so the same story always gives the same bytes. Actors, places and
// sources are not drawn.
package dot

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/describe"
)

// Options say how to write a graph; the zero Options are ready to use.
type Options struct {
	// Label, when not nil, gives a label of the user's own for an event
	// (the census item "E10"), shown in brackets on the first line of
	// its node.
	Label func(id uuid.UUID) string
}

// Write writes the story's events and the links between them as a
// Graphviz digraph: one node per event, labelled with the event's label
// (see [Options]), kind, date and title, and one edge per link (including
// those a kind implies, [event.Event.AllLinks]), labelled with its type.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	n := describe.New(s, o.Label)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph story {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"Helvetica\"];\n")
	timeline := s.Timeline()
	for _, e := range timeline {
		h := event.HeaderOf(e)
		label := strings.TrimSpace(n.Tag(uuid.UUID(h.ID))) + "\n" + string(e.Kind()) + ", " + n.Placed(h.ID) + "\n" + h.Title
		fmt.Fprintf(bw, "\t%q [label=%q];\n", h.ID.String(), strings.TrimSpace(label))
	}
	for _, e := range timeline {
		for _, l := range e.AllLinks() {
			fmt.Fprintf(bw, "\t%q -> %q [label=%q];\n", event.HeaderOf(e).ID.String(), l.To.String(), string(l.Type))
		}
	}
	fmt.Fprintf(bw, "}\n")
	return bw.Flush()
}
