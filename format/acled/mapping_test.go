package acled_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/acled"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The records of the small stories of these tests.
var (
	aState   = actor.IDFor("test/state")
	aForce   = actor.IDFor("test/force")
	aGov     = actor.IDFor("test/government")
	aPerson  = actor.IDFor("test/person")
	aGroup   = actor.IDFor("test/group")
	aOrg     = actor.IDFor("test/organisation")
	aMedia   = actor.IDFor("test/media")
	aAuthor  = actor.IDFor("test/author")
	aUnnamed = actor.IDFor("test/unnamed")

	tCountry  = territory.IDFor("test/country")
	tOblast   = territory.IDFor("test/oblast")
	tRaion    = territory.IDFor("test/raion")
	tCity     = territory.IDFor("test/city")
	tDistrict = territory.IDFor("test/district")
	tVillage  = territory.IDFor("test/village")
	tNear     = territory.IDFor("test/near")
	tGroup    = territory.IDFor("test/regions")
	tSector   = territory.IDFor("test/sector")

	sWire   = source.IDFor("test/wire")
	sOther  = source.IDFor("test/other")
	sAuthor = source.IDFor("test/author")
	sTitle  = source.IDFor("test/title")
	sBare   = source.IDFor("test/bare")

	eTest = event.IDFor("test/event")
	ePlan = event.IDFor("test/plan")
)

// base returns a story with the actors, places and sources of these
// tests and no events.
func base(t testing.TB) *newsevent.Story {
	t.Helper()
	s := new(newsevent.Story)
	for _, a := range []actor.Actor{
		{ID: aState, Kind: actor.KindState, Name: "Ruritania"},
		{ID: aForce, Kind: actor.KindArmedForce, Name: "Army of Borduria"},
		{ID: aGov, Kind: actor.KindGovernment, Name: "Government of Borduria"},
		{ID: aPerson, Kind: actor.KindPerson, Name: "Anna Novak"},
		{ID: aGroup, Kind: actor.KindGroup, Name: "Residents"},
		{ID: aOrg, Kind: actor.KindOrganisation, Name: "Red Brigade"},
		{ID: aMedia, Kind: actor.KindMedia, Name: "Wire Agency"},
		{ID: aAuthor, Kind: actor.KindPerson, Name: "Jan Kowal"},
		{ID: aUnnamed, Kind: actor.KindPerson, Description: "a local official"},
	} {
		require.NoError(t, s.AddActor(a))
	}
	ua := vocab.MustCountry("UA")
	for _, tr := range []territory.Territory{
		{ID: tCountry, Kind: territory.KindCountry, Name: "Ukraine", Country: ua},
		{ID: tOblast, Kind: territory.KindRegion, Name: "Kharkiv Oblast", Parent: tCountry, Country: ua, Point: territory.Point{Lat: 49.5, Lon: 36.5, Precision: territory.PrecisionRegion}},
		{ID: tRaion, Kind: territory.KindRegion, Name: "Kharkiv Raion", Parent: tOblast, Country: ua},
		{ID: tCity, Kind: territory.KindCity, Name: "Kharkiv", Parent: tRaion, Country: ua, Point: territory.Point{Lat: 49.99351, Lon: 36.23037, Precision: territory.PrecisionExact}},
		{ID: tDistrict, Kind: territory.KindArea, Name: "Saltivka", Parent: tCity, Country: ua},
		{ID: tVillage, Kind: territory.KindTown, Name: "Tsyrkuny", Parent: tRaion, Country: ua},
		{ID: tNear, Kind: territory.KindArea, Description: "a field near Kharkiv", Parent: tCity, Country: ua, Point: territory.Point{Lat: 50.1, Lon: 36.3, Precision: territory.PrecisionNear}},
		{ID: tGroup, Kind: territory.KindRegion, Description: "three eastern regions", Parent: tCountry, Country: ua, Group: true},
		{ID: tSector, Kind: territory.KindFrontSector, Name: "Kupiansk direction", Parent: tOblast, Country: ua},
	} {
		require.NoError(t, s.AddTerritory(tr))
	}
	for _, src := range []source.Source{
		{ID: sWire, Kind: source.KindReport, Title: "a wire report", Publisher: aMedia},
		{ID: sOther, Kind: source.KindReport, Title: "a second report", Publisher: aMedia},
		{ID: sAuthor, Kind: source.KindStatement, Title: "a statement", Authors: []actor.ID{aAuthor}},
		{ID: sTitle, Kind: source.KindReport, Title: "Local Radio"},
		{ID: sBare, Kind: source.KindArticle, Description: "an article without outlet or title"},
	} {
		require.NoError(t, s.AddSource(src))
	}
	return s
}

