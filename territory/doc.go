// Package territory models the places of the news and who holds them:
// countries, regions, cities, towns, facilities, front sectors and any
// other area, named or not, and the territorial statuses reports state:
// control, occupation, annexation, claims and recognition.
//
// # Territories
//
// A [Territory] has a [Kind], a name (with names in other languages as
// [vocab.Name] values), its ISO 3166-1 country and ISO 3166-2 subdivision
// codes, the territory that contains it (Parent) and a [Point] with a
// [Precision]. A place the report does not name ("a southwestern city in
// Ukraine") has no name: its description is its only name. A record may
// stand for several places the report does not list ("five Ukrainian
// regions").
//
// # Statuses
//
// A [Status] is what a report says of who holds the territories: a
// [Relation] ([RelationControls], [RelationAnnexed],
// [RelationRecognisesDeJure], ...), the holder and, for a recognition, the
// recognising actor; how much of them ([Extent], or a share as a
// [source.Count] such as "about 53%"); when ([source.Time]); whether it
// holds, is only proposed or is asserted ([Standing]); who says so
// ([source.Attribution]); and the report's own words ("illegally
// annexed"). A status is a claim, like every fact in newsevent: a proposed
// recognition is recorded as proposed, never as in force.
//
// # IDs, validation and building
//
// Territories refer to each other by [ID] and statuses have a [StatusID]
// of their own; [IDFor] and [StatusIDFor] derive them from stable keys.
// [Territory.Validate] and [Status.Validate] return nil or a
// *[ValidationError] listing each [Problem] with its JSON path and rule: a
// subdivision whose country is not the territory's country, a recognition
// without a recogniser, a territory listed twice in a status.
//
// [New] and [NewStatus] start builders that collect every problem and
// return them from Build; they never panic and add no rule of their own:
//
//	crimea := territory.IDFor("T10")
//	ts3, err := territory.NewStatus(territory.StatusIDFor("TS3"),
//		territory.RelationRecognisesDeJure, russia, territory.StandingProposed, crimea).
//		Recogniser(us).
//		Attributions(source.Attribute(reuters, source.VerbReported)).
//		Build()
//
// # JSON
//
// Territories encode their country ([vocab.Country]) and subdivision
// ([vocab.Subdivision]) as their codes; a code not on the lists is an
// error when decoding, as in the builders. Decoding a
// [Territory] or a [Status] rejects unknown fields, also inside a point, a
// share or a period, with an error that names the field.
//
// The types with an UnmarshalJSON method also have UnmarshalJSONFrom,
// which encoding/json/v2 calls to decode them in one pass from its token
// stream. Its parameter, shown as *jsonx.Decoder, is the jsontext.Decoder
// of github.com/go-json-experiment/json, named through an internal alias:
// the standard library's encoding/json/jsontext where the toolchain has it
// (Go 1.27, or Go 1.26 with GOEXPERIMENT=jsonv2), and the same code as a
// module on Go 1.26 without the experiment.
package territory
