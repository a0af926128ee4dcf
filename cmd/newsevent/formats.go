package main

import (
	"errors"
	"io"

	"github.com/newsevent/newsevent"
	"github.com/newsevent/newsevent/format/acled"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/format/geojson"
	"github.com/newsevent/newsevent/format/jsonld"
	"github.com/newsevent/newsevent/format/parquet"
	"github.com/newsevent/newsevent/format/plover"
	"github.com/newsevent/newsevent/format/timeline"
	"github.com/newsevent/newsevent/vocab"
)

// inputFormat is a format a story can be read from.
type inputFormat struct {
	name    string
	summary string
	// read reads a whole story; an error that says where is a
	// *vocab.DecodeError. (json is read by readDocument instead, which keeps
	// the document to find the lines of its problems.)
	read func(r io.Reader) (*newsevent.Story, error)
	// stream says the format can be read a record at a time (by a
	// newsevent.Decoder).
	stream bool
	// where, when not nil, locates an error of read that is not a
	// *vocab.DecodeError: its line and column (0 when not known), the
	// name of the field, its rule and its message; false for an error it
	// does not know.
	where func(err error) (located, bool)
}

// inputs are the formats a story can be read from, in the order help
// lists them.
var inputs = []inputFormat{
	{name: "json", summary: "one story object, as Story.MarshalJSON writes it", read: newsevent.ReadJSON},
	{name: "jsonl", summary: "JSON Lines, one record per line, as Story.WriteJSONL writes it", read: newsevent.ReadJSONL, stream: true},
	{name: "acled", summary: "CSV in the columns of an ACLED export (format/acled)", read: acled.Read, where: acledWhere},
}

// acledWhere locates an *acled.Error: its line, and its column's name
// as the field.
func acledWhere(err error) (p located, ok bool) {
	var ae *acled.Error
	if !errors.As(err, &ae) {
		return p, false
	}
	p = located{line: ae.Line, field: ae.Column, rule: "decode", message: ae.Error()}
	if errors.Is(err, vocab.ErrUnknown) {
		p.rule = "unknown"
	}
	if ae.Err != nil {
		p.message = ae.Err.Error()
	}
	return p, true
}

// located is where an error of an input is, and what it is, as validate
// prints it.
type located struct {
	line, col   int
	field, rule string
	message     string
}

// findInput returns the input format named name, or nil.
func findInput(name string) *inputFormat {
	for i := range inputs {
		if inputs[i].name == name {
			return &inputs[i]
		}
	}
	return nil
}

// inputNames lists the names of the input formats.
func inputNames() []string {
	names := make([]string, len(inputs))
	for i, f := range inputs {
		names[i] = f.name
	}
	return names
}

// outputOptions are the choices of the command line that some output
// formats take.
type outputOptions struct {
	// compact writes JSON on one line.
	compact bool
	// dot are the options of the Graphviz writer.
	dot dot.Options
}

// outputFormat is a format a story can be written in.
type outputFormat struct {
	name    string
	summary string
	// write writes the story to w; nil for a format that writes a
	// directory.
	write func(w io.Writer, s *newsevent.Story, o outputOptions) error
	// writeDir writes the story as files in the directory dir, which it
	// creates when missing; nil for a format that writes one stream.
	writeDir func(dir string, s *newsevent.Story) error
}

// outputs are the formats a story can be written in, in the order help
// lists them.
var outputs = []outputFormat{
	{name: "json", summary: "one story object (indented; -compact for one line)", write: writeJSON},
	{name: "jsonl", summary: "JSON Lines, one record per line", write: func(w io.Writer, s *newsevent.Story, _ outputOptions) error { return s.WriteJSONL(w) }},
	{name: "timeline", summary: "the events in time order, for people to read (format/timeline)", write: func(w io.Writer, s *newsevent.Story, _ outputOptions) error {
		return timeline.Write(w, s, timeline.Options{})
	}},
	{name: "dot", summary: "a Graphviz graph of the events and their links (format/dot; the dot command has its options)", write: func(w io.Writer, s *newsevent.Story, o outputOptions) error {
		return dot.Write(w, s, o.dot)
	}},
	{name: "acled", summary: "CSV in the columns of an ACLED export, a row per event ACLED codes (format/acled)", write: func(w io.Writer, s *newsevent.Story, _ outputOptions) error {
		return acled.Write(w, s, acled.Options{})
	}},
	{name: "geojson", summary: "a GeoJSON FeatureCollection, a feature per event and place with a point (format/geojson)", write: func(w io.Writer, s *newsevent.Story, _ outputOptions) error {
		return geojson.Write(w, s, geojson.Options{})
	}},
	{name: "plover", summary: "PLOVER event records as JSON Lines (format/plover)", write: func(w io.Writer, s *newsevent.Story, _ outputOptions) error {
		return plover.Write(w, s, plover.Options{})
	}},
	{name: "jsonld", summary: "JSON-LD, linked data (format/jsonld; indented, -compact for one line)", write: func(w io.Writer, s *newsevent.Story, o outputOptions) error {
		return jsonld.Write(w, s, jsonld.Options{Compact: o.compact})
	}},
	{name: "parquet", summary: "Parquet files, a table each, in the directory -out DIR (format/parquet)", writeDir: func(dir string, s *newsevent.Story) error {
		return parquet.Write(dir, s, parquet.Options{})
	}},
}

// findOutput returns the output format named name, or nil.
func findOutput(name string) *outputFormat {
	for i := range outputs {
		if outputs[i].name == name {
			return &outputs[i]
		}
	}
	return nil
}

// outputNames lists the names of the output formats.
func outputNames() []string {
	names := make([]string, len(outputs))
	for i, f := range outputs {
		names[i] = f.name
	}
	return names
}

// writeJSON writes the story object, indented by two spaces unless
// compact, and a newline.
func writeJSON(w io.Writer, s *newsevent.Story, o outputOptions) error {
	var data []byte
	var err error
	if o.compact {
		data, err = s.MarshalJSON()
	} else {
		data, err = s.MarshalIndent("", "  ")
	}
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
