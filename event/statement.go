package event

import (
	"slices"

	"github.com/go-playground/validator/v10"

	"github.com/newsevent/newsevent/actor"
	"github.com/newsevent/newsevent/internal/clone"
	"github.com/newsevent/newsevent/internal/enum"
	"github.com/newsevent/newsevent/internal/validate"
	"github.com/newsevent/newsevent/source"
	"github.com/newsevent/newsevent/territory"
	"github.com/newsevent/newsevent/vocab"
)

// KindStatement is the kind of a [Statement].
const KindStatement Kind = "statement"

// Statement is something an actor says: the speaker, to whom, about whom
// and what, the speech act, the quotes and the medium (a post, an
// interview, remarks to reporters).
type Statement struct {
	Header
	// Speaker is who speaks; required.
	Speaker actor.ID `json:"speaker" validate:"id"`
	// Addressees are whom the statement is addressed to.
	Addressees []actor.ID `json:"addressees,omitzero" validate:"dive,id"`
	// Subjects are the actors it is about: whom it accuses, criticises or
	// praises.
	Subjects []actor.ID `json:"subjects,omitzero" validate:"dive,id"`
	// Acts are what the statement does, the main one first; at least one.
	Acts []SpeechAct `json:"acts" validate:"min=1,dive,enum"`
	// Content is what the speaker says in the report's words, where there
	// is no quote or beside one ("Witkoff left with a message for Trump").
	Content string `json:"content,omitempty" validate:"trimmed,text"`
	// Quotes are the speaker's own words.
	Quotes []source.Quote `json:"quotes,omitzero" validate:"dive"`
	// Medium is the source it was said in: a post, an interview, remarks.
	Medium source.ID `json:"medium,omitzero"`
	// About are the events it is about.
	About []ID `json:"about,omitzero" validate:"dive,id"`
}

// SpeechAct says what a [Statement] does. The zero SpeechAct is invalid.
type SpeechAct string

// The speech acts of a statement.
const (
	SpeechClaim          SpeechAct = "claim"           // asserts something
	SpeechAnnounce       SpeechAct = "announce"        // makes something known
	SpeechAssess         SpeechAct = "assess"          // judges a situation
	SpeechOptimistic     SpeechAct = "optimistic"      // comments hopefully ("we're getting very close")
	SpeechPessimistic    SpeechAct = "pessimistic"     // comments gloomily
	SpeechPromise        SpeechAct = "promise"         // commits to do something
	SpeechAppeal         SpeechAct = "appeal"          // asks for something
	SpeechDemand         SpeechAct = "demand"          // insists on something
	SpeechCriticise      SpeechAct = "criticise"       // criticises or denounces
	SpeechAccuse         SpeechAct = "accuse"          // accuses someone ("blaming Kyiv for starting the war")
	SpeechDeny           SpeechAct = "deny"            // denies something, such as responsibility
	SpeechPraise         SpeechAct = "praise"          // praises or endorses
	SpeechThreaten       SpeechAct = "threaten"        // threatens
	SpeechConcede        SpeechAct = "concede"         // concedes or acknowledges ("I said that as an exaggeration")
	SpeechDeclineComment SpeechAct = "decline_comment" // declines to comment
)

var speechActValues = enum.New("event", "speech act", SpeechClaim, SpeechAnnounce, SpeechAssess, SpeechOptimistic, SpeechPessimistic, SpeechPromise, SpeechAppeal, SpeechDemand, SpeechCriticise, SpeechAccuse, SpeechDeny, SpeechPraise, SpeechThreaten, SpeechConcede, SpeechDeclineComment)

// SpeechActs returns every SpeechAct.
func SpeechActs() []SpeechAct { return speechActValues.Values() }

// ParseSpeechAct returns the SpeechAct spelled s, or a *[vocab.UnknownError].
func ParseSpeechAct(s string) (SpeechAct, error) { return speechActValues.Parse(s) }

// String returns the speech act as written in JSON.
func (s SpeechAct) String() string { return string(s) }

// IsValid reports whether s is one of [SpeechActs].
func (s SpeechAct) IsValid() bool { return speechActValues.Valid(s) }

// MarshalText encodes the speech act; an invalid one is an error.
func (s SpeechAct) MarshalText() ([]byte, error) { return speechActValues.Marshal(s) }