// header returns a header of the test event: a day, occurred, in the
// district of Saltivka, reported by the wire.
func header() event.Header {
	return event.Header{
		ID: eTest, Title: "Test event", Time: source.Day(2024, time.May, 10, ""),
		Status: event.StatusOccurred, Places: []territory.ID{tDistrict},
		Attributions: []source.Attribution{source.Attribute(sWire, source.VerbReported)},
	}
}

// strike returns a drone strike by the state on the district, changed by
// f.
func strike(f func(*event.Attack)) *event.Attack {
	a := &event.Attack{Header: header(), Attacker: aState, Methods: []event.Method{event.MethodDroneStrike}}
	if f != nil {
		f(a)
	}
	return a
}

// only returns the row of the one event of a story of base and evs, or nil
// when it is not written; the story must be valid.
func only(t testing.TB, evs ...event.Event) map[string]string {
	t.Helper()
	s := base(t)
	for _, e := range evs {
		require.NoError(t, s.AddEvent(e))
	}
	require.NoError(t, s.Validate())
	rs := rows(t, write(t, s))
	for _, r := range rs {
		if r["notes"] == "Test event" {
			return r
		}
	}
	return nil
}

// killed returns a figure of the killed measure read from text, by src
// with verb.
func killed(t testing.TB, text string, src source.ID, verb source.Verb) source.Count {
	t.Helper()
	c, err := source.ParseCount(text)
	require.NoError(t, err)
	c.Measure = source.MeasureKilled
	c.Attributions = []source.Attribution{source.Attribute(src, verb)}
	return c
}

