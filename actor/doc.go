// Package actor models who takes part in the news: people, states,
// governments, organisations, armed forces, groups and news media, with
// their names in any language and script, the other words that stand for
// them, their accounts on platforms, their roles and what they belong to.
//
// # Actors
//
// An [Actor] is a plain value. Its [Kind] says what sort of actor it is;
// its Name is the canonical name the dataset shows, and Names hold the
// same name in other languages or scripts, each a [vocab.Name] with its BCP 47
// tag ("uk" for Володимир Зеленський, "uk-Latn" for a transliteration).
// An [Alias] is another word that stands for the actor, of an [AliasKind]:
// an abbreviation ("US"), a metonym ("the Kremlin" for the government of
// Russia), a first name used in address ("Vladimir"). A [Handle] is an
// account on a platform, a [Role] a position held in or for another actor,
// and a [vocab.ExternalID] the actor's identifier in another dataset, such
// as Wikidata. Its Country is a [vocab.Country].
//
// Records never point to each other: they refer by [ID]. [IDFor] derives
// an ID from a stable key (a UUID version 5), so a dataset rebuilt from the
// same keys keeps its IDs; [NewID] makes a new one (a UUID version 7).
//
// # Validation
//
// [Actor.Validate] checks every rule of an actor and its parts and
// returns nil or a *[ValidationError] that lists each [Problem] with its
// JSON path and rule:
//
//	var ve *actor.ValidationError
//	if errors.As(a.Validate(), &ve) {
//		for _, p := range ve.Problems {
//			fmt.Println(p.Path, p.Rule) // handles[0].handle excludes
//		}
//	}
//
// A country is a [vocab.Country], which only a valid code can make ("UA",
// "XK"; not "ZZ", "EU", "UK" or "ua"); a role must not end before it starts; an actor
// cannot be a member of itself; times are in UTC without a monotonic
// clock reading, so that values compare equal after a round trip.
//
// # Building
//
// [New] starts a [Builder] with the required fields; its setters are named
// after the fields they fill, and [Builder.Build] returns a deep copy of
// the actor or every problem at once; it never panics and adds no rule of
// its own:
//
//	zelenskyy, err := actor.New(actor.IDFor("A4"), actor.KindPerson, "Volodymyr Zelenskyy").
//		Names(vocab.Name{Text: "Володимир Зеленський", Lang: language.Ukrainian}).
//		Handles(actor.Handle{Platform: "x", Handle: "ZelenskyyUa"}).
//		Country("UA").
//		Build()
//
// A struct literal and [Actor.Validate] work just as well.
//
// # JSON
//
// An actor encodes with snake_case names, its kinds as lower-case strings,
// its IDs as UUID strings and its country as the two-letter code. Decoding
// rejects unknown fields, inside roles and names too, with an error that
// names the field, and unknown kinds and countries with a
// *[vocab.UnknownError] that quotes them.
//
// The types with an UnmarshalJSON method also have UnmarshalJSONFrom,
// which encoding/json/v2 calls to decode them in one pass from its token
// stream. Its parameter, shown as *jsonx.Decoder, is the jsontext.Decoder
// of github.com/go-json-experiment/json, named through an internal alias:
// the standard library's encoding/json/jsontext where the toolchain has it
// (Go 1.27, or Go 1.26 with GOEXPERIMENT=jsonv2), and the same code as a
// module on Go 1.26 without the experiment.
package actor
