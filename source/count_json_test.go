package source

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/vocab"
)

// marshalReference is the JSON of c as MarshalJSON wrote it before,
// by json.Marshal of countJSON: the reference of appendJSON.
func (c Count) marshalReference() ([]byte, error) {
	w := countJSON{plainCount: plainCount(c)}
	if c.IsRange() {
		w.Min, w.Max = &c.Min, &c.Max
		if c.Value != 0 {
			w.Value = &c.Value
		}
	} else {
		// A vague figure and a period have no value: one is written only
		// when set, and validation refuses it.
		if c.Value != 0 || (!c.IsVague() && c.Period.IsZero()) {
			w.Value = &c.Value
		}
		if c.Min != 0 {
			w.Min = &c.Min
		}
		if c.Max != 0 {
			w.Max = &c.Max
		}
	}
	return json.Marshal(w)
}

// countMembers, timeMembers and attributionMembers are the JSON names
// written by the appendJSON methods of count_json.go, in order; a test compares them with the struct fields.
var (
	countMembers       = []string{"value", "min", "max", "ref", "qualifier", "text", "measure", "unit", "includes", "as_of", "revises", "revises_in", "attributions", "magnitude", "modality", "broader", "per", "within", "currency", "period", "subject", "of", "in", "excluding", "excludes", "over"}
	timeMembers        = []string{"start", "end", "precision", "bound", "text", "zone", "inferred"}
	attributionMembers = []string{"source", "verb", "text", "quotes", "grade"}
)

// jsonNames returns the JSON names of the fields of t, in order.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// TestCountMembers fails when Count or Time gains a field that the
// hand-written encoders do not write: add it to appendJSON and to
// countMembers or timeMembers, in the order of the struct.
func TestCountMembers(t *testing.T) {
	want := []string{"value", "min", "max"}
	for _, n := range jsonNames(reflect.TypeFor[Count]()) {
		if n != "value" && n != "min" && n != "max" {
			want = append(want, n)
		}
	}
	assert.Equal(t, want, countMembers, "the members of Count.appendJSON")
	assert.Equal(t, jsonNames(reflect.TypeFor[Time]()), timeMembers, "the members of Time.appendJSON")
	assert.Equal(t, jsonNames(reflect.TypeFor[Attribution]()), attributionMembers, "the members of Attribution.appendJSON")
}

