package acled_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/acled"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// goodRow is a row as an ACLED export gives it, by column.
func goodRow() map[string]string {
	return map[string]string{
		"event_id_cnty": "UKR12345", "event_date": "2024-05-10", "year": "2024", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
		"actor1": "Military Forces of Russia (2000-)", "assoc_actor_1": "", "inter1": "1",
		"actor2": "Civilians (Ukraine)", "assoc_actor_2": "Labor Group (Ukraine); Teachers (Ukraine)", "inter2": "7", "interaction": "17",
		"civilian_targeting": "Civilian targeting", "iso": "804", "region": "Europe", "country": "Ukraine",
		"admin1": "Kharkivska", "admin2": "Kharkivskyi", "admin3": "Kharkivska", "location": "Kharkiv",
		"latitude": "49.9935", "longitude": "36.2304", "geo_precision": "1",
		"source": "Ukrainska Pravda; Suspilne Media", "source_scale": "National", "notes": "On 10 May 2024, Russian forces struck Kharkiv with drones.",
		"fatalities": "2", "tags": "", "timestamp": "1715700000",
	}
}

// csvOf writes a header and rows as CSV.
func csvOf(t testing.TB, header []string, rows ...map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	require.NoError(t, w.Write(header))
	for _, r := range rows {
		rec := make([]string, len(header))
		for i, c := range header {
			rec[i] = r[c]
		}
		require.NoError(t, w.Write(rec))
	}
	w.Flush()
	return b.Bytes()
}

// A row of a real export's shape reads into an event with its actors,
// places and sources; what the model has no place for is not kept.
func TestReadExportRow(t *testing.T) {
	s, err := acled.Read(bytes.NewReader(csvOf(t, codebook, goodRow())))
	require.NoError(t, err)
	require.Len(t, s.Events(), 1)
	o := s.Events()[0].(*event.Other)
	assert.Equal(t, event.IDFor("acled/event/UKR12345"), o.ID)
	assert.Equal(t, "Air/drone strike", o.Action)
	assert.Equal(t, "On 10 May 2024, Russian forces struck Kharkiv with drones.", o.Title)
	assert.Equal(t, source.Day(2024, time.May, 10, ""), o.Time)

	var roles []string
	for _, p := range o.Roles {
		a, ok := s.Actor(p.Actor)
		require.True(t, ok)
		roles = append(roles, string(p.Role)+": "+a.Name+" ("+string(a.Kind)+"; "+a.Description+")")
	}
	assert.Equal(t, []string{
		"actor1: Military Forces of Russia (2000-) (armed_force; of ACLED's actor type 1, State Forces)",
		"actor2: Civilians (Ukraine) (group; of ACLED's actor type 7, Civilians)",
		"assoc_actor_2: Labor Group (Ukraine) (group; )",
		"assoc_actor_2: Teachers (Ukraine) (group; )",
	}, roles)

	// Kharkiv, in three admin levels, in Ukraine, with its point.
	var chain []string
	for id := o.Places[0]; !id.IsZero(); {
		tr, ok := s.Territory(id)
		require.True(t, ok)
		assert.Equal(t, vocab.MustCountry("UA"), tr.Country)
		chain = append(chain, tr.Name+" "+string(tr.Kind))
		id = tr.Parent
	}
	assert.Equal(t, []string{"Kharkiv area", "Kharkivska region", "Kharkivskyi region", "Kharkivska region", "Ukraine country"}, chain)
	kharkiv, _ := s.Territory(o.Places[0])
	assert.Equal(t, territory.Point{Lat: 49.9935, Lon: 36.2304, Precision: territory.PrecisionExact}, kharkiv.Point)

	var titles []string
	for _, a := range o.Attributions {
		src, _ := s.Source(a.Source)
		titles = append(titles, src.Title)
	}
	assert.Equal(t, []string{"Ukrainska Pravda", "Suspilne Media"}, titles)
	assert.Equal(t, []source.Count{{Value: 2, Qualifier: source.QualifierExact, Text: "2", Measure: source.MeasureKilled}}, o.Figures)

	// Written again: the event's own ID, types the model does not hold
	// and the columns it has no place for are gone; the rest is as read.
	r := rows(t, write(t, s))[0]
	assert.Equal(t, map[string]string{
		"event_id_cnty": "UKR1", "event_date": "2024-05-10", "year": "2024", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
		"actor1": "Military Forces of Russia (2000-)", "assoc_actor_1": "", "inter1": "1",
		"actor2": "Civilians (Ukraine)", "assoc_actor_2": "Labor Group (Ukraine); Teachers (Ukraine)", "inter2": "", "interaction": "",
		"civilian_targeting": "", "iso": "804", "region": "", "country": "Ukraine",
		"admin1": "Kharkivska", "admin2": "Kharkivskyi", "admin3": "Kharkivska", "location": "Kharkiv",
		"latitude": "49.9935", "longitude": "36.2304", "geo_precision": "1",
		"source": "Ukrainska Pravda; Suspilne Media", "source_scale": "", "notes": "On 10 May 2024, Russian forces struck Kharkiv with drones.",
		"fatalities": "2", "tags": "", "timestamp": "",
	}, r)
}

