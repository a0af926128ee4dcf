// Package source models where the facts of the news come from and how they
// were put: the documents and utterances that state them, the attributions
// that tie a fact to its source, the quotes in their own words, and the
// figures and times exactly as reported.
//
// # Sources and attributions
//
// A [Source] is a report, an article, a post, an interview, a statement,
// remarks to reporters or a broadcast. Its publisher and authors are
// actors ([actor.ID]); Via records the source it reached the reader
// through, so that a report relayed by a post quoted in an article keeps
// its chain.
//
// An [Attribution] says which source states a fact and how, with a [Verb]
// ("reported", "said", "claimed", "denied", ...), the words as written
// ("as per a Reuters report"), the source's own words as [Quote] values and,
// optionally, an Admiralty [Grade]. A list of attributions holds
// disagreement: one source reports what another denies. A [Quote] keeps the
// text verbatim, marks elisions and truncation, and carries translations
// and transliterations, each a [Rendering] with its language tag.
//
// # Figures
//
// A [Count] is a figure as a report gives it: "nearly 70" is the value 70
// with [QualifierNearly], never 69; "20 to 30" is a [QualifierRange] with
// Min and Max. It names its measure ("killed", "missiles"), its unit, its
// "as of" time and who gives it; several counts of one measure stand side
// by side, and a later one may revise an earlier one without erasing it.
// [ParseCount] reads the figures reports write, vague ones as a
// [Magnitude] with a documented floor and no number, and refuses words
// that name neither:
//
//	c, err := source.ParseCount("over 4,500") // more_than 4500
//	c, err = source.ParseCount("dozens")      // vague, Conservative() 12
//	_, err = source.ParseCount("many")        // an error: no number
//
// [Count.Conservative] gives the lowest number the report prints and
// [Count.Best] a central one; [Lowest] picks the most conservative of
// several reports.
//
// # Times
//
// A [Time] is a time as reported: an instant or a period at a [Precision]
// (a day for "Thursday", a year for "in 2022"), an open period or a bound
// ([BoundSince], [BoundNotBefore], [BoundNotAfter]), with the phrase as
// written and the zone as written beside it. Start and End are stored in
// UTC; a day, month or year is stored as its first instant. [ParseTime]
// and [Resolver] turn phrases into times against a reference date, usually
// the day of publication:
//
//	ref := time.Date(2025, time.April, 25, 0, 0, 0, 0, time.UTC) // a Friday
//	t, err := source.ParseTime("Thursday", ref)                  // 2025-04-24, day
//	t, err = source.ParseTime("overnight", ref)                  // 2025-04-24 to 2025-04-25
//
// [Day], [Month], [Year], [Between] and [At] build times directly; [At]
// takes a clock time in any location, stores it in UTC and keeps the zone
// as written. [Time.Span], [Time.Covers] and [Time.Compare] place times on
// a timeline.
//
// # Validation and JSON
//
// Every record has a Validate method that returns nil or a
// *[ValidationError] listing each [Problem] with its JSON path and rule
// ("as_of.start", "precision"). Nothing in this package panics on bad
// input. Records encode as JSON with snake_case names and lower-case
// enums; a count writes "value" for a single figure, even 0, and "min" and
// "max" for a range:
//
//	{"value": 70, "qualifier": "nearly", "text": "nearly 70", "measure": "missiles"}
//	{"min": 20, "max": 30, "qualifier": "range", "text": "20 to 30", "measure": "killed"}
//
// Decoding a [Source] rejects unknown fields with an error that names
// them; unknown enum values are errors that quote them.
//
// The types with an UnmarshalJSON method also have UnmarshalJSONFrom,
// which encoding/json/v2 calls to decode them in one pass from its token
// stream. Its parameter, shown as *jsonx.Decoder, is the jsontext.Decoder
// of github.com/go-json-experiment/json, named through an internal alias:
// the standard library's encoding/json/jsontext where the toolchain has it
// (Go 1.27, or Go 1.26 with GOEXPERIMENT=jsonv2), and the same code as a
// module on Go 1.26 without the experiment.
package source
