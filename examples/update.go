package examples

// This file builds the update sample: a later report, from another
// outlet, on the Russian strike of April 24, 2025 that the worked article
// reports (its E10), to be merged into the article.

import (
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Update builds the story of a later report on the article's strike of
// Thursday, April 24, 2025 (the article's E10): the Kyiv Independent's
// report of April 28, 2025 that the toll of the attack on Kyiv has risen
// to 13, at
// https://kyivindependent.com/death-toll-of-russias-april-24-strike-on-kyiv-rises-to-13/
// (outlet The Kyiv Independent; its date is that of the stored copy,
// which carries no headline, so the sample calls it "The Kyiv
// Independent, April 28, 2025"). Every item of its census
// (testdata/update/CENSUS.md; [UpdateCensus] lists the IDs) is built,
// through the public API, and nothing the report does not say: no
// background source is added. ISO 3166 codes are facts of ISO 3166.
//
// The report gives: the toll of 13, as a man burned in the attack died in
// hospital, per Tymur Tkachenko, head of the Kyiv City Military
// Administration, on April 28; almost 90 injured, six of them children;
// the attack came overnight, with missiles and drones, and also targeted
// seven regions it names; fires and debris, per Kyiv officials; "massive
// combined strike", per officials; the Kremlin's demands just hours
// before; and the U.S.-led efforts for a ceasefire, with Ukraine's offer
// to accept a 30-day pause, which Russia has so far refused.
//
// The sample is a delta to the article, for a merge to join. A record
// that is the same thing as one of the article's has the article's ID
// ([EventID]("E10") for the strike; [ActorID] "A10"–"A12" for the United
// States, Russia and Ukraine; [TerritoryID] "T1", "T7", "T10" and "T13"
// for Ukraine, Kyiv, Crimea and Zaporizhzhia), and holds only what this
// report says of it: the strike has this report's title ("Russian aerial
// attack on Kyiv", where the article's is another, a conflict a merge
// reports), its time ("on April 24"), and figures attributed to this
// report's sources. A record new to the update has the ID the same
// functions derive from its census ID, which starts with "U-":
// [ActorID]("U-A2") is Tkachenko, [SourceID]("U-S1") the report.
// [UpdateLabel] gives the census ID of either.
//
// The new toll revises the article's by address: the figure U-F1 (13
// killed) has Revises "F2", the article's "as many as 12", and U-F2
// (almost 90 injured) has Revises "F3", the article's 90; both sit in the
// record E10, where the article holds F2 and F3, so their RevisesIn is
// zero. The report's "overnight" (U-W1, an [event.ReportedTime]) revises
// the strike's own time ([event.RefTime]), the article's "Thursday" once
// merged. The strike's place in the report is Kyiv; its figures, like
// the article's, have no place of their own (In), so they count at the
// strike's places, and once merged [source.Latest] takes 13 and almost 90
// over the figures they revise.
//
// So the update alone does not validate: the story's Validate reports
// the two revisions as unresolved (the rule vocab.RuleUnresolved, at
// events[0].casualties[0].revises and events[0].casualties[1].revises),
// as F2 and F3 are only in the article, and nothing else. Update
// therefore checks each record as it builds it (its builder, or its own
// Validate) but does not validate the story as a whole, unlike the other
// samples; it returns an error only when a record cannot be built or
// added. Every call returns an equal story with the same IDs.
func Update() (*newsevent.Story, error) {
	b := &updateBuilder{recorder{name: "update"}}
	b.actors()
	b.territories()
	b.sources()
	b.statuses()
	b.events()
	if b.err != nil {
		return nil, b.err
	}
	return &b.s, nil
}

// MustUpdate is like [Update] but panics if the story cannot be built,
// which would be a bug in this package. It is for tests and examples.
func MustUpdate() *newsevent.Story { return mustStory(Update) }

// UpdateCensus returns the census IDs of the [Update] sample in the order
// of its census, testdata/update/CENSUS.md: actors, territories, sources,
// statuses and events (the article's census IDs for the records it shares
// with the article, "U-" IDs for its own), then the items that live inside
// records and carry their census ID as their Ref: clauses (U-C), figures
// (U-F), quotes (U-Q), links (U-R) and reported times (U-W).
func UpdateCensus() []string {
	ids := []string{"A10", "A11", "A12"}
	ids = append(ids, censusOf(span{"U-A", 1, 6})...)
	ids = append(ids, "T1", "T7", "T10", "T13")
	ids = append(ids, censusOf(span{"U-T", 1, 7}, span{"U-S", 1, 4}, span{"U-TS", 1, 1})...)
	ids = append(ids, "E10")
	return append(ids, censusOf(span{"U-E", 1, 5}, span{"U-C", 1, 1}, span{"U-F", 1, 5},
		span{"U-Q", 1, 1}, span{"U-R", 1, 3}, span{"U-W", 1, 1})...)
}

// UpdateLabel returns the census ID of the [Update] sample's record with
// this ID ("E10" for the strike, "U-A2" for Tkachenko), or "" for an ID of
// no census record: the Label option of format/timeline and format/dot.
func UpdateLabel(id uuid.UUID) string { return updateLabels[id] }

var updateLabels = func() map[uuid.UUID]string {
	m := make(map[uuid.UUID]string)
	for _, c := range UpdateCensus() {
		if id := updateID(c); id != (uuid.UUID{}) {
			m[id] = c
		}
	}
	return m
}()

// updateID returns the ID of the update's record with this census ID, by
// its kind (the prefix after any "U-"): the article's ID functions give
// it, so a census ID the article has gives the article's record. Items
// inside records (figures, quotes...) give the zero UUID.
func updateID(census string) uuid.UUID {
	switch k := strings.TrimPrefix(census, "U-"); {
	case strings.HasPrefix(k, "TS"):
		return uuid.UUID(StatusID(census))
	case strings.HasPrefix(k, "A"):
		return uuid.UUID(ActorID(census))
	case strings.HasPrefix(k, "T"):
		return uuid.UUID(TerritoryID(census))
	case strings.HasPrefix(k, "S"):
		return uuid.UUID(SourceID(census))
	case strings.HasPrefix(k, "E"):
		return uuid.UUID(EventID(census))
	}
	return uuid.UUID{}
}

// The days the report speaks of: the strike, and the day of Tkachenko's
// words and of the report.
var (
	updateApril24 = time.Date(2025, time.April, 24, 0, 0, 0, 0, time.UTC)
	updateApril28 = time.Date(2025, time.April, 28, 0, 0, 0, 0, time.UTC)
)

// updateBuilder builds the sample's records through its recorder.
type updateBuilder struct{ recorder }

// when resolves a phrase of the report against ref.
func (b *updateBuilder) when(phrase string, ref time.Time) source.Time {
	t, err := source.ParseTime(phrase, ref)
	if err != nil { // the label is made only for an error
		b.keep("time "+phrase, err)
	}
	return t
}

// count parses a figure as written and gives it its census ref, measure,
// place and sources.
func (b *updateBuilder) count(ref, text string, measure source.Measure, in []territory.ID, a ...source.Attribution) source.Count {
	c, err := source.ParseCount(text)
	b.keep(ref, err)
	c.Ref, c.Measure, c.In, c.Attributions = ref, measure, in, a
	return c
}

// updateSays attributes to the update's source with this census ID.
func updateSays(census string, verb source.Verb, text string, quotes ...source.Quote) source.Attribution {
	a := source.Attribute(SourceID(census), verb, quotes...)
	a.Text = text
	return a
}

func (b *updateBuilder) actors() {
	b.actor("A10", actor.New(ActorID("A10"), actor.KindState, "United States").
		Aliases(actor.Alias{Text: "U.S.", Kind: actor.AliasAbbreviation}).
		Country("US"))
	b.actor("A11", actor.New(ActorID("A11"), actor.KindState, "Russia").
		Aliases(actor.Alias{Text: "the Kremlin", Kind: actor.AliasMetonym}).
		Country("RU"))
	b.actor("A12", actor.New(ActorID("A12"), actor.KindState, "Ukraine").
		Country("UA"))
	b.actor("U-A1", actor.New(ActorID("U-A1"), actor.KindMedia, "The Kyiv Independent"))
	b.actor("U-A2", actor.New(ActorID("U-A2"), actor.KindPerson, "Tymur Tkachenko").
		Roles(actor.Role{Title: "head", Of: ActorID("U-A3"), Text: "Kyiv City Military Administration head"}))
	b.actor("U-A3", actor.New(ActorID("U-A3"), actor.KindGovernment, "Kyiv City Military Administration"))
	b.actor("U-A4", actor.New(ActorID("U-A4"), actor.KindGroup, "").
		Description("Kyiv officials, not named"))
	b.actor("U-A5", actor.New(ActorID("U-A5"), actor.KindGroup, "").
		Description("officials, not named, who described the strike"))
	b.actor("U-A6", actor.New(ActorID("U-A6"), actor.KindPerson, "").
		Description("a 45-year-old man, not named, who suffered severe burns in the attack"))
}

// updateTargeted are the other regions the report names as targeted, in
// its order, with their ISO 3166-2 codes; Zaporizhzhia is the article's
// T13.
var updateTargeted = []struct{ census, name, code string }{
	{"U-T1", "Zhytomyr", "UA-18"},
	{"U-T2", "Dnipropetrovsk", "UA-12"},
	{"U-T3", "Kharkiv", "UA-63"},
	{"U-T4", "Poltava", "UA-53"},
	{"U-T5", "Khmelnytskyi", "UA-68"},
	{"U-T6", "Sumy", "UA-59"},
	{"T13", "Zaporizhzhia", "UA-23"},
}

func (b *updateBuilder) territories() {
	ua := TerritoryID("T1")
	// The article's places, as the article's records have them (its
	// Wikidata items and points: see article.go).
	b.territory("T1", territory.New(ua, territory.KindCountry, "Ukraine").Country("UA").Point(countryPoints["UA"]).ExternalIDs(wikidata("Q212")))
	b.territory("T7", territory.New(TerritoryID("T7"), territory.KindCity, "Kyiv").Country("UA").Subdivision("UA-30").Parent(ua).
		Point(pointKyiv).ExternalIDs(wikidata("Q1899")))
	region := func(census, name, code string, ids ...vocab.ExternalID) {
		b.territory(census, territory.New(TerritoryID(census), territory.KindRegion, name).Country("UA").Subdivision(code).Parent(ua).
			Point(gazetteerPoints[census]).ExternalIDs(ids...))
	}
	region("T10", "Crimea", "UA-43", wikidata("Q756294"))
	for _, r := range updateTargeted {
		if r.census == "T13" {
			region(r.census, r.name, r.code, wikidata("Q171334"))
			continue
		}
		region(r.census, r.name, r.code)
	}
	b.territory("U-T7", territory.New(TerritoryID("U-T7"), territory.KindRegion, "").
		Country("UA").Parent(ua).Group().Description("four partially occupied regions, not named"))
}

func (b *updateBuilder) sources() {
	report := SourceID("U-S1")
	b.source("U-S1", source.New(report, source.KindArticle).
		Title("The Kyiv Independent, April 28, 2025").
		Publisher(ActorID("U-A1")).
		URL("https://kyivindependent.com/death-toll-of-russias-april-24-strike-on-kyiv-rises-to-13/").
		Published(source.Day(2025, time.April, 28, "")).
		PublishedInferred("the date of the stored copy of the page; the report dates Tkachenko's words April 28").
		Language(english).
		Description("the report modelled here, a later report on the article's strike of April 24; the stored copy carries no headline, so the title is the sample's"))
	statement := func(census, author, title string) *source.Builder {
		return source.New(SourceID(census), source.KindStatement).Authors(ActorID(author)).Title(title).Via(report)
	}
	b.source("U-S2", statement("U-S2", "U-A2", "Tkachenko on the toll of the April 24 attack").
		Published(b.when("on April 28", updateApril28)))
	b.source("U-S3", statement("U-S3", "U-A4", "Kyiv officials on the damage"))
	b.source("U-S4", statement("U-S4", "U-A5", "officials on the strike"))
}

func (b *updateBuilder) statuses() {
	b.status("U-TS1", territory.NewStatus(StatusID("U-TS1"), territory.RelationClaims, ActorID("A11"), territory.StandingAsserted,
		TerritoryID("U-T7"), TerritoryID("T10")).
		Words("Russia’s claims over four partially occupied regions, Crimea").
		Attributions(updateSays("U-S1", source.VerbReported, "")))
}

func (b *updateBuilder) events() {
	b.strike()
	b.death()
	b.demands()
	b.ceasefire()
}

// strike builds the update's version of the article's E10: only what
// this report says of it.
func (b *updateBuilder) strike() {
	ki := updateSays("U-S1", source.VerbReported, "")
	tkachenko := updateSays("U-S2", source.VerbSaid, "Kyiv City Military Administration head Tymur Tkachenko said on April 28")

	h := event.Header{ID: EventID("E10"), Title: "Russian aerial attack on Kyiv", Status: event.StatusOccurred,
		Attributions: []source.Attribution{ki, tkachenko}}
	h.Time = b.when("on April 24", updateApril28)
	h.Places = []territory.ID{TerritoryID("T7")}
	// "overnight": the night into April 24. It revises the strike's own
	// time, the article's "Thursday" once the two are merged.
	h.OtherTimes = []event.ReportedTime{{Ref: "U-W1", Time: b.when("overnight", updateApril24),
		Attributions: []source.Attribution{updateSays("U-S1", source.VerbReported, "")}, Revises: event.RefTime}}
	h.Notes = []event.Remark{
		{Text: "one of the deadliest assaults on Kyiv in recent months", Attributions: []source.Attribution{updateSays("U-S1", source.VerbAssessed, "")}},
		{Text: "Fires broke out across residential neighborhoods", Attributions: []source.Attribution{updateSays("U-S3", source.VerbSaid, "Kyiv officials said")}},
		{Text: "debris from intercepted missiles fell in multiple districts", Attributions: []source.Attribution{updateSays("U-S3", source.VerbSaid, "Kyiv officials said")}},
		{Text: "what officials described as a “massive combined strike”", Attributions: []source.Attribution{updateSays("U-S4", source.VerbSaid, "what officials described as",
			source.Quote{Ref: "U-Q1", Text: "massive combined strike", Lang: english, Speaker: ActorID("U-A5"), Medium: SourceID("U-S4")})}},
	}

	killed := b.count("U-F1", "13", source.MeasureKilled, nil, tkachenko, updateSays("U-S1", source.VerbReported, "killing 13 people"))
	killed.Revises, killed.AsOf = "F2", b.when("on April 28", updateApril28)
	injured := b.count("U-F2", "almost 90", source.MeasureInjured, nil, updateSays("U-S1", source.VerbReported, "injuring almost 90 others"))
	injured.Revises = "F3"
	children := b.count("U-F3", "six", source.MeasureInjured, nil, updateSays("U-S1", source.VerbReported, "including six children"))
	children.Subject, children.Within = source.SubjectChildren, "U-F2"

	targets := []event.Target{{Territory: TerritoryID("T7"), Text: "a Russian aerial attack on Kyiv"}}
	for _, r := range updateTargeted {
		targets = append(targets, event.Target{Territory: TerritoryID(r.census), Text: r.name})
	}
	e, err := event.NewAttack(h).Attacker(ActorID("A11")).
		Targets(targets...).
		Methods(event.MethodMissileStrike, event.MethodDroneStrike).
		Weapons(event.Weapon{Kinds: []event.WeaponKind{event.WeaponMissile}, Text: "missiles"},
			event.Weapon{Kinds: []event.WeaponKind{event.WeaponDrone}, Text: "drones"}).
		Casualties(killed, injured, children).
		Build()
	b.event("E10", e, err)
}

// death builds the death in hospital that raised the toll to 13.
func (b *updateBuilder) death() {
	tkachenko := updateSays("U-S2", source.VerbSaid, "Tkachenko reported")
	h := event.Header{ID: EventID("U-E1"), Title: "A man burned in the attack dies in hospital", Status: event.StatusOccurred,
		Attributions: []source.Attribution{tkachenko, updateSays("U-S1", source.VerbReported, "")}}
	// The report dates Tkachenko's words, not the death: not after them.
	h.Time = b.when("not after April 28", updateApril28)
	h.Time.Text = "on April 28"
	h.Links = []event.Link{{Ref: "U-R1", Type: event.LinkCausedBy, To: EventID("E10"), Text: "suffered severe burns"}}
	h.Notes = []event.Remark{
		{Text: "Their home was completely destroyed in the attack", Attributions: []source.Attribution{tkachenko}},
	}
	e, err := event.NewOther(h, "died in the hospital").
		Roles(event.Participant{Actor: ActorID("U-A6"), Role: "died"}).
		Build()
	b.event("U-E1", e, err)
}

// demands builds the Kremlin's demands that came just hours before the
// strikes.
func (b *updateBuilder) demands() {
	ki := updateSays("U-S1", source.VerbReported, "")
	h := event.Header{ID: EventID("U-E2"), Title: "The Kremlin renews its demands on Ukraine", Status: event.StatusOccurred,
		Attributions: []source.Attribution{ki}}
	h.Places = []territory.ID{TerritoryID("U-T7"), TerritoryID("T10")}
	h.Links = []event.Link{{Ref: "U-R2", Type: event.LinkPrecedes, To: EventID("E10"), Text: "The strikes came just hours after"}}
	h.Figures = []source.Count{b.count("U-F5", "four", "regions", []territory.ID{TerritoryID("U-T7")}, ki)}
	h.Notes = []event.Remark{{Text: "renewed", Attributions: []source.Attribution{ki}}}
	e, err := event.NewStatement(h, ActorID("A11"), event.SpeechDemand).
		Subjects(ActorID("A12")).
		Content("that Ukraine recognise Russia’s claims to four partially occupied regions and to Crimea, declare itself neutral and end all Western military support").
		Build()
	b.event("U-E2", e, err)
}

// ceasefire builds the U.S.-led efforts for a ceasefire, Ukraine's offer
// and Russia's refusal.
func (b *updateBuilder) ceasefire() {
	ki := updateSays("U-S1", source.VerbReported, "")
	us, ua, ru := ActorID("A10"), ActorID("A12"), ActorID("A11")

	h := event.Header{ID: EventID("U-E3"), Title: "U.S.-led efforts to negotiate a ceasefire", Status: event.StatusOngoing,
		Attributions: []source.Attribution{ki}}
	o, err := event.NewOther(h, "efforts to negotiate a ceasefire").
		Roles(event.Participant{Actor: us, Role: "leader"}).
		Build()
	b.event("U-E3", o, err)

	h = event.Header{ID: EventID("U-E4"), Title: "Ukraine offers to accept a 30-day pause in fighting", Status: event.StatusProposed,
		Attributions: []source.Attribution{ki}}
	h.Links = []event.Link{{Ref: "U-R3", Type: event.LinkPartOf, To: EventID("U-E3"), Text: "including"}}
	pause := b.count("U-F4", "30-day", source.MeasureDuration, nil, ki)
	p, err := event.NewProposal(h, event.StageProposed, ua).
		Name("a Ukrainian offer to accept a 30-day pause in fighting").
		Clauses(event.Clause{Ref: "U-C1", Kind: event.ClauseCeasefire, Text: "a 30-day pause in fighting",
			Figures: []source.Count{pause}, Attributions: []source.Attribution{ki}}).
		Build()
	b.event("U-E4", p, err)

	h = event.Header{ID: EventID("U-E5"), Title: "Russia refuses to agree to a ceasefire", Status: event.StatusOngoing,
		Attributions: []source.Attribution{updateSays("U-S1", source.VerbReported, "Russia has so far refused to agree")}}
	r, err := event.NewResponse(h, ru, event.ResponseReject, EventID("U-E3"), event.KindOther).
		Qualifiers("so far").
		Build()
	b.event("U-E5", r, err)
}
