package jsonld_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/jsonld"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/internal/tooltest"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

const (
	sdo     = "https://schema.org/"
	rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
	integer = "^^<http://www.w3.org/2001/XMLSchema#integer>"
	double  = "^^<http://www.w3.org/2001/XMLSchema#double>"
)

// p names a schema.org term as N-Quads writes it.
func p(term string) string { return "<" + sdo + term + ">" }

// node names a record as N-Quads writes it.
func node[T ~[16]byte](id T) string { return "<urn:uuid:" + uuid.UUID(id).String() + ">" }

// lit is a plain string literal as N-Quads writes it.
func lit(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// triple is one line of N-Quads, without its graph (the document has
// none).
type triple struct{ s, p, o string }

// graph is the N-Quads jsonld.js writes, indexed.
type graph struct {
	triples []triple
	has     map[triple]bool
}

// parseNQuads reads N-Quads as jsonld.js writes them: one triple a line,
// subject, predicate and object separated by single spaces, the line
// ending in " .". Literals may hold spaces, so the object is the rest of
// the line.
func parseNQuads(t *testing.T, nq []byte) graph {
	t.Helper()
	g := graph{has: map[triple]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(nq))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := sc.Text()
		require.True(t, strings.HasSuffix(line, " ."), line)
		parts := strings.SplitN(strings.TrimSuffix(line, " ."), " ", 3)
		require.Len(t, parts, 3, line)
		tr := triple{parts[0], parts[1], parts[2]}
		g.triples = append(g.triples, tr)
		g.has[tr] = true
	}
	require.NoError(t, sc.Err())
	return g
}

// objects returns the objects of subject s through predicate pred.
func (g graph) objects(s, pred string) []string {
	var out []string
	for _, tr := range g.triples {
		if tr.s == s && tr.p == pred {
			out = append(out, tr.o)
		}
	}
	slices.Sort(out)
	return out
}

// subjects returns the subjects with predicate pred and object o.
func (g graph) subjects(pred, o string) []string {
	var out []string
	for _, tr := range g.triples {
		if tr.p == pred && tr.o == o {
			out = append(out, tr.s)
		}
	}
	return out
}

// one returns the only object of s through pred, failing otherwise.
func (g graph) one(t *testing.T, s, pred string) string {
	t.Helper()
	o := g.objects(s, pred)
	require.Len(t, o, 1, "%s %s", s, pred)
	return o[0]
}

// checked writes s to a file and runs .ci/node/jsonld-check.mjs on it:
// jsonld.js expands the document without a network, fails on any term it
// drops or any IRI outside schema.org, and prints the N-Quads.
func checked(t *testing.T, name string, s *newsevent.Story) graph {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jsonld.Write(&b, s, jsonld.Options{}))
	path := filepath.Join(t.TempDir(), name+".jsonld")
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o600))
	return parseNQuads(t, tooltest.Node(t, "jsonld-check.mjs", path))
}

// checkRecords checks that every record of s is a node of the graph with
// its type, and that every Wikidata ID, GeoNames ID and point is there.
func checkRecords(t *testing.T, s *newsevent.Story, g graph) {
	t.Helper()
	for _, src := range s.Sources() {
		assert.NotEmpty(t, g.objects(node(src.ID), rdfType), "source %s", src.ID)
	}
	for _, a := range s.Actors() {
		assert.NotEmpty(t, g.objects(node(a.ID), rdfType), "actor %s", a.Name)
		if a.Name != "" {
			assert.Contains(t, g.objects(node(a.ID), p("name")), lit(a.Name))
		}
		for _, x := range a.ExternalIDs {
			if x.Scheme == vocab.SchemeWikidata {
				assert.Contains(t, g.objects(node(a.ID), p("sameAs")), "<https://www.wikidata.org/wiki/"+x.Value+">", a.Name)
			}
		}
	}
	for _, tr := range s.Territories() {
		assert.NotEmpty(t, g.objects(node(tr.ID), rdfType), "territory %s", tr.Name)
		if !tr.Point.IsZero() {
			geo := g.one(t, node(tr.ID), p("geo"))
			assert.Equal(t, []string{p("GeoCoordinates")}, g.objects(geo, rdfType))
			assert.Len(t, g.objects(geo, p("latitude")), 1, tr.Name)
			assert.Len(t, g.objects(geo, p("longitude")), 1, tr.Name)
		}
		for _, x := range tr.ExternalIDs {
			if x.Scheme == vocab.SchemeWikidata {
				assert.Contains(t, g.objects(node(tr.ID), p("sameAs")), "<https://www.wikidata.org/wiki/"+x.Value+">", tr.Name)
			}
		}
	}
	for _, e := range s.Events() {
		h := event.HeaderOf(e)
		assert.Equal(t, []string{p("Event")}, g.objects(node(h.ID), rdfType), h.Title)
		assert.Equal(t, []string{lit(h.Title)}, g.objects(node(h.ID), p("name")), h.Title)
	}
	for _, st := range s.Statuses() {
		assert.Equal(t, []string{p("Claim")}, g.objects(node(st.ID), rdfType), "status %s", st.ID)
	}
}

