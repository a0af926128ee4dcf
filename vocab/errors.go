package vocab

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Rule names a rule that a value breaks, as [Problem.Rule] reports it. The
// constants are every rule the library reports; each constant is spelled
// as its value ([RuleWrongType] is "wrong_type"), so that code that
// switches on rules reads like the JSON of a problem.
type Rule string

// The rules of newsevent. The first group are rules of one field, the
// second rules across fields of one record, the third rules across the
// records of a story; the last group are go-playground/validator's own
// rules of size and content, which keep the names that validator gives
// them.
const (
	RuleRequired    Rule = "required"    // a value that must be present
	RuleID          Rule = "id"          // a typed ID that must not be the zero UUID
	RuleEnum        Rule = "enum"        // a value of a closed set
	RuleCountry     Rule = "country"     // an ISO 3166-1 alpha-2 country code ([Country])
	RuleSubdivision Rule = "subdivision" // an ISO 3166-2 subdivision code ([Subdivision])
	RuleLanguage    Rule = "language"    // a BCP 47 language tag other than "und"
	RuleWikidata    Rule = "wikidata"    // a Wikidata item ID (Q42)
	RuleToken       Rule = "token"       // a lower-case snake_case word (a measure, a platform)
	RuleURL         Rule = "url"         // an absolute http or https URL
	RuleFinite      Rule = "finite"      // a number that is neither NaN nor infinite
	RuleNoSpace     Rule = "no_space"    // a text without white space
	RuleTrimmed     Rule = "trimmed"     // a text without leading or trailing white space
	RuleText        Rule = "text"        // a text without control characters that, when not empty, shows something
	RuleUTC         Rule = "utc"         // a time stored in UTC without a monotonic reading
	RuleDate        Rule = "date"        // an instant of the years 0000 to 9999, which RFC 3339 can write
	RulePrecision   Rule = "precision"   // a time not aligned to its precision

	RuleSelf      Rule = "self"      // a reference from a record to itself
	RuleOrder     Rule = "order"     // a start after its end, a minimum above its maximum
	RuleMismatch  Rule = "mismatch"  // two fields that contradict each other
	RuleConflicts Rule = "conflicts" // a field that must stay empty given another
	RuleRequires  Rule = "requires"  // a field that must be set given another
	RuleUnique    Rule = "unique"    // a value that must not repeat

	RuleUnresolved Rule = "unresolved" // a reference to a record that is not there
	RuleWrongType  Rule = "wrong_type" // a reference to a record of another type
	RuleCycle      Rule = "cycle"      // a chain of references that returns to its start

	RuleMin      Rule = "min"      // a list shorter (or a number smaller) than its minimum
	RuleMax      Rule = "max"      // a list longer (or a text longer) than its maximum
	RuleGTE      Rule = "gte"      // a number below its minimum
	RuleLTE      Rule = "lte"      // a number above its maximum
	RuleGT       Rule = "gt"       // a number not above its bound
	RuleExcludes Rule = "excludes" // a text holding a character it must not hold
	RuleInvalid  Rule = "invalid"  // any other problem
)

var rules = []Rule{
	RuleRequired, RuleID, RuleEnum, RuleCountry, RuleSubdivision, RuleLanguage, RuleWikidata, RuleToken,
	RuleURL, RuleFinite, RuleNoSpace, RuleTrimmed, RuleText, RuleUTC, RuleDate, RulePrecision,
	RuleSelf, RuleOrder, RuleMismatch, RuleConflicts, RuleRequires, RuleUnique,
	RuleUnresolved, RuleWrongType, RuleCycle,
	RuleMin, RuleMax, RuleGTE, RuleLTE, RuleGT, RuleExcludes, RuleInvalid,
}

// Rules returns every Rule, in the order of their declaration.
func Rules() []Rule { return append([]Rule(nil), rules...) }

// String returns the rule as it is written in a problem.
func (r Rule) String() string { return string(r) }

// Problem is one thing wrong with a value: where (a JSON path such as
// "events[12].casualties[0].max"), which rule it breaks, and a sentence a
// person understands. Programs decide on Path and Rule; the Message is
// for people and may change between versions.
type Problem struct {
	// Path is the JSON path of the field, "" for the value as a whole.
	Path string `json:"path"`
	// Rule names the rule broken.
	Rule Rule `json:"rule"`
	// Message says what is wrong in a sentence, without the path.
	Message string `json:"message"`
}

