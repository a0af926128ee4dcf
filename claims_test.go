package newsevent_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

var updateClaims = flag.Bool("update-claims", false, "rewrite testdata/claims.golden from the claims view of the test story")

// Sources of the claims tests, each published on its own day (the
// article on April 25, Reuters on April 26, the post on April 24), and
// one without a publication time.
var (
	claimsArticle = source.Source{ID: sArticle, Kind: source.KindArticle, Title: "the article", Published: day(time.April, 25)}
	claimsReuters = source.Source{ID: sReuters, Kind: source.KindReport, Title: "Reuters", Published: day(time.April, 26)}
	claimsPost    = source.Source{ID: sPost, Kind: source.KindPost, Platform: "x", Title: "the post", Published: day(time.April, 24)}
	claimsReport  = source.Source{ID: sReport, Kind: source.KindReport, Title: "the report"}
)

// claimsStory returns a story with the actors, places and sources the
// claims tests name, then records; it must validate.
func claimsStory(t testing.TB, records ...newsevent.Record) *newsevent.Story {
	t.Helper()
	s := new(newsevent.Story)
	mustAdd(t, s,
		newsevent.ActorRecord{Actor: person(aRussia, "Russia")},
		newsevent.ActorRecord{Actor: person(aUkraine, "Ukraine")},
		newsevent.ActorRecord{Actor: person(aUS, "United States")},
		newsevent.TerritoryRecord{Territory: place(tUkraine, territory.KindCountry, "Ukraine", territory.ID{})},
		newsevent.TerritoryRecord{Territory: place(tKyiv, territory.KindCity, "Kyiv", tUkraine)},
		newsevent.TerritoryRecord{Territory: place(tCrimea, territory.KindRegion, "Crimea", tUkraine)},
		newsevent.SourceRecord{Source: claimsArticle},
		newsevent.SourceRecord{Source: claimsReuters},
		newsevent.SourceRecord{Source: claimsPost},
		newsevent.SourceRecord{Source: claimsReport},
	)
	mustAdd(t, s, records...)
	require.NoError(t, s.Validate())
	return s
}

// strikeWith returns the strike on Kyiv of April 24, reported by the
// article, with these casualty figures.
func strikeWith(casualties ...source.Count) *event.Attack {
	return &event.Attack{
		Header:     head(eStrike, "Strike on Kyiv", day(time.April, 24)),
		Attacker:   aRussia,
		Targets:    []event.Target{{Territory: tKyiv}},
		Casualties: casualties,
	}
}

// killed is an exact death toll given by the sources.
func killed(n float64, sources ...source.ID) source.Count {
	c := source.Count{Value: n, Qualifier: source.QualifierExact, Measure: source.MeasureKilled}
	for _, s := range sources {
		c.Attributions = append(c.Attributions, source.Attribute(s, source.VerbReported))
	}
	return c
}

// phrase parses a figure as written, with a measure and a source.
func phrase(t testing.TB, text string, m source.Measure, src source.ID) source.Count {
	t.Helper()
	c, err := source.ParseCount(text)
	require.NoError(t, err)
	c.Measure, c.Attributions = m, by(src)
	return c
}

// onlyGroup returns the one figure group of a view.
func onlyGroup(t *testing.T, c newsevent.Claims) newsevent.FigureGroup {
	t.Helper()
	require.Len(t, c.Figures, 1)
	return c.Figures[0]
}

func states(claims []newsevent.FigureClaim) []newsevent.ClaimState {
	out := make([]newsevent.ClaimState, len(claims))
	for i, c := range claims {
		out[i] = c.State
	}
	return out
}

func TestClaimsDisputed(t *testing.T) {
	s := claimsStory(t, newsevent.EventRecord{Event: strikeWith(killed(9, sArticle), killed(20, sReuters))})
	g := onlyGroup(t, s.Claims())
	assert.Equal(t, newsevent.Address{Record: uuid.UUID(eStrike), Type: "event"}, g.About)
	assert.Equal(t, source.MeasureKilled, g.Family)
	require.Len(t, g.Figures, 2)
	assert.Equal(t, newsevent.Address{Record: uuid.UUID(eStrike), Type: "event", Path: "casualties[1]"}, g.Figures[1].At)
	assert.Equal(t, []source.ID{sReuters}, g.Figures[1].Sources)
	assert.Equal(t, claimsReuters.Published, g.Figures[1].Published)
	assert.True(t, g.Disputed)
	assert.Equal(t, []newsevent.Dispute{{Between: [2]int{0, 1}, Reason: newsevent.DisputeRange}}, g.Disputes)
	// Neither gives an as-of time: the later publication is current.
	assert.Equal(t, 1, g.Current)
	assert.Equal(t, []newsevent.ClaimState{newsevent.ClaimLive, newsevent.ClaimLive}, states(g.Figures))
}

