package parquet

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/walk"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// The record types, as the record_type columns write them: the names
// the story's claims view gives them (newsevent.Address.Type).
const (
	typeActor     = "actor"
	typeTerritory = "territory"
	typeSource    = "source"
	typeStatus    = "status"
	typeEvent     = "event"
	typeIdentity  = "identity"
)

// The relations of the places table.
const (
	relPlace     = "place"     // a place of an event (Event.AllPlaces)
	relTerritory = "territory" // a territory a status is about
	relIn        = "in"        // a place a figure applies to
	relExcluding = "excluding" // a place a figure leaves out
)

// plan finds every figure, attribution and reported time inside a
// record, with its JSON path, as the story's claims view finds figures
// and times.
var plan = walk.New(reflect.TypeFor[source.Count](), reflect.TypeFor[source.Attribution](), reflect.TypeFor[event.ReportedTime]())

// The indexes of the targets of plan.
const (
	targetCount = iota
	targetAttribution
	targetTime
)

// reader reads a story, a record at a time, into the rows of the tables.
type reader struct {
	s  *newsevent.Story
	ts *tableSet

	// fatal is the number of dead each event's reports guarantee, for
	// the events table (newsevent.Claims.Fatalities).
	fatal map[event.ID]newsevent.Fatality

	// the record being walked
	recID, recType string
	visit          walk.Visit
}

// story reads every record, in the order of the story's JSON form:
// actors, territories, sources, statuses, events, identities. Each is a
// copy the story makes ([newsevent.Story.Records]), dropped once its rows
// are made. When no table asked for needs the events (a table of actors,
// say), it stops before them, as copying them costs most.
func (r *reader) story() {
	ts := r.ts
	r.visit = r.found
	if ts.events.on() {
		r.fatal = r.s.Claims().Fatalities()
	}
	walks := ts.figures.on() || ts.attributions.on() || ts.places.on() || ts.times.on()
	events := walks || ts.events.on() || ts.participants.on() || ts.links.on()
	skipped := false
	for rec := range r.s.Records() {
		var v any // the record, for the walk
		switch rec := rec.(type) {
		case newsevent.ActorRecord:
			r.actor(rec.Actor)
			v, r.recID, r.recType = &rec.Actor, id(rec.Actor.ID), typeActor
		case newsevent.TerritoryRecord:
			r.territory(rec.Territory)
			v, r.recID, r.recType = &rec.Territory, id(rec.Territory.ID), typeTerritory
		case newsevent.SourceRecord:
			r.source(rec.Source)
			v, r.recID, r.recType = &rec.Source, id(rec.Source.ID), typeSource
		case newsevent.StatusRecord:
			r.status(rec.Status)
			v, r.recID, r.recType = &rec.Status, id(rec.Status.ID), typeStatus
		case newsevent.EventRecord:
			if !events {
				skipped = true
				break
			}
			h := event.HeaderOf(rec.Event)
			if h == nil {
				continue
			}
			r.event(rec.Event)
			v, r.recID, r.recType = rec.Event, id(h.ID), typeEvent
		case newsevent.IdentityRecord:
			r.identity(rec.Identity)
			v, r.recID, r.recType = &rec.Identity, id(rec.Identity.ID), typeIdentity
		}
		if skipped {
			break
		}
		if walks && v != nil {
			plan.Walk(v, r.visit)
		}
	}
	if skipped && ts.identities.on() {
		// Nothing walks the identities here: every walked table needs
		// the events too.
		for _, i := range r.s.Identities() {
			r.identity(i)
		}
	}
}

// found makes the rows of a figure, an attribution or a reported time
// the walk finds.
func (r *reader) found(target int, v reflect.Value, at *walk.Path) {
	switch target {
	case targetCount:
		c := v.Addr().Interface().(*source.Count)
		if c.IsZero() {
			return // an empty optional figure (a meeting without a duration)
		}
		path := at.String("")
		r.figure(c, path)
		for _, t := range c.In {
			r.ts.places.add(placeRow{RecordID: r.recID, RecordType: r.recType, Path: path, Relation: relIn, TerritoryID: id(t)})
		}
		for _, t := range c.Excluding {
			r.ts.places.add(placeRow{RecordID: r.recID, RecordType: r.recType, Path: path, Relation: relExcluding, TerritoryID: id(t)})
		}
	case targetAttribution:
		if !r.ts.attributions.on() {
			return
		}
		a := v.Addr().Interface().(*source.Attribution)
		holder, index := holderOf(at.String(""))
		row := attributionRow{
			RecordID: r.recID, RecordType: r.recType, Path: holder, Index: index,
			SourceID: id(a.Source), Verb: string(a.Verb), Text: str(a.Text), Quotes: int32(min(len(a.Quotes), maxInt32)),
		}
		if !a.Grade.IsZero() {
			row.Grade = str(a.Grade.String())
		}
		r.ts.attributions.add(row)
	case targetTime:
		rt := v.Addr().Interface().(*event.ReportedTime)
		r.time(r.recID, at.String(""), rt.Ref, rt.Time, rt.Revises, rt.RevisesIn)
	}
}

