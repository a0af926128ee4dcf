package event

import (
	"slices"

	"github.com/newsevent/newsevent/internal/enum"
)

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

// ParseCategory returns the Category spelled s, or an error that quotes s.
func ParseCategory(s string) (Category, error) { return categoryValues.Parse(s) }

// String returns the category as written in JSON.
func (c Category) String() string { return string(c) }

// IsValid reports whether c is one of [Categories].
func (c Category) IsValid() bool { return categoryValues.Valid(c) }

// MarshalText encodes the category; an invalid one is an error.
func (c Category) MarshalText() ([]byte, error) { return categoryValues.Marshal(c) }

// UnmarshalText decodes a category; an unknown one is an error that quotes it.
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

// notYet reports whether an event with this status has not (or not yet)
// taken place.
func notYet(s Status) bool {
	switch s {
	case StatusPlanned, StatusPostponed, StatusProposed, StatusCancelled:
		return true
	}
	return false
}

// Codes derives the CAMEO code from how the meeting is held: 036 (intent
// to meet) while it has not taken place, 041 by phone or video, 045 with a
// mediator, 042 (a visit) with a host among the attendees, 044 (a meeting
// at a third location) with a host outside them, else 040; a multilateral
// meeting gets PLOVER's multilateral mode.
func (m *Meeting) Codes() Codes {
	switch {
	case notYet(m.Status):
		return codesFor("036")
	case m.Remote:
		return codesFor("041")
	case !m.Mediator.IsZero():
		return codesFor("045")
	case !m.Host.IsZero() && slices.Contains(m.Attendees, m.Host):
		return codesFor("042")
	case !m.Host.IsZero():
		return codesFor("044")
	}
	c := codesFor("040")
	if m.Multilateral {
		c.Mode = "multilateral"
	}
	return c
}

// methodCodes maps each method to its CAMEO code.
var methodCodes = map[Method]string{
	MethodAirStrike:       "195",
	MethodMissileStrike:   "195",
	MethodDroneStrike:     "1952",
	MethodShelling:        "194",
	MethodGroundAssault:   "190",
	MethodShooting:        "193",
	MethodBombing:         "183",
	MethodCarBombing:      "1832",
	MethodSuicideBombing:  "1831",
	MethodRoadsideBombing: "1833",
	MethodPhysicalAssault: "182",
	MethodAbduction:       "181",
}

// Codes derives the CAMEO code from the attack: 186 for a targeted killing
// that killed (185 when no one is reported killed); otherwise the code of
// its method (a drone strike 1952, a car bombing 1832, shelling 194); for
// several methods the code they share, such as 195 for missile and drone
// strikes together, or 190 (conventional military force) when they share
// none or none is given.
func (a *Attack) Codes() Codes {
	if a.Targeted {
		for _, c := range a.Casualties {
			if c.Measure == "killed" && c.Conservative() > 0 {
				return codesFor("186")
			}
		}
		return codesFor("185")
	}
	code := ""
	for _, m := range a.Methods {
		c := methodCodes[m]
		switch {
		case code == "" || code == c:
			code = c
		case sharesPrefix(code, c, 3):
			code = code[:3]
		case sharesPrefix(code, c, 2):
			code = code[:2] + "0"
		default:
			code = "190"
		}
	}
	if code == "" {
		code = "190"
	}
	return codesFor(code)
}

func sharesPrefix(a, b string, n int) bool {
	return len(a) >= n && len(b) >= n && a[:n] == b[:n]
}

// speechCodes maps each speech act to its CAMEO code.
var speechCodes = map[SpeechAct]string{
	SpeechClaim:          "010",
	SpeechAnnounce:       "010",
	SpeechAssess:         "010",
	SpeechDeclineComment: "011",
	SpeechPessimistic:    "012",
	SpeechOptimistic:     "013",
	SpeechConcede:        "015",
	SpeechDeny:           "016",
	SpeechAppeal:         "020",
	SpeechPromise:        "030",
	SpeechPraise:         "051",
	SpeechDemand:         "100",
	SpeechCriticise:      "111",
	SpeechAccuse:         "112",
	SpeechThreaten:       "130",
}

// Codes derives the CAMEO code from the main (first) speech act:
// criticism 111, an accusation 112, a demand 100, a threat 130, praise
// 051, a promise 030, an appeal 020, a denial 016, a concession 015, an
// optimistic comment 013, a pessimistic one 012, declining comment 011,
// and 010 for claims, announcements and assessments. Statements (01) and
// appeals (02) have no PLOVER category.
func (s *Statement) Codes() Codes {
	if len(s.Acts) == 0 {
		return Codes{}
	}
	return codesFor(speechCodes[s.Acts[0]])
}

// Codes derives the CAMEO code from the stage: 037 (intent to settle a
// dispute) for a plan proposed or agreed, 057 (signing a formal agreement)
// once signed or in force.
func (p *Proposal) Codes() Codes {
	switch p.Stage {
	case StageSigned, StageInForce:
		return codesFor("057")
	case StageProposed, StageAgreed:
		return codesFor("037")
	}
	return Codes{}
}

// Codes derives the CAMEO code from the act and the kind of event responded
// to (ToKind): rejecting a proposal is 127 and a meeting 125; skipping,
// postponing or cancelling a meeting 125; withdrawing from a meeting 164;
// signing 057; approving 051; accepting 019 (expressing accord); other
// rejections 120 and withdrawals 160.
func (r *Response) Codes() Codes {
	meeting := r.ToKind == KindMeeting
	switch r.Act {
	case ResponseReject:
		switch r.ToKind {
		case KindProposal:
			return codesFor("127")
		case KindMeeting:
			return codesFor("125")
		}
		return codesFor("120")
	case ResponseSkip, ResponsePostpone, ResponseCancel:
		if meeting {
			return codesFor("125")
		}
		return codesFor("120")
	case ResponseWithdraw:
		if meeting {
			return codesFor("164")
		}
		return codesFor("160")
	case ResponseSign:
		return codesFor("057")
	case ResponseApprove:
		return codesFor("051")
	case ResponseAccept:
		return codesFor("019")
	}
	return Codes{}
}

// Codes gives 190 (conventional military force) for a war or armed
// conflict, the frame its strikes and battles are part of.
func (c *Conflict) Codes() Codes { return codesFor("190") }

// Codes is empty: CAMEO and PLOVER have no code for a disaster.
func (d *Disaster) Codes() Codes { return Codes{} }

// Codes is empty: CAMEO and PLOVER have no code for an election.
func (e *Election) Codes() Codes { return Codes{} }

// Codes is empty: CAMEO and PLOVER have no code for a change of office.
func (r *RoleChange) Codes() Codes { return Codes{} }

// Codes returns the user's codes; a CAMEO code without a PLOVER category
// gets the category (and mode) that follows from it.
func (o *Other) Codes() Codes {
	if o.PLOVER == "" {
		return codesFor(o.CAMEO)
	}
	return Codes{CAMEO: o.CAMEO, PLOVER: o.PLOVER, Mode: o.Mode}
}
