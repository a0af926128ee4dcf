// Package jsonld writes a story as JSON-LD in the schema.org vocabulary:
// its sources as NewsArticle, SocialMediaPosting or CreativeWork, its
// actors as Person and organisations with sameAs links to Wikidata, its
// places with their coordinates, its events as Event with their
// eventStatus, its quotes as Quotation, and its figures, statements and
// territorial statuses as Claim, each with the sources it appears in.
//
// # The context
//
// The document carries its own @context, written by this package: one term
// definition per schema.org term it uses, each mapped to the term's
// canonical URL (https://schema.org/name), and no @vocab. A JSON-LD
// processor reads it without fetching anything, and a term without a
// definition is dropped by the processor instead of being expanded into the
// vocabulary unchecked, so the tests (which run jsonld.js on the output)
// catch a misspelled term. url and sameAs are IRIs; eventStatus takes the
// names of schema.org's EventStatusType members.
//
// The terms expand to schema.org's canonical URLs, under https. The context
// that schema.org itself serves (the one "@context": "https://schema.org"
// loads) still expands them under http://schema.org/ (schemaorg/schemaorg
// issue 2853), so a consumer that joins this graph with data read through
// that context must treat the two schemes as one. The compact form is the
// same: each key and type of the document is the schema.org term of the
// same name.
//
// Records are nodes named by their IDs as URNs (urn:uuid:...), so that two
// documents of the same story, or of two stories that share IDs, name the
// same things. Claims of figures and statements and the quotations are
// blank nodes; a territorial status is a Claim named by its own ID. Nodes
// come in the order of the story (sources, actors, territories, events in
// timeline order, then claims), so the same story always gives the same
// bytes.
//
// # What maps
//
// Sources: an article or report is a NewsArticle, a post a
// SocialMediaPosting, every other kind a CreativeWork, with its name (the
// title), description, url, datePublished (known to the day or better, or
// as a month or year), inLanguage (BCP 47), publisher, author, and
// locationCreated (the dateline); citation lists the sources that reached
// the reader through it (Via, the other way round) and those it points to
// (Related); isBasedOn is the source it copies word for word (CopyOf).
//
// Actors: a person is a Person, a state a Country, a government a
// GovernmentOrganization, a news medium a NewsMediaOrganization, and every
// other actor an Organization; with name, alternateName (their names in
// other languages, each with its language, and their aliases), description,
// sameAs (https://www.wikidata.org/wiki/Q... for a Wikidata ID,
// https://sws.geonames.org/ID/ for a GeoNames ID), identifier (every
// external ID as a PropertyValue, and a state's ISO 3166-1 code), memberOf,
// and their roles: a role in or for another actor is an affiliation through
// a schema.org Role (roleName the title, startDate and endDate its period),
// a role of no one's a jobTitle. A person's country is their nationality, a
// Country named by its ISO 3166-1 code.
//
// Places: a country is a Country, a region an AdministrativeArea, a city a
// City, every other place a Place; with name, alternateName, description,
// containedInPlace (the parent), sameAs and identifier as for actors, a
// country's ISO 3166-1 code, and geo, GeoCoordinates with latitude and
// longitude, where the place has a point.
//
// Events: an Event with name (the title), alternateName (the names it is
// called by), description, startDate and endDate (as for datePublished; a
// period that goes on has no endDate), location (every place it names),
// superEvent (the events it is part of), subjectOf (the sources that report
// it), and recordedIn (the quotations of a statement, and those of the
// attributions of the event and of its names). Its actors are schema.org Roles, each with
// roleName the library's role word: under organizer those who carry it out
// (attacker, speaker, proposer, responder, host, appointer), under about
// those it is aimed at (target, subject), under attendee every other
// (attendee, party, mediator, addressee, candidate, winner...). eventStatus
// follows the lifecycle: occurred, ongoing and planned are EventScheduled
// (schema.org's "taking place or has taken place ... as scheduled", its
// only status for an event that happens); cancelled is EventCancelled;
// postponed is EventPostponed, with previousStartDate the date it was
// scheduled for and no startDate, or EventRescheduled with startDate the
// new date when the story has one; proposed, alleged and suspended have no
// schema.org status and get none.
//
// Claims: every figure of an event, of a place and of a territorial
// status, the report's notes on an event and a meeting's outcome, a
// statement's content, and every claim of responsibility, is a Claim: text
// is the words as written; about is the event or place (and, for a
// figure, the actor whose people it counts; for a claim of responsibility,
// who is held responsible); appearance lists the sources that state it and
// the sources it reached the reader through (Via); firstAppearance is the
// source that states it, when one alone does; author is the authors of
// those sources (for a claim of responsibility, who holds them responsible;
// for a statement, its speaker); temporalCoverage the time a figure holds
// as of, or counts over, or the period of a status; spatialCoverage the
// places a figure applies to; hasPart the quotations of its attributions.
// A figure's number is the Claim's mainEntity, a QuantitativeValue: value
// is the number the report gives (or an ISO 8601 duration), minValue and
// maxValue a range, unitText its unit or currency (ISO 4217), and
// additionalProperty, as PropertyValues, its measure, qualifier (nearly, at
// least...), magnitude, modality, subject, rate, and what it includes and
// excludes as written. A territorial status is a Claim named by its ID, text
// its words, about its territories, holder and recogniser.
//
// Quotes: a Quotation with text, inLanguage, spokenByCharacter (the
// speaker: schema.org's "to whom the quotation is attributed within the
// containing CreativeWork"), isBasedOn (the medium it was said in), isPartOf
// (the source that prints it), workTranslation (its translations, each a
// Quotation in its language) and, for a quote printed in translation,
// translationOfWork, a Quotation in the original language.
//
// # What is lost
//
//   - how each source puts a thing (the verb: reported, said, claimed,
//     assessed...), and every attribution that denies it: schema.org has
//     no property for a source that rejects a claim, so a denying source
//     is left out of subjectOf, appearance and author; Admiralty grades.
//   - relations between figures and between claims: a figure that revises
//     another, a figure within another (schema.org "does not define any
//     types of relationship between claims"); a status that revises
//     another, its relation (controls, annexed, recognises...), standing
//     (proposed, asserted), extent, boundary and anchoring events.
//   - the lifecycle of proposed, alleged and suspended events (see
//     eventStatus above: schema.org assumes EventScheduled when no status
//     is given); the kind of an event (every kind is an Event) and its
//     typed fields beyond its roles, places, figures, quotes, content,
//     notes and outcome (methods, weapons by kind, speech acts, clauses,
//     phases, stages, hazards, results...); its CAMEO and PLOVER codes (see
//     format/plover); links other than part_of (caused_by, responds_to,
//     precedes, revises...), which schema.org has no properties for.
//   - times: a bound ("not before 25 April"), a phrase without a date, the
//     phrase and the zone as written, the other accounts of an event's
//     time, the end of a postponed event.
//   - who uses each name of an event; the participants only blamed or
//     blaming (they are in the claims of responsibility) or naming.
//   - actors: handles, the place, text and standing (acting, former) of a
//     role, the country of an actor that is not a person or a state.
//   - places: the precision of a point, ISO 3166-2 codes (the model does
//     not say whether a place is its subdivision or lies in it), whether a
//     record stands for a group of places, the users of an alias.
//   - sources: the platform and handle of a post, an earlier version it
//     revises, an excerpt mark, whether a publication date is inferred.
//   - quotes: addressees, elisions and truncation marks, transliterations,
//     glosses, the language as the report names it, two printed forms; the
//     quotes of the attributions of a link or of another account of an
//     event's time; a statement's medium (isBasedOn of its quotes, and
//     usually among the sources that report it).
//   - the identity claims between actors.
package jsonld

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// Options say how to write a document; the zero Options write it indented
// for people to read.
type Options struct {
	// Compact writes the document on one line.
	Compact bool
}