// time makes the row of an account of an event's time.
func (r *reader) time(eventID, path, label string, t source.Time, revises string, revisesIn event.ID) {
	if !r.ts.times.on() {
		return
	}
	c := timeOf(t)
	r.ts.times.add(timeRow{
		EventID: eventID, Path: path, Ref: str(label),
		TimeStart: c.start, TimeEnd: c.end, TimePrecision: c.precision, TimeBound: c.bound,
		TimeText: c.text, TimeZone: c.zone, TimeInferred: c.inferred,
		Revises: str(revises), RevisesIn: ref(revisesIn),
	})
}

const maxInt32 = 1<<31 - 1

// holderOf splits the path of an attribution into the path of what it
// is attributed to and its index in that list:
// "casualties[1].attributions[0]" is ("casualties[1]", 0), and
// "attributions[2]", an attribution of the record itself, ("", 2).
func holderOf(path string) (string, int32) {
	index := int32(0)
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			if n, err := strconv.ParseInt(path[i+1:len(path)-1], 10, 32); err == nil {
				index = int32(n)
			}
			path = path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i], index
	}
	return "", index
}

func (r *reader) figure(c *source.Count, path string) {
	if !r.ts.figures.on() {
		return
	}
	row := figureRow{
		RecordID: r.recID, RecordType: r.recType, Path: path, Ref: str(c.Ref),
		Measure: string(c.Measure), Family: string(c.Family()), Broader: str(c.Broader),
		Qualifier: string(c.Qualifier), Magnitude: str(c.Magnitude), Period: str(c.Period.String()),
		Text: str(c.Text), Unit: str(c.Unit), Per: str(c.Per), Modality: str(c.Modality),
		Subject: str(c.Subject), OfID: ref(c.Of), WithinRef: str(c.Within), Revises: str(c.Revises), RevisesIn: ref(c.RevisesIn),
		Usable: c.Usable(), Denied: c.Denied(),
	}
	if !c.Currency.IsZero() {
		row.Currency = str(c.Currency.String())
	}
	switch {
	case !c.Period.IsZero(), c.IsVague():
		// no number of its own: a period is its parts, a vague figure its magnitude
	case c.IsRange():
		row.Min, row.Max = num(c.Min), num(c.Max)
	default:
		row.Value = num(c.Value)
	}
	if c.Period.IsZero() {
		row.Conservative, row.Best = num(c.Conservative()), num(c.Best())
	}
	asOf, over := timeOf(c.AsOf), timeOf(c.Over)
	row.AsOfStart, row.AsOfEnd, row.AsOfPrecision, row.AsOfBound, row.AsOfText, row.AsOfZone, row.AsOfInferred =
		asOf.start, asOf.end, asOf.precision, asOf.bound, asOf.text, asOf.zone, asOf.inferred
	row.OverStart, row.OverEnd, row.OverPrecision, row.OverBound, row.OverText, row.OverZone, row.OverInferred =
		over.start, over.end, over.precision, over.bound, over.text, over.zone, over.inferred
	r.ts.figures.add(row)
}

func (r *reader) event(e event.Event) {
	h := event.HeaderOf(e)
	eid := id(h.ID)
	if r.ts.events.on() {
		row := eventRow{EventID: eid, Kind: string(e.Kind()), Title: h.Title, Status: string(h.Status), Description: str(h.Description)}
		if f, ok := r.fatal[h.ID]; ok && f.Count <= math.MaxInt32 {
			n := int32(f.Count)
			row.Fatalities = &n
		}
		t, re := timeOf(h.Time), timeOf(h.Rescheduled)
		row.TimeStart, row.TimeEnd, row.TimePrecision, row.TimeBound, row.TimeText, row.TimeZone, row.TimeInferred =
			t.start, t.end, t.precision, t.bound, t.text, t.zone, t.inferred
		row.RescheduledStart, row.RescheduledEnd, row.RescheduledPrecision, row.RescheduledBound, row.RescheduledText, row.RescheduledZone, row.RescheduledInferred =
			re.start, re.end, re.precision, re.bound, re.text, re.zone, re.inferred
		if placed, ok := r.s.TimeOf(h.ID); ok {
			p := timeOf(placed)
			row.PlacedStart, row.PlacedEnd, row.PlacedPrecision, row.PlacedBound = p.start, p.end, p.precision, p.bound
			row.PlacedByLinks = h.Time.Start.IsZero() && !placed.Start.IsZero()
		}
		codes := e.Codes()
		row.CAMEO, row.PLOVER, row.PLOVERMode = str(codes.CAMEO), str(codes.PLOVER), str(codes.Mode)
		r.ts.events.add(row)
	}
	if !h.Time.IsZero() {
		r.time(eid, "time", event.RefTime, h.Time, "", event.ID{})
	}
	if r.ts.participants.on() {
		for _, p := range e.Participants() {
			r.ts.participants.add(participantRow{EventID: eid, ActorID: id(p.Actor), Role: string(p.Role)})
		}
	}
	if r.ts.places.on() {
		for _, t := range e.AllPlaces() {
			r.ts.places.add(placeRow{RecordID: eid, RecordType: typeEvent, Relation: relPlace, TerritoryID: id(t)})
		}
	}
	if r.ts.links.on() {
		for i, l := range e.AllLinks() {
			row := linkRow{
				EventID: eid, Index: int32(min(i, maxInt32)), Type: string(l.Type), ToID: id(l.To),
				Implied: i >= len(h.Links), Ref: str(l.Ref), Text: str(l.Text), OffsetText: str(l.Offset.Text),
			}
			if l.Offset.Min != 0 || l.Offset.Max != 0 {
				row.OffsetMinSecs = num(time.Duration(l.Offset.Min).Seconds())
			}
			if l.Offset.Max != 0 {
				row.OffsetMaxSecs = num(time.Duration(l.Offset.Max).Seconds())
			}
			r.ts.links.add(row)
		}
	}
}

