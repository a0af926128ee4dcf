// Command streamrss measures the peak resident memory of a streaming
// check: it writes a generated story of many events as JSON Lines to a
// temporary file, then, in a fresh process of its own, reads the file
// through a newsevent.Decoder into a newsevent.Checker, calls Err, and
// reports the process's peak resident set (VmHWM in /proc/self/status,
// Linux only) with the time taken and the distinct IDs checked, and the
// runtime's counters at the end (heap in use, heap idle and how much of
// it was returned to the system), which tell live state from the
// collector's headroom.
//
// From the module root:
//
//	go run ./internal/cmd/streamrss -events 1000000
//
// The story is made of stories of at most -chunk events from
// internal/synth, one seed each (their IDs are distinct), written one
// after the other, so that writing a million events does not hold a
// million events in memory; each is valid, and so is the whole. -file
// checks an existing JSON Lines file instead, -keep keeps the generated
// one. The peak is also printed at the end of the stream, before Err,
// which builds the graphs of the chains for its cycle search, with the
// time Err takes and the bytes it allocates; -every N prints the peak
// every N records as well.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/internal/synth"
)

func main() {
	events := flag.Int("events", 1_000_000, "events to generate")
	chunk := flag.Int("chunk", 100_000, "events per generated story")
	file := flag.String("file", "", "check this JSON Lines file instead of generating one")
	keep := flag.Bool("keep", false, "keep the generated file")
	check := flag.Bool("check", false, "only check -file, in this process (the second phase)")
	every := flag.Int("every", 0, "print the peak RSS and the heap every this many records (0: never)")
	memprofile := flag.String("memprofile", "", "write a heap profile of what is live at the end of the stream, before Err, to this file (after a collection, which changes the peak after it)")
	flag.Parse()
	if err := run(*events, *chunk, *file, *keep, *check, *every, *memprofile); err != nil {
		fmt.Fprintln(os.Stderr, "streamrss:", err)
		os.Exit(1)
	}
}

func run(events, chunk int, file string, keep, check bool, every int, memprofile string) error {
	if check {
		return checkFile(file, every, memprofile)
	}
	if file == "" {
		dir, err := os.MkdirTemp("", "streamrss")
		if err != nil {
			return err
		}
		if !keep {
			defer os.RemoveAll(dir)
		}
		file = filepath.Join(dir, "story.jsonl")
		start := time.Now()
		ids, err := write(file, events, chunk)
		if err != nil {
			return err
		}
		info, err := os.Stat(file)
		if err != nil {
			return err
		}
		fmt.Printf("wrote %d events, %d distinct IDs, %.1f MB to %s in %s\n", events, ids, float64(info.Size())/1e6, file, time.Since(start).Round(time.Second))
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, "-check", "-file", file, "-every", strconv.Itoa(every), "-memprofile", memprofile)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// write writes a story of events events to file and returns how many
// distinct IDs it has.
func write(file string, events, chunk int) (int, error) {
	f, err := os.Create(file)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	ids := 0
	for seed := uint64(1); events > 0; seed++ {
		n := min(events, chunk)
		events -= n
		s := synth.New(synth.Options{Events: n, Seed: seed})
		if err := s.WriteJSONL(w); err != nil {
			f.Close()
			return 0, err
		}
		c := s.Counts()
		ids += c.Actors + c.Territories + c.Sources + c.Statuses + c.Events + c.Identities
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return ids, f.Close()
}

// checkFile streams file through a Decoder and a Checker and reports the
// peak resident memory of this process: at the end of the stream, before
// Err, and after Err; every > 0 also reports it every that many records.
func checkFile(file string, every int, memprofile string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	dec := newsevent.NewDecoder(f)
	var c newsevent.Checker
	records := 0
	for {
		rec, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		c.Record(rec)
		records++
		if every > 0 && records%every == 0 {
			if err := progress(fmt.Sprint(records, " records")); err != nil {
				return err
			}
		}
	}
	if err := progress("before Err"); err != nil {
		return err
	}
	if memprofile != "" {
		if err := writeHeapProfile(memprofile); err != nil {
			return err
		}
	}
	problems := "none"
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	errStart := time.Now()
	if err := c.Err(); err != nil {
		problems = err.Error()
	}
	errTook := time.Since(errStart)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Printf("Err: %s, %.1f MB allocated\n", errTook.Round(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	hwm, err := peakRSS()
	if err != nil {
		return err
	}
	fmt.Printf("checked %d records in %s: problems: %s\npeak RSS (VmHWM) %.1f MB\n", records, time.Since(start).Round(time.Second), problems, float64(hwm)/1e6)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mb := func(n uint64) float64 { return float64(n) / 1e6 }
	fmt.Printf("at the end: heap in use %.1f MB, heap idle %.1f MB (%.1f MB of it returned to the OS), GC metadata %.1f MB, other runtime %.1f MB, %d collections\n",
		mb(m.HeapInuse), mb(m.HeapIdle), mb(m.HeapReleased), mb(m.GCSys), mb(m.OtherSys+m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.StackSys), m.NumGC)
	return nil
}

// writeHeapProfile collects and writes the live heap's profile to file.
func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// progress prints the peak RSS so far and the heap's counters, at the
// point of the check named at.
func progress(at string) error {
	hwm, err := peakRSS()
	if err != nil {
		return err
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mb := func(n uint64) float64 { return float64(n) / 1e6 }
	fmt.Printf("%s: peak RSS %.1f MB, heap in use %.1f MB, idle %.1f MB (%.1f MB returned), collector's goal %.1f MB\n",
		at, float64(hwm)/1e6, mb(m.HeapInuse), mb(m.HeapIdle), mb(m.HeapReleased), mb(m.NextGC))
	return nil
}

// peakRSS returns VmHWM, in bytes.
func peakRSS() (int64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024, err
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}
