// Package synth generates synthetic news stories for tests and benchmarks:
// valid [newsevent.Story] values of any size, with the shape of real
// reporting.
//
// A story of n events has actors with roles, names in several scripts,
// aliases, handles and memberships in nested organisations (an air force in
// the armed forces in a ministry in a government; states in alliances),
// and actors the reports do not name ("a senior Ukrainian official");
// roles of places (a governor, a mayor), acting and former roles;
// territories nested from countries to regions, cities, towns and
// facilities, with unnamed places, front sectors and lines, real ISO
// 3166-1 codes and ISO 3166-2 codes of the same country, other names used
// by one side ("Krasnoarmeysk", Russia's name for Pokrovsk) and figures
// (population, area); sources relayed through chains (via) one to three
// deep, filed from a dateline, copied by other media word for word,
// updated and corrected in later versions, some with a publication date
// inferred; territorial statuses of every relation and standing, some
// anchored to events and bounded by a line; and events of every kind in
// the proportions of war reporting: many attacks and statements, fewer
// meetings, responses, proposals, disasters, role changes and elections,
// a few conflicts. A typical attack has two attributions, two or three
// casualty figures, one or two weapons and a target; a typical statement
// a quote, some printed in translation, some in two scripts with a gloss.
//
// Figures come from the phrases reports use ("at least 12", "nearly 70",
// "between 20 and 30", "dozens", "several hundred", "400 lorries a day",
// "$1.2bn", "two years and two days"), parsed by [source.ParseCount], and
// some are feared, possible, projected, expected or planned, or count one
// group ("children") or one place; times come at every precision, from a
// minute in a named zone to a year, many resolved from phrases such as
// "Thursday", "early Monday", "mid-March" or "at 15:00 Kyiv time" by a
// [source.Resolver], and some events have other sources' accounts of
// their time. Events carry names used by their actors, and link to the
// conflict they are part of and to other events by every link type;
// links that order events in time point only to earlier events (or, for
// precedes, to later ones), so the order they state has no cycle.
// [Options.Identities] adds identity claims: which named actor an unnamed
// one is, may be, or is not.
//
// Generation is deterministic: the same options give the same story, and
// so the same JSON, byte for byte. It uses math/rand/v2's PCG seeded with
// [Options.Seed], and IDs derived from stable keys (UUID version 5).
//
// The package is internal: it serves the tests and benchmarks of
// newsevent. It does not validate what it makes (the property tests of
// newsevent do); it panics only if a parser or an Add method of the
// library rejects a phrase or record it made, which would be a bug in one
// of them.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Options say what story to generate.
type Options struct {
	// Events is how many events the story has; the numbers of actors,
	// territories, sources and statuses grow with it.
	Events int
	// Seed selects the story: the same seed gives the same story, another
	// seed another one, with other IDs.
	Seed uint64
	// Padding, when above zero, gives every event a description of at
	// least this many bytes. It changes nothing else: the story has the
	// same records and IDs as without it, only larger events.
	Padding int
	// Identities adds identity claims ([newsevent.Identity]) about the
	// actors the reports do not name: later named as, possibly or not the
	// same as a named one. It changes nothing else: the story has the
	// same other records as without it. It is off by default because
	// the property tests and benchmarks of newsevent count the records
	// of a generated story as its actors, territories, sources, statuses
	// and events.
	Identities bool
}

// Story returns a valid story of n events generated from seed; it is
// New(Options{Events: n, Seed: seed}).
func Story(n int, seed uint64) *newsevent.Story {
	return New(Options{Events: n, Seed: seed})
}

// New returns a valid story generated as o says. A negative number of
// events counts as zero.
func New(o Options) *newsevent.Story {
	if o.Events < 0 {
		o.Events = 0
	}
	g := &generator{
		o:   o,
		r:   rand.New(rand.NewPCG(o.Seed, 0x6e6577736576e74)), // "newsevnt"
		s:   new(newsevent.Story),
		key: "gen:" + strconv.FormatUint(o.Seed, 10) + ":",
		mix: newMix(),
	}
	g.nc = max(2, min(len(countries), 2+o.Events/25))
	// Territories come first, so that roles and datelines can name
	// places; statuses last but for their IDs, so that they can hold
	// from or until an event. Identities draw last of all, so that they
	// change nothing else.
	g.makeTerritories()
	g.makeActors()
	g.makeSources()
	g.planStatuses()
	g.makeEvents()
	g.makeStatuses()
	if o.Identities {
		g.makeIdentities()
	}
	return g.s
}

// start is the first day of the generated timeline, and span its length
// in days.
var start = time.Date(2022, time.February, 24, 0, 0, 0, 0, time.UTC)

const span = 1200

