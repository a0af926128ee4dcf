package geojson_test

import (
	"fmt"
	"os"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/geojson"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// A strike on Kyiv, reported with its toll: one Point feature at Kyiv,
// longitude first, with the conservative figure of "as many as 12".
func ExampleWrite() {
	var s newsevent.Story
	russia := actor.Actor{ID: actor.IDFor("russia"), Kind: actor.KindState, Name: "Russia"}
	kyiv := territory.Territory{
		ID: territory.IDFor("kyiv"), Kind: territory.KindCity, Name: "Kyiv",
		Country: vocab.MustCountry("UA"),
		Point:   territory.Point{Lat: 50.45, Lon: 30.523611111, Precision: territory.PrecisionTown},
	}
	report := source.Source{ID: source.IDFor("report"), Kind: source.KindReport, Title: "a report"}
	killed, err := source.ParseCount("as many as 12")
	if err != nil {
		panic(err)
	}
	killed.Measure = source.MeasureKilled
	killed.Attributions = []source.Attribution{source.Attribute(report.ID, source.VerbReported)}
	strike, err := event.NewAttack(event.Header{
		ID: event.IDFor("strike"), Title: "Strike on Kyiv", Time: source.Day(2025, time.April, 24, "Thursday"),
		Status: event.StatusOccurred, Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}).Attacker(russia.ID).TargetPlaces(kyiv.ID).Casualties(killed).Build()
	if err != nil {
		panic(err)
	}
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

	if err := geojson.Write(os.Stdout, &s, geojson.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"type":"Feature","id":"3f1d12ca-47f5-5932-ad98-f547cd0be750/b5cb1c01-172c-5a9f-b61b-5e7fdf0b0436","geometry":{"type":"Point","coordinates":[30.523611111,50.45]},"properties":{"record":"event","event_id":"3f1d12ca-47f5-5932-ad98-f547cd0be750","event_kind":"attack","title":"Strike on Kyiv","status":"occurred","date_start":"2025-04-24","date_end":null,"date_precision":"day","date_bound":null,"date_text":"Thursday","cameo":"190","plover":"ASSAULT","plover_mode":null,"fatalities":12,"fatalities_text":"as many as 12","actors":"Russia (attacker)","sources":"a report","place_id":"b5cb1c01-172c-5a9f-b61b-5e7fdf0b0436","place_name":"Kyiv","place_description":null,"place_kind":"city","place_country":"UA","place_subdivision":null,"place_group":false,"located_by":"place","located_at":"b5cb1c01-172c-5a9f-b61b-5e7fdf0b0436","precision":"town"}}
	// ]}
}

// Events whose places have no point are left out; WriteStats says which.
// With Parents, an unnamed city takes the point of the country it lies
// in, and its feature says so.
func ExampleWriteStats() {
	var s newsevent.Story
	ukraine := territory.Territory{
		ID: territory.IDFor("ukraine"), Kind: territory.KindCountry, Name: "Ukraine",
		Point: territory.Point{Lat: 49, Lon: 32, Precision: territory.PrecisionCountry},
	}
	city := territory.Territory{
		ID: territory.IDFor("a southwestern city"), Kind: territory.KindCity,
		Parent: ukraine.ID, Description: "a southwestern city in Ukraine",
	}
	report := source.Source{ID: source.IDFor("report"), Kind: source.KindReport, Title: "a report"}
	strike := &event.Attack{Header: event.Header{
		ID: event.IDFor("strike on the city"), Title: "Drone strike", Status: event.StatusOccurred,
		Places: []territory.ID{city.ID}, Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}}
	for _, r := range []newsevent.Record{
		newsevent.TerritoryRecord{Territory: ukraine},
		newsevent.TerritoryRecord{Territory: city},
		newsevent.SourceRecord{Source: report},
		newsevent.EventRecord{Event: strike},
	} {
		if err := s.Add(r); err != nil {
			panic(err)
		}
	}

	for _, o := range []geojson.Options{{}, {Parents: true}} {
		st, err := geojson.WriteStats(discard{}, &s, o)
		if err != nil {
			fmt.Println(err)
		}
		fmt.Printf("Parents %v: features %d, at a parent's point %d, events left out %d\n",
			o.Parents, st.Features, st.ByParent, len(st.Unplaced))
	}
	// Output:
	// Parents false: features 0, at a parent's point 0, events left out 1
	// Parents true: features 1, at a parent's point 1, events left out 0
}

// discard is io.Discard, without importing io for one line.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
