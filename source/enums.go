package source

import "github.com/newsevent/newsevent/internal/enum"

// Kind says what sort of document or utterance a [Source] is. The zero
// Kind is invalid.
type Kind string

// The kinds of source.
const (
	KindReport    Kind = "report"    // a news agency's or newspaper's report ("a Reuters report")
	KindArticle   Kind = "article"   // an article, such as the one being modelled
	KindPost      Kind = "post"      // a post on a platform (X, Truth Social, Telegram)
	KindInterview Kind = "interview" // an interview ("an interview with TIME magazine")
	KindStatement Kind = "statement" // a statement by a person or body ("according to Zelenskyy")
	KindRemarks   Kind = "remarks"   // remarks to reporters
	KindBroadcast Kind = "broadcast" // a radio or television broadcast
	KindDocument  Kind = "document"  // a document a report quotes or relays: an agreement's text, a decree, a court ruling, an official dataset or results page
	KindPoll      Kind = "poll"      // an opinion or exit poll, by its pollster
)

var kinds = enum.New("source", "kind", KindReport, KindArticle, KindPost, KindInterview, KindStatement, KindRemarks, KindBroadcast, KindDocument, KindPoll)

// Kinds returns every Kind.
func Kinds() []Kind { return kinds.Values() }

// ParseKind returns the Kind spelled s, or an error that quotes s.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// String returns the kind as written in JSON.
func (k Kind) String() string { return string(k) }

// IsValid reports whether k is one of [Kinds].
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// MarshalText encodes the kind; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a kind; an unknown kind is an error that quotes it.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.Unmarshal(k, text) }

// Verb says how a source puts what is attributed to it. The zero Verb is
// invalid.
type Verb string

// The verbs of attribution.
const (
	VerbReported    Verb = "reported"     // a report states it ("as per a New York Times report")
	VerbSaid        Verb = "said"         // a person or body says it
	VerbClaimed     Verb = "claimed"      // asserted without support the report accepts
	VerbBlamed      Verb = "blamed"       // lays responsibility on someone
	VerbAccordingTo Verb = "according_to" // "according to Zelenskyy"
	VerbDenied      Verb = "denied"       // the source rejects it, including what others attribute to it
	VerbConfirmed   Verb = "confirmed"    // the source confirms it
	VerbAssessed    Verb = "assessed"     // the source's own judgement ("very likely favourable to Russia")
)

var verbs = enum.New("source", "verb", VerbReported, VerbSaid, VerbClaimed, VerbBlamed, VerbAccordingTo, VerbDenied, VerbConfirmed, VerbAssessed)

// Verbs returns every Verb.
func Verbs() []Verb { return verbs.Values() }

// ParseVerb returns the Verb spelled s, or an error that quotes s.
func ParseVerb(s string) (Verb, error) { return verbs.Parse(s) }

// String returns the verb as written in JSON.
func (v Verb) String() string { return string(v) }

// IsValid reports whether v is one of [Verbs].
func (v Verb) IsValid() bool { return verbs.Valid(v) }

// MarshalText encodes the verb; an invalid verb is an error.
func (v Verb) MarshalText() ([]byte, error) { return verbs.Marshal(v) }

// UnmarshalText decodes a verb; an unknown verb is an error that quotes it.
func (v *Verb) UnmarshalText(text []byte) error { return verbs.Unmarshal(v, text) }

// Qualifier says how a reported figure relates to its number: "nearly 70"
// is [QualifierNearly] 70. The zero Qualifier is invalid.
type Qualifier string

// The qualifiers of a figure.
const (
	QualifierExact    Qualifier = "exact"      // "90", "exactly 90"
	QualifierAbout    Qualifier = "about"      // "about 150", "around", "approximately", "some"
	QualifierNearly   Qualifier = "nearly"     // "nearly 70", "almost", "close to": a little below
	QualifierAtLeast  Qualifier = "at_least"   // "at least 20", "no fewer than"
	QualifierMoreThan Qualifier = "more_than"  // "more than 1,000", "over 4,500"
	QualifierAsManyAs Qualifier = "as_many_as" // "as many as 12": an upper figure, stressed as large
	QualifierUpTo     Qualifier = "up_to"      // "up to 20,000", "at most"
	QualifierLessThan Qualifier = "less_than"  // "fewer than 10", "less than", "under"
	QualifierRange    Qualifier = "range"      // "20 to 30", "between 20 and 30": Min and Max
	QualifierVague    Qualifier = "vague"      // "dozens", "hundreds", "several": no number, a Magnitude
)

