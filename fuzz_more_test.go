package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/synth"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// fzNoLimits turns every limit off.
var fzNoLimits = newsevent.Limits{MaxLineBytes: -1, MaxDocumentBytes: -1, MaxDepth: -1, MaxKeys: -1, MaxStringBytes: -1, MaxRecords: -1}

// fzStories are the stories the fuzz targets of this file start from: the
// article of the examples package and a few small generated ones.
func fzStories(tb testing.TB) []*newsevent.Story {
	tb.Helper()
	article, err := examples.Article()
	require.NoError(tb, err)
	return []*newsevent.Story{article, synth.Story(1, 1), synth.Story(3, 2), synth.Story(6, 3), synth.Story(12, 4)}
}

// fzStorySeeds are the seeds of the targets that read whole stories: the
// JSON of fzStories and documents at the edges of the decoder.
func fzStorySeeds(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, s := range fzStories(tb) {
		data, err := json.Marshal(s)
		require.NoError(tb, err)
		out = append(out, data)
	}
	id := `"` + actor.IDFor("fuzz").String() + `"`
	for _, s := range []string{
		`{}`, `null`, ` null `, `[]`, `""`, `{"actors":[],"territories":[],"sources":[],"statuses":[],"events":[]}`,
		`{"actors":null}`, `{"actors":[null]}`, `{"events":[{}]}`, `{"events":[{"kind":"meating"}]}`, `{"Actors":[]}`,
		`{"actors":[],"actors":[]}`, `{"notes":[]}`, "\xef\xbb\xbf{}", `{"actors":[{"id":` + id + `,"kind":"state","name":"\ud800"}]}`,
		`{"actors":[{"id":` + id + `,"kind":"state","name":"Russia","country":"RU"}]}`,
		`{"actors":[{"id":` + id + `,"kind":"state","name":"Russia"},{"id":` + id + `,"kind":"person","name":"Putin"}]}`,
		`{"territories":[{"id":` + id + `,"kind":"region","name":"X","country":"UA","subdivision":"UA-99"}]}`,
		`{"actors":[{"id":` + id + `,"kind":"person","name":"A","roles":[{"title":"t","from":"0001-01-01T00:00:00Z"}]}]}`,
		`{"events":[{"kind":"attack","id":` + id + `,"title":"A","status":"occurred","attributions":[{"source":` + id + `,"verb":"said"}],"casualties":[{"value":1e-400,"qualifier":"exact","measure":"killed"}]}]}`,
		`{"events":[{"kind":"election","id":` + id + `,"title":"E","status":"occurred","attributions":[{"source":` + id + `,"verb":"said"}],"office":"o","round":1.0}]}`,
		`{"actors":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
	} {
		out = append(out, []byte(s))
	}
	return out
}

// fzDecodeError checks the error of a decoder of the root package: a
// *vocab.DecodeError whose offset is -1 or within the input.
func fzDecodeError(t *testing.T, err error, data []byte, what string) *vocab.DecodeError {
	t.Helper()
	var de *vocab.DecodeError
	require.True(t, errors.As(err, &de), "%s: %T is no *vocab.DecodeError: %v", what, err, err)
	require.True(t, de.Offset == -1 || de.Offset >= 0 && de.Offset <= int64(len(data)), "%s: offset %d outside the input of %d bytes: %v", what, de.Offset, len(data), err)
	require.NotNil(t, de.Err, what)
	_ = de.Error()
	return de
}

// fzProblems checks what a Validate method returns, nil or a
// *vocab.ValidationError with problems of known rules, and returns its
// problems' paths and rules.
func fzProblems(t *testing.T, err error, what string) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var verr *vocab.ValidationError
	require.True(t, errors.As(err, &verr), "%s: %T is no *vocab.ValidationError: %v", what, err, err)
	require.NotEmpty(t, verr.Problems, what)
	var out []string
	for _, p := range verr.Problems {
		require.Contains(t, vocab.Rules(), p.Rule, "%s: %v", what, p)
		out = append(out, p.Path+" "+string(p.Rule))
	}
	return out
}

// fzTrimJSONSpace trims the white space JSON allows around a value.
func fzTrimJSONSpace(data []byte) []byte { return bytes.Trim(data, " \t\r\n") }

// FuzzStoryJSON decodes any bytes as a story, with json.Unmarshal and
// with Limits{}.DecodeJSON. Nothing may panic. Both agree. An error is a
// *vocab.DecodeError at an offset within the input (or -1), and leaves
// the story as it was; what decodes was JSON, encodes unless Validate
// says what is wrong, and the encoding decodes to a story that encodes to
// the same bytes (lossless) and validates alike. The same input with no
// limits decodes to the same story; it fails where the default limits
// fail for a reason other than a limit.
func FuzzStoryJSON(f *testing.F) {
	for _, data := range fzStorySeeds(f) {
		f.Add(data)
	}
	// Every decode starts from a story that holds a record, to see that
	// an error or null leaves it as it was.
	var start newsevent.Story
	a, err := actor.New(actor.IDFor("fuzz start"), actor.KindState, "Start").Build()
	require.NoError(f, err)
	require.NoError(f, start.AddActor(a))
	startJSON, err := json.Marshal(&start)
	require.NoError(f, err)

	f.Fuzz(func(t *testing.T, data []byte) {
		var s newsevent.Story
		require.NoError(t, json.Unmarshal(startJSON, &s))
		err := newsevent.Limits{}.DecodeJSON(data, &s)

		var viaJSON newsevent.Story
		jerr := json.Unmarshal(data, &viaJSON)
		if jerr != nil && json.Valid(data) {
			fzDecodeError(t, jerr, data, "json.Unmarshal")
		}

		var free newsevent.Story
		ferr := fzNoLimits.DecodeJSON(data, &free)

		if err != nil {
			fzDecodeError(t, err, data, "DecodeJSON")
			after, merr := json.Marshal(&s)
			require.NoError(t, merr)
			require.Equal(t, string(startJSON), string(after), "DecodeJSON failed and changed the story: %v", err)
			require.Error(t, jerr, "json.Unmarshal accepts what DecodeJSON rejects: %v", err)
			var le *vocab.LimitError
			if !errors.As(err, &le) {
				require.Error(t, ferr, "DecodeJSON without limits accepts what fails by no limit: %v", err)
			}
			if ferr != nil {
				fzDecodeError(t, ferr, data, "DecodeJSON without limits")
			}
			return
		}
		require.True(t, json.Valid(data), "DecodeJSON accepts what is not JSON: %q", data)
		require.NoError(t, jerr, "DecodeJSON accepts what json.Unmarshal rejects")
		require.NoError(t, ferr, "DecodeJSON without limits rejects what it accepts with them")
		if string(fzTrimJSONSpace(data)) == "null" {
			after, merr := json.Marshal(&s)
			require.NoError(t, merr)
			require.Equal(t, string(startJSON), string(after), "null changed the story")
		}

		problems := fzProblems(t, s.Validate(), "Validate")
		out, merr := json.Marshal(&s)
		if merr != nil {
			require.NotEmpty(t, problems, "a story that validates does not encode: %v", merr)
			return
		}
		for name, other := range map[string]*newsevent.Story{"json.Unmarshal": &viaJSON, "DecodeJSON without limits": &free} {
			if string(fzTrimJSONSpace(data)) == "null" {
				continue // each left the story it was given as it was
			}
			o, err := json.Marshal(other)
			require.NoError(t, err, name)
			require.Equal(t, string(out), string(o), "%s decodes otherwise than DecodeJSON", name)
		}
		var back newsevent.Story
		require.NoError(t, json.Unmarshal(out, &back), "the encoding does not decode: %s", out)
		again, err := json.Marshal(&back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again), "lossless round trip")
		require.Equal(t, problems, fzProblems(t, back.Validate(), "Validate after the round trip"), "%s", out)
	})
}

// fzRecord is one record type of FuzzRecordJSON: decode reads data in
// two ways, by the type's own decoder called directly and through
// encoding/json, and returns each result with its error; validate is the
// value's Validate (nil for a type without one).
type fzRecord struct {
	name   string
	decode func(data []byte) (direct, viaJSON any, derr, jerr error)
	// decode the JSON the value encodes to, for the round trip.
	again    func(data []byte) (any, error)
	validate func(v any) error
}

// fzRecordOf returns the fzRecord of T, whose pointer decodes JSON.
func fzRecordOf[T any, P interface {
	*T
	json.Unmarshaler
}](name string, validate func(T) error) fzRecord {
	r := fzRecord{name: name}
	r.decode = func(data []byte) (any, any, error, error) {
		var d, j T
		derr := P(&d).UnmarshalJSON(data)
		jerr := json.Unmarshal(data, P(&j))
		return P(&d), P(&j), derr, jerr
	}
	r.again = func(data []byte) (any, error) {
		var v T
		err := json.Unmarshal(data, P(&v))
		return P(&v), err
	}
	if validate != nil {
		r.validate = func(v any) error { return validate(*v.(P)) }
	}
	return r
}

// fzRecords are the record types of FuzzRecordJSON.
func fzRecords() []fzRecord {
	return []fzRecord{
		fzRecordOf("actor.Actor", actor.Actor.Validate),
		fzRecordOf("territory.Territory", territory.Territory.Validate),
		fzRecordOf("territory.Status", territory.Status.Validate),
		fzRecordOf("source.Source", source.Source.Validate),
		fzRecordOf("source.Count", source.Count.Validate),
		fzRecordOf("source.Time", source.Time.Validate),
		fzRecordOf[territory.Point]("territory.Point", nil),
		fzRecordOf[actor.Role]("actor.Role", nil),
		{
			name: "event.Unmarshal",
			decode: func(data []byte) (any, any, error, error) {
				d, derr := event.Unmarshal(data)
				var l event.List
				jerr := json.Unmarshal(append(append([]byte("["), data...), ']'), &l)
				var j any
				if jerr == nil {
					if len(l) != 1 {
						return d, l, derr, errors.New("the list of one event has another length")
					}
					j = l[0]
				}
				return d, j, derr, jerr
			},
			again:    func(data []byte) (any, error) { return event.Unmarshal(data) },
			validate: func(v any) error { return v.(event.Event).Validate() },
		},
	}
}

// fzRecordSeeds are the JSON of records of every type from the stories
// of fzStories, and of their parts that decode alone (figures, times,
// points, roles).
func fzRecordSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	var vals []any
	for i, s := range fzStories(tb) {
		take := func(n int) int { return min(n, 2+i) }
		for _, a := range s.Actors()[:take(len(s.Actors()))] {
			vals = append(vals, a)
			for _, r := range a.Roles {
				vals = append(vals, r)
			}
		}
		for _, ter := range s.Territories()[:take(len(s.Territories()))] {
			vals = append(vals, ter)
			if !ter.Point.IsZero() {
				vals = append(vals, ter.Point)
			}
		}
		for _, src := range s.Sources()[:take(len(s.Sources()))] {
			vals = append(vals, src)
		}
		for _, st := range s.Statuses()[:take(len(s.Statuses()))] {
			vals = append(vals, st)
		}
		for _, e := range s.Events()[:take(len(s.Events()))] {
			vals = append(vals, e, e.Head().Time)
			for _, c := range event.Figures(e) {
				vals = append(vals, c)
			}
		}
	}
	var out [][]byte
	for _, v := range vals {
		data, err := json.Marshal(v)
		require.NoError(tb, err)
		if !slices.ContainsFunc(out, func(b []byte) bool { return bytes.Equal(b, data) }) {
			out = append(out, data)
		}
	}
	for _, s := range []string{
		`null`, `{}`, `[]`, `0`, `""`, `{"lat":0,"lon":0,"precision":"exact"}`, `{"lat":0,"precision":"exact"}`,
		`{"lat":1e-400,"lon":0,"precision":"exact"}`, `{"value":70,"qualifier":"nearly","measure":"killed"}`,
		`{"qualifier":"exact","measure":"killed"}`, `{"min":20,"max":30,"qualifier":"range","measure":"killed"}`,
		`{"min":20,"qualifier":"range","measure":"killed"}`, `{"value":9007199254740993,"qualifier":"exact","measure":"killed"}`,
		`{"start":"2025-04-24T00:00:00Z","precision":"day","text":"Thursday"}`, `{"start":"0001-01-01T00:00:00Z","precision":"day"}`,
		`{"start":"2025-04-24T03:00:00+03:00","precision":"hour"}`, `{"start":"10000-01-01T00:00:00Z","precision":"day"}`,
		`{"title":"Secretary of State","from":"2025-01-20T00:00:00Z"}`, `{"title":"t","until":"0001-01-01T00:00:00Z"}`,
		`{"title":"t","Title":"u"}`, `{"title":"t","title":"u"}`, `{"kind":"attack"}`, `{"kind":"attack","kind":"attack"}`,
		`{"id":"` + actor.IDFor("x").String() + `","kind":"state","name":"X","country":"UK"}`,
	} {
		out = append(out, []byte(s))
	}
	return out
}

// FuzzRecordJSON decodes any bytes as each record type and each part of
// a record that decodes alone (actor.Actor, territory.Territory,
// territory.Status, source.Source, source.Count, source.Time,
// territory.Point, actor.Role, and an event of any kind by event.Unmarshal
// and as the element of an event.List). Nothing may panic. The type's own
// decoder and encoding/json agree; what decodes was JSON; an error that
// is a *vocab.DecodeError has an offset within the input or -1 (an event
// error starts "event: "). What decodes encodes, unless Validate says
// what is wrong, and its encoding decodes to a value that encodes to the
// same bytes and validates alike.
func FuzzRecordJSON(f *testing.F) {
	for _, data := range fzRecordSeeds(f) {
		f.Add(data)
	}
	records := fzRecords()
	f.Fuzz(func(t *testing.T, data []byte) {
		valid := json.Valid(data)
		for _, r := range records {
			direct, viaJSON, derr, jerr := r.decode(data)
			if derr != nil {
				var de *vocab.DecodeError
				if errors.As(derr, &de) {
					fzDecodeError(t, derr, data, r.name)
				}
				if r.name == "event.Unmarshal" {
					require.Contains(t, derr.Error(), "event: ", r.name)
				}
				if valid {
					require.Error(t, jerr, "%s: its decoder rejects what encoding/json accepts: %v", r.name, derr)
				}
				continue
			}
			require.True(t, valid, "%s: its decoder accepts what is not JSON: %q", r.name, data)
			require.NoError(t, jerr, "%s: encoding/json rejects what its decoder accepts", r.name)

			var problems []string
			if r.validate != nil {
				problems = fzProblems(t, r.validate(direct), r.name+": Validate")
			}
			out, merr := json.Marshal(direct)
			if merr != nil {
				require.True(t, r.validate == nil || len(problems) > 0, "%s: a value that validates does not encode: %v", r.name, merr)
				continue
			}
			o, err := json.Marshal(viaJSON)
			require.NoError(t, err, r.name)
			require.Equal(t, string(out), string(o), "%s: encoding/json decodes otherwise than the type's decoder", r.name)
			back, err := r.again(out)
			require.NoError(t, err, "%s: the encoding does not decode: %s", r.name, out)
			again, err := json.Marshal(back)
			require.NoError(t, err, r.name)
			require.Equal(t, string(out), string(again), "%s: lossless round trip", r.name)
			if r.validate != nil {
				require.Equal(t, problems, fzProblems(t, r.validate(back), r.name+": Validate after the round trip"), "%s: %s", r.name, out)
			}
		}
	})
}
