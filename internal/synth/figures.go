package synth

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// ---- figures ----

// count returns a figure of measure as a report writes it, attributed to
// a source near event i. Figures of the size scale (10 for a few, 1000 for
// thousands): a number with a qualifier, a number in words, a range, or a
// vague figure ("dozens") whose magnitude fits the scale.
func (g *generator) count(i int, measure source.Measure, scale int) source.Count {
	var phrase string
	switch d := g.intn(20); {
	case d < 2:
		phrase = g.vague(scale)
	case d < 4:
		phrase = pick(g, countWords)
	case d < 6:
		lo := 1 + g.intn(scale)
		phrase = fmt.Sprintf(pick(g, []string{"%d to %d", "between %d and %d", "%d-%d"}), lo, lo+1+g.intn(scale))
	default:
		phrase = fmt.Sprintf(pick(g, countPhrases), thousands(1+g.intn(scale)))
	}
	c := g.parse(phrase, measure)
	if strings.HasPrefix(phrase, "an estimated ") {
		c.Modality = source.ModalityEstimated
	}
	if g.chance(0.7) {
		c.Attributions = g.attributions(i, 1)
	}
	if g.chance(0.1) {
		c.AsOf = source.Day(2025, time.April, 24, "as of April 24")
	}
	return c
}

// parse reads a figure with source.ParseCount and gives it measure where
// the words do not name one ("400 lorries a day" names lorries).
func (g *generator) parse(phrase string, measure source.Measure) source.Count {
	c, err := source.ParseCount(phrase)
	must(err)
	if c.Measure == "" {
		c.Measure = measure
	}
	return c
}

// vague returns a vague figure whose magnitude fits the scale: a floor
// at most the scale and at least a fiftieth of it ("dozens" of 60
// killed, "tens of thousands" of 20,000 displaced).
func (g *generator) vague(scale int) string {
	fits := func(v vagueFigure) bool { return v.floor <= scale && v.floor*50 >= scale }
	n := 0
	for _, v := range vagueFigures {
		if fits(v) {
			n++
		}
	}
	k := g.intn(n)
	for _, v := range vagueFigures {
		if fits(v) {
			if k == 0 {
				return v.words
			}
			k--
		}
	}
	return "several"
}

// money returns an amount of money of measure as the wires write it
// ("$1.2bn", "€350 million"), attributed to a source near event i; per,
// when not empty, makes it a rate ("$5m a day").
func (g *generator) money(i int, measure source.Measure, per string) source.Count {
	f := pick(g, moneyForms)
	n := 5 + g.intn(95)*5 // millions
	if f.billions {
		n = 1 + g.intn(50)
	}
	phrase := fmt.Sprintf(f.form, n)
	if per != "" {
		phrase += " " + per
	}
	c := g.parse(phrase, measure)
	if g.chance(0.6) {
		c.Attributions = g.attributions(i, 1)
	}
	return c
}

// duration returns a length of time as a report gives it: compound (a
// source.Period, "two years and two days") when compound is true, else in
// one unit ("72 hours", "a year and a half").
func (g *generator) duration(compound bool) source.Count {
	if compound {
		return g.parse(pick(g, periods), source.MeasureDuration)
	}
	return g.parse(pick(g, []string{"72 hours", "30 days", "five days", "two weeks", "three months", "a year and a half", "90 minutes"}), source.MeasureDuration)
}