// UnmarshalText decodes a speech act; an unknown one is a *[vocab.UnknownError].
func (s *SpeechAct) UnmarshalText(text []byte) error { return speechActValues.Unmarshal(s, text) }

var _ Event = (*Statement)(nil)

func (*Statement) isEvent() {}

// Kind returns [KindStatement].
func (*Statement) Kind() Kind { return KindStatement }

// Participants lists the speaker, addressees and subjects.
func (s *Statement) Participants() []Participant {
	var p participants
	p.add(RoleSpeaker, s.Speaker)
	p.add(RoleAddressee, s.Addressees...)
	p.add(RoleSubject, s.Subjects...)
	return s.named(p)
}

// AllPlaces returns the header's places.
func (s *Statement) AllPlaces() []territory.ID { return s.places() }

// AllLinks returns the header's links and an about link to each event it
// is about.
func (s *Statement) AllLinks() []Link {
	more := make([]Link, 0, len(s.About))
	for _, id := range s.About {
		more = append(more, Link{Type: LinkAbout, To: id})
	}
	return s.links(more...)
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

// Validate checks the statement; see [Event].
func (s *Statement) Validate() error { return check(s) }

func init() {
	validate.RegisterStruct(checkStatement, Statement{})
}

func checkStatement(sl validator.StructLevel) {
	s := validate.Current[Statement](sl)
	if s.Content == "" && len(s.Quotes) == 0 {
		validate.Report(sl, s.Content, "content", vocab.RuleRequired, "is required, or a quote")
	}
	for i, id := range s.About {
		if id == s.ID && !id.IsZero() {
			validate.Report(sl, id, validate.Index("about", i), vocab.RuleSelf, "a statement cannot be about itself")
		}
	}
}

type plainStatement Statement

// MarshalJSON encodes the statement with "kind":"statement" first.
func (s Statement) MarshalJSON() ([]byte, error) { return s.appendJSON(nil) }

// appendJSON appends the JSON form of the statement to b; see [appendEventJSON].
func (s *Statement) appendJSON(b []byte) ([]byte, error) {
	return appendEventJSON(b, KindStatement, &s.Header, (*plainStatement)(s))
}

// UnmarshalJSON decodes a statement; see [Meeting.UnmarshalJSON].
func (s *Statement) UnmarshalJSON(data []byte) error {
	w := struct {
		kindField
		*plainStatement
	}{plainStatement: (*plainStatement)(s)}
	return decodeKind(data, KindStatement, s, &w, &w.kindField)
}

// StatementBuilder builds a [Statement]; start one with [NewStatement].
type StatementBuilder struct{ e Statement }

// NewStatement starts a builder of a statement with its header, speaker
// and speech acts (the main one first); see [NewMeeting] for the contract
// of every event builder.
func NewStatement(h Header, speaker actor.ID, acts ...SpeechAct) *StatementBuilder {
	return &StatementBuilder{Statement{Header: clone.Of(h), Speaker: speaker, Acts: slices.Clone(acts)}}
}

// Addressees adds whom the statement is addressed to.
func (b *StatementBuilder) Addressees(ids ...actor.ID) *StatementBuilder {
	b.e.Addressees = append(b.e.Addressees, ids...)
	return b
}

// Subjects adds actors the statement is about (whom it accuses, praises).
func (b *StatementBuilder) Subjects(ids ...actor.ID) *StatementBuilder {
	b.e.Subjects = append(b.e.Subjects, ids...)
	return b
}

// Content sets what the speaker says, in the report's words.
func (b *StatementBuilder) Content(text string) *StatementBuilder { b.e.Content = text; return b }

// Quotes adds the speaker's own words.
func (b *StatementBuilder) Quotes(q ...source.Quote) *StatementBuilder {
	b.e.Quotes = append(b.e.Quotes, q...)
	return b
}

// Medium sets the source it was said in.
func (b *StatementBuilder) Medium(id source.ID) *StatementBuilder { b.e.Medium = id; return b }

// About adds events the statement is about.
func (b *StatementBuilder) About(ids ...ID) *StatementBuilder {
	b.e.About = append(b.e.About, ids...)
	return b
}

// Build returns the statement, or nil and a *[ValidationError]; see
// [NewMeeting].
func (b *StatementBuilder) Build() (*Statement, error) { return build(&b.e) }
