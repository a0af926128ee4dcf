// Package timeline writes a story for people to read: its events in time
// order, each with its time as precise as reported and its phrase as
// written, who did what to whom and where, its figures with their
// qualifiers and sources, and its links and codes; then the territorial
// statuses and a summary.
//
// The output is text, one block per event, meant for reading and for
// golden-file tests; it is not a format to parse (use the story's JSON for
// that). Every kind of event is shown: the typed kinds with their roles in
// words, and any kind's own fields by name.
//
// # Inferred times
//
// An event without a date that its links place
// ([newsevent.Story.Placement]) is shown at the time they imply, with the
// links it comes from in brackets after it, read from the event's side:
//
//	not before 2025-04-25 (day) (after the event it follows)  statement  …
//	2025-04 (month) (within the event it is part of)  attack  …
//	not before 2025-04-24 (day) (after Strike on Kyiv [E2], which precedes it)  …
//
// A link of the event itself is named by its type ("the event that
// caused it": its link line below names the event); a link of the
// other event names that event. When the bound comes through a chain of
// events without dates, the dated event at its start follows: "after the
// event it follows, from Witkoff–Putin meeting [E1]". Links that
// disagree are shown the same way after "links disagree:", beside the
// time the event keeps (its own).
package timeline

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

// Options say how to write a timeline; the zero Options are ready to use.
type Options struct {
	// Label, when not nil, gives a label of the user's own for a record
	// (the census item "E10" of an event), shown in brackets after its
	// name; an empty label shows nothing.
	Label func(id uuid.UUID) string
}

// printer writes one timeline.
type printer struct {
	*describe.Namer
	s *newsevent.Story
	w *bufio.Writer
}

func (p *printer) printf(format string, args ...any) { fmt.Fprintf(p.w, format, args...) }

// Write writes the story's events in time order for people to read: each
// event's time with its precision and phrase (a time inferred from links
// marked with the links, see the package doc), kind and title, who takes
// part in which role, where, its kind's own details (clauses, quotes,
// weapons), its figures with their qualifiers, notes, links, codes and
// sources; then the territorial statuses; then a summary that counts the
// records and gives the result of [newsevent.Story.Validate].
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	p := &printer{Namer: describe.New(s, o.Label), s: s, w: bufio.NewWriter(w)}
	for _, e := range s.Timeline() {
		p.timelineEvent(e)
	}
	if sts := s.Statuses(); len(sts) > 0 {
		p.printf("territorial statuses:\n")
		for _, st := range sts {
			p.printf("    %s — %s\n", p.Status(st.ID), p.Attributions(st.Attributions))
		}
		p.printf("\n")
	}
	n := s.Counts()
	p.printf("%d actors, %d territories, %d sources, %d statuses, %d events; ", n.Actors, n.Territories, n.Sources, n.Statuses, n.Events)
	if err := s.Validate(); err != nil {
		p.printf("validation: %v\n", err)
	} else {
		p.printf("validation: ok\n")
	}
	return p.w.Flush()
}

func (p *printer) timelineEvent(e event.Event) {
	h := event.HeaderOf(e)
	p.printf("%s  %s  %s%s\n", p.Placed(h.ID), e.Kind(), h.Title, p.Tag(uuid.UUID(h.ID)))
	p.printf("    status: %s", h.Status)
	if !h.Rescheduled.IsZero() {
		p.printf(", rescheduled to %s", describe.When(h.Rescheduled))
	}
	p.printf("\n")
	if parts := e.Participants(); len(parts) > 0 {
		list := make([]string, len(parts))
		for i, pt := range parts {
			list[i] = p.Actor(pt.Actor) + " (" + pt.Role.String() + ")"
		}
		p.printf("    who: %s\n", strings.Join(list, ", "))
	}
	if places := e.AllPlaces(); len(places) > 0 {
		list := make([]string, len(places))
		for i, t := range places {
			list[i] = p.Territory(t)
		}
		p.printf("    where: %s\n", strings.Join(list, ", "))
	}
	p.details(e)
	for _, c := range event.Figures(e) {
		p.printf("    figure: %s\n", p.Figure(c))
	}
	for _, n := range h.Notes {
		p.printf("    note: “%s” — %s\n", n.Text, p.Attributions(n.Attributions))
	}
	for _, l := range e.AllLinks() {
		s := "    link: " + string(l.Type) + " " + p.Event(l.To)
		if l.Ref != "" {
			s += " (" + l.Ref + ")"
		}
		if l.Text != "" {
			s += " “" + l.Text + "”"
		}
		p.printf("%s\n", s)
	}
	if c := e.Codes(); c.CAMEO != "" || c.PLOVER != "" {
		label, _ := event.CAMEOLabel(c.CAMEO)
		plover := "none"
		if c.PLOVER != "" {
			plover = strings.TrimSpace(string(c.PLOVER) + " " + c.Mode)
		}
		p.printf("    codes: CAMEO %s (%s); PLOVER %s\n", c.CAMEO, label, plover)
	}
	p.printf("    sources: %s\n\n", p.Attributions(h.Attributions))
}

