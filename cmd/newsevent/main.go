// Command newsevent checks, converts, counts and draws newsevent data
// (the JSON and JSON Lines of package newsevent) for people who do not
// write Go.
//
// Usage:
//
//	newsevent validate [-from FORMAT] [-json] [-q] [FILE...]
//	newsevent convert  [-from FORMAT] -to FORMAT [-out PATH] [-compact] [FILE]
//	newsevent stats    [-from FORMAT] [-json] [-top N] [FILE]
//	newsevent dot      [-from FORMAT] [-actors] [-sources] [-time] [-all] [-wrap N] [-out PATH] [FILE]
//	newsevent help     [COMMAND]
//
// Each command reads FILE, or standard input when FILE is "-" or absent.
// Without FILE, a command whose standard input is a terminal says so and
// exits 2 rather than wait for typing. Flags may come before or after
// FILE.
//
// # Input
//
// -from names the format of the input: json (one story object, as
// Story.MarshalJSON writes it), jsonl (JSON Lines, one record per line,
// as Story.WriteJSONL writes it), or auto, the default: the first key of
// the input decides ("actors", "events", ... for a story object;
// "actor", "event", ... for JSON Lines), then the file's extension
// (.jsonl, .ndjson; .json), else json. An input of nothing but white space
// is JSON Lines without records: an empty story. -from acled reads CSV in
// the columns of an ACLED export (package format/acled), whose problems
// name the line and the column. JSON Lines are read as a
// stream, a line at a time, by validate, by stats and by a convert from
// jsonl to jsonl, so input of any size works in memory that grows with the
// number of IDs, not with the input; the other commands hold the whole
// story.
//
// When standard error is a terminal, the commands that read a stream say
// on it how far they have got, every 100,000 records (or every 64 MiB of
// a story read whole).
//
// # validate
//
// validate checks each FILE as newsevent.Story.Validate does (for JSON
// Lines, record by record with a newsevent.Checker): the rules of each
// record, references that resolve, unique IDs, chains without cycles. It
// prints one line per problem on standard output:
//
//	FILE:LINE:COLUMN: PATH: MESSAGE [RULE]
//
// LINE is the line of the input (for a story object, the line where the
// value at PATH, or the nearest enclosing value present, starts); COLUMN,
// given for what could not be read, counts bytes from 1. PATH is the JSON
// path of the value inside the story ("events[3].casualties[0].value"),
// or inside the line for JSON Lines that cannot be read
// ("event.casualties[0]"). RULE is the rule broken (see package vocab:
// "unresolved", "required", "cycle", ...) or, for input that cannot be
// read, "unknown" (an unknown field, kind or code), "limit" (input beyond
// newsevent.Limits) or "decode" (anything else). A line of JSON Lines
// that cannot be read is reported as it is met and skipped, and the check
// goes on; the problems the check finds in the records follow once it has
// seen them all, in the order of their lines. A story object that cannot
// be read stops at its first problem. Then a summary line: "FILE: valid,
// N records" or "FILE: N problems in M records", where the records count
// the lines read, those that cannot be read too (-q leaves out the summary
// of a valid file). -json prints each problem as a JSON object on a line
// of its own instead, with the fields file, line, column, path, rule and
// message, and no summary.
//
// # convert
//
// convert reads a story and writes it in the format -to names: json
// (indented; -compact for one line), jsonl, timeline (for people to read,
// package format/timeline), dot (a Graphviz graph, package format/dot,
// with its default options), acled (CSV, package format/acled), geojson
// (package format/geojson), plover (PLOVER records as JSON Lines, package
// format/plover), jsonld (JSON-LD, package format/jsonld; -compact for one
// line) or parquet (a directory of Parquet tables, package format/parquet),
// each with its package's default options; "newsevent help convert" lists
// them. It writes to -out PATH, or standard output; parquet, which writes
// a directory of files, needs -out DIR. A file is written in
// full or not at all: it takes the place of any file at PATH once the
// whole output is written. convert does not validate: run validate first.
// From jsonl to jsonl it reads and writes a line at a time, keeping the
// order of the input, and stops at the first line it cannot read, having
// written the records before it to standard output; otherwise it reads
// the whole story and writes what the library writes, records in the
// order of the story's JSON. A problem of the input goes to standard
// error, as validate writes it.
//
// # stats
//
// stats counts what the input holds: records by type, events by kind, by
// actor (each actor that takes part in an event in any role, once per
// event), by place (each territory of an event, once per event) and by
// date (the event's own time, as reported: its day, or its month or year
// when that is all the report gives; "undated" for events without one).
// Lists are ordered by count, then by name; dates by time. -top N keeps
// the N first kinds, actors and places. -json writes the same as one JSON
// object:
//
//	{"records": {"actors": 23, ...}, "total": 83,
//	 "events_by_kind": [{"kind": "statement", "events": 6}, ...],
//	 "events_by_actor": [{"id": "...", "name": "Russia", "events": 8}, ...],
//	 "events_by_place": [{"id": "...", "name": "Ukraine", "events": 2}, ...],
//	 "events_by_date": [{"date": "2025-04-24", "precision": "day", "events": 5}, ...],
//	 "undated_events": 8}
//
// stats does not validate; an actor or place the input lacks is named by
// its ID. JSON Lines are counted as a stream; the first line that cannot
// be read stops the count.
//
// # dot
//
// dot is convert -to dot with the options of package format/dot as flags:
// -actors draws the actors and their roles, -sources the sources and
// their relay chains, -time lays the events out on a time axis, -all all
// three; -wrap N breaks label lines longer than N characters (30 by
// default, 0 for none). Draw it with Graphviz:
//
//	newsevent dot -all story.jsonl | dot -Tpng -o story.png
//
// # Exit status
//
// 0 when all went well (for validate: every input is valid); 1 when an
// input is invalid or cannot be read as the format says (validate prints
// every problem, the other commands the first); 2 for a usage error (an
// unknown command, flag or format) or a file that cannot be opened, read
// or written.
//
// # Examples
//
// From the root of the module:
//
//	go run ./cmd/newsevent validate testdata/compat/v1/article.jsonl
//	go run ./cmd/newsevent stats testdata/compat/v1/article.json
//	go run ./cmd/newsevent convert -to timeline testdata/compat/v1/article.jsonl
//	go run ./cmd/newsevent dot -all testdata/compat/v1/article.json | dot -Tsvg -o article.svg
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// The exit statuses.
const (
	exitOK      = 0 // all went well
	exitInvalid = 1 // the input is invalid, or cannot be read as its format says
	exitUsage   = 2 // a usage error, or a file that cannot be opened, read or written
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command runs with: its streams, and how it reports
// progress.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// terminal reports whether a stream is a terminal; tests replace it.
	terminal func(any) bool
	// progressEvery is how many records pass between two progress
	// reports, progressBytes how many bytes of a story read whole.
	progressEvery int
	progressBytes int64
}

