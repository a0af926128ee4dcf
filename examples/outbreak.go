package examples

// This file builds the outbreak sample: a disease outbreak told by its
// case and death counts by region, with as-of dates, relayed from an
// agency's situation report by a newspaper.
//
// The report: The New Times (Rwanda), "WHO report: New mpox cases in
// Africa surge by 61% in June",
// https://newtimes.co.rw/article/19175/news/health/who-report-new-mpox-cases-in-africa-surge-by-61-in-june,
// relaying the World Health Organization's 35th report on the
// multi-country mpox outbreak, released on August 12, 2024. The article's
// own date is not printed in the text read: it is recorded as not before
// August 12, 2024. The text read ends in the middle of its risk
// assessment, so the source is marked as an excerpt.
//
// Background, not from the report: the figures that WHO Director-General
// Tedros gave at an online news conference, as reported by
// https://ashenewsdaily.com/health-healthy-living/who-reports-18000-suspected-mpox-cases-629-deaths-in-drc
// (sources S4 and S5, actor A3, territories T20–T23, event E13, figures
// F16–F25; the event and its figures are attributed to those sources
// only, the other records say "background" in their description); and
// the ISO 3166 codes of the places.

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

// OutbreakKeys derives the IDs of the records of the [Outbreak] sample
// from their census IDs: OutbreakKeys.Event("E1") is the multi-country
// mpox outbreak, OutbreakKeys.Source("S1") the WHO report.
const OutbreakKeys Keys = "newsevent/examples/outbreak/"

// Outbreak builds the story of The New Times (Rwanda) article "WHO report:
// New mpox cases in Africa surge by 61% in June"
// (https://newtimes.co.rw/article/19175/news/health/who-report-new-mpox-cases-in-africa-surge-by-61-in-june,
// published not before August 12, 2024), which relays the World Health
// Organization's 35th report on the multi-country mpox outbreak of August
// 12, 2024: every item of its census, testdata/outbreak/CENSUS.md.
//
// It holds the outbreak as a disaster with the hazard epidemic and its
// toll as the report gives it: the new laboratory-confirmed cases and
// deaths of June 2024 by WHO region (territories of the kind area, since a
// WHO region is neither a country nor a subdivision), DR Congo's share,
// testing and positivity rates "in 2024", the headline's "surge by 61%";
// the first cases of Burundi, Kenya, Rwanda and Uganda as events of the
// generic kind, part of the outbreak in East and Central Africa; the
// report's statements that the figures likely understate the cases; and
// the WHO report relayed by the article (Via).
//
// Background, not from the report: the figures of WHO Director-General
// Tedros at an online news conference, as reported by Ashe News Daily
// (https://ashenewsdaily.com/health-healthy-living/who-reports-18000-suspected-mpox-cases-629-deaths-in-drc):
// sources S4 and S5, actor A3, territories T20–T23, event E13 and figures
// F16–F25. The event and its figures are attributed to those sources only;
// the sources, the actor and the places say "background" in their
// description. Every call returns an equal story with the same IDs
// ([OutbreakKeys]).
func Outbreak() (*newsevent.Story, error) {
	b := &outbreakBuilder{recorder: recorder{name: "outbreak"}, r: source.Resolver{Ref: outbreakReleased}}
	b.actors()
	b.territories()
	b.sources()
	b.events()
	return b.done()
}

// MustOutbreak is like [Outbreak] but panics if the story cannot be built,
// which would be a bug in this package. It is for tests and examples.
func MustOutbreak() *newsevent.Story { return mustStory(Outbreak) }

// OutbreakCensus returns the census IDs of the [Outbreak] sample in the
// order of testdata/outbreak/CENSUS.md: actors A1–A3, territories T1–T23,
// sources S0–S5, events E1–E13, then the items inside records that carry
// their census ID in their Ref field: relations between events R1–R9 and
// figures F1–F25. The report has no quotes.
func OutbreakCensus() []string {
	return censusOf(span{"A", 1, 3}, span{"T", 1, 23}, span{"S", 0, 5}, span{"E", 1, 13}, span{"R", 1, 9}, span{"F", 1, 25})
}