func TestFatalities(t *testing.T) {
	cases := []struct {
		name string
		figs func(t testing.TB) []source.Count
		want string
	}{
		{"no figure", func(testing.TB) []source.Count { return nil }, "0"},
		{"as many as: the number", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "as many as 12", sWire, source.VerbReported)}
		}, "12"},
		{"nearly: the number", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "nearly 70", sWire, source.VerbReported)}
		}, "70"},
		{"more than: the number", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "more than 4,500", sWire, source.VerbReported)}
		}, "4500"},
		{"range: its lower end", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "20 to 30", sWire, source.VerbReported)}
		}, "20"},
		{"vague: ACLED's floor", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "dozens", sWire, source.VerbReported)}
		}, "12"},
		{"vague hundreds", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "hundreds", sWire, source.VerbReported)}
		}, "100"},
		{"two sources: the lowest", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "12", sWire, source.VerbReported), killed(t, "at least 9", sAuthor, source.VerbSaid)}
		}, "9"},
		{"denied by its only source: left out", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "3", sAuthor, source.VerbDenied), killed(t, "10", sWire, source.VerbReported)}
		}, "10"},
		{"feared: left out", func(t testing.TB) []source.Count {
			c := killed(t, "up to 100", sWire, source.VerbReported)
			c.Modality = source.ModalityFeared
			return []source.Count{c}
		}, "0"},
		{"revised: the later figure", func(t testing.TB) []source.Count {
			early := killed(t, "12", sWire, source.VerbReported)
			early.Ref = "F1"
			later := killed(t, "13", sOther, source.VerbReported)
			later.Revises = "F1"
			return []source.Count{early, later}
		}, "13"},
		{"injured and missing are not killed", func(t testing.TB) []source.Count {
			inj := killed(t, "40", sWire, source.VerbReported)
			inj.Measure = source.MeasureInjured
			mis := killed(t, "5", sWire, source.VerbReported)
			mis.Measure = source.MeasureMissing
			return []source.Count{inj, mis}
		}, "0"},
		{"deaths are of the killed family", func(t testing.TB) []source.Count {
			c := killed(t, "8", sWire, source.VerbReported)
			c.Measure = source.MeasureDeaths
			return []source.Count{c}
		}, "8"},
		{"a rate is not a toll", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "10 a day", sWire, source.VerbReported)}
		}, "0"},
		{"groups: the largest of their lowest", func(t testing.TB) []source.Count {
			civ := killed(t, "5", sWire, source.VerbReported)
			civ.Subject = source.SubjectCivilians
			sol := killed(t, "at least 7", sWire, source.VerbReported)
			sol.Subject = source.SubjectSoldiers
			sol2 := killed(t, "9", sOther, source.VerbReported)
			sol2.Subject = source.SubjectSoldiers
			return []source.Count{civ, sol, sol2}
		}, "7"},
		{"a narrower measure is a lower figure of the same toll", func(t testing.TB) []source.Count {
			id := killed(t, "5", sWire, source.VerbReported)
			id.Measure = source.MeasureIdentified
			return []source.Count{killed(t, "12", sWire, source.VerbReported), id}
		}, "5"},
		{"fraction: rounded down", func(t testing.TB) []source.Count {
			return []source.Count{killed(t, "2.5", sWire, source.VerbReported)}
		}, "2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := only(t, strike(func(a *event.Attack) { a.Casualties = tc.figs(t) }))
			require.NotNil(t, r)
			assert.Equal(t, tc.want, r["fatalities"])
		})
	}

	// A figure of another event that revises this one's toll sits with it.
	t.Run("revised from another event", func(t *testing.T) {
		early := killed(t, "4", sWire, source.VerbReported)
		early.Ref = "T1"
		later := killed(t, "6", sOther, source.VerbReported)
		later.Revises, later.RevisesIn = "T1", [16]byte(eTest)
		h := header()
		h.ID, h.Title = event.IDFor("test/update"), "Update"
		h.Figures = []source.Count{later}
		update := &event.Statement{Header: h, Speaker: aAuthor, Acts: []event.SpeechAct{event.SpeechAnnounce}, Content: "the toll rose to six"}
		r := only(t, strike(func(a *event.Attack) { a.Casualties = []source.Count{early} }), update)
		require.NotNil(t, r)
		assert.Equal(t, "6", r["fatalities"])
	})
}

