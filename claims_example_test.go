package newsevent_test

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// The city's administration reports nine dead after a strike on Kyiv, a
// Telegram post claims two, and the Russian defence ministry denies the
// post's figure; the next day, a Reuters report revises the city's toll
// to 12. The claims view keeps every figure, marks the first one revised,
// by whom and as of when, names the current one, and finds the post at
// odds with Reuters.
func ExampleStory_Claims() {
	russia := actor.Actor{ID: actor.IDFor("russia"), Kind: actor.KindState, Name: "Russia"}
	kyiv := territory.Territory{ID: territory.IDFor("kyiv"), Kind: territory.KindCity, Name: "Kyiv"}
	city := source.Source{ID: source.IDFor("city"), Kind: source.KindStatement, Title: "the city administration", Published: source.Day(2025, time.April, 24, "")}
	reuters := source.Source{ID: source.IDFor("reuters"), Kind: source.KindReport, Title: "Reuters", Published: source.Day(2025, time.April, 25, "")}
	ministry := source.Source{ID: source.IDFor("ministry"), Kind: source.KindStatement, Title: "the defence ministry"}
	post := source.Source{ID: source.IDFor("post"), Kind: source.KindPost, Platform: "telegram", Title: "a Telegram post"}

	strike := &event.Attack{
		Header: event.Header{
			ID: event.IDFor("strike"), Title: "Strike on Kyiv", Time: source.Day(2025, time.April, 24, "overnight"),
			Places: []territory.ID{kyiv.ID}, Status: event.StatusOccurred,
			Attributions: []source.Attribution{source.Attribute(city.ID, source.VerbReported)},
		},
		Attacker: russia.ID,
		Casualties: []source.Count{
			{Ref: "K1", Value: 9, Qualifier: source.QualifierExact, Text: "nine", Measure: source.MeasureKilled,
				Attributions: []source.Attribution{source.Attribute(city.ID, source.VerbSaid)}},
			{Value: 2, Qualifier: source.QualifierExact, Text: "two", Measure: source.MeasureKilled,
				Attributions: []source.Attribution{source.Attribute(post.ID, source.VerbClaimed), source.Attribute(ministry.ID, source.VerbDenied)}},
		},
	}
	update := &event.Other{
		Header: event.Header{
			ID: event.IDFor("update"), Title: "Emergency service updates the toll", Time: source.Day(2025, time.April, 25, ""),
			Status: event.StatusOccurred, Attributions: []source.Attribution{source.Attribute(reuters.ID, source.VerbReported)},
			Figures: []source.Count{{
				Value: 12, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, AsOf: source.Day(2025, time.April, 25, ""),
				Revises: "K1", RevisesIn: uuid.UUID(strike.ID),
				Attributions: []source.Attribution{source.Attribute(reuters.ID, source.VerbReported)},
			}},
		},
		Action: "updated the toll",
	}
	var s newsevent.Story
	for _, r := range []newsevent.Record{
		newsevent.ActorRecord{Actor: russia}, newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.SourceRecord{Source: city}, newsevent.SourceRecord{Source: reuters},
		newsevent.SourceRecord{Source: ministry}, newsevent.SourceRecord{Source: post},
		newsevent.EventRecord{Event: strike}, newsevent.EventRecord{Event: update},
	} {
		if err := s.Add(r); err != nil {
			panic(err)
		}
	}
	fmt.Println("valid:", s.Validate() == nil)

	c := s.ClaimsOf(strike.ID)
	toll := c.Figures[0]
	now := toll.Figures[toll.Current]
	fmt.Printf("current toll: %v, as of %s, by %s\n", now.Count.Value, now.Count.AsOf.Start.Format(time.DateOnly), c.Names[uuid.UUID(now.Sources[0])])
	fmt.Println("disputed:", toll.Disputed)
	fmt.Print(c)
	// Output:
	// valid: true
	// current toll: 12, as of 2025-04-25, by Reuters
	// disputed: true
	// figures
	//   “Strike on Kyiv” (event) · killed — disputed: #1/#2
	//     #0 revised casualties[0] K1: exact 9 “nine” — the city administration; revised by figures[0] of “Emergency service updates the toll” — Reuters, as of 2025-04-25 (day)
	//     #1 live casualties[1]: exact 2 “two” — a Telegram post; denied by the defence ministry
	//   * #2 live figures[0] of “Emergency service updates the toll”: exact 12, as of 2025-04-25 (day) — Reuters
	// times
	//   “Strike on Kyiv” · timeline 2025-04-24 (day) “overnight”
	//   * #0 live time: 2025-04-24 (day) “overnight” — the city administration
}
