// Package plover writes the events of a story as PLOVER event records: one
// JSON object per event, with its PLOVER category, mode, actors, recipients,
// location, date and source, named as the PLOVER manual names them
// (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 2.0, chapter "Data
// Fields", at commit 5e0c24f of 4 February 2024). The manual suggests JSON
// Lines, one record a line, which is what [Write] writes by default;
// [Options.Array] writes one JSON array instead. The PLOVER repository holds
// no JSON Schema of the record, and no description of the POLECAT dataset's
// records (the manual only cites the papers that do), so the record follows
// the manual's tables: the event record, the entity object and the location
// object.
//
// Only events with a PLOVER category are written (see [event.Codes]):
// PLOVER drops CAMEO's public statements (01) and appeals (02), and codes no
// disaster, election or change of office. Records come in the order of the
// story's timeline, so the same story always gives the same bytes.
//
// # What maps
//
// The fields of a record, in the manual's order:
//   - id: the event's ID (a UUID string).
//   - date, time: the event's own time ([event.Header] Time, as reported,
//     never a time the timeline infers) when it is known to the day or
//     better: date is YYYY-MM-DD and, at hour, minute or second precision,
//     time is hh:mmZ or hh:mm:ssZ, in UTC, so that date + "T" + time is an
//     ISO 8601 date-time as the manual asks (an hour is written as hh:00). A
//     period that began on a day and goes on ("since 24 April") gives its
//     start.
//   - enddate, endtime: the end of a period known to the day or better.
//   - actor: the entities that carry out the event, by kind: an attack's
//     attacker; a statement's speaker; every attendee, host and mediator of
//     a meeting (the manual puts all the entities of a reciprocal meeting
//     in actor, with no recipient); a proposal's proposers, or its parties
//     when no proposer is named; a response's responder; a conflict's
//     parties; the roles attacker, speaker, proposer, responder, host,
//     attendee, mediator and party of a generic event ([event.Other]) or of a
//     header's Involved, and the role words listed in
//     [Options.ActorRoles]. An event without one gets the entity
//     {"sector": "UNK"}, the manual's sector for an unidentified actor
//     ("two civilians were killed by a bomb"): actor is required.
//   - recipient: the entities the event is aimed at: an attack's targeted
//     actors; a statement's addressees and subjects; a proposal's
//     addressees; the actors of the event a response answers (those the
//     rules above put in its actor); the roles target, addressee and
//     subject, and the role words of [Options.RecipientRoles].
//   - event: the PLOVER category, a list of one.
//   - event_loc: the first place the event names ([event.Event.AllPlaces]:
//     the header's places, then those of its typed fields), as the manual's
//     location object: resolved_place is its name; extracted_place the
//     description of an unnamed place (its only name, as the report gives
//     it); geonameid its GeoNames ID; lat and lon its point, where it has
//     one; city the nearest city or town among the place and the places
//     that contain it; country the name of the country among them;
//     country_code the ISO 3166-1 alpha-3 code of its country; resolution 1
//     for a country, 4 for a city or town, 5 for a facility.
//   - quad_code: the quad category of the PLOVER category: 1 verbal
//     cooperation, 2 material cooperation, 3 verbal conflict, 4 material
//     conflict. The manual contradicts itself on SANCTION: its table of
//     quad numbers lists it under verbal conflict, while its chapter on
//     SANCTION and its summary of categories put it under material
//     conflict; this package follows the two and writes 4.
//   - event_scale: the PLOVER score of the category and mode from the
//     manual's table of conflict–cooperation scores, where the table has
//     the pair (the category alone when there is no mode). Some modes of the
//     2021 conversion table that the library's codes come from are not in
//     the scores table (assassinate, massacre, cleansing, ban, return...):
//     such records have no event_scale. The table gives ACCUSE +3 beside
//     negative scores for all of its modes; it is written as printed.
//   - mode: the PLOVER mode, a list of one, where the codes give one.
//   - link: the event that this one is part of (its first part_of link),
//     the manual's "common reference across multiple related events".
//   - cite_info: the first source that reports the event (the first of its
//     attributions whose verb is not denied): citation is the source's ID,
//     url its URL, title its title, language its language as an ISO 639-1
//     code (when it has one), publication the name of its publisher.
//   - comment: the event's title, the dataset's label for it.
//
// In an entity (actor and recipient), code is the ISO 3166-1 alpha-3 code
// of the actor's country (KOS for Kosovo, as the manual writes it);
// sector is GOV for a government, MIL for an armed force and JRN for a news
// medium; an organisation takes the sector of the nearest of these that it
// belongs to (its member_of, and theirs), and a person that of the first
// actor one of their roles at the event's time is held in or for (a
// lieutenant general of the armed forces is MIL); states, groups and others
// get none. entity_text is the actor's name, or the description of an
// unnamed actor (the model does not keep which words of a sentence named
// the actor); identifier_id is its Wikidata ID (Q...), as the manual asks;
// office is the title of the first of its roles that holds at the event's
// time (one that is not former and, where the role's dates are given,
// began before and had not ended). An actor or place missing from the story
// (an unvalidated story) is left out. The manual's chapter on actors shows
// an actor block with other names (raw_text, entity_name, wikidata_id,
// wiki_description, country_name, sector_code, other_sector_codes); this
// package follows the table of its chapter "Data Fields", whose smallest
// record ("actor": [{"code": "USA"}]) uses the same names.
//
// Two fields of a record are this package's own, as the manual allows
// ("providers should feel free to include named fields beyond those
// provided here"): cameo, the CAMEO 1.1b3 code the PLOVER codes derive
// from, and status, the event's lifecycle status (occurred, planned,
// alleged...): PLOVER codes what a report says, and status keeps whether
// the report says it happened.
//
// # What is lost
//
//   - context: the library does not code PLOVER contexts (military,
//     economic, diplomatic...), so no record has one.
//   - time: at month or year precision ("in 2022"), or as a bound ("not
//     before 25 April") or a phrase without a date, an event has no date:
//     the manual wants a day, and none is invented. The phrase as written,
//     the zone as written and the other accounts of the time are lost.
//   - actor and recipient: roles that are neither side (those blamed and
//     who blames them, whose names for an event are recorded, the
//     beneficiaries, members and alliances of a proposal's clauses,
//     candidates, winners, guarantors, and role words of the user's own not
//     named in [Options]); who is blamed for an attack with no stated
//     attacker.
//   - entities: the manual's identifier_text (the Wikidata label: the
//     library keeps its own name for an actor, not Wikidata's), religion,
//     ethnicity, gender and age (the model has none); sectors the manual
//     gives that the model cannot tell (REB, PTY, CVL, ...); the codes the
//     manual gives international bodies (IGO, UNO, EUR, NGO, ...); the
//     folding of a dependency into its controlling state; roles after the
//     first; names in other languages, aliases and handles.
//   - event_loc: places after the first; district and province, and the
//     resolution of a region (the model does not say which administrative
//     level a region is), and of a front sector, an area or a line;
//     feature_class and feature_code (GeoNames' classes); the point's
//     precision.
//   - attributions beyond the first source, each attribution's verb and
//     quotes, and the chain a source came through (Via).
//   - figures: casualties, weapons counts and every other figure, with
//     their qualifiers and sources. The manual's size object (dead,
//     injured, arrested) holds one number each, where a story keeps several
//     qualified, attributed figures side by side.
//   - quotes, notes, the event's names, its description, its links other
//     than the first part_of, and the typed fields of its kind (methods,
//     weapons, speech acts, clauses, stages...) beyond what its codes say.
//   - the territorial statuses and identity claims of the story.
//   - event_text, text, text_info, coder, coded_date and coded_time: the
//     story keeps no text of the report, and records no coding run;
//     has_event, which marks records of a pre-processing pipeline.
package plover

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// Options say how to write records; the zero Options write JSON Lines and
// place only the library's own roles.
type Options struct {
	// Array writes one JSON array of records, one record a line between
	// the brackets, instead of JSON Lines.
	Array bool
	// ActorRoles are role words of the user's own (the roles of an
	// [event.Other] or of a header's Involved, such as "provider" or
	// "releaser") whose actors go into a record's actor list.
	ActorRoles []event.Role
	// RecipientRoles are role words of the user's own ("released") whose
	// actors go into a record's recipient list. A word in both lists counts
	// as an actor role.
	RecipientRoles []event.Role
}

