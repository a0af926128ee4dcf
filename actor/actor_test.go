package actor_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Kyiv on systems without a zone database

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/vocab"
)

var (
	zelenskyyID = actor.IDFor("A4")
	ukraineID   = actor.IDFor("A12")
	partyID     = actor.IDFor("servant of the people")
)

// zelenskyy returns an actor with every field filled.
func zelenskyy() actor.Actor {
	return actor.Actor{
		ID:   zelenskyyID,
		Kind: actor.KindPerson,
		Name: "Volodymyr Zelenskyy",
		Names: []vocab.Name{
			{Text: "Володимир Зеленський", Lang: language.Ukrainian},
			{Text: "Volodymyr Zelenskyi", Lang: language.MustParse("uk-Latn")},
		},
		Aliases: []actor.Alias{
			{Text: "Zelensky", Kind: actor.AliasOther, Lang: language.English},
			{Text: "Ze", Kind: actor.AliasNickname},
		},
		Handles: []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
		Country: vocab.MustCountry("UA"),
		Roles: []actor.Role{
			{Title: "President", Of: ukraineID, From: time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC), Text: "Ukrainian President"},
			{Title: "actor", From: time.Date(1997, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)},
		},
		MemberOf:    []actor.ID{partyID},
		ExternalIDs: []vocab.ExternalID{{Scheme: "wikidata", Value: "Q3874799"}, {Scheme: "acled", Value: "zelenskyy-v"}},
		Description: "President of Ukraine",
	}
}

func TestActorValidateValid(t *testing.T) {
	for _, c := range []struct {
		name string
		a    actor.Actor
	}{
		{"full", zelenskyy()},
		{"minimal", actor.Actor{ID: actor.NewID(), Kind: actor.KindState, Name: "Russia"}},
		{"role with only a title", actor.Actor{ID: actor.NewID(), Kind: actor.KindPerson, Name: "Syrskyi",
			Roles: []actor.Role{{Title: "Commander-in-Chief"}}}},
		{"role that starts and ends on the same day", actor.Actor{ID: actor.NewID(), Kind: actor.KindPerson, Name: "X",
			Roles: []actor.Role{{Title: "t", From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}}}},
		{"external ID of another scheme is not a Wikidata ID", actor.Actor{ID: actor.NewID(), Kind: actor.KindMedia, Name: "Reuters",
			ExternalIDs: []vocab.ExternalID{{Scheme: "geonames", Value: "703448"}}}},
		{"every kind of alias", actor.Actor{ID: actor.NewID(), Kind: actor.KindState, Name: "United States", Aliases: func() []actor.Alias {
			var as []actor.Alias
			for _, k := range actor.AliasKinds() {
				as = append(as, actor.Alias{Text: "US", Kind: k})
			}
			return as
		}()}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertNoError(t, c.a.Validate())
		})
	}
	for _, k := range actor.Kinds() {
		assertNoError(t, actor.Actor{ID: actor.NewID(), Kind: k, Name: "n"}.Validate())
	}
}

