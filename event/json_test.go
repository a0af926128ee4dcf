package event_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// mustJSON encodes v or fails the test.
func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// withField returns the JSON of e with field set to the raw JSON value,
// at the top level of the object.
func withField(t *testing.T, e event.Event, field, raw string) []byte {
	t.Helper()
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(mustJSON(t, e), &m))
	if raw == "" {
		delete(m, field)
	} else {
		m[field] = json.RawMessage(raw)
	}
	return mustJSON(t, m)
}

func TestUnmarshalErrors(t *testing.T) {
	attack := sample(event.KindAttack)
	proposal := sample(event.KindProposal)
	id := `"` + event.IDFor("x").String() + `"`
	// The cases whose error is a *vocab.UnknownError for the quoted value,
	// and the set it names.
	unknown := map[string]string{
		"unknown kind":      "kind",
		"upper-case kind":   "kind",
		"unknown status":    "status",
		"unknown method":    "method",
		"unknown link type": "link type",
	}
	for _, c := range []struct {
		name  string
		data  []byte
		quote string // a word the error must name
	}{
		{"unknown kind", withField(t, attack, "kind", `"meating"`), `"meating"`},
		{"upper-case kind", withField(t, attack, "kind", `"Attack"`), `"Attack"`},
		{"missing kind", withField(t, attack, "kind", ""), `"kind"`},
		{"kind not a string", []byte(`{"kind":7}`), "kind"},
		{"empty object", []byte(`{}`), `"kind"`},
		{"null", []byte(`null`), "not null"},
		{"array", []byte(`[]`), "not a list"},
		{"empty input", []byte(``), "end of JSON input"},
		{"unknown top-level field", withField(t, attack, "colour", `"red"`), `"colour"`},
		{"field of another kind", withField(t, attack, "attendees", `[`+id+`]`), `"attendees"`},
		{"unknown field in a casualty count", withField(t, attack, "casualties",
			`[{"value":12,"qualifier":"as_many_as","measure":"killed","source":"NYT"}]`), `"source"`},
		{"unknown field in a weapon count", withField(t, attack, "weapons",
			`[{"kinds":["drone"],"count":{"value":103,"qualifier":"exact","measure":"drones","decoys":true}}]`), `"decoys"`},
		{"unknown field in a clause", withField(t, proposal, "clauses",
			`[{"ref":"C1","kind":"ceasefire","text":"a ceasefire","monitoring":true}]`), `"monitoring"`},
		{"unknown field in a link offset", withField(t, attack, "links",
			`[{"type":"follows","to":`+id+`,"offset":{"min":"0s","maximum":"24h"}}]`), `"maximum"`},
		{"unknown field in a quote", withField(t, attack, "attributions",
			`[{"source":`+id+`,"verb":"said","quotes":[{"text":"Stop!","lang":"en","tone":"angry"}]}]`), `"tone"`},
		{"unknown field in the time", withField(t, attack, "time", `{"start":"2025-04-24T00:00:00Z","precision":"day","weekday":"Thursday"}`), `"weekday"`},
		{"unknown status", withField(t, attack, "status", `"happened"`), `"happened"`},
		{"unknown method", withField(t, attack, "methods", `["laser"]`), `"laser"`},
		{"unknown link type", withField(t, attack, "links", `[{"type":"inspired_by","to":`+id+`}]`), `"inspired_by"`},
		{"bad duration", withField(t, attack, "links", `[{"type":"follows","to":`+id+`,"offset":{"max":"a day"}}]`), `"a day"`},
		{"duration as a number", withField(t, attack, "links", `[{"type":"follows","to":`+id+`,"offset":{"max":86400}}]`), "max"},
		{"bad ID", withField(t, attack, "id", `"E10"`), `"E10"`},
		{"trailing data", append(mustJSON(t, attack), []byte(` {}`)...), "after"},
		{"truncated", mustJSON(t, attack)[:200], "unterminated string"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, err := event.Unmarshal(c.data)
			require.Error(t, err)
			assert.Nil(t, e)
			assert.True(t, strings.HasPrefix(err.Error(), "event: "), "error %q does not start with the package", err)
			assert.Contains(t, err.Error(), c.quote)
			if set, ok := unknown[c.name]; ok {
				value, uerr := strconv.Unquote(c.quote)
				require.NoError(t, uerr)
				assertUnknown(t, err, set, value)
			}
			if strings.HasPrefix(c.name, "unknown") && strings.Contains(c.name, "field") || c.name == "field of another kind" {
				// An unknown field, at any depth, is a typed error too.
				var field *vocab.UnknownError
				require.ErrorAs(t, err, &field)
				assert.Equal(t, "field", field.Set)
				assert.Equal(t, strings.Trim(c.quote, `"`), field.Value)
				assert.ErrorIs(t, err, vocab.ErrUnknown)
			}
		})
		delete(unknown, c.name)
	}
	assert.Empty(t, unknown, "cases named in unknown but missing from the table")
}