func TestClaimsCurrentRule(t *testing.T) {
	asOf := func(c source.Count, d int) source.Count { c.AsOf = day(time.April, d); return c }
	for _, tc := range []struct {
		name    string
		figures []source.Count
		current int
	}{
		{"the later as-of time, whatever the publication", []source.Count{asOf(killed(12, sArticle), 25), asOf(killed(9, sReuters), 24)}, 0},
		{"an as-of time beats none", []source.Count{asOf(killed(12, sPost), 24), killed(9, sReuters)}, 0},
		{"then the later publication", []source.Count{killed(12, sReuters), killed(9, sArticle)}, 0},
		{"a publication beats none", []source.Count{killed(12, sPost), killed(9, sReport)}, 0},
		{"ties broken conservatively", []source.Count{killed(12, sReport), killed(9, sReport), killed(30, sReport)}, 1},
		{"then the later in story order", []source.Count{killed(9, sReport), killed(9, sReport)}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := claimsStory(t, newsevent.EventRecord{Event: strikeWith(tc.figures...)})
			assert.Equal(t, tc.current, onlyGroup(t, s.Claims()).Current)
		})
	}
}

// revisedStory is a strike whose toll (K1, 9 by the article) a later
// statement revises from its own record (12 by Reuters, as of April 25),
// and whose time (April 24, by the article) the statement revises too
// (April 23, by Reuters).
func revisedStory(t testing.TB) *newsevent.Story {
	strike := strikeWith(source.Count{Ref: "K1", Value: 9, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Attributions: by(sArticle)})
	later := other(eStatement, "Officials update the toll", day(time.April, 25))
	later.Figures = []source.Count{{
		Value: 12, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, AsOf: day(time.April, 25),
		Revises: "K1", RevisesIn: uuid.UUID(eStrike), Attributions: by(sReuters),
	}}
	later.OtherTimes = []event.ReportedTime{{Time: day(time.April, 23), Attributions: by(sReuters), Revises: event.RefTime, RevisesIn: eStrike}}
	return claimsStory(t, newsevent.EventRecord{Event: strike}, newsevent.EventRecord{Event: later})
}

func TestClaimsRevisedAcrossRecords(t *testing.T) {
	c := revisedStory(t).Claims()
	g := onlyGroup(t, c)
	assert.Equal(t, uuid.UUID(eStrike), g.About.Record, "the revision joins the group of the toll it revises")
	require.Len(t, g.Figures, 2)
	first, update := g.Figures[0], g.Figures[1]
	assert.Equal(t, newsevent.Address{Record: uuid.UUID(eStrike), Type: "event", Path: "casualties[0]", Ref: "K1"}, first.At)
	assert.Equal(t, newsevent.ClaimRevised, first.State)
	assert.Equal(t, []newsevent.Revision{{
		By:        newsevent.Address{Record: uuid.UUID(eStatement), Type: "event", Path: "figures[0]"},
		Sources:   []source.ID{sReuters},
		AsOf:      day(time.April, 25),
		Published: claimsReuters.Published,
	}}, first.RevisedBy, "revised by whom and as of when")
	assert.Equal(t, newsevent.ClaimLive, update.State)
	assert.Equal(t, uuid.UUID(eStatement), update.At.Record)
	assert.Equal(t, 1, g.Current, "the revised figure is not current")
	assert.False(t, g.Disputed, "a revised figure is in no dispute")
	assert.Equal(t, "Strike on Kyiv", c.Names[uuid.UUID(eStrike)])
	assert.Equal(t, "Reuters", c.Names[uuid.UUID(sReuters)])
}