// figureClaim returns the Claim about an event whose text is words,
// failing unless there is exactly one.
func figureClaim(t *testing.T, g graph, about, words string) string {
	t.Helper()
	var found []string
	for _, c := range g.subjects(p("about"), about) {
		if slices.Contains(g.objects(c, rdfType), p("Claim")) && slices.Contains(g.objects(c, p("text")), lit(words)) {
			found = append(found, c)
		}
	}
	require.Len(t, found, 1, "the claim %q about %s", words, about)
	return found[0]
}

// additional returns the named values of a QuantitativeValue, names and
// values as N-Quads literals.
func additional(g graph, qv string) map[string][]string {
	out := map[string][]string{}
	for _, pv := range g.objects(qv, p("additionalProperty")) {
		for _, name := range g.objects(pv, p("name")) {
			out[name] = append(out[name], g.objects(pv, p("value"))...)
		}
	}
	return out
}

// checkArticle checks the triples of the worked article, in the article
// and in the article merged with its update.
func checkArticle(t *testing.T, g graph) {
	t.Helper()
	strike := node(examples.EventID("E10"))
	nyt := node(examples.SourceID("S2"))
	article := node(examples.SourceID("S0"))

	// The strike is an Event with its name, date, status, places, the war
	// it is part of, its attacker in a Role and the sources that report it.
	assert.Equal(t, []string{p("Event")}, g.objects(strike, rdfType))
	assert.Equal(t, []string{lit("Russian missile and drone strikes across Ukraine")}, g.objects(strike, p("name")))
	assert.Equal(t, []string{lit("2025-04-24")}, g.objects(strike, p("startDate")))
	assert.Equal(t, []string{p("EventScheduled")}, g.objects(strike, p("eventStatus")))
	assert.Contains(t, g.objects(strike, p("location")), node(examples.TerritoryID("T1")))
	assert.Equal(t, []string{node(examples.EventID("E9"))}, g.objects(strike, p("superEvent")))
	assert.Contains(t, g.objects(strike, p("subjectOf")), nyt)
	attacker := g.one(t, strike, p("organizer"))
	assert.Equal(t, []string{p("Role")}, g.objects(attacker, rdfType))
	assert.Equal(t, []string{lit("attacker")}, g.objects(attacker, p("roleName")))
	assert.Equal(t, []string{node(examples.ActorID("A11"))}, g.objects(attacker, p("organizer")))

	// The toll "as many as 12" is a Claim about the strike that first
	// appears in the New York Times report, which reached the reader
	// through the article; its number is a QuantitativeValue.
	toll := figureClaim(t, g, strike, "as many as 12")
	assert.Equal(t, []string{nyt}, g.objects(toll, p("firstAppearance")))
	assert.ElementsMatch(t, []string{nyt, article}, g.objects(toll, p("appearance")))
	qv := g.one(t, toll, p("mainEntity"))
	assert.Equal(t, []string{p("QuantitativeValue")}, g.objects(qv, rdfType))
	assert.Equal(t, []string{`"12"` + integer}, g.objects(qv, p("value")))
	assert.Equal(t, map[string][]string{lit("measure"): {lit("killed")}, lit("qualifier"): {lit("as_many_as")}}, additional(g, qv))

	// The New York Times report is a NewsArticle published by a news
	// medium.
	assert.Equal(t, []string{p("NewsArticle")}, g.objects(nyt, rdfType))
	publisher := g.one(t, nyt, p("publisher"))
	assert.Equal(t, []string{p("NewsMediaOrganization")}, g.objects(publisher, rdfType))
	assert.Equal(t, []string{lit("The New York Times")}, g.objects(publisher, p("name")))

	// Zelenskyy is a Person with his name in Ukrainian, President of
	// Ukraine through a Role.
	zelenskyy := node(examples.ActorID("A4"))
	assert.Equal(t, []string{p("Person")}, g.objects(zelenskyy, rdfType))
	assert.Contains(t, g.objects(zelenskyy, p("alternateName")), `"Володимир Зеленський"@uk`)
	president := g.one(t, zelenskyy, p("affiliation"))
	assert.Equal(t, []string{lit("President")}, g.objects(president, p("roleName")))
	assert.Equal(t, []string{node(examples.ActorID("A12"))}, g.objects(president, p("affiliation")))

	// Zelenskyy's post, quoted on the frontline fighting, is a Quotation
	// he speaks, printed in his post.
	fighting := node(examples.EventID("E12"))
	var quotes []string
	for _, q := range g.objects(fighting, p("recordedIn")) {
		if slices.Contains(g.objects(q, rdfType), p("Quotation")) {
			quotes = append(quotes, q)
		}
	}
	require.Len(t, quotes, 1)
	assert.Equal(t, []string{zelenskyy}, g.objects(quotes[0], p("spokenByCharacter")))
	assert.Equal(t, []string{lit("en")}, g.objects(quotes[0], p("inLanguage")))
	assert.Equal(t, []string{node(examples.SourceID("S9"))}, g.objects(quotes[0], p("isPartOf")))
	assert.Equal(t, []string{p("SocialMediaPosting")}, g.objects(node(examples.SourceID("S9")), rdfType))

	// The London talks were postponed with no new date: EventPostponed,
	// the date they were scheduled for as previousStartDate.
	london := node(examples.EventID("E5"))
	assert.Equal(t, []string{p("EventPostponed")}, g.objects(london, p("eventStatus")))
	assert.Equal(t, []string{lit("2025-04-23")}, g.objects(london, p("previousStartDate")))
	assert.Empty(t, g.objects(london, p("startDate")))

	// The US framework is only proposed: no schema.org status.
	assert.Empty(t, g.objects(node(examples.EventID("E2")), p("eventStatus")))

	// The annexation is a Claim named by its status's ID, in the report's
	// words, about the territories and Russia.
	annexed := node(examples.StatusID("TS1"))
	assert.Equal(t, []string{lit("illegally annexed")}, g.objects(annexed, p("text")))
	assert.Contains(t, g.objects(annexed, p("about")), node(examples.ActorID("A11")))
	assert.Contains(t, g.objects(annexed, p("about")), node(examples.TerritoryID("T10")))
	assert.Equal(t, []string{article}, g.objects(annexed, p("firstAppearance")))

	// Russia's name for the war, quoted, is recorded in it.
	war := node(examples.EventID("E9"))
	var named []string
	for _, q := range g.objects(war, p("recordedIn")) {
		if slices.Contains(g.objects(q, p("text")), lit("special military operation")) {
			named = append(named, q)
		}
	}
	require.Len(t, named, 1)
	assert.Equal(t, []string{node(examples.ActorID("A11"))}, g.objects(named[0], p("spokenByCharacter")))
	assert.Contains(t, g.objects(war, p("alternateName")), lit("special military operation"))

	// The war began in 2022 and goes on.
	assert.Equal(t, []string{lit("2022")}, g.objects(node(examples.EventID("E9")), p("startDate")))
	assert.Empty(t, g.objects(node(examples.EventID("E9")), p("endDate")))
}