// command is one subcommand.
type command struct {
	name    string
	usage   string // the arguments, after the name
	summary string
	run     func(e *env, args []string) int
}

// commands are the subcommands, in the order help lists them.
var commands []command

func init() {
	commands = []command{
		{"validate", "[-from FORMAT] [-json] [-q] [FILE...]", "check a story and print every problem with its line and path", runValidate},
		{"convert", "[-from FORMAT] -to FORMAT [-out PATH] [-compact] [FILE]", "write a story in another format", runConvert},
		{"stats", "[-from FORMAT] [-json] [-top N] [FILE]", "count records by type, and events by kind, actor, place and date", runStats},
		{"dot", "[-from FORMAT] [-actors] [-sources] [-time] [-all] [-wrap N] [-out PATH] [FILE]", "write a story as a Graphviz graph", runDot},
		{"help", "[COMMAND]", "explain a command", runHelp},
	}
}

// run runs the command line args (without the program's name) and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{
		stdin: stdin, stdout: stdout, stderr: stderr,
		terminal: isTerminal, progressEvery: 100_000, progressBytes: 64 << 20,
	}
	return e.run(args)
}

func (e *env) run(args []string) int {
	if len(args) == 0 {
		e.usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		e.usage(e.stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "newsevent: unknown command %q\n", args[0])
	e.usage(e.stderr)
	return exitUsage
}

// usage writes the list of commands.
func (e *env) usage(w io.Writer) {
	fmt.Fprintf(w, "newsevent checks, converts, counts and draws newsevent data.\n\nUsage:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\tnewsevent %s %s\n", c.name, c.usage)
	}
	fmt.Fprintf(w, "\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"newsevent help COMMAND\" for a command's flags; \"go doc github.com/newsevent/newsevent/cmd/newsevent\" for the whole manual.\n")
}

func runHelp(e *env, args []string) int {
	if len(args) == 0 {
		e.usage(e.stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] && c.name != "help" {
			return c.run(e, []string{"-h"})
		}
	}
	if args[0] == "help" {
		e.usage(e.stdout)
		return exitOK
	}
	fmt.Fprintf(e.stderr, "newsevent help: unknown command %q\n", args[0])
	return exitUsage
}

// flags returns the flag set of a command, which writes its errors and
// usage to standard error.
func (e *env) flags(name string, more func(w io.Writer)) *flag.FlagSet {
	fs := flag.NewFlagSet("newsevent "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		for _, c := range commands {
			if c.name == name {
				fmt.Fprintf(fs.Output(), "usage: newsevent %s %s\n\n%s.\n\n", c.name, c.usage, strings.ToUpper(c.summary[:1])+c.summary[1:])
			}
		}
		fs.PrintDefaults()
		if more != nil {
			fmt.Fprintln(fs.Output())
			more(fs.Output())
		}
	}
	return fs
}

// parse parses the flags of a command, which may come before or after
// its file arguments, and returns the file arguments. The status is
// exitOK with ok false after -h, exitUsage after a bad flag.
func (e *env) parse(fs *flag.FlagSet, args []string) (files []string, status int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, exitOK, true
		}
		if args[0] == "--" {
			return append(files, args[1:]...), exitOK, true
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// isTerminal reports whether f is a file that is a terminal: a character
// device other than the null device. (golang.org/x/term would ask the
// terminal itself; this costs no dependency, and a character device that
// is not a terminal only gets a few progress lines nobody sees.)
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok || file == nil {
		return false
	}
	info, err := file.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(info, null)
}

// usageError prints a usage error of a command and returns exitUsage.
func (e *env) usageError(name, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "newsevent %s: %s\n", name, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "run \"newsevent help %s\" for its usage\n", name)
	return exitUsage
}

// ioError prints an error of a file and returns exitUsage.
func (e *env) ioError(name string, err error) int {
	fmt.Fprintf(e.stderr, "newsevent %s: %v\n", name, err)
	return exitUsage
}
