// Package vocab holds the vocabulary that every package of newsevent
// shares, so that actor, source, territory, event and the Story speak of
// errors, countries and names in one way.
//
// # Errors
//
// Every Validate method and every builder's Build returns nil or a
// [*ValidationError]: the list of [Problem] values found, each with its
// JSON path, its [Rule] and a sentence. The rules are the Rule constants;
// programs switch on them and on paths, never on the sentences:
//
//	var verr *vocab.ValidationError
//	if errors.As(err, &verr) && verr.Has("attendees", vocab.RuleMin) { ... }
//
// A value outside a closed set (an event kind, an enum value, a JSON field
// no record has) is an [*UnknownError], which errors.Is matches with
// [ErrUnknown]. The public packages alias ValidationError and Problem under
// the same names, so errors.As works with whichever package is at hand.
//
// # Countries and subdivisions
//
// [Country] (ISO 3166-1 alpha-2) and [Subdivision] (ISO 3166-2) are small
// comparable values, made only by Parse functions that check them against
// the code lists go-playground/validator keeps; their zero values mean
// "none". In JSON both are their codes.
//
// # Names
//
// [Name] is a name in a language or script, with its BCP 47 tag
// (golang.org/x/text/language); [ExternalID] an identifier in another
// dataset such as Wikidata.
package vocab
