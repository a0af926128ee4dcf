// Package dot writes a story as a Graphviz graph in the DOT language: one
// node per event (its label, kind, date and title) and one edge per link
// between events, labelled with the link's type, so that `dot -Tsvg`
// draws how the events of a story relate (what is part of what, what
// responds to, caused or follows what).
//
// Nodes come in the order of the story's timeline, named by the events'
// IDs, so the same story always gives the same bytes. With the zero
// [Options] only events are drawn; options add the rest.
//
// # What the options add
//
//   - [Options.Actors]: one node (an ellipse) per actor that takes part in
//     an event, and an edge from the actor to each event it takes part in,
//     labelled with its roles there ([event.Event.Participants]).
//   - [Options.Sources]: one node (a note) per source that an event cites,
//     and an edge from each event to each source that says something of it,
//     labelled with the verbs ("reported", "said"): solid when the source
//     gives the event itself (the attributions of its header), dashed when
//     it gives only claims inside it (a figure, a quote, a note, a clause).
//     A source that came through another has an edge "via" to it, along the
//     whole relay chain ([newsevent.Story.Chain]).
//   - [Options.RankByTime]: a time axis of plain labels (a day, or a month
//     or year for coarser times) from left to right, and each event in the
//     column of its time on the timeline ([newsevent.Story.TimeOf]: its own
//     time or, for an event without a date, the time its links imply, "not
//     before" a bound sitting in the column of that bound). Events without
//     a date that no link places sit in a last column, "undated". Actors
//     line up in a column before the axis, sources in one after it. So
//     that the axis keeps its order, a link that points back in time is
//     written from its head to its tail with its arrow turned round
//     (dir=back), since dot places an edge's tail before its head, and a
//     link to an event the story lacks does not move its ends
//     (constraint=false). The links from one event to another are drawn as
//     one edge labelled with their types ("follows, about"), since dot
//     would draw the labels of parallel edges within a column on top of
//     each other.
//   - [Options.Wrap]: label lines longer than a width are broken between
//     words.
//
// Places, territorial statuses and identity claims are not drawn; the
// timeline (format/timeline) and the JSON keep them.
//
// # Size
//
// dot lays out the article (19 events, 23 actors, 15 sources) with every
// option in a second or two. Its layout grows faster than the graph: a
// story of dozens of events over as many days, drawn with actors and
// sources on a time axis, has edges that span many columns, and dot may
// take minutes. Leave out an option, or bound dot's work with
// `dot -Gnslimit=2` (a coarser placement of nodes).
package dot

import (
	"bufio"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/describe"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
)

// Options say how to write a graph; the zero Options are ready to use and
// draw the events and their links only.
type Options struct {
	// Label, when not nil, gives a label of the user's own for a record
	// (the census item "E10" of an event, "A4" of an actor), shown in
	// brackets: on the first line of an event's node, after the name of
	// an actor or a source. An empty label shows nothing.
	Label func(id uuid.UUID) string
	// Actors draws the actors that take part in events, with an edge to
	// each of their events labelled with their roles.
	Actors bool
	// Sources draws the sources that events cite, with an edge from each
	// event to each of its sources labelled with the verbs, and the relay
	// chains between sources.
	Sources bool
	// RankByTime lays the events out along a time axis: one column per
	// time on the timeline, in time order, and a last one for undated
	// events.
	RankByTime bool
	// Wrap, when positive, breaks every line of a label that is longer
	// than Wrap characters between words (a word longer than Wrap stays
	// whole); zero leaves lines as they are.
	Wrap int
}

