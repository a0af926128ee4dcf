package parquet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/event"
	"github.com/newsevent/newsevent/format/parquet"
	"github.com/newsevent/newsevent/internal/synth"
)

// BenchmarkWrite writes every table of generated stories of 1,000 and
// 100,000 events, with the default row groups and with row groups of
// 8,192 rows. Besides time and allocations per write, it reports the size
// of the files (MB-files) and the most live heap the write held above
// the story itself (MB-peak-live: the live heap of each collection during
// the write, sampled every millisecond, less the live heap with the story
// loaded and its query index built), which grows with the row groups a
// writer buffers, not with the story.
//
//	go test -run '^$' -bench Write -benchtime 2x ./format/parquet
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		s := synth.Story(n, 1)
		for rec := range s.Records() { // build the story's index, which it keeps
			if e, ok := rec.(newsevent.EventRecord); ok {
				s.TimeOf(event.HeaderOf(e.Event).ID)
				break
			}
		}
		for _, rows := range []int{0, 8192} {
			b.Run(fmt.Sprintf("events=%d/rows=%d", n, rows), func(b *testing.B) {
				dir := b.TempDir()
				runtime.GC()
				base := liveHeap()
				var peak uint64
				b.ReportAllocs()
				for b.Loop() {
					stop := sampleHeap(&peak)
					err := parquet.Write(dir, s, parquet.Options{RowGroupRows: rows})
					stop()
					if err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "MB-peak-live")
				b.ReportMetric(float64(dirSize(b, dir))/(1<<20), "MB-files")
			})
		}
		runtime.KeepAlive(s)
	}
}

// liveHeap returns the live heap as of the last collection.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// sampleHeap records the largest heap seen into peak until stop is
// called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			*peak = max(*peak, liveHeap())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// dirSize returns the bytes of the files in dir.
func dirSize(b *testing.B, dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		info, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		n += info.Size()
	}
	return n
}
