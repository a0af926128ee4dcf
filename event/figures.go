package event

import (
	"reflect"

	"github.com/newsevent/newsevent/source"
)

// Figures returns every figure an event gives, typed fields first, then
// the header's: an attack's casualties, occurrences and weapon counts; a
// meeting's duration; a disaster's toll; an election's results; a
// proposal's phase durations. It is for generic consumers that print or
// aggregate figures without a type switch of their own.
func Figures(e Event) []source.Count {
	if e == nil || reflect.ValueOf(e).IsNil() {
		return nil
	}
	var out []source.Count
	add := func(cs ...source.Count) {
		for _, c := range cs {
			if !c.IsZero() {
				out = append(out, c)
			}
		}
	}
	switch e := e.(type) {
	case *Meeting:
		add(e.Duration)
	case *Attack:
		add(e.Casualties...)
		add(e.Occurrences...)
		for _, w := range e.Weapons {
			add(w.Count)
		}
	case *Proposal:
		for _, p := range e.Phases {
			add(p.Duration)
		}
	case *Disaster:
		add(e.Toll...)
	case *Election:
		for _, c := range e.Candidates {
			add(c.Results...)
		}
	}
	add(e.Head().Figures...)
	return out
}