// generator holds the state of one generation.
type generator struct {
	o   Options
	r   *rand.Rand
	s   *newsevent.Story
	key string

	nc           int                 // countries in play
	inst         [][numInst]actor.ID // institutions per country
	allianceIDs  []actor.ID
	mediaIDs     []actor.ID
	persons      []person
	personsBy    [][]int // per country
	journalists  []int
	officialsBy  [][]int
	unnamed      []person // actors the reports do not name; name is the description
	unnamedBy    [][]int  // per country, indexes into unnamed
	countryIDs   []territory.ID
	regions      [][]place2 // per country
	cities       [][]place2 // named cities per country, the capital first
	placesBy     [][]place2 // attackable places per country
	lines        []territory.ID
	sources      []src
	mediums      []int // indexes of sources said by someone: posts, interviews, statements, remarks
	articles     []int // indexes of articles of the media, for later versions
	agency       []int // indexes of articles of the agencies (Reuters, AP, AFP), for copies
	statuses     []territory.StatusID
	proposed     []territory.StatusID
	planned      []int // planned meetings not yet held, for realises links
	tolls        []int // disasters whose first toll has the ref t1, for later figures to revise
	heldElection bool  // whether an election that took place was made
	mix          mix
	srcIndex     map[source.ID]int // where each source is in sources
	events       []event.Kind
	byKind       map[event.Kind][]int
	conflicts    []conflict
	lastRegionID map[string]territory.ID // ISO 3166-2 code -> region
	padded       string                  // the padding text, made once
}

// person is what the generator keeps of a person it made, or of an
// actor the reports do not name.
type person struct {
	id      actor.ID
	country int
	name    string // for an unnamed actor, its description
	org     bool   // an unnamed organisation, not a person
}

// place2 is what the generator keeps of a territory it made.
type place2 struct {
	id    territory.ID
	label string // its name, or the description of an unnamed place
	sub   string
}

// src is what the generator keeps of a source it made.
type src struct {
	id   source.ID
	kind source.Kind
	// by is when the source was published at the latest; zero when its
	// publication has no end (not given, or "not before").
	by time.Time
	// For an article of a medium: the medium (an index into media), its
	// title, language and publication time, for copies and later versions.
	medium int
	title  string
	lang   language.Tag
	pub    source.Time
}

// conflict is a conflict event and the countries at war in it.
type conflict struct {
	event int
	a, b  int
}

// must panics if the library rejects what the generator made: a bug in the
// generator or in the library, never bad input.
func must(err error) {
	if err != nil {
		panic(fmt.Sprintf("gen: generated an invalid record: %v", err))
	}
}

// intn returns a number in [0, n); 0 when n <= 0.
func (g *generator) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return g.r.IntN(n)
}

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

// skew returns a number in [0, n) with low numbers more likely: a few
// actors and places appear in many events, as in real reporting.
func (g *generator) skew(n int) int {
	if n <= 1 {
		return 0
	}
	f := g.r.Float64()
	return int(float64(n) * f * f)
}

// near returns an index in [0, n) within w of i.
func (g *generator) near(i, w, n int) int {
	j := i - w + g.intn(2*w+1)
	return max(0, min(n-1, j))
}

func pick[T any](g *generator, l []T) T { return l[g.intn(len(l))] }

func (g *generator) actorID(k string, i int) actor.ID {
	return actor.IDFor(g.key + k + strconv.Itoa(i))
}

// instID returns the ID of institution k of country c, made or to be made.
func (g *generator) instID(c, k int) actor.ID {
	return g.actorID("inst"+strconv.Itoa(k)+"-", c)
}

// sourceID returns the ID of source i, made or to be made.
func (g *generator) sourceID(i int) source.ID {
	return source.IDFor(g.key + "source" + strconv.Itoa(i))
}

// numSources is how many sources the story has.
func (g *generator) numSources() int { return 4 + g.o.Events/3 }

// ---- actors ----

func (g *generator) makeActors() {
	n := g.o.Events
	for i, al := range alliances {
		a := actor.Actor{ID: g.actorID("alliance", i), Kind: actor.KindOrganisation, Name: al.name,
			Aliases: []actor.Alias{{Text: al.abbr, Kind: actor.AliasAbbreviation, Lang: language.English}}}
		if al.wikidata != "" {
			a.ExternalIDs = []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: al.wikidata}}
		}
		g.allianceIDs = append(g.allianceIDs, a.ID)
		must(g.s.AddActor(a))
	}
	g.inst = make([][numInst]actor.ID, g.nc)
	for c := range g.nc {
		g.makeInstitutions(c)
	}
	for m := range max(3, min(len(media), 3+n/50)) {
		md := media[m]
		a := actor.Actor{ID: g.actorID("media", m), Kind: actor.KindMedia, Name: md.name,
			Country: vocab.MustCountry(md.country),
			Handles: []actor.Handle{{Platform: "x", Handle: md.handle}}}
		g.mediaIDs = append(g.mediaIDs, a.ID)
		must(g.s.AddActor(a))
	}
	g.personsBy = make([][]int, g.nc)
	g.officialsBy = make([][]int, g.nc)
	for p := range 6 + n/15 {
		g.makePerson(p)
	}
	g.unnamedBy = make([][]int, g.nc)
	for u := range 2 + n/20 {
		g.makeUnnamed(u)
	}
}

