package event_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// An attack with its casualties as the report gives them: "as many as 12"
// killed, per a New York Times report, stays "as many as 12".
func ExampleNewAttack() {
	var (
		russia = actor.IDFor("russia")
		kyiv   = territory.IDFor("kyiv")
		nyt    = source.IDFor("nyt-report")
	)
	perNYT := source.Attribute(nyt, source.VerbReported)

	killed, err := source.ParseCount("as many as 12")
	if err != nil {
		fmt.Println(err)
		return
	}
	killed.Measure = source.MeasureKilled
	killed.Attributions = []source.Attribution{perNYT}

	strike, err := event.NewAttack(event.Header{
		ID:           event.IDFor("kyiv-strike"),
		Title:        "Russian missile and drone strikes on Kyiv",
		Time:         source.Day(2025, time.April, 24, "Thursday"),
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{perNYT},
	}).Attacker(russia).TargetPlaces(kyiv).
		Methods(event.MethodMissileStrike, event.MethodDroneStrike).
		Casualties(killed).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}

	codes := strike.Codes()
	label, _ := event.CAMEOLabel(codes.CAMEO)
	fmt.Println(strike.Kind())
	fmt.Printf("CAMEO %s %q, PLOVER %s (%s)\n", codes.CAMEO, label, codes.PLOVER, codes.Mode)
	for _, c := range strike.Casualties {
		fmt.Printf("%s: %s %v, written %q, %s\n", c.Measure, c.Qualifier, c.Value, c.Text, c.Attributions[0].Verb)
	}
	// Output:
	// attack
	// CAMEO 195 "Employ aerial weapons, not specified below", PLOVER ASSAULT (heavy-weapons)
	// killed: as_many_as 12, written "as many as 12", reported
}

// A plan with typed clauses: a ceasefire, a membership bar, and a
// recognition that carries the territorial status it would bring about,
// a status whose standing is only proposed.
func ExampleNewProposal() {
	var (
		us      = actor.IDFor("united-states")
		russia  = actor.IDFor("russia")
		ukraine = actor.IDFor("ukraine")
		nato    = actor.IDFor("nato")
		crimea  = territory.IDFor("crimea")
		reuters = source.IDFor("reuters-report")
	)
	perReuters := source.Attribute(reuters, source.VerbReported)

	// The status the recognition would bring about is a record of its own;
	// the clause refers to it by ID.
	deJure, err := territory.NewStatus(territory.StatusIDFor("crimea-de-jure"),
		territory.RelationRecognisesDeJure, russia, territory.StandingProposed, crimea).
		Recogniser(us).Attributions(perReuters).Build()
	if err != nil {
		fmt.Println(err)
		return
	}

	plan, err := event.NewProposal(event.Header{
		ID:           event.IDFor("us-framework"),
		Title:        "US framework to end the war",
		Status:       event.StatusProposed,
		Attributions: []source.Attribution{perReuters},
	}, event.StageProposed, us).
		Name("the Paris talks framework plan").
		Addressees(ukraine, russia).
		Clauses(
			event.Clause{Ref: "C1", Kind: event.ClauseCeasefire, Text: "a permanent ceasefire",
				Qualifiers: []string{"permanent", "with monitoring"}, Parties: []actor.ID{russia, ukraine}},
			event.Clause{Ref: "C2", Kind: event.ClauseMembershipBar, Text: "Ukraine barred from joining NATO",
				Member: ukraine, Alliance: nato},
			event.Clause{Ref: "C5", Kind: event.ClauseRecognition, Text: "US de jure recognition of Crimea",
				Statuses: []territory.StatusID{deJure.ID}},
		).
		Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range plan.Clauses {
		fmt.Printf("%s %s: %s", c.Ref, c.Kind, c.Text)
		if len(c.Qualifiers) > 0 {
			fmt.Printf(" %q", c.Qualifiers)
		}
		if len(c.Statuses) > 0 {
			fmt.Printf(" (status %s, %s)", deJure.Relation, deJure.Standing)
		}
		fmt.Println()
	}
	fmt.Println(plan.Stage, plan.Codes().CAMEO)

	// A recognition clause without its statuses is refused.
	_, err = event.NewProposal(plan.Header, event.StageProposed, us).
		Clauses(event.Clause{Ref: "C5", Kind: event.ClauseRecognition, Text: "recognition of Crimea"}).
		Build()
	var ve *event.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Problems[0].Path, ve.Problems[0].Rule)
	}
	// Output:
	// C1 ceasefire: a permanent ceasefire ["permanent" "with monitoring"]
	// C2 membership_bar: Ukraine barred from joining NATO
	// C5 recognition: US de jure recognition of Crimea (status recognises_de_jure, proposed)
	// proposed 037
	// clauses[0].statuses requires
}

