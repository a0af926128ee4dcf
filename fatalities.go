package newsevent

import (
	"math"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
)

// Fatality is the number of dead the reports of one event guarantee, by
// the rule of [Claims.Fatalities], with the figure it comes from.
type Fatality struct {
	// Count is the number of dead, a whole number.
	Count int64
	// Figure is the figure the number comes from: its words, its sources.
	Figure source.Count
}

// Fatalities returns, per event, the number of dead its reports
// guarantee, by the conservative rule of conflict-event codebooks such as
// ACLED's (the lowest non-denied figure), which every export of the
// library shares:
//   - only figures of the killed family (see [source.Count.Family]) about
//     the event, that are live in the claims view (not revised, not denied
//     by every source, actual) and count people (no unit, rate or
//     currency), and usable ([source.Count.Usable]);
//   - figures that count the same thing ([source.Groups]) are weighed
//     together and the lowest is taken ([source.Lowest], by
//     [source.Count.Conservative]: "as many as 12" is 12, "dozens" 12, a
//     range its lower end);
//   - between groups that count different people or places of one event
//     (civilians and soldiers; two provinces), the largest of those
//     lowest figures is taken: each is a number of dead the reports
//     guarantee, and the model does not say whether the groups overlap;
//   - fractions are rounded down; a number that is not finite, negative,
//     or above 2^53 is left out.
//
// An event without such a figure has no entry.
func (c Claims) Fatalities() map[event.ID]Fatality {
	out := map[event.ID]Fatality{}
	for _, g := range c.Figures {
		if g.Family != source.MeasureKilled || g.About.Type != typeEvent.String() {
			continue
		}
		var live []source.Count
		for _, f := range g.Figures {
			n := f.Count
			if f.State == ClaimLive && n.Usable() && n.Unit == "" && n.Per == "" && n.Currency.IsZero() && n.Family() == source.MeasureKilled {
				live = append(live, n)
			}
		}
		id := event.ID(g.About.Record)
		for _, grp := range source.Groups(live) {
			low, ok := source.Lowest(grp)
			if !ok {
				continue
			}
			v := math.Floor(low.Conservative())
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1<<53 {
				continue
			}
			if cur, ok := out[id]; !ok || int64(v) > cur.Count {
				out[id] = Fatality{Count: int64(v), Figure: low}
			}
		}
	}
	return out
}