func TestTimePrecision(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name       string
		when       source.Time
		date, prec string // date "" for no row
	}{
		{"a day", source.Day(2024, time.May, 10, "Friday"), "2024-05-10", "1"},
		{"a clock time, by its day in UTC", source.At(time.Date(2024, time.May, 10, 1, 30, 0, 0, time.FixedZone("EEST", 3*3600)), source.PrecisionMinute, "EEST", "at 01:30"), "2024-05-09", "1"},
		{"a one-day period", source.Between(day(5, 10), day(5, 10), source.PrecisionDay, ""), "2024-05-10", "1"},
		{"two days: the first", source.Between(day(5, 10), day(5, 11), source.PrecisionDay, "overnight"), "2024-05-10", "2"},
		{"a week: its middle", source.Between(day(5, 6), day(5, 12), source.PrecisionDay, "last week"), "2024-05-09", "2"},
		{"a week across months", source.Between(day(4, 29), day(5, 5), source.PrecisionDay, ""), "2024-05-02", "2"},
		{"a month: the 15th", source.Month(2024, time.May, "in May"), "2024-05-15", "3"},
		{"early in a month: the 1st", source.Between(day(5, 1), day(5, 10), source.PrecisionDay, "early May"), "2024-05-01", "3"},
		{"late in a month: the last day", source.Between(day(5, 21), day(5, 31), source.PrecisionDay, "late May"), "2024-05-31", "3"},
		{"mid-month: the 15th", source.Between(day(5, 11), day(5, 20), source.PrecisionDay, "mid-May"), "2024-05-15", "3"},
		{"a whole month of days: the 15th", source.Between(day(2, 1), day(2, 29), source.PrecisionDay, ""), "2024-02-15", "3"},
		{"a year: not written", source.Year(2024, "in 2024"), "", ""},
		{"months: not written", source.Between(day(4, 1), day(5, 1), source.PrecisionMonth, "April to May"), "", ""},
		{"days across months beyond a week: not written", source.Between(day(4, 20), day(5, 5), source.PrecisionDay, ""), "", ""},
		{"since: not written", source.Day(2024, time.May, 10, "").Since(), "", ""},
		{"no date: not written", source.Time{Text: "at some point"}, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := only(t, strike(func(a *event.Attack) { a.Time = tc.when }))
			if tc.date == "" {
				assert.Nil(t, r)
				return
			}
			require.NotNil(t, r)
			assert.Equal(t, []string{tc.date, tc.date[:4], tc.prec}, []string{r["event_date"], r["year"], r["time_precision"]})
		})
	}
}

func TestPlaces(t *testing.T) {
	cases := []struct {
		name   string
		places []territory.ID
		want   []string // admin1, admin2, admin3, location, latitude, longitude, geo_precision
	}{
		{"a district: the city's point, precise", []territory.ID{tDistrict},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "Saltivka", "49.9935", "36.2304", "1"}},
		{"the city itself", []territory.ID{tCity},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "Kharkiv", "49.9935", "36.2304", "1"}},
		{"near: its own point", []territory.ID{tNear},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "a field near Kharkiv", "50.1000", "36.3000", "2"}},
		{"a village: the region's point", []territory.ID{tVillage},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "Tsyrkuny", "49.5000", "36.5000", "3"}},
		{"a region is its own admin level", []territory.ID{tRaion},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "Kharkiv Raion", "49.5000", "36.5000", "3"}},
		{"the country: no admin, no point", []territory.ID{tCountry},
			[]string{"", "", "", "Ukraine", "", "", ""}},
		{"the most specific of several", []territory.ID{tCountry, tGroup, tOblast, tCity},
			[]string{"Kharkiv Oblast", "Kharkiv Raion", "", "Kharkiv", "49.9935", "36.2304", "1"}},
		{"a group alone, not an admin level", []territory.ID{tGroup},
			[]string{"", "", "", "three eastern regions", "", "", ""}},
		{"a front sector", []territory.ID{tSector},
			[]string{"Kharkiv Oblast", "", "", "Kupiansk direction", "49.5000", "36.5000", "3"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := only(t, strike(func(a *event.Attack) { a.Places = tc.places }))
			require.NotNil(t, r)
			assert.Equal(t, []string{"804", "Ukraine", "UKR1"}, []string{r["iso"], r["country"], r["event_id_cnty"]})
			assert.Equal(t, tc.want, []string{r["admin1"], r["admin2"], r["admin3"], r["location"], r["latitude"], r["longitude"], r["geo_precision"]})
		})
	}
	t.Run("no place", func(t *testing.T) {
		r := only(t, strike(func(a *event.Attack) { a.Places = nil }))
		require.NotNil(t, r)
		assert.Equal(t, []string{"1", "", "", ""}, []string{r["event_id_cnty"], r["iso"], r["country"], r["location"]})
	})
	t.Run("a country code without a country record", func(t *testing.T) {
		s := base(t)
		pl := territory.IDFor("test/lone")
		require.NoError(t, s.AddTerritory(territory.Territory{ID: pl, Kind: territory.KindCity, Name: "Lyon", Country: vocab.MustCountry("FR")}))
		require.NoError(t, s.AddEvent(strike(func(a *event.Attack) { a.Places = []territory.ID{pl} })))
		r := rows(t, write(t, s))[0]
		assert.Equal(t, []string{"FRA1", "250", "France", "Lyon"}, []string{r["event_id_cnty"], r["iso"], r["country"], r["location"]})
	})
}