func TestClaimsRevisionWithinRecordAndChains(t *testing.T) {
	// K1 is revised by K2 in the same record, and K2 by a figure of a
	// later event: all three are one group, and only the last is live.
	strike := strikeWith(
		source.Count{Ref: "K1", Value: 9, Qualifier: source.QualifierAtLeast, Measure: source.MeasureKilled, Attributions: by(sArticle)},
		source.Count{Ref: "K2", Value: 11, Qualifier: source.QualifierExact, Measure: source.MeasureConfirmedKilled, Revises: "K1", Attributions: by(sArticle)},
	)
	later := other(eStatement, "Officials update the toll", day(time.April, 25))
	later.Figures = []source.Count{{Value: 14, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Revises: "K2", RevisesIn: uuid.UUID(eStrike), Attributions: by(sReuters)}}
	g := onlyGroup(t, claimsStory(t, newsevent.EventRecord{Event: strike}, newsevent.EventRecord{Event: later}).Claims())
	assert.Equal(t, []newsevent.ClaimState{newsevent.ClaimRevised, newsevent.ClaimRevised, newsevent.ClaimLive}, states(g.Figures))
	assert.Equal(t, "casualties[1]", g.Figures[0].RevisedBy[0].By.Path)
	assert.Equal(t, "figures[0]", g.Figures[1].RevisedBy[0].By.Path)
	assert.Equal(t, 2, g.Current)
}

func TestClaimsDenied(t *testing.T) {
	denied := killed(30)
	denied.Attributions = []source.Attribution{source.Attribute(sReuters, source.VerbDenied)}
	mixed := killed(9, sArticle)
	mixed.Attributions = append(mixed.Attributions, source.Attribute(sPost, source.VerbDenied))
	s := claimsStory(t, newsevent.EventRecord{Event: strikeWith(mixed, denied)})
	g := onlyGroup(t, s.Claims())
	assert.Equal(t, []newsevent.ClaimState{newsevent.ClaimLive, newsevent.ClaimDenied}, states(g.Figures))
	assert.Equal(t, []source.ID{sPost}, g.Figures[0].DeniedBy, "a source that denies a figure others give")
	assert.Equal(t, []source.ID{sReuters}, g.Figures[1].DeniedBy)
	assert.Empty(t, g.Figures[1].Sources)
	assert.Equal(t, 0, g.Current, "a denied figure is not current")
	assert.False(t, g.Disputed, "a denied figure is in no dispute")
}

func TestClaimsNotActual(t *testing.T) {
	feared := killed(50, sReuters)
	feared.Modality = source.ModalityFeared
	estimated := killed(10, sArticle)
	estimated.Modality = source.ModalityEstimated
	s := claimsStory(t, newsevent.EventRecord{Event: strikeWith(estimated, feared)})
	g := onlyGroup(t, s.Claims())
	assert.Equal(t, []newsevent.ClaimState{newsevent.ClaimLive, newsevent.ClaimNotActual}, states(g.Figures), "an estimate is actual; a feared toll is not")
	assert.Equal(t, 0, g.Current)
	assert.False(t, g.Disputed)
}

func TestClaimsNoneCurrent(t *testing.T) {
	feared := killed(50, sReuters)
	feared.Modality = source.ModalityFeared
	g := onlyGroup(t, claimsStory(t, newsevent.EventRecord{Event: strikeWith(feared)}).Claims())
	assert.Equal(t, -1, g.Current)
}

func TestClaimsRanges(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		disputed bool
	}{
		{"20 to 30", "at least 25", false},
		{"20 to 30", "30", false},
		{"20 to 30", "31", true},
		{"dozens", "100", false}, // a vague figure has no ceiling
		{"dozens", "5", true},
		{"up to 20", "15", false},
		{"as many as 12", "9", false},
		{"at least 9", "12", false},
		{"9", "12", true},
		{"about 150", "160", true}, // no margin is invented
		{"more than 4,500", "4,500", false},
		{"fewer than 10", "12", true},
	} {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a, b := phrase(t, tc.a, source.MeasureKilled, sArticle), phrase(t, tc.b, source.MeasureKilled, sReuters)
			assert.Equal(t, !tc.disputed, source.Overlap(a, b))
			g := onlyGroup(t, claimsStory(t, newsevent.EventRecord{Event: strikeWith(a, b)}).Claims())
			assert.Equal(t, tc.disputed, g.Disputed)
		})
	}
	t.Run("one source twice is no dispute", func(t *testing.T) {
		g := onlyGroup(t, claimsStory(t, newsevent.EventRecord{Event: strikeWith(killed(9, sArticle), killed(12, sArticle, sPost), killed(40, sPost))}).Claims())
		assert.Equal(t, []newsevent.Dispute{{Between: [2]int{0, 2}, Reason: newsevent.DisputeRange}}, g.Disputes)
	})
	t.Run("a figure without sources is no dispute", func(t *testing.T) {
		kyiv := place(tKyiv, territory.KindCity, "Kyiv", tUkraine)
		kyiv.Figures = []source.Count{
			{Value: 2_900_000, Qualifier: source.QualifierAbout, Measure: source.MeasurePopulation},
			{Value: 3_000_000, Qualifier: source.QualifierAbout, Measure: source.MeasurePopulation, Attributions: by(sReuters)},
		}
		s := new(newsevent.Story)
		mustAdd(t, s, newsevent.TerritoryRecord{Territory: kyiv}, newsevent.SourceRecord{Source: claimsReuters})
		g := onlyGroup(t, s.Claims())
		assert.Equal(t, "territory", g.About.Type)
		assert.False(t, g.Disputed)
		assert.Equal(t, 1, g.Current, "a publication beats none")
	})
}

