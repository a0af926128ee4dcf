package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/vocab"
)

// input is one input of a command: an opened file or standard input,
// buffered so that its format can be told from its first bytes.
type input struct {
	// name names the input in messages: its path, or "stdin".
	name string
	r    *bufio.Reader
	// format is the format of the input, resolved from -from, its first
	// key and its extension: a name of the table inputs.
	format *inputFormat
	close  func() error
	// count counts the bytes read, for progress; nil when off.
	count *countingReader
}

// open opens the input named by path ("-" or "" for standard input) for
// the command cmd, in the format from ("auto" to tell it). It returns
// a status other than exitOK on a usage or I/O error, which it has
// reported.
func (e *env) open(cmd, path, from string) (*input, int) {
	in := &input{name: path, close: func() error { return nil }}
	var r io.Reader
	if path == "" || path == "-" {
		if path == "" && e.terminal(e.stdin) {
			return nil, e.usageError(cmd, "no input: give a FILE, or pipe the data to standard input")
		}
		in.name, r = "stdin", e.stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, e.ioError(cmd, err)
		}
		in.close, r = f.Close, f
	}
	if e.terminal(e.stderr) {
		in.count = &countingReader{r: r}
		r = in.count
	}
	in.r = bufio.NewReaderSize(r, 64<<10)
	if from == "auto" {
		from = sniff(in.r, path)
	}
	in.format = findInput(from)
	if in.format == nil {
		in.close()
		return nil, e.usageError(cmd, "unknown input format %q (want auto or one of %s)", from, strings.Join(inputNames(), ", "))
	}
	return in, exitOK
}

// countingReader counts the bytes read through it, and calls report
// each time the count passes another multiple of every.
type countingReader struct {
	r      io.Reader
	n      int64
	every  int64
	next   int64
	report func(n int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.report != nil && c.every > 0 && c.n >= c.next {
		c.report(c.n)
		c.next = (c.n/c.every + 1) * c.every
	}
	return n, err
}

// Keys that start a story object, and keys that start a line of JSON
// Lines.
var (
	storyKeys = []string{"actors", "territories", "sources", "statuses", "events", "identities"}
	lineKeys  = []string{"actor", "territory", "source", "status", "event", "identity"}
)

// sniff tells json from jsonl by the first key of the input, else by the
// extension of path; json when neither tells. An input of nothing but
// white space is JSON Lines without records.
func sniff(r *bufio.Reader, path string) string {
	head, _ := r.Peek(4 << 10)
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return "jsonl" // no records: an empty stream, not a broken object
	}
	if rest, ok := bytes.CutPrefix(head, []byte("{")); ok {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) > 0 && rest[0] == '}' {
			return "json" // the empty story
		}
		if rest, ok := bytes.CutPrefix(rest, []byte(`"`)); ok {
			if end := bytes.IndexByte(rest, '"'); end >= 0 {
				key := string(rest[:end])
				for _, k := range storyKeys {
					if key == k {
						return "json"
					}
				}
				for _, k := range lineKeys {
					if key == k {
						return "jsonl"
					}
				}
			}
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return "json"
}

// readStory reads a whole story from the input in its format. A problem
// of the input is reported through rep and gives exitInvalid; an I/O
// error is reported on standard error and gives exitUsage.
func (e *env) readStory(cmd string, in *input, rep *reporter) (*newsevent.Story, int) {
	if in.format.name == "json" {
		doc, status := e.readDocument(cmd, in, rep)
		if status != exitOK {
			return nil, status
		}
		return doc.story, exitOK
	}
	if p := e.progress(cmd); p != nil && in.count != nil {
		in.count.every, in.count.next, in.count.report = e.progressBytes, e.progressBytes, p.bytes
		defer p.done()
	}
	s, err := in.format.read(in.r)
	if err != nil {
		return nil, e.inputError(cmd, in, err, nil, 0, rep)
	}
	return s, exitOK
}

// document is a story object read whole, with its bytes, to find the
// lines of its problems.
type document struct {
	story *newsevent.Story
	// data is the document as read; bom is the length of the byte order
	// mark that starts it (0 or 3), which the decoder did not see.
	data []byte
	bom  int
}

// readDocument reads a story object whole, up to the largest document the
// library reads (and one byte more, for it to say that the document is too
// large), and decodes it; a byte order mark that starts it is skipped, as
// newsevent.ReadJSON does.
func (e *env) readDocument(cmd string, in *input, rep *reporter) (*document, int) {
	if p := e.progress(cmd); p != nil && in.count != nil {
		in.count.every, in.count.next, in.count.report = e.progressBytes, e.progressBytes, p.bytes
		defer p.done()
	}
	limits := newsevent.DefaultLimits()
	data, err := io.ReadAll(io.LimitReader(in.r, limits.MaxDocumentBytes+1+3))
	if err != nil {
		return nil, e.ioError(cmd, fmt.Errorf("%s: %w", in.name, err))
	}
	doc := &document{data: data, story: &newsevent.Story{}}
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		doc.bom = 3
	}
	if err := limits.DecodeJSON(data[doc.bom:], doc.story); err != nil {
		return nil, e.inputError(cmd, in, err, data, doc.bom, rep)
	}
	return doc, exitOK
}

