package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/vocab"
)

// readAll returns every record the decoder gives until io.EOF, failing on
// any other error.
func readAll(t *testing.T, dec *newsevent.Decoder) []newsevent.Record {
	t.Helper()
	var out []newsevent.Record
	for {
		r, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
		out = append(out, r)
	}
}

// line returns the JSON Lines form of one record, with its newline.
func line(t *testing.T, r newsevent.Record) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, newsevent.NewEncoder(&b).Encode(r))
	return b.String()
}

func TestJSONLDeterministic(t *testing.T) {
	s := fullStory(t)
	first := jsonl(t, s)
	assert.Equal(t, first, jsonl(t, s))
	assert.Equal(t, first, jsonl(t, fullStory(t)))

	// One line per record, each a JSON object with one field.
	lines := strings.Split(strings.TrimSuffix(string(first), "\n"), "\n")
	c := s.Counts()
	require.Len(t, lines, c.Actors+c.Territories+c.Sources+c.Statuses+c.Events+c.Identities)
	assert.True(t, strings.HasPrefix(lines[0], `{"actor":{"id":"`+aRussia.String()+`"`), lines[0])
	assert.True(t, strings.HasPrefix(lines[len(lines)-2], `{"event":{"kind":"other"`), lines[len(lines)-2])
	assert.True(t, strings.HasPrefix(lines[len(lines)-1], `{"identity":{"id":"`), lines[len(lines)-1], "identity claims come last")
	for _, l := range lines {
		var obj map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(l), &obj))
		assert.Len(t, obj, 1)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	s := fullStory(t)
	data := jsonl(t, s)
	got, err := newsevent.ReadJSONL(bytes.NewReader(data))
	require.NoError(t, err)
	assertSameRecords(t, s, got)
	assert.Equal(t, data, jsonl(t, got))
	assert.Equal(t, marshal(t, s), marshal(t, got), "the same story as JSON too")
	assert.NoError(t, got.Validate())
	_, ok := got.Source(sReport)
	assert.True(t, ok, "look-ups work on a story read from JSON Lines")
	assert.Error(t, got.AddSource(report(sReport, source.ID{})), "and know its IDs")
}

func TestJSONLEmpty(t *testing.T) {
	var s newsevent.Story
	assert.Empty(t, jsonl(t, &s))
	for _, in := range []string{"", "\n", "\r\n\r\n", "  \n\t\n"} {
		got, err := newsevent.ReadJSONL(strings.NewReader(in))
		require.NoError(t, err, "%q", in)
		assert.Equal(t, newsevent.Counts{}, got.Counts())
	}
}

func TestDecoderNext(t *testing.T) {
	want := fullRecords()
	dec := newsevent.NewDecoder(bytes.NewReader(jsonl(t, fullStory(t))))
	assert.Equal(t, 0, dec.Line())
	for i, w := range want {
		r, err := dec.Next()
		require.NoError(t, err)
		assert.Equal(t, w, r)
		assert.Equal(t, i+1, dec.Line())
	}
	for range 2 {
		r, err := dec.Next()
		assert.Nil(t, r)
		assert.Equal(t, io.EOF, err, "io.EOF itself, and again on the next call")
	}
	assert.Equal(t, len(want), dec.Line())
}

func TestDecoderLineEnds(t *testing.T) {
	a := line(t, newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")})
	b := line(t, newsevent.ActorRecord{Actor: person(aTrump, "Donald Trump")})
	noNL := strings.TrimSuffix(b, "\n")
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	tests := []struct {
		name     string
		in       string
		lastLine int
	}{
		{"newline after each", a + b, 2},
		{"no newline at the end", a + noNL, 2},
		{"CRLF", crlf(a + b), 2},
		{"CRLF and no line end at the end", crlf(a) + noNL, 2},
		{"CR at the very end", crlf(a) + noNL + "\r", 2},
		{"blank lines between and around", "\n" + a + "\n   \n\t\n" + b + "\n\n", 8},
		{"blank CRLF lines", "\r\n" + crlf(a) + "\r\n" + crlf(b), 4},
		{"spaces around a line", "  " + strings.TrimSuffix(a, "\n") + "  \n" + b, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := newsevent.NewDecoder(strings.NewReader(tt.in))
			got := readAll(t, dec)
			require.Len(t, got, 2)
			assert.Equal(t, "Vladimir Putin", got[0].(newsevent.ActorRecord).Actor.Name)
			assert.Equal(t, "Donald Trump", got[1].(newsevent.ActorRecord).Actor.Name)
			assert.Equal(t, tt.lastLine, dec.Line())
		})
	}
}