func TestActorValidateInvalid(t *testing.T) {
	kyiv, err := time.LoadLocation("Europe/Kyiv")
	require.NoError(t, err)
	day := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

	for _, c := range []struct {
		name   string
		mutate func(*actor.Actor)
		want   []problem
	}{
		{"zero ID", func(a *actor.Actor) { a.ID = actor.ID{} }, []problem{{"id", "id"}}},
		{"no kind", func(a *actor.Actor) { a.Kind = "" }, []problem{{"kind", "enum"}}},
		{"unknown kind", func(a *actor.Actor) { a.Kind = "politician" }, []problem{{"kind", "enum"}}},
		{"kind in upper case", func(a *actor.Actor) { a.Kind = "Person" }, []problem{{"kind", "enum"}}},
		{"no name and no description", func(a *actor.Actor) { a.Name, a.Description = "", "" }, []problem{{"name", "required"}}},
		{"untrimmed name", func(a *actor.Actor) { a.Name = " Volodymyr Zelenskyy" }, []problem{{"name", "trimmed"}}},
		{"name with a trailing newline", func(a *actor.Actor) { a.Name = "Zelenskyy\n" }, []problem{{"name", "trimmed"}}},
		{"other name without text", func(a *actor.Actor) { a.Names[1].Text = "" }, []problem{{"names[1].text", "required"}}},
		{"other name untrimmed", func(a *actor.Actor) { a.Names[0].Text = "Зеленський " }, []problem{{"names[0].text", "trimmed"}}},
		{"other name without language", func(a *actor.Actor) { a.Names[0].Lang = language.Und }, []problem{{"names[0].lang", "required"}}},
		{"alias without text", func(a *actor.Actor) { a.Aliases[0].Text = "" }, []problem{{"aliases[0].text", "required"}}},
		{"alias without kind", func(a *actor.Actor) { a.Aliases[1].Kind = "" }, []problem{{"aliases[1].kind", "enum"}}},
		{"alias of unknown kind", func(a *actor.Actor) { a.Aliases[1].Kind = "pet_name" }, []problem{{"aliases[1].kind", "enum"}}},
		{"handle without platform", func(a *actor.Actor) { a.Handles[0].Platform = "" }, []problem{{"handles[0].platform", "required"}}},
		{"platform in capitals", func(a *actor.Actor) { a.Handles[0].Platform = "X" }, []problem{{"handles[0].platform", "token"}}},
		{"platform with a space", func(a *actor.Actor) { a.Handles[0].Platform = "truth social" }, []problem{{"handles[0].platform", "token"}}},
		{"platform without handle", func(a *actor.Actor) { a.Handles[0].Handle = "" }, []problem{{"handles[0].handle", "required"}}},
		{"handle with a space", func(a *actor.Actor) { a.Handles[0].Handle = "Zelenskyy Ua" }, []problem{{"handles[0].handle", vocab.RuleNoSpace}}},
		{"handle with its @", func(a *actor.Actor) { a.Handles[0].Handle = "@ZelenskyyUa" }, []problem{{"handles[0].handle", "excludes"}}},
		// A vocab.Country cannot hold a code that is not a country, so bad
		// codes (ZZ, EU, UN, XX, 150) are no longer Validate's business:
		// TestBuilderProblems and TestActorJSONCountryRejectsNonCountries
		// check them where they are now caught.
		{"role without title", func(a *actor.Actor) { a.Roles[0].Title = "" }, []problem{{"roles[0].title", "required"}}},
		{"role title untrimmed", func(a *actor.Actor) { a.Roles[0].Title = "President " }, []problem{{"roles[0].title", "trimmed"}}},
		{"role text untrimmed", func(a *actor.Actor) { a.Roles[0].Text = " earlier" }, []problem{{"roles[0].text", "trimmed"}}},
		{"role from after until", func(a *actor.Actor) { a.Roles[1].From, a.Roles[1].Until = day(2020), day(2019) }, []problem{{"roles[1].from", "order"}}},
		{"role from in Kyiv time", func(a *actor.Actor) { a.Roles[0].From = time.Date(2019, 5, 20, 12, 0, 0, 0, kyiv) }, []problem{{"roles[0].from", "utc"}}},
		{"role until from time.Now", func(a *actor.Actor) { a.Roles[1].Until = time.Now() }, []problem{{"roles[1].until", "utc"}}},
		{"role held in the actor itself", func(a *actor.Actor) { a.Roles[0].Of = zelenskyyID }, []problem{{"roles[0].of", "self"}}},
		{"member of a zero ID", func(a *actor.Actor) { a.MemberOf = append(a.MemberOf, actor.ID{}) }, []problem{{"member_of[1]", "id"}}},
		{"member of itself", func(a *actor.Actor) { a.MemberOf = append(a.MemberOf, zelenskyyID) }, []problem{{"member_of[1]", "self"}}},
		{"external ID without scheme", func(a *actor.Actor) { a.ExternalIDs[0].Scheme = "" }, []problem{{"external_ids[0].scheme", "required"}}},
		{"external ID scheme not a token", func(a *actor.Actor) { a.ExternalIDs[0].Scheme = "WikiData" }, []problem{{"external_ids[0].scheme", "token"}}},
		{"external ID without value", func(a *actor.Actor) { a.ExternalIDs[1].Value = "" }, []problem{{"external_ids[1].value", "required"}}},
		{"external ID value with a space", func(a *actor.Actor) { a.ExternalIDs[1].Value = "a b" }, []problem{{"external_ids[1].value", vocab.RuleNoSpace}}},
		{"Wikidata ID without Q", func(a *actor.Actor) { a.ExternalIDs[0].Value = "3874799" }, []problem{{"external_ids[0].value", "wikidata"}}},
		{"Wikidata ID Q0", func(a *actor.Actor) { a.ExternalIDs[0].Value = "Q0" }, []problem{{"external_ids[0].value", "wikidata"}}},
		{"Wikidata property", func(a *actor.Actor) { a.ExternalIDs[0].Value = "P31" }, []problem{{"external_ids[0].value", "wikidata"}}},
		{"description untrimmed", func(a *actor.Actor) { a.Description = "President of Ukraine " }, []problem{{"description", "trimmed"}}},
		{"several at once", func(a *actor.Actor) {
			a.ID = actor.ID{}
			a.Kind = "x"
			a.Name, a.Description = "", ""
			a.Handles[0].Handle = "@a"
		}, []problem{{"id", "id"}, {"kind", "enum"}, {"name", "required"}, {"handles[0].handle", "excludes"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zelenskyy()
			c.mutate(&a)
			err := a.Validate()
			require.Error(t, err)
			assert.ElementsMatch(t, c.want, problemsOf(t, err))
			assert.True(t, strings.HasPrefix(err.Error(), "actor: "), "%v", err)
		})
	}
}

func TestActorSelfChecksNeedAnID(t *testing.T) {
	// With a zero ID, a zero MemberOf entry is reported as a missing ID, not
	// as a reference to the actor itself.
	a := actor.Actor{Kind: actor.KindPerson, Name: "n", MemberOf: []actor.ID{{}}, Roles: []actor.Role{{Title: "t"}}}
	assert.ElementsMatch(t, []problem{{"id", "id"}, {"member_of[0]", "id"}}, problemsOf(t, a.Validate()))
}

func TestActorJSONRoundTrip(t *testing.T) {
	for _, a := range []actor.Actor{
		zelenskyy(),
		{ID: actor.IDFor("A11"), Kind: actor.KindState, Name: "Russia", Aliases: []actor.Alias{{Text: "the Kremlin", Kind: actor.AliasMetonym}}},
	} {
		require.NoError(t, a.Validate())
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back actor.Actor
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, a, back)
	}
}

