package validate

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"
)

// state holds the shared validator and the registrations that built it.
// Registrations come from package init functions; should one arrive after
// the first validation (a package initialised late), the validator is built
// again with every registration so far and swapped in atomically.
var state struct {
	mu    sync.Mutex
	regs  []func(*validator.Validate)
	built atomic.Pointer[validator.Validate]
}

// Register adds rules (struct-level validations, custom types) to the shared
// validator. Call it from an init function.
func Register(fn func(*validator.Validate)) {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.regs = append(state.regs, fn)
	if state.built.Load() != nil {
		state.built.Store(build(state.regs))
	}
}

func instance() *validator.Validate {
	if v := state.built.Load(); v != nil {
		return v
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	if v := state.built.Load(); v != nil {
		return v
	}
	v := build(state.regs)
	state.built.Store(v)
	return v
}

func build(regs []func(*validator.Validate)) *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled(), validator.WithTagNameFuncBlankOmit())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	// x/text values are structs; validate their text forms.
	// language.Tag and language.Region are checked by the country and
	// bcp47 rules themselves: a custom type function would make the
	// validator look up every field's type in a map.
	for tag, fn := range map[string]validator.Func{
		RuleID:          func(fl validator.FieldLevel) bool { return !fl.Field().IsZero() },
		RuleEnum:        isEnum,
		RuleCountry:     isCountryField,
		RuleLanguage:    isLanguageField,
		RuleSubdivision: func(fl validator.FieldLevel) bool { return IsSubdivision(fl.Field().String()) },
		RuleWikidata:    func(fl validator.FieldLevel) bool { return IsWikidata(fl.Field().String()) },
		RuleToken:       func(fl validator.FieldLevel) bool { return IsToken(fl.Field().String()) },
		RuleURL:         func(fl validator.FieldLevel) bool { return IsHTTPURL(fl.Field().String()) },
		RuleFinite:      isFinite,
		RuleNoSpace:     func(fl validator.FieldLevel) bool { return !strings.ContainsAny(fl.Field().String(), " \t\r\n") },
		RuleTrimmed:     isTrimmed,
		RuleUTC:         isUTC,
	} {
		if err := v.RegisterValidation(tag, fn); err != nil {
			// The tags above are constants of this package; a failure here
			// is a programming error caught by every test run.
			panic(err)
		}
	}
	for _, fn := range regs {
		fn(v)
	}
	return v
}

// The rules of this library, as they appear in [Problem.Rule]. Rules of
// go-playground/validator keep their own names (required, gte, lte, min,
// max, ...).
const (
	RuleID          = "id"         // a typed ID that must not be the zero UUID
	RuleEnum        = "enum"       // a value of a closed set
	RuleCountry     = "country"    // an ISO 3166-1 alpha-2 country code
	RuleLanguage    = "bcp47"      // a BCP 47 language tag
	RuleSubdivision = "iso3166_2"  // an ISO 3166-2 subdivision code
	RuleWikidata    = "wikidata"   // a Wikidata item ID (Q42)
	RuleToken       = "token"      // a lower-case snake_case word (measure, platform)
	RuleURL         = "url"        // an absolute http or https URL
	RuleFinite      = "finite"     // a number that is neither NaN nor infinite
	RuleNoSpace     = "nospace"    // a text without white space
	RuleTrimmed     = "trimmed"    // a text without leading or trailing white space
	RuleUTC         = "utc"        // a time stored in UTC without a monotonic reading
	RuleRequired    = "required"   // a value that must be present
	RuleUnique      = "unique"     // a value that must not repeat
	RuleUnresolved  = "unresolved" // a reference to a record that is not there
	RuleCycle       = "cycle"      // a chain of references that returns to its start
	RuleWrongRecord = "wrong_type" // a reference to a record of another type
	RuleSelf        = "self"       // a reference from a record to itself
	RuleOrder       = "order"      // a start after its end, a minimum above its maximum
	RuleMismatch    = "mismatch"   // two fields that contradict each other
	RuleConflicts   = "conflicts"  // a field that must stay empty given another
	RuleDependsOn   = "requires"   // a field that must be set given another
	RulePrecision   = "precision"  // a time not aligned to its precision
	RuleInvalid     = "invalid"    // any other problem
)