// Write writes the story as one JSON-LD document: an object with the
// document's own @context and an @graph of its nodes. The package
// documentation lists what maps to which schema.org term and what is lost.
// A nil story is an error.
func Write(w io.Writer, s *newsevent.Story, o Options) error {
	if s == nil {
		return errors.New("jsonld: story: is nil")
	}
	doc := document{Context: context(), Graph: newBuilder(s).graph(s)}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if !o.Compact {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	return nil
}

// schema is the namespace of schema.org's canonical URLs.
const schema = "https://schema.org/"

// term is a term definition of the context.
type term struct {
	ID string `json:"@id"`
	// Type is @id for terms whose strings are IRIs, @vocab for terms whose
	// strings are terms of the context (eventStatus's members).
	Type string `json:"@type,omitempty"`
}

// context returns the document's @context: every schema.org type,
// property and enumeration member this package writes, and no other. The
// test TestContextCoversOutput holds it to what the nodes use.
func context() map[string]term {
	c := map[string]term{}
	for _, name := range []string{
		// types
		"AdministrativeArea", "City", "Claim", "Country", "CreativeWork", "Event", "GeoCoordinates",
		"GovernmentOrganization", "NewsArticle", "NewsMediaOrganization", "Organization", "Person", "Place",
		"PropertyValue", "QuantitativeValue", "Quotation", "Role", "SocialMediaPosting",
		// members of EventStatusType
		"EventCancelled", "EventPostponed", "EventRescheduled", "EventScheduled",
		// properties
		"about", "additionalProperty", "affiliation", "alternateName", "appearance", "attendee", "author",
		"citation", "containedInPlace", "datePublished", "description", "endDate", "firstAppearance", "geo",
		"hasPart", "identifier", "inLanguage", "isBasedOn", "isPartOf", "jobTitle", "latitude", "location",
		"locationCreated", "longitude", "mainEntity", "maxValue", "memberOf", "minValue", "name", "nationality",
		"organizer", "previousStartDate", "propertyID", "publisher", "recordedIn", "roleName", "spatialCoverage",
		"spokenByCharacter", "startDate", "subjectOf", "superEvent", "temporalCoverage", "text",
		"translationOfWork", "unitText", "value", "workTranslation",
	} {
		c[name] = term{ID: schema + name}
	}
	c["url"] = term{ID: schema + "url", Type: "@id"}
	c["sameAs"] = term{ID: schema + "sameAs", Type: "@id"}
	c["eventStatus"] = term{ID: schema + "eventStatus", Type: "@vocab"}
	return c
}

// document is the JSON-LD document.
type document struct {
	Context map[string]term `json:"@context"`
	Graph   []any           `json:"@graph"`
}

// ref names a node.
type ref struct {
	ID string `json:"@id"`
}

// text is a string value, with its language where it has one.
type text struct {
	Value    string `json:"@value"`
	Language string `json:"@language,omitempty"`
}

// propertyValue is a schema.org PropertyValue: an identifier in a scheme
// (propertyID), or a named value.
type propertyValue struct {
	Type       string `json:"@type"`
	PropertyID string `json:"propertyID,omitempty"`
	Name       string `json:"name,omitempty"`
	Value      string `json:"value"`
}

// role is a schema.org Role: the node between a thing and the actor it
// names through one of the properties below, with the role's name and
// period.
type role struct {
	Type        string `json:"@type"`
	RoleName    string `json:"roleName,omitempty"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
	Affiliation *ref   `json:"affiliation,omitempty"`
	Organizer   *ref   `json:"organizer,omitempty"`
	Attendee    *ref   `json:"attendee,omitempty"`
	About       *ref   `json:"about,omitempty"`
}

// work is a source: a NewsArticle, SocialMediaPosting or CreativeWork.
type work struct {
	ID              string `json:"@id"`
	Type            string `json:"@type"`
	Name            string `json:"name,omitempty"`
	Description     string `json:"description,omitempty"`
	URL             string `json:"url,omitempty"`
	DatePublished   string `json:"datePublished,omitempty"`
	InLanguage      string `json:"inLanguage,omitempty"`
	Publisher       *ref   `json:"publisher,omitempty"`
	Author          []ref  `json:"author,omitempty"`
	Citation        []ref  `json:"citation,omitempty"`
	IsBasedOn       *ref   `json:"isBasedOn,omitempty"`
	LocationCreated *ref   `json:"locationCreated,omitempty"`
}

// country is a Country named by its ISO 3166-1 code.
type country struct {
	Type       string          `json:"@type"`
	Identifier []propertyValue `json:"identifier"`
}

// agent is an actor: a Person, Country or organisation.
type agent struct {
	ID            string          `json:"@id"`
	Type          string          `json:"@type"`
	Name          string          `json:"name,omitempty"`
	AlternateName []text          `json:"alternateName,omitempty"`
	Description   string          `json:"description,omitempty"`
	SameAs        []string        `json:"sameAs,omitempty"`
	Identifier    []propertyValue `json:"identifier,omitempty"`
	JobTitle      []string        `json:"jobTitle,omitempty"`
	Affiliation   []role          `json:"affiliation,omitempty"`
	MemberOf      []ref           `json:"memberOf,omitempty"`
	Nationality   *country        `json:"nationality,omitempty"`
}

// geo is a point.
type geo struct {
	Type      string  `json:"@type"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

// placeNode is a territory.
type placeNode struct {
	ID               string          `json:"@id"`
	Type             string          `json:"@type"`
	Name             string          `json:"name,omitempty"`
	AlternateName    []text          `json:"alternateName,omitempty"`
	Description      string          `json:"description,omitempty"`
	SameAs           []string        `json:"sameAs,omitempty"`
	Identifier       []propertyValue `json:"identifier,omitempty"`
	ContainedInPlace *ref            `json:"containedInPlace,omitempty"`
	Geo              *geo            `json:"geo,omitempty"`
}

// eventNode is an event.
type eventNode struct {
	ID                string      `json:"@id"`
	Type              string      `json:"@type"`
	Name              string      `json:"name"`
	AlternateName     []text      `json:"alternateName,omitempty"`
	Description       string      `json:"description,omitempty"`
	StartDate         string      `json:"startDate,omitempty"`
	EndDate           string      `json:"endDate,omitempty"`
	PreviousStartDate string      `json:"previousStartDate,omitempty"`
	EventStatus       string      `json:"eventStatus,omitempty"`
	Location          []ref       `json:"location,omitempty"`
	SuperEvent        []ref       `json:"superEvent,omitempty"`
	Organizer         []role      `json:"organizer,omitempty"`
	About             []role      `json:"about,omitempty"`
	Attendee          []role      `json:"attendee,omitempty"`
	SubjectOf         []ref       `json:"subjectOf,omitempty"`
	RecordedIn        []quotation `json:"recordedIn,omitempty"`
}

// quotation is a quote.
type quotation struct {
	Type              string      `json:"@type"`
	Text              string      `json:"text"`
	InLanguage        string      `json:"inLanguage,omitempty"`
	SpokenByCharacter *ref        `json:"spokenByCharacter,omitempty"`
	IsBasedOn         *ref        `json:"isBasedOn,omitempty"`
	IsPartOf          *ref        `json:"isPartOf,omitempty"`
	WorkTranslation   []quotation `json:"workTranslation,omitempty"`
	TranslationOfWork *original   `json:"translationOfWork,omitempty"`
}

// original is the quotation a printed translation translates: only its
// language is known, when the report says it.
type original struct {
	Type       string `json:"@type"`
	InLanguage string `json:"inLanguage,omitempty"`
}

// quantity is a figure's number.
type quantity struct {
	Type string `json:"@type"`
	// Value is a number, or an ISO 8601 duration for a period of combined
	// units; nil for none (0 is a number).
	Value              any             `json:"value,omitempty"`
	MinValue           *float64        `json:"minValue,omitempty"`
	MaxValue           *float64        `json:"maxValue,omitempty"`
	UnitText           string          `json:"unitText,omitempty"`
	AdditionalProperty []propertyValue `json:"additionalProperty,omitempty"`
}

// claim is a Claim.
type claim struct {
	ID               string      `json:"@id,omitempty"`
	Type             string      `json:"@type"`
	Text             string      `json:"text,omitempty"`
	About            []ref       `json:"about,omitempty"`
	Author           []ref       `json:"author,omitempty"`
	Appearance       []ref       `json:"appearance,omitempty"`
	FirstAppearance  *ref        `json:"firstAppearance,omitempty"`
	TemporalCoverage string      `json:"temporalCoverage,omitempty"`
	SpatialCoverage  []ref       `json:"spatialCoverage,omitempty"`
	MainEntity       *quantity   `json:"mainEntity,omitempty"`
	HasPart          []quotation `json:"hasPart,omitempty"`
}

// builder makes the nodes of one story, from indexes of its records built
// once.
type builder struct {
	sources map[source.ID]source.Source
	// relayed lists, by source, the sources that came via it.
	relayed map[source.ID][]source.ID
}

func newBuilder(s *newsevent.Story) *builder {
	b := &builder{sources: map[source.ID]source.Source{}, relayed: map[source.ID][]source.ID{}}
	for _, src := range s.Sources() {
		b.sources[src.ID] = src
		if !src.Via.IsZero() {
			b.relayed[src.Via] = append(b.relayed[src.Via], src.ID)
		}
	}
	return b
}

// iri names a record.
func iri[T ~[16]byte](id T) string {
	return "urn:uuid:" + uuid.UUID(id).String()
}

// refTo returns a reference to a record, or nil for a zero ID.
func refTo[T ~[16]byte](id T) *ref {
	var zero T
	if id == zero {
		return nil
	}
	return &ref{ID: iri(id)}
}

// refs returns references to the non-zero IDs, once each, in order.
func refs[T ~[16]byte](ids ...T) []ref {
	var out []ref
	var zero T
	seen := map[T]bool{}
	for _, id := range ids {
		if id != zero && !seen[id] {
			seen[id] = true
			out = append(out, ref{ID: iri(id)})
		}
	}
	return out
}

// graph returns every node of the story.
func (b *builder) graph(s *newsevent.Story) []any {
	nodes := []any{} // an empty story has an empty @graph, not null
	var claims []any
	for _, src := range s.Sources() {
		nodes = append(nodes, b.work(src))
	}
	for _, a := range s.Actors() {
		nodes = append(nodes, agentNode(a))
	}
	for _, t := range s.Territories() {
		nodes = append(nodes, placeOf(t))
		for _, c := range t.Figures {
			claims = append(claims, b.figure(c, []ref{{ID: iri(t.ID)}}))
		}
	}
	for _, e := range s.Timeline() {
		if event.HeaderOf(e) == nil {
			continue
		}
		nodes = append(nodes, b.event(e))
		for _, c := range b.eventClaims(e) {
			claims = append(claims, c)
		}
	}
	for _, st := range s.Statuses() {
		for _, c := range b.status(st) {
			claims = append(claims, c)
		}
	}
	return append(nodes, claims...)
}

// work returns the node of a source.
func (b *builder) work(src source.Source) work {
	n := work{
		ID:              iri(src.ID),
		Type:            "CreativeWork",
		Name:            src.Title,
		Description:     src.Description,
		URL:             src.URL,
		DatePublished:   date(src.Published),
		InLanguage:      lang(src.Language),
		Publisher:       refTo(src.Publisher),
		Author:          refs(src.Authors...),
		Citation:        refs(append(append([]source.ID(nil), b.relayed[src.ID]...), src.Related...)...),
		IsBasedOn:       refTo(src.CopyOf),
		LocationCreated: refTo(src.Dateline),
	}
	switch src.Kind {
	case source.KindArticle, source.KindReport:
		n.Type = "NewsArticle"
	case source.KindPost:
		n.Type = "SocialMediaPosting"
	}
	return n
}

// agentNode returns the node of an actor.
func agentNode(a actor.Actor) agent {
	n := agent{
		ID:            iri(a.ID),
		Name:          a.Name,
		AlternateName: altNames(a.Names, aliasTexts(a.Aliases)),
		Description:   a.Description,
		MemberOf:      refs(a.MemberOf...),
	}
	n.SameAs, n.Identifier = external(a.ExternalIDs)
	switch a.Kind {
	case actor.KindPerson:
		n.Type = "Person"
		if !a.Country.IsZero() {
			n.Nationality = &country{Type: "Country", Identifier: []propertyValue{iso3166(a.Country)}}
		}
	case actor.KindState:
		n.Type = "Country"
		if !a.Country.IsZero() {
			n.Identifier = append(n.Identifier, iso3166(a.Country))
		}
	case actor.KindGovernment:
		n.Type = "GovernmentOrganization"
	case actor.KindMedia:
		n.Type = "NewsMediaOrganization"
	default:
		n.Type = "Organization"
	}
	for _, r := range a.Roles {
		if r.Of.IsZero() {
			n.JobTitle = append(n.JobTitle, r.Title)
			continue
		}
		n.Affiliation = append(n.Affiliation, role{
			Type: "Role", RoleName: r.Title,
			StartDate: day(r.From), EndDate: day(r.Until),
			Affiliation: refTo(r.Of),
		})
	}
	return n
}

// placeOf returns the node of a territory.
func placeOf(t territory.Territory) placeNode {
	var aliases []string
	for _, al := range t.Aliases {
		aliases = append(aliases, al.Text)
	}
	n := placeNode{
		ID:               iri(t.ID),
		Type:             "Place",
		Name:             t.Name,
		AlternateName:    altNames(t.Names, aliases),
		Description:      t.Description,
		ContainedInPlace: refTo(t.Parent),
	}
	n.SameAs, n.Identifier = external(t.ExternalIDs)
	switch t.Kind {
	case territory.KindCountry:
		n.Type = "Country"
		if !t.Country.IsZero() {
			n.Identifier = append(n.Identifier, iso3166(t.Country))
		}
	case territory.KindRegion:
		n.Type = "AdministrativeArea"
	case territory.KindCity:
		n.Type = "City"
	}
	if !t.Point.IsZero() {
		n.Geo = &geo{Type: "GeoCoordinates", Latitude: t.Point.Lat, Longitude: t.Point.Lon}
	}
	return n
}

// aliasTexts returns the words of an actor's aliases.
func aliasTexts(as []actor.Alias) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Text)
	}
	return out
}

