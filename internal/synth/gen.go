// Package gen generates synthetic news stories for tests and benchmarks:
// valid [newsevent.Story] values of any size, with the shape of real
// reporting.
//
// A story of n events has actors with roles, names in several scripts,
// aliases, handles and memberships in nested organisations (an air force in
// the armed forces in a ministry in a government; states in alliances);
// territories nested from countries to regions, cities, towns and
// facilities, with unnamed places and front sectors, real ISO 3166-1 codes
// and ISO 3166-2 codes of the same country; sources relayed through chains
// (via) one to three deep; territorial statuses of every relation and
// standing; and events of every kind in the proportions of war reporting:
// many attacks and statements, fewer meetings, responses, proposals,
// disasters, role changes and elections, a few conflicts. A typical attack
// has two attributions, two or three casualty figures, one or two weapons
// and a target; a typical statement a quote. Figures come from the phrases
// reports use ("at least 12", "nearly 70", "between 20 and 30"), parsed by
// [source.ParseCount]; times come at every precision, from a minute in a
// named zone to a year, some resolved from phrases such as "Thursday" by
// [source.ParseTime]. Events link to the conflict they are part of, to
// events they respond to, precede or follow (with offsets).
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
	g.makeActors()
	g.makeTerritories()
	g.makeSources()
	g.makeStatuses()
	g.makeEvents()
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
	countryIDs   []territory.ID
	regions      [][]place2 // per country
	placesBy     [][]place2 // attackable places per country
	sources      []src
	mediums      []int // indexes of sources said by someone: posts, interviews, statements, remarks
	statuses     []territory.StatusID
	proposed     []territory.StatusID
	mix          mix
	srcIndex     map[source.ID]int // where each source is in sources
	events       []event.Kind
	byKind       map[event.Kind][]int
	conflicts    []conflict
	lastRegionID map[string]territory.ID // ISO 3166-2 code -> region
	padded       string                  // the padding text, made once
}

