package examples

import (
	"fmt"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// CeasefireKeys derives the IDs of the records of [Ceasefire] from their
// census IDs ("E8" for the talks on the second phase).
const CeasefireKeys Keys = "newsevent/examples/ceasefire/"

// Ceasefire builds the story of a report on the Gaza ceasefire deal of
// January 2025, a negotiated agreement whose terms take effect in phases
// and on conditions: every item of its census (testdata/ceasefire/CENSUS.md;
// [CeasefireCensus] lists the IDs), through the public API. Every call
// returns an equal story with the same IDs ([CeasefireKeys]).
//
// The report (S0) is the article of Israel National News (Arutz Sheva)
// at https://www.israelnationalnews.com/news/402347, of January 15, 2025,
// on the parts of "the hostage and ceasefire deal between Israel and Hamas"
// that Reuters (S1) published that Wednesday. The stored copy it was built
// from carries no headline, so no title is recorded; its date is that of
// the page, the text prints none. It gives the deal's terms: hostages
// released living first and dead last; 30 prisoners for every civilian
// hostage and 50 for every female soldier, between 990 and 1,650 in all;
// the women and children under 19 released before the end of the first
// phase; Qatar, Egypt and the US to supervise; 600 trucks of aid a day, 50
// with fuel and 300 to the northern Gaza Strip; talks on the second phase
// before the 16th day of the first; and what the second and third phases
// are expected to hold.
//
// Background, not from the report, each item attributed to its own
// source: the WION article "Gaza ceasefire deal: Five key details you need
// to know about the truce between Israel and Hamas" of January 16, 2025,
// https://www.wionews.com/world/gaza-ceasefire-deal-five-key-details-you-need-to-know-about-the-truce-between-israel-and-hamas-8625972
// (S2, read from a stored copy that ends mid-article, so marked
// [source.Source] Excerpt), and the Qatari Prime Minister's remarks it
// relays (S3). They give what the report does not: the truce takes effect
// on Sunday, January 19 (E2); the first phase lasts "six weeks or 42 days"
// (F8); Israeli forces withdraw gradually from central Gaza (E10, C13) and
// displaced civilians return to northern Gaza (E11, C14) in it; 33
// hostages are released in its 42 days (C15, F9, E12, Q1). These are the
// actors A11–A14, the territory T3, the sources S2 and S3, the events E2,
// E10–E12 (with their R1 links), the clauses C12–C15, the figures F8 and
// F9, the quote Q1, the relations R7 and R8, the alias "northern Gaza" of
// T2, and the offset of R5 (its 41 days come from F8).
//
// Figures keep their words and carry the modality of a deal's terms
// (planned; the 990 to 1,650 in all, which the deal "can reach", possible).
// The report's ratios ("30 ... for every civilian hostage") are held as
// figures of prisoners Per a counted thing, a civilian hostage or a female
// soldier: the library's Per is documented for units of time only. The
// times of the planned events follow from their links to the start of the
// truce: the talks on the second phase are a follows link with an offset
// of at most 14 days after January 19, the first day (so not after
// February 2, the 15th day).
func Ceasefire() (*newsevent.Story, error) {
	b := &ceasefireBuilder{recorder{name: "ceasefire"}}
	b.actors()
	b.territories()
	b.sources()
	b.events()
	return b.done()
}

// MustCeasefire is like [Ceasefire] but panics if the story cannot be
// built, which would be a bug in this package. It is for tests and
// examples.
func MustCeasefire() *newsevent.Story { return mustStory(Ceasefire) }

// CeasefireCensus lists the census IDs of [Ceasefire] in census order, as
// testdata/ceasefire/CENSUS.md lists them: the records (actors A1–A14,
// territories T1–T3, sources S0–S3, events E1–E12), then the items inside
// them, which carry their census ID as their Ref: clauses C1–C15, phases
// P1–P3, figures F1–F9, the quote Q1 and the relations R1–R9.
func CeasefireCensus() []string {
	return censusOf(span{"A", 1, 14}, span{"T", 1, 3}, span{"S", 0, 3}, span{"E", 1, 12},
		span{"C", 1, 15}, span{"P", 1, 3}, span{"F", 1, 9}, span{"Q", 1, 1}, span{"R", 1, 9})
}

// CeasefireLabel returns the census ID of the record of [Ceasefire] with
// this ID ("E8"), or "" for an ID of no census record: the Label option of
// format/timeline and format/dot.
func CeasefireLabel(id uuid.UUID) string { return ceasefireLabels(id) }

// ceasefireLabels is CeasefireKeys.Labels of the census, made once.
var ceasefireLabels = CeasefireKeys.Labels(CeasefireCensus())

// The dates of the sources: the report's page and Reuters' "Wednesday"
// are January 15, 2025; WION's page is January 16, 2025.
var (
	ceasefireReportDay = time.Date(2025, time.January, 15, 0, 0, 0, 0, time.UTC)
	ceasefireWIONDay   = time.Date(2025, time.January, 16, 0, 0, 0, 0, time.UTC)
)

// ceasefireBuilder builds the sample's records through its recorder.
type ceasefireBuilder struct{ recorder }

// territory adds a territory given as a literal.
func (b *ceasefireBuilder) territory(census string, t territory.Territory) {
	b.add(census, newsevent.TerritoryRecord{Territory: t})
}

// source adds a source given as a literal.
func (b *ceasefireBuilder) source(census string, s source.Source) {
	b.add(census, newsevent.SourceRecord{Source: s})
}

// parse reads a figure as written; the caller sets what the words do not
// say (its measure, modality, places).
func (b *ceasefireBuilder) parse(ref, text string) source.Count {
	c, err := source.ParseCount(text)
	b.keep(ref, err)
	c.Ref = ref
	return c
}

// ceasefireSays attributes to the source with this census ID.
func ceasefireSays(census string, verb source.Verb, text string, quotes ...source.Quote) source.Attribution {
	a := source.Attribute(CeasefireKeys.Source(census), verb, quotes...)
	a.Text = text
	return a
}

// The attributions of the sample. The report names Reuters for two
// paragraphs only ("According to the report", "The report also
// states"); what it states without naming a source is its own.
var (
	ceasefireReport  = ceasefireSays("S0", source.VerbReported, "")
	ceasefireReuters = ceasefireSays("S1", source.VerbAccordingTo, "According to the report")
	ceasefireAlso    = ceasefireSays("S1", source.VerbReported, "The report also states")
	ceasefireWION    = ceasefireSays("S2", source.VerbReported, "")
)

func (b *ceasefireBuilder) actors() {
	k := CeasefireKeys
	b.actor("A1", actor.New(k.Actor("A1"), actor.KindState, "Israel").Country("IL"))
	b.actor("A2", actor.New(k.Actor("A2"), actor.KindOrganisation, "Hamas"))
	b.actor("A3", actor.New(k.Actor("A3"), actor.KindState, "Qatar").Country("QA"))
	b.actor("A4", actor.New(k.Actor("A4"), actor.KindState, "Egypt").Country("EG"))
	b.actor("A5", actor.New(k.Actor("A5"), actor.KindState, "United States").
		Aliases(actor.Alias{Text: "US", Kind: actor.AliasAbbreviation}).
		Country("US"))
	b.actor("A6", actor.New(k.Actor("A6"), actor.KindOrganisation, "United Nations").
		Aliases(actor.Alias{Text: "UN", Kind: actor.AliasAbbreviation}))
	b.actor("A7", actor.New(k.Actor("A7"), actor.KindGroup, "").
		Description("the hostages the deal is to free: the living hostages, and the bodies of the deceased ones"))
	b.actor("A8", actor.New(k.Actor("A8"), actor.KindGroup, "").
		Description("Palestinian Arab detainees whom Israel is to release"))
	b.actor("A9", actor.New(k.Actor("A9"), actor.KindMedia, "Reuters"))
	b.actor("A10", actor.New(k.Actor("A10"), actor.KindMedia, "Israel National News").
		Description("the outlet of the report, named by its address, israelnationalnews.com"))
	// Background (S2, S3).
	b.actor("A11", actor.New(k.Actor("A11"), actor.KindMedia, "WION"))
	b.actor("A12", actor.New(k.Actor("A12"), actor.KindPerson, "Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani").
		Roles(actor.Role{Title: "Prime Minister", Of: k.Actor("A3"), Text: "Qatari Prime Minister"}).
		Country("QA"))
	b.actor("A13", actor.New(k.Actor("A13"), actor.KindArmedForce, "Israeli forces").Country("IL"))
	b.actor("A14", actor.New(k.Actor("A14"), actor.KindGroup, "").Description("displaced civilians"))
}

func (b *ceasefireBuilder) territories() {
	k := CeasefireKeys
	ps := vocab.MustCountry("PS")
	gaza := k.Territory("T1")
	b.territory("T1", territory.Territory{ID: gaza, Kind: territory.KindArea, Name: "Gaza Strip",
		Aliases: []territory.Alias{{Text: "Gaza", Lang: language.English,
			Attributions: []source.Attribution{ceasefireSays("S0", source.VerbReported, "the rebuilding of Gaza")}}},
		Country: ps})
	b.territory("T2", territory.Territory{ID: k.Territory("T2"), Kind: territory.KindArea, Parent: gaza,
		Description: "the northern Gaza Strip",
		Aliases: []territory.Alias{{Text: "northern Gaza", Lang: language.English,
			Attributions: []source.Attribution{ceasefireSays("S2", source.VerbReported, "the return of displaced civilians to northern Gaza")}}},
		Country: ps})
	// Background (S2).
	b.territory("T3", territory.Territory{ID: k.Territory("T3"), Kind: territory.KindArea, Parent: gaza,
		Description: "Central Gaza", Country: ps})
}

func (b *ceasefireBuilder) sources() {
	k := CeasefireKeys
	report := k.Source("S0")
	b.source("S0", source.Source{ID: report, Kind: source.KindArticle, Publisher: k.Actor("A10"),
		URL:               "https://www.israelnationalnews.com/news/402347",
		Published:         source.Day(2025, time.January, 15, ""),
		PublishedInferred: "the date of the page in the stored copy; the text prints none",
		Language:          language.English,
		Description:       "the report modelled here; the stored copy carries no headline"})
	r := source.Resolver{Ref: ceasefireReportDay}
	wednesday, err := r.Read("on Wednesday")
	b.keep("S1 published", err)
	b.source("S1", source.Source{ID: k.Source("S1"), Kind: source.KindReport, Publisher: k.Actor("A9"),
		Title: "Reuters' report on parts of the deal", Published: wednesday, Via: report,
		Description: "parts of the deal between Israel and Hamas, as Reuters published them"})
	// Background, not from the report.
	b.source("S2", source.Source{ID: k.Source("S2"), Kind: source.KindArticle, Publisher: k.Actor("A11"),
		Title:             "Gaza ceasefire deal: Five key details you need to know about the truce between Israel and Hamas",
		URL:               "https://www.wionews.com/world/gaza-ceasefire-deal-five-key-details-you-need-to-know-about-the-truce-between-israel-and-hamas-8625972",
		Published:         source.Day(2025, time.January, 16, ""),
		PublishedInferred: "the date of the page in the stored copy",
		Language:          language.English,
		Excerpt:           true,
		Description:       "background, not from the report: the title as its address spells it; read from a stored copy that ends mid-article"})
	b.source("S3", source.Source{ID: k.Source("S3"), Kind: source.KindRemarks, Authors: []actor.ID{k.Actor("A12")},
		Title: "the Qatari Prime Minister's remarks to the press", Via: k.Source("S2"),
		Description: "background, not from the report"})
}

// ceasefireQ1 is the Qatari Prime Minister's words on the first hostages
// released, as WION prints them (background, S3 via S2).
func ceasefireQ1() source.Quote {
	return source.Quote{Ref: "Q1", Lang: language.English, Speaker: CeasefireKeys.Actor("A12"), Medium: CeasefireKeys.Source("S3"),
		Text: "civilian women and female recruits, as well as children, elderly people, as well as civilian ill people and wounded"}
}

// ceasefireHead returns the header of an event with its census ID, title,
// status and attributions.
func ceasefireHead(census, title string, status event.Status, a ...source.Attribution) event.Header {
	return event.Header{ID: CeasefireKeys.Event(census), Title: title, Status: status, Attributions: a}
}

// ceasefireLink returns a link with its census ref.
func ceasefireLink(ref string, t event.LinkType, to, text string) event.Link {
	return event.Link{Ref: ref, Type: t, To: CeasefireKeys.Event(to), Text: text}
}

// ceasefireDays is a duration of whole days.
func ceasefireDays(n int) event.Duration { return event.Duration(time.Duration(n) * 24 * time.Hour) }

func (b *ceasefireBuilder) events() {
	b.deal()
	b.truce()
	b.releases()
	b.firstPhase()
	b.background()
}

// partOfDeal is R1: each planned event is part of the deal (E1).
var ceasefirePartOfDeal = ceasefireLink("R1", event.LinkPartOf, "E1", "")

func (b *ceasefireBuilder) deal() {
	k := CeasefireKeys
	israel, hamas, qatar, egypt, us, un := k.Actor("A1"), k.Actor("A2"), k.Actor("A3"), k.Actor("A4"), k.Actor("A5"), k.Actor("A6")
	gaza, north, central := k.Territory("T1"), k.Territory("T2"), k.Territory("T3")
	expected := ceasefireSays("S0", source.VerbReported, "is expected to include")
	planned := func(c source.Count, measure source.Measure, a source.Attribution) source.Count {
		c.Measure, c.Modality, c.Attributions = measure, source.ModalityPlanned, []source.Attribution{a}
		return c
	}

	// F1, F2: the ratios, "30 ... for every civilian hostage and 50 for
	// every female Israeli soldier". ParseCount reads the numbers; the
	// counted thing the ratio is per goes into Per by hand.
	f1 := planned(b.parse("F1", "30"), source.MeasurePrisoners, ceasefireReuters)
	f1.Per = "civilian_hostage"
	f2 := planned(b.parse("F2", "50"), source.MeasurePrisoners, ceasefireReuters)
	f2.Per = "female_soldier"
	// F3: the total the deal "can reach".
	f3 := b.parse("F3", "between 990 and 1,650")
	f3.Measure, f3.Modality, f3.Attributions = source.MeasurePrisoners, source.ModalityPossible, []source.Attribution{ceasefireReport}
	f3.Includes = []string{"men", "women", "children"}
	// F4: "under the age of 19", which ParseCount does not read ("under
	// 19" it does): built by hand.
	f4 := source.Count{Ref: "F4", Value: 19, Qualifier: source.QualifierLessThan, Text: "under the age of 19",
		Measure: "age", Unit: source.UnitYear, Subject: source.SubjectChildren, Modality: source.ModalityPlanned,
		Attributions: []source.Attribution{ceasefireReport}}
	// F5-F7: the trucks. The rate is written apart from the number ("600
	// trucks of humanitarian aid will enter the Gaza Strip each day"), so
	// Per is set by hand.
	trucks := func(ref, text string) source.Count {
		c := planned(b.parse(ref, text), "trucks", ceasefireReport)
		c.Broader, c.Per = source.MeasureAid, source.UnitDay
		return c
	}
	f5 := trucks("F5", "600")
	f5.In = []vocab.TerritoryID{gaza}
	f6 := trucks("F6", "50")
	f6.In, f6.Subject = []vocab.TerritoryID{gaza}, "fuel"
	f7 := trucks("F7", "300")
	f7.In = []vocab.TerritoryID{north}
	// F8 (background, S2): "six weeks or 42 days", two readings joined
	// by "or", which ParseCount refuses: built by hand in days.
	f8 := source.Count{Ref: "F8", Value: 42, Qualifier: source.QualifierExact, Text: "six weeks or 42 days",
		Measure: source.MeasureDuration, Unit: source.UnitDay, Modality: source.ModalityPlanned,
		Attributions: []source.Attribution{ceasefireWION}}
	// F9 (background, S3 via S2): 33 hostages in the first 42 days.
	pm := ceasefireSays("S3", source.VerbSaid, "told the press", ceasefireQ1())
	f9 := planned(b.parse("F9", "33"), source.MeasureHostages, pm)
	f9.Includes = []string{"civilian women and female recruits", "children", "elderly people", "civilian ill people and wounded"}

	reuters := []source.Attribution{ceasefireReuters}
	report := []source.Attribution{ceasefireReport}
	wion := []source.Attribution{ceasefireWION}
	h := ceasefireHead("E1", "The hostage and ceasefire deal between Israel and Hamas", event.StatusOccurred,
		ceasefireReport, ceasefireReuters)
	e, err := event.NewProposal(h, event.StageAgreed, israel, hamas).
		Name("the hostage and ceasefire deal").
		Clauses(
			event.Clause{Ref: "C1", Kind: event.ClauseExchange, Text: "Hamas releases the living hostages first",
				Parties: []actor.ID{hamas}, Attributions: reuters},
			event.Clause{Ref: "C2", Kind: event.ClauseExchange, Text: "then Hamas releases the bodies of the deceased hostages",
				Parties: []actor.ID{hamas}, Attributions: reuters},
			event.Clause{Ref: "C3", Kind: event.ClauseExchange,
				Text:    "Israel releases Palestinian prisoners for the hostages: 30 for each civilian hostage, 50 for each female Israeli soldier; between 990 and 1,650 in all, depending on how many hostages are released",
				Parties: []actor.ID{israel}, Attributions: reuters, Figures: []source.Count{f1, f2, f3}},
			event.Clause{Ref: "C4", Kind: event.ClauseExchange,
				Text:       "Israel releases all Palestinian Arab women and children under 19 detained since October 7, before the first phase ends",
				Qualifiers: []string{"all", "detained since October 7th"},
				Parties:    []actor.ID{israel}, Attributions: report, Figures: []source.Count{f4}},
			event.Clause{Ref: "C5", Kind: event.ClauseOther, Text: "Qatar, Egypt and the US supervise the implementation of the agreement",
				Parties: []actor.ID{qatar, egypt, us}, Attributions: []source.Attribution{ceasefireAlso}},
			event.Clause{Ref: "C6", Kind: event.ClauseHumanitarianAccess,
				Text:   "600 trucks of humanitarian aid a day into the Gaza Strip, 50 of them with fuel and 300 to the northern Gaza Strip",
				Places: []territory.ID{gaza, north}, Attributions: report, Figures: []source.Count{f5, f6, f7}},
			event.Clause{Ref: "C7", Kind: event.ClauseOther, Text: "negotiations on the second phase begin before the 16th day of the first phase",
				Attributions: report},
			event.Clause{Ref: "C8", Kind: event.ClauseExchange, Text: "the release of the remaining living hostages, soldiers among them",
				Qualifiers: []string{"remaining", "including soldiers"}, Attributions: []source.Attribution{expected}},
			event.Clause{Ref: "C9", Kind: event.ClauseCeasefire, Text: "a permanent ceasefire",
				Qualifiers: []string{"permanent"}, Attributions: []source.Attribution{expected}},
			event.Clause{Ref: "C10", Kind: event.ClauseExchange, Text: "the remaining bodies of the deceased hostages",
				Qualifiers: []string{"remaining"}, Attributions: []source.Attribution{expected}},
			event.Clause{Ref: "C11", Kind: event.ClauseReconstruction,
				Text:    "Gaza's rebuilding begins, supervised by Egypt, Qatar and the UN",
				Parties: []actor.ID{egypt, qatar, un}, Places: []territory.ID{gaza}, Attributions: []source.Attribution{expected}},
			// Background (S2, S3).
			event.Clause{Ref: "C12", Kind: event.ClauseCeasefire, Text: "the truce takes effect on Sunday, January 19",
				Parties: []actor.ID{israel, hamas}, Places: []territory.ID{gaza}, Attributions: wion},
			event.Clause{Ref: "C13", Kind: event.ClauseWithdrawal, Text: "Israeli forces withdraw gradually from Central Gaza",
				Qualifiers: []string{"gradual"}, Parties: []actor.ID{k.Actor("A13")}, Places: []territory.ID{central}, Attributions: wion},
			event.Clause{Ref: "C14", Kind: event.ClauseOther, Text: "displaced civilians return to northern Gaza",
				Places: []territory.ID{north}, Attributions: wion},
			event.Clause{Ref: "C15", Kind: event.ClauseExchange, Text: "Hamas releases 33 hostages during the initial 42 days of the truce",
				Parties: []actor.ID{hamas}, Attributions: []source.Attribution{pm, ceasefireWION}, Figures: []source.Count{f9}},
		).
		Phases(
			event.Phase{Ref: "P1", Name: "the first phase", Clauses: []string{"C4", "C6", "C7", "C12", "C13", "C14", "C15"}, Duration: f8},
			event.Phase{Ref: "P2", Name: "the second phase", Clauses: []string{"C8", "C9"}},
			event.Phase{Ref: "P3", Name: "the third phase", Clauses: []string{"C10", "C11"}},
		).
		Conditions(
			event.Condition{Subject: "C2", On: "C1", Text: "first ... and then"},
			event.Condition{Subject: "C3", On: "C1", Text: "depends on the number of hostages who will be released"},
			event.Condition{Subject: "C4", On: "P1", Text: "before the end of the first phase"},
			event.Condition{Subject: "C7", On: "P1", Text: "before the 16th day of the first phase"},
		).
		Build()
	b.event("E1", e, err)
}

// truce is E2 (background, S2): the truce takes effect, the first day of
// the first phase, the anchor of the planned events' times.
func (b *ceasefireBuilder) truce() {
	k := CeasefireKeys
	// "from Sunday (Jan 19)": the Resolver reads neither "from" nor a
	// date in parentheses after a weekday, so it reads "Jan 19", checked
	// against "Sunday" read as a schedule from WION's date.
	r := source.Resolver{Ref: ceasefireWIONDay}
	day, err := r.Read("Jan 19")
	b.keep("E2 time", err)
	sunday, err := source.Resolver{Ref: ceasefireWIONDay, Future: true}.Parse("Sunday")
	b.keep("E2 time", err)
	if err == nil && !sunday.Start.Equal(day.Start) {
		b.keep("E2 time", fmt.Errorf("the weekday %q is %s, the date %q is %s", "Sunday", sunday.Start, "Jan 19", day.Start))
	}
	day.Text = "from Sunday (Jan 19)"
	h := ceasefireHead("E2", "The truce takes effect: the first day of the first phase", event.StatusPlanned,
		ceasefireWION)
	h.Time = day
	h.Places = []territory.ID{k.Territory("T1")}
	h.Links = []event.Link{ceasefirePartOfDeal}
	e, err := event.NewOther(h, "a truce takes effect").
		Roles(event.Participant{Actor: k.Actor("A1"), Role: event.RoleParty}, event.Participant{Actor: k.Actor("A2"), Role: event.RoleParty}).
		CAMEO("0871").
		Build()
	b.event("E2", e, err)
}

// releases are the exchanges: E3-E6.
func (b *ceasefireBuilder) releases() {
	k := CeasefireKeys
	israel, hamas, hostages, detainees := k.Actor("A1"), k.Actor("A2"), k.Actor("A7"), k.Actor("A8")
	releaser := func(id actor.ID) event.Participant { return event.Participant{Actor: id, Role: "releaser"} }
	released := func(id actor.ID) event.Participant { return event.Participant{Actor: id, Role: "released"} }

	h := ceasefireHead("E3", "Hamas releases the living hostages", event.StatusPlanned, ceasefireReuters)
	h.Links = []event.Link{ceasefirePartOfDeal}
	e, err := event.NewOther(h, "release of the living hostages").
		Roles(releaser(hamas), released(hostages)).CAMEO("0841").Build()
	b.event("E3", e, err)

	h = ceasefireHead("E4", "Hamas releases the bodies of the deceased hostages", event.StatusPlanned, ceasefireReuters)
	h.Links = []event.Link{ceasefirePartOfDeal, ceasefireLink("R2", event.LinkFollows, "E3", "first ... and then")}
	e, err = event.NewOther(h, "release of the bodies of the deceased hostages").
		Roles(releaser(hamas), released(hostages)).CAMEO("084").Build()
	b.event("E4", e, err)

	h = ceasefireHead("E5", "Israel releases Palestinian prisoners for the hostages", event.StatusPlanned, ceasefireReuters, ceasefireReport)
	h.Links = []event.Link{ceasefirePartOfDeal,
		ceasefireLink("R3", event.LinkConditionalOn, "E3", "depends on the number of hostages who will be released")}
	e, err = event.NewOther(h, "release of Palestinian prisoners").
		Roles(releaser(israel), released(detainees)).CAMEO("0841").Build()
	b.event("E5", e, err)

	// R5: "before the end of the first phase" is at most 41 days after
	// the first day, as the first phase lasts 42 days (F8, from S2).
	h = ceasefireHead("E6", "Israel releases the Palestinian women and children under 19 detained since October 7", event.StatusPlanned, ceasefireReport)
	h.Links = []event.Link{ceasefirePartOfDeal,
		{Ref: "R5", Type: event.LinkFollows, To: k.Event("E2"), Text: "before the end of the first phase",
			Offset:       event.Offset{Max: ceasefireDays(41), Text: "before the end of the first phase"},
			Attributions: []source.Attribution{ceasefireReport, ceasefireSays("S2", source.VerbReported, "which will last six weeks or 42 days")}}}
	e, err = event.NewOther(h, "release of Palestinian women and children").
		Roles(releaser(israel), released(detainees)).CAMEO("0841").Build()
	b.event("E6", e, err)
}

// firstPhase are E7-E9: the aid, the talks on the second phase and the
// supervision.
func (b *ceasefireBuilder) firstPhase() {
	k := CeasefireKeys
	h := ceasefireHead("E7", "Trucks of humanitarian aid enter the Gaza Strip each day", event.StatusPlanned, ceasefireReport)
	h.Places = []territory.ID{k.Territory("T1")}
	h.Links = []event.Link{ceasefirePartOfDeal, ceasefireLink("R6", event.LinkFollows, "E2", "As part of the first phase")}
	e, err := event.NewOther(h, "humanitarian aid enters the Gaza Strip").
		Targets(k.Territory("T2")).CAMEO("0863").Build()
	b.event("E7", e, err)

	// R4: "before the 16th day of the first phase": the first day is day
	// one, so the 15th day, the last before the 16th, is 14 days after
	// it.
	h = ceasefireHead("E8", "Negotiations on the second phase begin", event.StatusPlanned, ceasefireReport)
	h.Links = []event.Link{ceasefirePartOfDeal,
		{Ref: "R4", Type: event.LinkFollows, To: k.Event("E2"), Text: "before the 16th day of the first phase",
			Offset: event.Offset{Max: ceasefireDays(14), Text: "before the 16th day of the first phase"}}}
	e, err = event.NewOther(h, "negotiations on the second phase of the deal begin").CAMEO("046").Build()
	b.event("E8", e, err)

	supervisor := func(id actor.ID) event.Participant { return event.Participant{Actor: id, Role: "supervisor"} }
	h = ceasefireHead("E9", "Qatar, Egypt and the US supervise the implementation", event.StatusPlanned, ceasefireAlso)
	h.Links = []event.Link{ceasefireLink("R9", event.LinkAbout, "E1", "will supervise the implementation of the agreement")}
	e, err = event.NewOther(h, "supervision of the implementation of the agreement").
		Roles(supervisor(k.Actor("A3")), supervisor(k.Actor("A4")), supervisor(k.Actor("A5"))).Build()
	b.event("E9", e, err)
}

// background are E10-E12, from S2 and S3.
func (b *ceasefireBuilder) background() {
	k := CeasefireKeys
	h := ceasefireHead("E10", "Israeli forces withdraw gradually from Central Gaza", event.StatusPlanned, ceasefireWION)
	h.Places = []territory.ID{k.Territory("T3")}
	h.Links = []event.Link{ceasefirePartOfDeal, ceasefireLink("R7", event.LinkFollows, "E2", "in the first phase")}
	e, err := event.NewOther(h, "gradual withdrawal of Israeli forces").
		Roles(event.Participant{Actor: k.Actor("A13"), Role: "withdrawing_force"}).CAMEO("0874").Build()
	b.event("E10", e, err)

	h = ceasefireHead("E11", "Displaced civilians return to northern Gaza", event.StatusPlanned, ceasefireWION)
	h.Places = []territory.ID{k.Territory("T2")}
	h.Links = []event.Link{ceasefirePartOfDeal, ceasefireLink("R8", event.LinkFollows, "E2", "in the first phase")}
	e, err = event.NewOther(h, "return of displaced civilians").
		Roles(event.Participant{Actor: k.Actor("A14"), Role: "returnee"}).Build()
	b.event("E11", e, err)

	h = ceasefireHead("E12", "The Qatari Prime Minister: 33 hostages in the first 42 days", event.StatusOccurred,
		ceasefireSays("S3", source.VerbSaid, "told the press"), ceasefireWION)
	s, err := event.NewStatement(h, k.Actor("A12"), event.SpeechAnnounce).
		Content("Hamas is to release 33 hostages during the initial 42 days of the truce, among them women, children, the elderly, the sick and the wounded").
		Quotes(ceasefireQ1()).
		Medium(k.Source("S3")).
		About(k.Event("E1"), k.Event("E3")).
		Build()
	b.event("E12", s, err)
}
