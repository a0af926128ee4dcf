package newsevent_test

import (
	"fmt"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// The first report of a strike on Kyiv says at least 12 were killed; the
// update says at least 15, names the weapon, cites the city's
// administration beside the agency, and no longer mentions a city in
// western Ukraine.
func ExampleStory_Diff() {
	russia := actor.Actor{ID: actor.IDFor("russia"), Kind: actor.KindState, Name: "Russia"}
	kyiv := territory.Territory{ID: territory.IDFor("kyiv"), Kind: territory.KindCity, Name: "Kyiv"}
	west := territory.Territory{ID: territory.IDFor("western city"), Kind: territory.KindCity, Description: "a city in western Ukraine"}
	reuters := source.Source{ID: source.IDFor("reuters report"), Kind: source.KindReport, Title: "a Reuters report"}
	city := source.Source{ID: source.IDFor("city statement"), Kind: source.KindStatement, Title: "the Kyiv city administration"}

	strike := func(title, killed string, sources ...source.ID) *event.Attack {
		count, err := source.ParseCount(killed)
		if err != nil {
			panic(err)
		}
		count.Measure = source.MeasureKilled
		var by []source.Attribution
		for _, s := range sources {
			by = append(by, source.Attribute(s, source.VerbReported))
		}
		return &event.Attack{
			Header: event.Header{
				ID: event.IDFor("strike on kyiv"), Title: title, Status: event.StatusOccurred,
				Time: source.Day(2025, time.April, 24, "overnight"), Places: []territory.ID{kyiv.ID}, Attributions: by,
			},
			Attacker: russia.ID, Casualties: []source.Count{count},
		}
	}
	story := func(records ...newsevent.Record) *newsevent.Story {
		var s newsevent.Story
		for _, r := range records {
			if err := s.Add(r); err != nil {
				panic(err)
			}
		}
		return &s
	}

	first := story(
		newsevent.ActorRecord{Actor: russia},
		newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.TerritoryRecord{Territory: west},
		newsevent.SourceRecord{Source: reuters},
		newsevent.EventRecord{Event: strike("Russian strike on Kyiv", "at least 12", reuters.ID)},
	)
	update := story(
		newsevent.ActorRecord{Actor: russia},
		newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.SourceRecord{Source: reuters},
		newsevent.SourceRecord{Source: city},
		newsevent.EventRecord{Event: strike("Russian missile strike on Kyiv", "at least 15", reuters.ID, city.ID)},
	)

	d, err := first.Diff(update)
	if err != nil {
		panic(err)
	}
	fmt.Println("valid:", update.Validate() == nil)
	fmt.Print(d)
	// Output:
	// valid: true
	// + source f9f13188-c3f3-5f9b-b246-17913f836317 "the Kyiv city administration"
	// - territory 72343be8-10a8-5d3d-953a-52aada60314f "a city in western Ukraine"
	// ~ event 7939a54c-69e7-59bf-a6c9-4ef4cfbd0ad2 "Russian missile strike on Kyiv"
	//     title: "Russian strike on Kyiv" → "Russian missile strike on Kyiv"
	//     attributions[1]: + {"source":"f9f13188-c3f3-5f9b-b246-17913f836317","verb":"re…
	//     casualties[0].value: 12 → 15
	//     casualties[0].text: "at least 12" → "at least 15"
}
