package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/format/dot"
)

func runConvert(e *env, args []string) int {
	fs := e.flags("convert", listFormats)
	from := fs.String("from", "auto", "the input format: auto, "+strings.Join(inputNames(), ", "))
	to := fs.String("to", "", "the output format: "+strings.Join(outputNames(), ", "))
	out := fs.String("out", "", "write to this file (a directory for a format that writes one) instead of standard output")
	compact := fs.Bool("compact", false, "write json on one line")
	files, status, ok := e.parse(fs, args)
	if !ok {
		return status
	}
	if len(files) > 1 {
		return e.usageError("convert", "one input at a time (got %d)", len(files))
	}
	if *to == "" {
		return e.usageError("convert", "give the output format: -to %s", strings.Join(outputNames(), "|"))
	}
	f := findOutput(*to)
	if f == nil {
		return e.usageError("convert", "unknown output format %q (want one of %s)", *to, strings.Join(outputNames(), ", "))
	}
	return e.convert("convert", first(files), *from, f, *out, outputOptions{compact: *compact})
}

func runDot(e *env, args []string) int {
	fs := e.flags("dot", nil)
	from := fs.String("from", "auto", "the input format: auto, "+strings.Join(inputNames(), ", "))
	out := fs.String("out", "", "write to this file instead of standard output")
	actors := fs.Bool("actors", false, "draw the actors, with an edge to each of their events labelled with their roles")
	sources := fs.Bool("sources", false, "draw the sources, with an edge from each event labelled with the verbs, and their relay chains")
	byTime := fs.Bool("time", false, "lay the events out on a time axis, a column per day (or month or year), undated events last")
	all := fs.Bool("all", false, "all of -actors, -sources and -time")
	wrap := fs.Int("wrap", 30, "break label lines longer than this many characters (0: never)")
	files, status, ok := e.parse(fs, args)
	if !ok {
		return status
	}
	if len(files) > 1 {
		return e.usageError("dot", "one input at a time (got %d)", len(files))
	}
	if *wrap < 0 {
		return e.usageError("dot", "-wrap must be 0 or more (got %d)", *wrap)
	}
	o := dot.Options{Actors: *actors || *all, Sources: *sources || *all, RankByTime: *byTime || *all, Wrap: *wrap}
	return e.convert("dot", first(files), *from, findOutput("dot"), *out, outputOptions{dot: o})
}

// first returns the first of the file arguments, or "" for none.
func first(files []string) string {
	if len(files) == 0 {
		return ""
	}
	return files[0]
}

// listFormats writes the input and output formats, for convert's help.
func listFormats(w io.Writer) {
	fmt.Fprintf(w, "Input formats (-from):\n")
	for _, f := range inputs {
		fmt.Fprintf(w, "  %-9s %s\n", f.name, f.summary)
	}
	fmt.Fprintf(w, "\nOutput formats (-to):\n")
	for _, f := range outputs {
		fmt.Fprintf(w, "  %-9s %s\n", f.name, f.summary)
	}
}

// convert reads the input at path in the format from and writes it in the
// format f to out (a file, a directory, or standard output when "").
// Problems of the input go to standard error: standard output may be the
// output.
func (e *env) convert(cmd, path, from string, f *outputFormat, out string, o outputOptions) int {
	if f.writeDir != nil && out == "" {
		return e.usageError(cmd, "-to %s writes a directory: give -out DIR", f.name)
	}
	in, status := e.open(cmd, path, from)
	if status != exitOK {
		return status
	}
	defer in.close()
	rep := &reporter{w: e.stderr}
	if in.format.stream && f.name == "jsonl" {
		return e.streamJSONL(cmd, in, out, rep)
	}
	s, status := e.readStory(cmd, in, rep)
	if status != exitOK {
		return status
	}
	if f.writeDir != nil {
		if err := f.writeDir(out, s); err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return e.ioError(cmd, err)
			}
			fmt.Fprintf(e.stderr, "newsevent %s: %s: %v\n", cmd, f.name, err)
			return exitInvalid
		}
		return exitOK
	}
	return e.output(cmd, out, func(w io.Writer) error { return f.write(w, s, o) })
}

// streamJSONL copies JSON Lines a record at a time, decoding and encoding
// each, so that memory holds one line. It stops at the first line that
// cannot be read.
func (e *env) streamJSONL(cmd string, in *input, out string, rep *reporter) int {
	status := exitOK
	p := e.progress(cmd)
	defer p.done()
	werr := e.output(cmd, out, func(w io.Writer) error {
		dec := newsevent.NewDecoder(in.r)
		enc := newsevent.NewEncoder(w)
		for n := 1; ; n++ {
			r, err := dec.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				status = e.inputError(cmd, in, err, nil, 0, rep)
				return errStop
			}
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("line %d: %w", dec.Line(), err)
			}
			if n%e.progressEvery == 0 {
				p.records(n)
			}
		}
	})
	return max(status, werr)
}

// errStop stops an output whose input had a problem, already reported.
var errStop = errors.New("stopped")

// output runs write on standard output, or on a new file at path that
// takes the place of any file there only once write has succeeded (so
// that a failed convert leaves no half-written file). An error of the
// output itself is an I/O error (exitUsage); any other error of write is
// the format's refusal of the story (exitInvalid).
func (e *env) output(cmd, path string, write func(w io.Writer) error) int {
	var tmp *os.File
	var dst io.Writer = e.stdout
	if path != "" {
		var err error
		tmp, err = os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
		if err != nil {
			return e.ioError(cmd, err)
		}
		defer func() {
			if tmp != nil {
				tmp.Close()
				os.Remove(tmp.Name())
			}
		}()
		dst = tmp
	}
	ew := &errWriter{w: dst}
	bw := bufio.NewWriterSize(ew, 64<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	switch {
	case ew.err != nil:
		return e.ioError(cmd, ew.err)
	case errors.Is(err, errStop):
		bw.Flush()
		return exitInvalid
	case err != nil:
		fmt.Fprintf(e.stderr, "newsevent %s: %v\n", cmd, err)
		return exitInvalid
	}
	if tmp != nil {
		if err := tmp.Chmod(0o644); err != nil {
			return e.ioError(cmd, err)
		}
		if err := tmp.Close(); err != nil {
			return e.ioError(cmd, err)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			return e.ioError(cmd, err)
		}
		tmp = nil
	}
	return exitOK
}

// errWriter keeps the first error of a writer, to tell an I/O error from
// a format's own.
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err != nil {
		w.err = err
	}
	return n, err
}
