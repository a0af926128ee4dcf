package acled_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/acled"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// A strike as the README's example builds it, written in ACLED's columns:
// a missile strike is "Shelling/artillery/missile attack", Russia (a
// state) is of State Forces (1), and "at least 12" killed is 12.
func ExampleWrite() {
	russia, _ := actor.New(actor.IDFor("russia"), actor.KindState, "Russia").Country("RU").Build()
	reuters, _ := actor.New(actor.IDFor("reuters"), actor.KindMedia, "Reuters").Build()
	ukraine, _ := territory.New(territory.IDFor("ukraine"), territory.KindCountry, "Ukraine").Country("UA").Build()
	kyiv, _ := territory.New(territory.IDFor("kyiv"), territory.KindCity, "Kyiv").Country("UA").Parent(ukraine.ID).Build()
	report, _ := source.New(source.IDFor("reuters report"), source.KindReport).Title("a Reuters report").Publisher(reuters.ID).Build()
	killed, _ := source.ParseCount("at least 12")
	killed.Measure = source.MeasureKilled
	strike, err := event.NewAttack(event.Header{
		ID:           event.IDFor("strike on kyiv"),
		Title:        "Russian strike on Kyiv",
		Time:         source.Day(2025, time.April, 24, "overnight"),
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}).Attacker(russia.ID).TargetPlaces(kyiv.ID).Methods(event.MethodMissileStrike).Casualties(killed).Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	var s newsevent.Story
	for _, r := range []newsevent.Record{
		newsevent.ActorRecord{Actor: russia}, newsevent.ActorRecord{Actor: reuters},
		newsevent.TerritoryRecord{Territory: ukraine}, newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.SourceRecord{Source: report}, newsevent.EventRecord{Event: strike},
	} {
		if err := s.Add(r); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := acled.Write(os.Stdout, &s, acled.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
	// UKR1,2025-04-24,2025,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Russia,,1,,,0,10,,804,,Ukraine,,,,Kyiv,,,,Reuters,,Russian strike on Kyiv,12,,
}

// A row in the shape of an ACLED export (its values are illustrative,
// not ACLED's) read into a story: one event of the generic
// kind, whose action is the row's sub-event type, with its actors, its
// place inside its admin levels and country, its source and its toll.
func ExampleRead() {
	csv := strings.Join(acled.Columns(), ",") + "\n" +
		"UKR1,2025-04-24,2025,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack," +
		"Military Forces of Russia (2000-),,1,Civilians (Ukraine),,7,17,Civilian targeting,804,Europe,Ukraine,Kyiv City,,,Kyiv," +
		"50.4500,30.5236,1,Reuters; Kyiv Independent,International,Russian strike on Kyiv,12,,1745884800\n"
	s, err := acled.Read(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	e := s.Events()[0].(*event.Other)
	fmt.Println(e.Action, "|", e.Title, "|", e.Time.Start.Format(time.DateOnly))
	for _, p := range e.Roles {
		a, _ := s.Actor(p.Actor)
		fmt.Printf("%s: %s (%s)\n", p.Role, a.Name, a.Kind)
	}
	for id := e.Places[0]; !id.IsZero(); {
		t, _ := s.Territory(id)
		fmt.Printf("%s %s %s %v\n", t.Kind, t.Name, t.Country, t.Point)
		id = t.Parent
	}
	for _, a := range e.Attributions {
		src, _ := s.Source(a.Source)
		fmt.Println("source:", src.Title)
	}
	fmt.Println("killed:", e.Figures[0].Value)
	// Output:
	// Shelling/artillery/missile attack | Russian strike on Kyiv | 2025-04-24
	// actor1: Military Forces of Russia (2000-) (armed_force)
	// actor2: Civilians (Ukraine) (group)
	// area Kyiv UA {50.45 30.5236 exact}
	// region Kyiv City UA {0 0 }
	// country Ukraine UA {0 0 }
	// source: Reuters
	// source: Kyiv Independent
	// killed: 12
}
