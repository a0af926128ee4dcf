package examples

import (
	"sync"
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

// ElectionKeys derives the IDs of the records of the [Election] sample
// from their census IDs: ElectionKeys.Event("E2") is the run-off.
const ElectionKeys Keys = "newsevent/examples/election/"

// Election builds the story of a Russian-language report on the run-off of
// the Ukrainian presidential election of 21 April 2019, through the public
// API: every item of its census (testdata/election/CENSUS.md), as the
// sources say it, with the same IDs on every call ([ElectionKeys]).
//
// The report (S1) is “ЦИК обнародовала данные 15% протоколов”, published by
// Telegraf at
// https://telegraf.com.ua/ukraina/politika/4970053-tsik-obnarodovala-dannyie-15-protokolov.html,
// in Russian. Its date is not printed in the text read, which also breaks
// off mid-sentence (the source is marked as an excerpt); it is recorded as
// not before 21 April 2019, marked as inferred (PublishedInferred). It gives
// the Central Election Commission's count after 15.78% of protocols
// (Zelensky 73.01%, Poroshenko 24.65%), that Zelensky leads in every oblast
// but Lviv oblast, three exit polls that disagree (the national exit poll,
// one commissioned by TSN of the channel 1+1, one shown on 112.Ukraine),
// and that Poroshenko, once the exit polls were out, called Zelensky and
// congratulated him on his victory. Names stay as printed, in Cyrillic.
//
// The report gives neither the dates nor the first round. These come as
// background, each item with its own source and marked so in the census:
//   - S6, Реальное время, “ЦИК объявил о победе Зеленского на выборах
//     президента Украины”,
//     https://m.realnoevremya.ru/news/137310-cik-obyavil-o-pobede-zelenskogo-na-vyborah-prezidenta-ukrainy
//     (Russian): the first round (E1: 30.24% and 15.95%), the CEC's count
//     after 100% of protocols (S7, E7: 73.22% and 24.45%);
//   - S8, apostrophe.ua,
//     https://apostrophe.ua/ua/news/politics/elections/2019-04-23/zelenskij--prezident-cik-zavershila-podschet-golosov/160780
//     (Ukrainian, dated 23 April 2019 by its address): the dates of both
//     rounds (“31 березня”, “У неділю, 21 квітня”), the first-round places,
//     the Ukrainian forms of the candidates' names, and the count of 100% of
//     ballots on the CEC's website (S9, E8: 73.22% and 24.4%).
//
// So E1, E7, E8, S6–S9, A10, figures F12–F21 and link R5 are background,
// as are the dates of E1 and E2. The years of those dates are not printed
// beside them: they come from S8's address. The Latin forms of the candidates' names
// (ru-Latn, BGN/PCGN) are the dataset's own transliterations; no source
// prints them. The ISO 3166 codes are facts of ISO 3166.
func Election() (*newsevent.Story, error) {
	b := &electionBuilder{recorder{name: "election"}}
	b.actors()
	b.territories()
	b.sources()
	b.events()
	return b.done()
}

// MustElection is like [Election] but panics if the story cannot be built,
// which would be a bug in this package. It is for tests and examples.
func MustElection() *newsevent.Story { return mustStory(Election) }

// ElectionCensus returns the census IDs of the [Election] sample in census
// order, as testdata/election/CENSUS.md lists them: actors A1–A10,
// territories T1–T2, sources S1–S9, events E1–E8, then the items inside
// records, which carry their census ID in their Ref field: figures F1–F21
// and links R1–R5.
func ElectionCensus() []string {
	return censusOf(span{"A", 1, 10}, span{"T", 1, 2}, span{"S", 1, 9}, span{"E", 1, 8}, span{"F", 1, 21}, span{"R", 1, 5})
}

// ElectionLabel returns the census ID of the [Election] sample's record
// with this ID ("E2" for the run-off), or "" for an ID of no census record:
// the Label option of format/timeline and format/dot.
func ElectionLabel(id uuid.UUID) string { return electionLabels()(id) }

var electionLabels = sync.OnceValue(func() func(uuid.UUID) string {
	return ElectionKeys.Labels(ElectionCensus())
})

// electionBuilder builds the sample's records through its recorder.
type electionBuilder struct{ recorder }

// source adds a source given as a literal.
func (b *electionBuilder) source(census string, s source.Source) {
	b.add(census, newsevent.SourceRecord{Source: s})
}

// The languages of the sources: the report and S6 are in Russian, S8 in
// Ukrainian. electionLatin tags the dataset's own transliterations of the
// Russian names (BGN/PCGN), which no source prints.
var (
	electionRussian   = language.Russian
	electionUkrainian = language.Ukrainian
	electionLatin     = language.MustParse("ru-Latn")
)

// The measures of the sample's figures that the library does not name.
const (
	electionProtocols source.Measure = "protocols_processed" // the share of the polling stations' protocols counted
	electionBallots   source.Measure = "ballots_counted"     // the share of the ballots counted
	electionPlace     source.Measure = "place"               // a candidate's place in the count: first, second
)

// electionSays attributes to the sample's source with this census ID.
func electionSays(census string, verb source.Verb, text string) source.Attribution {
	a := source.Attribute(ElectionKeys.Source(census), verb)
	a.Text = text
	return a
}

// share reads a share of the votes as the source prints it ("73,01%"), in
// the number conventions of its language, for the candidate of.
func (b *electionBuilder) share(ref, text string, lang language.Tag, of actor.ID, a ...source.Attribution) source.Count {
	c := b.figure(ref, text, lang, source.MeasureVotes, a...)
	c.Of = of
	return c
}

// figure reads a figure as the source prints it, in the number
// conventions of its language, and gives it its census ref, measure and
// sources.
func (b *electionBuilder) figure(ref, text string, lang language.Tag, measure source.Measure, a ...source.Attribution) source.Count {
	c, err := source.CountParser{Lang: lang}.Parse(text)
	b.keep(ref, err)
	c.Ref, c.Measure, c.Attributions = ref, measure, a
	return c
}

// electionPlaceOf is a candidate's place in a count, built by hand: the parsers read
// no Russian or Ukrainian words ("Друге місце", "лидирует").
func electionPlaceOf(ref, text string, place float64, of actor.ID, a ...source.Attribution) source.Count {
	return source.Count{Ref: ref, Value: place, Qualifier: source.QualifierExact, Text: text,
		Measure: electionPlace, Unit: source.UnitOrdinal, Of: of, Attributions: a}
}

func (b *electionBuilder) actors() {
	k := ElectionKeys
	ukraine := k.Actor("A3")
	b.actor("A1", actor.New(k.Actor("A1"), actor.KindPerson, "Владимир Зеленский").
		Names(vocab.Name{Text: "Владимир Зеленский", Lang: electionRussian},
			vocab.Name{Text: "Володимир Зеленський", Lang: electionUkrainian},
			vocab.Name{Text: "Vladimir Zelenskiy", Lang: electionLatin}).
		Aliases(actor.Alias{Text: "В.Зеленский", Kind: actor.AliasOther, Lang: electionRussian}).
		Roles(actor.Role{Title: "кандидат в президенты", Of: ukraine},
			actor.Role{Title: "шоумен"}).
		Country("UA"))
	b.actor("A2", actor.New(k.Actor("A2"), actor.KindPerson, "Петр Порошенко").
		Names(vocab.Name{Text: "Петр Порошенко", Lang: electionRussian},
			vocab.Name{Text: "Петро Порошенко", Lang: electionUkrainian},
			vocab.Name{Text: "Petr Poroshenko", Lang: electionLatin}).
		Aliases(actor.Alias{Text: "П.Порошенко", Kind: actor.AliasOther, Lang: electionRussian}).
		Roles(actor.Role{Title: "кандидат в президенты", Of: ukraine},
			actor.Role{Title: "глава государства", Of: ukraine, Text: "действующий глава государства"}).
		Country("UA"))
	b.actor("A3", actor.New(ukraine, actor.KindState, "Украина").
		Names(vocab.Name{Text: "Украина", Lang: electionRussian}).
		Country("UA"))
	b.actor("A4", actor.New(k.Actor("A4"), actor.KindOrganisation, "Центральная избирательная комиссия").
		Names(vocab.Name{Text: "Центральная избирательная комиссия", Lang: electionRussian}).
		Aliases(actor.Alias{Text: "ЦИК", Kind: actor.AliasAbbreviation, Lang: electionRussian},
			actor.Alias{Text: "ЦИК Украины", Kind: actor.AliasOther, Lang: electionRussian},
			actor.Alias{Text: "ЦВК", Kind: actor.AliasAbbreviation, Lang: electionUkrainian}).
		Country("UA"))
	b.actor("A5", actor.New(k.Actor("A5"), actor.KindMedia, "ТСН").
		MemberOf(k.Actor("A6")).
		Description("ordered an exit poll; the report names it with its channel, 1+1"))
	b.actor("A6", actor.New(k.Actor("A6"), actor.KindMedia, "1+1").
		Description("a television channel (телеканал)"))
	b.actor("A7", actor.New(k.Actor("A7"), actor.KindMedia, "112.Украина").
		Description("a television channel (телеканал) that showed an exit poll"))
	b.actor("A8", actor.New(k.Actor("A8"), actor.KindOrganisation, "").
		Description("whoever conducted the exit poll ordered by ТСН; the report does not name it, nor say what sort of body it is"))
	b.actor("A9", actor.New(k.Actor("A9"), actor.KindMedia, "Telegraf").
		Description("the outlet of the report, at telegraf.com.ua; the text read does not print its name"))
	b.actor("A10", actor.New(k.Actor("A10"), actor.KindMedia, "Реальное время").
		Names(vocab.Name{Text: "Реальное время", Lang: electionRussian}).
		Description("background: the outlet of S6, which prints its name in the genitive, «Реального времени»"))
}

func (b *electionBuilder) territories() {
	k := ElectionKeys
	b.territory("T1", territory.New(k.Territory("T1"), territory.KindCountry, "Украина").
		Names(vocab.Name{Text: "Украина", Lang: electionRussian}).
		Country("UA"))
	b.territory("T2", territory.New(k.Territory("T2"), territory.KindRegion, "Львовская область").
		Names(vocab.Name{Text: "Львовская область", Lang: electionRussian}).
		Country("UA").Subdivision("UA-46").Parent(k.Territory("T1")).
		Description("printed in the genitive, «Львовской области»: the one oblast where Zelensky does not lead"))
}

// The dates the sources give. The report prints none; S8's address dates
// S8 23 April 2019, and S8 dates both rounds without their year.
var (
	electionRunoff = time.Date(2019, time.April, 21, 0, 0, 0, 0, time.UTC)
	electionS8Date = time.Date(2019, time.April, 23, 0, 0, 0, 0, time.UTC)
)

func (b *electionBuilder) sources() {
	k := ElectionKeys
	report := k.Source("S1")
	notBeforeRunoff := source.Time{Start: electionRunoff, Precision: source.PrecisionDay, Bound: source.BoundNotBefore}
	b.source("S1", source.Source{ID: report, Kind: source.KindArticle,
		Title:             "ЦИК обнародовала данные 15% протоколов",
		Publisher:         k.Actor("A9"),
		URL:               "https://telegraf.com.ua/ukraina/politika/4970053-tsik-obnarodovala-dannyie-15-protokolov.html",
		Published:         notBeforeRunoff,
		PublishedInferred: "not printed: the report gives the count of the run-off, held on 21 April 2019 (S8)",
		Language:          electionRussian,
		Excerpt:           true,
		Description:       "the report modelled here; the text read shows no author and no date, and breaks off mid-sentence after its account of the call"})
	b.source("S2", source.Source{ID: k.Source("S2"), Kind: source.KindReport,
		Title: "the national exit poll", Via: report,
		Description: "the report does not say who conducted or published it"})
	b.source("S3", source.Source{ID: k.Source("S3"), Kind: source.KindReport,
		Title: "the exit poll ordered by ТСН", Authors: []actor.ID{k.Actor("A8")}, Via: report,
		Description: "conducted to the order of ТСН (1+1); no field of a source says who ordered it, so the event E3 gives ТСН the role commissioner"})
	b.source("S4", source.Source{ID: k.Source("S4"), Kind: source.KindBroadcast,
		Title: "the exit poll shown on 112.Украина", Publisher: k.Actor("A7"), Via: report})
	b.source("S5", source.Source{ID: k.Source("S5"), Kind: source.KindStatement,
		Title: "the CEC's count after 15.78% of protocols", Authors: []actor.ID{k.Actor("A4")}, Via: report})

	b.source("S6", source.Source{ID: k.Source("S6"), Kind: source.KindArticle,
		Title:             "ЦИК объявил о победе Зеленского на выборах президента Украины",
		Publisher:         k.Actor("A10"),
		URL:               "https://m.realnoevremya.ru/news/137310-cik-obyavil-o-pobede-zelenskogo-na-vyborah-prezidenta-ukrainy",
		Published:         notBeforeRunoff,
		PublishedInferred: "not printed: it gives the count of the run-off, held on 21 April 2019 (S8)",
		Language:          electionRussian,
		Description:       "background, not from the report: the first round and the count after 100% of protocols"})
	b.source("S7", source.Source{ID: k.Source("S7"), Kind: source.KindStatement,
		Title: "the CEC's count after 100% of protocols", Authors: []actor.ID{k.Actor("A4")}, Via: k.Source("S6"),
		Description: "background, not from the report"})
	b.source("S8", source.Source{ID: k.Source("S8"), Kind: source.KindArticle,
		Title:             "apostrophe.ua on the CEC's count of 100% of ballots",
		URL:               "https://apostrophe.ua/ua/news/politics/elections/2019-04-23/zelenskij--prezident-cik-zavershila-podschet-golosov/160780",
		Published:         source.Time{Start: electionS8Date, Precision: source.PrecisionDay},
		PublishedInferred: "the date in the address",
		Language:          electionUkrainian,
		Description:       "background, not from the report: the dates of both rounds, the first-round places and the count of 100% of ballots; the text read has no title, so the title here is the dataset's"})
	b.source("S9", source.Source{ID: k.Source("S9"), Kind: source.KindReport,
		Title: "the CEC's website: the count of 100% of ballots", Publisher: k.Actor("A4"), Via: k.Source("S8"),
		Description: "background, not from the report"})
}

// electionHead returns an event header with its census ID, title and
// sources.
func electionHead(census, title string, status event.Status, a ...source.Attribution) event.Header {
	return event.Header{ID: ElectionKeys.Event(census), Title: title, Status: status, Attributions: a}
}

// electionLink returns a link with its census ref.
func electionLink(ref string, t event.LinkType, to, text string) event.Link {
	return event.Link{Ref: ref, Type: t, To: ElectionKeys.Event(to), Text: text}
}

func (b *electionBuilder) events() {
	b.firstRound()
	b.runoff()
	b.concession()
	b.counts()
}

// firstRound is E1, all of it background (S6, S8).
func (b *electionBuilder) firstRound() {
	k := ElectionKeys
	zelensky, poroshenko := k.Actor("A1"), k.Actor("A2")
	s6, s8 := electionSays("S6", source.VerbReported, ""), electionSays("S8", source.VerbReported, "")
	h := electionHead("E1", "First round of the Ukrainian presidential election", event.StatusOccurred, s6, s8)
	// "31 березня" (S8): the parsers read no Ukrainian; the year is S8's.
	h.Time = source.Day(2019, time.March, 31, "31 березня")
	h.Places = []territory.ID{k.Territory("T1")}
	h.Names = []event.Name{{Text: "перший тур", Attributions: []source.Attribution{s8}}}
	e, err := event.NewElection(h, "президент Украины").Of(k.Actor("A3")).Round(1).
		Candidates(
			event.Candidate{Actor: zelensky, Outcome: event.OutcomeRunoff, Results: []source.Count{
				b.share("F18", "30,24%", electionUkrainian, zelensky, s6, s8),
				electionPlaceOf("F20", "виграв перший тур", 1, zelensky, s8),
			}},
			event.Candidate{Actor: poroshenko, Outcome: event.OutcomeRunoff, Results: []source.Count{
				b.share("F19", "15,95%", electionUkrainian, poroshenko, s6, s8),
				electionPlaceOf("F21", "Друге місце", 2, poroshenko, s8),
			}},
		).
		Build()
	b.event("E1", e, err)
}

// runoff is E2: the report's figures, then the background counts of 100%.
func (b *electionBuilder) runoff() {
	k := ElectionKeys
	zelensky, poroshenko := k.Actor("A1"), k.Actor("A2")
	ru := electionRussian
	report := electionSays("S1", source.VerbReported, "")
	cec := electionSays("S5", source.VerbSaid, "сообщает Центральная избирательная комиссия")
	national := electionSays("S2", source.VerbAccordingTo, "по данным национального экзит-пола")
	tsn := electionSays("S3", source.VerbAccordingTo, "согласно экзит-полу")
	channel := electionSays("S4", source.VerbAccordingTo, "по данным экзит-пола")
	cecFinal := electionSays("S7", source.VerbSaid, "сообщил ЦИК Украины")
	cecSite := electionSays("S9", source.VerbReported, "на сайті ЦВК")

	estimated := func(c source.Count) source.Count {
		c.Modality = source.ModalityEstimated
		return c
	}
	partial := func(c source.Count) source.Count {
		c.Includes = []string{"15,78% протоколов"}
		return c
	}
	final := func(c source.Count, includes, revises string) source.Count {
		c.Includes, c.Revises = []string{includes}, revises
		return c
	}

	h := electionHead("E2", "Run-off of the Ukrainian presidential election", event.StatusOccurred,
		report, electionSays("S6", source.VerbReported, ""), electionSays("S8", source.VerbReported, ""))
	// "У неділю, 21 квітня" (S8): the parsers read no Ukrainian; the year
	// is S8's. The report itself gives no date.
	h.Time = source.Day(2019, time.April, 21, "У неділю, 21 квітня")
	h.Places = []territory.ID{k.Territory("T1")}
	h.Links = []event.Link{electionLink("R1", event.LinkFollows, "E1", "")}
	h.Names = []event.Name{{Text: "другий тур", Attributions: []source.Attribution{electionSays("S8", source.VerbReported, "")}}}
	h.Figures = []source.Count{
		b.figure("F1", "15%", ru, electionProtocols, report),
		b.figure("F2", "15,78%", ru, electionProtocols, cec),
		b.figure("F14", "100%", ru, electionProtocols, cecFinal),
		b.figure("F17", "100%", electionUkrainian, electionBallots, cecSite),
	}
	h.Figures[2].Revises = "F2"

	leads := electionPlaceOf("F5", "лидирует", 1, zelensky, report)
	leads.In = []vocab.TerritoryID{vocab.TerritoryID(k.Territory("T1"))}
	leads.Excluding = []vocab.TerritoryID{vocab.TerritoryID(k.Territory("T2"))}
	leads.Includes = []string{"во всех областях"}

	e, err := event.NewElection(h, "президент Украины").Of(k.Actor("A3")).Round(2).
		Candidates(
			event.Candidate{Actor: zelensky, Outcome: event.OutcomeWon, Results: []source.Count{
				estimated(b.share("F6", "73%", ru, zelensky, national)),
				estimated(b.share("F8", "72,7%", ru, zelensky, tsn)),
				estimated(b.share("F10", "73,7%", ru, zelensky, channel)),
				partial(b.share("F3", "73,01%", ru, zelensky, cec)),
				final(b.share("F12", "73,22%", ru, zelensky, cecFinal), "100% протоколов", "F3"),
				final(b.share("F15", "73,22%", electionUkrainian, zelensky, cecSite), "100% бюлетенів", "F3"),
				leads,
			}},
			event.Candidate{Actor: poroshenko, Outcome: event.OutcomeLost, Results: []source.Count{
				estimated(b.share("F7", "25%", ru, poroshenko, national)),
				estimated(b.share("F9", "27,3%", ru, poroshenko, tsn)),
				estimated(b.share("F11", "26,3%", ru, poroshenko, channel)),
				partial(b.share("F4", "24,65%", ru, poroshenko, cec)),
				final(b.share("F13", "24,45%", ru, poroshenko, cecFinal), "100% протоколов", "F4"),
				final(b.share("F16", "24,4%", electionUkrainian, poroshenko, cecSite), "100% бюлетенів", "F4"),
			}},
		).
		Winner(zelensky).
		Build()
	b.event("E2", e, err)
}

// concession is E3 to E5: the exit polls made public, then Poroshenko's
// call to Zelensky and his congratulations.
func (b *electionBuilder) concession() {
	k := ElectionKeys
	zelensky, poroshenko := k.Actor("A1"), k.Actor("A2")
	reported := electionSays("S1", source.VerbReported, "")

	h := electionHead("E3", "Exit poll results of the run-off made public", event.StatusOccurred,
		electionSays("S1", source.VerbReported, "как сообщалось"))
	h.Links = []event.Link{electionLink("R2", event.LinkAbout, "E2", "")}
	o, err := event.NewOther(h, "made exit poll results public").
		Roles(event.Participant{Actor: k.Actor("A8"), Role: "pollster"},
			event.Participant{Actor: k.Actor("A5"), Role: "commissioner"},
			event.Participant{Actor: k.Actor("A7"), Role: "broadcaster"}).
		Build()
	b.event("E3", o, err)

	h = electionHead("E4", "Poroshenko calls Zelensky", event.StatusOccurred, reported)
	h.Links = []event.Link{electionLink("R3", event.LinkFollows, "E3", "после обнародования результатов экзит-полов")}
	m, err := event.NewMeeting(h, poroshenko, zelensky).Remote().Build()
	b.event("E4", m, err)

	h = electionHead("E5", "Poroshenko congratulates Zelensky on his victory", event.StatusOccurred, reported)
	h.Links = []event.Link{electionLink("R4", event.LinkDuring, "E4", "")}
	s, err := event.NewStatement(h, poroshenko, event.SpeechPraise, event.SpeechConcede).
		Addressees(zelensky).
		Content("congratulated Zelensky on his victory in the presidential election").
		About(k.Event("E2")).
		Build()
	b.event("E5", s, err)
}

// counts is E6 to E8: the CEC's counts as events of their own.
func (b *electionBuilder) counts() {
	k := ElectionKeys
	cec := k.Actor("A4")

	h := electionHead("E6", "The CEC publishes its count after 15.78% of protocols", event.StatusOccurred,
		electionSays("S5", source.VerbSaid, "сообщает Центральная избирательная комиссия"),
		electionSays("S1", source.VerbReported, ""))
	s, err := event.NewStatement(h, cec, event.SpeechAnnounce).
		Content("the results after 15.78% of protocols were processed").
		Medium(k.Source("S5")).
		About(k.Event("E2")).
		Build()
	b.event("E6", s, err)

	h = electionHead("E7", "The CEC announces Zelensky's victory after 100% of protocols", event.StatusOccurred,
		electionSays("S7", source.VerbSaid, "сообщил ЦИК Украины"),
		electionSays("S6", source.VerbReported, ""))
	s, err = event.NewStatement(h, cec, event.SpeechAnnounce).
		Subjects(k.Actor("A1")).
		Content("Zelensky won: the results after 100% of protocols were processed").
		Medium(k.Source("S7")).
		About(k.Event("E2")).
		Build()
	b.event("E7", s, err)

	h = electionHead("E8", "The CEC's website publishes the count of 100% of ballots", event.StatusOccurred,
		electionSays("S9", source.VerbReported, "на сайті ЦВК"),
		electionSays("S8", source.VerbReported, ""))
	h.Links = []event.Link{electionLink("R5", event.LinkPossiblySameAs, "E7", "")}
	s, err = event.NewStatement(h, cec, event.SpeechAnnounce).
		Content("the count of 100% of ballots").
		Medium(k.Source("S9")).
		About(k.Event("E2")).
		Build()
	b.event("E8", s, err)
}