// The columns may come in any order, after a byte order mark, and the
// same actor, place and source in several rows are one record each.
func TestReadShared(t *testing.T) {
	header := append([]string(nil), codebook...)
	for i, j := 0, len(header)-1; i < j; i, j = i+1, j-1 {
		header[i], header[j] = header[j], header[i]
	}
	second := goodRow()
	second["event_id_cnty"], second["event_date"], second["time_precision"] = "UKR12346", "2024-05-01", "3"
	data := append([]byte("\uFEFF"), csvOf(t, header, goodRow(), second)...)
	s, err := acled.Read(bytes.NewReader(data))
	require.NoError(t, err)
	n := s.Counts()
	assert.Equal(t, []int{2, 4, 5, 2}, []int{n.Events, n.Actors, n.Territories, n.Sources})
	e, _ := s.Event(event.IDFor("acled/event/UKR12346"))
	tm := event.HeaderOf(e).Time
	assert.Equal(t, source.Between(time.Date(2024, time.May, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, time.May, 10, 0, 0, 0, 0, time.UTC), source.PrecisionDay, ""), source.Time{Start: tm.Start, End: tm.End, Precision: tm.Precision})
	assert.Contains(t, tm.Inferred, "beginning of the month")
	// Written again, by date: the row of May 1 first, at precision 3.
	rs := rows(t, write(t, s))
	assert.Equal(t, []string{"2024-05-01 3", "2024-05-10 1"}, []string{rs[0]["event_date"] + " " + rs[0]["time_precision"], rs[1]["event_date"] + " " + rs[1]["time_precision"]})
}

// Precision 3 on the last day of a month is its end, on another day the
// month; a location named as the level above it, without a point, is that
// level; a row without a source is the CSV's.
func TestReadPlacesAndTimes(t *testing.T) {
	end := goodRow()
	end["event_date"], end["time_precision"] = "2024-02-29", "3"
	end["admin2"], end["admin3"], end["location"], end["latitude"], end["longitude"], end["geo_precision"] = "", "", "Kharkivska", "", "", ""
	end["source"] = ""
	mid := goodRow()
	mid["event_id_cnty"], mid["event_date"], mid["time_precision"] = "UKR2", "2024-03-12", "3"
	s, err := acled.Read(bytes.NewReader(csvOf(t, codebook, end, mid)))
	require.NoError(t, err)

	e, _ := s.Event(event.IDFor("acled/event/UKR12345"))
	h := event.HeaderOf(e)
	assert.Equal(t, time.Date(2024, time.February, 21, 0, 0, 0, 0, time.UTC), h.Time.Start)
	assert.Equal(t, time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC), h.Time.End)
	region, _ := s.Territory(h.Places[0])
	assert.Equal(t, []any{"Kharkivska", territory.KindRegion}, []any{region.Name, region.Kind})
	src, _ := s.Source(h.Attributions[0].Source)
	assert.Equal(t, source.KindDocument, src.Kind)

	e, _ = s.Event(event.IDFor("acled/event/UKR2"))
	assert.Equal(t, source.Month(2024, time.March, ""), event.HeaderOf(e).Time)

	rs := rows(t, write(t, s))
	assert.Equal(t, []string{"2024-02-29", "Kharkivska", "", "Kharkivska", ""}, []string{rs[0]["event_date"], rs[0]["admin1"], rs[0]["admin2"], rs[0]["location"], rs[0]["source"]})
	assert.Equal(t, "2024-03-15", rs[1]["event_date"], "a month is dated the 15th")
}