func TestActorJSON(t *testing.T) {
	a := actor.Actor{
		ID:      zelenskyyID,
		Kind:    actor.KindPerson,
		Name:    "Volodymyr Zelenskyy",
		Names:   []vocab.Name{{Text: "Володимир Зеленський", Lang: language.Ukrainian}},
		Handles: []actor.Handle{{Platform: "x", Handle: "ZelenskyyUa"}},
		Country: vocab.MustCountry("UA"),
		Roles:   []actor.Role{{Title: "President", Of: ukraineID, From: time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)}},
	}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "`+zelenskyyID.String()+`",
		"kind": "person",
		"name": "Volodymyr Zelenskyy",
		"names": [{"text": "Володимир Зеленський", "lang": "uk"}],
		"handles": [{"platform": "x", "handle": "ZelenskyyUa"}],
		"country": "UA",
		"roles": [{"title": "President", "of": "`+ukraineID.String()+`", "from": "2019-05-20T00:00:00Z"}]
	}`, string(b))
	assert.True(t, strings.HasSuffix(string(b), `,"country":"UA"}`), "the country comes last: %s", b)

	// Empty optional fields are left out.
	b, err = json.Marshal(actor.Actor{ID: ukraineID, Kind: actor.KindState, Name: "Ukraine"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+ukraineID.String()+`","kind":"state","name":"Ukraine"}`, string(b))
}

func TestActorJSONMarshalInvalidEnum(t *testing.T) {
	a := zelenskyy()
	a.Kind = "politician"
	_, err := json.Marshal(a)
	assert.Error(t, err, "an invalid kind must not be written")
}