// OutbreakLabel returns the census ID of the [Outbreak] record with this
// ID ("E1" for the multi-country outbreak), or "" for an ID of no census
// record: the Label option of format/timeline and format/dot.
func OutbreakLabel(id uuid.UUID) string { return outbreakLabels(id) }

// outbreakLabels maps record IDs to census IDs, made once.
var outbreakLabels = OutbreakKeys.Labels(OutbreakCensus())

// outbreakReleased is the day WHO released its 35th report, August 12,
// 2024: the article prints "August 12" and, later, "2024". The article
// reports that release, so it is not older; its time phrases are read
// against this day.
var outbreakReleased = time.Date(2024, time.August, 12, 0, 0, 0, 0, time.UTC)

// outbreakBuilder collects the records of the sample and the first error.
type outbreakBuilder struct {
	recorder
	// r reads the article's time phrases in order.
	r source.Resolver
}

// when reads a time phrase of the article as written.
func (b *outbreakBuilder) when(census, phrase string) source.Time {
	t, err := b.r.Read(phrase)
	if err != nil { // the label is made only for an error
		b.keep(census+" "+phrase, err)
	}
	return t
}

// says attributes to the sample's source with this census ID.
func (b *outbreakBuilder) says(census string, verb source.Verb, text string) source.Attribution {
	a := source.Attribute(OutbreakKeys.Source(census), verb)
	a.Text = text
	return a
}

// figure parses a figure as written (parse), gives it its census ref,
// measure, as-of time, places and attribution, and keeps text as its words
// where they differ from what ParseCount reads.
func (b *outbreakBuilder) figure(ref, parse, text string, m source.Measure, asOf source.Time, a source.Attribution, in ...string) source.Count {
	c, err := source.ParseCount(parse)
	b.keep(ref, err)
	c.Ref, c.Measure, c.AsOf, c.Attributions = ref, m, asOf, []source.Attribution{a}
	if text != "" {
		c.Text = text
	}
	for _, t := range in {
		c.In = append(c.In, OutbreakKeys.Territory(t))
	}
	return c
}

func (b *outbreakBuilder) source(census string, s source.Source) {
	b.add(census, newsevent.SourceRecord{Source: s})
}

func (b *outbreakBuilder) actors() {
	k := OutbreakKeys
	b.actor("A1", actor.New(k.Actor("A1"), actor.KindOrganisation, "World Health Organization").
		Aliases(actor.Alias{Text: "WHO", Kind: actor.AliasAbbreviation}))
	b.actor("A2", actor.New(k.Actor("A2"), actor.KindMedia, "The New Times").
		Description("the outlet of newtimes.co.rw, which publishes the article"))
	b.actor("A3", actor.New(k.Actor("A3"), actor.KindPerson, "Tedros Ghebreyesus").
		Roles(actor.Role{Title: "Director-General", Of: k.Actor("A1"), Text: "The Director-General of the World Health Organization (WHO)"}).
		Description("background, not from the report: named by Ashe News Daily (S4)"))
}