// person is what the generator keeps of a person it made.
type person struct {
	id      actor.ID
	country int
	name    string
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

// ---- actors ----

func (g *generator) makeActors() {
	n := g.o.Events
	g.nc = max(2, min(len(countries), 2+n/25))
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
}

func (g *generator) makeInstitutions(c int) {
	ct := countries[c]
	mk := func(k int, kind actor.Kind, name string, member ...actor.ID) actor.Actor {
		a := actor.Actor{ID: g.actorID("inst"+strconv.Itoa(k)+"-", c), Kind: kind, Name: name, Country: vocab.MustCountry(ct.code), MemberOf: member}
		g.inst[c][k] = a.ID
		return a
	}
	state := mk(instState, actor.KindState, ct.name)
	if ct.native != "" {
		state.Names = []vocab.Name{{Text: ct.native, Lang: language.MustParse(ct.lang)}}
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
		a.Names = append(a.Names, vocab.Name{Text: native, Lang: language.MustParse(ct.lang)})
		if ct.translit != "" && g.chance(0.4) {
			a.Names = append(a.Names, vocab.Name{Text: name, Lang: language.MustParse(ct.translit)})
		}
	}
	if g.chance(0.6) {
		a.Aliases = append(a.Aliases, actor.Alias{Text: family.latin, Kind: actor.AliasOther, Lang: language.English})
	}
	if g.chance(0.15) {
		a.Aliases = append(a.Aliases, actor.Alias{Text: given.latin, Kind: actor.AliasGivenName})
	}
	handle := strings.NewReplacer(" ", "", "-", "_").Replace(name) + strconv.Itoa(p)
	switch job := g.intn(20); {
	case job < 12: // an official
		t := pick(g, officialTitles)
		from := start.AddDate(-g.intn(6), g.intn(12), 0)
		a.Roles = append(a.Roles, actor.Role{Title: t.title, Of: g.inst[c][t.of], From: from, Text: ct.demonym + " " + t.title})
		if g.chance(0.3) {
			a.Roles = append(a.Roles, actor.Role{Title: "deputy minister", Of: g.inst[c][instGov], From: from.AddDate(-4, 0, 0), Until: from})
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
		lang := language.MustParse(ct.lang)
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
			g.lastRegionID[r.sub] = t.ID
			g.regions[c] = append(g.regions[c], add(t, c, false))
		}
		for _, ci := range ct.cities {
			t := territory.Territory{ID: g.territoryID("city", k), Kind: territory.KindCity, Name: ci.name, Country: region,
				Subdivision: vocab.MustSubdivision(ci.sub), Parent: g.lastRegionID[ci.sub], Point: territory.Point{Lat: ci.lat, Lon: ci.lon, Precision: territory.PrecisionTown}}
			k++
			if ci.native != "" {
				t.Names = []vocab.Name{{Text: ci.native, Lang: lang}}
			}
			add(t, c, true)
		}
	}
	// The front sectors of the war in Ukraine.
	for i, s := range []struct{ name, sub string }{{"the Pokrovsk direction", "UA-14"}, {"the Kupiansk direction", "UA-63"}, {"the Zaporizhzhia direction", "UA-23"}} {
		add(territory.Territory{ID: g.territoryID("sector", i), Kind: territory.KindFrontSector, Name: s.name,
			Country: vocab.MustCountry("UA"), Subdivision: vocab.MustSubdivision(s.sub), Parent: g.lastRegionID[s.sub]}, 0, true)
	}
	// The line of contact, unnamed: a line has no name of its own in most
	// reports.
	add(territory.Territory{ID: g.territoryID("line", 0), Kind: territory.KindLine, Description: "the line of contact",
		Country: vocab.MustCountry("UA")}, 0, false)
	// Towns, facilities and unnamed places, more as the story grows.
	for i := range n / 30 {
		c := g.skew(g.nc)
		r := pick(g, g.regions[c])
		t := territory.Territory{ID: g.territoryID("town", i), Kind: territory.KindTown, Name: pick(g, countries[c].towns),
			Country: vocab.MustCountry(countries[c].code), Subdivision: vocab.MustSubdivision(r.sub), Parent: r.id,
			Point: g.point(c, territory.PrecisionNear)}
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

// point returns a point near the centre of one of country c's regions.
func (g *generator) point(c int, p territory.Precision) territory.Point {
	r := pick(g, countries[c].regions)
	return territory.Point{Lat: r.lat + g.r.Float64()*1.6 - 0.8, Lon: r.lon + g.r.Float64()*1.6 - 0.8, Precision: p}
}

// ---- sources ----

func (g *generator) makeSources() {
	ns := 4 + g.o.Events/3
	var byDepth [3][]int
	for i := range ns {
		day := start.AddDate(0, 0, i*span/ns)
		s := source.Source{ID: source.IDFor(g.key + "source" + strconv.Itoa(i))}
		depth := 0
		switch d := g.intn(10); {
		case d >= 9 && len(byDepth[2]) > 0:
			depth = 3
		case d >= 7 && len(byDepth[1]) > 0:
			depth = 2
		case d >= 4 && len(byDepth[0]) > 0:
			depth = 1
		}
		info := src{id: s.ID}
		if depth == 0 {
			m := g.intn(len(g.mediaIDs))
			md := media[m]
			s.Kind = pick(g, []source.Kind{source.KindArticle, source.KindArticle, source.KindReport, source.KindBroadcast})
			s.Publisher = g.mediaIDs[m]
			if len(g.journalists) > 0 && g.chance(0.7) {
				s.Authors = []actor.ID{g.persons[pick(g, g.journalists)].id}
			}
			s.Title = md.name + " " + string(s.Kind) + " on " + pick(g, []string{"the frontline situation", "overnight strikes", "peace talks", "the ceasefire proposal", "the humanitarian situation"})
			s.URL = "https://" + md.domain + "/world/" + strings.ReplaceAll(strings.ToLower(pick(g, []string{"strikes", "talks", "ceasefire", "aid"})), " ", "-") + "-" + day.Format("2006-01-02") + "/"
			s.Language = language.MustParse(md.lang)
			s.Published = source.Time{Start: day.Add(time.Duration(6+g.intn(14))*time.Hour + time.Duration(g.intn(60))*time.Minute), Precision: source.PrecisionMinute}
			if g.chance(0.2) {
				s.Published = source.Time{Start: day, Precision: source.PrecisionDay, Bound: source.BoundNotBefore, Text: "not before " + day.Format("January 2, 2006")}
			}
		} else {
			s.Via = g.sources[pick(g, byDepth[depth-1])].id
			c := g.skew(g.nc)
			speaker := g.official(c)
			s.Authors = []actor.ID{speaker}
			s.Language = language.MustParse(countries[c].lang)
			s.Published = source.Day(day.Year(), day.Month(), day.Day(), "")
			switch s.Kind = pick(g, []source.Kind{source.KindPost, source.KindPost, source.KindStatement, source.KindInterview, source.KindRemarks, source.KindReport}); s.Kind {
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
			case source.KindReport:
				s.Title = "a report on the frontline situation"
				s.Published = source.Time{}
			default:
				s.Title = "a statement"
			}
			if g.chance(0.05) && i > 0 {
				s.Related = []source.ID{g.sources[g.intn(i)].id}
			}
			g.mediums = append(g.mediums, i)
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
		out = append(out, a)
	}
	return out
}

// ---- figures and times ----

// count returns a figure of measure as a report writes it, attributed to
// a source near event i. Figures of the size scale (10 for a few, 1000 for
// thousands).
func (g *generator) count(i int, measure source.Measure, scale int) source.Count {
	var phrase string
	switch d := g.intn(20); {
	case d < 3:
		phrase = pick(g, countWords)
	case d < 5:
		lo := 1 + g.intn(scale)
		phrase = fmt.Sprintf(pick(g, []string{"%d to %d", "between %d and %d", "%d-%d"}), lo, lo+1+g.intn(scale))
	default:
		phrase = fmt.Sprintf(pick(g, countPhrases), thousands(1+g.intn(scale)))
	}
	c, err := source.ParseCount(phrase)
	must(err)
	c.Measure = measure
	if g.chance(0.7) {
		c.Attributions = g.attributions(i, 1)
	}
	if g.chance(0.1) {
		c.AsOf = source.Day(2025, time.April, 24, "as of April 24")
	}
	return c
}

// thousands writes n with commas between thousands ("4,500").
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// eventDay returns the day of event i on the timeline.
func (g *generator) eventDay(i int) time.Time {
	return start.AddDate(0, 0, i*span/max(1, g.o.Events)+g.intn(3))
}

// when returns the time of event i, at one of the precisions reports use.
func (g *generator) when(i int, day time.Time) source.Time {
	switch d := g.intn(40); {
	case d < 10: // a weekday resolved against the report's date
		ref := day.AddDate(0, 0, g.intn(6))
		phrase := weekdays[day.Weekday()]
		if g.chance(0.3) {
			phrase = "on " + phrase
		}
		t, err := source.ParseTime(phrase, ref)
		must(err)
		return t
	case d < 16:
		t, err := source.ParseTime(day.Format("January 2, 2006"), time.Time{})
		must(err)
		return t
	case d < 22: // an hour in a named zone
		z := pick(g, timeZones)
		at := time.Date(day.Year(), day.Month(), day.Day(), g.intn(24), 0, 0, 0, time.FixedZone(z.text, z.offset*3600))
		return source.At(at, source.PrecisionHour, z.text, at.Format("3 p.m.")+" "+z.text)
	case d < 24:
		z := pick(g, timeZones)
		at := time.Date(day.Year(), day.Month(), day.Day(), g.intn(24), g.intn(60), 0, 0, time.FixedZone(z.text, z.offset*3600))
		return source.At(at, source.PrecisionMinute, z.text, at.Format("15:04")+" "+z.text)
	case d < 28: // overnight
		t, err := source.ParseTime("overnight", day.AddDate(0, 0, 1))
		must(err)
		return t
	case d < 32:
		return source.Month(day.Year(), day.Month(), "in "+day.Format("January"))
	case d < 34:
		return source.Year(day.Year(), "in "+strconv.Itoa(day.Year()))
	case d < 36:
		return source.Between(day, day.AddDate(0, 0, 2+g.intn(5)), source.PrecisionDay, "over several days")
	case d < 38:
		return source.Time{Text: pick(g, []string{"during the campaign", "earlier", "at the weekend"})}
	}
	return source.Time{}
}

// ---- statuses ----

func (g *generator) makeStatuses() {
	relations := territory.Relations()
	for j := range 2 + g.o.Events/40 {
		st := territory.Status{ID: territory.StatusIDFor(g.key + "status" + strconv.Itoa(j))}
		switch j % 3 {
		case 0:
			st.Standing = territory.StandingProposed
			g.proposed = append(g.proposed, st.ID)
		case 1:
			st.Standing = territory.StandingInForce
		default:
			st.Standing = territory.StandingAsserted
		}
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
		st.Attributions = g.attributions(j*max(1, g.o.Events)/(2+g.o.Events/40), 1+g.intn(2))
		g.statuses = append(g.statuses, st.ID)
		must(g.s.AddStatus(st))
	}
}