// TestJSONLDReadsArticle runs jsonld.js on the article, the merged article
// and every sample, and checks the triples it gives.
func TestJSONLDReadsArticle(t *testing.T) {
	t.Parallel() // each runs node; jsonld.js takes seconds
	s := examples.MustArticle()
	g := checked(t, "article", s)
	checkRecords(t, s, g)
	checkArticle(t, g)
}

func TestJSONLDReadsMerged(t *testing.T) {
	t.Parallel() // each runs node; jsonld.js takes seconds
	s, _, err := examples.ArticleUpdated()
	require.NoError(t, err)
	g := checked(t, "merged", s)
	checkRecords(t, s, g)
	checkArticle(t, g)

	// The update's toll of 13 is a second Claim about the same strike,
	// side by side with the article's; it appears in the Kyiv Independent,
	// Tkachenko its author.
	strike := node(examples.EventID("E10"))
	toll := figureClaim(t, g, strike, "13")
	assert.Contains(t, g.objects(toll, p("appearance")), node(examples.SourceID("U-S1")))
	assert.Contains(t, g.objects(toll, p("author")), node(examples.ActorID("U-A2")))
	qv := g.one(t, toll, p("mainEntity"))
	assert.Equal(t, []string{`"13"` + integer}, g.objects(qv, p("value")))
	figureClaim(t, g, strike, "as many as 12")
}

func TestJSONLDReadsSamples(t *testing.T) {
	t.Parallel()
	for _, sample := range examples.Samples() {
		t.Run(sample.Name, func(t *testing.T) {
			t.Parallel()
			s, err := sample.Build()
			require.NoError(t, err)
			checkRecords(t, s, checked(t, sample.Name, s))
		})
	}
}