func TestReadErrors(t *testing.T) {
	without := func(col string) []string {
		var out []string
		for _, c := range codebook {
			if c != col {
				out = append(out, c)
			}
		}
		return out
	}
	cases := []struct {
		name   string
		header []string
		change map[string]string
		row    int
		column string
	}{
		{"unknown column", append(append([]string(nil), codebook...), "population_best"), nil, 1, "population_best"},
		{"upper-case column", append([]string{"EVENT_ID_CNTY"}, codebook[1:]...), nil, 1, "EVENT_ID_CNTY"},
		{"missing column", without("tags"), nil, 1, "tags"},
		{"column twice", append(append([]string(nil), codebook...), "notes"), nil, 1, "notes"},
		{"no event ID", codebook, map[string]string{"event_id_cnty": ""}, 2, "event_id_cnty"},
		{"date in another form", codebook, map[string]string{"event_date": "10 May 2024"}, 2, "event_date"},
		{"no such day", codebook, map[string]string{"event_date": "2024-02-30"}, 2, "event_date"},
		{"year not the date's", codebook, map[string]string{"year": "2023"}, 2, "year"},
		{"year not a number", codebook, map[string]string{"year": "MMXXIV"}, 2, "year"},
		{"time precision 4", codebook, map[string]string{"time_precision": "4"}, 2, "time_precision"},
		{"unknown sub-event type", codebook, map[string]string{"sub_event_type": "Drone strike"}, 2, "sub_event_type"},
		{"event type not the sub-event type's", codebook, map[string]string{"event_type": "Battles"}, 2, "event_type"},
		{"disorder type not the sub-event type's", codebook, map[string]string{"disorder_type": "Demonstrations"}, 2, "disorder_type"},
		{"inter not a number", codebook, map[string]string{"inter1": "State forces"}, 2, "inter1"},
		{"inter out of range", codebook, map[string]string{"inter2": "9"}, 2, "inter2"},
		{"inter for no actor", codebook, map[string]string{"actor2": "", "assoc_actor_2": ""}, 2, "inter2"},
		{"no actor for an actor", codebook, map[string]string{"inter1": "0"}, 2, "inter1"},
		{"interaction at odds", codebook, map[string]string{"interaction": "71"}, 2, "interaction"},
		{"interaction not a number", codebook, map[string]string{"interaction": "State forces-Civilians"}, 2, "interaction"},
		{"iso not a number", codebook, map[string]string{"iso": "UKR"}, 2, "iso"},
		{"iso not a country", codebook, map[string]string{"iso": "150"}, 2, "iso"},
		{"latitude out of range", codebook, map[string]string{"latitude": "91"}, 2, "latitude"},
		{"longitude not a number", codebook, map[string]string{"longitude": "36,2304"}, 2, "longitude"},
		{"one coordinate", codebook, map[string]string{"longitude": ""}, 2, "longitude"},
		{"no geo precision", codebook, map[string]string{"geo_precision": ""}, 2, "geo_precision"},
		{"geo precision without a point", codebook, map[string]string{"latitude": "", "longitude": ""}, 2, "geo_precision"},
		{"a point without a location", codebook, map[string]string{"location": ""}, 2, "location"},
		{"fatalities not a number", codebook, map[string]string{"fatalities": "about 10"}, 2, "fatalities"},
		{"negative fatalities", codebook, map[string]string{"fatalities": "-1"}, 2, "fatalities"},
		{"fatalities too many", codebook, map[string]string{"fatalities": "9007199254740993"}, 2, "fatalities"},
		{"timestamp not a number", codebook, map[string]string{"timestamp": "yesterday"}, 2, "timestamp"},
		{"a name that does not show", codebook, map[string]string{"actor1": "\u200b"}, 2, "actor1"},
		{"notes of control characters", codebook, map[string]string{"notes": "a\x00b"}, 2, "notes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := goodRow()
			r["event_id_cnty"] = "UKR2"
			for k, v := range tc.change {
				r[k] = v
			}
			_, err := acled.Read(bytes.NewReader(csvOf(t, tc.header, goodRow(), r)))
			if tc.row == 2 {
				tc.row = 3 // the changed row is the second
			}
			var e *acled.Error
			require.True(t, errors.As(err, &e), "%v", err)
			assert.Equal(t, tc.row, e.Row)
			assert.Equal(t, tc.column, e.Column)
			assert.True(t, strings.HasPrefix(err.Error(), "acled: row "), err.Error())
		})
	}

	t.Run("event ID twice", func(t *testing.T) {
		_, err := acled.Read(bytes.NewReader(csvOf(t, codebook, goodRow(), goodRow())))
		var e *acled.Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, []any{3, "event_id_cnty"}, []any{e.Row, e.Column})
		assert.Contains(t, err.Error(), "row 2")
	})
	t.Run("a row of another length", func(t *testing.T) {
		data := append(csvOf(t, codebook, goodRow()), "UKR9,2024-05-10\n"...)
		_, err := acled.Read(bytes.NewReader(data))
		var e *acled.Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, []any{3, 3, ""}, []any{e.Row, e.Line, e.Column})
		assert.ErrorIs(t, err, csv.ErrFieldCount)
	})
	t.Run("a quote left open", func(t *testing.T) {
		_, err := acled.Read(strings.NewReader(strings.Join(codebook, ",") + "\n\"UKR1,\n"))
		var e *acled.Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, 2, e.Row)
	})
	t.Run("empty", func(t *testing.T) {
		_, err := acled.Read(strings.NewReader(""))
		var e *acled.Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, 1, e.Row)
	})
	t.Run("a line of a quoted note", func(t *testing.T) {
		first := goodRow()
		first["notes"] = "two\nlines"
		bad := goodRow()
		bad["event_id_cnty"], bad["year"] = "UKR2", "1999"
		_, err := acled.Read(bytes.NewReader(csvOf(t, codebook, first, bad)))
		var e *acled.Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, []any{3, 4, "year"}, []any{e.Row, e.Line, e.Column})
		assert.Contains(t, err.Error(), "acled: row 3 (line 4), column year: ")
	})
}

// The header alone is a story without events.
func TestReadHeaderOnly(t *testing.T) {
	s, err := acled.Read(strings.NewReader(strings.Join(codebook, ",") + "\n"))
	require.NoError(t, err)
	assert.Empty(t, s.Events())
}

// The same name with two actor types is two actors.
func TestReadActorsByType(t *testing.T) {
	a, b := goodRow(), goodRow()
	b["event_id_cnty"] = "UKR2"
	b["inter1"], b["interaction"] = "", ""
	s, err := acled.Read(bytes.NewReader(csvOf(t, codebook, a, b)))
	require.NoError(t, err)
	var kinds []actor.Kind
	for _, x := range s.Actors() {
		if x.Name == "Military Forces of Russia (2000-)" {
			kinds = append(kinds, x.Kind)
		}
	}
	assert.Equal(t, []actor.Kind{actor.KindArmedForce, actor.KindGroup}, kinds)
}