func TestAttackTypes(t *testing.T) {
	target := func(ids ...actor.ID) []event.Target {
		var out []event.Target
		for _, id := range ids {
			out = append(out, event.Target{Actor: id})
		}
		return out
	}
	cases := []struct {
		name    string
		f       func(*event.Attack)
		want    string // event_type / sub_event_type; "" for no row
		actors2 []string
	}{
		{"drone strike", nil, "Explosions/Remote violence / Air/drone strike", nil},
		{"air strike", func(a *event.Attack) { a.Methods = []event.Method{event.MethodAirStrike} }, "Explosions/Remote violence / Air/drone strike", nil},
		{"missiles, then drones: the first", func(a *event.Attack) {
			a.Methods = []event.Method{event.MethodMissileStrike, event.MethodDroneStrike}
		}, "Explosions/Remote violence / Shelling/artillery/missile attack", nil},
		{"shelling", func(a *event.Attack) { a.Methods = []event.Method{event.MethodShelling} }, "Explosions/Remote violence / Shelling/artillery/missile attack", nil},
		{"suicide bombing", func(a *event.Attack) { a.Methods = []event.Method{event.MethodSuicideBombing} }, "Explosions/Remote violence / Suicide bomb", nil},
		{"roadside bombing", func(a *event.Attack) { a.Methods = []event.Method{event.MethodRoadsideBombing} }, "Explosions/Remote violence / Remote explosive/landmine/IED", nil},
		{"abduction", func(a *event.Attack) {
			a.Methods = []event.Method{event.MethodAbduction}
			a.Targets = target(aPerson)
		}, "Violence against civilians / Abduction/forced disappearance", []string{"Anna Novak", "", ""}},
		{"physical assault", func(a *event.Attack) { a.Methods = []event.Method{event.MethodPhysicalAssault} }, "Violence against civilians / Attack", nil},
		{"ground assault", func(a *event.Attack) { a.Methods = []event.Method{event.MethodGroundAssault} }, "Battles / Armed clash", nil},
		{"shooting at an armed force", func(a *event.Attack) {
			a.Methods = []event.Method{event.MethodShooting}
			a.Targets = target(aForce, aGov, aForce)
		}, "Battles / Armed clash", []string{"Army of Borduria", "Government of Borduria", "1"}},
		{"shooting at residents", func(a *event.Attack) {
			a.Methods = []event.Method{event.MethodShooting}
			a.Targets = target(aGroup)
		}, "Violence against civilians / Attack", []string{"Residents", "", ""}},
		{"no method: a missile", func(a *event.Attack) {
			a.Methods = nil
			a.Weapons = []event.Weapon{{Kinds: []event.WeaponKind{event.WeaponOther}}, {Kinds: []event.WeaponKind{event.WeaponCruiseMissile}}}
		}, "Explosions/Remote violence / Shelling/artillery/missile attack", nil},
		{"no method: an IED", func(a *event.Attack) {
			a.Methods = nil
			a.Weapons = []event.Weapon{{Kinds: []event.WeaponKind{event.WeaponIED}}}
		}, "Explosions/Remote violence / Remote explosive/landmine/IED", nil},
		{"no method: firearms at a government", func(a *event.Attack) {
			a.Methods = nil
			a.Weapons = []event.Weapon{{Kinds: []event.WeaponKind{event.WeaponFirearm}}}
			a.Targets = target(aGov)
		}, "Battles / Armed clash", []string{"Government of Borduria", "", "1"}},
		{"nothing but an armed target", func(a *event.Attack) {
			a.Methods = nil
			a.Targets = target(aForce)
		}, "Battles / Armed clash", []string{"Army of Borduria", "", "1"}},
		{"a targeted killing of a person", func(a *event.Attack) {
			a.Methods = nil
			a.Targeted = true
			a.Targets = target(aPerson)
		}, "Violence against civilians / Attack", []string{"Anna Novak", "", ""}},
		{"nothing to tell the type: not written", func(a *event.Attack) { a.Methods = nil }, "", nil},
		{"planned: not written", func(a *event.Attack) { a.Status = event.StatusPlanned }, "", nil},
		{"alleged: written", func(a *event.Attack) { a.Status = event.StatusAlleged }, "Explosions/Remote violence / Air/drone strike", nil},
		{"denied by every source: not written", func(a *event.Attack) {
			a.Attributions = []source.Attribution{source.Attribute(sWire, source.VerbDenied), source.Attribute(sAuthor, source.VerbDenied)}
		}, "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := only(t, strike(tc.f))
			if tc.want == "" {
				assert.Nil(t, r)
				return
			}
			require.NotNil(t, r)
			assert.Equal(t, tc.want, r["event_type"]+" / "+r["sub_event_type"])
			assert.Equal(t, "Political violence", r["disorder_type"])
			assert.Equal(t, []string{"Ruritania", "1"}, []string{r["actor1"], r["inter1"]})
			if tc.actors2 != nil {
				assert.Equal(t, tc.actors2, []string{r["actor2"], r["assoc_actor_2"], r["inter2"]})
			}
		})
	}
}