var qualifiers = enum.New("source", "qualifier", QualifierExact, QualifierAbout, QualifierNearly, QualifierAtLeast, QualifierMoreThan, QualifierAsManyAs, QualifierUpTo, QualifierLessThan, QualifierRange, QualifierVague)

// Qualifiers returns every Qualifier.
func Qualifiers() []Qualifier { return qualifiers.Values() }

// ParseQualifier returns the Qualifier spelled s, or an error that quotes s.
func ParseQualifier(s string) (Qualifier, error) { return qualifiers.Parse(s) }

// String returns the qualifier as written in JSON.
func (q Qualifier) String() string { return string(q) }

// IsValid reports whether q is one of [Qualifiers].
func (q Qualifier) IsValid() bool { return qualifiers.Valid(q) }

// MarshalText encodes the qualifier; an invalid one is an error.
func (q Qualifier) MarshalText() ([]byte, error) { return qualifiers.Marshal(q) }

// UnmarshalText decodes a qualifier; an unknown one is an error that quotes it.
func (q *Qualifier) UnmarshalText(text []byte) error { return qualifiers.Unmarshal(q, text) }

// Precision says how exactly a [Time] is known: to the day, the month, the
// year. The zero Precision is invalid on a time that has a date.
type Precision string

// The precisions of a time, finest first.
const (
	PrecisionSecond Precision = "second"
	PrecisionMinute Precision = "minute"
	PrecisionHour   Precision = "hour"
	PrecisionDay    Precision = "day"
	PrecisionMonth  Precision = "month"
	PrecisionYear   Precision = "year"
)

var precisions = enum.New("source", "precision", PrecisionSecond, PrecisionMinute, PrecisionHour, PrecisionDay, PrecisionMonth, PrecisionYear)

// Precisions returns every Precision, finest first.
func Precisions() []Precision { return precisions.Values() }

// ParsePrecision returns the Precision spelled s, or an error that quotes s.
func ParsePrecision(s string) (Precision, error) { return precisions.Parse(s) }

// String returns the precision as written in JSON.
func (p Precision) String() string { return string(p) }

// IsValid reports whether p is one of [Precisions].
func (p Precision) IsValid() bool { return precisions.Valid(p) }

// MarshalText encodes the precision; an invalid one is an error.
func (p Precision) MarshalText() ([]byte, error) { return precisions.Marshal(p) }

// UnmarshalText decodes a precision; an unknown one is an error that quotes it.
func (p *Precision) UnmarshalText(text []byte) error { return precisions.Unmarshal(p, text) }

// Bound says how a [Time] with only a start relates to it. The zero Bound
// means the time is the start itself (or the period from start to end).
type Bound string

// The bounds of a time.
const (
	BoundNotBefore Bound = "not_before" // at or after Start ("published not before April 25")
	BoundNotAfter  Bound = "not_after"  // at or before Start ("by April 23")
	BoundSince     Bound = "since"      // a period from Start that has not ended ("since 2022")
)

var bounds = enum.New("source", "bound", BoundNotBefore, BoundNotAfter, BoundSince)

// Bounds returns every Bound.
func Bounds() []Bound { return bounds.Values() }

// ParseBound returns the Bound spelled s, or an error that quotes s.
func ParseBound(s string) (Bound, error) { return bounds.Parse(s) }

// String returns the bound as written in JSON.
func (b Bound) String() string { return string(b) }

// IsValid reports whether b is one of [Bounds].
func (b Bound) IsValid() bool { return bounds.Valid(b) }

// MarshalText encodes the bound; an invalid one is an error.
func (b Bound) MarshalText() ([]byte, error) { return bounds.Marshal(b) }

// UnmarshalText decodes a bound; an unknown one is an error that quotes it.
func (b *Bound) UnmarshalText(text []byte) error { return bounds.Unmarshal(b, text) }

// Reliability is the first half of an Admiralty (NATO) grade: how reliable
// the source is, from A (completely reliable) to F (reliability cannot be
// judged).
type Reliability string

// The grades of source reliability.
const (
	ReliabilityA Reliability = "A" // completely reliable
	ReliabilityB Reliability = "B" // usually reliable
	ReliabilityC Reliability = "C" // fairly reliable
	ReliabilityD Reliability = "D" // not usually reliable
	ReliabilityE Reliability = "E" // unreliable
	ReliabilityF Reliability = "F" // reliability cannot be judged
)

