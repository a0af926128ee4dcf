package newsevent_test

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/vocab"
)

// Benchmarks of hostile inputs: each measures how long the decoder takes
// to refuse (or, with the limit off, to get through) an input built to
// cost it the most. Run them with
//
//	go test -run '^$' -bench 'Hostile|PerByte' -benchmem .

// hostileLine returns one JSON Lines line of about size bytes.
func hostileLine(kind string, size int) []byte {
	var b strings.Builder
	switch kind {
	case "keys": // one actor with ~95,000 distinct keys in 1 MiB
		b.WriteString(`{"actor":{`)
		for i := 0; b.Len() < size; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"k` + strconv.Itoa(i) + `":1`)
		}
		b.WriteString("}}")
	case "depth": // lists nested as deep as the line allows
		n := size / 2
		b.WriteString(`{"actor":{"names":`)
		b.WriteString(strings.Repeat("[", n))
		b.WriteString(strings.Repeat("]", n))
		b.WriteString("}}")
	case "string": // one description of the whole size
		b.WriteString(`{"actor":{"id":"` + aPutin.String() + `","kind":"person","name":"X","description":"`)
		b.WriteString(strings.Repeat("a", size+1))
		b.WriteString(`"}}`)
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

func BenchmarkHostileLine(b *testing.B) {
	for _, kind := range []string{"keys", "depth", "string"} {
		line := hostileLine(kind, 1<<20)
		for _, lim := range []struct {
			name string
			l    newsevent.Limits
		}{
			{"default-limits", newsevent.Limits{}},
			{"limits-off", newsevent.Limits{MaxKeys: -1, MaxDepth: -1, MaxStringBytes: -1}},
		} {
			b.Run(kind+"/"+lim.name, func(b *testing.B) {
				b.SetBytes(int64(len(line)))
				for b.Loop() {
					_, err := lim.l.NewDecoder(bytes.NewReader(line)).Next()
					if lim.name == "default-limits" && (err == nil || err == io.EOF) {
						b.Fatal("the hostile line decoded")
					}
				}
			})
		}
	}
}

// TestHostileLinesAreRefused checks what the benchmark measures: each
// hostile line is refused by the limit it exceeds, with the line and path.
func TestHostileLinesAreRefused(t *testing.T) {
	for kind, limit := range map[string]string{"keys": "MaxKeys", "depth": "MaxDepth", "string": "MaxStringBytes"} {
		_, err := newsevent.NewDecoder(bytes.NewReader(hostileLine(kind, 2<<20))).Next()
		var le *vocab.LimitError
		if !assertLimit(t, err, &le) {
			continue
		}
		if le.Limit != limit {
			t.Errorf("%s: limit %s, want %s", kind, le.Limit, limit)
		}
	}
}

func assertLimit(t *testing.T, err error, le **vocab.LimitError) bool {
	t.Helper()
	var d *vocab.DecodeError
	if !errorsAs(err, &d) || d.Line != 1 || !errorsAs(err, le) {
		t.Errorf("want a limit error on line 1, got %v", err)
		return false
	}
	return true
}

// BenchmarkDecodePerByte reports the memory that decoding allocates per
// byte of input, for stories of minimal events and of full ones.
func BenchmarkDecodePerByte(b *testing.B) {
	for _, name := range []string{"minimal", "generated"} {
		var data []byte
		switch name {
		case "minimal":
			var buf bytes.Buffer
			enc := newsevent.NewEncoder(&buf)
			for i := range 1000 {
				e := other(eventID(i), "e", day(4, 24))
				if err := enc.Encode(newsevent.EventRecord{Event: e}); err != nil {
					b.Fatal(err)
				}
			}
			data = buf.Bytes()
		case "generated":
			data = benchStory(b, 1_000, 0).jsonl
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var total uint64
			for b.Loop() {
				before := allocated()
				if _, err := newsevent.ReadJSONL(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
				total += allocated() - before
			}
			b.ReportMetric(float64(total)/float64(b.N)/float64(len(data)), "alloc-bytes/input-byte")
		})
	}
}

func eventID(i int) event.ID { return event.IDFor("bench/minimal/" + strconv.Itoa(i)) }

func errorsAs[T any](err error, target *T) bool { return errors.As(err, target) }

func allocated() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc
}