// TestUnmarshalKindMismatch calls a concrete type's UnmarshalJSON with the
// JSON of another kind, or without a kind: both are errors.
func TestUnmarshalKindMismatch(t *testing.T) {
	meeting := mustJSON(t, minimal(event.KindMeeting))
	var a event.Attack
	err := a.UnmarshalJSON(withField(t, minimal(event.KindAttack), "kind", `"meeting"`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"meeting"`)

	// Fields of a meeting are unknown to an attack.
	require.Error(t, json.Unmarshal(meeting, &a))

	// Without a kind, a concrete type does not guess.
	err = a.UnmarshalJSON(withField(t, minimal(event.KindAttack), "kind", ""))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "kind")

	// A duplicate kind that contradicts the first is caught too.
	data := mustJSON(t, minimal(event.KindAttack))
	data = append([]byte(`{"kind":"attack","kind":"meeting",`), data[len(`{"kind":"attack",`):]...)
	_, err = event.Unmarshal(data)
	require.Error(t, err)
}

// TestUnmarshalLayout checks inputs the encoder does not write but that
// are valid JSON: the kind elsewhere than first, white space, escapes.
func TestUnmarshalLayout(t *testing.T) {
	want := minimal(event.KindResponse)
	data := mustJSON(t, want)
	rest := string(data[len(`{"kind":"response",`):])

	for name, in := range map[string]string{
		"kind last":          `{` + rest[:len(rest)-1] + `,"kind":"response"}`,
		"white space before": " \n\t\r" + string(data),
		"white space inside": `{ "kind" : "response" ,` + rest,
		"escaped kind":       `{"kind":"respons\u0065",` + rest,
		"white space after":  string(data) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := event.Unmarshal([]byte(in))
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// TestUnmarshalResets checks that decoding into a used value leaves
// nothing of it behind.
func TestUnmarshalResets(t *testing.T) {
	a := sample(event.KindAttack).(*event.Attack)
	require.NoError(t, json.Unmarshal(mustJSON(t, minimal(event.KindAttack)), a))
	assert.Equal(t, minimal(event.KindAttack), a)
}

// TestUnmarshalResetsEveryKind checks, for every kind, that decoding into
// a used value leaves nothing of it behind, and that JSON null leaves the
// value as it is, as encoding/json does for any struct.
func TestUnmarshalResetsEveryKind(t *testing.T) {
	for _, k := range event.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			e := sample(k)
			require.NoError(t, e.UnmarshalJSON(mustJSON(t, minimal(k))))
			assert.Equal(t, minimal(k), e)
			require.NoError(t, e.UnmarshalJSON([]byte("null")))
			assert.Equal(t, minimal(k), e, "null changes nothing")
		})
	}
}

// TestMarshalInvalid checks that an event with a value outside its set is
// not written: it could not be read back.
func TestMarshalInvalid(t *testing.T) {
	for name, e := range map[string]event.Event{
		"zero status":    &event.Meeting{},
		"unknown method": &event.Attack{Header: header("a", "A"), Methods: []event.Method{"laser"}},
		"unknown act":    &event.Statement{Header: header("s", "S"), Acts: []event.SpeechAct{"mumble"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := json.Marshal(e)
			require.Error(t, err)
		})
	}
}

// TestJSONShape pins the wire form of a few fields: snake_case names, the
// kind first, enums as lower-case strings, durations as text, zero
// optional values left out.
func TestJSONShape(t *testing.T) {
	r := minimal(event.KindResponse).(*event.Response)
	r.ToKind = event.KindProposal
	r.Header.Links = []event.Link{{Type: event.LinkFollows, To: planID, Offset: event.Offset{Max: event.Duration(24 * time.Hour), Text: "within 24 hours of"}}}
	r.Header.Places = []territory.ID{kyiv}
	want := `{"kind":"response","id":"` + r.ID.String() + `","title":"A response","places":["` + kyiv.String() + `"],` +
		`"status":"occurred","attributions":[{"source":"` + nyt.String() + `","verb":"reported"}],` +
		`"links":[{"type":"follows","to":"` + planID.String() + `","offset":{"max":"24h0m0s","text":"within 24 hours of"}}],` +
		`"responder":"` + zelenskyy.String() + `","to":"` + planID.String() + `","to_kind":"proposal","act":"reject"}`
	got := mustJSON(t, r)
	assert.JSONEq(t, want, string(got))
	assert.Equal(t, want, string(got), "field order: kind first, then the header, then the kind's fields")
}

// TestEmptySlicesRoundTrip checks that an empty list and a missing one
// stay apart through JSON: decode(encode(x)) equals x exactly.
func TestEmptySlicesRoundTrip(t *testing.T) {
	m := minimal(event.KindMeeting).(*event.Meeting)
	m.Header.Places = []territory.ID{}
	m.Agenda = []event.Topic{}
	got, err := event.Unmarshal(mustJSON(t, m))
	require.NoError(t, err)
	assert.Equal(t, m, got)
}

func TestList(t *testing.T) {
	list := event.List{minimal(event.KindMeeting), minimal(event.KindAttack), minimal(event.KindOther)}
	data := mustJSON(t, list)
	require.True(t, strings.HasPrefix(string(data), `[{"kind":"meeting"`), "%s", data)

	var got event.List
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, list, got)

	// Empty and nil lists stay apart, as for any slice.
	assert.Equal(t, "[]", string(mustJSON(t, event.List{})))
	assert.Equal(t, "null", string(mustJSON(t, event.List(nil))))
	require.NoError(t, json.Unmarshal([]byte(`[]`), &got))
	assert.Equal(t, event.List{}, got)
	got = event.List{minimal(event.KindMeeting)}
	require.NoError(t, json.Unmarshal([]byte(`null`), &got))
	assert.Equal(t, event.List(nil), got, "null decodes to a nil list")
}

func TestListErrors(t *testing.T) {
	good := string(mustJSON(t, minimal(event.KindMeeting)))
	bad := strings.Replace(good, `"kind":"meeting"`, `"kind":"meating"`, 1)
	var l event.List
	err := json.Unmarshal([]byte(`[`+good+`,`+good+`,`+bad+`]`), &l)
	require.Error(t, err)
	var d *vocab.DecodeError
	require.ErrorAs(t, err, &d)
	assert.Equal(t, "[2].kind", d.Path, "the path starts with the element's index")
	assert.Contains(t, err.Error(), `"meating"`)
	assertUnknown(t, err, "kind", "meating")
	assert.Nil(t, l, "a failed decode leaves the list alone")

	err = json.Unmarshal([]byte(`{"kind":"meeting"}`), &l)
	require.Error(t, err, "an object is not a list")

	err = json.Unmarshal([]byte(`[`+good+`,null]`), &l)
	require.ErrorAs(t, err, &d)
	assert.Equal(t, "[1]", d.Path)

	_, err = json.Marshal(event.List{minimal(event.KindMeeting), nil})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "list[1]")

	_, err = json.Marshal(event.List{&event.Meeting{}})
	require.Error(t, err, "an element that cannot be encoded")
	assert.Contains(t, err.Error(), "list[0]")
}

func TestDuration(t *testing.T) {
	d := event.Duration(24 * time.Hour)
	text, err := d.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "24h0m0s", string(text))
	assert.Equal(t, "24h0m0s", d.String())

	for in, want := range map[string]time.Duration{
		"24h":     24 * time.Hour,
		"24h0m0s": 24 * time.Hour,
		"1h30m":   90 * time.Minute,
		"0s":      0,
		"0":       0,
		"1.5h":    90 * time.Minute,
		"-2h":     -2 * time.Hour, // decodes; Validate refuses a negative offset
	} {
		var got event.Duration
		require.NoError(t, got.UnmarshalText([]byte(in)), in)
		assert.Equal(t, event.Duration(want), got, in)
		// And back: the text form decodes to the same value.
		again, err := got.MarshalText()
		require.NoError(t, err)
		var back event.Duration
		require.NoError(t, back.UnmarshalText(again))
		assert.Equal(t, got, back)
	}
	for _, in := range []string{"", "24", "1d", "a day", "24 h", "h", "9999999999999h"} {
		var got event.Duration
		err := got.UnmarshalText([]byte(in))
		require.Error(t, err, "%q", in)
		assert.Contains(t, err.Error(), `"`+in+`"`)
	}

	// In JSON, inside an offset.
	var o event.Offset
	require.NoError(t, json.Unmarshal([]byte(`{"min":"1h","max":"24h","text":"within a day"}`), &o))
	assert.Equal(t, event.Offset{Min: event.Duration(time.Hour), Max: event.Duration(24 * time.Hour), Text: "within a day"}, o)
	assert.JSONEq(t, `{"min":"1h0m0s","max":"24h0m0s","text":"within a day"}`, string(mustJSON(t, o)))
}