// Enum is what every closed set type implements for the "enum" rule.
type Enum interface{ IsValid() bool }

// addr returns a pointer to the field, so that reading it through an
// interface does not copy it to the heap; fields of values validated by
// pointer are addressable.
func addr(fl validator.FieldLevel) any {
	if f := fl.Field(); f.CanAddr() {
		return f.Addr().Interface()
	}
	return fl.Field().Interface()
}

func isEnum(fl validator.FieldLevel) bool {
	e, ok := addr(fl).(Enum)
	return ok && e.IsValid()
}

var tagType = reflect.TypeFor[language.Tag]()

// isLanguageField checks a BCP 47 tag held as a string or a language.Tag;
// a language.Tag is well-formed by construction, and "und" is caught by
// required or skipped by omitempty.
func isLanguageField(fl validator.FieldLevel) bool {
	if fl.Field().Type() == tagType {
		return true
	}
	return IsLanguage(fl.Field().String())
}

// isCountryField checks a country held as a string or a language.Region.
func isCountryField(fl validator.FieldLevel) bool {
	switch v := addr(fl).(type) {
	case *language.Region:
		return IsCountry(v.String())
	case language.Region:
		return IsCountry(v.String())
	}
	return IsCountry(fl.Field().String())
}

func isFinite(fl validator.FieldLevel) bool {
	f := fl.Field().Float()
	return !math.IsNaN(f) && !math.IsInf(f, 0)
}

func isUTC(fl validator.FieldLevel) bool {
	switch t := addr(fl).(type) {
	case *time.Time:
		return *t == t.UTC()
	case time.Time:
		return t == t.UTC()
	}
	return false
}

func isTrimmed(fl validator.FieldLevel) bool {
	s := fl.Field().String()
	return s == strings.TrimSpace(s)
}

// IsCountry reports whether code is an ISO 3166-1 alpha-2 code of a country
// or autonomous area as CLDR knows it: upper case, not a group ("EU", "UN"),
// not unknown ("ZZ") and not private use.
func IsCountry(code string) bool {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(code)
	if err != nil || r.String() != code {
		return false
	}
	return r.IsCountry() && !r.IsPrivateUse() && code != "ZZ" && !groups[code]
}

// groups are the exceptionally reserved ISO 3166-1 codes of groups that
// x/text counts as countries because its CLDR containment data does not
// list them: the United Nations and the eurozone. ("EU" is a group there.)
var groups = map[string]bool{"UN": true, "EZ": true}

// IsLanguage reports whether tag is a well-formed BCP 47 tag other than "und".
func IsLanguage(tag string) bool {
	if tag == "" || tag == "und" {
		return false
	}
	_, err := language.Parse(tag)
	return err == nil
}