// makeUnnamed makes an actor the reports do not name: a description is
// its only name ("a senior Ukrainian official").
func (g *generator) makeUnnamed(u int) {
	c := g.skew(g.nc)
	ct := countries[c]
	f := pick(g, unnamedForms)
	a := actor.Actor{ID: g.actorID("unnamed", u), Kind: f.kind, Description: fmt.Sprintf(f.text, ct.demonym), Country: vocab.MustCountry(ct.code)}
	if f.kind == actor.KindPerson && g.chance(0.5) {
		a.Roles = []actor.Role{{Title: "official", Of: g.inst[c][f.of]}}
	} else if f.kind == actor.KindOrganisation {
		a.MemberOf = []actor.ID{g.inst[c][f.of]}
	}
	if f.kind == actor.KindPerson {
		g.unnamedBy[c] = append(g.unnamedBy[c], len(g.unnamed))
	}
	g.unnamed = append(g.unnamed, person{id: a.ID, country: c, name: a.Description, org: f.kind != actor.KindPerson})
	must(g.s.AddActor(a))
}

func (g *generator) makeInstitutions(c int) {
	ct := countries[c]
	mk := func(k int, kind actor.Kind, name string, member ...actor.ID) actor.Actor {
		a := actor.Actor{ID: g.instID(c, k), Kind: kind, Name: name, Country: vocab.MustCountry(ct.code), MemberOf: member}
		g.inst[c][k] = a.ID
		return a
	}
	state := mk(instState, actor.KindState, ct.name)
	if ct.native != "" {
		state.Names = []vocab.Name{{Text: ct.native, Lang: tag(ct.lang)}}
	}
	if ct.code == "US" {
		state.Aliases = []actor.Alias{{Text: "US", Kind: actor.AliasAbbreviation}, {Text: "America", Kind: actor.AliasOther}}
	}
	state.ExternalIDs = []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: ct.wikidata}}
	for _, al := range ct.alliances {
		state.MemberOf = append(state.MemberOf, g.allianceIDs[al])
	}
	if g.chance(0.5) {
		state.MemberOf = append(state.MemberOf, g.allianceIDs[3]) // the UN
	}
	gov := mk(instGov, actor.KindGovernment, "Government of "+ct.name)
	gov.Aliases = []actor.Alias{{Text: ct.capital, Kind: actor.AliasMetonym}}
	if ct.code == "UA" { // as the other side calls it
		gov.Aliases = append(gov.Aliases, actor.Alias{Text: "the Kyiv regime", Kind: actor.AliasOther, Lang: language.English, UsedBy: []actor.ID{g.instID(1, instState), g.instID(1, instMFA)}})
	}
	if ct.code == "RU" {
		state.Aliases = append(state.Aliases, actor.Alias{Text: "the aggressor state", Kind: actor.AliasOther, Lang: language.English, UsedBy: []actor.ID{g.instID(0, instState)}})
	}
	gov.Description = "the executive of " + ct.name
	mod := mk(instMoD, actor.KindOrganisation, "Ministry of Defence of "+ct.name, gov.ID)
	mfa := mk(instMFA, actor.KindOrganisation, "Ministry of Foreign Affairs of "+ct.name, gov.ID)
	staff := mk(instStaff, actor.KindOrganisation, "General Staff of the Armed Forces of "+ct.name, mod.ID)
	forces := mk(instForces, actor.KindArmedForce, "Armed Forces of "+ct.name, mod.ID)
	air := mk(instAir, actor.KindArmedForce, ct.demonym+" Air Force", forces.ID)
	air.Aliases = []actor.Alias{{Text: ct.name + "'s air force", Kind: actor.AliasOther, Lang: language.English}}
	party := mk(instParty, actor.KindOrganisation, ct.party)
	rescue := mk(instRescue, actor.KindOrganisation, "State Emergency Service of "+ct.name, gov.ID)
	for _, a := range []actor.Actor{state, gov, mod, mfa, staff, forces, air, party, rescue} {
		must(g.s.AddActor(a))
	}
}