// TestJSONLDReadsSynth runs jsonld.js on a synthetic story with records of
// every kind and shape: every term of the document expands.
func TestJSONLDReadsSynth(t *testing.T) {
	t.Parallel() // each runs node; jsonld.js takes seconds
	s := synth.Story(120, 7)
	checkRecords(t, s, checked(t, "synth", s))
}

// fieldStory is a story with what the samples do not hold: Wikidata and
// GeoNames IDs, a point, names in other languages, roles with periods, a
// rescheduled, a cancelled and an alleged event, months and periods that
// go on, translated quotes, figures of every shape, a claim of
// responsibility, a meeting's outcome, a statement's content, a status with
// a share.
func fieldStory(t *testing.T) *newsevent.Story {
	t.Helper()
	var s newsevent.Story
	report := source.IDFor("report")
	post := source.IDFor("post")
	speaker := actor.IDFor("speaker")
	kyiv := territory.IDFor("kyiv")
	ukraine := territory.IDFor("ukraine")
	reported := []source.Attribution{source.Attribute(report, source.VerbReported), source.Attribute(post, source.VerbDenied)}
	for _, a := range []actor.Actor{
		{ID: speaker, Kind: actor.KindPerson, Name: "Volodymyr Zelenskyy", Country: vocab.MustCountry("UA"),
			Names:       []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}},
			ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q3874799"}},
			Roles: []actor.Role{
				{Title: "President", Of: actor.IDFor("ukraine"), From: time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)},
				{Title: "actor"},
			}},
		{ID: actor.IDFor("ukraine"), Kind: actor.KindState, Name: "Ukraine", Country: vocab.MustCountry("UA")},
		{ID: actor.IDFor("govt"), Kind: actor.KindGovernment, Name: "the government", MemberOf: []actor.ID{actor.IDFor("ukraine")}},
		{ID: actor.IDFor("force"), Kind: actor.KindArmedForce, Name: "the air force"},
	} {
		require.NoError(t, s.AddActor(a))
	}
	require.NoError(t, s.AddTerritory(territory.Territory{ID: ukraine, Kind: territory.KindCountry, Name: "Ukraine", Country: vocab.MustCountry("UA")}))
	require.NoError(t, s.AddTerritory(territory.Territory{
		ID: kyiv, Kind: territory.KindCity, Name: "Kyiv", Parent: ukraine, Country: vocab.MustCountry("UA"),
		Names:       []vocab.Name{{Text: "Київ", Lang: language.Ukrainian}},
		Point:       territory.Point{Lat: 50.45, Lon: 30.5236, Precision: territory.PrecisionTown},
		ExternalIDs: []vocab.ExternalID{{Scheme: vocab.SchemeWikidata, Value: "Q1899"}, {Scheme: vocab.SchemeGeoNames, Value: "703448"}},
	}))
	for _, src := range []source.Source{
		{ID: report, Kind: source.KindReport, Title: "a report", URL: "https://example.org/report", Language: language.English,
			Published: source.Day(2025, time.April, 28, ""), Dateline: kyiv},
		{ID: post, Kind: source.KindPost, Title: "a post", Authors: []actor.ID{speaker}, Platform: "x", Via: report},
	} {
		require.NoError(t, s.AddSource(src))
	}
	h := func(key string, st event.Status, tm source.Time) event.Header {
		return event.Header{ID: event.IDFor(key), Title: key, Status: st, Time: tm, Attributions: reported}
	}
	count := func(phrase string, m source.Measure) source.Count {
		c, err := source.ParseCount(phrase)
		require.NoError(t, err, phrase)
		c.Measure = m
		c.Attributions = []source.Attribution{source.Attribute(post, source.VerbSaid)}
		return c
	}
	rescheduled := h("rescheduled", event.StatusPostponed, source.Day(2025, time.April, 23, ""))
	rescheduled.Rescheduled = source.Day(2025, time.May, 2, "")
	meeting := &event.Meeting{Header: rescheduled, Attendees: []actor.ID{speaker}, Host: actor.IDFor("ukraine"),
		Outcome: []event.Remark{{Text: "constructive", Attributions: reported}}}
	cancelled := &event.Meeting{Header: h("cancelled", event.StatusCancelled, source.Month(2025, time.March, "in March")), Attendees: []actor.ID{speaker}}
	attack := &event.Attack{
		Header:  h("alleged", event.StatusAlleged, source.Year(2024, "since 2024").Since()),
		Targets: []event.Target{{Actor: actor.IDFor("govt"), Territory: kyiv}},
		Casualties: []source.Count{
			count("20 to 30", source.MeasureKilled), count("dozens", source.MeasureInjured),
			count("$1.2bn", source.MeasureCost), count("two years and two days", source.MeasureDuration),
		},
		Responsibility: []event.Claim{{Actor: actor.IDFor("force"), By: speaker, Verb: source.VerbBlamed, Text: "the air force was blamed",
			Attributions: []source.Attribution{source.Attribute(post, source.VerbSaid)}}},
	}
	statement := &event.Statement{Header: h("statement", event.StatusOccurred, source.At(time.Date(2025, 4, 24, 1, 30, 0, 0, time.UTC), source.PrecisionMinute, "", "1:30")),
		Speaker: speaker, Acts: []event.SpeechAct{event.SpeechClaim}, Content: "the strike hit Kyiv", Medium: post,
		Quotes: []source.Quote{{Text: "Слава Україні", Lang: language.Ukrainian, Speaker: speaker, Medium: post,
			Translations: []source.Rendering{{Text: "Glory to Ukraine", Lang: language.English}}},
			{Text: "Stop", Lang: language.English, Speaker: speaker, Translated: true, Original: language.Ukrainian}}}
	for _, e := range []event.Event{meeting, cancelled, attack, statement} {
		require.NoError(t, s.AddEvent(e))
	}
	share := count("about 20%", source.MeasureTerritory)
	require.NoError(t, s.AddStatus(territory.Status{ID: territory.StatusIDFor("occupied"), Territories: []territory.ID{ukraine},
		Relation: territory.RelationControls, Holder: actor.IDFor("force"), Extent: territory.ExtentShare, Share: share,
		Standing: territory.StandingInForce, Attributions: reported, Words: "occupies about 20%",
		Period: source.Year(2022, "since 2022").Since()}))
	require.NoError(t, s.Validate())
	return &s
}