func (r *reader) status(st territory.Status) {
	if r.ts.places.on() {
		for _, t := range st.Territories {
			r.ts.places.add(placeRow{RecordID: id(st.ID), RecordType: typeStatus, Relation: relTerritory, TerritoryID: id(t)})
		}
	}
	if !r.ts.statuses.on() {
		return
	}
	p := timeOf(st.Period)
	r.ts.statuses.add(statusRow{
		StatusID: id(st.ID), Relation: string(st.Relation), HolderID: ref(st.Holder), RecogniserID: ref(st.Recogniser),
		Extent: str(st.Extent), Standing: string(st.Standing),
		PeriodStart: p.start, PeriodEnd: p.end, PeriodPrecision: p.precision, PeriodBound: p.bound,
		PeriodText: p.text, PeriodZone: p.zone, PeriodInferred: p.inferred,
		Words: str(st.Words), FromEventID: ref(st.FromEvent), UntilEventID: ref(st.UntilEvent),
		BoundaryID: ref(st.Boundary), RevisesID: ref(st.Revises),
	})
}

func (r *reader) actor(a actor.Actor) {
	r.ts.actors.add(actorRow{
		ActorID: id(a.ID), Kind: string(a.Kind), Name: str(a.Name), Description: str(a.Description), Country: country(a.Country),
	})
}

func (r *reader) territory(t territory.Territory) {
	if !r.ts.territories.on() {
		return
	}
	row := territoryRow{
		TerritoryID: id(t.ID), Kind: string(t.Kind), Name: str(t.Name), Description: str(t.Description),
		Country: country(t.Country), Subdivision: str(t.Subdivision.String()), ParentID: ref(t.Parent), IsGroup: t.Group,
	}
	if !t.Point.IsZero() {
		row.Lat, row.Lon, row.PointPrecision = num(t.Point.Lat), num(t.Point.Lon), str(t.Point.Precision)
	}
	r.ts.territories.add(row)
}

func (r *reader) source(src source.Source) {
	if !r.ts.sources.on() {
		return
	}
	p := timeOf(src.Published)
	row := sourceRow{
		SourceID: id(src.ID), Kind: string(src.Kind), Title: str(src.Title), PublisherID: ref(src.Publisher),
		Platform: str(src.Platform), Handle: str(src.Handle), URL: str(src.URL),
		PublishedStart: p.start, PublishedEnd: p.end, PublishedPrecision: p.precision, PublishedBound: p.bound,
		PublishedText: p.text, PublishedZone: p.zone, PublishedInferred: p.inferred,
		ViaID: ref(src.Via), Description: str(src.Description), Excerpt: src.Excerpt, DatelineID: ref(src.Dateline),
		CopyOfID: ref(src.CopyOf), RevisesID: ref(src.Revises), Correction: src.Correction,
	}
	// The source's PublishedInferred and its time's own Inferred say the
	// same thing (that the date is not printed, and from what it comes);
	// the source's is written where both are given.
	if src.PublishedInferred != "" {
		row.PublishedInferred = str(src.PublishedInferred)
	}
	if src.Language != (language.Tag{}) {
		row.Language = str(src.Language.String())
	}
	r.ts.sources.add(row)
}

func (r *reader) identity(i newsevent.Identity) {
	r.ts.identities.add(identityRow{
		IdentityID: id(i.ID), ActorID: id(i.Actor), Relation: string(i.Relation), OtherID: id(i.Other), Text: str(i.Text),
	})
}

// country returns a country's ISO 3166-1 code, or nil (null) for none.
func country(c vocab.Country) *string { return str(c.String()) }