// altNames returns the names in other languages, with their language, and
// then the aliases.
func altNames(names []vocab.Name, aliases []string) []text {
	var out []text
	for _, n := range names {
		out = append(out, text{Value: n.Text, Language: lang(n.Lang)})
	}
	for _, a := range aliases {
		out = append(out, text{Value: a})
	}
	return out
}

// external returns the sameAs IRIs of the external IDs that have one
// (Wikidata items, GeoNames features) and every external ID as a
// PropertyValue.
func external(ids []vocab.ExternalID) (sameAs []string, identifiers []propertyValue) {
	for _, x := range ids {
		switch x.Scheme {
		case vocab.SchemeWikidata:
			sameAs = append(sameAs, "https://www.wikidata.org/wiki/"+x.Value)
		case vocab.SchemeGeoNames:
			sameAs = append(sameAs, "https://sws.geonames.org/"+x.Value+"/")
		}
		identifiers = append(identifiers, propertyValue{Type: "PropertyValue", PropertyID: string(x.Scheme), Value: x.Value})
	}
	return sameAs, identifiers
}

// iso3166 returns a country's ISO 3166-1 code as a PropertyValue.
func iso3166(c vocab.Country) propertyValue {
	return propertyValue{Type: "PropertyValue", PropertyID: "ISO 3166-1 alpha-2", Value: c.String()}
}

