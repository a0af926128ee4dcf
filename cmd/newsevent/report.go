package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// reporter prints the problems of inputs, as text or as JSON Lines.
type reporter struct {
	w    io.Writer
	json bool
	// n counts the problems printed.
	n int
}

// problemJSON is a problem as -json prints it.
type problemJSON struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// problem prints one problem: where (a line and column of 0 are not
// known), its JSON path, its rule and its message.
func (r *reporter) problem(file string, line, col int, path, rule, message string) {
	r.n++
	if r.json {
		b, err := json.Marshal(problemJSON{File: file, Line: line, Column: col, Path: path, Rule: rule, Message: message})
		if err != nil { // a string that is not UTF-8 is written with U+FFFD; nothing else fails
			b = []byte(`{"message":"unprintable problem"}`)
		}
		r.w.Write(append(b, '\n'))
		return
	}
	var b strings.Builder
	b.WriteString(file)
	if line > 0 {
		b.WriteString(":" + strconv.Itoa(line))
		if col > 0 {
			b.WriteString(":" + strconv.Itoa(col))
		}
	}
	b.WriteString(": ")
	if path != "" {
		b.WriteString(path + ": ")
	}
	b.WriteString(oneLine(message))
	b.WriteString(" [" + rule + "]\n")
	io.WriteString(r.w, b.String())
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// progress reports on standard error how far a command has got, on one
// line that it rewrites; nil when standard error is not a terminal.
type progress struct {
	w     io.Writer
	cmd   string
	shown bool
}

// progress returns the progress report of the command cmd, or nil when
// standard error is not a terminal. Its methods do nothing on nil.
func (e *env) progress(cmd string) *progress {
	if !e.terminal(e.stderr) {
		return nil
	}
	return &progress{w: e.stderr, cmd: cmd}
}

// records reports n records read.
func (p *progress) records(n int) {
	if p == nil {
		return
	}
	p.shown = true
	fmt.Fprintf(p.w, "\rnewsevent %s: %s records", p.cmd, thousands(int64(n)))
}

// bytes reports n bytes read.
func (p *progress) bytes(n int64) {
	if p == nil {
		return
	}
	p.shown = true
	size := thousands(n>>20) + " MiB"
	if n < 1<<20 {
		size = thousands(n>>10) + " KiB"
	}
	fmt.Fprintf(p.w, "\rnewsevent %s: %s read", p.cmd, size)
}

// done clears the progress line, if one was shown.
func (p *progress) done() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.shown = false
}

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