// Write writes the story's events and the links between them as a
// Graphviz digraph: one node per event, labelled with the event's label
// (see [Options]), kind, date and title, and one edge per link (including
// those a kind implies, [event.Event.AllLinks]), labelled with its type;
// then what the options add (see the package doc). It does not validate
// the story: a reference to a record the story lacks is drawn as a node
// named by its ID. Its only errors are those of w.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	g := &graph{
		n: describe.New(s, o.Label), s: s, o: o, w: bufio.NewWriter(w),
	}
	g.printf("digraph story {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"Helvetica\"];\n")
	if o.Actors || o.Sources || o.RankByTime {
		g.printf("\tedge [fontname=\"Helvetica\", fontsize=10];\n")
	}
	timeline := s.Timeline()
	for _, e := range timeline {
		h := event.HeaderOf(e)
		label := strings.TrimSpace(g.n.Tag(uuid.UUID(h.ID))) + "\n" + string(e.Kind()) + ", " + g.n.Placed(h.ID) + "\n" + h.Title
		g.printf("\t%s [label=%s];\n", quote(h.ID.String()), g.label(strings.TrimSpace(label)))
	}
	var actors []actorEdge
	var sources []sourceEdge
	if o.Actors {
		actors = g.actors(timeline)
	}
	if o.Sources {
		sources = g.sources(timeline)
	}
	var rank ranks
	if o.RankByTime {
		rank = g.axis(timeline)
	}
	for _, e := range timeline {
		from := event.HeaderOf(e).ID
		type edge struct {
			to    event.ID
			types []string
		}
		var edges []edge
		at := map[event.ID]int{} // index in edges of the edge to an event
		for _, l := range e.AllLinks() {
			if i, ok := at[l.To]; ok && rank != nil {
				// Parallel links become one edge: dot draws the labels
				// of parallel edges within a column on top of each
				// other.
				if !slices.Contains(edges[i].types, string(l.Type)) {
					edges[i].types = append(edges[i].types, string(l.Type))
				}
				continue
			}
			at[l.To] = len(edges)
			edges = append(edges, edge{to: l.To, types: []string{string(l.Type)}})
		}
		for _, l := range edges {
			label := "label=" + quote(strings.Join(l.types, ", "))
			switch rank.order(from, l.to) {
			case orderBack:
				// Written from the earlier event, with the arrow turned
				// round: dot ranks an edge's tail before its head.
				g.printf("\t%s -> %s [%s, dir=back];\n", quote(l.to.String()), quote(from.String()), label)
			case orderNone:
				g.printf("\t%s -> %s [%s, constraint=false];\n", quote(from.String()), quote(l.to.String()), label)
			default:
				g.printf("\t%s -> %s [%s];\n", quote(from.String()), quote(l.to.String()), label)
			}
		}
	}
	for _, a := range actors {
		g.printf("\t%s -> %s [label=%s, color=%s, fontcolor=%s];\n", quote(actorNode(a.actor)), quote(a.event.String()), quote(strings.Join(a.roles, ", ")), actorColour, actorColour)
	}
	for _, e := range sources {
		style := ""
		if !e.own {
			style = ", style=dashed"
		}
		g.printf("\t%s -> %s [label=%s, color=%s, fontcolor=%s%s];\n", quote(e.event.String()), quote(sourceNode(e.source)), quote(strings.Join(e.verbs, ", ")), sourceColour, sourceColour, style)
	}
	if o.Sources {
		for _, v := range g.via {
			g.printf("\t%s -> %s [label=\"via\", color=%s, fontcolor=%s];\n", quote(sourceNode(v[0])), quote(sourceNode(v[1])), sourceColour, sourceColour)
		}
	}
	g.printf("}\n")
	return g.w.Flush()
}

// The colours of what the options add: actors in blue, sources in green,
// the time axis in grey; events and their links stay black.
const (
	actorColour  = `"#1f5fa8"`
	sourceColour = `"#2e7d32"`
	axisColour   = `"#777777"`
)

// graph writes one graph.
type graph struct {
	n *describe.Namer
	s *newsevent.Story
	o Options
	w *bufio.Writer
	// via are the relay edges between sources, [from, to], in the order
	// the sources are drawn.
	via [][2]source.ID
	// actorIDs and sourceIDs are the actor and source nodes drawn, in
	// order, for the columns of RankByTime.
	actorIDs  []actor.ID
	sourceIDs []source.ID
}

func (g *graph) printf(format string, args ...any) { fmt.Fprintf(g.w, format, args...) }

// label quotes a label for DOT, its lines wrapped as Options.Wrap says.
func (g *graph) label(s string) string {
	if g.o.Wrap > 0 {
		lines := strings.Split(s, "\n")
		var out []string
		for _, l := range lines {
			out = append(out, wrap(l, g.o.Wrap)...)
		}
		s = strings.Join(out, "\n")
	}
	return quote(s)
}

// actorEdge is an actor's part in one event: its roles there, in the
// order Participants lists them.
type actorEdge struct {
	actor actor.ID
	event event.ID
	roles []string
}