// makePerson makes an official (most), a journalist or a witness.
func (g *generator) makePerson(p int) {
	c := g.skew(g.nc)
	ct := countries[c]
	given, family := pick(g, ct.given), pick(g, ct.family)
	name, native := given.latin+" "+family.latin, ""
	if ct.familyFirst {
		name = family.latin + " " + given.latin
		if given.native != "" {
			native = family.native + given.native
		}
	} else if given.native != "" {
		native = given.native + " " + family.native
	}
	a := actor.Actor{ID: g.actorID("person", p), Kind: actor.KindPerson, Name: name, Country: vocab.MustCountry(ct.code)}
	if native != "" {
		a.Names = append(a.Names, vocab.Name{Text: native, Lang: tag(ct.lang)})
		if ct.translit != "" && g.chance(0.4) {
			// a romanisation, some made by the dataset for search
			a.Names = append(a.Names, vocab.Name{Text: name, Lang: tag(ct.translit), Added: g.chance(0.5)})
		}
	}
	if g.chance(0.6) {
		a.Aliases = append(a.Aliases, actor.Alias{Text: family.latin, Kind: actor.AliasOther, Lang: language.English})
	}
	if g.chance(0.05) { // a nickname, and who uses it
		a.Aliases = append(a.Aliases, actor.Alias{Text: "the " + family.latin + " of the front", Kind: actor.AliasNickname, Lang: language.English, UsedBy: []actor.ID{g.mediaIDs[g.intn(len(g.mediaIDs))]}})
	}
	if g.chance(0.15) {
		a.Aliases = append(a.Aliases, actor.Alias{Text: given.latin, Kind: actor.AliasGivenName})
	}
	handle := handleChars.Replace(name) + strconv.Itoa(p)
	switch job := g.intn(20); {
	case job < 12: // an official
		t := pick(g, officialTitles)
		from := start.AddDate(-g.intn(6), g.intn(12), 0)
		role := actor.Role{Title: t.title, Of: g.inst[c][t.of], From: from, Text: ct.demonym + " " + t.title}
		switch d := g.intn(20); {
		case d < 3: // a governor or a mayor: a role of a place
			if r := pick(g, g.regions[c]); g.chance(0.5) {
				role = actor.Role{Title: "governor", Of: g.inst[c][instGov], Place: r.id, From: from, Text: "governor of " + r.label}
			} else {
				city := pick(g, g.cities[c])
				role = actor.Role{Title: "mayor", Place: city.id, From: from, Text: "mayor of " + city.label}
			}
		case d < 5: // "acting defence minister"
			role.Acting, role.Text = true, "acting "+t.title
		}
		a.Roles = append(a.Roles, role)
		if g.chance(0.3) {
			a.Roles = append(a.Roles, actor.Role{Title: "deputy minister", Of: g.inst[c][instGov], From: from.AddDate(-4, 0, 0), Until: from})
		} else if f := pick(g, officialTitles); f.title != t.title && g.chance(0.25) { // ended, the report does not say when
			a.Roles = append(a.Roles, actor.Role{Title: f.title, Of: g.inst[c][f.of], Former: true, Text: "former " + f.title})
		}
		if g.chance(0.4) {
			a.MemberOf = []actor.ID{g.inst[c][instParty]}
		}
		if g.chance(0.5) {
			a.Handles = []actor.Handle{{Platform: pick(g, []string{"x", "telegram", "facebook"}), Handle: handle}}
		}
		g.officialsBy[c] = append(g.officialsBy[c], len(g.persons))
	case job < 17: // a journalist
		m := g.intn(len(g.mediaIDs))
		a.Roles = []actor.Role{{Title: "correspondent", Of: g.mediaIDs[m]}}
		a.Handles = []actor.Handle{{Platform: "x", Handle: handle}}
		g.journalists = append(g.journalists, p)
	default: // a witness or analyst
		a.Roles = []actor.Role{{Title: pick(g, []string{"resident", "military analyst", "volunteer", "eyewitness"})}}
		a.Description = "quoted in reports"
	}
	g.persons = append(g.persons, person{id: a.ID, country: c, name: name})
	g.personsBy[c] = append(g.personsBy[c], p)
	must(g.s.AddActor(a))
}

// handleChars turns a name into the handle of an account ("Yuliia
// Kovalenko" into "YuliiaKovalenko").
var handleChars = strings.NewReplacer(" ", "", "-", "_")

// official returns an official of country c, or its government when it
// has none.
func (g *generator) official(c int) actor.ID {
	if l := g.officialsBy[c]; len(l) > 0 {
		return g.persons[l[g.skew(len(l))]].id
	}
	return g.inst[c][instGov]
}

// ---- territories ----

func (g *generator) territoryID(k string, i int) territory.ID {
	return territory.IDFor(g.key + k + strconv.Itoa(i))
}

