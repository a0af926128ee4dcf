package examples

import (
	"fmt"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// recorder adds the records of one sample story as its code builds them,
// and keeps the first error, naming the sample and the census item it came
// from; the code of every sample builds through one.
type recorder struct {
	name string // the sample, for errors: "earthquake"
	s    newsevent.Story
	err  error
}

// keep records err, the first one only, with the census item it concerns.
func (r *recorder) keep(census string, err error) {
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("examples: %s: %s: %w", r.name, census, err)
	}
}

// actor builds an actor and adds it.
func (r *recorder) actor(census string, ab *actor.Builder) {
	a, err := ab.Build()
	if err == nil {
		err = r.s.AddActor(a)
	}
	r.keep(census, err)
}

// territory builds a territory and adds it.
func (r *recorder) territory(census string, tb *territory.Builder) {
	t, err := tb.Build()
	if err == nil {
		err = r.s.AddTerritory(t)
	}
	r.keep(census, err)
}

// source builds a source and adds it.
func (r *recorder) source(census string, sb *source.Builder) {
	src, err := sb.Build()
	if err == nil {
		err = r.s.AddSource(src)
	}
	r.keep(census, err)
}

// status builds a territorial status and adds it.
func (r *recorder) status(census string, sb *territory.StatusBuilder) {
	st, err := sb.Build()
	if err == nil {
		err = r.s.AddStatus(st)
	}
	r.keep(census, err)
}

// event adds an event a builder returned with its error.
func (r *recorder) event(census string, e event.Event, err error) {
	if err == nil {
		err = r.s.AddEvent(e)
	}
	r.keep(census, err)
}

// add validates a record given as a literal and adds it.
func (r *recorder) add(census string, rec newsevent.Record) {
	var err error
	switch rec := rec.(type) {
	case newsevent.ActorRecord:
		err = rec.Actor.Validate()
	case newsevent.TerritoryRecord:
		err = rec.Territory.Validate()
	case newsevent.SourceRecord:
		err = rec.Source.Validate()
	case newsevent.StatusRecord:
		err = rec.Status.Validate()
	case newsevent.EventRecord:
		err = rec.Event.Validate()
	case newsevent.IdentityRecord:
		err = rec.Identity.Validate()
	}
	if err == nil {
		err = r.s.Add(rec)
	}
	r.keep(census, err)
}

// done returns the story once every record is in, validated as a whole.
func (r *recorder) done() (*newsevent.Story, error) {
	if r.err != nil {
		return nil, r.err
	}
	if err := r.s.Validate(); err != nil {
		return nil, fmt.Errorf("examples: %s: %w", r.name, err)
	}
	return &r.s, nil
}

// span is a run of census IDs with one prefix: {"E", 1, 12} is E1 to E12.
type span struct {
	prefix   string
	from, to int
}

// censusOf lists the census IDs of the spans, in order.
func censusOf(spans ...span) []string {
	var ids []string
	for _, sp := range spans {
		for i := sp.from; i <= sp.to; i++ {
			ids = append(ids, fmt.Sprintf("%s%d", sp.prefix, i))
		}
	}
	return ids
}

// mustStory returns the story build returns, and panics if it cannot be
// built: a bug in this package. The Must functions of the samples are it.
func mustStory(build func() (*newsevent.Story, error)) *newsevent.Story {
	s, err := build()
	if err != nil {
		panic(err)
	}
	return s
}