func (b *outbreakBuilder) territories() {
	k := OutbreakKeys
	build := func(census string, tb *territory.Builder) {
		t, err := tb.Build()
		if err == nil {
			err = b.s.AddTerritory(t)
		}
		b.keep(census, err)
	}
	country := func(census, name, code, parent string) *territory.Builder {
		tb := territory.New(k.Territory(census), territory.KindCountry, name).Country(code)
		if parent != "" {
			tb.Parent(k.Territory(parent))
		}
		return tb
	}
	build("T1", country("T1", "DR Congo", "CD", "T13"))
	build("T2", country("T2", "Burundi", "BI", "T9"))
	build("T3", country("T3", "Kenya", "KE", "T9"))
	build("T4", country("T4", "Rwanda", "RW", "T9"))
	build("T5", country("T5", "Uganda", "UG", "T9"))
	build("T6", country("T6", "Côte d'Ivoire", "CI", "T8"))
	build("T7", country("T7", "South Africa", "ZA", "T8"))
	area := func(census, name, parent string) *territory.Builder {
		tb := territory.New(k.Territory(census), territory.KindArea, name)
		if parent != "" {
			tb.Parent(k.Territory(parent))
		}
		return tb
	}
	build("T8", area("T8", "Africa", "").Description("the continent"))
	build("T9", area("T9", "Eastern Africa", "T8"))
	build("T10", area("T10", "East and Central Africa", "T8"))
	build("T11", area("T11", "", "T1").Country("CD").Description("eastern DR Congo"))
	build("T12", area("T12", "", "").Group().Description("neighboring areas"))
	const whoRegion = "a WHO region, one of the regions the report counts cases by"
	build("T13", area("T13", "African Region", "T8").Description(whoRegion))
	build("T14", area("T14", "Americas", "").Description(whoRegion))
	build("T15", area("T15", "European Region", "").Description(whoRegion))
	build("T16", area("T16", "Western Pacific Region", "").Description(whoRegion))
	build("T17", area("T17", "South-East Asia Region", "").Description(whoRegion))
	build("T18", area("T18", "Eastern Mediterranean Region", "").Description(whoRegion))
	// The builder has no setter for a place's figures: a literal and
	// Validate.
	countries := territory.Territory{
		ID: k.Territory("T19"), Kind: territory.KindCountry, Group: true, Description: "26 countries",
		Figures: []source.Count{b.figure("F4", "26", "", "countries", source.Time{}, b.says("S1", source.VerbReported, ""))},
	}
	err := countries.Validate()
	if err == nil {
		err = b.s.AddTerritory(countries)
	}
	b.keep("T19", err)

	// Background: named only by Ashe News Daily (S4).
	const background = "background, not from the report: named by Ashe News Daily (S4)"
	build("T20", territory.New(k.Territory("T20"), territory.KindRegion, "North Kivu").Country("CD").Subdivision("CD-NK").
		Parent(k.Territory("T1")).Description(background))
	build("T21", territory.New(k.Territory("T21"), territory.KindRegion, "South Kivu").Country("CD").Subdivision("CD-SK").
		Parent(k.Territory("T1")).Description(background))
	build("T22", country("T22", "Sweden", "SE", "").Description(background))
	build("T23", country("T23", "Thailand", "TH", "").Description(background))
}

func (b *outbreakBuilder) sources() {
	k := OutbreakKeys
	article := k.Source("S0")
	b.source("S0", source.Source{
		ID: article, Kind: source.KindArticle,
		Title:     "WHO report: New mpox cases in Africa surge by 61% in June",
		Publisher: k.Actor("A2"),
		URL:       "https://newtimes.co.rw/article/19175/news/health/who-report-new-mpox-cases-in-africa-surge-by-61-in-june",
		Published: source.Time{Start: outbreakReleased, Precision: source.PrecisionDay, Bound: source.BoundNotBefore},
		PublishedInferred: "not printed in the text read; the article reports the WHO report " +
			"released on August 12, in 2024",
		Language: language.English,
		Related:  []source.ID{k.Source("S2"), k.Source("S3")},
		Excerpt:  true,
		Description: "the article modelled here; the text read breaks off in its risk assessment, " +
			"and its author is not in it",
	})
	b.source("S1", source.Source{
		ID: k.Source("S1"), Kind: source.KindReport,
		Title:     "35th report on the multi-country mpox outbreak",
		Publisher: k.Actor("A1"),
		Published: b.when("S1", "on August 12"),
		Via:       article,
	})
	b.source("S2", source.Source{
		ID: k.Source("S2"), Kind: source.KindArticle,
		Title:       "WHO seeks mpox vaccine manufacturers for emergency evaluation amid surging outbreak",
		Via:         article,
		Description: "an article the article links to under ALSO READ",
	})
	b.source("S3", source.Source{
		ID: k.Source("S3"), Kind: source.KindArticle,
		Title:       "WHO calls for urgent action to address mpox surge in 17 African nations",
		Via:         article,
		Description: "an article the article links to under ALSO READ",
	})

	// Background, not from the report.
	b.source("S4", source.Source{
		ID: k.Source("S4"), Kind: source.KindArticle,
		Title:    "an Ashe News Daily article on Tedros's mpox figures",
		URL:      "https://ashenewsdaily.com/health-healthy-living/who-reports-18000-suspected-mpox-cases-629-deaths-in-drc",
		Language: language.English,
		Description: "background, not from the report: Ashe News Daily on Tedros's figures; " +
			"its date is not in the text read",
	})
	b.source("S5", source.Source{
		ID: k.Source("S5"), Kind: source.KindRemarks,
		Title:       "an online news conference",
		Authors:     []actor.ID{k.Actor("A3")},
		Published:   source.Time{Text: "on Friday"},
		Via:         k.Source("S4"),
		Description: "background, not from the report: Tedros at an online news conference on a Friday that S4 does not date",
	})
}