// record is one PLOVER event record; its fields follow the manual's table
// "PLOVER JSON", then this package's own cameo and status.
type record struct {
	ID        string   `json:"id"`
	Date      string   `json:"date,omitempty"`
	Time      string   `json:"time,omitempty"`
	EndDate   string   `json:"enddate,omitempty"`
	EndTime   string   `json:"endtime,omitempty"`
	Actor     []entity `json:"actor"`
	Recipient []entity `json:"recipient,omitempty"`
	Event     []string `json:"event"`
	EventLoc  *place   `json:"event_loc,omitempty"`
	QuadCode  int      `json:"quad_code,omitempty"`
	// EventScale is a pointer because 0 is a score (REQUEST) that must be
	// written, and no score must not be.
	EventScale *float64  `json:"event_scale,omitempty"`
	Mode       []string  `json:"mode,omitempty"`
	Link       string    `json:"link,omitempty"`
	CiteInfo   *citation `json:"cite_info,omitempty"`
	Comment    string    `json:"comment,omitempty"`
	CAMEO      string    `json:"cameo,omitempty"`
	Status     string    `json:"status,omitempty"`
}

// entity is the manual's "information object for entities".
type entity struct {
	Code         string `json:"code,omitempty"`
	Sector       string `json:"sector,omitempty"`
	EntityText   string `json:"entity_text,omitempty"`
	IdentifierID string `json:"identifier_id,omitempty"`
	Office       string `json:"office,omitempty"`
}