// actors writes a node per actor that takes part in an event (in the
// story's order of actors, then actors the story lacks in the order they
// are met) and returns the edges to their events, in timeline order.
func (g *graph) actors(timeline []event.Event) []actorEdge {
	var edges []actorEdge
	in := map[actor.ID]bool{}
	var missing []actor.ID
	for _, e := range timeline {
		id := event.HeaderOf(e).ID
		at := map[actor.ID]int{} // index in edges of this event's edge from the actor
		type part struct {
			actor actor.ID
			role  event.Role
		}
		seen := map[part]bool{}
		for _, p := range e.Participants() {
			if seen[part{p.Actor, p.Role}] {
				continue
			}
			seen[part{p.Actor, p.Role}] = true
			if i, ok := at[p.Actor]; ok {
				edges[i].roles = append(edges[i].roles, p.Role.String())
				continue
			}
			at[p.Actor] = len(edges)
			edges = append(edges, actorEdge{actor: p.Actor, event: id, roles: []string{p.Role.String()}})
			if !in[p.Actor] {
				in[p.Actor] = true
				if _, ok := g.s.Actor(p.Actor); !ok {
					missing = append(missing, p.Actor)
				}
			}
		}
	}
	for _, a := range g.s.Actors() {
		if in[a.ID] {
			g.actorIDs = append(g.actorIDs, a.ID)
			delete(in, a.ID) // an ID twice in an invalid story: one node
		}
	}
	g.actorIDs = append(g.actorIDs, missing...)
	for _, id := range g.actorIDs {
		label := g.n.Actor(id)
		if a, ok := g.s.Actor(id); ok {
			label += "\n" + string(a.Kind)
		}
		g.printf("\t%s [label=%s, shape=ellipse, color=%s];\n", quote(actorNode(id)), g.label(label), actorColour)
	}
	return edges
}

// sourceEdge is what one source says of one event: the verbs, in order,
// and whether it gives the event itself (an attribution of its header)
// or only claims inside it.
type sourceEdge struct {
	event  event.ID
	source source.ID
	verbs  []string
	own    bool
}

// attributionPlan finds every attribution inside an event: its header's,
// its figures', its quotes' and its notes'.
var attributionPlan = walk.New(reflect.TypeFor[source.Attribution]())

// sources writes a node per source that an event cites and per source
// on their relay chains (in the story's order of sources, then those the
// story lacks), keeps the relay edges, and returns the edges from events
// to sources, in timeline order.
func (g *graph) sources(timeline []event.Event) []sourceEdge {
	var edges []sourceEdge
	in := map[source.ID]bool{}
	var missing []source.ID
	add := func(id source.ID) {
		if !in[id] {
			in[id] = true
			if _, ok := g.s.Source(id); !ok {
				missing = append(missing, id)
			}
		}
	}
	for _, e := range timeline {
		id := event.HeaderOf(e).ID
		at := map[source.ID]int{}
		attributionPlan.Walk(e, func(_ int, v reflect.Value, p *walk.Path) {
			a := v.Addr().Interface().(*source.Attribution)
			// The header's own attributions are at "attributions[i]".
			path := p.String("")
			isOwn := strings.HasPrefix(path, "attributions[") && !strings.Contains(path, ".")
			i, ok := at[a.Source]
			if !ok {
				i = len(edges)
				at[a.Source] = i
				edges = append(edges, sourceEdge{event: id, source: a.Source})
				add(a.Source)
			}
			if verb := strings.ReplaceAll(string(a.Verb), "_", " "); !slices.Contains(edges[i].verbs, verb) {
				edges[i].verbs = append(edges[i].verbs, verb)
			}
			edges[i].own = edges[i].own || isOwn
		})
	}
	// The relay chains of the cited sources, each link once: every source
	// is looked up once, so a long chain cited by many events costs its
	// length once. A cycle stops where it closes; a relay the story lacks
	// ends its chain with a node named by its ID.
	seenVia := map[source.ID]bool{}
	for _, e := range edges {
		for cur := e.source; !seenVia[cur]; {
			seenVia[cur] = true
			src, ok := g.s.Source(cur)
			if !ok || src.Via.IsZero() {
				break
			}
			add(src.Via)
			g.via = append(g.via, [2]source.ID{cur, src.Via})
			cur = src.Via
		}
	}
	for _, src := range g.s.Sources() {
		if in[src.ID] {
			g.sourceIDs = append(g.sourceIDs, src.ID)
			delete(in, src.ID)
		}
	}
	g.sourceIDs = append(g.sourceIDs, missing...)
	for _, id := range g.sourceIDs {
		g.printf("\t%s [label=%s, shape=note, color=%s];\n", quote(sourceNode(id)), g.label(g.sourceLabel(id)), sourceColour)
	}
	return edges
}

// sourceLabel names a source for its node: its title (or its kind and
// author, or publisher), its label, its kind and when it was published.
func (g *graph) sourceLabel(id source.ID) string {
	src, ok := g.s.Source(id)
	if !ok {
		return "source " + id.String() + g.n.Tag(uuid.UUID(id))
	}
	name := src.Title
	switch {
	case name != "":
	case len(src.Authors) > 0:
		name = string(src.Kind) + " by " + g.n.Actor(src.Authors[0])
	case !src.Publisher.IsZero():
		name = string(src.Kind) + " of " + g.n.Actor(src.Publisher)
	case src.URL != "":
		name = src.URL
	default:
		name = "the " + string(src.Kind)
	}
	label := name + g.n.Tag(uuid.UUID(id)) + "\n" + string(src.Kind)
	if !src.Published.IsZero() {
		label += ", " + describe.When(src.Published)
	}
	return label
}