func (b *outbreakBuilder) events() {
	b.outbreak()
	b.release()
	b.firstCases()
	b.elsewhere()
	b.briefing()
}

// outbreakHead returns an event header with its census ID, title, status
// and sources.
func outbreakHead(census, title string, status event.Status, a ...source.Attribution) event.Header {
	return event.Header{ID: OutbreakKeys.Event(census), Title: title, Status: status, Attributions: a}
}

// outbreakLink returns a link to the sample's event with this census ID.
func outbreakLink(ref string, t event.LinkType, to, text string) event.Link {
	return event.Link{Ref: ref, Type: t, To: OutbreakKeys.Event(to), Text: text}
}

// June is the month of the report's figures. "In June" is a month without
// a year, which the Resolver refuses (it never guesses the year): the year
// is the report's, 2024, and the value is built by hand with the words as
// written.
func outbreakJune(text string) source.Time { return source.Month(2024, time.June, text) }

func (b *outbreakBuilder) outbreak() {
	k := OutbreakKeys
	report := b.says("S1", source.VerbReported, "")
	headline := b.says("S0", source.VerbReported, "")
	cases := source.MeasureConfirmedCases
	h := outbreakHead("E1", "Multi-country mpox outbreak", event.StatusOngoing, report)
	h.Names = []event.Name{{Text: "multi-country mpox outbreak", UsedBy: k.Actor("A1"), Attributions: []source.Attribution{report}}}

	// The headline reads the African Region's 61% share as a rise (F1);
	// both stay as written.
	surge := b.figure("F1", "61%", "", "case_increase", outbreakJune("in June"), headline, "T8")
	total := b.figure("F2", "934", "", cases, outbreakJune("In June"), report, "T19")
	deaths := b.figure("F3", "four", "", source.MeasureDeaths, outbreakJune("In June"), report, "T19")
	share := b.figure("F5", "61%", "", cases, outbreakJune("in June"), report, "T13")
	june := outbreakJune("In June")
	regions := []source.Count{
		b.figure("F6", "567", "", cases, june, report, "T13"),
		b.figure("F7", "175", "", cases, june, report, "T14"),
		b.figure("F8", "100", "", cases, june, report, "T15"),
		b.figure("F9", "81", "", cases, june, report, "T16"),
		b.figure("F10", "11", "", cases, june, report, "T17"),
		// "no cases" is not a figure ParseCount reads: 0 as written.
		b.figure("F11", "0", "no cases", cases, june, report, "T18"),
	}
	congo := b.figure("F12", "96%", "", cases, source.Time{}, report, "T1")
	// "only 24%" does not parse ("only" is no qualifier): the figure is
	// read from "24%" and keeps its words. It is a share of the suspected
	// cases that were tested: a measure of the suspected_cases family.
	tested := b.figure("F13", "24%", "only 24%", "tested", b.when("F13", "In 2024"), report, "T1")
	tested.Broader = source.MeasureSuspectedCases
	positivity := b.figure("F14", "65%", "", "positivity_rate", b.when("F14", "In 2024"), report, "T1")

	e, err := event.NewDisaster(h, event.HazardEpidemic).
		Affected(k.Territory("T19"), k.Territory("T8"), k.Territory("T13"), k.Territory("T14"), k.Territory("T15"),
			k.Territory("T16"), k.Territory("T17"), k.Territory("T1")).
		Toll(surge, total, deaths, share).
		Toll(regions...).
		Toll(congo, tested, positivity).
		Build()
	b.event("E1", e, err)
}