func TestActorJSONDecodeErrors(t *testing.T) {
	id := zelenskyyID.String()
	for _, c := range []struct {
		name, data, mention string
	}{
		{"unknown top-level field", `{"id":"` + id + `","kind":"person","name":"Z","nickname":"Ze"}`, `"nickname"`},
		{"unknown field in a role", `{"id":"` + id + `","kind":"person","name":"Z","roles":[{"title":"President","since":"2019"}]}`, `"since"`},
		{"unknown field in a name", `{"names":[{"text":"a","lang":"uk","script":"Cyrl"}]}`, `"script"`},
		{"unknown field in an alias", `{"aliases":[{"text":"a","kind":"alias","weight":1}]}`, `"weight"`},
		{"unknown field in a handle", `{"handles":[{"platform":"x","handle":"a","url":"https://x.com/a"}]}`, `"url"`},
		{"unknown field in an external ID", `{"external_ids":[{"scheme":"wikidata","value":"Q1","label":"x"}]}`, `"label"`},
		{"unknown kind", `{"kind":"politician"}`, `"politician"`},
		{"unknown alias kind", `{"aliases":[{"text":"a","kind":"pet_name"}]}`, `"pet_name"`},
		{"bad ID", `{"id":"42"}`, `"42"`},
		{"bad member ID", `{"member_of":["` + strings.ReplaceAll(id, "-", "") + `"]}`, strings.ReplaceAll(id, "-", "")},
		{"bad country", `{"country":"Ukraine"}`, `"Ukraine"`},
		{"bad language tag", `{"names":[{"text":"a","lang":"not a tag"}]}`, "lang"},
		{"trailing data", `{"name":"Z"} {}`, "after"},
		{"not an object", `[]`, "actor"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var a actor.Actor
			err := json.Unmarshal([]byte(c.data), &a)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.mention)
		})
	}
}

func TestActorJSONDecodeResets(t *testing.T) {
	// Decoding into a used Actor leaves nothing of the old value behind.
	a := zelenskyy()
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"state","name":"Ukraine"}`), &a))
	assert.Equal(t, actor.Actor{ID: ukraineID, Kind: actor.KindState, Name: "Ukraine"}, a)
}

func TestActorJSONCountryRejectsNonCountries(t *testing.T) {
	// A code that is not an ISO 3166-1 country (a group, unknown, a
	// reserved or withdrawn code, another form of a good code) fails to
	// decode with a *vocab.UnknownError; it used to decode and fail
	// Validate.
	for _, code := range []string{"EU", "UN", "ZZ", "XX", "150", "UK", "SU", "ua", "UKR", "804"} {
		t.Run(code, func(t *testing.T) {
			var a actor.Actor
			err := json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"state","name":"X","country":"`+code+`"}`), &a)
			require.Error(t, err)
			var unknown *vocab.UnknownError
			require.ErrorAs(t, err, &unknown)
			assert.Equal(t, code, unknown.Value)
			assert.True(t, errors.Is(err, vocab.ErrUnknown), "%v", err)
			assert.Contains(t, err.Error(), `"`+code+`"`)
		})
	}
}

func TestActorJSONCountry(t *testing.T) {
	// XK (Kosovo) is a country although ISO 3166-1 does not assign it; a
	// missing code is the zero Country, and an empty one an error: the
	// zero Country is written by leaving the field out.
	for code, want := range map[string]vocab.Country{"UA": vocab.MustCountry("UA"), "XK": vocab.MustCountry("XK")} {
		var a actor.Actor
		require.NoError(t, json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"state","name":"X","country":"`+code+`"}`), &a), code)
		assert.Equal(t, want, a.Country, code)
		assertNoError(t, a.Validate())
	}
	var a actor.Actor
	require.NoError(t, json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"state","name":"X"}`), &a))
	assert.True(t, a.Country.IsZero())
	err := json.Unmarshal([]byte(`{"id":"`+ukraineID.String()+`","kind":"state","name":"X","country":""}`), &a)
	assert.ErrorIs(t, err, vocab.ErrUnknown)
}

