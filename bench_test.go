package newsevent_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/internal/plain"
	"github.com/newsevent/newsevent/internal/synth"
)

// Benchmarks of the story at scale, on stories made by internal/gen:
//
//	go test -bench . -run '^$' -benchmem .
//
// Each benchmark has sub-benchmarks of 1k, 10k and 100k events; a story is
// generated and encoded once per size, outside the timer. Besides ns/op,
// they report per-event figures (ns/event, B/event, allocs/event,
// events/s) so that sizes compare, and the Ratio benchmarks time two
// operations on the same data in alternation and report their ratio,
// which holds up on a noisy machine better than two separate runs.

// benchSizes are the story sizes, in events.
var benchSizes = []int{1_000, 10_000, 100_000}

// benchData is a generated story as JSON Lines, kept for the whole run.
// Only the bytes are kept: a live story of 100k events would make every
// garbage collection during the other benchmarks mark it, and charge them
// for it. Benchmarks that need a Story decode one (benchData.decode) and
// drop it when done.
type benchData struct {
	jsonl  []byte
	events int
	ids    int // distinct IDs: one per record
}

type benchEntry struct {
	once sync.Once
	data *benchData
}

var benchCache sync.Map // benchKey -> *benchEntry

type benchKey struct{ events, padding int }

// benchStory returns the story of n events (with padding bytes of text per
// event), generating it on first use.
func benchStory(b *testing.B, n, padding int) *benchData {
	b.Helper()
	v, _ := benchCache.LoadOrStore(benchKey{n, padding}, new(benchEntry))
	e := v.(*benchEntry)
	e.once.Do(func() {
		s := synth.New(synth.Options{Events: n, Seed: 1, Padding: padding})
		var buf bytes.Buffer
		if err := s.WriteJSONL(&buf); err != nil {
			panic(err)
		}
		c := s.Counts()
		e.data = &benchData{jsonl: buf.Bytes(), events: n, ids: c.Actors + c.Territories + c.Sources + c.Statuses + c.Events}
	})
	return e.data
}

// decode returns a fresh Story of the data.
func (d *benchData) decode(b *testing.B) *newsevent.Story {
	b.Helper()
	s, err := newsevent.ReadJSONL(bytes.NewReader(d.jsonl))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// benchEach runs fn as a sub-benchmark per size, after a garbage
// collection so that no benchmark pays for the setup's garbage.
func benchEach(b *testing.B, fn func(b *testing.B, d *benchData)) {
	for _, n := range benchSizes {
		b.Run("events="+strconv.Itoa(n), func(b *testing.B) {
			d := benchStory(b, n, 0)
			runtime.GC()
			fn(b, d)
		})
	}
}

// perEvent runs loop (which calls b.Loop) and reports its cost per event:
// time, bytes and allocations.
func perEvent(b *testing.B, events int, loop func()) {
	b.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	loop()
	runtime.ReadMemStats(&after)
	total := float64(b.N) * float64(events)
	if total == 0 {
		return
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/total, "ns/event")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/total, "B/event")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/total, "allocs/event")
}

// ingest decodes JSON Lines and checks every record as it arrives, never
// holding the story: the streaming path for data too large to keep.
func ingest(data []byte) (records int, err error) {
	dec := newsevent.NewDecoder(bytes.NewReader(data))
	var c newsevent.Checker
	for {
		rec, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return records, c.Err()
		}
		if err != nil {
			return records, err
		}
		c.Record(rec)
		records++
	}
}