// IsSubdivision reports whether code has the ISO 3166-2 form, a country
// code, a hyphen and one to three letters or digits ("UA-30", "RU-MOW"),
// with a country that [IsCountry] accepts. The list of subdivisions itself
// is not checked: no module of ours carries it.
func IsSubdivision(code string) bool {
	country, sub, ok := strings.Cut(code, "-")
	if !ok || !IsCountry(country) || len(sub) < 1 || len(sub) > 3 {
		return false
	}
	for _, c := range sub {
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// IsWikidata reports whether id is a Wikidata item ID: "Q" and a number
// without leading zeros.
func IsWikidata(id string) bool {
	if len(id) < 2 || id[0] != 'Q' || id[1] == '0' || len(id) > 12 {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// IsToken reports whether s is a lower-case snake_case word of at most 64
// bytes: a letter, then letters, digits or single underscores.
func IsToken(s string) bool {
	if s == "" || len(s) > 64 || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '_' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '_' && s[i-1] != '_':
		default:
			return false
		}
	}
	return true
}

// IsHTTPURL reports whether s is an absolute http or https URL with a host.
func IsHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t\r\n")
}

// Struct validates v (a struct or a pointer to one) with the shared
// validator and adds what it finds to l, with prefix put in front of every
// path.
func (l *List) Struct(prefix string, v any) {
	err := instance().Struct(v)
	if err == nil {
		return
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		l.Add(prefix, RuleInvalid, err.Error())
		return
	}
	for _, fe := range fes {
		ns := fe.Namespace()
		// The namespace starts with the Go name of the top-level type.
		if _, rest, ok := strings.Cut(ns, "."); ok {
			ns = rest
		} else {
			ns = ""
		}
		ns = strings.TrimSuffix(ns, ".")
		l.Add(Join(prefix, ns), fe.Tag(), message(fe))
	}
}

// Report records a problem found by a struct-level rule: the field is named
// by its JSON name, the rule by its constant, and sentence becomes the
// problem's Message as it is, whatever the rule.
func Report(sl validator.StructLevel, value any, jsonName, rule, sentence string) {
	sl.ReportError(value, jsonName, jsonName, rule, sentenceMark+sentence)
}

// sentenceMark starts the param of a problem reported by [Report], so that
// its sentence is not taken for the param of a validator rule of the same
// name ("gte", "required").
const sentenceMark = "\x1f"

func message(fe validator.FieldError) string {
	p := fe.Param()
	if s, ok := strings.CutPrefix(p, sentenceMark); ok {
		return s
	}
	switch fe.Tag() {
	case RuleRequired, RuleID:
		return "is required"
	case RuleEnum:
		if fmt.Sprint(fe.Value()) == "" {
			return "is required"
		}
		return fmt.Sprintf("%q is not a known value", fmt.Sprint(fe.Value()))
	case RuleCountry:
		return fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 country code", fmt.Sprint(fe.Value()))
	case RuleLanguage:
		return fmt.Sprintf("%q is not a BCP 47 language tag", fe.Value())
	case RuleSubdivision:
		return fmt.Sprintf("%q is not an ISO 3166-2 code (country, hyphen, 1 to 3 letters or digits)", fe.Value())
	case RuleWikidata:
		return fmt.Sprintf("%q is not a Wikidata item ID such as Q42", fe.Value())
	case RuleToken:
		return fmt.Sprintf("%q is not a lower-case snake_case word", fe.Value())
	case RuleURL:
		return fmt.Sprintf("%q is not an absolute http or https URL", fe.Value())
	case RuleUTC:
		return "must be in UTC (keep the zone as written beside it)"
	case RuleFinite:
		return "must be a finite number"
	case RuleNoSpace:
		return "must not contain white space"
	case RuleTrimmed:
		return "must not start or end with white space"
	case "excludes":
		return fmt.Sprintf("must not contain %q", p)
	case "gte":
		return "must be at least " + p
	case "lte":
		return "must be at most " + p
	case "gt":
		return "must be more than " + p
	case "min":
		if fe.Kind() == reflect.Slice && p == "1" {
			return "must have at least one entry"
		}
		if fe.Kind() == reflect.Slice {
			return "must have at least " + p + " entries"
		}
		return "must be at least " + p
	case "max":
		if fe.Kind() == reflect.String {
			return "must be at most " + p + " bytes long"
		}
		return "must have at most " + p + " entries"
	}
	if p != "" {
		return fmt.Sprintf("breaks the rule %q (%s)", fe.Tag(), p)
	}
	return fmt.Sprintf("breaks the rule %q", fe.Tag())
}

// Current returns the struct a struct-level rule checks, as a pointer
// when it is addressable (a value validated by pointer), so that reading
// it does not copy it to the heap.
func Current[T any](sl validator.StructLevel) *T {
	if v := sl.Current(); v.CanAddr() {
		if p, ok := v.Addr().Interface().(*T); ok {
			return p
		}
	}
	t := sl.Current().Interface().(T)
	return &t
}