func TestClaimsGroups(t *testing.T) {
	civilians := killed(9, sArticle)
	civilians.Subject = source.SubjectCivilians
	soldiers := killed(40, sReuters)
	soldiers.Subject = source.SubjectSoldiers
	inKyiv := killed(7, sPost)
	inKyiv.In = []territory.ID{tKyiv}
	russians := killed(3, sPost)
	russians.Of = aRussia
	confirmed := killed(10, sReuters)
	confirmed.Measure = source.MeasureConfirmedKilled // a kind of killed: the same group as the toll
	injured := source.Count{Value: 25, Qualifier: source.QualifierExact, Measure: source.MeasureInjured, Attributions: by(sArticle)}
	whole := killed(10, sArticle)
	whole.Ref = "ALL"
	part := killed(5, sArticle)
	part.Within = "ALL"
	strike := strikeWith(civilians, soldiers, inKyiv, russians, confirmed, injured, whole, part)
	// The same toll of another event is another group.
	flood := &event.Disaster{Header: head(eFlood, "Flood", day(time.April, 20)), Hazard: event.HazardFlood, Toll: []source.Count{killed(9, sReuters)}}
	c := claimsStory(t, newsevent.EventRecord{Event: strike}, newsevent.EventRecord{Event: flood}).Claims()
	var got [][]string
	for _, g := range c.Figures {
		var paths []string
		for _, f := range g.Figures {
			paths = append(paths, c.Names[f.At.Record]+" "+f.At.Path)
		}
		got = append(got, paths)
	}
	assert.Equal(t, [][]string{
		{"Strike on Kyiv casualties[0]"},
		{"Strike on Kyiv casualties[1]"},
		{"Strike on Kyiv casualties[2]"},
		{"Strike on Kyiv casualties[3]"},
		{"Strike on Kyiv casualties[4]", "Strike on Kyiv casualties[6]"},
		{"Strike on Kyiv casualties[5]"},
		{"Strike on Kyiv casualties[7]"},
		{"Flood toll[0]"},
	}, got)
	assert.Equal(t, source.MeasureKilled, c.Figures[4].Family)
	assert.Equal(t, source.MeasureInjured, c.Figures[5].Family)
	for _, g := range c.Figures {
		assert.False(t, g.Disputed, "figures of different groups are never in dispute")
	}
}

func TestClaimsTimes(t *testing.T) {
	strike := strikeWith()
	strike.OtherTimes = []event.ReportedTime{
		{Ref: "T1", Time: day(time.April, 25), Attributions: by(sReuters)}, // another day, another source
		{Ref: "T2", Time: source.Between(utc(2025, time.April, 24).Add(time.Hour), utc(2025, time.April, 24).Add(3*time.Hour), source.PrecisionHour, "overnight"), Attributions: by(sPost)}, // within the day
		{Ref: "T3", Time: day(time.April, 22), Attributions: by(sArticle)},          // the article contradicts itself
		{Ref: "T4", Time: source.Time{Text: "recently"}, Attributions: by(sReport)}, // no date
	}
	c := claimsStory(t, newsevent.EventRecord{Event: strike}).Claims()
	require.Len(t, c.Times, 1)
	g := c.Times[0]
	assert.Equal(t, uuid.UUID(eStrike), g.Event.Record)
	require.Len(t, g.Accounts, 5)
	assert.Equal(t, newsevent.Address{Record: uuid.UUID(eStrike), Type: "event", Path: "time", Ref: event.RefTime}, g.Accounts[0].At)
	assert.Equal(t, []source.ID{sArticle}, g.Accounts[0].Sources, "the event's own time is given by the event's sources")
	assert.Equal(t, "other_times[1]", g.Accounts[2].At.Path)
	assert.Equal(t, 0, g.Current, "the event's own time, while live, as the timeline")
	assert.Equal(t, day(time.April, 24), g.Timeline)
	assert.Equal(t, []newsevent.Dispute{
		{Between: [2]int{0, 1}, Reason: newsevent.DisputeTime},
		{Between: [2]int{1, 2}, Reason: newsevent.DisputeTime},
		{Between: [2]int{1, 3}, Reason: newsevent.DisputeTime},
		{Between: [2]int{2, 3}, Reason: newsevent.DisputeTime},
	}, g.Disputes)
	assert.True(t, g.Disputed)
}