func (g *generator) makeTerritories() {
	n := g.o.Events
	g.regions = make([][]place2, g.nc)
	g.cities = make([][]place2, g.nc)
	g.placesBy = make([][]place2, g.nc)
	g.lastRegionID = map[string]territory.ID{}
	k := 0
	add := func(t territory.Territory, c int, attackable bool) place2 {
		must(g.s.AddTerritory(t))
		label := t.Name
		if label == "" {
			label = t.Description
		}
		p := place2{id: t.ID, label: label, sub: t.Subdivision.String()}
		if attackable {
			g.placesBy[c] = append(g.placesBy[c], p)
		}
		return p
	}
	for c := range g.nc {
		ct := countries[c]
		region := vocab.MustCountry(ct.code)
		lang := tag(ct.lang)
		country := territory.Territory{ID: g.territoryID("country", c), Kind: territory.KindCountry, Name: ct.name, Country: region,
			ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: ct.wikidata}}}
		if ct.native != "" {
			country.Names = []vocab.Name{{Text: ct.native, Lang: lang}}
		}
		g.countryIDs = append(g.countryIDs, country.ID)
		add(country, c, false)
		for _, r := range ct.regions {
			t := territory.Territory{ID: g.territoryID("region", k), Kind: territory.KindRegion, Name: r.name, Country: region,
				Subdivision: vocab.MustSubdivision(r.sub), Parent: country.ID, Point: territory.Point{Lat: r.lat, Lon: r.lon, Precision: territory.PrecisionRegion}}
			k++
			if r.native != "" {
				t.Names = []vocab.Name{{Text: r.native, Lang: lang}}
			}
			if g.chance(0.3) {
				t.Figures = []source.Count{g.area(1_000 + g.intn(30_000))}
			}
			g.lastRegionID[r.sub] = t.ID
			g.regions[c] = append(g.regions[c], add(t, c, false))
		}
		for j, ci := range ct.cities {
			t := territory.Territory{ID: g.territoryID("city", k), Kind: territory.KindCity, Name: ci.name, Country: region,
				Subdivision: vocab.MustSubdivision(ci.sub), Parent: g.lastRegionID[ci.sub], Point: territory.Point{Lat: ci.lat, Lon: ci.lon, Precision: territory.PrecisionTown}}
			k++
			if ci.native != "" {
				t.Names = []vocab.Name{{Text: ci.native, Lang: lang}}
			}
			g.aliases(&t)
			if g.chance(0.5) {
				size := 200 + g.intn(800) // thousands
				if j == 0 {
					size = 1_000 + g.intn(4_000) // a capital
				}
				t.Figures = []source.Count{g.population(size * 1_000)}
			}
			g.cities[c] = append(g.cities[c], add(t, c, true))
		}
	}
	// The front sectors of the war in Ukraine.
	for i, s := range []struct{ name, sub string }{{"the Pokrovsk direction", "UA-14"}, {"the Kupiansk direction", "UA-63"}, {"the Zaporizhzhia direction", "UA-23"}} {
		add(territory.Territory{ID: g.territoryID("sector", i), Kind: territory.KindFrontSector, Name: s.name,
			Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision(s.sub), Parent: g.lastRegionID[s.sub]}, 0, true)
	}
	// Lines: the line of contact, unnamed (a line has no name of its own
	// in most reports), the border, and a region's administrative border;
	// statuses hold up to them.
	for i, l := range []territory.Territory{
		{Kind: territory.KindLine, Description: "the line of contact", Country: vocab.MustCountry("UA")},
		{Kind: territory.KindLine, Name: "the Russia–Ukraine border", Description: "the internationally recognised border"},
		{Kind: territory.KindLine, Description: "the administrative border of Zaporizhzhia Oblast", Country: vocab.MustCountry("UA"),
			Subdivision: vocab.MustSubdivision("UA-23"), Parent: g.lastRegionID["UA-23"]},
	} {
		l.ID = g.territoryID("line", i)
		g.lines = append(g.lines, add(l, 0, false).id)
	}
	// Towns, facilities and unnamed places, more as the story grows.
	for i := range n / 30 {
		c := g.skew(g.nc)
		r := pick(g, g.regions[c])
		t := territory.Territory{ID: g.territoryID("town", i), Kind: territory.KindTown, Name: pick(g, countries[c].towns),
			Country: vocab.MustCountry(countries[c].code), Subdivision: vocab.MustSubdivision(r.sub), Parent: r.id,
			Point: g.point(c, territory.PrecisionNear)}
		g.aliases(&t)
		if g.chance(0.2) {
			t.Figures = []source.Count{g.population(2_000 + g.intn(40_000))}
		}
		add(t, c, true)
	}
	kinds := []string{"thermal power plant", "oil refinery", "airfield", "grain terminal", "railway station", "substation", "port", "drone factory"}
	for i := range n / 60 {
		c := g.skew(g.nc)
		in := pick(g, g.placesBy[c])
		t := territory.Territory{ID: g.territoryID("facility", i), Kind: territory.KindFacility, Name: in.label + " " + pick(g, kinds),
			Country: vocab.MustCountry(countries[c].code), Subdivision: vocab.MustSubdivision(in.sub), Parent: in.id,
			Point: g.point(c, territory.PrecisionExact)}
		if g.chance(0.3) {
			t.Description = "critical infrastructure"
		}
		add(t, c, true)
	}
	for i := range n / 60 {
		c := g.skew(g.nc)
		ct := countries[c]
		r := pick(g, g.regions[c])
		t := territory.Territory{ID: g.territoryID("area", i), Country: vocab.MustCountry(ct.code)}
		switch g.intn(4) {
		case 0:
			t.Kind, t.Description, t.Parent, t.Subdivision = territory.KindTown, "a village in the "+r.label+" region", r.id, vocab.MustSubdivision(r.sub)
		case 1:
			t.Kind, t.Description, t.Parent = territory.KindCity, "a "+pick(g, []string{"southwestern", "northern", "frontline", "coastal"})+" city in "+ct.name, g.countryIDs[c]
		case 2:
			t.Kind, t.Description, t.Parent, t.Subdivision, t.Group = territory.KindArea, "border areas of "+r.label, r.id, vocab.MustSubdivision(r.sub), true
		default:
			t.Kind, t.Description, t.Parent, t.Group = territory.KindRegion, pick(g, []string{"five", "several", "three"})+" "+ct.demonym+" regions", g.countryIDs[c], true
		}
		add(t, c, true)
	}
}

