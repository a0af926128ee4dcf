//go:build !newsevent_jsonv1

package newsevent

import (
	"bytes"
	"errors"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
)

// decodeLine decodes line number n under the limits l. A line as Encoder
// writes it is decoded in one pass by the record's generated decoder
// (jsonx.FastFrom, decode_gen.go);
// any other line, and any line the fast path refuses, goes through
// decodeLineScan, which says what is wrong with the same error on both
// builds.
func decodeLine(line []byte, n int, l Limits) (Record, error) {
	if rec, ok := decodeLineFast(line, l); ok {
		return rec, nil
	}
	return decodeLineScan(line, n, l)
}

// decodeLineFast decodes a line as Encoder writes it, the record one
// level deep in the line's object, and reports whether it could.
func decodeLineFast(line []byte, l Limits) (Record, bool) {
	start := 0
	for start < len(line) && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	end := len(bytes.TrimRight(line, " \t\r"))
	lim := jsonx.Limits{MaxDepth: l.MaxDepth, MaxKeys: l.MaxKeys, MaxStringBytes: l.MaxStringBytes}
	for _, p := range linePrefixes {
		if !bytes.HasPrefix(line[start:], p.prefix) {
			continue
		}
		if end <= start+len(p.prefix) || line[end-1] != '}' {
			return nil, false
		}
		body := line[start+len(p.prefix) : end-1]
		if jsonx.IsNull(body) {
			return nil, false
		}
		var (
			rec Record
			err error
		)
		switch p.field {
		case "event":
			var e event.Event
			e, err = decodeEventFast(body, lim)
			rec = EventRecord{e}
		case "actor":
			var a actor.Actor
			err = jsonx.FastFrom(body, &a, lim, 1)
			rec = ActorRecord{a}
		case "territory":
			var t territory.Territory
			err = jsonx.FastFrom(body, &t, lim, 1)
			rec = TerritoryRecord{t}
		case "source":
			var s source.Source
			err = jsonx.FastFrom(body, &s, lim, 1)
			rec = SourceRecord{s}
		case "status":
			var s territory.Status
			err = jsonx.FastFrom(body, &s, lim, 1)
			rec = StatusRecord{s}
		case "identity":
			var i Identity
			err = jsonx.FastFrom(body, &i, lim, 1)
			rec = IdentityRecord{i}
		}
		return rec, err == nil
	}
	return nil, false
}

// kindPrefix is how an event as the encoder writes it starts.
var kindPrefix = []byte(`{"kind":"`)

// decodeEventFast decodes an event whose kind comes first, as the encoder
// writes it; any other layout is left to the slow path.
func decodeEventFast(data []byte, lim jsonx.Limits) (event.Event, error) {
	d := bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(d, kindPrefix) {
		return nil, errNotFast
	}
	rest := d[len(kindPrefix):]
	i := bytes.IndexByte(rest, '"')
	if i <= 0 || bytes.IndexByte(rest[:i], '\\') >= 0 {
		return nil, errNotFast
	}
	e, err := event.Zero(event.Kind(rest[:i]))
	if err != nil {
		return nil, err
	}
	from, ok := e.(jsonx.FromDecoder)
	if !ok {
		return nil, errNotFast
	}
	if err := jsonx.FastFrom(data, from, lim, 1); err != nil {
		return nil, err
	}
	return e, nil
}

// errNotFast says that a line is not for the fast path.
var errNotFast = errors.New("newsevent: not a line for the fast path")

// UnmarshalJSONFrom decodes an identity claim as [Identity.UnmarshalJSON]
// does, in the one pass of encoding/json/v2 that reads the enclosing
// value.
func (i *Identity) UnmarshalJSONFrom(dec *jsonx.Decoder) error {
	return jsonx.From(dec, i.UnmarshalJSON, func() error {
		*i = Identity{}
		return decodeIdentity(dec, i)
	})
}
