package vocab

import "golang.org/x/text/language"

// Name is a name in a given language or script: "Володимир Зеленський" in
// uk, "Volodymyr Zelenskyi" in uk-Latn. Actors and territories both carry
// names of this type.
type Name struct {
	// Text is the name as written; required.
	Text string `json:"text" validate:"required,trimmed,text"`
	// Lang is the BCP 47 tag of the language and, where it matters, the
	// script or transliteration scheme ("uk", "uk-Latn", "zh-Hant",
	// "zh-Latn-pinyin"); required.
	Lang language.Tag `json:"lang" validate:"required,language"`
	// Added says the dataset adds the name (a transliteration made for
	// search, a form no source prints); zero for a name a source gives.
	Added bool `json:"added,omitempty"`
}

// ExternalID is the identifier of an actor or a place in another dataset:
// {wikidata Q3726} for Volodymyr Zelenskyy.
type ExternalID struct {
	// Scheme names the dataset; required. A [SchemeWikidata] value must
	// be an item ID such as Q42.
	Scheme Scheme `json:"scheme" validate:"required,token"`
	// Value is the identifier in that dataset; required.
	Value string `json:"value" validate:"required,no_space"`
}

// Scheme names a dataset that an [ExternalID] belongs to, as a lower-case
// snake_case word. The set is open: the constants name the datasets the
// library knows (it checks the form of Wikidata IDs), and any other word
// is accepted.
type Scheme string

// Datasets the library knows by name.
const (
	SchemeWikidata Scheme = "wikidata" // Wikidata item IDs: Q42
	SchemeGeoNames Scheme = "geonames" // GeoNames feature IDs
	SchemeACLED    Scheme = "acled"    // ACLED actor or event IDs
	SchemeOSM      Scheme = "osm"      // OpenStreetMap element IDs
)

// String returns the scheme as written.
func (s Scheme) String() string { return string(s) }
