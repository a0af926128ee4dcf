package examples

import (
	"time"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// quakeOpt sets a field of a figure.
type quakeOpt func(*source.Count)

// quakeIn says which places of the census a figure counts.
func quakeIn(census ...string) quakeOpt {
	return func(c *source.Count) {
		for _, id := range census {
			c.In = append(c.In, quakeT(id))
		}
	}
}

// quakeExcluding says which places of the census a figure leaves out.
func quakeExcluding(census ...string) quakeOpt {
	return func(c *source.Count) {
		for _, id := range census {
			c.Excluding = append(c.Excluding, quakeT(id))
		}
	}
}

func quakeAsOf(t source.Time) quakeOpt         { return func(c *source.Count) { c.AsOf = t } }
func quakeRevises(ref string) quakeOpt         { return func(c *source.Count) { c.Revises = ref } }
func quakeModality(m source.Modality) quakeOpt { return func(c *source.Count) { c.Modality = m } }
func quakeBroader(m source.Measure) quakeOpt   { return func(c *source.Count) { c.Broader = m } }

// quakeBy attributes a figure.
func quakeBy(a ...source.Attribution) quakeOpt {
	return func(c *source.Count) { c.Attributions = append(c.Attributions, a...) }
}

// figure parses a figure as written with source.ParseCount and gives it
// its census ref, its measure (unless the words name one, as a duration
// does) and the options.
func (b *quakeBuilder) figure(ref, text string, m source.Measure, opts ...quakeOpt) source.Count {
	c, err := source.ParseCount(text)
	b.keep(ref, err)
	c.Ref = ref
	if c.Measure == "" {
		c.Measure = m
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// byHand gives a figure that source.ParseCount cannot read its census
// ref, the words as written and the options; c holds the number.
func byHand(ref, text string, c source.Count, opts ...quakeOpt) source.Count {
	c.Ref, c.Text = ref, text
	for _, o := range opts {
		o(&c)
	}
	return c
}

func quakeHead(census, title string, status event.Status, a ...source.Attribution) event.Header {
	return event.Header{ID: quakeE(census), Title: title, Status: status, Attributions: a}
}

func quakeLink(ref string, t event.LinkType, to, text string) event.Link {
	return event.Link{Ref: ref, Type: t, To: quakeE(to), Text: text}
}

func quakeNote(text string, a ...source.Attribution) event.Remark {
	return event.Remark{Text: text, Attributions: a}
}

// quakeTimes are the times of the report and of its background, each
// read from its phrase as written.
type quakeTimes struct {
	monday, coming, thursday                 source.Time // the report
	at0130, at2100, at1935                   source.Time // the report's updates
	feb6, first0117, at0955                  source.Time // S6
	at2120                                   source.Time // S7
	xinhua, xinhuaFirst, xinhua1024, anadolu source.Time // S8
	convoy                                   source.Time // S9
	byWednesday, byThursday                  source.Time // S10
	feb14                                    source.Time // S11
}

func (b *quakeBuilder) times() quakeTimes {
	var t quakeTimes
	// The report: its updates run back in time. The first, 0130 GMT, is
	// of the page's date, February 9; the page's header, "Wednesday,
	// February 8, 2023" (read without its weekday, which Parse refuses),
	// then gives the day of the later ones, 2100 and 1935 GMT.
	trt := source.Resolver{Ref: quakeFeb9}
	t.at0130 = b.read(&trt, "0130 GMT")
	b.read(&trt, "February 8, 2023")
	t.at2100 = b.read(&trt, "2100 GMT")
	t.at1935 = b.read(&trt, "1935 GMT")
	// "Monday's powerful earthquakes": Parse reads "Monday", not the
	// possessive.
	t.monday = b.read(&trt, "Monday")
	t.monday.Text = "Monday's"
	t.coming = b.read(&trt, "in the coming days")
	// "could resume on Thursday", said on Wednesday, February 8: a day
	// ahead.
	ahead := source.Resolver{Ref: quakeFeb8, Future: true}
	t.thursday = b.read(&ahead, "on Thursday")

	// S6, TRT World's updates of Monday, February 6.
	t.feb6 = source.Day(2023, time.February, 6, "Monday, February 06, 2023")
	trt6 := source.Resolver{Ref: quakeFeb6}
	t.first0117 = b.read(&trt6, "at 4:17 am (0117 GMT)")
	t.at0955 = b.read(&trt6, "at 0955 GMT")
	// S7, TRT World's updates of Tuesday, February 7.
	trt7 := source.Resolver{Ref: quakeFeb7}
	t.at2120 = b.read(&trt7, "2120 GMT")
	// S8, Xinhua, datelined Feb. 9.
	xinhua := source.Resolver{Ref: quakeFeb9}
	t.xinhua = b.read(&xinhua, "Feb. 9")
	t.anadolu = b.read(&xinhua, "on Thursday")
	b.read(&xinhua, "Monday")
	t.xinhuaFirst = b.read(&xinhua, "at 4:17 a.m. local time (0117 GMT)")
	t.xinhua1024 = b.read(&xinhua, "at 1:24 p.m. local time (1024 GMT)")
	// S9, Xinhua, datelined Feb. 9.
	convoy := source.Resolver{Ref: quakeFeb9}
	t.convoy = b.read(&convoy, "on Thursday")
	// S10, Reuters, of Thursday, February 9 or later.
	reuters := source.Resolver{Ref: quakeFeb9}
	t.byWednesday = b.read(&reuters, "by Wednesday")
	t.byThursday = b.read(&reuters, "by Thursday morning")
	// S11, Al Jazeera's updates of Tuesday, February 14.
	t.feb14 = b.parse(source.Resolver{Ref: quakeFeb14}, "Tuesday, February 14")
	return t
}

func (b *quakeBuilder) events() {
	t := b.times()
	b.earthquakes(t)
	b.quakes(t)
	b.rescue()
	b.aid(t)
	b.updates(t)
	b.relief(t)
}

// earthquakes builds E1 and its toll: every toll of every source, side
// by side, each with its place, body and time.
func (b *quakeBuilder) earthquakes(t quakeTimes) {
	report := func(text string) source.Attribution { return quakeSays("S0", source.VerbReported, text) }
	both := quakeIn("T1", "T2")
	toll := []source.Count{
		// The report's lead, not stamped.
		b.figure("F1", "more than 15,000", source.MeasureKilled, both,
			quakeBy(report(""))),
		b.figure("F2", "more than 15,000", source.MeasureKilled, both,
			quakeModality(source.ModalityFeared), quakeAsOf(t.coming),
			quakeBy(report("is feared to rise further"))),
		b.figure("F3", "At least 12,391", source.MeasureKilled, quakeIn("T1"), quakeBy(report(""))),
		b.figure("F4", "62,914", source.MeasureInjured, quakeIn("T1"), quakeBy(report(""))),
		b.figure("F5", "2,992", source.MeasureKilled, quakeIn("T4"), quakeBy(report(""))),
		b.figure("F6", "Thousands", "buildings_collapsed", quakeBroader(source.MeasureBuildings), quakeIn("T21"),
			quakeBy(report(""))),
		// The 0130 GMT update.
		byHand("F9", "above 15,000", source.Count{Value: 15000, Qualifier: source.QualifierMoreThan, Measure: source.MeasureKilled},
			both, quakeAsOf(t.at0130), quakeBy(report(""))),
		b.figure("F10", "12,391", source.MeasureKilled, quakeIn("T1"), quakeAsOf(t.at0130),
			quakeBy(quakeSays("S1", source.VerbSaid, "Officials and medics said"))),
		b.figure("F11", "2,992", source.MeasureKilled, quakeIn("T2"), quakeAsOf(t.at0130),
			quakeBy(quakeSays("S1", source.VerbSaid, "Officials and medics said"))),
		b.figure("F12", "15,383", source.MeasureConfirmedKilled, both, quakeAsOf(t.at0130),
			quakeBy(report("the confirmed total"))),
		// The 1935 GMT update: its headline puts the toll in northwest
		// Syria, its text in Syria.
		b.figure("F15", "over 2,900", source.MeasureKilled, quakeIn("T5"), quakeAsOf(t.at1935),
			quakeBy(report(""))),
		b.figure("F16", "At least 2,992", source.MeasureKilled, quakeIn("T2"), quakeAsOf(t.at1935),
			quakeBy(quakeSays("S5", source.VerbAccordingTo, "according to figures compiled"))),
		b.figure("F17", "thousands", source.MeasureInjured, quakeIn("T2"), quakeAsOf(t.at1935),
			quakeBy(quakeSays("S5", source.VerbAccordingTo, "according to figures compiled"))),

		// Background: TRT World, February 6 (S6).
		b.figure("F21", "at least 1,014", source.MeasureKilled, quakeIn("T1"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6.1", source.VerbAccordingTo, "according to AFAD"))),
		b.figure("F22", "7,003", source.MeasureInjured, quakeIn("T1"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6.1", source.VerbAccordingTo, "according to AFAD"))),
		b.figure("F23", "at least 371", source.MeasureKilled, quakeIn("T13"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6", source.VerbReported, "were reported killed"))),
		b.figure("F24", "1,089", source.MeasureInjured, quakeIn("T13"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6", source.VerbReported, "were reported"))),
		b.figure("F25", "at least 221", source.MeasureKilled, quakeIn("T6"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6.2", source.VerbSaid, "The White Helmets rescue group also said"))),
		b.figure("F26", "419", source.MeasureInjured, quakeIn("T6"), quakeAsOf(t.feb6),
			quakeBy(quakeSays("S6.2", source.VerbSaid, "The White Helmets rescue group also said"))),
		// Background: TRT World, February 7 (S7).
		b.figure("F27", "5,894", source.MeasureKilled, quakeIn("T1"), quakeAsOf(t.at2120),
			quakeBy(quakeSays("S7.1", source.VerbSaid, "Türkiye's Vice President Fuat Oktay said"))),
		b.figure("F28", "34,810", source.MeasureInjured, quakeIn("T1"), quakeAsOf(t.at2120),
			quakeBy(quakeSays("S7.1", source.VerbSaid, "Türkiye's Vice President Fuat Oktay said"))),
		b.figure("F29", "At least 1,832", source.MeasureKilled, quakeIn("T2"), quakeAsOf(t.at2120),
			quakeBy(quakeSays("S7", source.VerbReported, "regime officials and rescuers said"))),
		// The regime-held parts of five provinces: the provinces, less the
		// opposition-held northwest that S7 counts on its own (F32).
		b.figure("F30", "At least 812", source.MeasureKilled, quakeIn("T14", "T15", "T16", "T17", "T18"), quakeExcluding("T6"),
			quakeAsOf(t.at2120), quakeBy(quakeSays("S7", source.VerbReported, ""))),
		b.figure("F31", "1,449", source.MeasureInjured, quakeIn("T14", "T15", "T16", "T17", "T18"), quakeExcluding("T6"),
			quakeAsOf(t.at2120), quakeBy(quakeSays("S7", source.VerbReported, ""))),
		b.figure("F32", "At least 1,020", source.MeasureKilled, quakeIn("T6"), quakeAsOf(t.at2120),
			quakeBy(quakeSays("S7", source.VerbReported, "rescuers in the region said"))),
		b.figure("F33", "3,700", source.MeasureInjured, quakeIn("T6"), quakeAsOf(t.at2120),
			quakeBy(quakeSays("S7", source.VerbReported, "rescuers in the region said"))),
		byHand("F34", "rise dramatically", source.Count{Value: 1020, Qualifier: source.QualifierMoreThan, Measure: source.MeasureKilled},
			quakeIn("T6"), quakeModality(source.ModalityExpected),
			quakeBy(quakeSays("S7", source.VerbReported, "rescuers in the region said",
				source.Quote{Ref: "Q3", Text: "rise dramatically", Lang: quakeEnglish, Medium: quakeS("S7")}))),
		// Background: Xinhua, February 9 (S8).
		b.figure("F35", "15,383", source.MeasureKilled, both, quakeAsOf(t.xinhua),
			quakeBy(quakeSays("S8", source.VerbAccordingTo, "according to data released by authorities and rescuers"))),
		b.figure("F36", "12,391", source.MeasureKilled, quakeIn("T1"), quakeAsOf(t.anadolu), quakeRevises("F21"),
			quakeBy(quakeSays("S8.3", source.VerbAccordingTo, "citing the Disaster and Emergency Management Authority"))),
		b.figure("F37", "at least 1,262", source.MeasureKilled, quakeIn("T13"), quakeAsOf(t.xinhua),
			quakeBy(quakeSays("S8.4", source.VerbSaid, "said the Syrian Health Ministry"))),
		b.figure("F38", "2,285", source.MeasureInjured, quakeIn("T13"), quakeAsOf(t.xinhua),
			quakeBy(quakeSays("S8.4", source.VerbSaid, "said the Syrian Health Ministry"))),
		b.figure("F39", "at least 1,730", source.MeasureKilled, quakeIn("T6"), quakeAsOf(t.xinhua),
			quakeBy(quakeSays("S8", source.VerbReported, "Media reports also cited rescue workers as saying"))),
		b.figure("F40", "over 2,850", source.MeasureInjured, quakeIn("T6"), quakeAsOf(t.xinhua),
			quakeBy(quakeSays("S8", source.VerbReported, "Media reports also cited rescue workers as saying"))),
		// Background: Reuters (S10).
		b.figure("F44", "at least 2950", source.MeasureKilled, quakeIn("T2"), quakeAsOf(t.byWednesday),
			quakeBy(quakeSays("S10", source.VerbAccordingTo, "according to the government and a rescue service operating in the rebel-held northwest"))),
		b.figure("F45", "12,391", source.MeasureConfirmedKilled, quakeIn("T1"), quakeAsOf(t.byThursday),
			quakeBy(quakeSays("S10", source.VerbReported, "the Disaster Management Authority said"))),
		// "up more than 30 per cent on Wednesday's toll": ParseCount reads
		// "more than 30 per cent", not the words around it.
		b.figure("F46", "more than 30 per cent", "killed_increase", quakeIn("T1"), quakeAsOf(t.byThursday),
			func(c *source.Count) { c.Text = "up more than 30 per cent on Wednesday's toll" },
			quakeBy(quakeSays("S10", source.VerbReported, "up more than 30 per cent on Wednesday's toll"))),
		// Background: Al Jazeera, February 14 (S11).
		b.figure("F47", "35,418", source.MeasureKilled, quakeIn("T1"), quakeAsOf(t.feb14),
			quakeBy(quakeSays("S11", source.VerbSaid, "Turkish authorities say"))),
		b.figure("F48", "more than 5,800", source.MeasureKilled, quakeIn("T2"), quakeAsOf(t.feb14),
			quakeBy(quakeSays("S11", source.VerbAccordingTo, "according to the UN and the Syrian government"))),
		byHand("F49", "past 40,000", source.Count{Value: 40000, Qualifier: source.QualifierMoreThan, Measure: source.MeasureKilled},
			both, quakeAsOf(t.feb14), quakeBy(quakeSays("S11", source.VerbReported, ""))),
		b.figure("F50", "More than 8,000", source.MeasureRescued, quakeIn("T1"), quakeAsOf(t.feb14),
			quakeBy(quakeSays("S11.1", source.VerbSaid, "President Recep Tayyip Erdogan has said"))),
		b.figure("F51", "up to 5.3 million", "homeless", quakeBroader(source.MeasureDisplaced), quakeIn("T2"),
			quakeModality(source.ModalityPossible), quakeBy(quakeSays("S11", source.VerbReported, "The UN estimates"))),
	}
	h := quakeHead("E1", "Earthquakes in Türkiye and Syria", event.StatusOccurred,
		quakeSays("S0", source.VerbReported, ""))
	h.Time = t.monday
	h.Places = []territory.ID{quakeT("T1"), quakeT("T2")}
	h.Figures = []source.Count{b.figure("F7", "two", "earthquakes",
		quakeBy(quakeSays("S0", source.VerbReported, "")))}
	h.Notes = []event.Remark{
		quakeNote("a massive earthquake", quakeSays("S0", source.VerbReported, "")),
		quakeNote("a series of powerful earthquakes", quakeSays("S0", source.VerbReported, "")),
	}
	d, err := event.NewDisaster(h, event.HazardEarthquake).
		Affected(quakeT("T3"), quakeT("T2")).
		Toll(toll...).
		Build()
	b.event("E1", d, err)
}

// quakes builds the three quakes of Xinhua's account (background): the
// report counts two.
func (b *quakeBuilder) quakes(t quakeTimes) {
	afad := quakeSays("S6.1", source.VerbSaid, "Türkiye's Disaster and Emergency Management Presidency (AFAD) said")
	xinhua := quakeSays("S8", source.VerbReported, "")
	h := quakeHead("E1.1", "Magnitude 7.7 earthquake centred in Pazarcik", event.StatusOccurred, afad, xinhua)
	h.Time = t.first0117
	h.OtherTimes = []event.ReportedTime{{Time: t.xinhuaFirst, Attributions: []source.Attribution{xinhua}}}
	h.Places = []territory.ID{quakeT("T11")}
	h.Links = []event.Link{quakeLink("R1", event.LinkPartOf, "E1", "")}
	h.Figures = []source.Count{
		b.figure("F18", "7.4", "magnitude", quakeBy(quakeSays("S6.1", source.VerbSaid, "AFAD earlier updated"))),
		b.figure("F19", "7.7", "magnitude", quakeRevises("F18"), quakeAsOf(t.at0955),
			quakeBy(quakeSays("S6.1", source.VerbSaid, "AFAD earlier updated"), xinhua)),
		// "7 kilometres (4.3 miles)": ParseCount reads no unit of length.
		byHand("F20", "7 kilometres (4.3 miles)", source.Count{Value: 7, Qualifier: source.QualifierExact, Measure: "depth", Unit: source.UnitKm},
			quakeBy(quakeSays("S6.1", source.VerbAccordingTo, "according to latest AFAD data"))),
	}
	d, err := event.NewDisaster(h, event.HazardEarthquake).Affected(quakeT("T10")).Build()
	b.event("E1.1", d, err)

	h = quakeHead("E1.2", "Magnitude 6.4 earthquake in Gaziantep", event.StatusOccurred, xinhua)
	h.Places = []territory.ID{quakeT("T12")}
	h.Links = []event.Link{
		quakeLink("R2", event.LinkPartOf, "E1", ""),
		{Ref: "R4", Type: event.LinkFollows, To: quakeE("E1.1"), Offset: event.Offset{Text: "a few minutes later"}},
	}
	h.Figures = []source.Count{b.figure("F41", "6.4", "magnitude", quakeBy(xinhua))}
	d, err = event.NewDisaster(h, event.HazardEarthquake).Build()
	b.event("E1.2", d, err)

	h = quakeHead("E1.3", "Magnitude 7.6 earthquake in Kahramanmaras", event.StatusOccurred, xinhua)
	h.Time = t.xinhua1024
	h.Places = []territory.ID{quakeT("T10")}
	h.Links = []event.Link{quakeLink("R3", event.LinkPartOf, "E1", "")}
	h.Figures = []source.Count{b.figure("F42", "7.6", "magnitude", quakeBy(xinhua))}
	d, err = event.NewDisaster(h, event.HazardEarthquake).Build()
	b.event("E1.3", d, err)
}

// rescue builds E2, the search for survivors "nearly three days after"
// the quakes: a follows link with an offset of at most 72 hours, since
// the report gives no date of its own for it.
func (b *quakeBuilder) rescue() {
	h := quakeHead("E2", "Rescuers search the rubble for survivors", event.StatusOngoing,
		quakeSays("S0", source.VerbReported, ""))
	h.Links = []event.Link{{Ref: "R5", Type: event.LinkFollows, To: quakeE("E1"),
		Offset: event.Offset{Max: event.Duration(72 * time.Hour), Text: "nearly three days after"}}}
	h.Figures = []source.Count{b.figure("F8", "nearly three days", source.MeasureDuration,
		quakeBy(quakeSays("S0", source.VerbReported, "")))}
	h.Notes = []event.Remark{quakeNote("in freezing weather", quakeSays("S0", source.VerbReported, ""))}
	o, err := event.NewOther(h, "search for survivors and pull them from the rubble").
		Roles(event.Participant{Actor: quakeA("A6"), Role: "rescuer"}).
		Build()
	b.event("E2", o, err)
}

// aid builds the UN's cross-border operation (E3), its halt (E4), the
// resumption planned for Thursday (E5) and what the UN says of them
// (E6-E8).
func (b *quakeBuilder) aid(t quakeTimes) {
	un := quakeA("A2")
	officials := quakeSays("S2", source.VerbSaid, "UN officials have said")
	report := quakeSays("S0", source.VerbReported, "")
	provider := event.Participant{Actor: un, Role: "provider"}

	h := quakeHead("E3", "UN cross-border aid operation from Türkiye into northwest Syria", event.StatusOngoing, report, officials)
	h.Places = []territory.ID{quakeT("T5"), quakeT("T7")}
	h.Figures = []source.Count{b.figure("F13", "millions", "aid_recipients", quakeIn("T5"),
		quakeBy(quakeSays("S2", source.VerbSaid, "UN officials have said")))}
	h.Notes = []event.Remark{quakeNote("long-running", officials)}
	o, err := event.NewOther(h, "deliver UN humanitarian aid via Türkiye").
		CAMEO("073").PLOVER(event.CategoryAid).
		Roles(provider).
		Build()
	b.event("E3", o, err)

	h = quakeHead("E4", "The earthquake halts the UN aid operation", event.StatusOccurred, report, officials)
	h.Places = []territory.ID{quakeT("T5")}
	h.Links = []event.Link{
		quakeLink("R6", event.LinkCausedBy, "E1", "halted by"),
		quakeLink("R7", event.LinkAbout, "E3", "halted"),
	}
	o, err = event.NewOther(h, "halt the aid operation").Build()
	b.event("E4", o, err)

	h = quakeHead("E5", "UN aid deliveries across the border to resume", event.StatusPlanned, report, officials)
	h.Time = t.thursday
	h.Places = []territory.ID{quakeT("T5"), quakeT("T7")}
	h.Links = []event.Link{
		quakeLink("R8", event.LinkPartOf, "E3", ""),
		quakeLink("R9", event.LinkFollows, "E4", "resume"),
	}
	h.Notes = []event.Remark{quakeNote("could resume", officials)}
	o, err = event.NewOther(h, "resume delivering UN humanitarian aid across the border").
		CAMEO("073").PLOVER(event.CategoryAid).
		Roles(provider).
		Build()
	b.event("E5", o, err)

	// The statements behind the 2100 GMT update were made by then.
	by2100 := t.at2100
	by2100.Bound = source.BoundNotAfter
	h = quakeHead("E6", "UN officials say aid across the border could resume on Thursday", event.StatusOccurred,
		quakeSays("S0", source.VerbReported, "UN officials have said"))
	h.Time = by2100
	s, err := event.NewStatement(h, quakeA("A3"), event.SpeechAnnounce).
		Content("the cross-border UN aid, stopped by the quake, may restart on Thursday").
		Medium(quakeS("S2")).
		About(quakeE("E5"), quakeE("E4")).
		Build()
	b.event("E6", s, err)

	q1 := source.Quote{Ref: "Q1", Text: "We are hoping that tomorrow we will be able to deliver something across the border,",
		Lang: quakeEnglish, Speaker: quakeA("A4"), Medium: quakeS("S3")}
	h = quakeHead("E7", "Hadi hopes to deliver aid across the border tomorrow", event.StatusOccurred,
		quakeSays("S3", source.VerbSaid, "told reporters", q1))
	h.Time = by2100
	s, err = event.NewStatement(h, quakeA("A4"), event.SpeechOptimistic).
		Quotes(q1).
		Medium(quakeS("S3")).
		About(quakeE("E5")).
		Build()
	b.event("E7", s, err)

	q2 := source.Quote{Ref: "Q2", Text: "lifeline", Lang: quakeEnglish, Speaker: un, Medium: quakeS("S4")}
	h = quakeHead("E8", "The UN calls access through the crossing a lifeline", event.StatusOccurred,
		quakeSays("S4", source.VerbSaid, "the United Nations has described", q2))
	// "For several years": neither a date nor a duration the parsers read.
	h.Time = source.Time{Text: "For several years"}
	h.Places = []territory.ID{quakeT("T6"), quakeT("T7")}
	h.Links = []event.Link{quakeLink("R10", event.LinkBackground, "E5", "")}
	h.Figures = []source.Count{b.figure("F14", "some four million", "relying_on_aid", quakeIn("T6"),
		quakeBy(quakeSays("S4", source.VerbSaid, "who it says")))}
	s, err = event.NewStatement(h, un, event.SpeechAssess).
		Content("access through the one crossing from Türkiye is vital to those in the opposition-held area who depend on aid").
		Quotes(q2).
		Medium(quakeS("S4")).
		About(quakeE("E3")).
		Build()
	b.event("E8", s, err)
}

// updates builds the report's three updates as TRT World's statements at
// their GMT stamps, so that the timeline orders them; their figures are
// in the toll of E1.
func (b *quakeBuilder) updates(t quakeTimes) {
	trt := quakeA("A1")
	update := func(census, title, content string, at source.Time, about ...string) {
		h := quakeHead(census, title, event.StatusOccurred, quakeSays("S0", source.VerbReported, at.Text))
		h.Time = at
		ids := make([]event.ID, len(about))
		for i, a := range about {
			ids[i] = quakeE(a)
		}
		s, err := event.NewStatement(h, trt, event.SpeechAnnounce).Content(content).Medium(quakeS("S0")).About(ids...).Build()
		b.event(census, s, err)
	}
	update("E9", "0130 GMT update: the toll in Türkiye and Syria passes 15,000",
		"the tolls of officials and medics for Türkiye and Syria, and their sum", t.at0130, "E1", "E2")
	update("E10", "2100 GMT update: UN aid to Syria from Türkiye could resume",
		"UN officials on resuming aid across the border, with Hadi's words", t.at2100, "E5", "E4")
	update("E11", "1935 GMT update: the toll in Syria",
		"the toll in Syria from figures compiled", t.at1935, "E1")
}

// relief builds the aid that crossed (background): the first UN convoy
// of Thursday, February 9, which realises E5, and IOM trucks at Bab
// al-Salam.
func (b *quakeBuilder) relief(t quakeTimes) {
	anadolu := quakeSays("S9.2", source.VerbReported, "the semi-official Anadolu Agency reported")
	h := quakeHead("E12", "First UN aid convoy crosses into northwest Syria", event.StatusOccurred,
		anadolu, quakeSays("S9", source.VerbReported, ""))
	h.Time = t.convoy
	h.Places = []territory.ID{quakeT("T7"), quakeT("T8")}
	h.Links = []event.Link{
		quakeLink("R11", event.LinkRealises, "E5", ""),
		quakeLink("R12", event.LinkPartOf, "E3", ""),
		{Ref: "R13", Type: event.LinkFollows, To: quakeE("E1"), Offset: event.Offset{
			Min: event.Duration(72 * time.Hour), Max: event.Duration(72 * time.Hour),
			Text: "three days after"}},
	}
	// "Six truckloads": ParseCount reads no noun after a number without a
	// rate.
	h.Figures = []source.Count{byHand("F43", "Six truckloads", source.Count{Value: 6, Qualifier: source.QualifierExact, Measure: "truckloads"},
		quakeBy(anadolu))}
	o, err := event.NewOther(h, "cross the border with UN aid").
		CAMEO("073").PLOVER(event.CategoryAid).
		Roles(event.Participant{Actor: quakeA("A2"), Role: "provider"}).
		Targets(quakeT("T17")).
		Build()
	b.event("E12", o, err)

	aj := quakeSays("S11", source.VerbReported, "")
	h = quakeHead("E13", "IOM trucks cross into northwestern Syria at Bab al-Salam", event.StatusOccurred, aj)
	// Among the updates of Tuesday, February 14: "have passed", by then.
	h.Time = t.feb14
	h.Time.Bound = source.BoundNotAfter
	h.Places = []territory.ID{quakeT("T19")}
	h.Links = []event.Link{quakeLink("R14", event.LinkRespondsTo, "E1", "")}
	h.Figures = []source.Count{b.figure("F52", "Ten", "trucks", quakeBy(aj))}
	o, err = event.NewOther(h, "pass through the crossing with humanitarian assistance").
		CAMEO("073").PLOVER(event.CategoryAid).
		Roles(event.Participant{Actor: quakeA("A20"), Role: "provider"}).
		Targets(quakeT("T5")).
		Build()
	b.event("E13", o, err)
}