// place is the manual's location object.
type place struct {
	ExtractedPlace string `json:"extracted_place,omitempty"`
	ResolvedPlace  string `json:"resolved_place,omitempty"`
	GeonameID      int64  `json:"geonameid,omitempty"`
	// Lat and Lon are pointers because 0 is a latitude and a longitude.
	Lat         *float64 `json:"lat,omitempty"`
	Lon         *float64 `json:"lon,omitempty"`
	City        string   `json:"city,omitempty"`
	Country     string   `json:"country,omitempty"`
	CountryCode string   `json:"country_code,omitempty"`
	Resolution  int      `json:"resolution,omitempty"`
}

// citation is the manual's "information object for citations".
type citation struct {
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// Write writes a PLOVER record for each event of the story that has a
// PLOVER category, in the order of its timeline: JSON Lines, or one JSON
// array under [Options.Array]. The package documentation lists what each
// field holds and what a record cannot hold. A nil story is an error.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	if s == nil {
		return errors.New("plover: story: is nil")
	}
	c := newCoder(s, o)
	bw := bufio.NewWriter(w)
	n := 0
	if o.Array {
		bw.WriteString("[")
	}
	for _, e := range s.Timeline() {
		r, ok := c.record(e)
		if !ok {
			continue
		}
		b, err := marshal(r)
		if err != nil {
			return fmt.Errorf("plover: event %s: %w", r.ID, err)
		}
		switch {
		case !o.Array:
		case n == 0:
			bw.WriteString("\n")
		default:
			bw.WriteString(",\n")
		}
		bw.Write(b)
		if !o.Array {
			bw.WriteString("\n")
		}
		n++
	}
	if o.Array {
		if n > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("plover: %w", err)
	}
	return nil
}

// marshal encodes a record on one line, without escaping <, > and &, which
// JSON does not require.
func marshal(r record) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// coder makes the records of one story, from indexes of its records built
// once.
type coder struct {
	actors      map[actor.ID]actor.Actor
	territories map[territory.ID]territory.Territory
	sources     map[source.ID]source.Source
	events      map[event.ID]event.Event
	actorRoles  map[event.Role]bool
	recipients  map[event.Role]bool
}

func newCoder(s *newsevent.Story, o Options) *coder {
	c := &coder{
		actors:      map[actor.ID]actor.Actor{},
		territories: map[territory.ID]territory.Territory{},
		sources:     map[source.ID]source.Source{},
		events:      map[event.ID]event.Event{},
		actorRoles:  map[event.Role]bool{},
		recipients:  map[event.Role]bool{},
	}
	for _, a := range s.Actors() {
		c.actors[a.ID] = a
	}
	for _, t := range s.Territories() {
		c.territories[t.ID] = t
	}
	for _, src := range s.Sources() {
		c.sources[src.ID] = src
	}
	for _, e := range s.Events() {
		if h := event.HeaderOf(e); h != nil {
			c.events[h.ID] = e
		}
	}
	for _, r := range o.RecipientRoles {
		c.recipients[r] = true
	}
	for _, r := range o.ActorRoles {
		c.actorRoles[r] = true
		delete(c.recipients, r)
	}
	return c
}

