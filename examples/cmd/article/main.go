// Command article builds the story of the worked example, the article
// 000_686a018f731943a1, or another of the package's sample stories,
// validates it and prints it.
//
// Usage:
//
//	go run ./examples/cmd/article [-sample article|earthquake|election|ceasefire|outbreak] [-format timeline|json|jsonl|dot]
//
// The default, timeline, prints each event in time order with its date and
// precision, kind, who did what to whom and where, its figures with their
// qualifiers and its sources, then a summary line with the validation
// result. json and jsonl print the story in the library's formats; dot
// prints a Graphviz graph of the events and their links (pipe it to
// `dot -Tsvg`). The exit status is 1 if the story does not build or
// validate.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsevent/newsevent/examples"
	"github.com/newsevent/newsevent/format/dot"
	"github.com/newsevent/newsevent/format/timeline"
)

func main() {
	format := flag.String("format", "timeline", "output format: timeline, json, jsonl or dot")
	sample := flag.String("sample", "article", "the sample story: "+strings.Join(names(), ", "))
	flag.Parse()
	if err := run(os.Stdout, *sample, *format); err != nil {
		fmt.Fprintln(os.Stderr, "article:", err)
		os.Exit(1)
	}
}

// names lists the names of the sample stories.
func names() []string {
	var out []string
	for _, s := range examples.Samples() {
		out = append(out, s.Name)
	}
	return out
}

func run(w io.Writer, sample, format string) error {
	i := slices.IndexFunc(examples.Samples(), func(s examples.Sample) bool { return s.Name == sample })
	if i < 0 {
		return fmt.Errorf("unknown sample %q (want one of %s)", sample, strings.Join(names(), ", "))
	}
	smp := examples.Samples()[i]
	s, err := smp.Build()
	if err != nil {
		return err
	}
	switch format {
	case "timeline":
		if err := timeline.Write(w, s, timeline.Options{Label: smp.Label}); err != nil {
			return err
		}
	case "json":
		data, err := s.MarshalIndent("", "  ")
		if err != nil {
			return err
		}
		if _, err := w.Write(append(data, '\n')); err != nil {
			return err
		}
	case "jsonl":
		if err := s.WriteJSONL(w); err != nil {
			return err
		}
	case "dot":
		if err := dot.Write(w, s, dot.Options{Label: smp.Label}); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown format %q (want timeline, json, jsonl or dot)", format)
	}
	return s.Validate()
}