func (b *outbreakBuilder) release() {
	k := OutbreakKeys
	report := b.says("S1", source.VerbReported, "")
	who, medium := k.Actor("A1"), k.Source("S1")

	// E2: the release of the 35th report.
	h := outbreakHead("E2", "WHO releases its 35th report on the multi-country mpox outbreak", event.StatusOccurred,
		b.says("S0", source.VerbReported, ""))
	h.Time = b.when("E2", "on August 12")
	e, err := event.NewStatement(h, who, event.SpeechAnnounce).
		Content("mpox transmission continues around the world").
		Medium(medium).
		About(k.Event("E1")).
		Build()
	b.event("E2", e, err)

	// E3: the figures likely understate the cases.
	h = outbreakHead("E3", "WHO: the June figures likely understate the cases", event.StatusOccurred,
		b.says("S1", source.VerbReported, "The report, however, shows"))
	h.Links = []event.Link{
		outbreakLink("R1", event.LinkPartOf, "E2", ""),
		outbreakLink("R2", event.LinkQualifies, "E1", "underestimation"),
	}
	st, err := event.NewStatement(h, who, event.SpeechAssess).
		Content("reporting has declined, so the figures probably count fewer cases than there are").
		Medium(medium).
		Build()
	b.event("E3", st, err)

	// E4: the burden in DR Congo is likely higher than reported. The
	// article does not say whose inference it is; it sits in its account
	// of the report's updates on Africa.
	h = outbreakHead("E4", "WHO: the burden of mpox in DR Congo is likely higher than reported", event.StatusOccurred, report)
	h.Places = []territory.ID{k.Territory("T1")}
	h.Links = []event.Link{
		outbreakLink("R3", event.LinkPartOf, "E2", ""),
		outbreakLink("R4", event.LinkQualifies, "E1", "suggesting"),
	}
	st, err = event.NewStatement(h, who, event.SpeechAssess).
		Content("few suspected cases in DR Congo are tested and most tests are positive, so its real burden probably exceeds the reported one").
		Medium(medium).
		Build()
	b.event("E4", st, err)

	// E12: the risk assessment, of which the text read keeps only its
	// start.
	h = outbreakHead("E12", "WHO risk assessment: highest risk in eastern DR Congo and neighbouring areas", event.StatusOccurred, report)
	h.Places = []territory.ID{k.Territory("T11"), k.Territory("T12")}
	h.Links = []event.Link{outbreakLink("R9", event.LinkPartOf, "E2", "")}
	st, err = event.NewStatement(h, who, event.SpeechAssess).
		Content("the risk of mpox is highest in eastern DR Congo and the areas next to it").
		Medium(medium).
		About(k.Event("E1")).
		Build()
	b.event("E12", st, err)
}

