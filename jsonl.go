package newsevent

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// JSON Lines: one record per line, each an object with one field that
// names the record's type and holds the record:
//
//	{"actor":{"id":"…","kind":"person","name":"Marco Rubio",…}}
//	{"event":{"kind":"meeting","id":"…",…}}
//
// The field is one of actor, territory, source, status and event; the
// record is the same JSON as in a whole story.

// Encoder writes records as JSON Lines.
type Encoder struct {
	w   io.Writer
	buf bytes.Buffer
}

// NewEncoder returns an encoder that writes to w, one Write per record.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes one record as one line.
func (e *Encoder) Encode(r Record) error {
	var (
		field string
		v     any
	)
	switch r := deref(r).(type) {
	case ActorRecord:
		field, v = "actor", r.Actor
	case TerritoryRecord:
		field, v = "territory", r.Territory
	case SourceRecord:
		field, v = "source", r.Source
	case StatusRecord:
		field, v = "status", r.Status
	case EventRecord:
		if r.Event == nil || isNilEvent(r.Event) {
			return errors.New("newsevent: cannot encode a nil event")
		}
		field, v = "event", r.Event
	default:
		return errors.New("newsevent: cannot encode a nil record")
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("newsevent: encode %s: %w", field, err)
	}
	e.buf.Reset()
	e.buf.WriteString(`{"`)
	e.buf.WriteString(field)
	e.buf.WriteString(`":`)
	e.buf.Write(data)
	e.buf.WriteString("}\n")
	_, err = e.w.Write(e.buf.Bytes())
	return err
}

// WriteJSONL writes every record of the story to w as JSON Lines, in the
// order of [Story.Records]. The same story always gives the same bytes.
func (s *Story) WriteJSONL(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := NewEncoder(bw)
	for r := range s.records {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Decoder reads records from JSON Lines, one at a time: it holds one line
// in memory, however long, and never the whole input.
type Decoder struct {
	r    *bufio.Reader
	line int
	buf  []byte
}

// NewDecoder returns a decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: bufio.NewReaderSize(r, 64<<10)}
}

// Line returns the number of the line last read, counting from 1.
func (d *Decoder) Line() int { return d.line }

// Next returns the next record, or io.EOF after the last one. Blank lines
// are skipped. An error gives the line number and, for a record that is
// not valid JSON of its type, what is wrong (an unknown field or kind is
// named). Next does not validate records; see [Checker].
func (d *Decoder) Next() (Record, error) {
	for {
		line, err := d.readLine()
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil {
				return nil, err
			}
			continue
		}
		rec, derr := decodeLine(line)
		if derr != nil {
			return nil, fmt.Errorf("newsevent: line %d: %w", d.line, derr)
		}
		return rec, nil
	}
}

// readLine returns the next line without its end, growing the buffer to
// the longest line; at the end of input it returns io.EOF (with the last
// line, if it has no newline).
func (d *Decoder) readLine() ([]byte, error) {
	d.buf = d.buf[:0]
	for {
		chunk, err := d.r.ReadSlice('\n')
		d.buf = append(d.buf, chunk...)
		switch {
		case err == nil:
			d.line++
			return bytes.TrimRight(d.buf, "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(d.buf) > 0 {
				d.line++
				return d.buf, nil
			}
			return nil, io.EOF
		default:
			return nil, fmt.Errorf("newsevent: line %d: %w", d.line+1, err)
		}
	}
}

// linePrefixes are the starts of lines as Encoder writes them.
var linePrefixes = [...]struct {
	prefix []byte
	field  string
}{
	{[]byte(`{"event":`), "event"},
	{[]byte(`{"actor":`), "actor"},
	{[]byte(`{"territory":`), "territory"},
	{[]byte(`{"source":`), "source"},
	{[]byte(`{"status":`), "status"},
}

// decodeLine decodes one line. Lines as Encoder writes them are decoded
// without a second pass; any other layout is decoded in full first.
func decodeLine(line []byte) (Record, error) {
	trimmed := bytes.TrimSpace(line)
	if bytes.HasSuffix(trimmed, []byte("}")) {
		for _, p := range linePrefixes {
			if bytes.HasPrefix(trimmed, p.prefix) {
				return decodeRecord(p.field, trimmed[len(p.prefix):len(trimmed)-1])
			}
		}
	}
	var w struct {
		Actor     json.RawMessage `json:"actor"`
		Territory json.RawMessage `json:"territory"`
		Source    json.RawMessage `json:"source"`
		Status    json.RawMessage `json:"status"`
		Event     json.RawMessage `json:"event"`
	}
	if err := jsonx.Strict("record", line, &w); err != nil {
		return nil, err
	}
	var (
		field string
		data  json.RawMessage
		n     int
	)
	for _, f := range []struct {
		name string
		raw  json.RawMessage
	}{{"actor", w.Actor}, {"territory", w.Territory}, {"source", w.Source}, {"status", w.Status}, {"event", w.Event}} {
		if f.raw != nil {
			field, data = f.name, f.raw
			n++
		}
	}
	if n != 1 {
		return nil, fmt.Errorf("record: want exactly one of the fields actor, territory, source, status, event; found %d", n)
	}
	return decodeRecord(field, data)
}

// decodeRecord decodes the record held by field; null is not a record.
func decodeRecord(field string, data []byte) (Record, error) {
	if isNull(data) {
		return nil, fmt.Errorf("record: %s is null", field)
	}
	switch field {
	case "actor":
		var a actor.Actor
		err := a.UnmarshalJSON(data)
		return ActorRecord{a}, err
	case "territory":
		var t territory.Territory
		err := t.UnmarshalJSON(data)
		return TerritoryRecord{t}, err
	case "source":
		var s source.Source
		err := s.UnmarshalJSON(data)
		return SourceRecord{s}, err
	case "status":
		var s territory.Status
		err := s.UnmarshalJSON(data)
		return StatusRecord{s}, err
	}
	e, err := event.Unmarshal(data)
	return EventRecord{e}, err
}

// ReadJSONL reads a whole story from JSON Lines. Records with a duplicate
// or zero ID are kept for [Story.Validate] to report; an error gives the
// line number. To check a stream too large to hold, use a [Decoder] and a
// [Checker] instead.
func ReadJSONL(r io.Reader) (*Story, error) {
	var s Story
	dec := NewDecoder(r)
	for {
		rec, err := dec.Next()
		if errors.Is(err, io.EOF) {
			s.reindexIDs()
			return &s, nil
		}
		if err != nil {
			return nil, err
		}
		s.appendRecord(rec)
	}
}

// appendRecord appends a decoded record without checking its ID.
func (s *Story) appendRecord(r Record) {
	switch r := r.(type) {
	case ActorRecord:
		s.actors = append(s.actors, r.Actor)
	case TerritoryRecord:
		s.territories = append(s.territories, r.Territory)
	case SourceRecord:
		s.sources = append(s.sources, r.Source)
	case StatusRecord:
		s.statuses = append(s.statuses, r.Status)
	case EventRecord:
		s.events = append(s.events, r.Event)
	}
}
