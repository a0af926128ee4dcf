package event

import "github.com/newsevent/newsevent/internal/enum"

// Codes are an event's codes in two event ontologies: CAMEO 1.1b3 (a
// code such as "1952") and PLOVER (a category such as ASSAULT and a mode
// such as "drone"). Empty fields mean the ontology has no code for the
// event: CAMEO and PLOVER code interactions between actors, so a disaster,
// an election or a change of office has none.
type Codes struct {
	// CAMEO is the CAMEO 1.1b3 event code; see [CAMEOLabel].
	CAMEO string `json:"cameo,omitempty"`
	// PLOVER is the PLOVER event category.
	PLOVER Category `json:"plover,omitzero"`
	// Mode is the PLOVER mode within the category.
	Mode string `json:"mode,omitempty"`
}

// CAMEOLabel returns the label CAMEO 1.1b3 gives an event code ("1952":
// "Employ remotely piloted aerial munitions"), and false for a string that
// is not one of its codes.
func CAMEOLabel(code string) (string, bool) {
	l, ok := cameoLabels[code]
	return l, ok
}

// Category is a PLOVER event category, written in upper case as PLOVER
// writes it. The zero Category means none.
type Category string

// The sixteen PLOVER event categories.
const (
	CategoryAgree     Category = "AGREE"
	CategoryConsult   Category = "CONSULT"
	CategorySupport   Category = "SUPPORT"
	CategoryConcede   Category = "CONCEDE"
	CategoryCooperate Category = "COOPERATE"
	CategoryAid       Category = "AID"
	CategoryRetreat   Category = "RETREAT"
	CategoryRequest   Category = "REQUEST"
	CategoryAccuse    Category = "ACCUSE"
	CategoryReject    Category = "REJECT"
	CategoryThreaten  Category = "THREATEN"
	CategoryProtest   Category = "PROTEST"
	CategorySanction  Category = "SANCTION"
	CategoryMobilize  Category = "MOBILIZE"
	CategoryCoerce    Category = "COERCE"
	CategoryAssault   Category = "ASSAULT"
)

var categoryValues = enum.New("event", "PLOVER category", CategoryAgree, CategoryConsult, CategorySupport, CategoryConcede,
	CategoryCooperate, CategoryAid, CategoryRetreat, CategoryRequest, CategoryAccuse, CategoryReject, CategoryThreaten,
	CategoryProtest, CategorySanction, CategoryMobilize, CategoryCoerce, CategoryAssault)

// Categories returns every Category.
func Categories() []Category { return categoryValues.Values() }

// ParseCategory returns the Category spelled s, or a *[vocab.UnknownError].
func ParseCategory(s string) (Category, error) { return categoryValues.Parse(s) }

// String returns the category as written in JSON.
func (c Category) String() string { return string(c) }

// IsValid reports whether c is one of [Categories].
func (c Category) IsValid() bool { return categoryValues.Valid(c) }

// MarshalText encodes the category; an invalid one is an error.
func (c Category) MarshalText() ([]byte, error) { return categoryValues.Marshal(c) }

// UnmarshalText decodes a category; an unknown one is a *[vocab.UnknownError].
func (c *Category) UnmarshalText(text []byte) error { return categoryValues.Unmarshal(c, text) }

// cueCategories maps CAMEO's two-digit cue categories to PLOVER, as the
// PLOVER manual's table of equivalents does, for the codes that
// [ploverCodes] does not list; 01 (public statements) and 02 (appeals)
// have none.
var cueCategories = map[string]Category{
	"03": CategoryAgree, "04": CategoryConsult, "05": CategorySupport, "06": CategoryCooperate,
	"07": CategoryAid, "09": CategoryAccuse, "10": CategoryRequest, "11": CategoryAccuse,
	"12": CategoryReject, "13": CategoryThreaten, "14": CategoryProtest, "15": CategoryMobilize,
	"16": CategorySanction, "17": CategoryCoerce, "18": CategoryAssault, "19": CategoryAssault, "20": CategoryAssault,
}

// codesFor returns the Codes of a CAMEO code, with its PLOVER category and
// mode from [ploverCodes] or, failing that, its cue category. A string
// that is no CAMEO 1.1b3 code gets no PLOVER category (and never a panic:
// [Other.Codes] may meet one before Validate does).
func codesFor(cameo string) Codes {
	if cameo == "" {
		return Codes{}
	}
	if c, ok := ploverCodes[cameo]; ok {
		c.CAMEO = cameo
		return c
	}
	c := Codes{CAMEO: cameo}
	if _, ok := cameoLabels[cameo]; ok {
		c.PLOVER = cueCategories[cameo[:2]]
	}
	return c
}