// lang returns a BCP 47 tag, or "" for none.
func lang(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	return t.String()
}

// event returns the node of an event.
func (b *builder) event(e event.Event) eventNode {
	h := event.HeaderOf(e)
	n := eventNode{
		ID:          iri(h.ID),
		Type:        "Event",
		Name:        h.Title,
		Description: h.Description,
		Location:    refs(e.AllPlaces()...),
		SubjectOf:   b.stating(h.Attributions),
	}
	for _, name := range h.Names {
		n.AlternateName = append(n.AlternateName, text{Value: name.Text})
	}
	n.StartDate, n.EndDate = dates(h.Time)
	switch h.Status {
	case event.StatusOccurred, event.StatusOngoing, event.StatusPlanned:
		n.EventStatus = "EventScheduled"
	case event.StatusCancelled:
		n.EventStatus = "EventCancelled"
	case event.StatusPostponed:
		n.EventStatus = "EventPostponed"
		n.PreviousStartDate, n.StartDate, n.EndDate = n.StartDate, "", ""
		if start, end := dates(h.Rescheduled); start != "" {
			n.EventStatus = "EventRescheduled"
			n.StartDate, n.EndDate = start, end
		}
	}
	for _, l := range e.AllLinks() {
		if l.Type == event.LinkPartOf {
			n.SuperEvent = append(n.SuperEvent, ref{ID: iri(l.To)})
		}
	}
	for _, p := range e.Participants() {
		r := role{Type: "Role", RoleName: string(p.Role)}
		to := &ref{ID: iri(p.Actor)}
		switch p.Role {
		case event.RoleBlamed, event.RoleBlamer, event.RoleNamedBy:
			// In the claims of responsibility and the names.
		case event.RoleAttacker, event.RoleSpeaker, event.RoleProposer, event.RoleResponder, event.RoleHost, event.RoleAppointer:
			r.Organizer = to
			n.Organizer = append(n.Organizer, r)
		case event.RoleTarget, event.RoleSubject:
			r.About = to
			n.About = append(n.About, r)
		default:
			r.Attendee = to
			n.Attendee = append(n.Attendee, r)
		}
	}
	if st, ok := e.(*event.Statement); ok {
		for _, q := range st.Quotes {
			n.RecordedIn = append(n.RecordedIn, quote(q, source.ID{}))
		}
	}
	n.RecordedIn = append(n.RecordedIn, quotes(h.Attributions)...)
	for _, name := range h.Names {
		n.RecordedIn = append(n.RecordedIn, quotes(name.Attributions)...)
	}
	return n
}