// casualties returns the casualty figures of an attack on target, a place
// of country def, at event i: killed and injured, and where reports give
// them the missing, a revised toll, a group counted apart ("children",
// "Ukrainian soldiers"), the dead feared, and figures for the region
// around the target.
func (g *generator) casualties(i int, def int, target place2) []source.Count {
	killed := g.count(i, source.MeasureKilled, 60)
	injured := g.count(i, source.MeasureInjured, 150)
	if g.chance(0.05) { // "hospitalised", a kind of injured
		injured.Measure, injured.Broader = "hospitalised", source.MeasureInjured
	}
	if g.chance(0.05) {
		killed.Includes = []string{pick(g, []string{"five children", "two rescuers", "a police officer"})}
	}
	out := make([]source.Count, 2, 5)
	out[0], out[1] = killed, injured
	switch g.intn(4) {
	case 0: // a later toll that revises the first
		rev := g.count(i, source.MeasureKilled, 90)
		out[0].Ref, rev.Ref, rev.Revises = "k1", "k2", "k1"
		out = append(out, rev)
	case 1:
		out = append(out, g.count(i, source.MeasureMissing, 12))
	}
	switch d := g.intn(40); {
	case d < 6: // a group counted apart, a part of the toll: "including 12 children"
		c := g.count(i, source.MeasureKilled, 12)
		whole := &out[0]
		if c.Subject = pick(g, subjects); g.chance(0.3) {
			c.Measure, whole = source.MeasureInjured, &out[1]
		}
		if g.chance(0.6) {
			if whole.Ref == "" {
				whole.Ref = "w" + string(whole.Measure[0])
			}
			c.Within = whole.Ref
		}
		out = append(out, c)
	case d < 8: // "12 Ukrainian soldiers"
		c := g.count(i, source.MeasureKilled, 40)
		c.Subject, c.Of = source.SubjectSoldiers, g.inst[def][instForces]
		out = append(out, c)
	case d < 10: // "feared dead"
		c := g.count(i, source.MeasureKilled, 30)
		c.Modality = source.ModalityFeared
		out = append(out, c)
	}
	if region, ok := g.lastRegionID[target.sub]; ok && region != target.id && g.chance(0.1) {
		// the toll for the region, with or without the city itself
		c := g.count(i, source.MeasureKilled, 80)
		c.In = append(c.In, region)
		if g.chance(0.4) {
			c.Excluding = append(c.Excluding, target.id)
			c.Excludes = []string{"outside " + target.label}
		}
		out = append(out, c)
	}
	if g.chance(0.03) {
		out[0].Excludes = []string{pick(g, excludes)}
	}
	return out
}

// thousands writes n with commas between thousands ("4,500").
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// ---- times ----

// eventDay returns the day of event i on the timeline.
func (g *generator) eventDay(i int) time.Time {
	return start.AddDate(0, 0, i*span/max(1, g.o.Events)+g.intn(3))
}

// resolve reads a time phrase against ref with a source.Resolver.
func resolve(phrase string, ref time.Time) source.Time {
	t, err := source.Resolver{Ref: ref}.Parse(phrase)
	must(err)
	return t
}

// when returns the time of event i, at one of the precisions reports use,
// many of them phrases a source.Resolver reads against the day of the
// report.
func (g *generator) when(i int, day time.Time) source.Time {
	switch d := g.intn(40); {
	case d < 7: // a weekday resolved against the report's date
		phrase := weekdays[day.Weekday()]
		if g.chance(0.3) {
			phrase = "on " + phrase
		}
		return resolve(phrase, day.AddDate(0, 0, g.intn(6)))
	case d < 10: // "early Monday", "late on Tuesday"
		return resolve(fmt.Sprintf(pick(g, dayParts), weekdays[day.Weekday()]), day.AddDate(0, 0, g.intn(6)))
	case d < 16:
		return resolve(day.Format("January 2, 2006"), time.Time{})
	case d < 20: // an hour in a named zone
		z := pick(g, timeZones)
		at := time.Date(day.Year(), day.Month(), day.Day(), g.intn(24), 0, 0, 0, time.FixedZone(z.text, z.offset*3600))
		return source.At(at, source.PrecisionHour, z.text, at.Format("3 p.m.")+" "+z.text)
	case d < 22: // a clock time the Resolver reads: "at 15:00 Kyiv time"
		return resolve(g.clock(), day)
	case d < 24:
		z := pick(g, timeZones)
		at := time.Date(day.Year(), day.Month(), day.Day(), g.intn(24), g.intn(60), 0, 0, time.FixedZone(z.text, z.offset*3600))
		return source.At(at, source.PrecisionMinute, z.text, at.Format("15:04")+" "+z.text)
	case d < 28: // overnight
		return resolve("overnight", day.AddDate(0, 0, 1))
	case d < 30:
		return source.Month(day.Year(), day.Month(), "in "+day.Format("January"))
	case d < 32: // "mid-March": the part of the month the day is in
		part := "early "
		switch {
		case day.Day() > 24 && g.chance(0.5):
			part = "the end of "
		case day.Day() > 20:
			part = "late "
		case day.Day() > 10:
			part = "mid-"
		}
		return resolve(part+day.Format("January"), day)
	case d < 34:
		return source.Year(day.Year(), "in "+strconv.Itoa(day.Year()))
	case d < 36:
		return source.Between(day, day.AddDate(0, 0, 2+g.intn(5)), source.PrecisionDay, "over several days")
	case d < 38:
		return source.Time{Text: pick(g, []string{"during the campaign", "earlier", "at the weekend"})}
	}
	return source.Time{}
}

