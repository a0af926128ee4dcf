// Package newsevent turns what news reports say into typed, validated,
// linked data: events (who did what to whom, where and when), the actors
// and territories they involve, and the sources that say so.
//
// # News is claims
//
// A report never states bare facts; it states that someone says something
// happened. So every event, figure and territorial status carries its
// attribution: which source says it, how ("reported", "said", "blamed"),
// and through whom (Syrskyi's report, via Zelenskyy's post on X, via the
// article). Nothing is rounded or invented on the way in: "nearly 70"
// stays nearly 70 ([source.Count]), "dozens" stays a vague figure with a
// documented floor, "Thursday" stays "Thursday" beside its resolved date
// ([source.Time]), an unnamed "southwestern city" or "senior official"
// stays unnamed.
//
// # Where sources disagree
//
// Nothing is overwritten: two sources' tolls for one place are two
// figures side by side, and a revised toll revises an earlier one without
// erasing it; [source.Groups] and [source.Latest] pick among figures that
// count the same thing (same measure family, place, subject) and leave
// out those a source denies. An event keeps other sources' accounts of
// when it happened (event.Header.OtherTimes); two reports of one incident
// are linked same_as, possibly_same_as or contradicts; and an [Identity]
// says, with its source, that an unnamed actor was later named, or may be
// someone else of the story. Actors are never merged by their words.
//
// # Stories change
//
// News is revised and disputed, and a story follows it without losing
// what was said before. [Story.Replace], [Story.Update] and [Story.Remove]
// change a record in place, at the cost of the record, keeping the
// indexes right; a removal that would leave references dangling is a
// [*ReferencedError] unless [Story.RemoveWithDependents] is asked for. A
// figure, a reported time or a status revises one held by another record
// by a stable address (source.Count.RevisesIn with its Revises ref;
// event.ReportedTime.RevisesIn; territory.Status.Revises), and the earlier
// value stays. [Merge] combines two stories (two reports, or two versions
// of one): records with one ID merge field by field, lists are united so
// every attribution stays, records made twice under other IDs are joined
// by documented [MatchRule]s, events that may be one are offered as
// [Candidate]s, and every conflict is data in a [MergeReport], kept by a
// [MergePolicy]. [Story.Claims] shows, per event and measure, every
// figure with its sources and state (live, revised by whom and when,
// denied, not actual), the current one by a documented rule, and the
// disputes between sources; the same for times and for statuses.
// [Story.Diff] says what changed between two versions, as data and as
// text.
//
// # Packages
//
// The packages depend on each other in one direction:
//
//		actor ← source ← territory ← event ← newsevent
//
//	  - [github.com/newsevent/newsevent/actor]: people, states,
//	    governments, organisations, armed forces, groups and media, with
//	    names in several languages and scripts, aliases, roles, memberships.
//	  - [github.com/newsevent/newsevent/source]: reports, posts, interviews
//	    and the attributions, quotes, figures and times they give.
//	  - [github.com/newsevent/newsevent/territory]: places and who
//	    controls, annexed, claims or recognises them, in force or proposed.
//	  - [github.com/newsevent/newsevent/event]: meetings, attacks,
//	    statements, proposals, responses, conflicts, disasters, elections,
//	    role changes and a generic kind, with links and CAMEO/PLOVER codes.
//	  - newsevent (this package): the [Story] that holds them all (and the
//	    [Identity] claims between actors), checks its integrity, answers
//	    queries and reads and writes JSON and JSON Lines.
//	  - [github.com/newsevent/newsevent/examples]: real reports built in
//	    code, as sample data: the worked article, and reports of other
//	    shapes (a disaster across two countries, an election with a
//	    run-off, a phased agreement, a disease outbreak).
//
// Beside them, [github.com/newsevent/newsevent/vocab] is the leaf that
// every package shares: the public error contract ([vocab.ValidationError],
// [vocab.Rule], [vocab.UnknownError]), countries and subdivisions
// ([vocab.Country], [vocab.Subdivision]), currencies ([vocab.Currency]),
// names, and the territory and event IDs (see [vocab.TerritoryID] for
// why they live there). The packages under
// format/ write a story in other forms: [github.com/newsevent/newsevent/format/timeline]
// for people to read, [github.com/newsevent/newsevent/format/dot] for
// Graphviz.
//
// Records refer to each other by typed IDs (actor.ID, territory.ID,
// source.ID, territory.StatusID, event.ID, [IdentityID]), never by
// pointers, so a
// territory cannot stand where an actor is meant and a story serialises
// without cycles. IDFor derives an ID from a stable key (UUID version 5),
// NewID makes a new one (version 7).
//
// # Validation
//
// Every record has a Validate method, and every builder calls it in
// Build. [Story.Validate] adds what no single record can check: every
// reference resolves to a record of the right type, IDs are unique, and
// no chain (parent, relay, copy, version, part_of, member_of, the order of
// events) returns to its start. All of
// them return nil or a [*ValidationError] ([vocab.ValidationError]): a
// list of problems, each with its JSON path
// ("events[12].casualties[0].attributions[0].source"), a rule
// ([vocab.RuleUnresolved], spelled "unresolved" in the problem) and a
// sentence. Every rule is a [vocab.Rule] constant; decide on rules and
// paths, not on sentences. A kind, enum value or field that does not exist
// is a [*vocab.UnknownError] (errors.Is finds [vocab.ErrUnknown]).
//
// # Formats
//
// A Story encodes as one JSON object ([Story.MarshalJSON]) or as JSON
// Lines, one record per line ([Story.WriteJSONL], [Encoder], [Decoder]).
// Both are lossless and deterministic, and reject unknown fields and
// kinds. A JSON Schema (draft 2020-12) of both is returned by [JSONSchema]
// and kept at the module root as newsevent.schema.json, generated from the
// Go types. A [Checker] validates a stream record by record in memory that
// grows with the number of IDs.
//
// # Untrusted input
//
// The decoders of this package ([ReadJSONL], [ReadJSON], [Decoder],
// [Story.UnmarshalJSON] and the same through [Limits]) are meant for input
// from anywhere. Each keeps [Limits] (line and document size, nesting
// depth, keys per object, string length, records), runs in time linear in
// its input without recursion that the input controls, and reports every
// problem as a *[vocab.DecodeError] with the line, the byte offset and the
// JSON path, quoting at most a short excerpt. The policy for each edge:
//
//   - unknown, repeated and case-variant keys, unknown kinds, enum values,
//     countries and subdivisions: errors (*[vocab.UnknownError]);
//   - invalid UTF-8 and lone surrogate escapes: errors, never replaced;
//   - numbers a float64 would change (integers above 2^53, too many
//     digits, out of range): errors;
//   - a figure without its number, a point without its coordinates, an
//     instant equal to 0001-01-01T00:00:00Z (Go's zero time, read as "no
//     date"): errors, never 0 or absent;
//   - a byte order mark: skipped at the start of JSON Lines and by
//     [ReadJSON], an error elsewhere (RFC 8259 forbids it);
//   - null: an error for a record; a no-op for a whole story, as
//     encoding/json does for any value;
//   - countries: the ISO 3166-1 alpha-2 codes officially assigned, and XK;
//     subdivisions: the ISO 3166-2 list validator/v10 keeps;
//   - in Validate: text with control characters (NUL, terminal escapes) or
//     only invisible characters, dates outside the years 0000-9999 (so a
//     valid value always encodes), an event said to have happened after a
//     source that reports it was published, and cycles of every chain and
//     of the order that follows, precedes and caused_by links state.
//
// [Story.Validate] and [Checker] run in O(n log n) in the records, without
// recursion; record-level decoders (json.Unmarshal into an actor.Actor,
// event.Unmarshal) check everything above but keep no limits of size.
//
// # Copies
//
// A Story is the only writer of its records: it keeps deep copies of what
// it is given and hands out deep copies, so nothing a caller changes can
// leave its indexes stale. A caller who knows how many records it will
// add can make room for them first with [Story.Grow], as the worked
// example does.
//
// # Quick start
//
//	var s newsevent.Story
//	s.AddActor(russia)
//	s.AddTerritory(kyiv)
//	s.AddSource(report)
//	s.AddEvent(strike)
//	if err := s.Validate(); err != nil {
//		var verr *newsevent.ValidationError
//		errors.As(err, &verr) // verr.Problems lists every problem
//	}
//	for _, e := range s.Timeline() {
//		fmt.Println(e.Head().Time.Text, e.Kind(), e.Head().Title)
//	}
//	s.WriteJSONL(os.Stdout)
//
// Records are decoded in one pass from the token stream of
// encoding/json/jsontext, by decoders generated from their types, and
// [Identity] also has UnmarshalJSONFrom, which encoding/json/v2 calls. Where the toolchain has no encoding/json/v2 (Go 1.26 without
// GOEXPERIMENT=jsonv2), the same code comes from the module
// github.com/go-json-experiment/json, which on the other toolchains is an
// alias of the standard library's. The parameter of UnmarshalJSONFrom,
// shown as *jsonx.Decoder, is that jsontext.Decoder, named through an
// internal alias. Input that this fast path refuses is decoded again by
// the hand-written path that locates the error, so every build accepts and
// refuses the same input with the same errors.
package newsevent