func TestDecoderLongLines(t *testing.T) {
	// A description of 1.5 MiB, far beyond bufio's default buffer.
	long := person(aPutin, "Vladimir Putin")
	long.Description = strings.TrimSpace(strings.Repeat("Путін — ", 1536*1024/len("Путін — ")))
	require.Greater(t, len(long.Description), 1<<20+1<<19-16)

	// An event with many notes.
	many := other(eCurfew, "curfew", day(time.April, 24))
	for i := range 20000 {
		many.Notes = append(many.Notes, event.Remark{Text: "note" + strings.Repeat("x", i%100), Attributions: by(sArticle)})
	}

	records := []newsevent.Record{
		newsevent.ActorRecord{Actor: person(aTrump, "Donald Trump")},
		newsevent.ActorRecord{Actor: long},
		newsevent.SourceRecord{Source: report(sArticle, source.ID{})},
		newsevent.EventRecord{Event: many},
		newsevent.ActorRecord{Actor: person(aWitkoff, "Steve Witkoff")},
	}
	var b bytes.Buffer
	enc := newsevent.NewEncoder(&b)
	for _, r := range records {
		require.NoError(t, enc.Encode(r))
	}
	lines := strings.SplitAfter(b.String(), "\n")
	require.Greater(t, len(lines[1]), 3<<19, "the actor's line is longer than 1.5 MiB")
	require.Greater(t, len(lines[3]), 1<<20, "the event's line is longer than 1 MiB")

	// Read through a reader that returns one byte at a time, the worst
	// case for the line buffer, and through a plain one.
	for name, r := range map[string]io.Reader{
		"plain":    bytes.NewReader(b.Bytes()),
		"one byte": iotest.OneByteReader(bytes.NewReader(b.Bytes())),
	} {
		t.Run(name, func(t *testing.T) {
			dec := newsevent.Limits{MaxStringBytes: 4 << 20}.NewDecoder(r)
			got := readAll(t, dec)
			assert.Equal(t, records, got)
			assert.Equal(t, 5, dec.Line())
		})
	}

	s, err := newsevent.Limits{MaxStringBytes: 4 << 20}.ReadJSONL(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	require.NoError(t, s.Validate())
	got, ok := s.Actor(aPutin)
	require.True(t, ok)
	assert.Equal(t, long.Description, got.Description)

	// Under the default limits, the 1.5 MiB description is too long: the
	// error names the limit, the line and the field.
	_, err = newsevent.ReadJSONL(bytes.NewReader(b.Bytes()))
	var derr *vocab.DecodeError
	require.ErrorAs(t, err, &derr)
	assert.ErrorIs(t, err, vocab.ErrLimit)
	assert.Equal(t, 2, derr.Line)
	assert.Equal(t, "actor.description", derr.Path)
}

func TestDecoderNonCanonicalLayout(t *testing.T) {
	zelenskyy := person(aZelenskyy, "Volodymyr Zelenskyy")
	curfew := other(eCurfew, "curfew", day(time.April, 24))
	curfewJSON, err := json.Marshal(curfew)
	require.NoError(t, err)
	indented := func(v any) string {
		data, err := json.MarshalIndent(v, "", " ")
		require.NoError(t, err)
		// One line still: indent with tabs and spaces but no newlines.
		return strings.NewReplacer("\n", " ").Replace(string(data))
	}
	tests := []struct {
		name string
		line string
		want newsevent.Record
	}{
		{"spaces around the field", `{ "actor" : {"id":"` + aZelenskyy.String() + `","kind":"person","name":"Volodymyr Zelenskyy"} }`, newsevent.ActorRecord{Actor: zelenskyy}},
		{"fields of the record in another order", `{"actor":{"name":"Volodymyr Zelenskyy","kind":"person","id":"` + aZelenskyy.String() + `"}}`, newsevent.ActorRecord{Actor: zelenskyy}},
		{"the kind of an event not first", `{"event":{"action":"curfew","id":"` + eCurfew.String() + `","title":"curfew","kind":"other","time":{"start":"2025-04-24T00:00:00Z","precision":"day"},"status":"occurred","attributions":[{"source":"` + sArticle.String() + `","verb":"reported"}]}}`, newsevent.EventRecord{Event: curfew}},
		{"whitespace inside an event", `{ "event" : ` + indented(curfew) + ` }`, newsevent.EventRecord{Event: curfew}},
		{"tabs", "\t{\"event\":\t" + string(curfewJSON) + "\t}\t", newsevent.EventRecord{Event: curfew}},
		{"escaped field name", `{"\u0061ctor":{"id":"` + aZelenskyy.String() + `","kind":"person","name":"Volodymyr Zelenskyy"}}`, newsevent.ActorRecord{Actor: zelenskyy}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := newsevent.NewDecoder(strings.NewReader(tt.line + "\n"))
			r, err := dec.Next()
			require.NoError(t, err)
			assert.Equal(t, tt.want, r)
			_, err = dec.Next()
			assert.Equal(t, io.EOF, err)
		})
	}
}