func TestActorTypes(t *testing.T) {
	cases := []struct {
		attacker actor.ID
		target   actor.ID
		want     []string // actor1, inter1, actor2, inter2, interaction
	}{
		{aState, aForce, []string{"Ruritania", "1", "Army of Borduria", "1", "11"}},
		{aGov, actor.ID{}, []string{"Government of Borduria", "1", "", "0", "10"}},
		{aOrg, aForce, []string{"Red Brigade", "", "Army of Borduria", "1", ""}},
		{aForce, aMedia, []string{"Army of Borduria", "1", "Wire Agency", "", ""}},
		{aUnnamed, aGroup, []string{"a local official", "", "Residents", "", ""}},
		{actor.ID{}, aForce, []string{"", "0", "Army of Borduria", "1", "10"}},
	}
	for _, tc := range cases {
		r := only(t, strike(func(a *event.Attack) {
			a.Attacker = tc.attacker
			if !tc.target.IsZero() {
				a.Targets = []event.Target{{Actor: tc.target}}
			}
		}))
		require.NotNil(t, r)
		assert.Equal(t, tc.want, []string{r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]})
	}
}

func TestSources(t *testing.T) {
	r := only(t, strike(func(a *event.Attack) {
		a.Attributions = []source.Attribution{
			source.Attribute(sWire, source.VerbReported),
			source.Attribute(sOther, source.VerbReported), // the same publisher: once
			source.Attribute(sAuthor, source.VerbSaid),    // no publisher: its author
			source.Attribute(sTitle, source.VerbReported), // neither: its title
			source.Attribute(sBare, source.VerbReported),  // none of them: left out
			{Source: sTitle, Verb: source.VerbDenied},
		}
	}))
	require.NotNil(t, r)
	assert.Equal(t, "Wire Agency; Jan Kowal; Local Radio", r["source"])

	r = only(t, strike(func(a *event.Attack) {
		a.Attributions = []source.Attribution{source.Attribute(sWire, source.VerbDenied), source.Attribute(sAuthor, source.VerbClaimed)}
	}))
	assert.Equal(t, "Jan Kowal", r["source"], "a source that denies the event is not its source")
}