// aliases gives a named place the other names one side uses for it
// ("Krasnoarmeysk", Russia's name for Pokrovsk), with where that use is
// reported.
func (g *generator) aliases(t *territory.Territory) {
	for _, al := range placeAliases[t.Name] {
		a := territory.Alias{Text: al.text, Lang: tag(al.lang)}
		if al.by >= 0 && al.by < g.nc {
			a.UsedBy = []actor.ID{g.instID(al.by, instState)}
			if g.chance(0.3) {
				a.UsedBy = append(a.UsedBy, g.instID(al.by, instMoD))
			}
		}
		if g.chance(0.5) {
			a.Attributions = []source.Attribution{{Source: g.sourceID(g.intn(g.numSources())), Verb: source.VerbReported}}
		}
		t.Aliases = append(t.Aliases, a)
	}
}

// population returns the population of a place of about n people, as a
// report gives it ("about 1.4 million", "a few thousand").
func (g *generator) population(n int) source.Count {
	var phrase string
	switch {
	case n < 10_000 && g.chance(0.5):
		phrase = pick(g, []string{"a few thousand", "several thousand"})
	case n >= 1_000_000 && g.chance(0.2): // "home to millions"
		phrase = "millions"
	case n >= 1_000_000:
		phrase = fmt.Sprintf("%s %d.%d million", pick(g, []string{"about", "some", "nearly", "more than"}), n/1_000_000, n/100_000%10)
	default:
		phrase = pick(g, []string{"about ", "some ", "nearly ", "an estimated ", ""}) + thousands(n/1_000*1_000)
	}
	c, err := source.ParseCount(phrase)
	must(err)
	c.Measure = source.MeasurePopulation
	if g.chance(0.6) {
		c.Attributions = []source.Attribution{{Source: g.sourceID(g.intn(g.numSources())), Verb: source.VerbAccordingTo}}
	}
	if g.chance(0.4) {
		c.AsOf = source.Year(2021, "before the war")
	}
	return c
}

// area returns the area of a place of about n square kilometres.
func (g *generator) area(n int) source.Count {
	c, err := source.ParseCount(pick(g, []string{"about ", "some ", "more than ", ""}) + thousands(n/100*100))
	must(err)
	c.Text += " square kilometres"
	c.Measure, c.Unit = source.MeasureArea, source.UnitKm2
	return c
}

// point returns a point near the centre of one of country c's regions.
func (g *generator) point(c int, p territory.Precision) territory.Point {
	r := pick(g, countries[c].regions)
	return territory.Point{Lat: r.lat + g.r.Float64()*1.6 - 0.8, Lon: r.lon + g.r.Float64()*1.6 - 0.8, Precision: p}
}

// ---- sources ----

func (g *generator) makeSources() {
	ns := g.numSources()
	var byDepth [3][]int
	for i := range ns {
		day := start.AddDate(0, 0, i*span/ns)
		s := source.Source{ID: g.sourceID(i)}
		depth := 0
		switch d := g.intn(10); {
		case d >= 9 && len(byDepth[2]) > 0:
			depth = 3
		case d >= 7 && len(byDepth[1]) > 0:
			depth = 2
		case d >= 4 && len(byDepth[0]) > 0:
			depth = 1
		}
		info := src{id: s.ID, medium: -1}
		if depth == 0 {
			g.article(i, day, &s, &info)
		} else {
			s.Via = g.sources[pick(g, byDepth[depth-1])].id
			c := g.skew(g.nc)
			speaker := g.official(c)
			s.Authors = []actor.ID{speaker}
			s.Language = tag(countries[c].lang)
			s.Published = source.Day(day.Year(), day.Month(), day.Day(), "")
			kinds := []source.Kind{source.KindPost, source.KindPost, source.KindStatement, source.KindInterview, source.KindRemarks, source.KindReport}
			if g.chance(0.1) {
				kinds = []source.Kind{source.KindDocument, source.KindPoll}
			}
			switch s.Kind = pick(g, kinds); s.Kind {
			case source.KindDocument: // the text of a decree or an agreement, relayed
				s.Authors = []actor.ID{g.inst[c][instGov]}
				s.Title = pick(g, []string{"the text of the agreement", "a presidential decree", "the official results page"})
			case source.KindPoll:
				s.Authors = []actor.ID{pick(g, g.mediaIDs)}
				s.Title = pick(g, []string{"an exit poll", "an opinion poll"})
			case source.KindPost:
				s.Platform = pick(g, []string{"x", "telegram", "truth_social", "facebook"})
				s.Handle = "account" + strconv.Itoa(i)
				if s.Platform == "x" {
					s.URL = "https://x.com/" + s.Handle + "/status/" + strconv.FormatUint(g.r.Uint64()>>4, 10)
				}
				s.Title = "a post on " + s.Platform
			case source.KindInterview:
				s.Publisher = pick(g, g.mediaIDs)
				s.Title = "an interview with " + media[g.intn(len(g.mediaIDs))].name
			case source.KindRemarks:
				s.Title = "remarks to reporters"
				if l := g.unnamedBy[c]; len(l) > 0 && g.chance(0.3) {
					s.Authors = []actor.ID{g.unnamed[pick(g, l)].id}
					s.Title = "remarks to reporters on condition of anonymity"
				}
			case source.KindReport:
				s.Title = "a report on the frontline situation"
				s.Published = source.Time{}
			default:
				s.Title = "a statement"
			}
			if g.chance(0.05) && i > 0 {
				s.Related = []source.ID{g.sources[g.intn(i)].id}
			}
			if s.Kind != source.KindDocument && s.Kind != source.KindPoll {
				g.mediums = append(g.mediums, i)
			}
		}
		if depth < 3 {
			byDepth[depth] = append(byDepth[depth], i)
		}
		info.kind = s.Kind
		if _, by := s.Published.Span(); s.Published.Bound != source.BoundNotBefore {
			info.by = by
		}
		g.sources = append(g.sources, info)
		must(g.s.AddSource(s))
	}
}