// lines returns a function that gives the line of the value at each of
// the JSON paths of the story, or of the nearest value that holds it (see
// locate); 0 for another path.
func (d *document) lines(paths []string) func(path string) int {
	offsets := locate(d.data[d.bom:], paths)
	return func(path string) int {
		off, ok := offsets[path]
		if !ok {
			return 0
		}
		line, _ := position(d.data, off+int64(d.bom))
		return line
	}
}

// inputError reports an error of reading an input. An error of the file
// itself (an *os.PathError) is an I/O error, on standard error. Anything
// else is a problem of the input, reported through rep: one the format
// locates (inputFormat.where), a *vocab.DecodeError with its line, column
// and path (data, when not nil, is the JSON document, to turn the
// decoder's offset into a line and column, after a byte order mark of bom
// bytes), the problems of a *vocab.ValidationError, or an error that says
// nothing of where.
func (e *env) inputError(cmd string, in *input, err error, data []byte, bom int, rep *reporter) int {
	if in.format.where != nil {
		if p, ok := in.format.where(err); ok {
			rep.problem(in.name, p.line, p.col, p.field, p.rule, p.message)
			return exitInvalid
		}
	}
	var de *vocab.DecodeError
	if !errors.As(err, &de) {
		var verr *vocab.ValidationError
		if errors.As(err, &verr) {
			for _, p := range verr.Problems {
				rep.problem(in.name, 0, 0, p.Path, string(p.Rule), p.Message)
			}
			return exitInvalid
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			return e.ioError(cmd, fmt.Errorf("%s: %w", in.name, err))
		}
		rep.problem(in.name, 0, 0, "", "decode", err.Error())
		return exitInvalid
	}
	line, col := de.Line, 0
	if de.Offset >= 0 {
		col = int(de.Offset) + 1
	}
	if data != nil && de.Line == 0 && de.Offset >= 0 {
		line, col = position(data, de.Offset+int64(bom))
	}
	msg := de.Error()
	if de.Err != nil {
		msg = de.Err.Error() // the line and path are given apart
	}
	rep.problem(in.name, line, col, de.Path, decodeRule(de), msg)
	return exitInvalid
}

// decodeRule names the kind of a decode error as validate prints it.
func decodeRule(de *vocab.DecodeError) string {
	switch {
	case errors.Is(de, vocab.ErrUnknown):
		return "unknown"
	case errors.Is(de, vocab.ErrLimit):
		return "limit"
	}
	return "decode"
}

// position returns the line and column (in bytes, from 1) of a byte
// offset in data.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