// record returns the record of e, and false for an event without a PLOVER
// category.
func (c *coder) record(e event.Event) (record, bool) {
	h := event.HeaderOf(e)
	if h == nil {
		return record{}, false
	}
	codes := e.Codes()
	if codes.PLOVER == "" {
		return record{}, false
	}
	at := h.Time.Start
	r := record{
		ID:      h.ID.String(),
		Event:   []string{string(codes.PLOVER)},
		Comment: h.Title,
		CAMEO:   codes.CAMEO,
		Status:  string(h.Status),
	}
	r.Date, r.Time, r.EndDate, r.EndTime = dates(h.Time)
	for _, id := range c.doers(e) {
		if ent, ok := c.entity(id, at); ok {
			r.Actor = append(r.Actor, ent)
		}
	}
	if len(r.Actor) == 0 {
		r.Actor = []entity{{Sector: "UNK"}}
	}
	for _, id := range c.targets(e) {
		if ent, ok := c.entity(id, at); ok {
			r.Recipient = append(r.Recipient, ent)
		}
	}
	if places := e.AllPlaces(); len(places) > 0 {
		r.EventLoc = c.place(places[0])
	}
	r.QuadCode = quadCode(codes.PLOVER)
	if codes.Mode != "" {
		r.Mode = []string{codes.Mode}
	}
	if v, ok := score(codes.PLOVER, codes.Mode); ok {
		r.EventScale = &v
	}
	for _, l := range h.Links {
		if l.Type == event.LinkPartOf {
			r.Link = l.To.String()
			break
		}
	}
	r.CiteInfo = c.citation(h.Attributions)
	return r, true
}

// side says on which side of a record an actor in a role goes.
type side int

const (
	neither side = iota
	doer
	target
)

// sideOf places a role: the library's own roles by what they do, the
// user's words by Options.
func (c *coder) sideOf(r event.Role) side {
	switch {
	case c.actorRoles[r]:
		return doer
	case c.recipients[r]:
		return target
	}
	switch r {
	case event.RoleAttacker, event.RoleSpeaker, event.RoleProposer, event.RoleResponder,
		event.RoleHost, event.RoleAttendee, event.RoleMediator, event.RoleParty:
		return doer
	case event.RoleTarget, event.RoleAddressee, event.RoleSubject:
		return target
	}
	return neither
}

// involved returns the actors of the header's Involved on side want.
func (c *coder) involved(h *event.Header, want side) []actor.ID {
	if h == nil {
		return nil
	}
	var out []actor.ID
	for _, p := range h.Involved {
		if c.sideOf(p.Role) == want {
			out = append(out, p.Actor)
		}
	}
	return out
}

// doers returns the actors that carry out e, once each, in order.
func (c *coder) doers(e event.Event) []actor.ID {
	var ids []actor.ID
	switch k := e.(type) {
	case *event.Attack:
		ids = []actor.ID{k.Attacker}
	case *event.Statement:
		ids = []actor.ID{k.Speaker}
	case *event.Meeting:
		ids = append(append(ids, k.Attendees...), k.Host, k.Mediator)
	case *event.Proposal:
		ids = k.Proposers
		if len(ids) == 0 {
			ids = k.Parties
		}
	case *event.Response:
		ids = []actor.ID{k.Responder}
	case *event.Conflict:
		ids = k.Parties
	default:
		return c.byRole(e, doer)
	}
	return unique(append(ids, c.involved(event.HeaderOf(e), doer)...))
}

// targets returns the actors e is aimed at, once each, in order.
func (c *coder) targets(e event.Event) []actor.ID {
	var ids []actor.ID
	switch k := e.(type) {
	case *event.Attack:
		for _, t := range k.Targets {
			ids = append(ids, t.Actor)
		}
	case *event.Statement:
		ids = append(append(ids, k.Addressees...), k.Subjects...)
	case *event.Meeting, *event.Conflict:
	case *event.Proposal:
		ids = k.Addressees
	case *event.Response:
		// The doers of the event answered; doers never looks at another
		// event, so this goes one step and no further.
		if to, ok := c.events[k.To]; ok {
			ids = c.doers(to)
		}
	default:
		return c.byRole(e, target)
	}
	return unique(append(ids, c.involved(event.HeaderOf(e), target)...))
}