// article makes source i, published around day, a piece of a news
// medium: most often its own article, report or broadcast; sometimes
// another medium's agency article copied word for word, or a later
// version of an article, updated or corrected.
func (g *generator) article(i int, day time.Time, s *source.Source, info *src) {
	m := g.intn(len(g.mediaIDs))
	md := media[m]
	s.Kind = pick(g, []source.Kind{source.KindArticle, source.KindArticle, source.KindReport, source.KindBroadcast})
	s.Publisher = g.mediaIDs[m]
	if len(g.journalists) > 0 && g.chance(0.7) {
		s.Authors = []actor.ID{g.persons[pick(g, g.journalists)].id}
	}
	s.Title = md.name + " " + string(s.Kind) + " on " + pick(g, []string{"the frontline situation", "overnight strikes", "peace talks", "the ceasefire proposal", "the humanitarian situation"})
	s.Language = tag(md.lang)
	s.Published = source.Time{Start: day.Add(time.Duration(6+g.intn(14))*time.Hour + time.Duration(g.intn(60))*time.Minute), Precision: source.PrecisionMinute}
	slug := strings.ToLower(pick(g, []string{"strikes", "talks", "ceasefire", "aid"}))
	recent := func(l []int) *src { // a recent article of l, or nil
		if len(l) == 0 {
			return nil
		}
		return &g.sources[l[len(l)-1-g.skew(min(len(l), 6))]]
	}
	d := g.intn(100)
	earlier := recent(g.articles) // the article this one updates
	if d < 10 {
		earlier = recent(g.agency) // the agency article this one copies
	}
	switch {
	case d < 10 && earlier != nil && earlier.medium != m: // an agency article, syndicated
		s.Kind, s.CopyOf, s.Title, s.Language, s.Authors = source.KindArticle, earlier.id, earlier.title, earlier.lang, nil
		s.Description = "the " + media[earlier.medium].name + " article, republished"
		s.Published = g.after(earlier.pub, s.Published)
	case d >= 10 && d < 20 && earlier != nil: // a later version of an article
		m, md = earlier.medium, media[earlier.medium]
		s.Kind, s.Revises, s.Publisher, s.Title, s.Language = source.KindArticle, earlier.id, g.mediaIDs[m], earlier.title, earlier.lang
		s.Correction = g.chance(0.5)
		s.Description = "updated with the latest toll"
		if s.Correction {
			s.Description = "corrects the toll given in an earlier version"
		}
		s.Published = g.after(earlier.pub, s.Published)
	default:
		switch {
		case g.chance(0.2):
			s.Published = source.Time{Start: day, Precision: source.PrecisionDay, Bound: source.BoundNotBefore, Text: "not before " + day.Format("January 2, 2006")}
			if g.chance(0.5) {
				s.PublishedInferred = "the earliest archived copy"
			}
		case g.chance(0.1):
			s.Published = source.Day(day.Year(), day.Month(), day.Day(), "")
			s.PublishedInferred = "the date in the URL"
		}
	}
	s.URL = "https://" + md.domain + "/world/" + slug + "-" + day.Format("2006-01-02") + "-" + strconv.Itoa(i) + "/"
	if s.Kind != source.KindBroadcast && g.chance(0.35) { // "KYIV, April 24 (Reuters) -"
		s.Dateline = g.cities[g.skew(g.nc)][0].id
	}
	if g.chance(0.08) { // behind a paywall, or a clip of a broadcast
		s.Excerpt = true
	}
	info.medium, info.title, info.lang, info.pub = m, s.Title, s.Language, s.Published
	if s.Kind == source.KindArticle && s.CopyOf.IsZero() {
		g.articles = append(g.articles, i)
		if m < 3 && s.Revises.IsZero() {
			g.agency = append(g.agency, i)
		}
	}
}

// after returns a publication time an hour or more after earlier, when
// that is to the minute; otherwise own.
func (g *generator) after(earlier, own source.Time) source.Time {
	if earlier.Precision != source.PrecisionMinute || earlier.Bound != "" {
		return own
	}
	return source.Time{Start: earlier.Start.Add(time.Duration(60+g.intn(300)) * time.Minute), Precision: source.PrecisionMinute}
}

