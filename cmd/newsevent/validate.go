package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/vocab"
)

func runValidate(e *env, args []string) int {
	fs := e.flags("validate", nil)
	from := fs.String("from", "auto", "the input format: auto, "+strings.Join(inputNames(), ", "))
	asJSON := fs.Bool("json", false, "print each problem as a JSON object on a line of its own, and no summary")
	quiet := fs.Bool("q", false, "print no summary for a valid input")
	files, status, ok := e.parse(fs, args)
	if !ok {
		return status
	}
	if len(files) == 0 {
		files = []string{""}
	}
	rep := &reporter{w: e.stdout, json: *asJSON}
	worst := exitOK
	for _, f := range files {
		worst = max(worst, e.validate(f, *from, rep, *quiet))
	}
	return worst
}

// validate checks one input and prints its problems and its summary: no
// summary with -json, nor for a valid input with -q.
func (e *env) validate(path, from string, rep *reporter, quiet bool) int {
	in, status := e.open("validate", path, from)
	if status != exitOK {
		return status
	}
	defer in.close()
	before := rep.n
	var records int
	if in.format.stream {
		records, status = e.validateStream(in, rep)
	} else {
		records, status = e.validateWhole(in, rep)
	}
	if status == exitUsage {
		return status
	}
	problems := rep.n - before
	switch {
	case rep.json:
	case problems > 0:
		fmt.Fprintf(e.stdout, "%s: %s in %s\n", in.name, plural(problems, "problem"), plural(records, "record"))
	case !quiet:
		fmt.Fprintf(e.stdout, "%s: valid, %s\n", in.name, plural(records, "record"))
	}
	if problems > 0 {
		return exitInvalid
	}
	return exitOK
}

// plural writes a count and a noun, "1 record", "2 records".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// validateStream checks JSON Lines a record at a time with a Checker: a
// line that cannot be read is reported and skipped. It keeps the line of
// each record it checks, to give the line of the Checker's problems.
func (e *env) validateStream(in *input, rep *reporter) (records, status int) {
	dec := newsevent.NewDecoder(in.r)
	var c newsevent.Checker
	var lines recordLines
	p := e.progress("validate")
	defer p.done()
	for {
		r, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		records++
		if records%e.progressEvery == 0 {
			p.records(records)
		}
		if err != nil {
			var de *vocab.DecodeError
			if !errors.As(err, &de) {
				return records, e.ioError("validate", fmt.Errorf("%s: %w", in.name, err))
			}
			e.inputError("validate", in, err, nil, 0, rep)
			var le *vocab.LimitError
			if errors.As(err, &le) && le.Limit == "MaxRecords" {
				break // every further line is past the limit too
			}
			continue
		}
		lines.add(r, dec.Line())
		c.Record(r)
	}
	p.done()
	e.reportValidation(in.name, c.Err(), lines.line, rep)
	return records, exitOK
}

// validateWhole reads a whole story and validates it; for a story
// object, the lines of the problems are found in the document.
func (e *env) validateWhole(in *input, rep *reporter) (records, status int) {
	lineOf := func(string) int { return 0 }
	var s *newsevent.Story
	var err error
	if in.format.name == "json" {
		doc, status := e.readDocument("validate", in, rep)
		if status != exitOK {
			return 0, status
		}
		s = doc.story
		err = s.Validate()
		var verr *vocab.ValidationError
		if errors.As(err, &verr) {
			paths := make([]string, len(verr.Problems))
			for i, p := range verr.Problems {
				paths[i] = p.Path
			}
			lineOf = doc.lines(paths)
		}
	} else {
		if s, status = e.readStory("validate", in, rep); status != exitOK {
			return 0, status
		}
		err = s.Validate()
	}
	n := s.Counts()
	e.reportValidation(in.name, err, lineOf, rep)
	return n.Actors + n.Territories + n.Sources + n.Statuses + n.Events + n.Identities, exitOK
}

// reportValidation prints the problems of a validation, in the order of
// their lines (those without a line first, as the whole input's), each
// with the line lineOf gives its path.
func (e *env) reportValidation(name string, err error, lineOf func(path string) int, rep *reporter) {
	if err == nil {
		return
	}
	var verr *vocab.ValidationError
	if !errors.As(err, &verr) {
		rep.problem(name, 0, 0, "", "invalid", err.Error())
		return
	}
	type located struct {
		vocab.Problem
		line int
	}
	ps := make([]located, len(verr.Problems))
	for i, p := range verr.Problems {
		ps[i] = located{p, lineOf(p.Path)}
	}
	slices.SortStableFunc(ps, func(a, b located) int { return a.line - b.line })
	for _, p := range ps {
		rep.problem(name, p.line, 0, p.Path, string(p.Rule), p.Message)
	}
}

// recordLines keeps the line of each record of a stream, by type in the
// order they arrive, as a Checker counts them in its paths: the line of
// "events[3]" is that of the fourth event. It costs a number per record.
type recordLines map[string][]int

// add keeps the line of a record.
func (l *recordLines) add(r newsevent.Record, line int) {
	if *l == nil {
		*l = recordLines{}
	}
	list := listOf(r)
	(*l)[list] = append((*l)[list], line)
}

// line returns the line of the record a problem's path starts with, or 0.
func (l recordLines) line(path string) int {
	list, rest, ok := strings.Cut(path, "[")
	if !ok {
		return 0
	}
	num, _, ok := strings.Cut(rest, "]")
	if !ok {
		return 0
	}
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 || i >= len(l[list]) {
		return 0
	}
	return l[list][i]
}

// listOf names the list of a story object that holds a record's type.
func listOf(r newsevent.Record) string {
	switch r.(type) {
	case newsevent.ActorRecord, *newsevent.ActorRecord:
		return "actors"
	case newsevent.TerritoryRecord, *newsevent.TerritoryRecord:
		return "territories"
	case newsevent.SourceRecord, *newsevent.SourceRecord:
		return "sources"
	case newsevent.StatusRecord, *newsevent.StatusRecord:
		return "statuses"
	case newsevent.EventRecord, *newsevent.EventRecord:
		return "events"
	case newsevent.IdentityRecord, *newsevent.IdentityRecord:
		return "identities"
	}
	return ""
}