// axis writes the time axis, the columns of events, actors and sources,
// and returns the column of each event (the undated one last).
func (g *graph) axis(timeline []event.Event) ranks {
	type column struct {
		key    string
		events []event.ID
	}
	var cols []column
	index := map[string]int{}
	var undated []event.ID
	for _, e := range timeline {
		id := event.HeaderOf(e).ID
		t, _ := g.s.TimeOf(id)
		key, ok := columnKey(t)
		if !ok {
			undated = append(undated, id)
			continue
		}
		i, seen := index[key]
		if !seen {
			i = len(cols)
			index[key] = i
			cols = append(cols, column{key: key})
		}
		cols[i].events = append(cols[i].events, id)
	}
	// The columns come in the order of their first event on the
	// timeline, which is in time order (a month after its first day).
	if len(undated) > 0 {
		cols = append(cols, column{key: "undated", events: undated})
	}
	rank := ranks{}
	for i, c := range cols {
		g.printf("\t%s [label=%s, shape=plaintext, fontcolor=%s];\n", quote(axisNode(i)), quote(c.key), axisColour)
	}
	for i := 0; i+1 < len(cols); i++ {
		g.printf("\t%s -> %s [color=%s, arrowhead=none, weight=100];\n", quote(axisNode(i)), quote(axisNode(i+1)), axisColour)
	}
	for i, c := range cols {
		g.printf("\t{rank=same; %s;", quote(axisNode(i)))
		for _, id := range c.events {
			if _, dup := rank[id]; !dup {
				rank[id] = i
			}
			g.printf(" %s;", quote(id.String()))
		}
		g.printf("}\n")
	}
	if len(g.actorIDs) > 0 {
		g.printf("\t{rank=source;")
		for _, id := range g.actorIDs {
			g.printf(" %s;", quote(actorNode(id)))
		}
		g.printf("}\n")
	}
	if len(g.sourceIDs) > 0 {
		g.printf("\t{rank=sink;")
		for _, id := range g.sourceIDs {
			g.printf(" %s;", quote(sourceNode(id)))
		}
		g.printf("}\n")
	}
	return rank
}

// ranks holds the column of each event drawn; nil without RankByTime.
type ranks map[event.ID]int

// The orders of a link's ends on the axis.
const (
	orderForward = iota // the link points to the same column or a later one (or there is no axis)
	orderBack           // the link points to an earlier column
	orderNone           // the link points to an event the story lacks, which has no column
)

// order says how a link from one event to another runs along the axis.
func (r ranks) order(from, to event.ID) int {
	if r == nil {
		return orderForward
	}
	f, ok1 := r[from]
	t, ok2 := r[to]
	switch {
	case !ok1 || !ok2:
		return orderNone
	case t < f:
		return orderBack
	}
	return orderForward
}

// columnKey names the column of a time on the axis: its start at its
// precision (a year, a month, or a day for a day or anything finer);
// false for a time without a date.
func columnKey(t source.Time) (string, bool) {
	if t.Start.IsZero() {
		return "", false
	}
	switch t.Precision {
	case source.PrecisionYear:
		return t.Start.Format("2006"), true
	case source.PrecisionMonth:
		return t.Start.Format("2006-01"), true
	}
	return t.Start.Format("2006-01-02"), true
}

// Node names. Events keep their bare IDs (the names of the default
// output); actors, sources and the axis get a prefix, so that no name of
// theirs can be an event's, even in a story that gives two records one ID.
func actorNode(id actor.ID) string   { return "actor:" + id.String() }
func sourceNode(id source.ID) string { return "source:" + id.String() }
func axisNode(i int) string          { return fmt.Sprintf("time:%d", i) }

// quote writes s as a DOT string: in double quotes, with `"` and `\`
// escaped by a backslash and a newline as `\n` (a centred line break in a
// label), as Go's %q does for printable text. Unlike %q it keeps every
// other character as it is, since DOT knows no other escapes; a tab
// becomes a space, other control characters are left out, and invalid
// UTF-8 becomes U+FFFD.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// wrap breaks a line into lines of at most width characters between
// words; a word longer than width stays whole on a line of its own.
func wrap(line string, width int) []string {
	if utf8.RuneCountInString(line) <= width {
		return []string{line}
	}
	var out []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(line) {
		wn := utf8.RuneCountInString(word)
		if n > 0 && n+1+wn > width {
			out = append(out, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wn
	}
	if n > 0 {
		out = append(out, cur.String())
	}
	return out
}