// details writes what only some kinds have.
func (p *printer) details(e event.Event) {
	switch e := e.(type) {
	case *event.Meeting:
		for _, t := range e.Agenda {
			s := "    agenda: " + t.Text
			if !t.Event.IsZero() {
				s += " → " + p.Event(t.Event)
			}
			p.printf("%s\n", s)
		}
		for _, o := range e.Outcome {
			p.printf("    outcome: %s — %s\n", o.Text, p.Attributions(o.Attributions))
		}
	case *event.Attack:
		for _, t := range e.Targets {
			var names []string
			if !t.Territory.IsZero() {
				names = append(names, p.Territory(t.Territory))
			}
			if !t.Actor.IsZero() {
				names = append(names, p.Actor(t.Actor))
			}
			p.printf("    target: %s “%s”\n", strings.Join(names, ", "), t.Text)
		}
		if len(e.Methods) > 0 {
			list := make([]string, len(e.Methods))
			for i, m := range e.Methods {
				list[i] = string(m)
			}
			p.printf("    methods: %s\n", strings.Join(list, ", "))
		}
		for _, wpn := range e.Weapons {
			kinds := make([]string, len(wpn.Kinds))
			for i, k := range wpn.Kinds {
				kinds[i] = string(k)
			}
			s := "    weapon: " + strings.Join(kinds, "+")
			if wpn.Name != "" {
				s += " " + wpn.Name
			}
			p.printf("%s “%s”\n", s, wpn.Text)
		}
		for _, c := range e.Responsibility {
			by := "unnamed"
			if !c.By.IsZero() {
				by = p.Actor(c.By)
			}
			p.printf("    responsibility: %s %s by %s “%s” — %s\n", p.Actor(c.Actor), c.Verb, by, c.Text, p.Attributions(c.Attributions))
		}
	case *event.Statement:
		acts := make([]string, len(e.Acts))
		for i, a := range e.Acts {
			acts[i] = string(a)
		}
		p.printf("    acts: %s\n", strings.Join(acts, ", "))
		if e.Content != "" {
			p.printf("    says: %s\n", e.Content)
		}
		for _, q := range e.Quotes {
			p.printf("    quote: %s\n", p.Quote(q))
		}
		if !e.Medium.IsZero() {
			p.printf("    medium: %s\n", p.Source(e.Medium))
		}
	case *event.Proposal:
		if e.Name != "" {
			p.printf("    name: %s\n", e.Name)
		}
		p.printf("    stage: %s\n", e.Stage)
		for _, c := range e.Clauses {
			s := "    clause " + c.Ref + " " + string(c.Kind) + ": " + c.Text
			if len(c.Qualifiers) > 0 {
				s += " [" + strings.Join(c.Qualifiers, "; ") + "]"
			}
			p.printf("%s\n", s)
			for _, id := range c.Statuses {
				p.printf("        status: %s\n", p.Status(id))
			}
		}
	case *event.Response:
		p.printf("    response: %s to %s", e.Act, p.Event(e.To))
		if len(e.Qualifiers) > 0 {
			p.printf(" (%s)", strings.Join(e.Qualifiers, ", "))
		}
		p.printf("\n")
	case *event.Conflict:
		for _, n := range e.Names {
			by := "the article"
			if !n.UsedBy.IsZero() {
				by = p.Actor(n.UsedBy)
			}
			p.printf("    name: “%s” (used by %s)\n", n.Text, by)
		}
	case *event.Other:
		p.printf("    action: %s\n", e.Action)
	default:
		p.fields(e)
	}
}