var reliabilities = enum.New("source", "reliability", ReliabilityA, ReliabilityB, ReliabilityC, ReliabilityD, ReliabilityE, ReliabilityF)

// Reliabilities returns every Reliability, best first.
func Reliabilities() []Reliability { return reliabilities.Values() }

// ParseReliability returns the Reliability spelled s, or an error that quotes s.
func ParseReliability(s string) (Reliability, error) { return reliabilities.Parse(s) }

// String returns the grade letter.
func (r Reliability) String() string { return string(r) }

// IsValid reports whether r is one of [Reliabilities].
func (r Reliability) IsValid() bool { return reliabilities.Valid(r) }

// Credibility is the second half of an Admiralty (NATO) grade: how credible
// the information is, from 1 (confirmed by other sources) to 6 (truth cannot
// be judged).
type Credibility string

// The grades of information credibility.
const (
	Credibility1 Credibility = "1" // confirmed by other sources
	Credibility2 Credibility = "2" // probably true
	Credibility3 Credibility = "3" // possibly true
	Credibility4 Credibility = "4" // doubtful
	Credibility5 Credibility = "5" // improbable
	Credibility6 Credibility = "6" // truth cannot be judged
)

var credibilities = enum.New("source", "credibility", Credibility1, Credibility2, Credibility3, Credibility4, Credibility5, Credibility6)

// Credibilities returns every Credibility, best first.
func Credibilities() []Credibility { return credibilities.Values() }

// ParseCredibility returns the Credibility spelled s, or an error that quotes s.
func ParseCredibility(s string) (Credibility, error) { return credibilities.Parse(s) }

// String returns the grade digit.
func (c Credibility) String() string { return string(c) }

// IsValid reports whether c is one of [Credibilities].
func (c Credibility) IsValid() bool { return credibilities.Valid(c) }

// MarshalText encodes the grade letter; an invalid one is an error.
func (r Reliability) MarshalText() ([]byte, error) { return reliabilities.Marshal(r) }

// UnmarshalText decodes a grade letter; an unknown one is an error that quotes it.
func (r *Reliability) UnmarshalText(text []byte) error { return reliabilities.Unmarshal(r, text) }

// MarshalText encodes the grade digit; an invalid one is an error.
func (c Credibility) MarshalText() ([]byte, error) { return credibilities.Marshal(c) }

// UnmarshalText decodes a grade digit; an unknown one is an error that quotes it.
func (c *Credibility) UnmarshalText(text []byte) error { return credibilities.Unmarshal(c, text) }

// Magnitude is the size a vague figure names without a number: "dozens",
// "hundreds", "several". A [Count] with [QualifierVague] carries one
// instead of a value. The zero Magnitude means none.
//
// [Magnitude.Floor] is the conservative number each stands for. For the
// words that name a power of ten or a dozen it follows the coding rule of
// ACLED (Armed Conflict Location & Event Data, "Fatalities" in its
// "Uses and limitations of ACLED data" FAQ, 2023): when a source gives
// "tens", "dozens" or "hundreds", ACLED codes 10, 12 or 100, "and so on":
// one of the unit the word is a plural of, never a midpoint. The library
// applies that rule to every magnitude: "scores" is one score, 20;
// "thousands" 1,000; "tens of thousands" 10,000. For the words that name
// no unit, the floor is the least the English word allows: "a few" and
// "a handful" at least 2, "several" at least 3.
type Magnitude string

// The magnitudes of a vague figure, smallest first.
const (
	MagnitudeFew                 Magnitude = "few"                   // "a few": at least 2
	MagnitudeHandful             Magnitude = "handful"               // "a handful": at least 2
	MagnitudeSeveral             Magnitude = "several"               // "several": at least 3
	MagnitudeTens                Magnitude = "tens"                  // "tens": 10
	MagnitudeDozens              Magnitude = "dozens"                // "dozens": 12
	MagnitudeScores              Magnitude = "scores"                // "scores": 20
	MagnitudeHundreds            Magnitude = "hundreds"              // "hundreds": 100
	MagnitudeThousands           Magnitude = "thousands"             // "thousands": 1,000
	MagnitudeTensOfThousands     Magnitude = "tens_of_thousands"     // "tens of thousands": 10,000
	MagnitudeHundredsOfThousands Magnitude = "hundreds_of_thousands" // "hundreds of thousands": 100,000
	MagnitudeMillions            Magnitude = "millions"              // "millions": 1,000,000
)

