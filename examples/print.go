package examples

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// printer writes a story for people to read, naming records by their
// names or titles and, for the article's records, their census IDs.
type printer struct {
	s      *newsevent.Story
	census map[uuid.UUID]string
	w      *bufio.Writer
}

func newPrinter(w io.Writer, s *newsevent.Story) *printer {
	return &printer{s: s, census: censusKey(), w: bufio.NewWriter(w)}
}

// tag returns " [A1]" for a census record, else "".
func (p *printer) tag(id uuid.UUID) string {
	if c, ok := p.census[id]; ok {
		return " [" + c + "]"
	}
	return ""
}

func (p *printer) actor(id actor.ID) string {
	if a, ok := p.s.Actor(id); ok {
		return a.Name + p.tag(uuid.UUID(id))
	}
	return "actor " + id.String()
}

func (p *printer) territory(id territory.ID) string {
	t, ok := p.s.Territory(id)
	switch {
	case !ok:
		return "territory " + id.String()
	case t.Name == "":
		return "“" + t.Description + "”" + p.tag(uuid.UUID(id))
	}
	return t.Name + p.tag(uuid.UUID(id))
}

func (p *printer) source(id source.ID) string {
	var names []string
	for _, s := range p.s.Chain(id) {
		names = append(names, strings.TrimSpace(sourceName(p.s, s)+p.tag(uuid.UUID(s.ID))))
	}
	if len(names) == 0 {
		return "source " + id.String()
	}
	return strings.Join(names, " via ")
}

// sourceName is a short name for a source: its title, or its kind and
// author.
func sourceName(s *newsevent.Story, src source.Source) string {
	if src.Title != "" {
		return src.Title
	}
	if len(src.Authors) > 0 {
		if a, ok := s.Actor(src.Authors[0]); ok {
			return string(src.Kind) + " by " + a.Name
		}
	}
	return "the " + string(src.Kind)
}

func (p *printer) event(id event.ID) string {
	if e, ok := p.s.Event(id); ok {
		return e.Head().Title + p.tag(uuid.UUID(id))
	}
	return "event " + id.String()
}

func (p *printer) printf(format string, args ...any) { fmt.Fprintf(p.w, format, args...) }

// when writes a time with its precision and its phrase as written.
func when(t source.Time) string {
	if t.IsZero() {
		return "undated"
	}
	var b strings.Builder
	if !t.Start.IsZero() {
		switch t.Bound {
		case source.BoundNotBefore:
			b.WriteString("not before ")
		case source.BoundNotAfter:
			b.WriteString("not after ")
		case source.BoundSince:
			b.WriteString("since ")
		}
		b.WriteString(dateAt(t.Start, t.Precision))
		if !t.End.IsZero() {
			b.WriteString(" to ")
			b.WriteString(dateAt(t.End, t.Precision))
		}
		b.WriteString(" (" + string(t.Precision) + ")")
	} else {
		b.WriteString("undated")
	}
	if t.Text != "" {
		b.WriteString(" “" + t.Text + "”")
	}
	return b.String()
}