func TestDecoderErrorsNameTheLine(t *testing.T) {
	good := line(t, newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")})
	actorBody := `{"id":"` + aTrump.String() + `","kind":"person","name":"Donald Trump"}`
	tests := []struct {
		name string
		bad  string
		want []string // words the error must contain besides "line 3"
	}{
		{"two fields", `{"actor":` + actorBody + `,"source":{"id":"` + sArticle.String() + `","kind":"report"}}`, nil},
		{"two fields, not in the encoder's layout", `{ "actor":` + actorBody + `,"event":{"kind":"other"}}`, []string{"exactly one"}},
		{"zero fields", `{}`, []string{"exactly one"}},
		{"unknown field", `{"actorz":` + actorBody + `}`, []string{`"actorz"`}},
		{"unknown field in the record", `{"actor":{"id":"` + aTrump.String() + `","kind":"person","name":"Donald Trump","age":78}}`, []string{`"age"`}},
		{"unknown kind", `{"event":{"kind":"meating","id":"` + eMeeting.String() + `"}}`, []string{`"meating"`}},
		{"invalid JSON", `{"actor":{"id":`, nil},
		{"not an object", `[1,2]`, nil},
		{"a bare string", `"actor"`, nil},
		{"null record", `{"actor":null}`, []string{"null"}},
		{"null event", `{"event":null}`, []string{"null"}},
		{"null record, other layout", `{ "status" : null }`, []string{"null"}},
		{"trailing data", `{"actor":` + actorBody + `} {}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good + "\n" + tt.bad + "\n" + good
			dec := newsevent.NewDecoder(strings.NewReader(in))
			_, err := dec.Next()
			require.NoError(t, err)
			r, err := dec.Next()
			require.Error(t, err)
			assert.Nil(t, r)
			assert.True(t, strings.HasPrefix(err.Error(), "newsevent: line 3, byte "), "%v", err)
			var derr *vocab.DecodeError
			require.ErrorAs(t, err, &derr)
			assert.Equal(t, 3, derr.Line)
			assert.GreaterOrEqual(t, derr.Offset, int64(0), "the error gives the byte in the line")
			assert.Less(t, derr.Offset, int64(len(tt.bad)+1))
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.Equal(t, 3, dec.Line())

			// The decoder goes on with the next line.
			r, err = dec.Next()
			require.NoError(t, err)
			assert.Equal(t, aPutin, r.(newsevent.ActorRecord).Actor.ID)
			assert.Equal(t, 4, dec.Line())

			// ReadJSONL stops at the bad line.
			s, err := newsevent.ReadJSONL(strings.NewReader(in))
			assert.Nil(t, s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "line 3")
		})
	}
}

// failingReader returns its data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestDecoderReaderError(t *testing.T) {
	boom := errors.New("boom")
	good := line(t, newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")})
	for name, rest := range map[string]string{
		"between lines": "",
		"inside a line": `{"actor":{"id":`,
	} {
		t.Run(name, func(t *testing.T) {
			dec := newsevent.NewDecoder(&failingReader{data: []byte(good + rest), err: boom})
			r, err := dec.Next()
			require.NoError(t, err)
			assert.Equal(t, aPutin, r.(newsevent.ActorRecord).Actor.ID)
			_, err = dec.Next()
			require.Error(t, err)
			assert.ErrorIs(t, err, boom)
			assert.NotErrorIs(t, err, io.EOF)
			assert.Contains(t, err.Error(), "line 2")

			_, err = newsevent.ReadJSONL(&failingReader{data: []byte(good + rest), err: boom})
			assert.ErrorIs(t, err, boom)
		})
	}
}

// countingWriter counts the calls to Write.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.Buffer.Write(p)
}

func TestEncoder(t *testing.T) {
	var w countingWriter
	enc := newsevent.NewEncoder(&w)
	require.NoError(t, enc.Encode(newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")}))
	require.NoError(t, enc.Encode(newsevent.EventRecord{Event: other(eCurfew, "curfew", source.Time{})}))
	assert.Equal(t, 2, w.writes, "one Write per record")
	assert.Equal(t,
		`{"actor":{"id":"`+aPutin.String()+`","kind":"person","name":"Vladimir Putin"}}`+"\n"+
			`{"event":{"kind":"other","id":"`+eCurfew.String()+`","title":"curfew","status":"occurred","attributions":[{"source":"`+sArticle.String()+`","verb":"reported"}],"action":"curfew"}}`+"\n",
		w.String())

	var nilAttack *event.Attack
	for name, r := range map[string]newsevent.Record{
		"nil record":    nil,
		"nil event":     newsevent.EventRecord{},
		"typed nil":     newsevent.EventRecord{Event: nilAttack},
		"invalid value": newsevent.ActorRecord{Actor: actor.Actor{ID: aTrump, Kind: "emperor", Name: "Trump"}},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			assert.Error(t, newsevent.NewEncoder(&b).Encode(r))
			assert.Zero(t, b.Len(), "nothing is written")
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestWriteErrors(t *testing.T) {
	boom := errors.New("boom")
	err := newsevent.NewEncoder(failingWriter{boom}).Encode(newsevent.ActorRecord{Actor: person(aPutin, "Vladimir Putin")})
	assert.ErrorIs(t, err, boom)
	assert.ErrorIs(t, fullStory(t).WriteJSONL(failingWriter{boom}), boom)
}

// FuzzDecoder feeds any bytes to a Decoder and reads every record until
// io.EOF. It must not panic or hang; every record must encode again
// without panicking; and a record that is valid on its own must come back
// equal from its encoded line. Seeds are in testdata/fuzz/FuzzDecoder.
func FuzzDecoder(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := newsevent.NewDecoder(bytes.NewReader(data))
		var (
			c     newsevent.Checker
			s     newsevent.Story
			lines = bytes.Count(data, []byte("\n")) + 1
			line  int
		)
		for calls := 0; ; calls++ {
			// Each call consumes at least one line, or ends the input.
			require.LessOrEqual(t, calls, lines, "Next does not reach io.EOF")
			r, err := dec.Next()
			require.GreaterOrEqual(t, dec.Line(), line, "line numbers only grow")
			line = dec.Line()
			require.LessOrEqual(t, line, lines)
			if errors.Is(err, io.EOF) {
				require.Nil(t, r)
				break
			}
			if err != nil {
				require.Nil(t, r)
				require.Contains(t, err.Error(), "line ")
				continue
			}
			require.NotNil(t, r)
			c.Record(r)
			_ = s.Add(r) // a duplicate or zero ID is refused; no more
			checkRecordRoundTrip(t, r)
		}
		_ = c.Err() // as s.Validate, over every record, duplicates included
		_ = s.Timeline()
		for _, a := range s.Actors() {
			_ = s.FindActors(a.Name)
			_ = s.EventsOf(a.ID)
		}
		for _, ter := range s.Territories() {
			_ = s.EventsIn(ter.ID)
			_ = s.StatusesOf(ter.ID, time.Date(2025, time.April, 24, 0, 0, 0, 0, time.UTC))
		}
		for _, src := range s.Sources() {
			_ = s.Chain(src.ID)
		}
		var out bytes.Buffer
		_ = s.WriteJSONL(&out)
		_, _ = s.MarshalJSON()
	})
}

// recordValidate returns the record's own Validate result.
func recordValidate(r newsevent.Record) error {
	switch r := r.(type) {
	case newsevent.ActorRecord:
		return r.Actor.Validate()
	case newsevent.TerritoryRecord:
		return r.Territory.Validate()
	case newsevent.SourceRecord:
		return r.Source.Validate()
	case newsevent.StatusRecord:
		return r.Status.Validate()
	case newsevent.EventRecord:
		return r.Event.Validate()
	}
	return errors.New("not a record")
}

// checkRecordRoundTrip encodes a decoded record and, when the record is
// valid on its own, checks that its line decodes to an equal record and
// encodes to the same bytes.
func checkRecordRoundTrip(t *testing.T, r newsevent.Record) {
	t.Helper()
	var first bytes.Buffer
	encErr := newsevent.NewEncoder(&first).Encode(r)
	if recordValidate(r) != nil {
		return // an invalid record may not encode; it must not panic
	}
	require.NoError(t, encErr, "a valid record encodes")
	dec := newsevent.NewDecoder(bytes.NewReader(first.Bytes()))
	back, err := dec.Next()
	require.NoError(t, err, "%s", first.Bytes())
	_, err = dec.Next()
	require.Equal(t, io.EOF, err)
	require.NoError(t, recordValidate(back), "still valid after the round trip")
	assert.Equal(t, r, back, "%s", first.Bytes())
	var second bytes.Buffer
	require.NoError(t, newsevent.NewEncoder(&second).Encode(back))
	assert.Equal(t, first.String(), second.String())
}