var magnitudes = enum.New("source", "magnitude", MagnitudeFew, MagnitudeHandful, MagnitudeSeveral, MagnitudeTens, MagnitudeDozens, MagnitudeScores, MagnitudeHundreds, MagnitudeThousands, MagnitudeTensOfThousands, MagnitudeHundredsOfThousands, MagnitudeMillions)

var magnitudeFloors = map[Magnitude]float64{
	MagnitudeFew: 2, MagnitudeHandful: 2, MagnitudeSeveral: 3, MagnitudeTens: 10, MagnitudeDozens: 12,
	MagnitudeScores: 20, MagnitudeHundreds: 100, MagnitudeThousands: 1_000, MagnitudeTensOfThousands: 10_000,
	MagnitudeHundredsOfThousands: 100_000, MagnitudeMillions: 1_000_000,
}

// Magnitudes returns every Magnitude, smallest first.
func Magnitudes() []Magnitude { return magnitudes.Values() }

// ParseMagnitude returns the Magnitude spelled s, or an error that quotes s.
func ParseMagnitude(s string) (Magnitude, error) { return magnitudes.Parse(s) }

// String returns the magnitude as written in JSON.
func (m Magnitude) String() string { return string(m) }

// IsValid reports whether m is one of [Magnitudes].
func (m Magnitude) IsValid() bool { return magnitudes.Valid(m) }

// Floor returns the conservative number the magnitude stands for (see
// [Magnitude]), or 0 for the zero or an unknown Magnitude.
func (m Magnitude) Floor() float64 { return magnitudeFloors[m] }

// MarshalText encodes the magnitude; an invalid one is an error.
func (m Magnitude) MarshalText() ([]byte, error) { return magnitudes.Marshal(m) }

// UnmarshalText decodes a magnitude; an unknown one is an error that quotes it.
func (m *Magnitude) UnmarshalText(text []byte) error { return magnitudes.Unmarshal(m, text) }

// Modality says whether a figure counts what is, or what may, is feared
// to, or is meant to be: "up to 100,000 could be affected" is a possible
// figure, "600 trucks a day" under a deal a planned one. It is separate
// from how a source puts the figure (its attributions). The zero Modality
// means an actual figure, as is [ModalityEstimated]; the others are not
// actual, and the helpers that pick one figure ([Lowest], [Highest],
// [Latest], [Groups]) leave them out.
type Modality string

// The modalities of a figure.
const (
	ModalityEstimated Modality = "estimated" // an estimate of what is ("an estimated 5,000 homes destroyed"): actual
	ModalityPossible  Modality = "possible"  // what could be ("could rise to 20,000")
	ModalityFeared    Modality = "feared"    // what is feared ("feared dead")
	ModalityProjected Modality = "projected" // a projection or forecast ("projected to reach")
	ModalityExpected  Modality = "expected"  // what is expected to be ("expected to release 33 hostages")
	ModalityPlanned   Modality = "planned"   // a target or the terms of a plan or deal ("600 trucks a day")
)

var modalities = enum.New("source", "modality", ModalityEstimated, ModalityPossible, ModalityFeared, ModalityProjected, ModalityExpected, ModalityPlanned)

// Modalities returns every Modality.
func Modalities() []Modality { return modalities.Values() }

// ParseModality returns the Modality spelled s, or an error that quotes s.
func ParseModality(s string) (Modality, error) { return modalities.Parse(s) }

// String returns the modality as written in JSON.
func (m Modality) String() string { return string(m) }

// IsValid reports whether m is one of [Modalities].
func (m Modality) IsValid() bool { return modalities.Valid(m) }

// Actual reports whether a figure of modality m counts what is: the zero
// Modality and [ModalityEstimated].
func (m Modality) Actual() bool { return m == "" || m == ModalityEstimated }

// MarshalText encodes the modality; an invalid one is an error.
func (m Modality) MarshalText() ([]byte, error) { return modalities.Marshal(m) }

// UnmarshalText decodes a modality; an unknown one is an error that quotes it.
func (m *Modality) UnmarshalText(text []byte) error { return modalities.Unmarshal(m, text) }