func dateAt(t interface{ Format(string) string }, p source.Precision) string {
	switch p {
	case source.PrecisionYear:
		return t.Format("2006")
	case source.PrecisionMonth:
		return t.Format("2006-01")
	case source.PrecisionDay:
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04:05Z07:00")
}

// figure writes a count with its qualifier, words, measure and sources.
func (p *printer) figure(c source.Count) string {
	var b strings.Builder
	if c.Ref != "" {
		b.WriteString(c.Ref + " ")
	}
	b.WriteString(c.Measure + ": ")
	if c.IsRange() {
		b.WriteString("range " + num(c.Min) + "–" + num(c.Max))
	} else {
		b.WriteString(string(c.Qualifier) + " " + num(c.Value))
	}
	if c.Unit != "" {
		b.WriteString(" " + c.Unit)
	}
	if c.Text != "" {
		b.WriteString(" “" + c.Text + "”")
	}
	if len(c.Includes) > 0 {
		b.WriteString(", including " + strings.Join(c.Includes, ", "))
	}
	if !c.AsOf.IsZero() {
		b.WriteString(", as of " + when(c.AsOf))
	}
	if len(c.Attributions) > 0 {
		b.WriteString(" — " + p.attributions(c.Attributions))
	}
	return b.String()
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func (p *printer) attributions(as []source.Attribution) string {
	parts := make([]string, 0, len(as))
	for _, a := range as {
		s := p.source(a.Source) + " (" + strings.ReplaceAll(string(a.Verb), "_", " ") + ")"
		for _, q := range a.Quotes {
			s += " " + p.quote(q)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func (p *printer) quote(q source.Quote) string {
	s := "“" + strings.ReplaceAll(q.Text, "\n", " / ") + "”"
	var marks []string
	if q.Ref != "" {
		marks = append(marks, q.Ref)
	}
	if !q.Speaker.IsZero() {
		marks = append(marks, "by "+p.actor(q.Speaker))
	}
	if !q.Addressee.IsZero() {
		marks = append(marks, "to "+p.actor(q.Addressee))
	}
	if q.Elided {
		marks = append(marks, "elided")
	}
	if q.Truncated {
		marks = append(marks, "truncated")
	}
	if len(marks) > 0 {
		s += " (" + strings.Join(marks, ", ") + ")"
	}
	return s
}

// WriteTimeline writes the story's events in time order for people to
// read: each event's time with its precision and phrase, kind and title,
// who takes part in which role, where, its figures with their qualifiers,
// its kind's own details (clauses, quotes, weapons), links, codes and
// sources; then the territorial statuses; then a summary that counts the records and gives the result of
// [newsevent.Story.Validate]. Records of the article carry their census ID.
func WriteTimeline(w io.Writer, s *newsevent.Story) error {
	p := newPrinter(w, s)
	for _, e := range s.Timeline() {
		p.timelineEvent(e)
	}
	if sts := s.Statuses(); len(sts) > 0 {
		p.printf("territorial statuses:\n")
		for _, st := range sts {
			p.printf("    %s — %s\n", p.status(st.ID), p.attributions(st.Attributions))
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

// eventTime returns when an event happened, as the timeline places it:
// its own time, or the time its follows link resolves to.
func (p *printer) eventTime(h event.Header) string {
	t, _ := p.s.TimeOf(h.ID)
	if t != h.Time {
		return when(t) + " (after the event it follows)"
	}
	return when(t)
}

func (p *printer) timelineEvent(e event.Event) {
	h := e.Head()
	p.printf("%s  %s  %s%s\n", p.eventTime(h), e.Kind(), h.Title, p.tag(uuid.UUID(h.ID)))
	p.printf("    status: %s", h.Status)
	if !h.Rescheduled.IsZero() {
		p.printf(", rescheduled to %s", when(h.Rescheduled))
	}
	p.printf("\n")
	if parts := e.Participants(); len(parts) > 0 {
		list := make([]string, len(parts))
		for i, pt := range parts {
			list[i] = p.actor(pt.Actor) + " (" + pt.Role + ")"
		}
		p.printf("    who: %s\n", strings.Join(list, ", "))
	}
	if places := e.Places(); len(places) > 0 {
		list := make([]string, len(places))
		for i, t := range places {
			list[i] = p.territory(t)
		}
		p.printf("    where: %s\n", strings.Join(list, ", "))
	}
	p.details(e)
	for _, c := range event.Figures(e) {
		p.printf("    figure: %s\n", p.figure(c))
	}
	for _, n := range h.Notes {
		p.printf("    note: “%s” — %s\n", n.Text, p.attributions(n.Attributions))
	}
	for _, l := range e.Links() {
		s := "    link: " + string(l.Type) + " " + p.event(l.To)
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
	p.printf("    sources: %s\n\n", p.attributions(h.Attributions))
}

// details writes what only some kinds have.
func (p *printer) details(e event.Event) {
	switch e := e.(type) {
	case *event.Meeting:
		for _, t := range e.Agenda {
			s := "    agenda: " + t.Text
			if !t.Event.IsZero() {
				s += " → " + p.event(t.Event)
			}
			p.printf("%s\n", s)
		}
		for _, o := range e.Outcome {
			p.printf("    outcome: %s — %s\n", o.Text, p.attributions(o.Attributions))
		}
	case *event.Attack:
		for _, t := range e.Targets {
			var names []string
			if !t.Territory.IsZero() {
				names = append(names, p.territory(t.Territory))
			}
			if !t.Actor.IsZero() {
				names = append(names, p.actor(t.Actor))
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
				by = p.actor(c.By)
			}
			p.printf("    responsibility: %s %s by %s “%s” — %s\n", p.actor(c.Actor), c.Verb, by, c.Text, p.attributions(c.Attributions))
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
			p.printf("    quote: %s\n", p.quote(q))
		}
		if !e.Medium.IsZero() {
			p.printf("    medium: %s\n", p.source(e.Medium))
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
				p.printf("        status: %s\n", p.status(id))
			}
		}
	case *event.Response:
		p.printf("    response: %s to %s", e.Act, p.event(e.To))
		if len(e.Qualifiers) > 0 {
			p.printf(" (%s)", strings.Join(e.Qualifiers, ", "))
		}
		p.printf("\n")
	case *event.Conflict:
		for _, n := range e.Names {
			by := "the article"
			if !n.UsedBy.IsZero() {
				by = p.actor(n.UsedBy)
			}
			p.printf("    name: “%s” (used by %s)\n", n.Text, by)
		}
	case *event.Other:
		p.printf("    action: %s\n", e.Action)
	}
}

// status writes a territorial status in one line.
func (p *printer) status(id territory.StatusID) string {
	st, ok := p.s.Status(id)
	if !ok {
		return "status " + id.String()
	}
	places := make([]string, len(st.Territories))
	for i, t := range st.Territories {
		places[i] = p.territory(t)
	}
	s := p.actor(st.Holder) + " " + string(st.Relation) + " " + strings.Join(places, ", ")
	if !st.Recogniser.IsZero() {
		s = p.actor(st.Recogniser) + " " + string(st.Relation) + " the hold of " + p.actor(st.Holder) + " on " + strings.Join(places, ", ")
	}
	if st.Extent != "" {
		s += " (" + string(st.Extent) + ")"
	}
	if !st.Period.IsZero() {
		s += ", " + when(st.Period)
	}
	s += ", " + string(st.Standing)
	if st.Words != "" {
		s += " “" + st.Words + "”"
	}
	return s + p.tag(uuid.UUID(id))
}

// WriteDOT writes the story's events and the links between them as a
// Graphviz digraph: one node per event (census ID, kind, date, title), one
// edge per link, labelled with its type.
func WriteDOT(w io.Writer, s *newsevent.Story) error {
	p := newPrinter(w, s)
	p.printf("digraph story {\n\trankdir=LR;\n\tnode [shape=box, fontname=\"Helvetica\"];\n")
	for _, e := range s.Timeline() {
		h := e.Head()
		label := strings.TrimSpace(p.tag(uuid.UUID(h.ID))) + "\n" + string(e.Kind()) + ", " + p.eventTime(h) + "\n" + h.Title
		p.printf("\t%q [label=%q];\n", h.ID.String(), strings.TrimSpace(label))
	}
	for _, e := range s.Timeline() {
		for _, l := range e.Links() {
			p.printf("\t%q -> %q [label=%q];\n", e.Head().ID.String(), l.To.String(), string(l.Type))
		}
	}
	p.printf("}\n")
	return p.w.Flush()
}