// eventClaims returns the claims an event holds: its figures, notes,
// outcome, content and claims of responsibility.
func (b *builder) eventClaims(e event.Event) []claim {
	h := event.HeaderOf(e)
	about := []ref{{ID: iri(h.ID)}}
	var out []claim
	for _, c := range event.Figures(e) {
		out = append(out, b.figure(c, about))
	}
	remarks := h.Notes
	switch k := e.(type) {
	case *event.Meeting:
		remarks = append(append([]event.Remark(nil), remarks...), k.Outcome...)
	case *event.Statement:
		if k.Content != "" {
			c := b.claim(k.Content, about, h.Attributions)
			c.Author = refs(k.Speaker)
			out = append(out, c)
		}
	case *event.Attack:
		out = append(out, b.responsibility(k.Responsibility, about)...)
	case *event.Disaster:
		out = append(out, b.responsibility(k.Responsibility, about)...)
	}
	for _, r := range remarks {
		out = append(out, b.claim(r.Text, about, r.Attributions))
	}
	return out
}

// responsibility returns the claims of responsibility.
func (b *builder) responsibility(cs []event.Claim, about []ref) []claim {
	var out []claim
	for _, c := range cs {
		cl := b.claim(c.Text, append(append([]ref(nil), about...), refs(c.Actor)...), c.Attributions)
		if !c.By.IsZero() {
			cl.Author = refs(c.By)
		}
		out = append(out, cl)
	}
	return out
}