// sourceNear returns a source published around event i.
func (g *generator) sourceNear(i int) int {
	n := max(1, g.o.Events)
	return g.near(i*len(g.sources)/n, 8, len(g.sources))
}

// attributions returns k attributions of event i, from sources near it.
func (g *generator) attributions(i, k int) []source.Attribution {
	var out []source.Attribution
	for j := range k {
		s := g.sources[g.sourceNear(i)]
		a := source.Attribution{Source: s.id, Verb: pick(g, attributionVerbs)}
		switch {
		case j == 0 && s.kind == source.KindReport:
			a.Text = "as per a report"
		case s.kind == source.KindPost:
			a.Verb, a.Text = source.VerbSaid, "said in a post"
		case g.chance(0.2):
			a.Text = "according to officials"
		}
		if g.chance(0.05) {
			a.Grade = source.Grade{Reliability: pick(g, source.Reliabilities()), Credibility: pick(g, source.Credibilities())}
		}
		if g.chance(0.02) { // the source's own words
			a.Quotes = []source.Quote{{Text: pick(g, wireQuotes), Lang: language.English}}
		}
		out = append(out, a)
	}
	return out
}

// ---- statuses ----

// planStatuses names the statuses and their standings before the events
// that carry them in clauses are made; makeStatuses makes them after.
func (g *generator) planStatuses() {
	for j := range 2 + g.o.Events/40 {
		id := territory.StatusIDFor(g.key + "status" + strconv.Itoa(j))
		if j%3 == 0 {
			g.proposed = append(g.proposed, id)
		}
		g.statuses = append(g.statuses, id)
	}
}

// standing returns the standing of status j, as planStatuses planned it.
func standing(j int) territory.Standing {
	switch j % 3 {
	case 0:
		return territory.StandingProposed
	case 1:
		return territory.StandingInForce
	}
	return territory.StandingAsserted
}

func (g *generator) makeStatuses() {
	relations := territory.Relations()
	for j, id := range g.statuses {
		st := territory.Status{ID: id, Standing: standing(j)}
		holder, other := 1, 0 // Russia holds parts of Ukraine, most often
		if g.chance(0.3) {
			holder, other = g.intn(g.nc), g.intn(g.nc)
		}
		st.Holder = g.inst[holder][instState]
		st.Relation = relations[g.intn(len(relations))]
		if st.Relation.IsRecognition() {
			rec := (holder + 1 + g.intn(g.nc-1)) % g.nc
			st.Recogniser = g.inst[rec][instState]
		}
		seen := map[territory.ID]bool{}
		for range 1 + g.intn(3) {
			var t territory.ID
			if g.chance(0.5) {
				t = pick(g, g.regions[other]).id
			} else {
				t = pick(g, g.placesBy[other]).id
			}
			if !seen[t] {
				seen[t] = true
				st.Territories = append(st.Territories, t)
			}
		}
		switch g.intn(4) {
		case 0:
			st.Extent = territory.ExtentWhole
		case 1:
			st.Extent = territory.ExtentPartial
			st.Words = "Russian-controlled areas"
		case 2:
			st.Extent = territory.ExtentShare
			c, err := source.ParseCount(fmt.Sprintf(pick(g, []string{"about %d%%", "nearly %d percent", "more than %d%%"}), 10+g.intn(80)))
			must(err)
			c.Measure = source.MeasureTerritory
			st.Share = c
		}
		if g.chance(0.6) {
			y := 2014 + g.intn(10)
			st.Period = source.Year(y, "since "+strconv.Itoa(y)).Since()
		}
		if st.Relation == territory.RelationAnnexed && g.chance(0.5) {
			st.Words = "illegally annexed"
		}
		if st.Standing == territory.StandingAsserted {
			st.Words = "will stay with " + countries[holder].name
		}
		g.anchor(&st)
		if j > 0 && g.chance(0.1) { // a later account of an earlier status
			st.Revises = g.statuses[j-1]
		}
		st.Attributions = g.attributions(j*max(1, g.o.Events)/len(g.statuses), 1+g.intn(2))
		must(g.s.AddStatus(st))
	}
}

// anchor ties a status to events and lines where reports do: control
// since the invasion, a proposed status until a plan is signed, control
// up to the line of contact.
func (g *generator) anchor(st *territory.Status) {
	if len(g.conflicts) > 0 && st.Standing != territory.StandingProposed && g.chance(0.4) {
		st.FromEvent = g.eventID(g.conflicts[0].event)
		if st.Words == "" {
			st.Words = "since the full-scale invasion"
		}
	}
	if l := g.byKind[event.KindProposal]; len(l) > 0 && g.chance(0.35) {
		st.UntilEvent = g.eventID(pick(g, l))
	}
	switch st.Relation {
	case territory.RelationControls, territory.RelationOccupies, territory.RelationAnnexed, territory.RelationClaims:
		if g.chance(0.5) { // "up to the line of contact", "within its administrative borders"
			st.Boundary = pick(g, g.lines)
			if st.Words == "" {
				st.Words = "up to the line"
			}
		}
	}
}
