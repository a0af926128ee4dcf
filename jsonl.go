package newsevent

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// JSON Lines: one record per line, each an object with one field that
// names the record's type and holds the record:
//
//	{"actor":{"id":"…","kind":"person","name":"Marco Rubio",…}}
//	{"event":{"kind":"meeting","id":"…",…}}
//
// The field is one of actor, territory, source, status, event and
// identity; the record is the same JSON as in a whole story.

// Encoder writes records as JSON Lines.
type Encoder struct {
	w   io.Writer
	buf bytes.Buffer
}

// NewEncoder returns an encoder that writes to w, one Write per record.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes one record as one line. Each record is encoded once,
// straight into the line: an event by [event.AppendJSON], whose bytes
// are written as they are, not re-scanned as json.Marshal would;
// any other record by a json.Encoder, which writes what json.Marshal
// returns.
func (e *Encoder) Encode(r Record) error {
	t, v, ok := payload(r)
	if !ok {
		if _, isEvent := deref(r).(EventRecord); isEvent {
			return errors.New("newsevent: cannot encode a nil event")
		}
		return errors.New("newsevent: cannot encode a nil record")
	}
	field := t.String()
	e.buf.Reset()
	e.buf.WriteString(`{"`)
	e.buf.WriteString(field)
	e.buf.WriteString(`":`)
	if ev, isEvent := v.(event.Event); isEvent {
		data, err := event.AppendJSON(e.buf.AvailableBuffer(), ev)
		if err != nil {
			return fmt.Errorf("newsevent: encode %s: %w", field, err)
		}
		e.buf.Write(data)
	} else {
		if err := json.NewEncoder(&e.buf).Encode(v); err != nil {
			return fmt.Errorf("newsevent: encode %s: %w", field, err)
		}
		e.buf.Truncate(e.buf.Len() - 1) // the Encoder's newline
	}
	e.buf.WriteString("}\n")
	_, err := e.w.Write(e.buf.Bytes())
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
// in memory, never the whole input, and keeps [Limits] on what it reads.
type Decoder struct {
	r       *bufio.Reader
	lim     Limits
	line    int
	records int
	buf     []byte
}

// NewDecoder returns a decoder that reads from r under [DefaultLimits].
func NewDecoder(r io.Reader) *Decoder { return DefaultLimits().NewDecoder(r) }

// NewDecoder returns a decoder that reads from r under the limits l.
func (l Limits) NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: bufio.NewReaderSize(r, 64<<10), lim: l.resolved()}
}

// Line returns the number of the line last read, counting from 1.
func (d *Decoder) Line() int { return d.line }

// Next returns the next record, or io.EOF after the last one. Blank lines
// are skipped, and so is a byte order mark that starts the input. Every
// error is a *[vocab.DecodeError] that gives the line, the byte offset in
// it and the JSON path of the value at fault ("event.casualties[0]"); an
// unknown field, kind or code is a *[vocab.UnknownError] inside it, a
// limit a *[vocab.LimitError]. Next does not validate records; see
// [Checker].
//
// Worst case: time linear in the bytes read, memory of one line (at most
// MaxLineBytes).
func (d *Decoder) Next() (Record, error) {
	for {
		line, err := d.readLine()
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if d.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil {
				return nil, err
			}
			continue
		}
		d.records++
		if d.lim.MaxRecords > 0 && d.records > d.lim.MaxRecords {
			return nil, &vocab.DecodeError{Scope: "newsevent", Line: d.line, Offset: 0, Err: &vocab.LimitError{Limit: "MaxRecords", Max: int64(d.lim.MaxRecords)}}
		}
		return decodeLine(line, d.line, d.lim)
	}
}

