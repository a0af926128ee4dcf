package newsevent_test

import (
	"fmt"
	"math"
	"strings"
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

// The cases of the catalogue that JSON cannot carry: builders, which take
// Go values, and values no JSON decodes to (NaN, the year 10000, a time
// with a monotonic reading or in another zone, a nil event). They assert
// as the cases of testdata/bad do: the entry point, the path and the rule.

// catGoEntries are the entry points that take Go values.
var catGoEntries = []string{
	"actor.Builder.Build",
	"source.Builder.Build",
	"territory.Builder.Build",
	"territory.StatusBuilder.Build",
	"event.MeetingBuilder.Build",
	"event.AttackBuilder.Build",
	"event.StatementBuilder.Build",
	"event.ProposalBuilder.Build",
	"event.ResponseBuilder.Build",
	"event.ConflictBuilder.Build",
	"event.DisasterBuilder.Build",
	"event.ElectionBuilder.Build",
	"event.RoleChangeBuilder.Build",
	"event.OtherBuilder.Build",
	"Checker.Event",
}

// Fixed IDs of the Go cases, the same UUIDs as in testdata/bad.
var (
	catA1 = actor.ID(uuid.MustParse("a0000000-0000-4000-8000-000000000001"))
	catA2 = actor.ID(uuid.MustParse("a0000000-0000-4000-8000-000000000002"))
	catT1 = territory.ID(uuid.MustParse("c0000000-0000-4000-8000-000000000001"))
	catS1 = source.ID(uuid.MustParse("50000000-0000-4000-8000-000000000001"))
	catE1 = event.ID(uuid.MustParse("e0000000-0000-4000-8000-000000000001"))
	catX1 = territory.StatusID(uuid.MustParse("57000000-0000-4000-8000-000000000001"))
)

// catHead is a valid event header of catE1, reported by catS1.
func catHead() event.Header {
	return event.Header{ID: catE1, Title: "T", Status: event.StatusOccurred,
		Attributions: []source.Attribution{{Source: catS1, Verb: source.VerbReported}}}
}

// catGoCase makes a Go case.
func catGoCase(name, entry, path string, rule vocab.Rule, policies []string, run func() error) *catCase {
	return &catCase{Name: name, Entry: entry, Want: catWant{Path: &path, Rule: rule}, Policies: policies, run: run,
		where: "catalogue_go_test.go: " + name}
}

// catGenCase makes a Go case whose input is made by gen and goes through
// the entry point as a file case does: inputs too regular to write out
// and too irregular for parts, such as objects of many distinct keys.
func catGenCase(name, entry string, want catWant, policies []string, gen func() []byte) *catCase {
	return &catCase{Name: name, Entry: entry, Want: want, Policies: policies, gen: gen, where: "catalogue_go_test.go: " + name}
}

// catKeys returns an object of n distinct keys k0, k1, ... with the value 1.
func catKeys(n int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":1`, i)
	}
	b.WriteByte('}')
	return b.String()
}

// catErr drops the value of a builder's result.
func catErr[T any](_ T, err error) error { return err }