// decode returns the @graph of a document, nodes by @id, and the blank
// nodes in order.
func decode(t *testing.T, s *newsevent.Story) (named map[string]map[string]any, blank []map[string]any) {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jsonld.Write(&b, s, jsonld.Options{}))
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	named = map[string]map[string]any{}
	for _, n := range doc.Graph {
		if id, ok := n["@id"].(string); ok {
			named[id] = n
		} else {
			blank = append(blank, n)
		}
	}
	return named, blank
}

func urn[T ~[16]byte](id T) string { return "urn:uuid:" + uuid.UUID(id).String() }

func TestWriteFields(t *testing.T) {
	s := fieldStory(t)
	named, blank := decode(t, s)

	zelenskyy := named[urn(actor.IDFor("speaker"))]
	assert.Equal(t, "Person", zelenskyy["@type"])
	assert.Equal(t, []any{"https://www.wikidata.org/wiki/Q3874799"}, zelenskyy["sameAs"])
	assert.Equal(t, []any{map[string]any{"@value": "Володимир Зеленський", "@language": "uk"}}, zelenskyy["alternateName"])
	assert.Equal(t, []any{"actor"}, zelenskyy["jobTitle"], "a role of no one's")
	assert.Equal(t, []any{map[string]any{"@type": "Role", "roleName": "President", "startDate": "2019-05-20",
		"affiliation": map[string]any{"@id": urn(actor.IDFor("ukraine"))}}}, zelenskyy["affiliation"])
	assert.Equal(t, map[string]any{"@type": "Country", "identifier": []any{
		map[string]any{"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-2", "value": "UA"}}}, zelenskyy["nationality"])
	assert.Equal(t, "Country", named[urn(actor.IDFor("ukraine"))]["@type"])
	assert.Equal(t, "GovernmentOrganization", named[urn(actor.IDFor("govt"))]["@type"])
	assert.Equal(t, []any{map[string]any{"@id": urn(actor.IDFor("ukraine"))}}, named[urn(actor.IDFor("govt"))]["memberOf"])
	assert.Equal(t, "Organization", named[urn(actor.IDFor("force"))]["@type"])

	kyiv := named[urn(territory.IDFor("kyiv"))]
	assert.Equal(t, "City", kyiv["@type"])
	assert.Equal(t, map[string]any{"@type": "GeoCoordinates", "latitude": 50.45, "longitude": 30.5236}, kyiv["geo"])
	assert.Equal(t, []any{"https://www.wikidata.org/wiki/Q1899", "https://sws.geonames.org/703448/"}, kyiv["sameAs"])
	assert.Equal(t, map[string]any{"@id": urn(territory.IDFor("ukraine"))}, kyiv["containedInPlace"])
	assert.Equal(t, []any{
		map[string]any{"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-2", "value": "UA"},
	}, named[urn(territory.IDFor("ukraine"))]["identifier"])

	report := named[urn(source.IDFor("report"))]
	assert.Equal(t, "NewsArticle", report["@type"])
	assert.Equal(t, "2025-04-28", report["datePublished"])
	assert.Equal(t, "en", report["inLanguage"])
	assert.Equal(t, map[string]any{"@id": urn(territory.IDFor("kyiv"))}, report["locationCreated"])
	assert.Equal(t, []any{map[string]any{"@id": urn(source.IDFor("post"))}}, report["citation"], "the post came via the report")

	meeting := named[urn(event.IDFor("rescheduled"))]
	assert.Equal(t, "EventRescheduled", meeting["eventStatus"])
	assert.Equal(t, "2025-05-02", meeting["startDate"])
	assert.Equal(t, "2025-04-23", meeting["previousStartDate"])
	assert.Equal(t, []any{map[string]any{"@id": urn(source.IDFor("report"))}}, meeting["subjectOf"], "the denying post is left out")
	assert.Len(t, meeting["attendee"], 1)
	assert.Len(t, meeting["organizer"], 1, "the host")

	cancelled := named[urn(event.IDFor("cancelled"))]
	assert.Equal(t, "EventCancelled", cancelled["eventStatus"])
	assert.Equal(t, "2025-03", cancelled["startDate"])

	alleged := named[urn(event.IDFor("alleged"))]
	assert.NotContains(t, alleged, "eventStatus")
	assert.Equal(t, "2024", alleged["startDate"])
	assert.NotContains(t, alleged, "endDate")
	assert.Equal(t, []any{map[string]any{"@type": "Role", "roleName": "target", "about": map[string]any{"@id": urn(actor.IDFor("govt"))}}}, alleged["about"])
	assert.NotContains(t, alleged, "attendee", "those blamed and blaming are in the claim")

	statement := named[urn(event.IDFor("statement"))]
	assert.Equal(t, "2025-04-24T01:30Z", statement["startDate"])
	assert.Equal(t, []any{
		map[string]any{"@type": "Quotation", "text": "Слава Україні", "inLanguage": "uk",
			"spokenByCharacter": map[string]any{"@id": urn(actor.IDFor("speaker"))},
			"isBasedOn":         map[string]any{"@id": urn(source.IDFor("post"))},
			"workTranslation":   []any{map[string]any{"@type": "Quotation", "text": "Glory to Ukraine", "inLanguage": "en"}}},
		map[string]any{"@type": "Quotation", "text": "Stop", "inLanguage": "en",
			"spokenByCharacter": map[string]any{"@id": urn(actor.IDFor("speaker"))},
			"translationOfWork": map[string]any{"@type": "Quotation", "inLanguage": "uk"}},
	}, statement["recordedIn"])

	claims := map[string]map[string]any{}
	for _, c := range blank {
		require.Equal(t, "Claim", c["@type"])
		text, _ := c["text"].(string)
		claims[text] = c
	}
	qv := func(text string) map[string]any { return claims[text]["mainEntity"].(map[string]any) }
	assert.Equal(t, 20.0, qv("20 to 30")["minValue"])
	assert.Equal(t, 30.0, qv("20 to 30")["maxValue"])
	assert.NotContains(t, qv("20 to 30"), "value")
	assert.NotContains(t, qv("dozens"), "value")
	assert.Contains(t, qv("dozens")["additionalProperty"], map[string]any{"@type": "PropertyValue", "name": "magnitude", "value": "dozens"})
	assert.Equal(t, 1.2e9, qv("$1.2bn")["value"])
	assert.Equal(t, "USD", qv("$1.2bn")["unitText"])
	assert.Equal(t, "P2Y2D", qv("two years and two days")["value"])
	assert.Equal(t, map[string]any{"@id": urn(source.IDFor("post"))}, claims["20 to 30"]["firstAppearance"])
	assert.Equal(t, []any{map[string]any{"@id": urn(source.IDFor("post"))}, map[string]any{"@id": urn(source.IDFor("report"))}},
		claims["20 to 30"]["appearance"], "the post, and the report it came via")
	assert.Equal(t, []any{map[string]any{"@id": urn(actor.IDFor("speaker"))}}, claims["20 to 30"]["author"])

	blamed := claims["the air force was blamed"]
	assert.Equal(t, []any{map[string]any{"@id": urn(event.IDFor("alleged"))}, map[string]any{"@id": urn(actor.IDFor("force"))}}, blamed["about"])
	assert.Equal(t, []any{map[string]any{"@id": urn(actor.IDFor("speaker"))}}, blamed["author"])

	content := claims["the strike hit Kyiv"]
	assert.Equal(t, []any{map[string]any{"@id": urn(actor.IDFor("speaker"))}}, content["author"])
	assert.Equal(t, map[string]any{"@id": urn(source.IDFor("report"))}, content["firstAppearance"])
	assert.Contains(t, claims, "constructive", "the meeting's outcome")

	status := named[urn(territory.StatusIDFor("occupied"))]
	assert.Equal(t, "Claim", status["@type"])
	assert.Equal(t, "occupies about 20%", status["text"])
	assert.Equal(t, "2022/..", status["temporalCoverage"])
	share := claims["about 20%"]
	assert.Equal(t, []any{map[string]any{"@id": urn(territory.StatusIDFor("occupied"))}}, share["about"])
}