// claim returns a Claim of words stated by attributions, about the nodes
// given.
func (b *builder) claim(words string, about []ref, attrs []source.Attribution) claim {
	c := claim{
		Type:       "Claim",
		Text:       words,
		About:      about,
		Appearance: b.appearances(attrs),
		HasPart:    quotes(attrs),
	}
	stating := b.stating(attrs)
	if len(stating) == 1 {
		c.FirstAppearance = &stating[0]
	}
	var authors []actor.ID
	for _, a := range attrs {
		if src, ok := b.sources[a.Source]; ok && a.Verb != source.VerbDenied {
			authors = append(authors, src.Authors...)
		}
	}
	c.Author = refs(authors...)
	return c
}

// figure returns the Claim of a figure about the nodes given.
func (b *builder) figure(f source.Count, about []ref) claim {
	c := b.claim(f.Text, append(append([]ref(nil), about...), refs(f.Of)...), f.Attributions)
	c.TemporalCoverage = coverage(f.AsOf)
	if c.TemporalCoverage == "" {
		c.TemporalCoverage = coverage(f.Over)
	}
	c.SpatialCoverage = refs(f.In...)
	c.MainEntity = quantityOf(f)
	return c
}

// quantityOf returns the number of a figure, its unit and what the report
// says of it.
func quantityOf(f source.Count) *quantity {
	q := &quantity{Type: "QuantitativeValue", UnitText: string(f.Unit)}
	switch {
	case f.Qualifier == source.QualifierRange:
		lo, hi := f.Min, f.Max
		q.MinValue, q.MaxValue = &lo, &hi
	case f.Qualifier == source.QualifierVague:
	case !f.Period.IsZero():
		q.Value = f.Period.String()
	default:
		q.Value = f.Value
	}
	if !f.Currency.IsZero() {
		q.UnitText = f.Currency.String()
	}
	add := func(name, value string) {
		if value != "" {
			q.AdditionalProperty = append(q.AdditionalProperty, propertyValue{Type: "PropertyValue", Name: name, Value: value})
		}
	}
	add("measure", string(f.Measure))
	add("qualifier", string(f.Qualifier))
	add("magnitude", string(f.Magnitude))
	add("modality", string(f.Modality))
	add("subject", string(f.Subject))
	add("per", string(f.Per))
	for _, s := range f.Includes {
		add("includes", s)
	}
	for _, s := range f.Excludes {
		add("excludes", s)
	}
	return q
}