func TestClaimsTimesRevised(t *testing.T) {
	c := revisedStory(t).Claims()
	require.Len(t, c.Times, 2)
	g := c.Times[0]
	assert.Equal(t, uuid.UUID(eStrike), g.Event.Record)
	require.Len(t, g.Accounts, 2, "the statement's account of the strike's time joins the strike")
	assert.Equal(t, newsevent.ClaimRevised, g.Accounts[0].State)
	assert.Equal(t, []newsevent.Revision{{
		By:      newsevent.Address{Record: uuid.UUID(eStatement), Type: "event", Path: "other_times[0]"},
		Sources: []source.ID{sReuters}, Published: claimsReuters.Published,
	}}, g.Accounts[0].RevisedBy)
	assert.Equal(t, 1, g.Current, "the revising account supersedes the event's own time")
	assert.Equal(t, day(time.April, 23), g.Accounts[g.Current].Time)
	assert.Equal(t, day(time.April, 24), g.Timeline, "the timeline keeps the event's own time")
	assert.False(t, g.Disputed)
	// The statement's own time is its group; its account of the strike
	// is not there.
	assert.Equal(t, uuid.UUID(eStatement), c.Times[1].Event.Record)
	assert.Len(t, c.Times[1].Accounts, 1)
	assert.Equal(t, 0, c.Times[1].Current)
}

func TestClaimsTimesDenied(t *testing.T) {
	strike := strikeWith()
	strike.OtherTimes = []event.ReportedTime{
		{Ref: "T1", Time: day(time.April, 20), Attributions: []source.Attribution{source.Attribute(sReuters, source.VerbDenied)}},
		{Ref: "T2", Time: day(time.April, 21), Attributions: by(sPost)},
		{Ref: "T3", Time: day(time.April, 23), Attributions: by(sReuters), Revises: event.RefTime},
	}
	g := claimsStory(t, newsevent.EventRecord{Event: strike}).Claims().Times[0]
	assert.Equal(t, []newsevent.ClaimState{newsevent.ClaimRevised, newsevent.ClaimDenied, newsevent.ClaimLive, newsevent.ClaimLive}, []newsevent.ClaimState{
		g.Accounts[0].State, g.Accounts[1].State, g.Accounts[2].State, g.Accounts[3].State,
	})
	assert.Equal(t, 3, g.Current, "the live account published last")
	assert.Equal(t, []newsevent.Dispute{{Between: [2]int{2, 3}, Reason: newsevent.DisputeTime}}, g.Disputes, "a denied or revised account is in no dispute")
}