// randomCount returns a count with each field set or not at random,
// text that needs escaping included.
func randomCount(r *rand.Rand) Count {
	pick := func(l ...string) string { return l[r.IntN(len(l))] }
	str := func() string {
		return pick("", "", "x", "nearly 70", "<b>&amp;</b>", "line\nbreak\t\"q\" \\", "\u2028\u2029", "\x01\x1f", "bad \xff utf-8", "Київ", "é")
	}
	num := func() float64 {
		return []float64{0, 0, 1, -2.5, 70, 1e21, 1e-7, 123456789.125, 0.000001, 1e20, -1e-9, math.MaxFloat64, math.SmallestNonzeroFloat64}[r.IntN(13)]
	}
	id := func() [16]byte {
		if r.IntN(2) == 0 {
			return [16]byte{}
		}
		return uuid.NewSHA1(uuid.NameSpaceURL, []byte(strconv.Itoa(r.IntN(1000))))
	}
	tm := func() Time {
		if r.IntN(3) == 0 {
			return Time{}
		}
		var t Time
		if r.IntN(4) > 0 {
			t.Start = time.Date(1990+r.IntN(50), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, r.IntN(3)*int(time.Millisecond)*7, time.UTC)
		}
		if r.IntN(3) == 0 {
			t.End = t.Start.Add(time.Duration(r.IntN(100)) * time.Hour)
		}
		if r.IntN(2) == 0 {
			t.Precision = Precisions()[r.IntN(len(Precisions()))]
		}
		if r.IntN(3) == 0 {
			t.Bound = Bounds()[r.IntN(len(Bounds()))]
		}
		t.Text, t.Zone, t.Inferred = str(), str(), str()
		return t
	}
	c := Count{
		Ref:       str(),
		Value:     num(),
		Min:       num(),
		Max:       num(),
		Qualifier: Qualifiers()[r.IntN(len(Qualifiers()))],
		Text:      str(),
		Measure:   Measure(str()),
		Unit:      Unit(str()),
		AsOf:      tm(),
		Revises:   str(),
		RevisesIn: id(),
		Broader:   Measure(str()),
		Per:       Unit(str()),
		Within:    str(),
		Subject:   Subject(str()),
		Of:        actor.ID(id()),
	}
	switch r.IntN(3) {
	case 0:
		c.Includes = []string{}
	case 1:
		c.Includes = []string{str(), "a", str()}
	}
	switch r.IntN(3) {
	case 0:
		c.In = []vocab.TerritoryID{}
	case 1:
		c.In = []vocab.TerritoryID{vocab.TerritoryID(id()), vocab.TerritoryID(uuid.NewSHA1(uuid.NameSpaceDNS, []byte("in")))}
	}
	switch r.IntN(3) {
	case 0:
		c.Excluding = []vocab.TerritoryID{}
	case 1:
		c.Excluding = []vocab.TerritoryID{vocab.TerritoryID(id())}
	}
	switch r.IntN(3) {
	case 0:
		c.Excludes = []string{}
	case 1:
		c.Excludes = []string{str()}
	}
	c.Over = tm()
	switch r.IntN(3) {
	case 0:
		c.Attributions = []Attribution{}
	case 1:
		c.Attributions = []Attribution{{Source: ID(id()), Verb: Verbs()[r.IntN(len(Verbs()))], Text: str()}}
		if r.IntN(2) == 0 {
			c.Attributions[0].Grade = Grade{Reliabilities()[0], Credibilities()[1]}
		}
		switch r.IntN(3) {
		case 0:
			c.Attributions[0].Quotes = []Quote{}
		case 1:
			c.Attributions[0].Quotes = []Quote{{Text: str(), Lang: language.Ukrainian, Elided: true}}
		}
		if r.IntN(2) == 0 {
			c.Attributions = append(c.Attributions, Attribution{Source: ID(id()), Verb: VerbSaid})
		}
	}
	if r.IntN(3) == 0 {
		c.Magnitude = Magnitudes()[r.IntN(len(Magnitudes()))]
	}
	if r.IntN(3) == 0 {
		c.Modality = Modalities()[r.IntN(len(Modalities()))]
	}
	if r.IntN(3) == 0 {
		c.Currency = vocab.MustCurrency(pick("USD", "EUR", "UAH"))
	}
	if r.IntN(3) == 0 {
		c.Period = Period{Days: r.IntN(3), Hours: r.IntN(5), Minutes: 1 + r.IntN(30)}
	}
	return c
}

// TestCountJSONAsBefore checks that the hand-written encoding of a count
// writes the bytes json.Marshal of countJSON writes, and fails where it
// fails, for many counts, alone and inside other values.
func TestCountJSONAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20_000 {
		c := randomCount(r)
		switch i % 50 {
		case 7:
			c.Qualifier = "nearlyish"
		case 8:
			c.Value = math.NaN()
		case 9:
			c.Magnitude = "lots"
		case 10:
			c.AsOf.Precision = "eon"
		case 11:
			c.AsOf.Start = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
		case 12:
			c.Period = Period{Days: -1}
		case 13:
			c = Count{}
		case 14:
			c.Attributions = []Attribution{{Verb: "whispered"}}
		case 15:
			c.Attributions = []Attribution{{Verb: VerbSaid, Grade: Grade{Reliability: "Z"}}}
		}
		want, wantErr := c.marshalReference()
		got, err := c.MarshalJSON()
		if wantErr != nil {
			require.Error(t, err, "count %d: %+v", i, c)
			continue
		}
		require.NoError(t, err, "count %d: %+v", i, c)
		require.Equal(t, string(want), string(got), "count %d: %+v", i, c)

		// Inside a struct, a slice and by pointer, as records hold it.
		holder := struct {
			C  Count   `json:"c"`
			L  []Count `json:"l"`
			P  *Count  `json:"p"`
			AT Time    `json:"t"`
		}{c, []Count{c, c}, &c, c.AsOf}
		data, err := json.Marshal(holder)
		require.NoError(t, err)
		tref, err := json.Marshal(struct{ T refTime }{refTime(c.AsOf)})
		require.NoError(t, err)
		exp := `{"c":` + string(want) + `,"l":[` + string(want) + `,` + string(want) + `],"p":` + string(want) + `,"t":` + string(tref[len(`{"T":`):len(tref)-1]) + `}`
		require.Equal(t, exp, string(data))
		tb, err := c.AsOf.appendJSON(nil)
		require.NoError(t, err)
		require.Equal(t, string(tref[len(`{"T":`):len(tref)-1]), string(tb))
	}
}

// refTime is a Time without methods, for the reference of its JSON.
type refTime Time