// Decoding an event whose kind is known only from its JSON: Unmarshal
// returns the concrete type, and a type switch reaches its typed fields.
func ExampleUnmarshal() {
	data := []byte(`{
		"kind": "response",
		"id": "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d5e",
		"title": "Zelenskyy refuses to accept the framework",
		"status": "occurred",
		"attributions": [{"source": "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d60", "verb": "reported"}],
		"responder": "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d61",
		"to": "0196b1a0-7d3c-7c4e-9a52-3f0e1b2c4d62",
		"to_kind": "proposal",
		"act": "reject",
		"qualifiers": ["so far"]
	}`)
	e, err := event.Unmarshal(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	switch e := e.(type) {
	case *event.Response:
		fmt.Printf("%s: %s a %s, %q\n", e.Title, e.Act, e.ToKind, e.Qualifiers[0])
	case *event.Attack:
		fmt.Println("an attack on", len(e.Targets), "targets")
	default:
		fmt.Println("an event of kind", e.Kind())
	}
	fmt.Println(e.Validate() == nil, e.Codes().CAMEO, e.AllLinks()[0].Type)

	_, err = event.Unmarshal([]byte(`{"kind":"meating"}`))
	fmt.Println(err != nil)
	// Output:
	// Zelenskyy refuses to accept the framework: reject a proposal, "so far"
	// true 127 responds_to
	// true
}

// A talk set "within 24 hours of" an approval that happened on a Thursday
// lies between the start of that Thursday and the end of the Friday.
func ExampleLink_Resolve() {
	approval := source.Day(2025, time.April, 24, "Thursday")
	link := event.Link{
		Type:   event.LinkFollows,
		To:     event.IDFor("cabinet-approval"),
		Offset: event.Offset{Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"},
	}
	when, ok := link.Resolve(approval)
	fmt.Println(ok, when.Start.Format(time.DateOnly), when.End.Format(time.DateOnly), when.Precision, when.Text)

	link.Offset.Max = event.Duration(6 * time.Hour)
	when, _ = link.Resolve(approval)
	fmt.Println(when.Start.Format(time.DateTime), when.End.Format(time.DateTime), when.Precision)
	// Output:
	// true 2025-04-24 2025-04-25 day within 24 hours of
	// 2025-04-24 00:00:00 2025-04-25 05:00:00 hour
}

// An encoder of many events appends each to one buffer, here as JSON
// Lines, instead of copying the slice each MarshalJSON returns.
func ExampleAppendJSON() {
	report := source.IDFor("example/report")
	head := func(key, title string, status event.Status) event.Header {
		return event.Header{ID: event.IDFor(key), Title: title, Status: status,
			Attributions: []source.Attribution{source.Attribute(report, source.VerbReported)}}
	}
	events := []event.Event{
		&event.Other{Header: head("example/e1", "Strike on Kyiv", event.StatusOccurred), Action: "strike"},
		&event.Meeting{Header: head("example/e2", "Talks in Moscow", event.StatusPlanned),
			Attendees: []actor.ID{actor.IDFor("example/witkoff"), actor.IDFor("example/putin")}},
	}
	var buf []byte
	for _, e := range events {
		var err error
		if buf, err = event.AppendJSON(buf, e); err != nil {
			fmt.Println(err)
			return
		}
		buf = append(buf, '\n')
	}
	fmt.Print(string(buf))
	_, err := event.AppendJSON(buf, nil)
	fmt.Println(err)
	// Output:
	// {"kind":"other","id":"ff4ad5d6-0e38-55b5-bc53-4855fa8c02e5","title":"Strike on Kyiv","status":"occurred","attributions":[{"source":"374ddf92-1e4e-5d1a-9927-0e4bc0cfd395","verb":"reported"}],"action":"strike"}
	// {"kind":"meeting","id":"60f20dd0-7b2c-5b0f-a68c-0b5d1002858c","title":"Talks in Moscow","status":"planned","attributions":[{"source":"374ddf92-1e4e-5d1a-9927-0e4bc0cfd395","verb":"reported"}],"attendees":["efb32068-2b75-5cf2-9346-1dc70bcb8187","b5428428-0e1f-5c92-829f-b7fb56e0d682"]}
	// event: cannot encode a nil event
}