func TestClaimsStatuses(t *testing.T) {
	since2014 := source.Year(2014, "since 2014").Since()
	status := func(key string, holder actor.ID, standing territory.Standing, src source.ID) territory.Status {
		return territory.Status{
			ID: territory.StatusIDFor(key), Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls,
			Holder: holder, Standing: standing, Period: since2014, Attributions: by(src),
		}
	}
	russia := status("russia", aRussia, territory.StandingInForce, sArticle)
	ukraine := status("ukraine", aUkraine, territory.StandingInForce, sReuters)
	proposed := status("proposed", aUkraine, territory.StandingProposed, sPost) // a plan: no dispute
	before := status("before", aUkraine, territory.StandingInForce, sPost)      // another period: no dispute
	before.Period = source.Between(utc(2000, 1, 1), utc(2013, 1, 1), source.PrecisionYear, "before 2014")
	denied := status("denied", aRussia, territory.StandingInForce, sPost)
	denied.Attributions = []source.Attribution{source.Attribute(sPost, source.VerbDenied)}
	revised := status("revised", aRussia, territory.StandingInForce, sReport)
	update := status("update", aRussia, territory.StandingInForce, sReport)
	update.Revises = revised.ID
	recognition := territory.Status{
		ID: territory.StatusIDFor("recognition"), Territories: []territory.ID{tCrimea, tKyiv}, Relation: territory.RelationRecognisesDeJure,
		Holder: aRussia, Recogniser: aUS, Standing: territory.StandingProposed, Attributions: by(sReuters),
	}
	var recs []newsevent.Record
	for _, st := range []territory.Status{russia, ukraine, proposed, before, denied, revised, update, recognition} {
		recs = append(recs, newsevent.StatusRecord{Status: st})
	}
	c := claimsStory(t, recs...).Claims()
	require.Len(t, c.Statuses, 3, "Crimea's control, and the recognition of each of its two places")
	g := c.Statuses[0]
	assert.Equal(t, newsevent.Address{Record: uuid.UUID(tCrimea), Type: "territory"}, g.Territory)
	assert.Equal(t, territory.RelationControls, g.Relation)
	require.Len(t, g.Statuses, 7)
	var got []newsevent.ClaimState
	for _, st := range g.Statuses {
		got = append(got, st.State)
	}
	assert.Equal(t, []newsevent.ClaimState{
		newsevent.ClaimLive, newsevent.ClaimLive, newsevent.ClaimLive, newsevent.ClaimLive, newsevent.ClaimDenied, newsevent.ClaimRevised, newsevent.ClaimLive,
	}, got)
	assert.Equal(t, uuid.UUID(update.ID), g.Statuses[5].RevisedBy[0].By.Record)
	assert.Equal(t, []newsevent.Dispute{
		{Between: [2]int{0, 1}, Reason: newsevent.DisputeHolder},
		{Between: [2]int{0, 4}, Reason: newsevent.DisputeDenied},
		{Between: [2]int{1, 6}, Reason: newsevent.DisputeHolder},
		{Between: [2]int{4, 6}, Reason: newsevent.DisputeDenied},
	}, g.Disputes)
	assert.True(t, g.Disputed)
	assert.Equal(t, aUS, c.Statuses[1].Recogniser)
	assert.Equal(t, uuid.UUID(tKyiv), c.Statuses[2].Territory.Record)
	assert.False(t, c.Statuses[1].Disputed)
	assert.Equal(t, "Russia", c.Names[uuid.UUID(aRussia)])
}

func TestClaimsStatusDeniedBySomeSources(t *testing.T) {
	st := territory.Status{
		ID: stControl, Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls, Holder: aRussia,
		Standing: territory.StandingInForce, Attributions: []source.Attribution{source.Attribute(sArticle, source.VerbReported), source.Attribute(sReuters, source.VerbDenied)},
	}
	g := claimsStory(t, newsevent.StatusRecord{Status: st}).Claims().Statuses[0]
	assert.Equal(t, []newsevent.Dispute{{Between: [2]int{0, 0}, Reason: newsevent.DisputeDenied}}, g.Disputes)
	assert.Equal(t, []source.ID{sReuters}, g.Statuses[0].DeniedBy)
}

func TestClaimsOf(t *testing.T) {
	s := revisedStory(t)
	strike := s.ClaimsOf(eStrike)
	require.Len(t, strike.Figures, 1, "the strike's toll, with the statement's revision of it")
	assert.Len(t, strike.Figures[0].Figures, 2)
	require.Len(t, strike.Times, 1)
	assert.Len(t, strike.Times[0].Accounts, 2)
	assert.Empty(t, strike.Statuses)

	statement := s.ClaimsOf(eStatement)
	require.Len(t, statement.Figures, 1, "the toll the statement revises")
	assert.Equal(t, uuid.UUID(eStrike), statement.Figures[0].About.Record)
	require.Len(t, statement.Times, 2, "the strike's time, which it revises, and its own")
	assert.Equal(t, uuid.UUID(eStrike), statement.Times[0].Event.Record)
	assert.Equal(t, uuid.UUID(eStatement), statement.Times[1].Event.Record)

	assert.Equal(t, s.Claims().Figures, strike.Figures)
	assert.Equal(t, newsevent.Claims{}, s.ClaimsOf(eFlood), "not an event of the story")
	assert.Equal(t, newsevent.Claims{}, s.ClaimsOf(event.ID(sArticle)), "a source, not an event")
}