func (b *outbreakBuilder) firstCases() {
	k := OutbreakKeys
	report := b.says("S1", source.VerbReported, "")
	h := outbreakHead("E5", "Mpox outbreak in East and Central Africa", event.StatusOngoing, report)
	e, err := event.NewDisaster(h, event.HazardEpidemic).Affected(k.Territory("T10")).Build()
	b.event("E5", e, err)

	// "from July to August 2024" is a span of months the Resolver does not
	// read: built by hand, the words as written.
	window := source.Between(time.Date(2024, time.July, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, time.August, 1, 0, 0, 0, 0, time.UTC),
		source.PrecisionMonth, "from July to August 2024")
	for _, c := range []struct{ census, country, name, ref string }{
		{"E6", "T2", "Burundi", "R5"},
		{"E7", "T3", "Kenya", "R6"},
		{"E8", "T4", "Rwanda", "R7"},
		{"E9", "T5", "Uganda", "R8"},
	} {
		h := outbreakHead(c.census, c.name+" reports its first mpox cases", event.StatusOccurred, report)
		h.Time = window
		h.Places = []territory.ID{k.Territory(c.country)}
		h.Links = []event.Link{outbreakLink(c.ref, event.LinkPartOf, "E5", "linked to")}
		h.Notes = []event.Remark{{Text: "identified as clade I", Attributions: []source.Attribution{report}}}
		o, err := event.NewOther(h, "reported its first mpox cases").Build()
		b.event(c.census, o, err)
	}
}

func (b *outbreakBuilder) elsewhere() {
	k := OutbreakKeys
	report := b.says("S1", source.VerbReported, "")
	h := outbreakHead("E10", "Mpox outbreak in Côte d'Ivoire", event.StatusOngoing, report)
	h.Notes = []event.Remark{{Text: "linked to clade II MPXV", Attributions: []source.Attribution{report}}}
	e, err := event.NewDisaster(h, event.HazardEpidemic).Affected(k.Territory("T6")).Build()
	b.event("E10", e, err)

	h = outbreakHead("E11", "South Africa reports two more mpox cases", event.StatusOccurred, report)
	h.Places = []territory.ID{k.Territory("T7")}
	h.Figures = []source.Count{b.figure("F15", "two", "", source.MeasureCases, source.Time{}, report, "T7")}
	o, err := event.NewOther(h, "reported additional mpox cases").Build()
	b.event("E11", o, err)
}

// briefing builds the background event E13: Tedros's figures, as Ashe
// News Daily (S4) reports his online news conference (S5). None of it is
// from the report.
func (b *outbreakBuilder) briefing() {
	k := OutbreakKeys
	tedros := b.says("S5", source.VerbSaid, "")
	// "this year" needs the date of the news conference, which S4 does
	// not print: the phrase stays, without a date.
	thisYear := source.Time{Text: "this year"}
	clade := func(ref, text, country string) source.Count {
		c := b.figure(ref, text, "", source.MeasureConfirmedCases, source.Time{}, tedros, country)
		c.Subject = "clade_1b"
		return c
	}
	h := outbreakHead("E13", "Tedros gives suspected mpox cases and deaths in DR Congo and clade 1b cases beyond it", event.StatusOccurred,
		b.says("S4", source.VerbReported, ""))
	h.Time = source.Time{Text: "on Friday"}
	h.Figures = []source.Count{
		b.figure("F16", "over 18,000", "", source.MeasureSuspectedCases, thisYear, tedros, "T1"),
		b.figure("F17", "629", "", source.MeasureDeaths, thisYear, tedros, "T1"),
		b.figure("F18", "more than 5,000", "", source.MeasureCases, source.Time{}, tedros, "T20", "T21"),
		b.figure("F19", "31", "", source.MeasureDeaths, source.Time{}, tedros, "T20", "T21"),
		clade("F20", "258", "T2"),
		clade("F21", "four", "T4"),
		clade("F22", "four", "T5"),
		clade("F23", "one", "T3"),
	}
	// "one each in Sweden and Thailand": one figure per country, read
	// from "one", with the words as written.
	for _, c := range []struct{ ref, country string }{{"F24", "T22"}, {"F25", "T23"}} {
		f := clade(c.ref, "one", c.country)
		f.Text = "one each"
		h.Figures = append(h.Figures, f)
	}
	e, err := event.NewStatement(h, k.Actor("A3"), event.SpeechAnnounce).
		Content("suspected cases and deaths of mpox in DR Congo this year, and clade 1b cases confirmed in other countries").
		Medium(k.Source("S5")).
		Build()
	b.event("E13", e, err)
}
