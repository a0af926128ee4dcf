// Package examples holds the worked example of newsevent: the article
// 000_686a018f731943a1 (Reuters, AP, the New York Times, the Guardian and
// TIME as reported around the Witkoff–Putin meeting of April 25, 2025)
// built in code, every item of its census, as sample data for your own
// tests.
//
// [Article] returns the story; [ActorID], [TerritoryID], [SourceID],
// [StatusID] and [EventID] give the ID of a record from its census ID ("A4"
// for Zelenskyy, "E10" for Thursday's strikes), the same on every call.
// [CensusLabel] gives the census ID of a record, for the writers of
// format/timeline and format/dot to show; the command in
// examples/cmd/article prints the story with them:
//
//	go run ./examples/cmd/article               # the timeline
//	go run ./examples/cmd/article -format json  # or jsonl, dot
//
// In the census, clauses (C1–C9), quotes (Q1–Q12), figures (F1–F12) and
// most relations (R1–R11) are values inside the records; they carry their
// census ID in their Ref field. R5, R9 and R10 are typed fields: a
// response's To, a statement's About, a meeting's Agenda.
package examples