// TestJSONLDReadsFields runs jsonld.js on the story of TestWriteFields.
func TestJSONLDReadsFields(t *testing.T) {
	t.Parallel() // each runs node; jsonld.js takes seconds
	s := fieldStory(t)
	g := checked(t, "fields", s)
	checkRecords(t, s, g)
	kyiv := node(territory.IDFor("kyiv"))
	geo := g.one(t, kyiv, p("geo"))
	assert.Equal(t, []string{`"5.045E1"` + double}, g.objects(geo, p("latitude")))
	assert.Equal(t, []string{`"3.05236E1"` + double}, g.objects(geo, p("longitude")))
	assert.Contains(t, g.objects(node(actor.IDFor("speaker")), p("sameAs")), "<https://www.wikidata.org/wiki/Q3874799>")
	assert.Equal(t, []string{p("EventRescheduled")}, g.objects(node(event.IDFor("rescheduled")), p("eventStatus")))
	assert.Equal(t, []string{p("EventCancelled")}, g.objects(node(event.IDFor("cancelled")), p("eventStatus")))
}

// terms collects the terms a document uses: keys, @type values and
// eventStatus values.
func terms(v any, into map[string]bool) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			terms(x, into)
		}
	case map[string]any:
		for k, x := range v {
			switch {
			case k == "@type":
				into[x.(string)] = true
			case k == "eventStatus":
				into[k], into[x.(string)] = true, true
			case !strings.HasPrefix(k, "@"):
				into[k] = true
			}
			terms(x, into)
		}
	}
}