// clock returns a clock time in a zone, as reports give it ("at 0300
// GMT", "at 15:00 Kyiv time"), between 05:00 and 22:45, clear of the
// hours a zone skips or repeats when its clocks change. A zone of a city
// is rare: the Resolver looks it up in the IANA database, which costs
// more than the rest of an event.
func (g *generator) clock() string {
	h, m, z := 5+g.intn(18), 15*g.intn(4), pick(g, clockZones)
	if g.chance(0.005) {
		z = pick(g, cityZones)
	}
	if z == "GMT" && g.chance(0.5) {
		return fmt.Sprintf("at %02d%02d GMT", h, m) // the wires' "0300 GMT"
	}
	return fmt.Sprintf("at %02d:%02d %s", h, m, z)
}

// otherTime returns another source's account of when an event at t
// happened ("late on Sunday" where the dataset has early Monday; "the day
// before"), read by a source.Resolver as a report reads it, phrase after
// phrase; the zero Time when t has no single day.
func (g *generator) otherTime(t source.Time) source.Time {
	if t.Start.IsZero() || t.Bound != "" || !t.End.IsZero() || t.Precision == source.PrecisionMonth || t.Precision == source.PrecisionYear {
		return source.Time{}
	}
	day := t.Start.Truncate(24 * time.Hour)
	r := source.Resolver{Ref: day.AddDate(0, 0, 1)}
	var phrase string
	switch g.intn(3) {
	case 0: // the evening before, by another account
		phrase = "late on " + weekdays[day.AddDate(0, 0, -1).Weekday()]
	case 1: // a report that dates the event, then says "the day before"
		_, err := r.Read(day.Format("January 2"))
		must(err)
		phrase = "the day before"
	default: // a clock time, then another in the zone it named
		_, err := r.Read(day.Format("January 2") + " " + g.clock())
		must(err)
		phrase = fmt.Sprintf("at %02d:%02d", 5+g.intn(18), 15*g.intn(4))
	}
	o, err := r.Read(phrase)
	must(err)
	return o
}

// otherTimes returns, for some events, other sources' accounts of their
// time.
func (g *generator) otherTimes(i int, h *event.Header) {
	if !g.chance(0.05) {
		return
	}
	t := g.otherTime(h.Time)
	if t.IsZero() {
		return
	}
	rt := event.ReportedTime{Time: t, Attributions: g.attributions(i, 1)}
	switch d := g.intn(10); {
	case d < 2: // a later account of the time the event is placed by
		rt.Revises = event.RefTime
	case d < 4: // a first account, then a revised one
		rt.Ref = "a1"
		h.OtherTimes = append(h.OtherTimes, rt)
		rt = event.ReportedTime{Ref: "a2", Time: g.otherTime(h.Time), Attributions: g.attributions(i, 1), Revises: "a1"}
		if rt.Time.IsZero() {
			return
		}
	}
	h.OtherTimes = append(h.OtherTimes, rt)
}
