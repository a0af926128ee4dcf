// Package event models what happens in the news: meetings, attacks,
// statements, proposals and the responses to them, conflicts, disasters,
// elections, changes of office, and anything else through a generic kind.
//
// # Kinds
//
// [Event] is a sealed interface over concrete types, each with typed
// fields for its roles: a [*Meeting] has attendees, a host and an agenda,
// an [*Attack] an attacker, targets, weapons and casualties, a
// [*Statement] a speaker, speech acts and quotes. The doc comment of
// [Event] names every kind, [Kinds] lists them from the one table of
// kinds, and [Zero] makes an empty event of any of them; what no typed
// kind covers goes into [*Other], with its own action, codes and roles.
// Each kind embeds a [Header]: ID, title, time, places, lifecycle
// [Status], attributions, links, figures and notes.
//
// Each kind lives in a file of its own (attack.go holds [Attack], its
// roles, builder, codes, checks and JSON glue). Where the meaning differs
// by kind the [Event] interface has a method that every kind implements:
// [Event.Participants], [Event.AllPlaces], [Event.AllLinks], [Event.Codes].
// What is the same for all, every figure inside, is found by [Figures],
// which walks the fields. No interface method shares a name with a header
// field: m.Places is the header's places, m.AllPlaces() every place.
//
// Every figure is a [source.Count] as reported ("as many as 12") and every
// time a [source.Time] with its phrase ("Thursday"). Several figures for one
// measure stand side by side; a revised figure names the one it revises.
//
// # Links and lifecycle
//
// A [Link] relates an event to another: part_of, caused_by, responds_to,
// precedes, follows, revises, qualifies, about, postpones. A follows link
// with an [Offset] times an event relative to another ("within 24 hours of
// the approval") and [Link.Resolve] turns it into a time once the anchor
// has one. A postponed event keeps its originally scheduled time.
//
// # Codes
//
// [Event.Codes] derives a CAMEO 1.1b3 event code and a PLOVER category and
// mode from the kind and its fields: a drone strike is 1952 (ASSAULT,
// drone), a car bombing 1832, an assassination 186, a meeting at a third
// location 044, criticism 111, a rejected plan 127. [CAMEOLabel] gives a
// code's label.
//
// # JSON
//
// An event encodes as an object with "kind" first and its header fields
// at the top level. [Unmarshal] decodes an event of any kind into its
// concrete type, and [List] does so for arrays. Unknown kinds and unknown
// fields are errors that name them.
//
// # Building
//
// Each kind has a builder that takes the header as a struct literal:
//
//	strike, err := event.NewAttack(event.Header{
//		ID:           event.IDFor("kyiv-strike"),
//		Title:        "Drone strike on Kyiv",
//		Time:         source.Day(2025, time.April, 24, "Thursday"),
//		Status:       event.StatusOccurred,
//		Attributions: []source.Attribution{source.Attribute(report, source.VerbReported)},
//	}).Attacker(russia).TargetPlaces(kyiv).Methods(event.MethodDroneStrike).Casualties(killed).Build()
//
// Setters are named after the fields they fill; Build validates and
// returns a deep copy, so two builds of one builder share nothing. A
// struct literal and Validate work just as well. Validate checks an
// event's own rules; that its references resolve is for the Story that
// holds it (package newsevent). [Event.Head] returns a deep copy of the
// header, [HeaderOf] a view of it.
//
// The types with an UnmarshalJSON method also have UnmarshalJSONFrom,
// which encoding/json/v2 calls to decode them in one pass from its token
// stream. Its parameter, shown as *jsonx.Decoder, is the jsontext.Decoder
// of github.com/go-json-experiment/json, named through an internal alias:
// the standard library's encoding/json/jsontext where the toolchain has it
// (Go 1.27, or Go 1.26 with GOEXPERIMENT=jsonv2), and the same code as a
// module on Go 1.26 without the experiment.
package event