func TestClaimsJSON(t *testing.T) {
	c := revisedStory(t).Claims()
	data, err := json.Marshal(c)
	require.NoError(t, err)
	for _, key := range []string{`"figures":`, `"times":`, `"names":`, `"about":`, `"revised_by":`, `"as_of":`, `"current":1`, `"state":"revised"`, `"path":"casualties[0]"`, `"accounts":`, `"timeline":`} {
		assert.Contains(t, string(data), key)
	}
	var back newsevent.Claims
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, c, back)

	data, err = json.Marshal(newsevent.Claims{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(data))
}

func TestClaimsIsACopy(t *testing.T) {
	s := revisedStory(t)
	c := s.Claims()
	c.Figures[0].Figures[0].Count.Attributions[0].Source = sPost
	c.Figures[0].Figures[0].Sources[0] = sPost
	assert.Equal(t, revisedStory(t).Claims(), s.Claims())
}

// TestClaimsCopiesEveryFigureField checks that the fields of a figure
// that share memory are those the claims view copies one by one (see
// copyCount in claims.go): a field of that kind added to source.Count or
// source.Attribution must be copied there too.
func TestClaimsCopiesEveryFigureField(t *testing.T) {
	var shared func(reflect.Type) bool
	shared = func(t reflect.Type) bool {
		switch t.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
			return true
		case reflect.Array:
			return shared(t.Elem())
		case reflect.Struct:
			for f := range t.Fields() {
				if f.IsExported() && shared(f.Type) {
					return true
				}
			}
		}
		return false
	}
	fields := func(t reflect.Type) []string {
		var out []string
		for f := range t.Fields() {
			if f.IsExported() && shared(f.Type) {
				out = append(out, f.Name)
			}
		}
		return out
	}
	assert.Equal(t, []string{"Includes", "Attributions", "In", "Excluding", "Excludes"}, fields(reflect.TypeFor[source.Count]()))
	assert.Equal(t, []string{"Quotes"}, fields(reflect.TypeFor[source.Attribution]()))
}