// byRole returns the participants of e on side want.
func (c *coder) byRole(e event.Event, want side) []actor.ID {
	var ids []actor.ID
	for _, p := range e.Participants() {
		if c.sideOf(p.Role) == want {
			ids = append(ids, p.Actor)
		}
	}
	return unique(ids)
}

// unique returns the non-zero IDs of ids once each, in order.
func unique(ids []actor.ID) []actor.ID {
	out := make([]actor.ID, 0, len(ids))
	seen := make(map[actor.ID]bool, len(ids))
	for _, id := range ids {
		if !id.IsZero() && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// entity returns the entity object of an actor at the time at (zero when
// the event has no date), and false for an actor missing from the story.
func (c *coder) entity(id actor.ID, at time.Time) (entity, bool) {
	a, ok := c.actors[id]
	if !ok {
		return entity{}, false
	}
	ent := entity{
		Code:         countryCode(a.Country),
		Sector:       c.sector(a, at),
		EntityText:   a.Name,
		IdentifierID: wikidata(a.ExternalIDs),
	}
	if ent.EntityText == "" {
		ent.EntityText = a.Description
	}
	for _, r := range a.Roles {
		if holds(r, at) {
			ent.Office = r.Title
			break
		}
	}
	return ent, true
}

// holds reports whether a role is held at at: it is not former, and
// neither began after at nor ended before it. With no date every role that
// is not former holds.
func holds(r actor.Role, at time.Time) bool {
	if r.Former {
		return false
	}
	if at.IsZero() {
		return true
	}
	return (r.From.IsZero() || !r.From.After(at)) && (r.Until.IsZero() || r.Until.After(at))
}

// kindSector is the PLOVER sector that an actor's kind says by itself.
func kindSector(k actor.Kind) string {
	switch k {
	case actor.KindGovernment:
		return "GOV"
	case actor.KindArmedForce:
		return "MIL"
	case actor.KindMedia:
		return "JRN"
	}
	return ""
}

// sector returns the sector of an actor: that of its kind; for an
// organisation, that of the nearest organisation it is a member of
// (breadth first, each once, so a cycle of memberships ends); for a
// person, that of the first organisation a role held at at is of.
func (c *coder) sector(a actor.Actor, at time.Time) string {
	if s := kindSector(a.Kind); s != "" {
		return s
	}
	var start []actor.ID
	switch a.Kind {
	case actor.KindOrganisation:
		start = a.MemberOf
	case actor.KindPerson:
		for _, r := range a.Roles {
			if holds(r, at) && !r.Of.IsZero() {
				start = append(start, r.Of)
			}
		}
	default:
		return ""
	}
	seen := map[actor.ID]bool{a.ID: true}
	queue := append([]actor.ID(nil), start...)
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if seen[id] {
			continue
		}
		seen[id] = true
		b, ok := c.actors[id]
		if !ok {
			continue
		}
		if s := kindSector(b.Kind); s != "" {
			return s
		}
		if b.Kind == actor.KindOrganisation {
			queue = append(queue, b.MemberOf...)
		}
	}
	return ""
}

// place returns the location object of a territory, or nil for one missing
// from the story.
func (c *coder) place(id territory.ID) *place {
	t, ok := c.territories[id]
	if !ok {
		return nil
	}
	p := &place{
		ResolvedPlace: t.Name,
		CountryCode:   countryCode(t.Country),
	}
	if t.Name == "" {
		p.ExtractedPlace = t.Description
	}
	for _, x := range t.ExternalIDs {
		if x.Scheme == vocab.SchemeGeoNames {
			if n, err := strconv.ParseInt(x.Value, 10, 64); err == nil && n > 0 {
				p.GeonameID = n
				break
			}
		}
	}
	if !t.Point.IsZero() {
		lat, lon := t.Point.Lat, t.Point.Lon
		p.Lat, p.Lon = &lat, &lon
	}
	switch t.Kind {
	case territory.KindCountry:
		p.Resolution = 1
	case territory.KindCity, territory.KindTown:
		p.Resolution = 4
	case territory.KindFacility:
		p.Resolution = 5
	}
	// The place and those that contain it, each once: a cycle of parents
	// ends.
	seen := map[territory.ID]bool{}
	for cur, ok := t, true; ok && !seen[cur.ID]; cur, ok = c.territories[cur.Parent] {
		seen[cur.ID] = true
		switch cur.Kind {
		case territory.KindCity, territory.KindTown:
			if p.City == "" {
				p.City = cur.Name
			}
		case territory.KindCountry:
			if p.Country == "" {
				p.Country = cur.Name
			}
		}
	}
	return p
}

// citation returns the citation object of the first source that reports
// an event and does not deny it, or nil when there is none in the story.
func (c *coder) citation(attrs []source.Attribution) *citation {
	for _, a := range attrs {
		if a.Verb == source.VerbDenied {
			continue
		}
		src, ok := c.sources[a.Source]
		if !ok {
			continue
		}
		ci := &citation{
			Citation: src.ID.String(),
			URL:      src.URL,
			Title:    src.Title,
			Language: iso639(src.Language),
		}
		if p, ok := c.actors[src.Publisher]; ok {
			ci.Publication = p.Name
		}
		return ci
	}
	return nil
}

// iso639 returns the ISO 639-1 code of a language, or "" for a language
// without one, or none.
func iso639(tag language.Tag) string {
	if tag == language.Und {
		return ""
	}
	b, conf := tag.Base()
	if conf != language.Exact {
		return ""
	}
	if s := b.String(); len(s) == 2 {
		return s
	}
	return ""
}

// countryCode returns the ISO 3166-1 alpha-3 code of a country, KOS for
// Kosovo (which has no ISO code) as the manual writes it, and "" for none.
func countryCode(c vocab.Country) string {
	switch {
	case c.IsZero():
		return ""
	case c.String() == "XK":
		return "KOS"
	}
	return c.Region().ISO3()
}

// wikidata returns the first Wikidata ID among ids, or "".
func wikidata(ids []vocab.ExternalID) string {
	for _, x := range ids {
		if x.Scheme == vocab.SchemeWikidata {
			return x.Value
		}
	}
	return ""
}

// dates returns the manual's date, time, enddate and endtime of a time
// known to the day or better; see the package documentation.
func dates(t source.Time) (date, clock, endDate, endClock string) {
	if t.Start.IsZero() {
		return
	}
	switch t.Bound {
	case "", source.BoundSince:
	default:
		return
	}
	date, clock = dateClock(t.Start, t.Precision)
	if t.Bound == "" && !t.End.IsZero() {
		endDate, endClock = dateClock(t.End, t.Precision)
	}
	return
}

// dateClock writes an instant at precision p: a date from day precision,
// and a clock from hour precision.
func dateClock(at time.Time, p source.Precision) (date, clock string) {
	at = at.UTC()
	switch p {
	case source.PrecisionDay:
		return at.Format(time.DateOnly), ""
	case source.PrecisionHour, source.PrecisionMinute:
		return at.Format(time.DateOnly), at.Format("15:04Z")
	case source.PrecisionSecond:
		return at.Format(time.DateOnly), at.Format("15:04:05Z")
	}
	return "", ""
}

// quadCode returns the quad category of a PLOVER category: 1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict (SANCTION as the manual's chapter on it says; see the package
// documentation).
func quadCode(c event.Category) int {
	switch c {
	case event.CategoryAgree, event.CategoryConsult, event.CategorySupport, event.CategoryConcede:
		return 1
	case event.CategoryCooperate, event.CategoryAid, event.CategoryRetreat:
		return 2
	case event.CategoryRequest, event.CategoryAccuse, event.CategoryReject, event.CategoryThreaten:
		return 3
	case event.CategoryProtest, event.CategorySanction, event.CategoryMobilize, event.CategoryCoerce, event.CategoryAssault:
		return 4
	}
	return 0
}

// score returns the PLOVER score of a category and mode from the manual's
// table "PLOVER conflict–cooperation scores", and false for a pair the
// table does not give.
func score(c event.Category, mode string) (float64, bool) {
	key := string(c)
	if mode != "" {
		key += ": " + strings.ToLower(mode)
	}
	v, ok := scores(key)
	return v, ok
}

// scores is the manual's table of scores, keyed "CATEGORY" and "CATEGORY:
// mode" (the mode in lower case, as the library writes modes). It is a
// function, not a package-level map, so that no one can change it.
func scores(key string) (float64, bool) {
	switch key {
	case "AGREE":
		return 2.5, true
	case "CONSULT":
		return 2.5, true
	case "CONSULT: visit":
		return 4, true
	case "CONSULT: third-party":
		return 1, true
	case "CONSULT: multilateral":
		return 4, true
	case "CONSULT: phone":
		return 1.5, true
	case "SUPPORT":
		return 5, true
	case "CONCEDE":
		return 4.5, true
	case "COOPERATE":
		return 9.5, true
	case "AID":
		return 10, true
	case "RETREAT":
		return 6.5, true
	case "RETREAT: withdraw":
		return 8, true
	case "RETREAT: release":
		return 6.5, true
	case "RETREAT: disarm":
		return 10, true
	case "RETREAT: ceasefire":
		return 7.5, true
	case "RETREAT: access":
		return 6.5, true
	case "RETREAT: resign":
		return 4.5, true
	case "REQUEST":
		return 0, true
	case "REQUEST: assist":
		return 0.5, true
	case "REQUEST: change":
		return -1, true
	case "REQUEST: yield":
		return -1, true
	case "REQUEST: meet":
		return 0, true
	case "ACCUSE":
		return 3, true
	case "ACCUSE: disapprove":
		return -2, true
	case "ACCUSE: investigate":
		return -3.5, true
	case "ACCUSE: allege":
		return -3.5, true
	case "REJECT":
		return -2, true
	case "REJECT: assist":
		return -1.5, true
	case "REJECT: change":
		return -2, true
	case "REJECT: yield":
		return -2, true
	case "REJECT: meet":
		return -2, true
	case "THREATEN":
		return -3.5, true
	case "THREATEN: restrict":
		return -3, true
	case "THREATEN: arrest":
		return -3.5, true
	case "THREATEN: relations":
		return -3.5, true
	case "THREATEN: expel":
		return -3.5, true
	case "THREATEN: territory":
		return -4, true
	case "THREATEN: violence":
		return -3.5, true
	case "PROTEST":
		return -5, true
	case "PROTEST: demo":
		return -5, true
	case "PROTEST: riot":
		return -7, true
	case "PROTEST: strike":
		return -5, true
	case "PROTEST: hunger":
		return -4.5, true
	case "PROTEST: boycott":
		return -4.5, true
	case "PROTEST: obstruct":
		return -4.5, true
	case "SANCTION":
		return -6, true
	case "SANCTION: convict":
		return -6, true
	case "SANCTION: expel":
		return -5.5, true
	case "SANCTION: withdraw":
		return -6, true
	case "SANCTION: discontinue":
		return -6, true
	case "MOBILIZE":
		return -5.5, true
	case "MOBILIZE: troops":
		return -6.5, true
	case "MOBILIZE: weapons":
		return -6.5, true
	case "MOBILIZE: police":
		return -5.5, true
	case "MOBILIZE: militia":
		return -6, true
	case "COERCE":
		return -7, true
	case "COERCE: seize":
		return -7, true
	case "COERCE: restrict":
		return -7, true
	case "COERCE: censor":
		return -6.5, true
	case "COERCE: curfew":
		return -6.5, true
	case "COERCE: martial-law":
		return -7.5, true
	case "COERCE: arrest":
		return -7, true
	case "COERCE: deport":
		return -7, true
	case "COERCE: withhold":
		return -7, true
	case "COERCE: misinformation":
		return -6.5, true
	case "COERCE: cyber":
		return -7, true
	case "ASSAULT":
		return -9, true
	case "ASSAULT: abduct":
		return -8.5, true
	case "ASSAULT: beat":
		return -7.5, true
	case "ASSAULT: torture":
		return -8.5, true
	case "ASSAULT: sexual":
		return -8.5, true
	case "ASSAULT: targeted":
		return -9.5, true
	case "ASSAULT: destroy":
		return -8.5, true
	case "ASSAULT: primitive":
		return -8, true
	case "ASSAULT: firearms":
		return -9, true
	case "ASSAULT: explosives":
		return -9, true
	case "ASSAULT: suicide-attack":
		return -9.5, true
	case "ASSAULT: aerial":
		return -9.5, true
	case "ASSAULT: drone":
		return -9.5, true
	case "ASSAULT: heavy-weapons":
		return -9.5, true
	case "ASSAULT: crowd-control":
		return -7.5, true
	case "ASSAULT: unconventional":
		return -10, true
	}
	return 0, false
}