// TestContextCoversOutput holds the context to the terms the documents
// use: each term the nodes use has a definition, and each definition is
// used by the sample stories, a synthetic story or the field story.
func TestContextCoversOutput(t *testing.T) {
	stories := []*newsevent.Story{fieldStory(t), synth.Story(200, 3)}
	for _, sample := range examples.Samples() {
		s, err := sample.Build()
		require.NoError(t, err)
		stories = append(stories, s)
	}
	var context map[string]struct {
		ID   string `json:"@id"`
		Type string `json:"@type"`
	}
	used := map[string]bool{}
	for _, s := range stories {
		var b bytes.Buffer
		require.NoError(t, jsonld.Write(&b, s, jsonld.Options{}))
		var doc struct {
			Context json.RawMessage `json:"@context"`
			Graph   any             `json:"@graph"`
		}
		require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
		require.NoError(t, json.Unmarshal(doc.Context, &context))
		terms(doc.Graph, used)
	}
	for term, def := range context {
		assert.Equal(t, sdo+term, def.ID, "a term is its schema.org URL")
		assert.True(t, used[term], "the context defines %s, which no document uses", term)
	}
	for term := range used {
		assert.Contains(t, context, term, "a term without a definition")
	}
}

func TestWriteCompact(t *testing.T) {
	s := examples.MustArticle()
	var indented, compact bytes.Buffer
	require.NoError(t, jsonld.Write(&indented, s, jsonld.Options{}))
	require.NoError(t, jsonld.Write(&compact, s, jsonld.Options{Compact: true}))
	assert.Equal(t, 1, strings.Count(compact.String(), "\n"), "one line")
	assert.JSONEq(t, indented.String(), compact.String())

	var again bytes.Buffer
	require.NoError(t, jsonld.Write(&again, s, jsonld.Options{}))
	assert.Equal(t, indented.String(), again.String(), "the same story gives the same bytes")
}