// status returns the Claim of a territorial status, named by its ID, and
// the claim of its share.
func (b *builder) status(st territory.Status) []claim {
	about := refs(st.Territories...)
	about = append(about, refs(st.Holder, st.Recogniser)...)
	c := b.claim(st.Words, about, st.Attributions)
	c.ID = iri(st.ID)
	c.TemporalCoverage = coverage(st.Period)
	out := []claim{c}
	if !st.Share.IsZero() {
		out = append(out, b.figure(st.Share, []ref{{ID: c.ID}}))
	}
	return out
}

// stating returns the sources that state a thing (not those that deny
// it), once each, in order.
func (b *builder) stating(attrs []source.Attribution) []ref {
	var ids []source.ID
	for _, a := range attrs {
		if a.Verb != source.VerbDenied {
			ids = append(ids, a.Source)
		}
	}
	return refs(ids...)
}

// appearances returns the sources that state a thing and those each came
// to the reader through, once each, in order. A chain of relays ends at a
// source missing from the story or at a cycle.
func (b *builder) appearances(attrs []source.Attribution) []ref {
	var ids []source.ID
	seen := map[source.ID]bool{}
	for _, a := range attrs {
		if a.Verb == source.VerbDenied {
			continue
		}
		for id := a.Source; !id.IsZero() && !seen[id]; {
			seen[id] = true
			ids = append(ids, id)
			src, ok := b.sources[id]
			if !ok {
				break
			}
			id = src.Via
		}
	}
	return refs(ids...)
}