func TestClaimsGolden(t *testing.T) {
	got := claimsGoldenStory(t).Claims().String()
	path := filepath.Join("testdata", "claims.golden")
	if *updateClaims {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestClaimsGolden -update-claims . to write it")
	assert.Equal(t, string(want), got)
}

// claimsGoldenStory has a bit of everything: a toll revised from another
// record, a dispute, a denied and a feared figure, a figure of a place,
// disputed and revised times, and disputed statuses.
func claimsGoldenStory(t testing.TB) *newsevent.Story {
	denied := killed(40)
	denied.Attributions = []source.Attribution{source.Attribute(sPost, source.VerbDenied)}
	feared := phrase(t, "dozens", source.MeasureKilled, sReuters)
	feared.Modality = source.ModalityFeared
	strike := strikeWith(
		source.Count{Ref: "K1", Value: 9, Qualifier: source.QualifierAtLeast, Text: "at least nine", Measure: source.MeasureKilled, Attributions: by(sArticle)},
		phrase(t, "20 to 30", source.MeasureKilled, sPost),
		denied, feared,
		source.Count{Value: 3, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, Subject: source.SubjectChildren, In: []territory.ID{tKyiv}},
	)
	strike.OtherTimes = []event.ReportedTime{{Ref: "T1", Time: day(time.April, 23), Attributions: by(sPost)}}
	later := other(eStatement, "Officials update the toll", day(time.April, 25))
	later.Attributions = by(sReuters)
	later.Figures = []source.Count{{
		Value: 12, Qualifier: source.QualifierExact, Measure: source.MeasureKilled, AsOf: day(time.April, 25),
		Revises: "K1", RevisesIn: uuid.UUID(eStrike), Attributions: by(sReuters),
	}}
	later.OtherTimes = []event.ReportedTime{{Time: day(time.April, 24), Attributions: by(sReuters), Revises: "T1", RevisesIn: eStrike}}
	kyiv := place(tKyiv, territory.KindCity, "Kyiv", territory.ID{})
	kyiv.Figures = []source.Count{{Value: 2.9, Qualifier: source.QualifierAbout, Text: "about 2.9 million", Measure: source.MeasurePopulation, Unit: "million"}}
	russia := territory.Status{
		ID: stControl, Territories: []territory.ID{tCrimea}, Relation: territory.RelationControls, Holder: aRussia,
		Standing: territory.StandingInForce, Period: source.Year(2014, "since 2014").Since(), Attributions: by(sArticle), Words: "occupied",
	}
	ukraine := russia
	ukraine.ID, ukraine.Holder, ukraine.Attributions, ukraine.Words = stRecognise, aUkraine, by(sPost), "Ukrainian"
	s := new(newsevent.Story)
	mustAdd(t, s,
		newsevent.ActorRecord{Actor: person(aRussia, "Russia")},
		newsevent.ActorRecord{Actor: person(aUkraine, "Ukraine")},
		newsevent.TerritoryRecord{Territory: kyiv},
		newsevent.TerritoryRecord{Territory: place(tCrimea, territory.KindRegion, "Crimea", territory.ID{})},
		newsevent.SourceRecord{Source: claimsArticle},
		newsevent.SourceRecord{Source: claimsReuters},
		newsevent.SourceRecord{Source: claimsPost},
		newsevent.StatusRecord{Status: russia},
		newsevent.StatusRecord{Status: ukraine},
		newsevent.EventRecord{Event: strike},
		newsevent.EventRecord{Event: later},
	)
	require.NoError(t, s.Validate())
	return s
}

// TestClaimsGenerated checks the view of a generated story: every figure
// and every account of a time is in exactly one group, and the states,
// current indexes and disputes keep their rules.
func TestClaimsGenerated(t *testing.T) {
	s := synth.Story(2000, 1)
	c := s.Claims()

	want := 0
	for _, e := range s.Events() {
		want += len(event.Figures(e))
	}
	for _, tr := range s.Territories() {
		want += len(tr.Figures)
	}
	for _, st := range s.Statuses() {
		if !st.Share.IsZero() {
			want++
		}
	}
	type at struct {
		rec  uuid.UUID
		path string
	}
	seen := map[at]int{}
	revised, disputed := 0, 0
	for _, g := range c.Figures {
		require.NotEmpty(t, g.Figures)
		require.True(t, g.Current >= -1 && g.Current < len(g.Figures))
		if g.Current >= 0 {
			assert.Equal(t, newsevent.ClaimLive, g.Figures[g.Current].State)
		}
		for _, f := range g.Figures {
			seen[at{f.At.Record, f.At.Path}]++
			assert.Equal(t, f.State == newsevent.ClaimRevised, len(f.RevisedBy) > 0)
			if f.State == newsevent.ClaimRevised {
				revised++
			}
		}
		assert.Equal(t, g.Disputed, len(g.Disputes) > 0)
		for _, d := range g.Disputes {
			disputed++
			for _, k := range d.Between {
				assert.Equal(t, newsevent.ClaimLive, g.Figures[k].State)
			}
		}
	}
	assert.Equal(t, want, len(seen), "every figure of the story is in a group")
	for a, n := range seen {
		assert.Equal(t, 1, n, "%v is in %d groups", a, n)
	}
	assert.Positive(t, revised, "the generator revises figures across records")
	assert.Positive(t, disputed)

	wantTimes := 0
	for _, e := range s.Events() {
		h := e.Head()
		if !h.Time.IsZero() {
			wantTimes++
		}
		wantTimes += len(h.OtherTimes)
	}
	gotTimes, revisedTimes := 0, 0
	for _, g := range c.Times {
		gotTimes += len(g.Accounts)
		require.True(t, g.Current >= -1 && g.Current < len(g.Accounts))
		tl, ok := s.TimeOf(event.ID(g.Event.Record))
		require.True(t, ok)
		assert.Equal(t, tl, g.Timeline)
		for _, a := range g.Accounts {
			if a.State == newsevent.ClaimRevised {
				revisedTimes++
			}
		}
	}
	assert.Equal(t, wantTimes, gotTimes, "every account of a time is in a group")
	assert.Positive(t, revisedTimes)
	assert.NotEmpty(t, c.Statuses)

	for _, e := range s.Events()[:50] {
		one := s.ClaimsOf(e.Head().ID)
		for _, g := range one.Figures {
			assert.Contains(t, c.Figures, g)
		}
	}
	_, err := json.Marshal(c)
	require.NoError(t, err)
	assert.NotEmpty(t, c.String())
}

// BenchmarkClaims measures the claims view of a generated story of 10k
// events, as its first use (the timeline index is built on the first
// iteration and kept).
func BenchmarkClaims(b *testing.B) {
	s := synth.Story(10_000, 1)
	events := s.Events()
	b.Run("story", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = s.Claims()
		}
	})
	b.Run("event", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = s.ClaimsOf(events[i%len(events)].Head().ID)
			i++
		}
	})
}