func TestWriteEmpty(t *testing.T) {
	var s newsevent.Story
	var b bytes.Buffer
	require.NoError(t, jsonld.Write(&b, &s, jsonld.Options{Compact: true}))
	var doc struct {
		Context map[string]any `json:"@context"`
		Graph   []any          `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.NotEmpty(t, doc.Context)
	assert.NotNil(t, doc.Graph)
	assert.Empty(t, doc.Graph)
}

func TestWriteNil(t *testing.T) {
	err := jsonld.Write(&bytes.Buffer{}, nil, jsonld.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "story")
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteError(t *testing.T) {
	require.ErrorIs(t, jsonld.Write(failingWriter{}, examples.MustArticle(), jsonld.Options{}), errWrite)
}

// Russia's strike on Kyiv, reported by one report with its toll: an Event
// with its attacker in a Role, the report, and the toll as a Claim that
// appears in it. The document's @context, one definition per schema.org
// term, is left out here.
func ExampleWrite() {
	var s newsevent.Story
	russia := actor.Actor{ID: actor.IDFor("russia"), Kind: actor.KindState, Name: "Russia"}
	kyiv := territory.Territory{ID: territory.IDFor("kyiv"), Kind: territory.KindCity, Name: "Kyiv",
		Point: territory.Point{Lat: 50.45, Lon: 30.52, Precision: territory.PrecisionTown}}
	report := source.Source{ID: source.IDFor("report"), Kind: source.KindReport, Title: "a report"}
	killed, err := source.ParseCount("at least 12")
	if err != nil {
		fmt.Println(err)
		return
	}
	killed.Measure = source.MeasureKilled
	killed.Attributions = []source.Attribution{source.Attribute(report.ID, source.VerbReported)}
	strike, err := event.NewAttack(event.Header{
		ID: event.IDFor("strike"), Title: "Russian strike on Kyiv",
		Time:         source.Day(2025, time.April, 24, "Thursday"),
		Status:       event.StatusOccurred,
		Attributions: []source.Attribution{source.Attribute(report.ID, source.VerbReported)},
	}).Attacker(russia.ID).TargetPlaces(kyiv.ID).Casualties(killed).Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, err := range []error{s.AddActor(russia), s.AddTerritory(kyiv), s.AddSource(report), s.AddEvent(strike)} {
		if err != nil {
			fmt.Println(err)
			return
		}
	}

	var b bytes.Buffer
	if err := jsonld.Write(&b, &s, jsonld.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Graph json.RawMessage `json:"@graph"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	var graph bytes.Buffer
	if err := json.Indent(&graph, doc.Graph, "", "  "); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(graph.String())
	// Output:
	// [
	//   {
	//     "@id": "urn:uuid:cfb75599-6f7b-500f-b47c-5e25beccc65f",
	//     "@type": "NewsArticle",
	//     "name": "a report"
	//   },
	//   {
	//     "@id": "urn:uuid:e140fd39-7c94-5c42-8691-4e645e1336b3",
	//     "@type": "Country",
	//     "name": "Russia"
	//   },
	//   {
	//     "@id": "urn:uuid:b5cb1c01-172c-5a9f-b61b-5e7fdf0b0436",
	//     "@type": "City",
	//     "name": "Kyiv",
	//     "geo": {
	//       "@type": "GeoCoordinates",
	//       "latitude": 50.45,
	//       "longitude": 30.52
	//     }
	//   },
	//   {
	//     "@id": "urn:uuid:3f1d12ca-47f5-5932-ad98-f547cd0be750",
	//     "@type": "Event",
	//     "name": "Russian strike on Kyiv",
	//     "startDate": "2025-04-24",
	//     "eventStatus": "EventScheduled",
	//     "location": [
	//       {
	//         "@id": "urn:uuid:b5cb1c01-172c-5a9f-b61b-5e7fdf0b0436"
	//       }
	//     ],
	//     "organizer": [
	//       {
	//         "@type": "Role",
	//         "roleName": "attacker",
	//         "organizer": {
	//           "@id": "urn:uuid:e140fd39-7c94-5c42-8691-4e645e1336b3"
	//         }
	//       }
	//     ],
	//     "subjectOf": [
	//       {
	//         "@id": "urn:uuid:cfb75599-6f7b-500f-b47c-5e25beccc65f"
	//       }
	//     ]
	//   },
	//   {
	//     "@type": "Claim",
	//     "text": "at least 12",
	//     "about": [
	//       {
	//         "@id": "urn:uuid:3f1d12ca-47f5-5932-ad98-f547cd0be750"
	//       }
	//     ],
	//     "appearance": [
	//       {
	//         "@id": "urn:uuid:cfb75599-6f7b-500f-b47c-5e25beccc65f"
	//       }
	//     ],
	//     "firstAppearance": {
	//       "@id": "urn:uuid:cfb75599-6f7b-500f-b47c-5e25beccc65f"
	//     },
	//     "mainEntity": {
	//       "@type": "QuantitativeValue",
	//       "value": 12,
	//       "additionalProperty": [
	//         {
	//           "@type": "PropertyValue",
	//           "name": "measure",
	//           "value": "killed"
	//         },
	//         {
	//           "@type": "PropertyValue",
	//           "name": "qualifier",
	//           "value": "at_least"
	//         }
	//       ]
	//     }
	//   }
	// ]
}
