package synth

import (
	"fmt"
	"github.com/google/uuid"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// maker is how the generator makes events of one kind, and how many.
type maker struct {
	// weight is the kind's share of the events, per thousand: war
	// reporting is mostly attacks and statements.
	weight int
	make   func(g *generator, i int, day time.Time) event.Event
}

// makers has an entry for every kind of event.Kinds; a kind without one is
// left out of generated stories, and TestGenEveryKind fails.
var makers = map[event.Kind]maker{
	event.KindAttack:     {340, func(g *generator, i int, d time.Time) event.Event { return g.attack(i, d) }},
	event.KindStatement:  {300, func(g *generator, i int, d time.Time) event.Event { return g.statement(i, d) }},
	event.KindMeeting:    {90, func(g *generator, i int, d time.Time) event.Event { return g.meeting(i, d) }},
	event.KindResponse:   {70, func(g *generator, i int, d time.Time) event.Event { return g.response(i, d) }},
	event.KindOther:      {60, func(g *generator, i int, d time.Time) event.Event { return g.other(i, d) }},
	event.KindProposal:   {40, func(g *generator, i int, d time.Time) event.Event { return g.proposal(i, d) }},
	event.KindDisaster:   {40, func(g *generator, i int, d time.Time) event.Event { return g.disaster(i, d) }},
	event.KindRoleChange: {30, func(g *generator, i int, d time.Time) event.Event { return g.roleChange(i, d) }},
	event.KindElection:   {20, func(g *generator, i int, d time.Time) event.Event { return g.election(i, d) }},
	event.KindConflict:   {10, func(g *generator, i int, d time.Time) event.Event { return g.conflictEvent(i, d) }},
}

// mix is the kinds the generator makes, in the order of the table of
// kinds, with their weights.
type mix struct {
	first []event.Kind // one of each opens every story
	kinds []event.Kind
	total int
}

// newMix derives the mix from event.Kinds and makers. A conflict opens
// every story, so that every later event has a war to be part of; the
// other kinds follow in the order of the table of kinds, which puts
// meetings and proposals before the responses to them.
func newMix() mix {
	var m mix
	m.first = append(m.first, event.KindConflict)
	for _, k := range event.Kinds() {
		mk, ok := makers[k]
		if !ok {
			continue
		}
		m.kinds = append(m.kinds, k)
		m.total += mk.weight
		if k != event.KindConflict {
			m.first = append(m.first, k)
		}
	}
	return m
}

func (g *generator) kindOf(i int) event.Kind {
	if i < len(g.mix.first) {
		return g.mix.first[i]
	}
	w := g.intn(g.mix.total)
	for _, k := range g.mix.kinds {
		if w < makers[k].weight {
			return k
		}
		w -= makers[k].weight
	}
	return event.KindAttack
}

func (g *generator) eventID(i int) event.ID {
	return event.IDFor(g.key + "event" + strconv.Itoa(i))
}

// earlier returns an earlier event than i (i > 0), recent ones more often.
func (g *generator) earlier(i int) int {
	return i - 1 - g.skew(min(i, 40))
}

func (g *generator) makeEvents() {
	g.byKind = map[event.Kind][]int{}
	for i := range g.o.Events {
		k := g.kindOf(i)
		day := g.eventDay(i)
		e := makers[k].make(g, i, day)
		g.events = append(g.events, k)
		g.byKind[k] = append(g.byKind[k], i)
		must(g.s.AddEvent(e))
	}
}

// header returns the common part of event i: its time, attributions,
// links (part_of cf when cf is not nil), notes and description.
func (g *generator) header(i int, k event.Kind, day time.Time, title string, status event.Status, nattr int, cf *conflict) event.Header {
	h := event.Header{ID: g.eventID(i), Title: title, Time: g.when(i, day), Status: status, Attributions: g.attributions(i, nattr)}
	g.reportedAfter(&h)
	g.otherTimes(i, &h)
	if !h.Time.Start.IsZero() && g.chance(0.02) { // a live blog that prints only the hour
		h.Time.Inferred = pick(g, []string{"the day from the order of the live updates", "the year from the address of the page"})
	}
	if cf != nil {
		l := event.Link{Type: event.LinkPartOf, To: g.eventID(cf.event)}
		if g.chance(0.1) {
			l.Text = "in the " + pick(g, []string{"fourth year of the war", "latest escalation", "war"})
		}
		h.Links = append(h.Links, l)
	}
	h.Links = append(h.Links, g.links(i, k, status)...)
	for _, l := range h.Links {
		// One strike, two records: the later account revises the time
		// of the earlier record.
		if l.Type == event.LinkSameAs && !h.Time.IsZero() && g.chance(0.5) {
			h.OtherTimes = append(h.OtherTimes, event.ReportedTime{Time: h.Time, Attributions: g.attributions(i, 1), Revises: event.RefTime, RevisesIn: l.To})
		}
	}
	if g.chance(0.1) {
		h.Notes = []event.Remark{{Text: pick(g, []string{
			"the toughest situation was in the Pokrovsk direction",
			"air defences were active over the capital",
			"officials did not say how many were civilians",
			"the claim could not be independently verified",
		}), Attributions: g.attributions(i, 1)}}
	}
	// The draw happens with and without padding, so that padding changes
	// nothing else.
	described := g.chance(0.1)
	switch {
	case g.o.Padding > 0:
		h.Description = g.pad()
	case described:
		h.Description = "generated " + string(k) + " " + strconv.Itoa(i)
	}
	return h
}

// pad returns the padding text, at least Options.Padding bytes long.
// reportedAfter makes the sources of an event that has happened ones
// published after it started, as reporting is: each source published by
// then is replaced by the next one that is not, or that has no end to its
// publication. When there is none, the event keeps no date.
func (g *generator) reportedAfter(h *event.Header) {
	switch h.Status {
	case event.StatusOccurred, event.StatusOngoing, event.StatusAlleged, event.StatusSuspended:
	default:
		return
	}
	if h.Time.Start.IsZero() {
		return
	}
	if g.srcIndex == nil {
		g.srcIndex = make(map[source.ID]int, len(g.sources))
		for i, s := range g.sources {
			g.srcIndex[s.id] = i
		}
	}
	for a := range h.Attributions {
		i := g.srcIndex[h.Attributions[a].Source]
		for i < len(g.sources) && !g.sources[i].by.IsZero() && !h.Time.Start.Before(g.sources[i].by) {
			i++
		}
		if i == len(g.sources) {
			h.Time = source.Time{}
			return
		}
		h.Attributions[a].Source = g.sources[i].id
	}
}

func (g *generator) pad() string {
	if g.padded == "" {
		var b strings.Builder
		for b.Len() < g.o.Padding {
			b.WriteString(padding)
		}
		g.padded = strings.TrimSpace(b.String())
	}
	return g.padded
}

// links returns the links of event i, of kind k and status, to events
// before and after it, other than part_of. The links that order events in
// time (event.LinkType.Ordering) point to earlier events, but for
// precedes, which points to a later one: the order they state follows the
// order of the story and has no cycle. The others point either way.
func (g *generator) links(i int, k event.Kind, status event.Status) []event.Link {
	if i == 0 {
		return nil
	}
	var out []event.Link
	add := func(l event.Link) {
		for _, o := range out {
			if o.Type == l.Type && o.To == l.To {
				return
			}
		}
		if g.chance(0.1) {
			l.Attributions = g.attributions(i, 1)
		}
		if g.chance(0.02) { // a label of the dataset's own
			l.Ref = "L" + strconv.Itoa(i) + "-" + strconv.Itoa(len(out))
		}
		out = append(out, l)
	}
	n := g.o.Events
	later := func() event.ID { return g.eventID(i + 1 + g.intn(min(n-i-1, 40))) }
	// lastOf returns a recent event of kind k before i, or -1.
	lastOf := func(k event.Kind, within int) int {
		l := g.byKind[k]
		if len(l) == 0 {
			return -1
		}
		return l[len(l)-1-g.skew(min(len(l), within))]
	}
	if g.chance(0.06) {
		add(event.Link{Type: event.LinkRespondsTo, To: g.eventID(g.earlier(i)), Text: "in response to"})
	}
	if i < n-1 && g.chance(0.05) {
		add(event.Link{Type: event.LinkPrecedes, To: later()})
	}
	if g.chance(0.08) {
		l := event.Link{Type: event.LinkFollows, To: g.eventID(g.earlier(i))}
		switch g.intn(4) {
		case 0:
			l.Offset = event.Offset{Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"}
		case 1:
			l.Text = "then"
		case 2:
			l.Offset = event.Offset{Min: event.Duration(2 * time.Hour), Max: event.Duration(6 * time.Hour), Text: "hours after"}
		default:
			l.Offset = event.Offset{Min: event.Duration(24 * time.Hour), Text: "a day after"}
		}
		add(l)
	}
	if g.chance(0.03) {
		add(event.Link{Type: event.LinkCausedBy, To: g.eventID(g.earlier(i)), Text: "prompted"})
	}
	if (status == event.StatusPlanned || status == event.StatusProposed) && g.chance(0.25) {
		add(event.Link{Type: event.LinkConditionalOn, To: g.eventID(g.earlier(i)), Text: pick(g, []string{"only after", "once", "provided that"})})
	}
	if g.chance(0.02) {
		add(event.Link{Type: event.LinkAbout, To: g.eventID(g.earlier(i))})
	}
	if i < n-1 && (k == event.KindOther && g.chance(0.1) || g.chance(0.01)) {
		add(event.Link{Type: event.LinkEnables, To: later(), Text: pick(g, []string{"with the help of", "made possible"})})
	}
	if i < n-1 && g.chance(0.015) {
		add(event.Link{Type: event.LinkBackground, To: later(), Text: "as background"})
	}
	switch k {
	case event.KindStatement:
		if j := lastOf(event.KindStatement, 20); j >= 0 && g.chance(0.03) {
			add(event.Link{Type: event.LinkQualifies, To: g.eventID(j), Text: "called it an exaggeration"})
		}
		if j := lastOf(event.KindStatement, 10); j >= 0 && g.chance(0.03) {
			add(event.Link{Type: event.LinkContradicts, To: g.eventID(j), Text: "gave another account"})
		}
	case event.KindProposal:
		if l := g.byKind[event.KindProposal]; len(l) > 0 && g.chance(0.3) {
			add(event.Link{Type: event.LinkRevises, To: g.eventID(l[len(l)-1]), Text: "a reworked version of"})
		}
	case event.KindAttack:
		if j := lastOf(event.KindMeeting, 3); j >= 0 && g.chance(0.04) {
			add(event.Link{Type: event.LinkDuring, To: g.eventID(j), Text: "during the talks"})
		}
		if j := lastOf(event.KindAttack, 3); j >= 0 {
			switch d := g.intn(100); {
			case d < 3: // one strike, two records
				add(event.Link{Type: event.LinkSameAs, To: g.eventID(j)})
			case d < 6:
				add(event.Link{Type: event.LinkPossiblySameAs, To: g.eventID(j), Text: "may be the same strike"})
			case d < 8:
				add(event.Link{Type: event.LinkContradicts, To: g.eventID(j), Text: "denied by the other side"})
			}
		}
	}
	return out
}

// names returns the name of an event and who uses it, attributed where
// the report says.
func (g *generator) names(i int, text string, by actor.ID) []event.Name {
	n := event.Name{Text: text, UsedBy: by}
	if g.chance(0.4) {
		n.Attributions = g.attributions(i, 1)
	}
	return []event.Name{n}
}

// conflictFor returns a conflict for event i to be part of, with
// probability p; nil otherwise.
func (g *generator) conflictFor(p float64) *conflict {
	if len(g.conflicts) == 0 || !g.chance(p) {
		return nil
	}
	return &g.conflicts[g.skew(len(g.conflicts))]
}

// ---- the kinds ----

func (g *generator) conflictEvent(i int, day time.Time) *event.Conflict {
	cf := conflict{event: i, a: 1, b: 0} // Russia's war in Ukraine first
	if len(g.conflicts) > 0 {
		cf.a = g.intn(g.nc)
		cf.b = (cf.a + 1 + g.intn(g.nc-1)) % g.nc
	}
	a, b := countries[cf.a], countries[cf.b]
	title := a.name + "'s war in " + b.name
	var parent *conflict
	if len(g.conflicts) > 0 && g.chance(0.2) {
		parent = &g.conflicts[g.intn(len(g.conflicts))]
		title = "the " + a.demonym + " air campaign against " + b.name
		cf.a, cf.b = parent.a, parent.b
		a, b = countries[cf.a], countries[cf.b]
	}
	h := g.header(i, event.KindConflict, day, title, event.StatusOngoing, 1+g.intn(2), parent)
	h.Time = source.Day(day.Year(), day.Month(), day.Day(), "since "+day.Format("February 2, 2006")).Since()
	h.OtherTimes = nil // the war has one start
	g.reportedAfter(&h)
	h.Places = []territory.ID{g.countryIDs[cf.b], g.countryIDs[cf.a]}
	year, err := source.ParseCount(pick(g, []string{"four", "three", "two"}))
	must(err)
	year.Text, year.Measure, year.Unit = "year", "year_of_war", source.UnitOrdinal
	h.Figures = []source.Count{year}
	e := &event.Conflict{Header: h, Parties: []actor.ID{g.inst[cf.a][instState], g.inst[cf.b][instState]}}
	e.Names = []event.Name{
		{Text: "special military operation", UsedBy: g.inst[cf.a][instState], Attributions: g.attributions(i, 1)},
		{Text: "full-scale invasion", UsedBy: g.inst[cf.b][instState]},
	}
	if cf.a != 1 {
		e.Names[0].Text = "counter-terrorist operation"
	}
	g.conflicts = append(g.conflicts, cf)
	return e
}

var methodNouns = map[event.Method]string{
	event.MethodDroneStrike: "drone strike", event.MethodMissileStrike: "missile strike", event.MethodAirStrike: "air strike",
	event.MethodShelling: "shelling", event.MethodCarBombing: "car bombing", event.MethodShooting: "shooting",
}

func (g *generator) attack(i int, day time.Time) *event.Attack {
	cf := &g.conflicts[g.skew(len(g.conflicts))]
	att, def := cf.a, cf.b
	if g.chance(0.25) {
		att, def = def, att
	}
	places := g.placesBy[def]
	target := places[g.skew(len(places))]
	var weapons []event.Weapon
	var methods []event.Method
	for j := range 1 + g.intn(2) {
		w := weaponForms[g.skew(len(weaponForms))]
		if j > 0 && slices.ContainsFunc(weapons, func(x event.Weapon) bool { return x.Text == w.text }) {
			continue
		}
		wp := event.Weapon{Kinds: w.kinds, Name: w.name, Text: w.text}
		if w.scale > 0 {
			wp.Count = g.count(i, w.measure, w.scale)
			if len(w.kinds) > 1 && g.chance(0.3) { // "103 Shahed and decoy drones"
				wp.Count.Includes = []string{"decoy drones"}
			}
		}
		weapons = append(weapons, wp)
		if !slices.Contains(methods, w.method) {
			methods = append(methods, w.method)
		}
	}
	status := event.StatusOccurred
	if g.chance(0.15) {
		status = event.StatusAlleged
	}
	title := countries[att].demonym + " " + methodNouns[methods[0]] + " on " + target.label
	h := g.header(i, event.KindAttack, day, title, status, 2, cf)
	if g.chance(0.15) {
		h.Figures = []source.Count{g.count(i, "regions", 8)}
	}
	e := &event.Attack{Header: h, Methods: methods, Weapons: weapons}
	e.Targets = []event.Target{{Territory: target.id, Text: pick(g, []string{"", "hit the hardest", "residential areas", "energy infrastructure"})}}
	if g.chance(0.2) {
		e.Targets = append(e.Targets, event.Target{Actor: g.inst[def][instForces], Text: "our positions"})
	}
	if g.chance(0.9) {
		e.Attacker = g.inst[att][pick(g, []int{instForces, instForces, instAir, instState})]
	} else {
		e.Responsibility = []event.Claim{{Actor: g.inst[att][instState], By: g.inst[def][instGov], Verb: source.VerbBlamed,
			Text: countries[def].capital + " blamed " + countries[att].capital, Attributions: g.attributions(i, 1)}}
		if g.chance(0.4) {
			e.Responsibility = append(e.Responsibility, event.Claim{Actor: g.inst[att][instState], Verb: source.VerbDenied, Text: "denied any involvement"})
		}
	}
	if g.chance(0.05) && len(g.officialsBy[def]) > 0 {
		e.Targeted = true
		e.Targets = append(e.Targets, event.Target{Actor: g.official(def), Text: "a senior officer"})
	}
	e.Casualties = g.casualties(i, def, target)
	if g.chance(0.15) {
		o := g.count(i, source.MeasureAttacks, 5000)
		if g.chance(0.4) { // "4,500 attacks over the past week"
			o.Over = resolve(pick(g, []string{"over the past week", "in the last three days", "the past month", "last week"}), day)
		}
		e.Occurrences = []source.Count{o}
	}
	if g.chance(0.04) { // "Operation Spiderweb"
		e.Names = g.names(i, pick(g, operationNames), g.inst[att][instForces])
	}
	return e
}

// medium returns a source said by someone near event i, or the zero ID.
func (g *generator) medium(i int) source.ID {
	if len(g.mediums) == 0 {
		return source.ID{}
	}
	j := sort.SearchInts(g.mediums, g.sourceNear(i))
	return g.sources[g.mediums[min(j, len(g.mediums)-1)]].id
}

func (g *generator) statement(i int, day time.Time) *event.Statement {
	c := g.skew(g.nc)
	ct := countries[c]
	speaker := g.official(c)
	if l := g.unnamedBy[c]; len(l) > 0 && g.chance(0.08) { // "a senior official said"
		speaker = g.unnamed[pick(g, l)].id
	}
	var acts []event.SpeechAct
	for range 1 + g.intn(2) {
		if a := speechActs[g.skew(len(speechActs))]; !slices.Contains(acts, a) {
			acts = append(acts, a)
		}
	}
	topic := pick(g, []string{"the peace talks", "the overnight strikes", "the ceasefire", "sanctions", "security guarantees", "the situation at the front"})
	h := g.header(i, event.KindStatement, day, ct.demonym+" official on "+topic, event.StatusOccurred, 1+g.intn(2), g.conflictFor(0.5))
	switch d := g.intn(100); {
	case d < 5: // "Russia launches more than 100 drones a day"
		phrase := fmt.Sprintf(pick(g, []string{"more than %d drones a day", "about %d drones a week"}), 50+g.intn(150))
		if g.chance(0.3) {
			phrase = pick(g, []string{"hundreds of drones a week", "dozens of drones a day"})
		}
		h.Figures = append(h.Figures, g.parse(phrase, "drones"))
	case d < 11: // "for two years and two days"
		h.Figures = append(h.Figures, g.parse(pick(g, periods[:6]), source.MeasureDuration))
	case d < 13: // "the war costs $1bn a month"
		h.Figures = append(h.Figures, g.money(i, source.MeasureCost, pick(g, []string{"a month", "a day"})))
	case d < 18: // "millions have fled"
		scale := pick(g, []int{50_000, 2_000_000})
		f := g.parse(g.vague(scale), source.MeasureDisplaced)
		if g.chance(0.5) {
			f = g.count(i, source.MeasureDisplaced, scale)
		}
		h.Figures = append(h.Figures, f)
	}
	if l := g.tolls; len(l) > 0 && g.chance(0.1) { // "the agency now says 120 were killed"
		f := g.count(i, source.MeasureKilled, 150)
		f.Revises, f.RevisesIn = "t1", uuid.UUID(g.eventID(l[len(l)-1]))
		h.Figures = append(h.Figures, f)
	}
	if g.chance(0.03) { // "the address to the nation"
		h.Names = g.names(i, "the address to the nation", g.inst[c][instGov])
	}
	e := &event.Statement{Header: h, Speaker: speaker, Acts: acts, Medium: g.medium(i)}
	if g.chance(0.85) {
		e.Quotes = []source.Quote{g.quote(i, c, speaker, e.Medium, h.Attributions[0].Source)}
	}
	if len(e.Quotes) == 0 || g.chance(0.3) {
		e.Content = "said " + topic + " would " + pick(g, []string{"continue", "take time", "not succeed without pressure", "be discussed next week"})
	}
	if g.chance(0.3) {
		e.Addressees = []actor.ID{g.inst[(c+1)%g.nc][pick(g, []int{instState, instGov})]}
	}
	if g.chance(0.3) {
		e.Subjects = []actor.ID{g.inst[(c+1+g.intn(g.nc-1))%g.nc][instState]}
	}
	if l := g.byKind[event.KindAttack]; len(l) > 0 && g.chance(0.2) {
		e.About = []event.ID{g.eventID(l[len(l)-1-g.skew(min(len(l), 10))])}
	}
	return e
}

// quote returns words of speaker, of country c, said in medium, as a
// report prints them: in the language spoken, with a translation and a
// romanisation beside; or printed in translation, the language said in
// named or not; or a romanisation printed with the original in
// parentheses, with a gloss ("Slava Ukraini (Слава Україні)", meaning
// "Glory to Ukraine"). src is a source that may give the gloss.
func (g *generator) quote(i, c int, speaker actor.ID, medium, src source.ID) source.Quote {
	ct := countries[c]
	var q slogan
	if k := slices.IndexFunc(slogans, func(s slogan) bool { return s.lang == ct.lang }); k >= 0 && g.chance(0.1) {
		q = slogans[k]
	} else {
		qs := make([]quote, 0, 4)
		for _, q := range quotes {
			if q.lang == ct.lang {
				qs = append(qs, q)
			}
		}
		if len(qs) == 0 || g.chance(0.3) {
			qs = quotes[:5]
		}
		q.quote = pick(g, qs)
	}
	lang := tag(q.lang)
	sq := source.Quote{Text: q.text, Lang: lang, Speaker: speaker, Medium: medium}
	switch d := g.intn(20); {
	case q.term == "" && q.english != "" && d < 4: // printed in translation
		sq.Text, sq.Lang, sq.Translated = q.english, language.English, true
		switch {
		case g.chance(0.7):
			sq.Original, sq.LangText = lang, "in "+languageNames[q.lang]
			sq.Translations = []source.Rendering{{Text: q.text, Lang: lang}}
		case q.lang == "uk" || q.lang == "ru": // the original language unknown
			sq.LangText = "in a mix of Russian and Ukrainian"
		default:
			sq.LangText = "through an interpreter"
		}
	case q.latin != "" && (q.term != "" || d < 6): // both forms printed
		sq.PrintedAs = q.latin + " (" + q.text + ")"
		sq.Transliterations = []source.Rendering{{Text: q.latin, Lang: latinTag(q.lang), Printed: true}}
		if q.english != "" && g.chance(0.5) {
			sq.Translations = []source.Rendering{{Text: q.english, Lang: language.English}}
		}
	default:
		if q.english != "" && g.chance(0.7) {
			sq.Translations = []source.Rendering{{Text: q.english, Lang: language.English}}
		}
		if q.latin != "" && g.chance(0.3) {
			sq.Transliterations = []source.Rendering{{Text: q.latin, Lang: latinTag(q.lang)}}
		}
	}
	if q.term != "" {
		gl := source.Gloss{Term: q.term, Meaning: q.meaning}
		if g.chance(0.4) {
			gl.Source = src
		}
		sq.Glosses = []source.Gloss{gl}
	}
	if strings.Contains(sq.Text, "...") || strings.Contains(sq.Text, "…") {
		sq.Elided = g.chance(0.7)
	}
	sq.Truncated = g.chance(0.1)
	if g.chance(0.2) {
		sq.Addressee = g.inst[(c+1)%g.nc][instState]
		sq.Ref = "Q" + strconv.Itoa(i)
	}
	return sq
}

func (g *generator) meeting(i int, day time.Time) *event.Meeting {
	c1 := g.skew(g.nc)
	c2 := (c1 + 1 + g.intn(g.nc-1)) % g.nc
	var attendees []actor.ID
	for _, c := range []int{c1, c2, g.intn(g.nc)} {
		if id := g.official(c); !slices.Contains(attendees, id) {
			attendees = append(attendees, id)
		}
	}
	if len(attendees) > 2 && g.chance(0.6) {
		attendees = attendees[:2]
	}
	status := event.StatusOccurred
	switch d := g.intn(20); {
	case d < 3:
		status = event.StatusPlanned
	case d < 5:
		status = event.StatusPostponed
	case d < 6:
		status = event.StatusCancelled
	}
	host := countries[c1]
	h := g.header(i, event.KindMeeting, day, host.demonym+"–"+countries[c2].demonym+" talks in "+host.capital, status, 1+g.intn(2), g.conflictFor(0.3))
	if status == event.StatusPostponed && g.chance(0.6) {
		next := day.AddDate(0, 0, 7)
		h.Rescheduled = source.Day(next.Year(), next.Month(), next.Day(), "next "+weekdays[next.Weekday()])
	}
	if len(g.placesBy[c1]) > 0 {
		h.Places = []territory.ID{g.placesBy[c1][0].id}
	}
	switch j := len(g.planned) - 1; {
	case status == event.StatusPlanned:
		g.planned = append(g.planned, i)
		if g.chance(0.3) { // "some 40 leaders are expected"
			p := g.count(i, source.MeasureParticipant, 50)
			p.Modality = source.ModalityExpected
			h.Figures = append(h.Figures, p)
		}
	case status == event.StatusOccurred && j >= 0 && g.chance(0.3): // the talks planned earlier, held
		h.Links = append(h.Links, event.Link{Type: event.LinkRealises, To: g.eventID(g.planned[j])})
		g.planned = g.planned[:j]
	}
	e := &event.Meeting{Header: h, Attendees: attendees, Remote: g.chance(0.2)}
	if g.chance(0.2) { // a summit of an alliance
		al := pick(g, alliances[:2])
		e.Multilateral = true
		e.Names = g.names(i, "the "+al.abbr+" summit in "+host.capital, pick(g, g.mediaIDs))
	} else if g.chance(0.06) {
		e.Names = g.names(i, "the "+host.capital+" talks", pick(g, g.mediaIDs))
	}
	if g.chance(0.5) {
		e.Host = attendees[0]
	}
	if g.chance(0.2) {
		if m := g.inst[(c2+1)%g.nc][instState]; m != e.Host {
			e.Mediator = m
		}
	}
	e.Agenda = []event.Topic{{Text: pick(g, []string{"a plan to end the war", "a prisoner exchange", "energy security", "sanctions relief"})}}
	if l := g.byKind[event.KindProposal]; len(l) > 0 && g.chance(0.3) {
		e.Agenda = append(e.Agenda, event.Topic{Text: "the framework plan", Event: g.eventID(l[len(l)-1])})
	}
	if status == event.StatusOccurred && g.chance(0.4) {
		if g.chance(0.2) { // "an hour and 20 minutes"
			e.Duration = g.parse(pick(g, []string{"an hour and 20 minutes", "five hours and 30 minutes", "two hours and 15 minutes"}), source.MeasureDuration)
		} else { // "three-hour-long"
			e.Duration = g.parse(pick(g, []string{"two", "three", "four", "five"})+"-hour-long", source.MeasureDuration)
		}
	}
	if status == event.StatusOccurred && g.chance(0.5) {
		e.Outcome = []event.Remark{{Text: pick(g, []string{"constructive and useful", "nothing concrete emerged", "a step forward"}), Attributions: g.attributions(i, 1)}}
	}
	return e
}

func (g *generator) proposal(i int, day time.Time) *event.Proposal {
	c := g.skew(g.nc)
	stage := event.StageProposed
	switch d := g.intn(20); {
	case d < 4:
		stage = event.StageAgreed
	case d < 6:
		stage = event.StageSigned
	case d < 8:
		stage = event.StageInForce
	case d < 11: // a plan the report tells of without saying how far it has come
		stage = event.StageUnknown
	}
	status := event.StatusProposed
	if stage != event.StageProposed && stage != event.StageUnknown {
		status = event.StatusOccurred
	}
	h := g.header(i, event.KindProposal, day, countries[c].demonym+" peace plan", status, 1+g.intn(3), g.conflictFor(0.6))
	if g.chance(0.2) { // who guarantees it, or mediated it
		o := (c + 1 + g.intn(g.nc-1)) % g.nc
		h.Involved = []event.Participant{{Actor: g.inst[o][instState], Role: pick(g, []event.Role{event.RoleGuarantor, event.RoleMediator})}}
	}
	e := &event.Proposal{Header: h, Stage: stage, Proposers: []actor.ID{g.inst[c][instState]}}
	if g.chance(0.5) {
		e.Name = "the " + countries[c].capital + " framework plan"
	}
	if g.chance(0.15) {
		e.Names = g.names(i, pick(g, planNames), e.Proposers[0])
	}
	if p := g.official(c); g.chance(0.4) && p != e.Proposers[0] {
		e.Proposers = append(e.Proposers, p)
	}
	sides := []actor.ID{g.inst[0][instState], g.inst[1][instState]}
	if status == event.StatusOccurred && g.chance(0.3) { // "the deal between Ukraine and Russia": its parties, not who proposed it
		e.Proposers, e.Parties = nil, sides
		e.Title = countries[0].demonym + "–" + countries[1].demonym + " agreement"
	}
	for _, a := range sides {
		if !slices.Contains(e.Proposers, a) && !slices.Contains(e.Parties, a) {
			e.Addressees = append(e.Addressees, a)
		}
	}
	kinds := event.ClauseKinds()
	g.r.Shuffle(len(kinds), func(a, b int) { kinds[a], kinds[b] = kinds[b], kinds[a] })
	for j, k := range kinds[:2+g.intn(4)] {
		cl := event.Clause{Ref: "C" + strconv.Itoa(j+1), Kind: k, Text: clauseText(k)}
		switch k {
		case event.ClauseRecognition, event.ClauseControlTransfer:
			cl.Statuses = []territory.StatusID{pick(g, g.proposed)}
		case event.ClauseMembershipBar:
			cl.Member, cl.Alliance = g.inst[0][instState], g.allianceIDs[0]
		case event.ClauseSecurityGuarantee:
			cl.Beneficiary = g.inst[0][instState]
			cl.Qualifiers = []string{"robust"}
		case event.ClauseWithdrawal, event.ClauseCeasefire:
			cl.Places = []territory.ID{pick(g, g.placesBy[0]).id}
			if g.chance(0.4) {
				cl.Qualifiers = []string{pick(g, []string{"gradual", "permanent", "with monitoring"})}
			}
		case event.ClauseSanctions, event.ClauseExchange:
			cl.Parties = []actor.ID{g.inst[0][instState], g.inst[1][instState]}
		}
		if g.chance(0.2) {
			cl.Attributions = g.attributions(i, 1)
		}
		if f, ok := g.terms(i, k); ok && g.chance(0.6) {
			cl.Figures = []source.Count{f}
		}
		e.Clauses = append(e.Clauses, cl)
	}
	if len(e.Clauses) >= 2 && g.chance(0.4) {
		e.Phases = []event.Phase{{Ref: "phase-1", Name: "the first phase", Clauses: []string{"C1"}}, {Ref: "phase-2", Name: "the second phase", Clauses: []string{"C2"}}}
		e.Phases[0].Duration = g.parse(pick(g, []string{"42 days", "30 days", "about 60 days", "six months", "a year and a half"}), source.MeasureDuration)
		if g.chance(0.4) { // "from January 19"
			from := day.AddDate(0, 0, 3+g.intn(10))
			e.Phases[0].Time = source.Day(from.Year(), from.Month(), from.Day(), "from "+from.Format("January 2")).Since()
		}
		if g.chance(0.4) { // "the second phase is expected to include a permanent ceasefire"
			e.Clauses[1].Modality = source.ModalityExpected
		}
		e.Conditions = []event.Condition{{Subject: "phase-2", On: "phase-1", Text: "phase two starts when phase one ends"}}
	}
	if i > 0 && g.chance(0.35) { // "takes effect once parliament ratifies it"
		e.Conditions = append(e.Conditions, event.Condition{Subject: e.Clauses[0].Ref, Event: g.eventID(g.earlier(i)), Text: pick(g, conditionTexts)})
	}
	for j := range e.Conditions {
		if g.chance(0.2) { // a label of the dataset's own
			e.Conditions[j].Ref = "K" + strconv.Itoa(j+1)
		}
	}
	return e
}

// terms returns a figure of the terms of a clause of kind k, planned or
// expected as the plan sets it ("600 lorries a day", "a 30-day
// ceasefire", "$500bn"), and false for a kind whose terms have none.
func (g *generator) terms(i int, k event.ClauseKind) (source.Count, bool) {
	var c source.Count
	switch k {
	case event.ClauseHumanitarianAccess:
		c = g.parse(fmt.Sprintf("%d %s a day", 100*(2+g.intn(8)), pick(g, []string{"lorries", "trucks"})), "")
	case event.ClauseExchange:
		c = g.parse(pick(g, []string{"1,000", "33", "about 500", "84"}), pick(g, []source.Measure{source.MeasurePrisoners, source.MeasureHostages}))
		switch {
		case c.Measure == source.MeasureHostages && g.chance(0.5): // "expected to release 33 hostages"
			c.Modality = source.ModalityExpected
			return c, true
		case c.Measure == source.MeasurePrisoners && g.chance(0.3): // a ratio
			c = g.parse(pick(g, []string{"30", "50"}), source.MeasurePrisoners)
			c.Per, c.Text = "civilian_hostage", c.Text+" prisoners for every civilian hostage"
		}
	case event.ClauseCeasefire:
		c = g.parse(pick(g, []string{"30-day", "72-hour", "60-day"}), source.MeasureDuration)
	case event.ClauseWithdrawal:
		c = g.parse(pick(g, []string{"30 days", "two weeks", "72 hours"}), source.MeasureDuration)
	case event.ClauseEconomicAgreement:
		c = g.money(i, "investment", "")
	case event.ClauseReconstruction:
		c = g.money(i, source.MeasureAid, "")
	default:
		return source.Count{}, false
	}
	c.Modality = source.ModalityPlanned
	return c, true
}

func clauseText(k event.ClauseKind) string {
	switch k {
	case event.ClauseCeasefire:
		return "a full ceasefire along the front line"
	case event.ClauseRecognition:
		return "recognition of Russian control over Crimea"
	case event.ClauseMembershipBar:
		return "Ukraine will not join NATO"
	case event.ClauseSanctions:
		return "sanctions relief for Russia"
	case event.ClauseEconomicAgreement:
		return "a minerals deal"
	case event.ClauseSecurityGuarantee:
		return "security guarantees for Ukraine"
	case event.ClauseControlTransfer:
		return "the Zaporizhzhia nuclear plant handed to US control"
	case event.ClauseExchange:
		return "an all-for-all prisoner exchange"
	case event.ClauseWithdrawal:
		return "withdrawal of forces from the region"
	case event.ClauseHumanitarianAccess:
		return "access for humanitarian convoys"
	case event.ClauseReconstruction:
		return "help with reconstruction"
	}
	return "other provisions"
}

func (g *generator) response(i int, day time.Time) *event.Response {
	var to int
	cands := []event.Kind{event.KindProposal, event.KindMeeting, event.KindStatement, event.KindOther}
	k := pick(g, cands)
	if l := g.byKind[k]; len(l) > 0 {
		to = l[len(l)-1-g.skew(min(len(l), 20))]
	} else {
		to = g.earlier(i)
	}
	toKind := g.events[to]
	var act event.ResponseAct
	switch toKind {
	case event.KindProposal:
		act = pick(g, []event.ResponseAct{event.ResponseAccept, event.ResponseReject, event.ResponseReject, event.ResponseSign, event.ResponseApprove, event.ResponseWithdraw})
	case event.KindMeeting:
		act = pick(g, []event.ResponseAct{event.ResponseSkip, event.ResponsePostpone, event.ResponseCancel, event.ResponseAccept})
	default:
		act = pick(g, []event.ResponseAct{event.ResponseReject, event.ResponseAccept})
	}
	c := g.skew(g.nc)
	h := g.header(i, event.KindResponse, day, countries[c].demonym+" response: "+string(act), event.StatusOccurred, 1+g.intn(2), g.conflictFor(0.4))
	e := &event.Response{Header: h, To: g.eventID(to), Act: act}
	if g.chance(0.8) {
		e.ToKind = toKind
	}
	if g.chance(0.5) {
		e.Responder = g.inst[c][instState]
	} else {
		e.Responder = g.official(c)
	}
	if g.chance(0.2) {
		e.Qualifiers = []string{pick(g, []string{"so far", "for now", "firmly"})}
	}
	if act == event.ResponsePostpone && g.chance(0.5) {
		e.Header.Links = append(e.Header.Links, event.Link{Type: event.LinkPostpones, To: e.To})
	}
	if act == event.ResponseReject && g.chance(0.05) {
		e.Names = g.names(i, "the "+countries[c].capital+" rebuff", pick(g, g.mediaIDs))
	}
	return e
}

func (g *generator) disaster(i int, day time.Time) *event.Disaster {
	c := g.intn(g.nc)
	hazards := event.Hazards()
	hz := hazards[g.intn(len(hazards))]
	if k := len(g.byKind[event.KindDisaster]); k < len(hazards) { // the first take each hazard in turn
		hz = hazards[k]
	}
	place := pick(g, g.placesBy[c])
	h := g.header(i, event.KindDisaster, day, strings.ReplaceAll(string(hz), "_", " ")+" in "+place.label, event.StatusOccurred, 1+g.intn(2), nil)
	if (hz == event.HazardStorm || hz == event.HazardFlood) && g.chance(0.4) { // "Storm Daniel"
		h.Names = g.names(i, pick(g, stormNames), g.inst[c][instRescue])
	}
	if g.chance(0.15) { // "damage estimated at $2.5bn"
		cost := g.money(i, source.MeasureCost, "")
		cost.Modality = pick(g, []source.Modality{source.ModalityEstimated, source.ModalityProjected})
		h.Figures = append(h.Figures, cost)
	}
	e := &event.Disaster{Header: h, Hazard: hz, Affected: []territory.ID{place.id}}
	if other := pick(g, g.placesBy[c]); other.id != place.id && g.chance(0.4) {
		e.Affected = append(e.Affected, other.id)
	}
	killed := g.count(i, source.MeasureKilled, 80)
	e.Toll = []source.Count{killed}
	if g.chance(0.3) {
		rev := g.count(i, source.MeasureKilled, 120)
		e.Toll[0].Ref, rev.Ref, rev.Revises = "t1", "t2", "t1"
		e.Toll = append(e.Toll, rev)
	}
	if g.chance(0.5) {
		e.Toll[0].Ref = "t1" // for later statements to revise
		g.tolls = append(g.tolls, i)
	}
	for _, m := range []source.Measure{source.MeasureInjured, source.MeasureMissing, source.MeasureDisplaced, source.MeasureAffected} {
		if !g.chance(0.4) {
			continue
		}
		scale := 20000
		if (m == source.MeasureDisplaced || m == source.MeasureAffected) && g.chance(0.3) {
			scale = 2_000_000
		}
		f := g.count(i, m, scale)
		if scale > 1_000_000 && g.chance(0.4) { // "millions affected"
			f = g.parse(g.vague(scale), m)
		}
		switch d := g.intn(20); {
		case m == source.MeasureDisplaced && d < 2: // "thousands a day"
			f = g.parse(pick(g, []string{"thousands a day", "hundreds a day", "about 2,000 a day"}), m)
			f.Attributions = g.attributions(i, 1)
		case d < 3: // "could rise to", "projected to reach"
			f.Modality = pick(g, []source.Modality{source.ModalityPossible, source.ModalityProjected, source.ModalityExpected})
		}
		e.Toll = append(e.Toll, f)
	}
	switch d := g.intn(20); {
	case d < 3: // the dead as one authority counts them
		f := g.count(i, "registered_deaths", 80)
		f.Broader = source.MeasureKilled
		e.Toll = append(e.Toll, f)
	case d < 5: // "feared dead", "the toll could rise"
		f := g.count(i, source.MeasureKilled, 200)
		f.Modality = pick(g, []source.Modality{source.ModalityFeared, source.ModalityPossible})
		e.Toll = append(e.Toll, f)
	case d < 7: // homes destroyed, a kind of buildings
		f := g.count(i, "homes_destroyed", 1000)
		f.Broader = source.MeasureBuildings
		e.Toll = append(e.Toll, f)
	}
	if len(e.Affected) > 1 && g.chance(0.5) { // a figure for each place
		for _, p := range e.Affected {
			f := g.count(i, source.MeasureKilled, 40)
			f.In = []territory.ID{p}
			e.Toll = append(e.Toll, f)
		}
	}
	if hz == event.HazardDamFailure || hz == event.HazardExplosion {
		o := (c + 1) % g.nc
		e.Responsibility = []event.Claim{{Actor: g.inst[o][instForces], By: g.inst[c][instGov], Verb: source.VerbBlamed}}
	}
	return e
}

func (g *generator) election(i int, day time.Time) *event.Election {
	c := g.intn(g.nc)
	ct := countries[c]
	status := event.StatusOccurred
	if g.chance(0.3) {
		status = event.StatusPlanned
	}
	president := g.chance(0.5)
	office := "Parliament of " + ct.name
	if president {
		office = "President of " + ct.name
	}
	// The first election held shows every outcome: a run-off, a
	// withdrawal and a loss, for one seat.
	firstHeld := status == event.StatusOccurred && !g.heldElection
	g.heldElection = g.heldElection || firstHeld
	seats := 0
	if !president && g.chance(0.7) && !firstHeld { // a multi-member district: "the five seats of Kyiv"
		seats = 2 + g.intn(4)
		office = "seats for " + g.cities[c][0].label + " in the " + office
	}
	h := g.header(i, event.KindElection, day, ct.demonym+" election", status, 1+g.intn(2), nil)
	h.Places = []territory.ID{g.countryIDs[c]}
	if g.chance(0.1) {
		h.Names = g.names(i, "the snap election", pick(g, g.mediaIDs))
	}
	if status == event.StatusOccurred && g.chance(0.2) { // the exit poll's pollster
		h.Involved = []event.Participant{{Actor: pick(g, g.mediaIDs), Role: "pollster"}}
	}
	e := &event.Election{Header: h, Office: office, Of: g.inst[c][instState], Round: g.intn(3)}
	pool := g.personsBy[c]
	used := map[actor.ID]bool{}
	n := max(2+g.intn(3), seats+1+g.intn(2))
	if firstHeld {
		n = max(n, 4)
	}
	for j := range n {
		var id actor.ID
		if j < len(pool) {
			id = g.persons[pool[j]].id
		} else {
			id = g.persons[g.intn(len(g.persons))].id
		}
		if used[id] {
			continue
		}
		used[id] = true
		cand := event.Candidate{Actor: id}
		if g.chance(0.5) {
			cand.Party = g.inst[c][instParty]
		}
		if status == event.StatusOccurred && j >= max(2, seats) && (g.chance(0.15) || firstHeld && j == 3) { // pulled out before the vote
			cand.Outcome = event.OutcomeWithdrew
		} else if status == event.StatusOccurred {
			r, err := source.ParseCount(fmt.Sprintf(pick(g, []string{"%d.%d%%", "about %d.%d percent"}), 5+g.intn(50), g.intn(10)))
			must(err)
			r.Measure = source.MeasureVotes
			r.Attributions = g.attributions(i, 1)
			cand.Results = []source.Count{r}
			cand.Outcome = event.OutcomeLost
		}
		e.Candidates = append(e.Candidates, cand)
	}
	if president && g.chance(0.8) { // tickets: a candidate and a running mate
		k := len(pool) - 1 // running mates from the end of the pool, candidates from its start
		for j := range e.Candidates {
			for ; k >= 0 && used[g.persons[pool[k]].id]; k-- {
			}
			if k < 0 {
				break
			}
			e.Candidates[j].RunningMate = g.persons[pool[k]].id
			used[e.Candidates[j].RunningMate] = true
		}
	}
	if seats >= len(e.Candidates) {
		seats = 0
	}
	e.Seats = seats
	if status == event.StatusOccurred {
		switch {
		case seats > 1: // the first seats candidates win them all
			for j := range seats {
				e.Candidates[j].Outcome = event.OutcomeWon
			}
		case e.Round == 1 && len(e.Candidates) > 2 && g.chance(0.5), firstHeld && len(e.Candidates) > 2:
			e.Round = 1
			e.Candidates[0].Outcome, e.Candidates[1].Outcome = event.OutcomeRunoff, event.OutcomeRunoff
		default:
			e.Candidates[0].Outcome = event.OutcomeWon
			e.Winner = e.Candidates[0].Actor
		}
	}
	return e
}

func (g *generator) roleChange(i int, day time.Time) *event.RoleChange {
	p := g.persons[g.intn(len(g.persons))]
	changes := event.Changes()
	ch := changes[g.intn(len(changes))]
	if k := len(g.byKind[event.KindRoleChange]); k < len(changes) { // the first take each change in turn
		ch = changes[k]
	}
	t := pick(g, officialTitles)
	if ch == event.ChangeRecalled { // an envoy, recalled by whoever sent them
		t = officialTitles[slices.IndexFunc(officialTitles, func(t officialTitle) bool { return t.title == "ambassador" })]
	}
	role := actor.Role{Title: t.title, Of: g.inst[p.country][t.of]}
	switch {
	case ch == event.ChangeAppointed && g.chance(0.25): // "acting defence minister"
		role.Acting, role.Text = true, "acting "+t.title
	case g.chance(0.1): // a governor
		r := pick(g, g.regions[p.country])
		role = actor.Role{Title: "governor", Of: g.inst[p.country][instGov], Place: r.id, Text: "governor of " + r.label}
	}
	h := g.header(i, event.KindRoleChange, day, p.name+" "+changeWords[ch]+" as "+role.Title, event.StatusOccurred, 1+g.intn(2), nil)
	if g.chance(0.05) {
		h.Names = g.names(i, "the government reshuffle", pick(g, g.mediaIDs))
	}
	e := &event.RoleChange{Header: h, Person: p.id, Change: ch, Role: role}
	if g.chance(0.6) || ch == event.ChangeRecalled {
		if by := g.official(p.country); by != p.id {
			e.By = by
		}
	}
	e.Announced = source.Day(day.Year(), day.Month(), day.Day(), "on "+weekdays[day.Weekday()])
	if g.chance(0.5) {
		eff := day.AddDate(0, 0, 1+g.intn(30))
		e.Effective = source.Day(eff.Year(), eff.Month(), eff.Day(), "effective "+eff.Format("January 2"))
		e.Role.From = eff
	}
	return e
}

func (g *generator) other(i int, day time.Time) *event.Other {
	c := g.skew(g.nc)
	a := otherActions[g.intn(len(otherActions))]
	status := event.StatusOccurred
	if (a.cameo == "073" || a.cameo == "") && g.chance(0.2) { // aid deliveries, evacuations suspended for now
		status = event.StatusSuspended
	}
	h := g.header(i, event.KindOther, day, countries[c].name+" "+a.action, status, 1+g.intn(2), g.conflictFor(0.3))
	switch a.cameo {
	case "073": // aid: "$1.2bn", "€50m a month"
		if g.chance(0.7) {
			per := ""
			if g.chance(0.2) {
				per = "a month"
			}
			h.Figures = append(h.Figures, g.money(i, source.MeasureAid, per))
		}
	case "181": // hostages, held "for two years and two days"
		h.Figures = append(h.Figures, g.count(i, source.MeasureHostages, 40))
		if g.chance(0.5) {
			h.Figures = append(h.Figures, g.duration(g.chance(0.5)))
		}
	case "1724": // a curfew of "72 hours"
		if g.chance(0.5) {
			h.Figures = append(h.Figures, g.duration(false))
		}
	}
	if a.cameo == "154" && g.chance(0.2) {
		h.Names = g.names(i, "partial mobilisation", g.inst[c][instState])
	}
	e := &event.Other{Header: h, Action: a.action, CAMEO: a.cameo, PLOVER: a.plover, Mode: a.mode}
	e.Roles = []event.Participant{{Actor: g.inst[c][pick(g, []int{instGov, instState, instForces})], Role: a.role}}
	if g.chance(0.3) {
		e.Roles = append(e.Roles, event.Participant{Actor: g.inst[(c+1)%g.nc][instState], Role: event.RoleTarget})
	}
	if g.chance(0.5) {
		e.Targets = []territory.ID{pick(g, g.placesBy[c]).id}
	}
	return e
}

// latinTag returns the tag of a romanisation of lang ("uk-Latn",
// "zh-Latn-pinyin").
func latinTag(lang string) language.Tag {
	if strings.HasPrefix(lang, "zh") {
		return tag("zh-Latn-pinyin")
	}
	return tag(lang + "-Latn")
}

// tags are the language tags of the tables, parsed once: parsing one
// costs more than most of what the generator does with it.
var tags = func() map[string]language.Tag {
	m := map[string]language.Tag{}
	add := func(s string) {
		if s == "" {
			return
		}
		m[s] = language.MustParse(s)
		if !strings.Contains(s, "-") { // and its romanisation, for latinTag
			m[s+"-Latn"] = language.MustParse(s + "-Latn")
		}
	}
	for _, c := range countries {
		add(c.lang)
		add(c.translit)
	}
	for _, md := range media {
		add(md.lang)
	}
	for _, q := range quotes {
		add(q.lang)
	}
	for _, l := range placeAliases {
		for _, a := range l {
			add(a.lang)
		}
	}
	add("zh-Latn-pinyin")
	return m
}()

// tag returns the language tag s of the tables.
func tag(s string) language.Tag {
	if t, ok := tags[s]; ok {
		return t
	}
	return language.MustParse(s)
}