func TestNotes(t *testing.T) {
	for _, tc := range []struct{ title, description, want string }{
		{"Test event", "", "Test event"},
		{"Test event", "Two blasts were heard.", "Test event. Two blasts were heard."},
		{"Blasts in Kharkiv!", "Two were heard.", "Blasts in Kharkiv! Two were heard."},
	} {
		s := base(t)
		require.NoError(t, s.AddEvent(strike(func(a *event.Attack) { a.Title, a.Description = tc.title, tc.description })))
		assert.Equal(t, tc.want, rows(t, write(t, s))[0]["notes"])
	}
}

func TestKindsWritten(t *testing.T) {
	plan := func(stage event.Stage, status event.Status) *event.Proposal {
		h := header()
		h.ID, h.Title, h.Status = ePlan, "The plan", status
		return &event.Proposal{Header: h, Proposers: []actor.ID{aGov}, Stage: stage}
	}
	meeting := func(agenda ...event.Topic) *event.Meeting {
		return &event.Meeting{Header: header(), Attendees: []actor.ID{aState, aGov, aPerson}, Agenda: agenda}
	}
	response := func(act event.ResponseAct, to event.ID) *event.Response {
		return &event.Response{Header: header(), Responder: aGov, To: to, Act: act}
	}
	other := func(action string) *event.Other {
		return &event.Other{Header: header(), Action: action, Roles: []event.Participant{{Actor: aGroup, Role: "actor1"}, {Actor: aForce, Role: "actor2"}, {Actor: aPerson, Role: "assoc_actor_2"}}}
	}
	agreed := func(stage event.Stage) *event.Proposal {
		p := plan(stage, event.StatusOccurred)
		p.ID, p.Title = eTest, "Test event"
		p.Parties = []actor.ID{aState, aGov}
		return p
	}
	cases := []struct {
		name string
		evs  []event.Event
		want string // disorder / event type / sub-event type / actor1 / assoc_actor_1 / actor2 / assoc_actor_2
	}{
		{"talks on a plan", []event.Event{plan(event.StageProposed, event.StatusProposed), meeting(event.Topic{Text: "the plan", Event: ePlan})},
			"Strategic developments / Strategic developments / Agreement / Ruritania / Anna Novak / Government of Borduria / "},
		{"a meeting on anything else", []event.Event{meeting(event.Topic{Text: "trade"})}, ""},
		{"an agreement", []event.Event{agreed(event.StageAgreed)},
			"Strategic developments / Strategic developments / Agreement / Ruritania /  / Government of Borduria / "},
		{"an agreement in force", []event.Event{agreed(event.StageInForce)},
			"Strategic developments / Strategic developments / Agreement / Ruritania /  / Government of Borduria / "},
		{"a plan not yet agreed", []event.Event{agreed(event.StageProposed)}, ""},
		{"signing a plan", []event.Event{plan(event.StageProposed, event.StatusProposed), response(event.ResponseSign, ePlan)},
			"Strategic developments / Strategic developments / Agreement / Government of Borduria /  /  / "},
		{"rejecting a plan", []event.Event{plan(event.StageProposed, event.StatusProposed), response(event.ResponseReject, ePlan)}, ""},
		{"accepting a meeting", []event.Event{
			&event.Meeting{Header: func() event.Header { h := header(); h.ID, h.Title = ePlan, "M"; return h }(), Attendees: []actor.ID{aState}},
			response(event.ResponseAccept, ePlan)}, ""},
		{"a protest", []event.Event{other("Peaceful protest")},
			"Demonstrations / Protests / Peaceful protest / Residents /  / Army of Borduria / Anna Novak"},
		{"excessive force", []event.Event{other("Excessive force against protesters")},
			"Political violence; Demonstrations / Protests / Excessive force against protesters / Residents /  / Army of Borduria / Anna Novak"},
		{"mob violence", []event.Event{other("Mob violence")},
			"Political violence / Riots / Mob violence / Residents /  / Army of Borduria / Anna Novak"},
		{"a grenade", []event.Event{other("Grenade")},
			"Political violence / Explosions/Remote violence / Grenade / Residents /  / Army of Borduria / Anna Novak"},
		{"arrests", []event.Event{other("Arrests")},
			"Strategic developments / Strategic developments / Arrests / Residents /  / Army of Borduria / Anna Novak"},
		{"an action of the user's own", []event.Event{other("imposed a curfew")}, ""},
		{"an action in other letters", []event.Event{other("peaceful protest")}, ""},
		{"roles of the user's own", []event.Event{&event.Other{Header: header(), Action: "Looting/property destruction",
			Roles: []event.Participant{{Actor: aGroup, Role: "looter"}, {Actor: aPerson, Role: "owner"}, {Actor: aOrg, Role: "witness"}}}},
			"Strategic developments / Strategic developments / Looting/property destruction / Residents / Red Brigade / Anna Novak / "},
		{"a statement", []event.Event{&event.Statement{Header: header(), Speaker: aGov, Acts: []event.SpeechAct{event.SpeechAnnounce}, Content: "a curfew"}}, ""},
		{"a conflict", []event.Event{&event.Conflict{Header: header(), Parties: []actor.ID{aState, aGov}}}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := only(t, tc.evs...)
			if tc.want == "" {
				assert.Nil(t, r)
				return
			}
			require.NotNil(t, r)
			got := r["disorder_type"] + " / " + r["event_type"] + " / " + r["sub_event_type"] + " / " + r["actor1"] + " / " + r["assoc_actor_1"] + " / " + r["actor2"] + " / " + r["assoc_actor_2"]
			assert.Equal(t, tc.want, got)
		})
	}
}