// Text that shows nothing or holds control characters is refused, and so
// is a date JSON cannot write.
func TestActorValidateTextAndDates(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(a *actor.Actor)
		want   []problem
	}{
		{"name of a zero-width space", func(a *actor.Actor) { a.Name = "\u200b" }, []problem{{"name", vocab.RuleText}}},
		{"name with NUL", func(a *actor.Actor) { a.Name = "Zelenskyy\x00" }, []problem{{"name", vocab.RuleText}}},
		{"description with a terminal escape", func(a *actor.Actor) { a.Description = "\x1b[2Jcleared" }, []problem{{"description", vocab.RuleText}}},
		{"alias of joiners", func(a *actor.Actor) { a.Aliases = []actor.Alias{{Text: "\u200d\u200d", Kind: actor.AliasOther}} }, []problem{{"aliases[0].text", vocab.RuleText}}},
		{"role from year 10000", func(a *actor.Actor) {
			a.Roles = []actor.Role{{Title: "President", From: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}
		}, []problem{{"roles[0].from", vocab.RuleDate}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := actor.Actor{ID: actor.IDFor("x"), Kind: actor.KindPerson, Name: "X"}
			tc.mutate(&a)
			assert.Equal(t, tc.want, problemsOf(t, a.Validate()))
		})
	}
}

// A role date at Go's zero instant would read as "not given": decoding
// refuses it rather than drop it.
func TestActorJSONRefusesTheZeroInstant(t *testing.T) {
	var a actor.Actor
	err := json.Unmarshal([]byte(`{"id":"`+actor.IDFor("x").String()+`","kind":"person","name":"X","roles":[{"title":"President","from":"0001-01-01T00:00:00Z"}]}`), &a)
	var d *vocab.DecodeError
	require.ErrorAs(t, err, &d)
	assert.Equal(t, "roles[0].from", d.Path)
	assert.Contains(t, err.Error(), "zero time")
}

// TestUnnamedActor holds an actor the report does not name: a description,
// a kind and a country, and no name.
func TestUnnamedActor(t *testing.T) {
	official := actor.Actor{ID: actor.IDFor("official"), Kind: actor.KindPerson,
		Description: "a senior Ukrainian official", Country: vocab.MustCountry("UA")}
	require.Nil(t, official.Validate())
	data, err := json.Marshal(official)
	require.NoError(t, err)
	assert.NotContains(t, string(data), `"name"`, "an unnamed actor writes no empty name")
	var back actor.Actor
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, official, back)
	_, err = actor.New(official.ID, actor.KindPerson, "").Description("a local mayor").Build()
	assert.NoError(t, err, "the builder makes unnamed actors too")
	_, err = actor.New(official.ID, actor.KindPerson, "").Build()
	assert.Equal(t, []problem{{"name", "required"}}, problemsOf(t, err))
}

// TestRolePlaceFormerActing holds the mayor of a city, a former minister
// whose end date is unknown, and an acting president.
func TestRolePlaceFormerActing(t *testing.T) {
	bakhmut := vocab.TerritoryID{0xc0, 9}
	a := actor.Actor{ID: actor.IDFor("mayor"), Kind: actor.KindPerson, Name: "Oleksandr Marchenko", Roles: []actor.Role{
		{Title: "mayor", Place: bakhmut},
		{Title: "minister of defence", Former: true},
		{Title: "president", Acting: true, From: time.Date(2019, 5, 20, 0, 0, 0, 0, time.UTC)},
	}}
	require.Nil(t, a.Validate())
	data, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"place":"`+bakhmut.String()+`"`)
	assert.Contains(t, string(data), `"former":true`)
	assert.Contains(t, string(data), `"acting":true`)
	var back actor.Actor
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, a, back)
}

// TestAliasUsedBy holds who uses an alias, and a name the dataset adds.
func TestAliasUsedByAndAddedNames(t *testing.T) {
	opponent := actor.IDFor("opposition")
	a := actor.Actor{ID: actor.IDFor("government"), Kind: actor.KindGovernment, Name: "Government of Syria",
		Names:   []vocab.Name{{Text: "Pravitelstvo Sirii", Lang: language.MustParse("ru-Latn"), Added: true}},
		Aliases: []actor.Alias{{Text: "the regime", Kind: actor.AliasOther, UsedBy: []actor.ID{opponent}}}}
	require.Nil(t, a.Validate())
	data, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"added":true`)
	assert.Contains(t, string(data), `"used_by":["`+opponent.String()+`"]`)
	var back actor.Actor
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, a, back)
	a.Aliases[0].UsedBy = []actor.ID{{}}
	assert.Equal(t, []problem{{"aliases[0].used_by[0]", vocab.RuleID}}, problemsOf(t, a.Validate()))
}
