package acled

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language/display"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// Options say how to write a story; the zero Options are ready to use. It
// has no fields yet: the columns and their values are the codebook's.
type Options struct{}

// Write writes the story's events as CSV in the columns of an ACLED export
// (see the package doc for what each column holds and which events are
// written): a header of [Columns], then one row per event that ACLED would
// code, ordered by event_date and, within a day, by the story's order.
// A nil story is an error; an invalid story is written as far as its
// records resolve.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	if s == nil {
		return errors.New("acled: no story to write")
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(columns); err != nil {
		return fmt.Errorf("acled: write the header: %w", err)
	}
	for _, r := range newWriter(s).rows() {
		if err := cw.Write(r.cells[:]); err != nil {
			return fmt.Errorf("acled: write the row of event %s: %w", r.id, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("acled: write: %w", err)
	}
	return nil
}

// writer holds the records of one story, by ID, while its rows are made.
type writer struct {
	events      []event.Event
	eventByID   map[event.ID]event.Event
	actors      map[actor.ID]actor.Actor
	territories map[territory.ID]territory.Territory
	sources     map[source.ID]source.Source
	fatalities  map[event.ID]newsevent.Fatality
}

func newWriter(s *newsevent.Story) *writer {
	w := &writer{
		events:      s.Events(),
		eventByID:   map[event.ID]event.Event{},
		actors:      map[actor.ID]actor.Actor{},
		territories: map[territory.ID]territory.Territory{},
		sources:     map[source.ID]source.Source{},
		fatalities:  s.Claims().Fatalities(),
	}
	for _, e := range w.events {
		w.eventByID[event.HeaderOf(e).ID] = e
	}
	for _, a := range s.Actors() {
		w.actors[a.ID] = a
	}
	for _, t := range s.Territories() {
		w.territories[t.ID] = t
	}
	for _, src := range s.Sources() {
		w.sources[src.ID] = src
	}
	return w
}

// row is one row of the CSV and what orders it.
type row struct {
	id     event.ID
	date   string // event_date, which orders the rows
	prefix string // the country's ISO 3166-1 alpha-3 code in event_id_cnty
	cells  [numColumns]string
}

// rows returns the rows of the events ACLED would code, ordered by date
// and then by the story's order, each with its event_id_cnty.
func (w *writer) rows() []row {
	var rows []row
	for _, e := range w.events {
		if r, ok := w.row(e); ok {
			rows = append(rows, r)
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(a.date, b.date) })
	serial := map[string]int{}
	for i := range rows {
		serial[rows[i].prefix]++
		rows[i].cells[colEventID] = rows[i].prefix + strconv.Itoa(serial[rows[i].prefix])
	}
	return rows
}

// row returns the row of an event, and false for an event ACLED would not
// code or that has no date at one of its precisions.
func (w *writer) row(e event.Event) (row, bool) {
	h := event.HeaderOf(e)
	if h == nil || !happened(h.Status) || denied(h.Attributions) {
		return row{}, false
	}
	sub, ok := w.subEventType(e)
	if !ok {
		return row{}, false
	}
	date, precision, ok := dateOf(h.Time)
	if !ok {
		return row{}, false
	}
	r := row{id: h.ID, date: date.Format(time.DateOnly)}
	c := &r.cells
	c[colEventDate] = r.date
	c[colYear] = strconv.Itoa(date.Year())
	c[colTimePrecision] = strconv.Itoa(precision)
	c[colDisorderType] = subEventTypes[sub].disorder
	c[colEventType] = subEventTypes[sub].eventType
	c[colSubEventType] = sub

	sd := w.sides(e)
	inter1, inter2 := w.actorCells(c, colActor1, colAssocActor1, colInter1, sd.actor1, sd.assoc1),
		w.actorCells(c, colActor2, colAssocActor2, colInter2, sd.actor2, sd.assoc2)
	if inter1 >= 0 && inter2 >= 0 {
		c[colInteraction] = interaction(inter1, inter2)
	}

	r.prefix = w.placeCells(c, e)
	c[colSource] = strings.Join(w.sourceNames(h.Attributions), "; ")
	c[colNotes] = notes(h)
	c[colFatalities] = strconv.FormatInt(w.fatalities[h.ID].Count, 10)
	return r, true
}

// happened reports whether an event with this status took place, as the
// events ACLED codes have: it occurred, goes on, went on and is halted,
// or is alleged by a source.
func happened(s event.Status) bool {
	switch s {
	case event.StatusOccurred, event.StatusOngoing, event.StatusSuspended, event.StatusAlleged:
		return true
	}
	return false
}

// denied reports whether every source an event is attributed to denies
// it (and it has one).
func denied(attrs []source.Attribution) bool {
	for _, a := range attrs {
		if a.Verb != source.VerbDenied {
			return false
		}
	}
	return len(attrs) > 0
}

// subEventType returns the codebook's sub-event type of an event, and
// false for an event ACLED does not code.
func (w *writer) subEventType(e event.Event) (string, bool) {
	switch e := e.(type) {
	case *event.Attack:
		return w.attackType(e)
	case *event.Meeting:
		for _, t := range e.Agenda {
			if _, ok := w.eventByID[t.Event].(*event.Proposal); ok {
				return subAgreement, true
			}
		}
	case *event.Proposal:
		switch e.Stage {
		case event.StageAgreed, event.StageSigned, event.StageInForce:
			return subAgreement, true
		}
	case *event.Response:
		if e.Act == event.ResponseSign || e.Act == event.ResponseAccept {
			if _, ok := w.eventByID[e.To].(*event.Proposal); ok {
				return subAgreement, true
			}
		}
	case *event.Other:
		if _, ok := subEventTypes[e.Action]; ok {
			return e.Action, true
		}
	}
	return "", false
}

// attackType returns the sub-event type of an attack: from its first
// method that has one, else from its first weapon that has one, else from
// whom it targets (see the package doc).
func (w *writer) attackType(a *event.Attack) (string, bool) {
	armed := false
	person := false
	for _, t := range a.Targets {
		switch w.actors[t.Actor].Kind {
		case actor.KindArmedForce, actor.KindState, actor.KindGovernment:
			armed = true
		case actor.KindPerson:
			person = true
		}
	}
	firearms := subAttack
	if armed {
		firearms = subArmedClash
	}
	for _, m := range a.Methods {
		switch m {
		case event.MethodAirStrike, event.MethodDroneStrike:
			return subAirDrone, true
		case event.MethodMissileStrike, event.MethodShelling:
			return subShelling, true
		case event.MethodSuicideBombing:
			return subSuicideBomb, true
		case event.MethodCarBombing, event.MethodRoadsideBombing, event.MethodBombing:
			return subRemoteExplosive, true
		case event.MethodAbduction:
			return subAbduction, true
		case event.MethodPhysicalAssault:
			return subAttack, true
		case event.MethodGroundAssault:
			return subArmedClash, true
		case event.MethodShooting:
			return firearms, true
		}
	}
	for _, wpn := range a.Weapons {
		for _, k := range wpn.Kinds {
			switch k {
			case event.WeaponMissile, event.WeaponBallisticMissile, event.WeaponCruiseMissile, event.WeaponRocket, event.WeaponArtillery:
				return subShelling, true
			case event.WeaponDrone, event.WeaponDecoyDrone, event.WeaponAerialBomb:
				return subAirDrone, true
			case event.WeaponIED:
				return subRemoteExplosive, true
			case event.WeaponFirearm:
				return firearms, true
			}
		}
	}
	switch {
	case armed:
		return subArmedClash, true
	case a.Targeted && person:
		return subAttack, true
	}
	return "", false
}

// sides are the actors of a row: actor1 and those associated with it,
// actor2 and those associated with it.
type sides struct {
	actor1, actor2 actor.ID
	assoc1, assoc2 []actor.ID
}

// The roles of an *event.Other that name the actor columns; Read gives
// them.
const (
	roleActor1 event.Role = "actor1"
	roleActor2 event.Role = "actor2"
	roleAssoc1 event.Role = "assoc_actor_1"
	roleAssoc2 event.Role = "assoc_actor_2"
)

// sides returns the actors of an event's row.
func (w *writer) sides(e event.Event) sides {
	var sd sides
	// pair puts a list of the sides of an agreement or a meeting in the
	// columns: the first two as actor1 and actor2, the others with actor1.
	pair := func(ids []actor.ID) {
		ids = distinct(ids)
		if len(ids) > 0 {
			sd.actor1 = ids[0]
		}
		if len(ids) > 1 {
			sd.actor2 = ids[1]
		}
		if len(ids) > 2 {
			sd.assoc1 = ids[2:]
		}
	}
	switch e := e.(type) {
	case *event.Attack:
		sd.actor1 = e.Attacker
		var targets []actor.ID
		for _, t := range e.Targets {
			targets = append(targets, t.Actor)
		}
		targets = distinct(targets)
		if len(targets) > 0 {
			sd.actor2, sd.assoc2 = targets[0], targets[1:]
		}
	case *event.Meeting:
		pair(e.Attendees)
	case *event.Proposal:
		if len(e.Parties) > 0 {
			pair(e.Parties)
		} else {
			pair(e.Proposers)
		}
	case *event.Response:
		sd.actor1 = e.Responder
	case *event.Other:
		named := false
		for _, p := range e.Roles {
			switch p.Role {
			case roleActor1, roleActor2, roleAssoc1, roleAssoc2:
				named = true
			}
		}
		if !named {
			var ids []actor.ID
			for _, p := range e.Roles {
				ids = append(ids, p.Actor)
			}
			pair(ids)
			break
		}
		for _, p := range e.Roles {
			switch p.Role {
			case roleActor1:
				if sd.actor1.IsZero() {
					sd.actor1 = p.Actor
				}
			case roleActor2:
				if sd.actor2.IsZero() {
					sd.actor2 = p.Actor
				}
			case roleAssoc1:
				sd.assoc1 = append(sd.assoc1, p.Actor)
			case roleAssoc2:
				sd.assoc2 = append(sd.assoc2, p.Actor)
			}
		}
	}
	return sd
}

// distinct returns the non-zero IDs of ids, once each, in order.
func distinct[T comparable](ids []T) []T {
	var zero T
	var out []T
	for _, id := range ids {
		if id != zero && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// actorCells fills the actor, associated actors and type columns of one
// side and returns the side's type code: interNone without an actor, -1
// for an actor whose type the model does not tell.
func (w *writer) actorCells(c *[numColumns]string, nameCol, assocCol, interCol int, id actor.ID, assoc []actor.ID) int {
	var names []string
	for _, a := range distinct(assoc) {
		if n := w.actorName(a); n != "" && a != id && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	c[assocCol] = strings.Join(names, "; ")
	name := w.actorName(id)
	if name == "" {
		c[interCol] = strconv.Itoa(interNone)
		return interNone
	}
	c[nameCol] = name
	code := interOf(w.actors[id].Kind)
	if code >= 0 {
		c[interCol] = strconv.Itoa(code)
	}
	return code
}

// actorName returns the name of an actor, or its description when it has
// none, or "" for an actor the story does not hold.
func (w *writer) actorName(id actor.ID) string {
	a, ok := w.actors[id]
	if !ok {
		return ""
	}
	if a.Name != "" {
		return a.Name
	}
	return a.Description
}

// interOf returns the codebook's actor type of an actor kind: State Forces
// for a state, a government or an armed force, and -1 for the kinds the
// model does not sort into ACLED's types.
func interOf(k actor.Kind) int {
	switch k {
	case actor.KindState, actor.KindGovernment, actor.KindArmedForce:
		return interStateForces
	}
	return -1
}

// placeCells fills the place columns of an event's row and returns the
// prefix of its event_id_cnty: the ISO 3166-1 alpha-3 code of its
// country, when the iso column has its number.
func (w *writer) placeCells(c *[numColumns]string, e event.Event) string {
	place, ok := w.place(e.AllPlaces())
	if !ok {
		return ""
	}
	chain := w.chain(place.ID) // from the place up
	var country *territory.Territory
	code := place.Country
	for i := range chain {
		t := &chain[i]
		if country == nil && t.Kind == territory.KindCountry {
			country = t
		}
		if code.IsZero() {
			code = t.Country
		}
	}
	switch {
	case country != nil:
		c[colCountry] = nameOf(*country)
	case !code.IsZero():
		c[colCountry] = display.English.Regions().Name(code.Region())
	}
	prefix := ""
	if !code.IsZero() {
		if n := code.Region().M49(); n > 0 {
			c[colISO] = strconv.Itoa(n)
			prefix = code.Region().ISO3()
		}
	}
	// The administrative levels are the regions between the country and
	// the place, the place included, from the top down; a record that
	// stands for several regions is none of them.
	var admins []string
	for i := len(chain) - 1; i >= 0; i-- {
		t := chain[i]
		if country != nil && t.ID == country.ID {
			admins = admins[:0]
			continue
		}
		if t.Kind == territory.KindRegion && !t.Group {
			admins = append(admins, nameOf(t))
		}
	}
	for i, col := range []int{colAdmin1, colAdmin2, colAdmin3} {
		if i < len(admins) {
			c[col] = admins[i]
		}
	}
	c[colLocation] = nameOf(place)
	for i, t := range chain {
		if t.Point.IsZero() {
			continue
		}
		c[colLatitude] = degrees(t.Point.Lat)
		c[colLongitude] = degrees(t.Point.Lon)
		c[colGeoPrecision] = strconv.Itoa(geoPrecision(t, i > 0))
		break
	}
	return prefix
}

// place returns the place an event's row is at: of the event's places,
// the first that stands for one place (not a group) and contains none of
// the others, as ACLED codes the most specific location it can; failing
// that, the first place the story holds.
func (w *writer) place(ids []territory.ID) (territory.Territory, bool) {
	var places []territory.Territory
	for _, id := range ids {
		if t, ok := w.territories[id]; ok {
			places = append(places, t)
		}
	}
	for _, t := range places {
		if t.Group {
			continue
		}
		contains := false
		for _, o := range places {
			if o.ID != t.ID && slices.ContainsFunc(w.chain(o.ID)[1:], func(a territory.Territory) bool { return a.ID == t.ID }) {
				contains = true
				break
			}
		}
		if !contains {
			return t, true
		}
	}
	if len(places) == 0 {
		return territory.Territory{}, false
	}
	return places[0], true
}

// chain returns a territory and the territories that contain it, from the
// territory up, as far as the story holds them and without going round a
// loop of parents.
func (w *writer) chain(id territory.ID) []territory.Territory {
	var out []territory.Territory
	seen := map[territory.ID]bool{}
	for !id.IsZero() && !seen[id] {
		t, ok := w.territories[id]
		if !ok {
			break
		}
		seen[id] = true
		out = append(out, t)
		id = t.Parent
	}
	return out
}

// nameOf returns the name of a territory, or its description when it has
// none.
func nameOf(t territory.Territory) string {
	if t.Name != "" {
		return t.Name
	}
	return t.Description
}

// degrees writes a coordinate in the codebook's four decimal places.
func degrees(v float64) string {
	v = math.Round(v*1e4) / 1e4
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0 // no "-0.0000"; a point's coordinates are finite in a valid story
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// geoPrecision returns the codebook's geo_precision of the point that
// locates a row: 1 for a point of the place itself or of the town it is
// in, 2 for a point near it, 3 for a point of a region or a country. A
// point of a territory that contains the place (inherited) is 3 unless that
// territory is a city, a town or a facility.
func geoPrecision(t territory.Territory, inherited bool) int {
	if inherited {
		switch t.Kind {
		case territory.KindCity, territory.KindTown, territory.KindFacility:
		default:
			return 3
		}
	}
	switch t.Point.Precision {
	case territory.PrecisionExact, territory.PrecisionTown:
		return 1
	case territory.PrecisionNear:
		return 2
	}
	return 3
}

// sourceNames returns the names of the sources an event is attributed to,
// by those that do not deny it, once each, in order.
func (w *writer) sourceNames(attrs []source.Attribution) []string {
	var names []string
	for _, a := range attrs {
		if a.Verb == source.VerbDenied {
			continue
		}
		if n := w.sourceName(a.Source); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// sourceName returns the name a source goes by in the source column: its
// publisher's name, else its first author's, else its title; "" when it
// has none of them.
func (w *writer) sourceName(id source.ID) string {
	src, ok := w.sources[id]
	if !ok {
		return ""
	}
	if n := w.actorName(src.Publisher); n != "" {
		return n
	}
	for _, a := range src.Authors {
		if n := w.actorName(a); n != "" {
			return n
		}
	}
	return src.Title
}

// notes returns the notes of an event's row: its title, and its
// description after it.
func notes(h *event.Header) string {
	if h.Description == "" {
		return h.Title
	}
	if strings.HasSuffix(h.Title, ".") || strings.HasSuffix(h.Title, "!") || strings.HasSuffix(h.Title, "?") {
		return h.Title + " " + h.Description
	}
	return h.Title + ". " + h.Description
}

// dateOf returns the event_date and time_precision of a time, and false
// for a time the codebook's precisions do not cover: no date, a bound or an
// open period, a year, a period of months, or a period of days longer than
// a week that runs into another month.
//
// A day, or an instant within one (dated by its day in UTC), is
// precision 1. A period of two to seven days is precision 2, dated by its
// middle day (the earlier of two). A month, or a period of days longer
// than a week within one month, is precision 3, dated by the middle of the
// month, the 15th, unless the period is at the month's beginning (from
// the 1st to the 10th at the latest: the 1st) or at its end (from the 21st
// at the earliest to the last day: the last day), as the codebook dates
// events of which only the month, or its beginning or end, is known.
func dateOf(t source.Time) (time.Time, int, bool) {
	if t.Start.IsZero() || t.Bound != "" {
		return time.Time{}, 0, false
	}
	day := func(x time.Time) time.Time {
		x = x.UTC()
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	}
	start := day(t.Start)
	switch t.Precision {
	case source.PrecisionSecond, source.PrecisionMinute, source.PrecisionHour, source.PrecisionDay:
	case source.PrecisionMonth:
		if !t.End.IsZero() && (t.End.Year() != start.Year() || t.End.Month() != start.Month()) {
			return time.Time{}, 0, false
		}
		return start.AddDate(0, 0, 14), 3, true
	default:
		return time.Time{}, 0, false
	}
	end := start
	if !t.End.IsZero() {
		end = day(t.End)
	}
	days := int(end.Sub(start).Hours()/24) + 1
	switch {
	case days < 1:
		return time.Time{}, 0, false
	case days == 1:
		return start, 1, true
	case days <= 7:
		return start.AddDate(0, 0, (days-1)/2), 2, true
	case end.Year() != start.Year() || end.Month() != start.Month():
		return time.Time{}, 0, false
	}
	last := time.Date(start.Year(), start.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	switch {
	case start.Day() == 1 && end.Day() <= 10:
		return start, 3, true
	case start.Day() >= 21 && end.Equal(last):
		return last, 3, true
	}
	return time.Date(start.Year(), start.Month(), 15, 0, 0, 0, 0, time.UTC), 3, true
}
