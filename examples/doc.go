// Package examples holds real news reports built in code with newsevent,
// every item of each report's census, as sample data for your own tests.
//
// The worked example is the article 000_686a018f731943a1 (Reuters, AP,
// the New York Times, the Guardian and TIME as reported around the
// Witkoff–Putin meeting of April 25, 2025): [Article] returns the story;
// [ActorID], [TerritoryID], [SourceID], [StatusID] and [EventID] give the
// ID of a record from its census ID ("A4" for Zelenskyy, "E10" for
// Thursday's strikes), the same on every call, and [CensusLabel] gives the
// census ID of a record, for the writers of format/timeline and
// format/dot to show. In its census, clauses (C1–C9), quotes (Q1–Q12),
// figures (F1–F12) and most relations (R1–R11) are values inside the
// records; they carry their census ID in their Ref field. R5, R9 and R10
// are typed fields: a response's To, a statement's About, a meeting's
// Agenda.
//
// Four reports of other shapes follow the same pattern, each with its
// census in testdata/NAME/CENSUS.md, its IDs from a [Keys] constant and
// its labels: [Earthquake] (a disaster across two countries whose tolls
// several bodies revise over days), [Election] (a run-off with exit polls
// that disagree and names in Cyrillic), [Ceasefire] (an agreement in
// phases with conditions) and [Outbreak] (a disease outbreak with counts
// by region). [Samples] lists them all. Facts each report does not print
// come from background reports cited on the records they support; each
// sample's doc comment says which.
//
// [Update] is a later report from another outlet (the Kyiv Independent,
// April 28, 2025) on the article's strike of April 24: a delta to the
// article, whose records share the article's IDs where they are the same
// thing and whose new toll revises the article's by address.
// [ArticleUpdated] merges it into the article and returns the merge's
// report; testdata/update holds that report, the diff from the article,
// and the claims view of the merged strike as golden files.
//
// The command in examples/cmd/article prints a sample:
//
//	go run ./examples/cmd/article                   # the article's timeline
//	go run ./examples/cmd/article -format json      # or jsonl, dot
//	go run ./examples/cmd/article -sample election  # another sample
package examples
