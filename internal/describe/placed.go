package describe

import (
	"strings"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
)

// Placed writes the time of an event as the story places it
// ([newsevent.Story.Placement]): its own, or the time inferred from its
// links with those links in brackets, and the links that disagree, if
// any. The timeline and the DOT graph write times this way.
func (p *Namer) Placed(id event.ID) string {
	pl, _ := p.s.Placement(id)
	out := When(pl.Time)
	if pl.Inferred {
		out += " (" + p.reasons(id, pl.From) + ")"
	}
	if len(pl.Conflicts) > 0 {
		out += " (links disagree: " + p.reasons(id, pl.Conflicts) + ")"
	}
	return out
}

// reasons writes constraints as phrases, one per link, in order.
func (p *Namer) reasons(id event.ID, cs []newsevent.Constraint) string {
	var parts []string
	for _, c := range cs {
		s := p.reason(id, c)
		if len(parts) == 0 || parts[len(parts)-1] != s {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// ownVerbs say how the placed event relates to the other end of a link
// it carries ("the event it follows"); otherVerbs how an event that
// carries a link to the placed one relates to it ("X, which follows it").
var (
	ownVerbs = map[event.LinkType]string{
		event.LinkFollows:       "it follows",
		event.LinkCausedBy:      "that caused it",
		event.LinkRespondsTo:    "it responds to",
		event.LinkConditionalOn: "it is conditional on",
		event.LinkRevises:       "it revises",
		event.LinkPostpones:     "it postpones",
		event.LinkPrecedes:      "it precedes",
		event.LinkEnables:       "it enables",
		event.LinkPartOf:        "it is part of",
		event.LinkDuring:        "it happens during",
	}
	otherVerbs = map[event.LinkType]string{
		event.LinkFollows:       "follows it",
		event.LinkCausedBy:      "it caused",
		event.LinkRespondsTo:    "responds to it",
		event.LinkConditionalOn: "is conditional on it",
		event.LinkRevises:       "revises it",
		event.LinkPostpones:     "postpones it",
		event.LinkPrecedes:      "precedes it",
		event.LinkEnables:       "enables it",
		event.LinkPartOf:        "is part of it",
		event.LinkDuring:        "happens during it",
	}
)

// reason writes one constraint on event id as a phrase: how the event
// stands to the other end of the link ("after", "before", "within",
// "under way by", as [event.LinkType.Ordering] and containment say, seen
// from the event),
// the link, and the dated event the bound comes from when that is not the
// link's other end.
func (p *Namer) reason(id event.ID, c newsevent.Constraint) string {
	within := c.Link.Type == event.LinkPartOf || c.Link.Type == event.LinkDuring
	var s string
	other := c.Link.To // the link's other end, seen from the event it is on
	if c.Event == id {
		verb, ok := ownVerbs[c.Link.Type]
		if !ok {
			verb = "it links to by " + string(c.Link.Type)
		}
		switch {
		case within:
			s = "within"
		case c.Link.Type.Ordering() < 0:
			s = "before"
		default:
			s = "after"
		}
		s += " the event " + verb
	} else {
		other = c.Event
		verb, ok := otherVerbs[c.Link.Type]
		if !ok {
			verb = "links to it by " + string(c.Link.Type)
		}
		switch {
		case within:
			s = "under way by" // a whole has begun by the time of its part
		case c.Link.Type.Ordering() < 0:
			s = "after"
		default:
			s = "before"
		}
		s += " " + p.Event(c.Event) + ", which " + verb
	}
	if !c.Anchor.IsZero() && c.Anchor != other {
		s += ", from " + p.Event(c.Anchor)
	}
	return s
}