// catGoCases returns the Go cases.
func catGoCases() []*catCase {
	y10000 := time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC)
	kyiv := time.FixedZone("EEST", 3*3600)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	country := func(code string) func() error {
		return func() error { return catErr(actor.New(catA1, actor.KindState, "X").Country(code).Build()) }
	}
	tcountry := func(code string) func() error {
		return func() error {
			return catErr(territory.New(catT1, territory.KindCountry, "X").Country(code).Build())
		}
	}
	subdivision := func(code string) func() error {
		return func() error {
			return catErr(territory.New(catT1, territory.KindRegion, "X").Country("UA").Subdivision(code).Build())
		}
	}
	var nilAttack *event.Attack
	str := func(s string) *string { return &s }
	cases := []*catCase{
		// Objects of more keys than the default MaxKeys, 256: distinct keys,
		// so that no key repeats before the limit is reached.
		catGenCase("story of 257 top-level keys", "ReadJSON", catWant{Path: str("k256"), Error: "limit", Limit: "MaxKeys"}, []string{"limit-keys"},
			func() []byte { return []byte(catKeys(257)) }),
		catGenCase("actor of 257 keys in a story", "DecodeJSON", catWant{Path: str("actors[0].k256"), Error: "limit", Limit: "MaxKeys"}, []string{"limit-keys"},
			func() []byte { return []byte(`{"actors":[` + catKeys(257) + `]}`) }),
		catGenCase("event of 10,000 keys in JSON Lines", "ReadJSONL", catWant{Path: str("event.k256"), Line: 1, Error: "limit", Limit: "MaxKeys"}, []string{"limit-keys"},
			func() []byte { return []byte(`{"event":` + catKeys(10000) + "}\n") }),
		catGenCase("actor of 100,000 keys alone", "json.Unmarshal/actor.Actor", catWant{Path: str("k0"), Error: "unknown", Set: "field", Value: str("k0")}, []string{"limit-keys", "unknown-key"},
			func() []byte { return []byte(catKeys(100000)) }),

		// actor.Builder: countries other than an assigned ISO 3166-1 alpha-2
		// code in upper case (or XK).
		catGoCase("actor builder country ua", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("ua")),
		catGoCase("actor builder country UKR", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("UKR")),
		catGoCase("actor builder country 804", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("804")),
		catGoCase("actor builder country UK", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("UK")),
		catGoCase("actor builder country EU", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("EU")),
		catGoCase("actor builder country ZZ", "actor.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, country("ZZ")),
		catGoCase("actor builder role from year 10000", "actor.Builder.Build", "roles[0].from", vocab.RuleDate, []string{"rule-date"}, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "X").Roles(actor.Role{Title: "President", From: y10000}).Build())
		}),
		catGoCase("actor builder role until year 10000", "actor.Builder.Build", "roles[0].until", vocab.RuleDate, []string{"rule-date"}, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "X").Roles(actor.Role{Title: "President", From: day(2019, 5, 20), Until: y10000}).Build())
		}),
		catGoCase("actor builder role from with a monotonic reading", "actor.Builder.Build", "roles[0].from", vocab.RuleUTC, []string{"rule-utc"}, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "X").Roles(actor.Role{Title: "President", From: time.Now()}).Build())
		}),
		catGoCase("actor builder name with NUL", "actor.Builder.Build", "name", vocab.RuleText, []string{"rule-text"}, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "Putin\x00").Build())
		}),
		catGoCase("actor builder zero-width name", "actor.Builder.Build", "name", vocab.RuleText, []string{"rule-text"}, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "\u200b\u200c\u2060").Build())
		}),
		catGoCase("actor builder name language und", "actor.Builder.Build", "names[0].lang", vocab.RuleRequired, nil, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "X").Names(vocab.Name{Text: "Х", Lang: language.Und}).Build())
		}),
		catGoCase("actor builder wikidata", "actor.Builder.Build", "external_ids[0].value", vocab.RuleWikidata, nil, func() error {
			return catErr(actor.New(catA1, actor.KindPerson, "X").ExternalIDs(vocab.ExternalID{Scheme: vocab.SchemeWikidata, Value: "P31"}).Build())
		}),
		// actor.Actor.Validate with a value no JSON decodes to.
		catGoCase("actor role from year 10000", "actor.Actor.Validate", "roles[0].from", vocab.RuleDate, []string{"rule-date"}, func() error {
			return actor.Actor{ID: catA1, Kind: actor.KindPerson, Name: "X", Roles: []actor.Role{{Title: "President", From: y10000}}}.Validate()
		}),

		// territory.Builder
		catGoCase("territory builder country ua", "territory.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, tcountry("ua")),
		catGoCase("territory builder country EU", "territory.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, tcountry("EU")),
		catGoCase("territory builder country 804", "territory.Builder.Build", "country", vocab.RuleCountry, []string{"country"}, tcountry("804")),
		catGoCase("territory builder subdivision UA-99", "territory.Builder.Build", "subdivision", vocab.RuleSubdivision, []string{"subdivision"}, subdivision("UA-99")),
		catGoCase("territory builder subdivision ua-30", "territory.Builder.Build", "subdivision", vocab.RuleSubdivision, []string{"subdivision"}, subdivision("ua-30")),
		catGoCase("territory builder subdivision of another country", "territory.Builder.Build", "subdivision", vocab.RuleMismatch, nil, subdivision("RU-MOW")),
		catGoCase("territory builder point latitude NaN", "territory.Builder.Build", "point.lat", vocab.RuleFinite, nil, func() error {
			return catErr(territory.New(catT1, territory.KindCity, "X").Point(territory.Point{Lat: math.NaN(), Lon: 30, Precision: territory.PrecisionTown}).Build())
		}),
		catGoCase("territory builder point longitude -Inf", "territory.Builder.Build", "point.lon", vocab.RuleFinite, nil, func() error {
			return catErr(territory.New(catT1, territory.KindCity, "X").Point(territory.Point{Lat: 50, Lon: math.Inf(-1), Precision: territory.PrecisionTown}).Build())
		}),
		catGoCase("territory builder parent itself", "territory.Builder.Build", "parent", vocab.RuleSelf, nil, func() error {
			return catErr(territory.New(catT1, territory.KindCity, "X").Parent(catT1).Build())
		}),

		// territory.StatusBuilder
		catGoCase("status builder share NaN", "territory.StatusBuilder.Build", "share.value", vocab.RuleFinite, nil, func() error {
			return catErr(territory.NewStatus(catX1, territory.RelationControls, catA1, territory.StandingInForce, catT1).
				Attributions(source.Attribute(catS1, source.VerbReported)).Extent(territory.ExtentShare).
				Share(source.Count{Value: math.NaN(), Qualifier: source.QualifierAbout, Measure: source.MeasureTerritory, Unit: source.UnitPercent}).Build())
		}),
		catGoCase("status builder period start in Kyiv time", "territory.StatusBuilder.Build", "period.start", vocab.RuleUTC, []string{"rule-utc"}, func() error {
			return catErr(territory.NewStatus(catX1, territory.RelationControls, catA1, territory.StandingInForce, catT1).
				Attributions(source.Attribute(catS1, source.VerbReported)).
				Period(source.Time{Start: time.Date(2022, 2, 24, 5, 0, 0, 0, kyiv), Precision: source.PrecisionHour}).Build())
		}),
		catGoCase("status builder period end year 10000", "territory.StatusBuilder.Build", "period.end", vocab.RuleDate, []string{"rule-date"}, func() error {
			return catErr(territory.NewStatus(catX1, territory.RelationControls, catA1, territory.StandingInForce, catT1).
				Attributions(source.Attribute(catS1, source.VerbReported)).
				Period(source.Time{Start: day(2022, 1, 1), End: y10000, Precision: source.PrecisionYear}).Build())
		}),
		catGoCase("status builder without attributions", "territory.StatusBuilder.Build", "attributions", vocab.RuleMin, nil, func() error {
			return catErr(territory.NewStatus(catX1, territory.RelationControls, catA1, territory.StandingInForce, catT1).Build())
		}),

		// source.Builder
		catGoCase("source builder published year 10000", "source.Builder.Build", "published.start", vocab.RuleDate, []string{"rule-date"}, func() error {
			return catErr(source.New(catS1, source.KindReport).Published(source.Time{Start: y10000, Precision: source.PrecisionYear}).Build())
		}),
		catGoCase("source builder terminal escape in title", "source.Builder.Build", "title", vocab.RuleText, []string{"rule-text"}, func() error {
			return catErr(source.New(catS1, source.KindReport).Title("\x1b]0;pwned\x07Report").Build())
		}),
		catGoCase("source builder URL javascript", "source.Builder.Build", "url", vocab.RuleURL, nil, func() error {
			return catErr(source.New(catS1, source.KindReport).URL("javascript:alert(1)").Build())
		}),
		catGoCase("source builder handle with its @", "source.Builder.Build", "handle", vocab.RuleExcludes, nil, func() error {
			return catErr(source.New(catS1, source.KindPost).Platform("x").Handle("@ZelenskyyUa").Build())
		}),
		catGoCase("source builder via itself", "source.Builder.Build", "via", vocab.RuleSelf, nil, func() error {
			return catErr(source.New(catS1, source.KindReport).Via(catS1).Build())
		}),

		// event builders, one or more of each kind.
		catGoCase("meeting builder without attendees", "event.MeetingBuilder.Build", "attendees", vocab.RuleMin, nil, func() error {
			return catErr(event.NewMeeting(catHead()).Build())
		}),
		catGoCase("meeting builder host is mediator", "event.MeetingBuilder.Build", "mediator", vocab.RuleMismatch, nil, func() error {
			return catErr(event.NewMeeting(catHead(), catA1, catA2).Host(catA1).Mediator(catA1).Build())
		}),
		catGoCase("attack builder target of nothing", "event.AttackBuilder.Build", "targets[0].territory", vocab.RuleRequired, nil, func() error {
			return catErr(event.NewAttack(catHead()).Targets(event.Target{Text: "our positions"}).Build())
		}),
		catGoCase("attack builder casualties NaN", "event.AttackBuilder.Build", "casualties[0].value", vocab.RuleFinite, nil, func() error {
			return catErr(event.NewAttack(catHead()).TargetPlaces(catT1).
				Casualties(source.Count{Value: math.NaN(), Qualifier: source.QualifierExact, Measure: source.MeasureKilled}).Build())
		}),
		catGoCase("attack builder time start year 10000", "event.AttackBuilder.Build", "time.start", vocab.RuleDate, []string{"rule-date"}, func() error {
			h := catHead()
			h.Time = source.Time{Start: y10000, Precision: source.PrecisionYear}
			return catErr(event.NewAttack(h).TargetPlaces(catT1).Build())
		}),
		catGoCase("attack builder time with a monotonic reading", "event.AttackBuilder.Build", "time.start", vocab.RuleUTC, []string{"rule-utc"}, func() error {
			h := catHead()
			h.Time = source.Time{Start: time.Now(), Precision: source.PrecisionSecond}
			return catErr(event.NewAttack(h).TargetPlaces(catT1).Build())
		}),
		catGoCase("statement builder without acts", "event.StatementBuilder.Build", "acts", vocab.RuleMin, nil, func() error {
			return catErr(event.NewStatement(catHead(), catA1).Content("words").Build())
		}),
		catGoCase("statement builder quote text with bell", "event.StatementBuilder.Build", "quotes[0].text", vocab.RuleText, []string{"rule-text"}, func() error {
			return catErr(event.NewStatement(catHead(), catA1, event.SpeechClaim).
				Quotes(source.Quote{Text: "ding\a", Lang: language.English}).Build())
		}),
		catGoCase("proposal builder without stage", "event.ProposalBuilder.Build", "stage", vocab.RuleEnum, nil, func() error {
			return catErr(event.NewProposal(catHead(), "", catA1).Build())
		}),
		catGoCase("response builder to itself", "event.ResponseBuilder.Build", "to", vocab.RuleSelf, nil, func() error {
			return catErr(event.NewResponse(catHead(), catA1, event.ResponseReject, catE1, "").Build())
		}),
		catGoCase("conflict builder without parties", "event.ConflictBuilder.Build", "parties", vocab.RuleMin, nil, func() error {
			return catErr(event.NewConflict(catHead()).Build())
		}),
		catGoCase("disaster builder unknown hazard", "event.DisasterBuilder.Build", "hazard", vocab.RuleEnum, nil, func() error {
			return catErr(event.NewDisaster(catHead(), "meteor").Build())
		}),
		catGoCase("election builder winner not a candidate", "event.ElectionBuilder.Build", "winner", vocab.RuleMismatch, nil, func() error {
			return catErr(event.NewElection(catHead(), "President").Candidates(event.Candidate{Actor: catA1}).Winner(catA2).Build())
		}),
		catGoCase("role change builder role until year 10000", "event.RoleChangeBuilder.Build", "role.until", vocab.RuleDate, []string{"rule-date"}, func() error {
			return catErr(event.NewRoleChange(catHead(), catA1, event.ChangeAppointed, actor.Role{Title: "envoy", Until: y10000}).Build())
		}),
		catGoCase("role change builder effective in Kyiv time", "event.RoleChangeBuilder.Build", "effective.start", vocab.RuleUTC, []string{"rule-utc"}, func() error {
			return catErr(event.NewRoleChange(catHead(), catA1, event.ChangeAppointed, actor.Role{Title: "envoy"}).
				Effective(source.Time{Start: time.Date(2025, 1, 21, 12, 0, 0, 0, kyiv), Precision: source.PrecisionHour}).Build())
		}),
		catGoCase("other builder mode without category", "event.OtherBuilder.Build", "mode", vocab.RuleRequires, nil, func() error {
			return catErr(event.NewOther(catHead(), "imposed a curfew").Mode("curfew").Build())
		}),
		catGoCase("other builder title of zero-width joiners", "event.OtherBuilder.Build", "title", vocab.RuleText, []string{"rule-text"}, func() error {
			h := catHead()
			h.Title = "\u200d\u200d\ufeff"
			return catErr(event.NewOther(h, "a").Build())
		}),

		// A nil event given to a Checker.
		catGoCase("checker nil event", "Checker.Event", "events[0]", vocab.RuleRequired, nil, func() error {
			var c newsevent.Checker
			c.Event(nil)
			return c.Err()
		}),
		catGoCase("checker typed nil event", "Checker.Event", "events[1]", vocab.RuleRequired, nil, func() error {
			var c newsevent.Checker
			c.Event(&event.Other{Header: catHead(), Action: "a"})
			c.Event(nilAttack)
			return c.Err()
		}),
	}
	return cases
}
