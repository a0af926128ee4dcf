// Package describe names and describes the records of a story in words,
// for the output formats meant for people to read (format/timeline,
// format/dot): a record by its name or title, a time with its precision
// and phrase, a figure with its qualifier and sources.
package describe

import (
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Namer names the records of a story for people to read: by their names
// or titles and, where a label function gives one, a label of the user's
// own in brackets ("Kyiv [T7]").
type Namer struct {
	s     *newsevent.Story
	label func(uuid.UUID) string
}

// New returns a namer of the records of s; label may be nil.
func New(s *newsevent.Story, label func(uuid.UUID) string) *Namer {
	return &Namer{s: s, label: label}
}

// Tag returns " [label]" for a record with a label, else "".
func (p *Namer) Tag(id uuid.UUID) string {
	if p.label == nil {
		return ""
	}
	if c := p.label(id); c != "" {
		return " [" + c + "]"
	}
	return ""
}

// Actor names an actor, an unnamed one by its description.
func (p *Namer) Actor(id actor.ID) string {
	a, ok := p.s.Actor(id)
	switch {
	case !ok:
		return "actor " + id.String()
	case a.Name == "":
		return "“" + a.Description + "”" + p.Tag(uuid.UUID(id))
	}
	return a.Name + p.Tag(uuid.UUID(id))
}

// Territory names a territory, an unnamed one by its description.
func (p *Namer) Territory(id territory.ID) string {
	t, ok := p.s.Territory(id)
	switch {
	case !ok:
		return "territory " + id.String()
	case t.Name == "":
		return "“" + t.Description + "”" + p.Tag(uuid.UUID(id))
	}
	return t.Name + p.Tag(uuid.UUID(id))
}

// Source names a source with the chain it came through ("Zelenskyy's
// post on X via the article").
func (p *Namer) Source(id source.ID) string {
	var names []string
	for _, s := range p.s.Chain(id) {
		names = append(names, strings.TrimSpace(sourceName(p.s, s)+p.Tag(uuid.UUID(s.ID))))
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

// Event names an event by its title.
func (p *Namer) Event(id event.ID) string {
	if e, ok := p.s.Event(id); ok {
		return e.Head().Title + p.Tag(uuid.UUID(id))
	}
	return "event " + id.String()
}

// When writes a time with its precision and its phrase as written.
func When(t source.Time) string {
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

// Figure writes a count with its qualifier, words, measure and sources.
func (p *Namer) Figure(c source.Count) string {
	var b strings.Builder
	if c.Ref != "" {
		b.WriteString(c.Ref + " ")
	}
	b.WriteString(c.Measure.String())
	if c.Broader != "" {
		b.WriteString(" (a kind of " + c.Broader.String() + ")")
	}
	b.WriteString(": ")
	if c.Modality != "" {
		b.WriteString(string(c.Modality) + " ")
	}
	switch {
	case c.IsRange():
		b.WriteString("range " + num(c.Min) + "–" + num(c.Max))
	case c.IsVague():
		b.WriteString("vague " + strings.ReplaceAll(string(c.Magnitude), "_", " ") + " (at least " + num(c.Conservative()) + ")")
	case !c.Period.IsZero():
		b.WriteString(string(c.Qualifier) + " " + c.Period.String())
	case !c.Currency.IsZero():
		b.WriteString(string(c.Qualifier) + " " + c.Currency.String() + " " + num(c.Value))
	default:
		b.WriteString(string(c.Qualifier) + " " + num(c.Value))
	}
	if c.Unit != "" {
		b.WriteString(" " + c.Unit.String())
	}
	if c.Per != "" {
		b.WriteString(" per " + c.Per.String())
	}
	if c.Subject != "" {
		b.WriteString(" " + strings.ReplaceAll(string(c.Subject), "_", " "))
	}
	if !c.Of.IsZero() {
		b.WriteString(" of " + p.Actor(c.Of))
	}
	if len(c.In) > 0 {
		b.WriteString(" in " + p.territories(c.In))
	}
	if len(c.Excluding) > 0 {
		b.WriteString(" excluding " + p.territories(c.Excluding))
	}
	if c.Text != "" {
		b.WriteString(" “" + c.Text + "”")
	}
	if len(c.Includes) > 0 {
		b.WriteString(", including " + strings.Join(c.Includes, ", "))
	}
	if len(c.Excludes) > 0 {
		b.WriteString(", excluding " + strings.Join(c.Excludes, ", "))
	}
	if !c.AsOf.IsZero() {
		b.WriteString(", as of " + When(c.AsOf))
	}
	if len(c.Attributions) > 0 {
		b.WriteString(" — " + p.Attributions(c.Attributions))
	}
	return b.String()
}

// territories names places, joined by commas.
func (p *Namer) territories(ids []territory.ID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = p.Territory(id)
	}
	return strings.Join(names, ", ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Attributions writes who says something, and how.
func (p *Namer) Attributions(as []source.Attribution) string {
	parts := make([]string, 0, len(as))
	for _, a := range as {
		s := p.Source(a.Source) + " (" + strings.ReplaceAll(string(a.Verb), "_", " ") + ")"
		for _, q := range a.Quotes {
			s += " " + p.Quote(q)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// Quote writes a quote with its speaker, addressee and marks.
func (p *Namer) Quote(q source.Quote) string {
	s := "“" + strings.ReplaceAll(q.Text, "\n", " / ") + "”"
	var marks []string
	if q.Ref != "" {
		marks = append(marks, q.Ref)
	}
	if !q.Speaker.IsZero() {
		marks = append(marks, "by "+p.Actor(q.Speaker))
	}
	if !q.Addressee.IsZero() {
		marks = append(marks, "to "+p.Actor(q.Addressee))
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

// Status writes a territorial status in one line.
func (p *Namer) Status(id territory.StatusID) string {
	st, ok := p.s.Status(id)
	if !ok {
		return "status " + id.String()
	}
	places := make([]string, len(st.Territories))
	for i, t := range st.Territories {
		places[i] = p.Territory(t)
	}
	s := p.Actor(st.Holder) + " " + string(st.Relation) + " " + strings.Join(places, ", ")
	if !st.Recogniser.IsZero() {
		s = p.Actor(st.Recogniser) + " " + string(st.Relation) + " the hold of " + p.Actor(st.Holder) + " on " + strings.Join(places, ", ")
	}
	if st.Extent != "" {
		s += " (" + string(st.Extent) + ")"
	}
	if !st.Period.IsZero() {
		s += ", " + When(st.Period)
	}
	s += ", " + string(st.Standing)
	if st.Words != "" {
		s += " “" + st.Words + "”"
	}
	return s + p.Tag(uuid.UUID(id))
}
