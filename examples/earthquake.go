package examples

// This file builds the earthquake sample: TRT World's live updates of
// February 8-9, 2023 on the earthquakes of February 6 in Türkiye and
// Syria, with background from earlier and later reports. The events and
// figures are in earthquake_events.go.

import (
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// EarthquakeKeys derives the IDs of the records of the [Earthquake]
// sample from their census IDs: EarthquakeKeys.Event("E1") is the ID of
// the earthquakes themselves.
const EarthquakeKeys Keys = "newsevent/examples/earthquake/"

// Earthquake builds the story of a live blog on the earthquakes that
// struck Türkiye and Syria on February 6, 2023, as sample data of a
// natural disaster across two countries whose tolls several bodies give
// and revise over several days. The report is TRT World's live updates
// at https://trt.global/world/article/13118950 (outlet TRT World; the
// page heads its updates "Wednesday, February 8, 2023" and its stored
// copy is dated February 9, 2023; the copy prints no headline above the
// updates, so the sample calls it "TRT World live updates, February 8,
// 2023"; its first update is headed "Death toll rises above 15,000 in
// Türkiye, Syria quakes"). The copy the sample was built from ends in
// the middle of the 1935 GMT update; the source S0 is marked as an
// excerpt.
//
// Every item of its census (testdata/earthquake/CENSUS.md) is built:
// actors, territories, statuses, sources, events, figures (F), quotes
// (Q) and links (R). Figures keep their qualifiers and the words as
// written; each toll says what it counts (killed, injured, confirmed
// dead, collapsed buildings...), where (In, Excluding), who gives it
// and as of when: the updates' clock times in GMT are read with
// [source.Resolver.Read].
//
// Background. The report gives no magnitude, names no agency and has
// no figures from before or after its day. So that the sample holds the
// revisions of the tolls, the bodies that gave them, the quakes
// themselves and the aid that did cross, it adds facts from other
// reports, each attributed to its own source and none to the report;
// their sources have no Via chain to the report (S0), and their
// descriptions start with "Background:". They are TRT World's live
// updates of February 6, 2023 (S6,
// https://www.trtworld.com/turkey/live-updates-strong-quakes-kill-nearly-two-thousand-across-t%C3%BCrkiye-syria-65237)
// and February 7, 2023 (S7, https://www.trtworld.com/article/12795775);
// Xinhua's reports of February 9 (S8, on People's Daily Online,
// http://en.people.cn/n3/2023/0209/c90000-10205407.html) and February
// 10, 2023 (S9, http://en.people.cn/n3/2023/0210/c90000-10206008.html);
// a Reuters report carried by PerthNow (S10,
// https://www.perthnow.com.au/news/natural-disasters/turkish-leader-admits-problems-with-quake-relief-effort-c-9698080);
// and Al Jazeera's live blog of February 14, 2023 (S11,
// https://www.aljazeera.com/amp/news/liveblog/2023/2/14/turkey-syria-earthquake-live-news-death-toll-tops-36000).
// The background events are E1.1-E1.3 (the three quakes of Xinhua's
// account), E12 (the first UN convoy) and E13 (IOM trucks at Bab
// al-Salam); the background statuses TS2 and TS3; the background figures
// F18-F52 (F1-F17 are the report's). ISO 3166 codes are facts of ISO
// 3166, not of any report.
//
// Every call returns an equal story with the same IDs ([EarthquakeKeys]).
func Earthquake() (*newsevent.Story, error) {
	b := &quakeBuilder{recorder{name: "earthquake"}}
	b.actors()
	b.territories()
	b.sources()
	b.statuses()
	b.events()
	return b.done()
}

// MustEarthquake is like [Earthquake] but panics if the story cannot be
// built, which would be a bug in this package. It is for tests and
// examples.
func MustEarthquake() *newsevent.Story { return mustStory(Earthquake) }

// EarthquakeCensus returns the census IDs of the [Earthquake] sample in
// the order of its census, testdata/earthquake/CENSUS.md: actors,
// territories, sources, statuses, events, then the items that live inside
// records and carry their census ID as their Ref: figures (F), quotes (Q)
// and links (R).
func EarthquakeCensus() []string {
	ids := censusOf(span{"A", 1, 20}, span{"T", 1, 21})
	ids = append(ids, "S0", "S1", "S2", "S3", "S4", "S5",
		"S6", "S6.1", "S6.2", "S7", "S7.1",
		"S8", "S8.1", "S8.2", "S8.3", "S8.4",
		"S9", "S9.1", "S9.2", "S10", "S10.1", "S11", "S11.1")
	ids = append(ids, censusOf(span{"TS", 1, 3})...)
	ids = append(ids, "E1", "E1.1", "E1.2", "E1.3")
	return append(ids, censusOf(span{"E", 2, 13}, span{"F", 1, 52}, span{"Q", 1, 3}, span{"R", 1, 14})...)
}

// EarthquakeLabel returns the census ID of the [Earthquake] sample's
// record with this ID ("E1" for the earthquakes), or "" for an ID of no
// census record: the Label option of format/timeline and format/dot.
func EarthquakeLabel(id uuid.UUID) string { return quakeLabels(id) }

var quakeLabels = EarthquakeKeys.Labels(EarthquakeCensus())

// Short names for the sample's IDs.
func quakeA(census string) actor.ID            { return EarthquakeKeys.Actor(census) }
func quakeT(census string) territory.ID        { return EarthquakeKeys.Territory(census) }
func quakeS(census string) source.ID           { return EarthquakeKeys.Source(census) }
func quakeE(census string) event.ID            { return EarthquakeKeys.Event(census) }
func quakeTS(census string) territory.StatusID { return EarthquakeKeys.Status(census) }

// The days the report and its background speak from.
var (
	quakeFeb6  = time.Date(2023, time.February, 6, 0, 0, 0, 0, time.UTC)
	quakeFeb7  = time.Date(2023, time.February, 7, 0, 0, 0, 0, time.UTC)
	quakeFeb8  = time.Date(2023, time.February, 8, 0, 0, 0, 0, time.UTC)
	quakeFeb9  = time.Date(2023, time.February, 9, 0, 0, 0, 0, time.UTC)
	quakeFeb14 = time.Date(2023, time.February, 14, 0, 0, 0, 0, time.UTC)
)

// quakeBuilder builds the sample's records through its recorder.
type quakeBuilder struct{ recorder }

// territory builds a territory with the aliases given and adds it.
func (b *quakeBuilder) territory(census string, tb *territory.Builder, aliases ...territory.Alias) {
	b.recorder.territory(census, tb.Aliases(aliases...))
}

// source adds a source given as a literal, with the ID of its census ID.
func (b *quakeBuilder) source(census string, s source.Source) {
	s.ID = quakeS(census)
	b.add(census, newsevent.SourceRecord{Source: s})
}

// read resolves a phrase with r, which remembers the zone and the day of
// the phrases read before it.
func (b *quakeBuilder) read(r *source.Resolver, phrase string) source.Time {
	t, err := r.Read(phrase)
	if err != nil { // the label is made only for an error
		b.keep("time "+phrase, err)
	}
	return t
}

// parse resolves a phrase with r, which keeps no memory of earlier
// phrases.
func (b *quakeBuilder) parse(r source.Resolver, phrase string) source.Time {
	t, err := r.Parse(phrase)
	if err != nil { // the label is made only for an error
		b.keep("time "+phrase, err)
	}
	return t
}

// quakeSays attributes to the sample's source with this census ID.
func quakeSays(census string, verb source.Verb, text string, quotes ...source.Quote) source.Attribution {
	a := source.Attribute(quakeS(census), verb, quotes...)
	a.Text = text
	return a
}

var quakeEnglish = language.English

func (b *quakeBuilder) actors() {
	un := quakeA("A2")
	b.actor("A1", actor.New(quakeA("A1"), actor.KindMedia, "TRT World"))
	b.actor("A2", actor.New(un, actor.KindOrganisation, "United Nations").
		Aliases(actor.Alias{Text: "UN", Kind: actor.AliasAbbreviation}))
	b.actor("A3", actor.New(quakeA("A3"), actor.KindGroup, "").
		MemberOf(un).
		Description("UN officials"))
	b.actor("A4", actor.New(quakeA("A4"), actor.KindPerson, "Muhannad Hadi").
		Roles(actor.Role{Title: "regional humanitarian coordinator for the Syria crisis", Of: un,
			Text: "UN regional humanitarian coordinator for the Syria crisis"}))
	b.actor("A5", actor.New(quakeA("A5"), actor.KindGroup, "").
		Description("officials and medics"))
	b.actor("A6", actor.New(quakeA("A6"), actor.KindGroup, "").
		Description("rescuers"))
	b.actor("A7", actor.New(quakeA("A7"), actor.KindGroup, "").
		Description("the opposition that controls an area of Syria").
		Country("SY"))
	// Background actors: each named by the background source cited in
	// the census.
	b.actor("A8", actor.New(quakeA("A8"), actor.KindOrganisation, "Disaster and Emergency Management Presidency").
		Aliases(actor.Alias{Text: "AFAD", Kind: actor.AliasAbbreviation},
			actor.Alias{Text: "Disaster and Emergency Management Authority", Kind: actor.AliasOther},
			actor.Alias{Text: "Disaster Management Authority", Kind: actor.AliasOther}).
		Country("TR"))
	b.actor("A9", actor.New(quakeA("A9"), actor.KindOrganisation, "White Helmets").
		Description("a rescue group").
		Country("SY"))
	b.actor("A10", actor.New(quakeA("A10"), actor.KindPerson, "Fuat Oktay").
		Roles(actor.Role{Title: "Vice President", Place: quakeT("T1"), Text: "Türkiye's Vice President"}).
		Country("TR"))
	b.actor("A11", actor.New(quakeA("A11"), actor.KindGovernment, "Syrian government").
		Aliases(actor.Alias{Text: "regime", Kind: actor.AliasOther}).
		Country("SY"))
	b.actor("A12", actor.New(quakeA("A12"), actor.KindOrganisation, "Syrian Health Ministry").
		MemberOf(quakeA("A11")).
		Country("SY"))
	b.actor("A13", actor.New(quakeA("A13"), actor.KindMedia, "Xinhua"))
	b.actor("A14", actor.New(quakeA("A14"), actor.KindMedia, "People's Daily Online"))
	b.actor("A15", actor.New(quakeA("A15"), actor.KindMedia, "Anadolu Agency").
		Aliases(actor.Alias{Text: "Anadolu", Kind: actor.AliasOther}).
		Country("TR"))
	b.actor("A16", actor.New(quakeA("A16"), actor.KindMedia, "Reuters"))
	b.actor("A17", actor.New(quakeA("A17"), actor.KindMedia, "PerthNow"))
	b.actor("A18", actor.New(quakeA("A18"), actor.KindMedia, "Al Jazeera"))
	b.actor("A19", actor.New(quakeA("A19"), actor.KindPerson, "Recep Tayyip Erdogan").
		Roles(actor.Role{Title: "President", Place: quakeT("T1"), Text: "President Recep Tayyip Erdogan"}).
		Country("TR"))
	b.actor("A20", actor.New(quakeA("A20"), actor.KindOrganisation, "International Organization for Migration").
		Aliases(actor.Alias{Text: "IOM", Kind: actor.AliasAbbreviation}))
}

func (b *quakeBuilder) territories() {
	tr, sy := quakeT("T1"), quakeT("T2")
	trt := quakeA("A1")
	b.territory("T1", territory.New(tr, territory.KindCountry, "Türkiye").Country("TR"),
		territory.Alias{Text: "Turkey", UsedBy: []actor.ID{trt},
			Attributions: []source.Attribution{quakeSays("S0", source.VerbReported, "")}})
	b.territory("T2", territory.New(sy, territory.KindCountry, "Syria").Country("SY"))
	area := func(census, words string, parent territory.ID, country string) *territory.Builder {
		return territory.New(quakeT(census), territory.KindArea, "").Country(country).Parent(parent).Description(words)
	}
	b.territory("T3", area("T3", "southeastern Türkiye", tr, "TR"))
	b.territory("T4", area("T4", "northern Syria", sy, "SY"))
	b.territory("T5", area("T5", "northwest Syria", sy, "SY"),
		territory.Alias{Text: "northwestern Syria", UsedBy: []actor.ID{quakeA("A18")},
			Attributions: []source.Attribution{quakeSays("S11", source.VerbReported, "")}})
	b.territory("T6", area("T6", "the opposition-controlled area of Syria", sy, "SY"),
		territory.Alias{Text: "opposition-held areas", UsedBy: []actor.ID{trt},
			Attributions: []source.Attribution{quakeSays("S6", source.VerbReported, "")}},
		territory.Alias{Text: "opposition-held northwest", UsedBy: []actor.ID{trt},
			Attributions: []source.Attribution{quakeSays("S7", source.VerbReported, "")}},
		territory.Alias{Text: "the opposition-held region in Syria", UsedBy: []actor.ID{quakeA("A13")},
			Attributions: []source.Attribution{quakeSays("S8", source.VerbReported, "")}})
	// The report does not name the crossing; Xinhua (S9) does.
	b.territory("T7", territory.New(quakeT("T7"), territory.KindFacility, "").
		Description("one border crossing from Türkiye"),
		territory.Alias{Text: "Bab al-Hawa", UsedBy: []actor.ID{quakeA("A13")},
			Attributions: []source.Attribution{quakeSays("S9", source.VerbReported, "")}})
	b.territory("T8", territory.New(quakeT("T8"), territory.KindFacility, "Cilvegozu border gate").
		Country("TR").Subdivision("TR-31").Parent(quakeT("T9")))
	province := func(census, name, country, code string, parent territory.ID) {
		b.territory(census, territory.New(quakeT(census), territory.KindRegion, name).Country(country).Subdivision(code).Parent(parent))
	}
	province("T9", "Hatay", "TR", "TR-31", tr)
	province("T10", "Kahramanmaras", "TR", "TR-46", tr)
	b.territory("T11", territory.New(quakeT("T11"), territory.KindRegion, "Pazarcik").
		Country("TR").Subdivision("TR-46").Parent(quakeT("T10")).Description("a district of Kahramanmaras province"))
	province("T12", "Gaziantep", "TR", "TR-27", tr)
	b.territory("T13", area("T13", "government-held areas", sy, "SY"),
		territory.Alias{Text: "regime-controlled areas", UsedBy: []actor.ID{trt},
			Attributions: []source.Attribution{quakeSays("S6", source.VerbReported, "")}})
	province("T14", "Aleppo", "SY", "SY-HL", sy)
	province("T15", "Latakia", "SY", "SY-LA", sy)
	province("T16", "Hama", "SY", "SY-HM", sy)
	province("T17", "Idlib", "SY", "SY-ID", sy)
	province("T18", "Tartous", "SY", "SY-TA", sy)
	b.territory("T19", territory.New(quakeT("T19"), territory.KindFacility, "Bab al-Salam").
		Description("a crossing into northwestern Syria from Turkey"))
	b.territory("T20", territory.New(quakeT("T20"), territory.KindCity, "Ankara").
		Country("TR").Subdivision("TR-06").Parent(tr))
	b.territory("T21", territory.New(quakeT("T21"), territory.KindArea, "").
		Description("a wide region"))
}

func (b *quakeBuilder) sources() {
	report := quakeS("S0")
	b.source("S0", source.Source{
		Kind:              source.KindArticle,
		Title:             "TRT World live updates, February 8, 2023",
		Publisher:         quakeA("A1"),
		URL:               "https://trt.global/world/article/13118950",
		Published:         source.Day(2023, time.February, 9, ""),
		PublishedInferred: "the date of the stored copy of the page; the page heads its updates \"Wednesday, February 8, 2023\", and its first update, at 0130 GMT, is of the day after",
		Language:          quakeEnglish,
		Excerpt:           true,
		Description:       "the report modelled here: a live blog whose updates run back in time; the stored copy ends in the middle of the 1935 GMT update",
	})
	statement := func(census, author, title string, kind source.Kind) {
		b.source(census, source.Source{Kind: kind, Authors: []actor.ID{quakeA(author)}, Title: title, Via: report})
	}
	statement("S1", "A5", "officials and medics on the toll", source.KindStatement)
	statement("S2", "A3", "UN officials on resuming aid", source.KindStatement)
	statement("S3", "A4", "Hadi's remarks to reporters", source.KindRemarks)
	statement("S4", "A2", "the United Nations on access to the opposition-controlled area", source.KindStatement)
	b.source("S5", source.Source{Kind: source.KindReport, Title: "figures compiled", Via: report,
		Description: "figures whose compiler the report does not name"})

	// Background sources: none reaches the reader via S0.
	// "Monday, February 06, 2023": Resolver.Parse reads neither the
	// weekday before the date nor the day written "06", so it is built by
	// hand.
	trt6 := source.Day(2023, time.February, 6, "Monday, February 06, 2023")
	b.source("S6", source.Source{Kind: source.KindArticle, Title: "TRT World live updates, February 6, 2023",
		Publisher: quakeA("A1"),
		URL:       "https://www.trtworld.com/turkey/live-updates-strong-quakes-kill-nearly-two-thousand-across-t%C3%BCrkiye-syria-65237",
		Published: trt6, Language: quakeEnglish,
		Description: "Background: not part of the report modelled; the day of the quakes: magnitude, epicentre, first tolls"})
	b.source("S6.1", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A8")},
		Title: "AFAD's figures of February 6", Via: quakeS("S6")})
	b.source("S6.2", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A9")},
		Title: "the White Helmets' figures of February 6", Via: quakeS("S6")})
	b.source("S7", source.Source{Kind: source.KindArticle, Title: "TRT World live updates, February 7, 2023",
		Publisher: quakeA("A1"), URL: "https://www.trtworld.com/article/12795775",
		Published: b.parse(source.Resolver{Ref: quakeFeb7}, "Tuesday, February 7, 2023"), Language: quakeEnglish,
		Description: "Background: not part of the report modelled; tolls of February 7"})
	b.source("S7.1", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A10")},
		Title: "Oktay on the toll in Türkiye", Via: quakeS("S7")})

	xinhua9 := source.Resolver{Ref: quakeFeb9}
	b.source("S8", source.Source{Kind: source.KindReport, Publisher: quakeA("A13"),
		Title:     "Quake death toll surpasses 15,000 in Türkiye, Syria",
		Published: b.read(&xinhua9, "Feb. 9"), Language: quakeEnglish, Via: quakeS("S8.1"),
		Description: "Background: not part of the report modelled; a Xinhua report datelined ANKARA/DAMASCUS: tolls by body, the three quakes"})
	b.source("S8.1", source.Source{Kind: source.KindArticle, Publisher: quakeA("A14"),
		Title:     "People's Daily Online's copy of Xinhua's report of February 9",
		URL:       "http://en.people.cn/n3/2023/0209/c90000-10205407.html",
		Published: source.Day(2023, time.February, 9, ""), PublishedInferred: "the date in the URL",
		CopyOf: quakeS("S8"), Language: quakeEnglish})
	b.source("S8.2", source.Source{Kind: source.KindReport, Publisher: quakeA("A15"),
		Title: "Anadolu's report of the toll in Türkiye", Published: b.read(&xinhua9, "on Thursday"), Via: quakeS("S8")})
	b.source("S8.3", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A8")},
		Title: "AFAD's toll, as Anadolu cites it", Via: quakeS("S8.2")})
	b.source("S8.4", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A12")},
		Title: "the Syrian Health Ministry on government-held areas", Via: quakeS("S8")})

	b.source("S9", source.Source{Kind: source.KindReport, Publisher: quakeA("A13"),
		Title:     "UN dispatches aid through Türkiye to quake-hit NW Syria",
		Published: b.read(&source.Resolver{Ref: quakeFeb9}, "Feb. 9"), Dateline: quakeT("T20"),
		Language: quakeEnglish, Via: quakeS("S9.1"),
		Description: "Background: not part of the report modelled; the first UN convoy after the quakes"})
	b.source("S9.1", source.Source{Kind: source.KindArticle, Publisher: quakeA("A14"),
		Title:     "People's Daily Online's copy of Xinhua's report of the convoy",
		URL:       "http://en.people.cn/n3/2023/0210/c90000-10206008.html",
		Published: source.Day(2023, time.February, 10, ""), PublishedInferred: "the date in the URL",
		CopyOf: quakeS("S9"), Language: quakeEnglish})
	b.source("S9.2", source.Source{Kind: source.KindReport, Publisher: quakeA("A15"),
		Title: "Anadolu's report of the first convoy", Via: quakeS("S9")})

	b.source("S10", source.Source{Kind: source.KindReport, Publisher: quakeA("A16"),
		Title:             "Turkey-Syria earthquake death toll surpasses 15,000",
		Published:         source.Time{Start: quakeFeb9, Precision: source.PrecisionDay, Bound: source.BoundNotBefore},
		PublishedInferred: "its figures: the toll in Turkey \"by Thursday morning\", Thursday, February 9, 2023",
		Language:          quakeEnglish, Via: quakeS("S10.1"),
		Description: "Background: not part of the report modelled; a Reuters report as PerthNow carries it"})
	b.source("S10.1", source.Source{Kind: source.KindArticle, Publisher: quakeA("A17"),
		Title:  "PerthNow's copy of the Reuters report",
		URL:    "https://www.perthnow.com.au/news/natural-disasters/turkish-leader-admits-problems-with-quake-relief-effort-c-9698080",
		CopyOf: quakeS("S10"), Language: quakeEnglish})
	b.source("S11", source.Source{Kind: source.KindArticle, Publisher: quakeA("A18"),
		Title:     "Turkey-Syria earthquake updates: Death toll surpasses 40,000",
		URL:       "https://www.aljazeera.com/amp/news/liveblog/2023/2/14/turkey-syria-earthquake-live-news-death-toll-tops-36000",
		Published: b.parse(source.Resolver{Ref: quakeFeb14}, "Tuesday, February 14"), Language: quakeEnglish,
		Description: "Background: not part of the report modelled; Al Jazeera's live blog of February 14, 2023"})
	b.source("S11.1", source.Source{Kind: source.KindStatement, Authors: []actor.ID{quakeA("A19")},
		Title: "Erdogan on the people pulled out alive", Via: quakeS("S11")})
}

func (b *quakeBuilder) statuses() {
	b.status("TS1", territory.NewStatus(quakeTS("TS1"), territory.RelationControls, quakeA("A7"), territory.StandingInForce, quakeT("T6")).
		Words("opposition-controlled").
		Attributions(quakeSays("S0", source.VerbReported, "")))
	b.status("TS2", territory.NewStatus(quakeTS("TS2"), territory.RelationControls, quakeA("A11"), territory.StandingInForce, quakeT("T13")).
		Words("government-held areas").
		Attributions(quakeSays("S8", source.VerbReported, ""),
			quakeSays("S6", source.VerbReported, "regime-controlled areas")))
	b.status("TS3", territory.NewStatus(quakeTS("TS3"), territory.RelationControls, quakeA("A11"), territory.StandingInForce,
		quakeT("T14"), quakeT("T15"), quakeT("T16"), quakeT("T17"), quakeT("T18")).
		Words("regime-held provinces").
		Attributions(quakeSays("S7", source.VerbReported, "")))
}