// readLine returns the next line without its end, growing the buffer to
// the longest line up to MaxLineBytes; at the end of input it returns
// io.EOF (with the last line, if it has no newline). A line longer than
// MaxLineBytes is an error, and the rest of it is skipped.
func (d *Decoder) readLine() ([]byte, error) {
	d.buf = d.buf[:0]
	for {
		chunk, err := d.r.ReadSlice('\n')
		d.buf = append(d.buf, chunk...)
		if max := d.lim.MaxLineBytes; max > 0 && len(bytes.TrimRight(d.buf, "\r\n")) > max {
			// Skip the rest of the line without holding it, so that the
			// next call reads the next line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = d.r.ReadSlice('\n')
			}
			d.line++
			d.buf = d.buf[:0]
			return nil, &vocab.DecodeError{Scope: "newsevent", Line: d.line, Offset: int64(max), Err: &vocab.LimitError{Limit: "MaxLineBytes", Max: int64(max)}}
		}
		switch {
		case err == nil:
			d.line++
			return bytes.TrimRight(d.buf, "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(d.buf) > 0 {
				d.line++
				return d.buf, io.EOF
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
	{[]byte(`{"identity":`), "identity"},
}

// decodeLineScan decodes line number n: it scans the whole line under the
// limits, then decodes the record it holds. Lines as Encoder writes them
// are split without a parse; any other layout goes through jsonx.Members.
// It is what says what is wrong with a line that the fast path refuses,
// and decodeLine itself under the newsevent_jsonv1 tag.
func decodeLineScan(line []byte, n int, l Limits) (Record, error) {
	fail := func(p *jsonx.Problem) error {
		return &vocab.DecodeError{Scope: "newsevent", Line: n, Offset: p.Offset, Path: p.Path, Err: p.Err}
	}
	if err := jsonx.Scan(line, jsonx.Limits{MaxDepth: l.MaxDepth, MaxKeys: l.MaxKeys, MaxStringBytes: l.MaxStringBytes}); err != nil {
		return nil, fail(err.(*jsonx.Problem))
	}
	field, body := "", jsonx.Span{}
	start := 0
	for start < len(line) && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	end := len(bytes.TrimRight(line, " \t\r"))
	for _, p := range linePrefixes {
		if bytes.HasPrefix(line[start:], p.prefix) && end > start && line[end-1] == '}' {
			// The record must be the line's one member: it ends where
			// the line's object does.
			b := jsonx.Span{Start: start + len(p.prefix), End: end - 1}
			if jsonx.End(line, b.Start) == b.End {
				field, body = p.field, b
			}
			break
		}
	}
	if field == "" {
		members, err := jsonx.Members(line)
		if err != nil {
			return nil, fail(err.(*jsonx.Problem))
		}
		if len(members) != 1 {
			return nil, fail(&jsonx.Problem{Offset: 0, Err: fmt.Errorf("json: a line holds exactly one of the fields actor, territory, source, status, event, identity; found %d", len(members))})
		}
		m := members[0]
		if !slices.ContainsFunc(linePrefixes[:], func(p struct {
			prefix []byte
			field  string
		}) bool {
			return p.field == m.Key
		}) {
			return nil, fail(&jsonx.Problem{Offset: int64(m.KeyStart), Err: &vocab.UnknownError{Scope: "json", Set: "field", Value: m.Key}})
		}
		field, body = m.Key, m.Value
	}
	for body.Start < body.End && (line[body.Start] == ' ' || line[body.Start] == '\t') {
		body.Start++
	}
	rec, err := decodeRecord(field, line[body.Start:body.End])
	if err != nil {
		return nil, relocate("newsevent", n, int64(body.Start), field, err)
	}
	return rec, nil
}

// decodeRecord decodes the record held by field; null is not a record.
func decodeRecord(field string, data []byte) (Record, error) {
	if jsonx.IsNull(data) {
		return nil, errors.New("json: a record is null")
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
	case "identity":
		var i Identity
		err := i.UnmarshalJSON(data)
		return IdentityRecord{i}, err
	}
	e, err := event.Unmarshal(data)
	return EventRecord{e}, err
}

// ReadJSONL reads a whole story from JSON Lines under [DefaultLimits]; see
// [Limits.ReadJSONL].
func ReadJSONL(r io.Reader) (*Story, error) { return DefaultLimits().ReadJSONL(r) }

// ReadJSONL reads a whole story from JSON Lines under the limits l.
// Records with a duplicate or zero ID are kept for [Story.Validate] to
// report; an error is a *[vocab.DecodeError] that gives the line, as
// [Decoder.Next] says. To check a stream too large to hold, use a
// [Decoder] and a [Checker] instead.
//
// Worst case: time linear in the bytes read; memory of the story and one
// line.
func (l Limits) ReadJSONL(r io.Reader) (*Story, error) {
	var s Story
	dec := l.NewDecoder(r)
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

// ReadJSON reads a whole story from its JSON form, as [Limits.DecodeJSON]
// does, under the limits l; a byte order mark that starts the input is
// skipped. It reads at most MaxDocumentBytes (and one more, to tell that
// the document is too large).
func (l Limits) ReadJSON(r io.Reader) (*Story, error) {
	if max := l.resolved().MaxDocumentBytes; max > 0 {
		r = io.LimitReader(r, max+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("newsevent: %w", err)
	}
	var s Story
	if err := l.DecodeJSON(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// ReadJSON reads a whole story from its JSON form under [DefaultLimits];
// see [Limits.ReadJSON].
func ReadJSON(r io.Reader) (*Story, error) { return DefaultLimits().ReadJSON(r) }

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
	case IdentityRecord:
		s.identities = append(s.identities, r.Identity)
	}
}