// String returns "path: message", or the message alone at the top level.
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// ValidationError is the error that every Validate method of newsevent
// returns, and every builder's Build: the problems found in one value, in
// the order found. Find it with errors.As:
//
//	var verr *vocab.ValidationError
//	if errors.As(err, &verr) {
//		for _, p := range verr.Problems { ... p.Path, p.Rule ... }
//	}
//
// A method that finds nothing wrong returns a nil error, never a nil
// *ValidationError. Every public package has an alias of this type under
// the same name (actor.ValidationError, event.ValidationError, ...), so
// any of them finds it.
type ValidationError struct {
	// Scope names what was validated ("actor", "event: attack", "story");
	// it starts the error text.
	Scope string
	// Problems lists what is wrong, in the order found.
	Problems []Problem
}

// Error reads like go/scanner.ErrorList: the scope, the first problem and
// how many more there are ("story: events[3].title: is required (and 2
// more problems)").
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Scope)
	b.WriteString(": ")
	switch n := len(e.Problems); n {
	case 0:
		b.WriteString("invalid")
	case 1:
		b.WriteString(e.Problems[0].String())
	default:
		b.WriteString(e.Problems[0].String())
		b.WriteString(" (and ")
		b.WriteString(strconv.Itoa(n - 1))
		if n == 2 {
			b.WriteString(" more problem)")
		} else {
			b.WriteString(" more problems)")
		}
	}
	return b.String()
}

// Has reports whether a problem with this path and rule is in the list.
func (e *ValidationError) Has(path string, rule Rule) bool {
	for _, p := range e.Problems {
		if p.Path == path && p.Rule == rule {
			return true
		}
	}
	return false
}

// ErrUnknown is what errors.Is finds in every [UnknownError]: a kind, an
// enum value or a JSON field that the library does not know.
var ErrUnknown = errors.New("unknown value")

// UnknownError reports a value outside a closed set: an event kind that
// does not exist ("meating"), an enum value ("occured"), a field of JSON
// that no record has. Decoders and Parse functions return it, wrapped with
// where it was found; errors.As finds it, and errors.Is finds [ErrUnknown]
// in it.
type UnknownError struct {
	// Scope names the package or record that reports it ("event",
	// "actor").
	Scope string
	// Set names what the value should have been ("kind", "link type",
	// "field").
	Set string
	// Value is the value as given.
	Value string
	// Known lists the values the set has, where it is a closed list
	// short enough to show; empty for fields.
	Known []string
}

// Error returns `scope: unknown set "value" (want one of [...])`.
func (e *UnknownError) Error() string {
	s := fmt.Sprintf("%s: unknown %s %q", e.Scope, e.Set, e.Value)
	if len(e.Known) > 0 {
		s += fmt.Sprintf(" (want one of %v)", e.Known)
	}
	return s
}

// Is reports whether target is [ErrUnknown].
func (e *UnknownError) Is(target error) bool { return target == ErrUnknown }

// DecodeError locates what is wrong in JSON or JSON Lines input: the line
// (for JSON Lines), the byte offset and the JSON path of the value, and
// what is wrong with it (an *UnknownError, a *LimitError, a syntax
// error...), which errors.As and errors.Is reach through Unwrap. Quoted
// input in its text is cut to a short excerpt.
type DecodeError struct {
	// Scope names the package that decodes ("newsevent", "event").
	Scope string
	// Line is the line of JSON Lines input, counting from 1; 0 for a
	// JSON document.
	Line int
	// Offset is the byte offset of the problem in the line (JSON Lines)
	// or in the document, counting from 0; -1 when it is not known.
	Offset int64
	// Path is the JSON path of the value ("events[3].casualties[0]"), ""
	// for the document or line as a whole.
	Path string
	// Err is what is wrong.
	Err error
}

// Error returns "scope: line L, byte B: path: what is wrong".
func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString(e.Scope)
	b.WriteString(": ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Offset >= 0 {
			b.WriteString(", byte ")
			b.WriteString(strconv.FormatInt(e.Offset, 10))
		}
		b.WriteString(": ")
	} else if e.Offset >= 0 {
		b.WriteString("byte ")
		b.WriteString(strconv.FormatInt(e.Offset, 10))
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns what is wrong.
func (e *DecodeError) Unwrap() error { return e.Err }

// ErrLimit is what errors.Is finds in every [LimitError].
var ErrLimit = errors.New("limit exceeded")

// LimitError reports input that exceeds one of the limits a decoder
// keeps to bound its work and memory (see newsevent.Limits): a line too
// long, objects nested too deep, too many keys, records or bytes. It is
// found inside a [DecodeError] that says where.
type LimitError struct {
	// Limit names the limit, as the field of newsevent.Limits
	// ("MaxDepth").
	Limit string
	// Max is the limit's value.
	Max int64
}

// Error returns "exceeds Limit (max N)".
func (e *LimitError) Error() string {
	return "exceeds " + e.Limit + " (at most " + strconv.FormatInt(e.Max, 10) + ")"
}

// Is reports whether target is [ErrLimit].
func (e *LimitError) Is(target error) bool { return target == ErrLimit }