// Rows come in the order of their dates, and on one day in the story's
// order; IDs count per country.
func TestRowOrder(t *testing.T) {
	s := base(t)
	for i, d := range []int{12, 10, 11, 10} {
		a := strike(nil)
		a.ID = event.IDFor("test/order/" + string(rune('a'+i)))
		a.Title = string(rune('A' + i))
		a.Time = source.Day(2024, time.May, d, "")
		if i == 3 {
			a.Places = []territory.ID{territory.IDFor("test/lone")}
		}
		require.NoError(t, s.AddEvent(a))
	}
	require.NoError(t, s.AddTerritory(territory.Territory{ID: territory.IDFor("test/lone"), Kind: territory.KindCity, Name: "Lyon", Country: vocab.MustCountry("FR")}))
	var got []string
	for _, r := range rows(t, write(t, s)) {
		got = append(got, r["event_id_cnty"]+" "+r["notes"])
	}
	assert.Equal(t, []string{"UKR1 B", "FRA1 D", "UKR2 C", "UKR3 A"}, got)
}

// Write never panics on a story whose references do not resolve, or whose
// places contain each other in a loop.
func TestWriteInvalidStory(t *testing.T) {
	s := new(newsevent.Story)
	loopA, loopB := territory.IDFor("test/loop/a"), territory.IDFor("test/loop/b")
	require.NoError(t, s.AddTerritory(territory.Territory{ID: loopA, Kind: territory.KindRegion, Name: "A", Parent: loopB}))
	require.NoError(t, s.AddTerritory(territory.Territory{ID: loopB, Kind: territory.KindRegion, Name: "B", Parent: loopA}))
	a := strike(func(a *event.Attack) {
		a.Places = []territory.ID{loopA, territory.IDFor("test/missing")}
		a.Targets = []event.Target{{Actor: actor.IDFor("test/missing")}}
		a.Attributions = []source.Attribution{source.Attribute(source.IDFor("test/missing"), source.VerbReported)}
	})
	require.NoError(t, s.AddEvent(a))
	require.Error(t, s.Validate())
	var b bytes.Buffer
	require.NoError(t, acled.Write(&b, s, acled.Options{}))
	r := rows(t, b.Bytes())[0]
	// A's chain is A then B: B is the upper admin level, and A, a region,
	// the lower one and the location.
	assert.Equal(t, []string{"", "B", "A", "A", ""}, []string{r["actor2"], r["admin1"], r["admin2"], r["location"], r["source"]})
}