// decodeRecords decodes every record of JSON Lines and drops it: the
// polymorphic decoding alone, without building a story.
func decodeRecords(data []byte) (int, error) {
	dec := newsevent.NewDecoder(bytes.NewReader(data))
	n := 0
	for {
		_, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// BenchmarkValidate is Story.Validate: every record's own rules and the
// integrity of the whole.
func BenchmarkValidate(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		s := d.decode(b)
		perEvent(b, d.events, func() {
			for b.Loop() {
				if err := s.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkEncodeJSONL is Story.WriteJSONL to io.Discard.
func BenchmarkEncodeJSONL(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		s := d.decode(b)
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if err := s.WriteJSONL(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkDecodeJSONL is ReadJSONL: decoding every record into a Story.
func BenchmarkDecodeJSONL(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if _, err := newsevent.ReadJSONL(bytes.NewReader(d.jsonl)); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkDecodeRecords is a Decoder reading every record and dropping
// it: the polymorphic decoding that BenchmarkDecodePlain compares with.
func BenchmarkDecodeRecords(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if _, err := decodeRecords(d.jsonl); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkIngest decodes JSON Lines and validates them in full
// (each record's rules and the story's integrity) as a stream, with a
// Decoder and a Checker, never holding the story.
func BenchmarkIngest(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if _, err := ingest(d.jsonl); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.ReportMetric(float64(b.N)*float64(d.events)/b.Elapsed().Seconds(), "events/s")
		b.ReportMetric(float64(b.N)*float64(d.ids)/b.Elapsed().Seconds(), "records/s")
	})
}

// BenchmarkIndex is the first query after loading: Timeline on a story
// whose index is not built yet, which builds the query index (time order,
// events by actor and by place, sub-territories, the folded name index).
// The story is decoded once outside the timer; each iteration adds one
// actor, which drops the index as a new record does, and queries again.
func BenchmarkIndex(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		s := d.decode(b)
		i := 0
		perEvent(b, d.events, func() {
			for b.Loop() {
				i++
				if err := s.AddActor(actor.Actor{ID: actor.IDFor("bench index " + strconv.Itoa(i)), Kind: actor.KindGroup, Name: "x"}); err != nil {
					b.Fatal(err)
				}
				if len(s.Timeline()) != d.events {
					b.Fatal("timeline lost events")
				}
			}
		})
	})
}

// BenchmarkDecodePlain is the baseline of polymorphic decoding: the same
// JSON Lines bytes decoded by encoding/json into plain structs (strings
// for IDs and enums, time.Time, float64; no methods), line by line, the
// event kind peeked to pick the struct as the library does.
func BenchmarkDecodePlain(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		if _, err := plainStrict(d.jsonl); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if _, err := plainDecode(d.jsonl); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// BenchmarkDecodePlainStrict is BenchmarkDecodePlain with unknown fields
// rejected by a json.Decoder per line, as the library rejects them: the
// part of the gap to the library that strictness alone explains.
func BenchmarkDecodePlainStrict(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		b.SetBytes(int64(len(d.jsonl)))
		perEvent(b, d.events, func() {
			for b.Loop() {
				if _, err := plainStrict(d.jsonl); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}

// benchRatio times a and b in alternation, each iteration one of each,
// and reports how many times slower a is than b, under the name unit.
func benchRatio(b *testing.B, unit string, fa, fb func() error) {
	var ta, tb time.Duration
	for b.Loop() {
		t0 := time.Now()
		if err := fa(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := fb(); err != nil {
			b.Fatal(err)
		}
		ta += t1.Sub(t0)
		tb += time.Since(t1)
	}
	b.ReportMetric(float64(ta)/float64(tb), unit)
}

// BenchmarkRatioPolymorphicPlain reports decodeRecords / plainDecode on
// the same bytes: the cost of decoding events into their concrete kinds
// behind an interface, with strict and typed fields, over encoding/json
// into plain structs. Target (issue 13): at most 1.3.
func BenchmarkRatioPolymorphicPlain(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		benchRatio(b, "poly/plain",
			func() error { _, err := decodeRecords(d.jsonl); return err },
			func() error { _, err := plainDecode(d.jsonl); return err })
	})
}

// BenchmarkRatioIngestPlain reports ingest / plainStrict on the same
// bytes: decoding and checking every record of a stream (its rules and the
// integrity of the whole) over decoding it into plain structs with a
// json.Decoder that refuses unknown fields. Target (issue 13): at most 1.5.
func BenchmarkRatioIngestPlain(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		benchRatio(b, "ingest/plain-strict",
			func() error { _, err := ingest(d.jsonl); return err },
			func() error { _, err := plainStrict(d.jsonl); return err })
	})
}

// BenchmarkRatioIngestPlainV2 is BenchmarkRatioIngestPlain against the
// same plain decode on the library's own engine, encoding/json/v2 with
// RejectUnknownMembers, instead of the toolchain's encoding/json: on Go
// 1.26 without GOEXPERIMENT=jsonv2 the library decodes with v2 (from
// github.com/go-json-experiment/json) while encoding/json is v1, so this
// ratio says what the library's work costs beyond its engine's.
func BenchmarkRatioIngestPlainV2(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		if _, err := plainStrictV2(d.jsonl); err != nil {
			b.Fatal(err)
		}
		benchRatio(b, "ingest/plain-strict-v2",
			func() error { _, err := ingest(d.jsonl); return err },
			func() error { _, err := plainStrictV2(d.jsonl); return err })
	})
}

// BenchmarkRatioPolymorphicPlainV2 is BenchmarkRatioPolymorphicPlain
// against plainStrictV2 (see BenchmarkRatioIngestPlainV2).
func BenchmarkRatioPolymorphicPlainV2(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		benchRatio(b, "poly/plain-strict-v2",
			func() error { _, err := decodeRecords(d.jsonl); return err },
			func() error { _, err := plainStrictV2(d.jsonl); return err })
	})
}

// BenchmarkRatioNullPlain reports decodeRecords of the stream with every
// member named text (the words of a reported time, of a figure, …)
// written as null, as tools that write null for what is absent (pandas,
// JavaScript) would, over decodeRecords of the stream as the encoder
// writes it. The fast path reads both: before it read null, every such
// line was decoded a second time by the slow path, about 5 times slower.
func BenchmarkRatioNullPlain(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		nulled := regexp.MustCompile(`"text":"(?:[^"\\]|\\.)*"`).ReplaceAll(d.jsonl, []byte(`"text":null`))
		if bytes.Equal(nulled, d.jsonl) {
			b.Fatal("no text to set to null")
		}
		benchRatio(b, "null/plain",
			func() error { _, err := decodeRecords(nulled); return err },
			func() error { _, err := decodeRecords(d.jsonl); return err })
	})
}

// BenchmarkRatioValidateDecode reports Story.Validate / ReadJSONL of the
// same story. Target (issue 13): at most 0.35.
func BenchmarkRatioValidateDecode(b *testing.B) {
	benchEach(b, func(b *testing.B, d *benchData) {
		s := d.decode(b)
		runtime.GC()
		benchRatio(b, "validate/decode",
			s.Validate,
			func() error { _, err := newsevent.ReadJSONL(bytes.NewReader(d.jsonl)); return err })
	})
}

// BenchmarkArticleStory builds the whole story of the worked example
// article in code, through the builders (each record's rules run in its
// Build, and examples.Article validates the whole story at its end). The
// second sub-benchmark adds one more Story.Validate, as a user who checks
// the sample would. Target (issue 13): at most 150 µs built and validated.
func BenchmarkArticleStory(b *testing.B) {
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := examples.Article(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("build+validate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s, err := examples.Article()
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkStreamMemory measures what a streaming validation keeps: it
// feeds every record of a story to a Checker through a Decoder and, at
// each quarter of the stream and at its end, collects the garbage and
// reads the heap still in use above the heap before the pass: the
// Checker's state and the Decoder's buffers. It reports the highest of
// those readings (peak-live-B, which is also the last: the state only
// grows) per distinct ID and per event, and the bytes allocated per event
// (garbage included). The padded story has the same records and IDs as
// the plain one of 10k events, with events about 4 KiB larger: what is
// kept must follow the IDs, not the bytes.
func BenchmarkStreamMemory(b *testing.B) {
	for _, c := range []struct{ events, padding int }{{10_000, 0}, {10_000, 4096}, {100_000, 0}} {
		b.Run(fmt.Sprintf("events=%d/padding=%d", c.events, c.padding), func(b *testing.B) {
			d := benchStory(b, c.events, c.padding)
			var peak, alloc uint64
			for b.Loop() {
				peak, alloc = streamMemory(b, d.jsonl, d.ids)
			}
			b.ReportMetric(float64(peak), "peak-live-B")
			b.ReportMetric(float64(peak)/float64(d.ids), "live-B/ID")
			b.ReportMetric(float64(peak)/float64(d.events), "live-B/event")
			b.ReportMetric(float64(alloc)/float64(d.events), "alloc-B/event")
			b.ReportMetric(float64(len(d.jsonl))/float64(d.events), "input-B/event")
		})
	}
}

// streamMemory runs one streaming validation of data, which holds records
// lines, and returns the peak heap it kept alive and the bytes it
// allocated.
func streamMemory(b *testing.B, data []byte, records int) (peak, alloc uint64) {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, allocBase := ms.HeapAlloc, ms.TotalAlloc
	live := func() {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc-min(ms.HeapAlloc, base))
	}
	dec := newsevent.NewDecoder(bytes.NewReader(data))
	c := new(newsevent.Checker)
	for n := 1; ; n++ {
		rec, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		c.Record(rec)
		if n%(records/4+1) == 0 {
			live()
		}
	}
	live()
	alloc = ms.TotalAlloc - allocBase
	if err := c.Err(); err != nil {
		b.Fatal(err)
	}
	runtime.KeepAlive(c)
	runtime.KeepAlive(dec)
	return peak, alloc
}

// ---- the plain baseline ----
//
// The plain structs of internal/plain mirror the JSON of each record type
// and event kind with plain Go types and no methods: what a user of
// encoding/json would write without the library. They are generated from
// the library's types (go generate), so the baseline cannot miss a field
// that the library decodes.

var (
	plainEventPrefix = []byte(`{"event":`)
	plainKindPrefix  = []byte(`{"kind":"`)
)

// plainLines calls fn with each line of data and, for an event, its body
// and kind.
func plainLines(data []byte, fn func(line, body []byte, kind string) error) (int, error) {
	n := 0
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data)
		}
		line := data[:i]
		data = data[min(i+1, len(data)):]
		var body []byte
		kind := ""
		if bytes.HasPrefix(line, plainEventPrefix) {
			body = line[len(plainEventPrefix) : len(line)-1]
			rest := body[len(plainKindPrefix):]
			kind = string(rest[:bytes.IndexByte(rest, '"')])
		}
		if err := fn(line, body, kind); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// plainDecode decodes every line of data into the plain structs with
// json.Unmarshal.
func plainDecode(data []byte) (int, error) {
	return plainLines(data, func(line, body []byte, kind string) error {
		if body == nil {
			var w plain.Line
			return json.Unmarshal(line, &w)
		}
		v, ok := plain.Event(kind)
		if !ok {
			return fmt.Errorf("plain: unknown kind %q", kind)
		}
		return json.Unmarshal(body, v)
	})
}

// plainStrict decodes every line of data into the plain structs as
// plainDecode does, but with a json.Decoder that rejects unknown fields,
// the way the library's decoding does; it also makes sure the plain
// structs mirror the JSON: a field they lacked would make the baseline
// decode less than the library does.
func plainStrict(data []byte) (int, error) {
	strict := func(b []byte, v any) error {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		return dec.Decode(v)
	}
	return plainLines(data, func(line, body []byte, kind string) error {
		if body == nil {
			var w plain.Line
			return strict(line, &w)
		}
		v, ok := plain.Event(kind)
		if !ok {
			return fmt.Errorf("plain: unknown kind %q", kind)
		}
		return strict(body, v)
	})
}

// plainStrictV2 is plainStrict on encoding/json/v2, the engine of the
// library's decoding on every toolchain, with unknown members refused.
func plainStrictV2(data []byte) (int, error) {
	strict := jsonv2.RejectUnknownMembers(true)
	return plainLines(data, func(line, body []byte, kind string) error {
		if body == nil {
			var w plain.Line
			return jsonv2.Unmarshal(line, &w, strict)
		}
		v, ok := plain.Event(kind)
		if !ok {
			return fmt.Errorf("plain: unknown kind %q", kind)
		}
		return jsonv2.Unmarshal(body, v, strict)
	})
}