// quotes returns the quotations of attributions, each part of the source
// that prints it.
func quotes(attrs []source.Attribution) []quotation {
	var out []quotation
	for _, a := range attrs {
		for _, q := range a.Quotes {
			out = append(out, quote(q, a.Source))
		}
	}
	return out
}

// quote returns the quotation of a quote printed in the source in (zero
// when it is not known).
func quote(q source.Quote, in source.ID) quotation {
	n := quotation{
		Type:              "Quotation",
		Text:              q.Text,
		InLanguage:        lang(q.Lang),
		SpokenByCharacter: refTo(q.Speaker),
		IsBasedOn:         refTo(q.Medium),
		IsPartOf:          refTo(in),
	}
	for _, r := range q.Translations {
		n.WorkTranslation = append(n.WorkTranslation, quotation{Type: "Quotation", Text: r.Text, InLanguage: lang(r.Lang)})
	}
	if q.Translated {
		n.TranslationOfWork = &original{Type: "Quotation", InLanguage: lang(q.Original)}
	}
	return n
}

// dates returns the startDate and endDate of a time: an instant or a
// period, or the start of a period that goes on; none for a bound or a
// phrase without a date.
func dates(t source.Time) (start, end string) {
	if t.Start.IsZero() {
		return "", ""
	}
	switch t.Bound {
	case "":
		return iso(t.Start, t.Precision), iso(t.End, t.Precision)
	case source.BoundSince:
		return iso(t.Start, t.Precision), ""
	}
	return "", ""
}

// date returns an instant or the start of a period as an ISO 8601 date,
// or "" for a bound or a period.
func date(t source.Time) string {
	if t.Bound != "" || !t.End.IsZero() {
		return ""
	}
	start, _ := dates(t)
	return start
}

// coverage returns a time as an ISO 8601 date or interval, with ".." for
// the open end of a period that goes on, as schema.org's temporalCoverage
// writes it.
func coverage(t source.Time) string {
	start, end := dates(t)
	switch {
	case start == "":
		return ""
	case t.Bound == source.BoundSince:
		return start + "/.."
	case end != "":
		return start + "/" + end
	}
	return start
}

// iso writes an instant as ISO 8601 at precision p: a year, a month, a
// day, or a UTC date and time; "" for the zero time.
func iso(at time.Time, p source.Precision) string {
	if at.IsZero() {
		return ""
	}
	at = at.UTC()
	switch p {
	case source.PrecisionYear:
		return at.Format("2006")
	case source.PrecisionMonth:
		return at.Format("2006-01")
	case source.PrecisionDay:
		return at.Format(time.DateOnly)
	case source.PrecisionHour, source.PrecisionMinute:
		return at.Format("2006-01-02T15:04Z07:00")
	case source.PrecisionSecond:
		return at.Format(time.RFC3339)
	}
	return ""
}

// day writes the date of a role's start or end, or "" for none.
func day(at time.Time) string {
	if at.IsZero() {
		return ""
	}
	return at.UTC().Format(time.DateOnly)
}
