package newsevent_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// A story of one report: Russia struck Kyiv overnight, and Reuters
// reports that at least 12 people were killed.
func ExampleStory() {
	russia, err := actor.New(actor.IDFor("russia"), actor.KindState, "Russia").
		Aliases(actor.Alias{Text: "the Kremlin", Kind: actor.AliasMetonym}).
		Country("RU").
		Build()
	if err != nil {
		panic(err)
	}
	kyiv, err := territory.New(territory.IDFor("kyiv"), territory.KindCity, "Kyiv").Country("UA").Build()
	if err != nil {
		panic(err)
	}
	report, err := source.New(source.IDFor("reuters report"), source.KindReport).Title("a Reuters report").Build()
	if err != nil {
		panic(err)
	}

	killed, err := source.ParseCount("at least 12")
	if err != nil {
		panic(err)
	}
	killed.Measure = source.MeasureKilled
	killed.Attributions = []source.Attribution{source.Attribute(report.ID, source.VerbReported)}

	strike, err := event.NewAttack(event.Header{
		ID:           event.IDFor("strike on kyiv"),
		Title:        "Russian strike on Kyiv",
		Time:         source.Day(2025, time.April, 24, "overnight"),
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}).Attacker(russia.ID).TargetPlaces(kyiv.ID).Casualties(killed).Build()
	if err != nil {
		panic(err)
	}

	var s newsevent.Story
	for _, r := range []newsevent.Record{
		newsevent.ActorRecord{Actor: russia},
		newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.SourceRecord{Source: report},
		newsevent.EventRecord{Event: strike},
	} {
		if err := s.Add(r); err != nil {
			panic(err)
		}
	}
	fmt.Println("valid:", s.Validate() == nil)

	for _, e := range s.Timeline() {
		h := e.Head()
		fmt.Printf("%s (%s) %s: %s\n", h.Time.Start.Format(time.DateOnly), h.Time.Text, e.Kind(), h.Title)
		for _, c := range e.(*event.Attack).Casualties {
			fmt.Printf("  %s: %q (%s %v)\n", c.Measure, c.Text, c.Qualifier, c.Value)
		}
	}
	for _, a := range s.FindActors("the kremlin") {
		fmt.Println("found:", a.Name)
	}
	// Output:
	// valid: true
	// 2025-04-24 (overnight) attack: Russian strike on Kyiv
	//   killed: "at least 12" (at_least 12)
	// found: Russia
}

// Reading a story record by record, as from a file too large to hold.
func ExampleDecoder() {
	input := `{"actor":{"id":"0f0d3a36-1b2c-5d3e-8f4a-5b6c7d8e9f00","kind":"person","name":"Volodymyr Zelenskyy"}}
{"source":{"id":"1a2b3c4d-5e6f-5a1b-8c2d-3e4f5a6b7c8d","kind":"post","authors":["0f0d3a36-1b2c-5d3e-8f4a-5b6c7d8e9f00"],"platform":"x","handle":"ZelenskyyUa"}}
`
	dec := newsevent.NewDecoder(strings.NewReader(input))
	var c newsevent.Checker
	for {
		r, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		c.Record(r)
		switch r := r.(type) {
		case newsevent.ActorRecord:
			fmt.Printf("line %d: actor %s\n", dec.Line(), r.Actor.Name)
		case newsevent.SourceRecord:
			fmt.Printf("line %d: %s on %s by @%s\n", dec.Line(), r.Source.Kind, r.Source.Platform, r.Source.Handle)
		}
	}
	fmt.Println("valid:", c.Err() == nil)
	// Output:
	// line 1: actor Volodymyr Zelenskyy
	// line 2: post on x by @ZelenskyyUa
	// valid: true
}
