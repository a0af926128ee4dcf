package validate

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"

	"github.com/newsevent/newsevent/internal/engine"
	"github.com/newsevent/newsevent/vocab"
)

// Register adds to the shared validator; call it from an init function.
// See [engine.Register]. Struct-level rules go through [RegisterStruct]
// instead, so that the compiled engine of [List.StructFast] runs them too.
func Register(fn func(*validator.Validate)) { engine.Register(fn) }

func init() {
	engine.Register(func(v *validator.Validate) {
		// Tags of this library's rules. x/text values are structs;
		// language.Tag is checked by the language rule itself: a custom
		// type function would make the validator look up every field's
		// type in a map.
		for tag, fn := range map[vocab.Rule]validator.Func{
			vocab.RuleID:       func(fl validator.FieldLevel) bool { return !fl.Field().IsZero() },
			vocab.RuleEnum:     isEnum,
			vocab.RuleLanguage: isLanguageField,
			vocab.RuleWikidata: func(fl validator.FieldLevel) bool { return IsWikidata(fl.Field().String()) },
			vocab.RuleToken:    func(fl validator.FieldLevel) bool { return IsToken(fl.Field().String()) },
			vocab.RuleURL:      func(fl validator.FieldLevel) bool { return IsHTTPURL(fl.Field().String()) },
			vocab.RuleFinite:   isFinite,
			vocab.RuleNoSpace:  func(fl validator.FieldLevel) bool { return !strings.ContainsAny(fl.Field().String(), " \t\r\n") },
			vocab.RuleTrimmed:  isTrimmed,
			vocab.RuleUTC:      isUTC,
			vocab.RuleText:     func(fl validator.FieldLevel) bool { return IsText(fl.Field().String()) },
			vocab.RuleDate:     isDate,
		} {
			if err := v.RegisterValidation(string(tag), fn); err != nil {
				// The tags above are constants of package vocab; a
				// failure here is a programming error caught by every
				// test run.
				panic(err)
			}
		}
	})
	RegisterStruct(checkExternalID, vocab.ExternalID{})
}

// checkExternalID checks the form of the identifiers of the datasets the
// library knows.
func checkExternalID(sl validator.StructLevel) {
	e := Current[vocab.ExternalID](sl)
	if e.Scheme == vocab.SchemeWikidata && e.Value != "" && !IsWikidata(e.Value) {
		Report(sl, e.Value, "value", vocab.RuleWikidata, "is not a Wikidata item ID such as Q42")
	}
}

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

// isDate checks that a time.Time is zero (absent) or within the years 0
// to 9999, which RFC 3339 and encoding/json can write: a valid value always
// encodes.
func isDate(fl validator.FieldLevel) bool {
	var t time.Time
	switch v := addr(fl).(type) {
	case *time.Time:
		t = *v
	case time.Time:
		t = v
	default:
		return false
	}
	return IsDate(t)
}

// IsDate reports whether t is the zero time or falls in the years 0 to
// 9999, which RFC 3339 can write: the rule date, which every engine runs
// through this function.
func IsDate(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	y := t.Year()
	return y >= 0 && y <= 9999
}

// IsText reports whether s may stand in a text field: valid UTF-8, no
// control character but tab, line feed and carriage return (so no NUL, no
// terminal escape), and, when not empty, at least one character that
// shows. What does not show: white space, and the characters Unicode
// marks Default_Ignorable_Code_Point (zero-width spaces and joiners,
// direction marks, the byte order mark, soft hyphens, the combining
// grapheme joiner, variation selectors, Hangul fillers, tag characters,
// and the unassigned code points kept for more of them), with the format
// characters of category Cf.
func IsText(s string) bool {
	// Most text is ASCII: a printable byte shows, a control byte other
	// than tab, line feed and carriage return is refused, and white space
	// does not show. The first non-ASCII byte hands the rest to the
	// general loop, which decides for every rune.
	shows := s == ""
	i := 0
	// Eight bytes at a time while they are printable ASCII or spaces; a
	// word with anything else is read again byte by byte below.
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&highBits != 0 || hasLess(x, ' ') || hasByte(x, 0x7f) {
			break
		}
		if x != ' '*lowBits {
			shows = true
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return isTextFrom(s[i:], shows)
		case c > ' ' && c < 0x7f:
			shows = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			return false // a control character: C0 or DEL
		}
	}
	return shows
}

// isTextFrom is [IsText] for the rest s of a text that shows already
// when shows is true.
func isTextFrom(s string, shows bool) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i, r := range s {
		if shows {
			return noControl(s[i:])
		}
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r):
			return false
		case !invisible(r):
			shows = true
		}
	}
	return shows
}

// noControl reports whether valid UTF-8 s holds no control character
// but tab, line feed and carriage return, byte by byte: the controls are
// the ASCII bytes below the space and DEL, and C1, U+0080 to U+009F,
// which UTF-8 writes as 0xC2 followed by 0x80 to 0x9F.
func noControl(s string) bool {
	for i := 0; i < len(s); i++ {
		// Eight bytes at a time while none is below the space, DEL or
		// 0xC2.
		for i+8 <= len(s) {
			x := load8(s, i)
			if hasLess(x, ' ') || hasByte(x, 0x7f) || hasByte(x, 0xc2) {
				break
			}
			i += 8
		}
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case c < ' ':
			if c != '\t' && c != '\n' && c != '\r' {
				return false
			}
		case c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0:
			return false
		}
	}
	return true
}

// The words of IsText's loops: eight bytes of s, little end first, and
// tests of all eight at once (each exact for "some byte", if not for
// which).
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasLess reports whether a byte of x is below n, for n up to 128.
func hasLess(x uint64, n byte) bool { return (x-uint64(n)*lowBits)&^x&highBits != 0 }

// hasByte reports whether a byte of x is b.
func hasByte(x uint64, b byte) bool { return hasLess(x^uint64(b)*lowBits, 1) }

// invisible reports whether r shows nothing on its own.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.Is(defaultIgnorable, r)
}

// defaultIgnorable holds the code points of Unicode's derived property
// Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15),
// which the unicode package has no table for.
var defaultIgnorable = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00AD, Hi: 0x00AD, Stride: 1},
		{Lo: 0x034F, Hi: 0x034F, Stride: 1},
		{Lo: 0x061C, Hi: 0x061C, Stride: 1},
		{Lo: 0x115F, Hi: 0x1160, Stride: 1},
		{Lo: 0x17B4, Hi: 0x17B5, Stride: 1},
		{Lo: 0x180B, Hi: 0x180F, Stride: 1},
		{Lo: 0x200B, Hi: 0x200F, Stride: 1},
		{Lo: 0x202A, Hi: 0x202E, Stride: 1},
		{Lo: 0x2060, Hi: 0x206F, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xFE00, Hi: 0xFE0F, Stride: 1},
		{Lo: 0xFEFF, Hi: 0xFEFF, Stride: 1},
		{Lo: 0xFFA0, Hi: 0xFFA0, Stride: 1},
		{Lo: 0xFFF0, Hi: 0xFFF8, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x1BCA0, Hi: 0x1BCA3, Stride: 1},
		{Lo: 0x1D173, Hi: 0x1D17A, Stride: 1},
		{Lo: 0xE0000, Hi: 0xE0FFF, Stride: 1},
	},
}

func isTrimmed(fl validator.FieldLevel) bool { return IsTrimmed(fl.Field().String()) }

// IsTrimmed reports whether s has no white space at either end, as
// strings.TrimSpace decides it: the rule trimmed, which every engine
// runs through this function. An empty s is trimmed.
func IsTrimmed(s string) bool {
	if s == "" {
		return true
	}
	// An ASCII byte above the space is no white space: most text starts
	// and ends with one.
	if a, z := s[0], s[len(s)-1]; a > ' ' && a < utf8.RuneSelf && z > ' ' && z < utf8.RuneSelf {
		return true
	}
	// TrimSpace takes white space from either end: s is trimmed when its
	// first and last runes are none (a byte that is not UTF-8 is none).
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return !isSpace(first) && !isSpace(last)
}

// isSpace is unicode.IsSpace, without its table for the letters of most
// scripts: the white space of Unicode is ASCII's, U+0085, U+00A0, U+1680,
// U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
func isSpace(r rune) bool {
	switch {
	case r > ' ' && r < utf8.RuneSelf, r > 0xa0 && r < 0x1680, r > 0x3000:
		return false
	}
	return unicode.IsSpace(r)
}

// IsLanguage reports whether tag is a well-formed BCP 47 tag other than "und".
func IsLanguage(tag string) bool {
	if tag == "" || tag == "und" {
		return false
	}
	_, err := language.Parse(tag)
	return err == nil
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
	err := engine.Validator().Struct(v)
	if err == nil {
		return
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		l.Add(prefix, vocab.RuleInvalid, err.Error())
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
		l.Add(Join(prefix, ns), vocab.Rule(fe.Tag()), message(fe))
	}
}

// Report records a problem found by a struct-level rule: the field is named
// by its JSON name, the rule by its constant, and sentence becomes the
// problem's Message as it is, whatever the rule.
func Report(sl validator.StructLevel, value any, jsonName string, rule vocab.Rule, sentence string) {
	sl.ReportError(value, jsonName, jsonName, string(rule), sentenceMark+sentence)
}

// sentenceMark starts the param of a problem reported by [Report], so that
// its sentence is not taken for the param of a validator rule of the same
// name ("gte", "required").
const sentenceMark = "\x1f"

func message(fe validator.FieldError) string {
	return messageOf(fe.Tag(), fe.Param(), fe.Value(), fe.Kind())
}

// messageOf is the sentence of a problem of rule tag with param, found on a
// value of kind: what both engines (validator/v10 through [List.Struct],
// the compiled plans through [List.StructFast]) put in a problem's Message.
func messageOf(tag, p string, value any, kind reflect.Kind) string {
	if s, ok := strings.CutPrefix(p, sentenceMark); ok {
		return s
	}
	switch vocab.Rule(tag) {
	case vocab.RuleRequired, vocab.RuleID:
		return "is required"
	case vocab.RuleEnum:
		if fmt.Sprint(value) == "" {
			return "is required"
		}
		return fmt.Sprintf("%q is not a known value", fmt.Sprint(value))
	case vocab.RuleLanguage:
		return fmt.Sprintf("%q is not a BCP 47 language tag", value)
	case vocab.RuleWikidata:
		return fmt.Sprintf("%q is not a Wikidata item ID such as Q42", value)
	case vocab.RuleToken:
		return fmt.Sprintf("%q is not a lower-case snake_case word", value)
	case vocab.RuleURL:
		return fmt.Sprintf("%q is not an absolute http or https URL", value)
	case vocab.RuleFinite:
		return "must be a finite number"
	case vocab.RuleNoSpace:
		return "must not contain white space"
	case vocab.RuleUTC:
		return "must be in UTC (keep the zone as written beside it)"
	case vocab.RuleTrimmed:
		return "must not start or end with white space"
	case vocab.RuleText:
		return "must be text that shows something, without control characters (such as NUL or terminal escapes) or only invisible ones"
	case vocab.RuleDate:
		return "must be within the years 0000 to 9999, which RFC 3339 can write"
	case vocab.RuleExcludes:
		return fmt.Sprintf("must not contain %q", p)
	case vocab.RuleGTE:
		return "must be at least " + p
	case vocab.RuleLTE:
		return "must be at most " + p
	case vocab.RuleGT:
		return "must be more than " + p
	case vocab.RuleMin:
		if kind == reflect.Slice && p == "1" {
			return "must have at least one entry"
		}
		if kind == reflect.Slice {
			return "must have at least " + p + " entries"
		}
		return "must be at least " + p
	case vocab.RuleMax:
		if kind == reflect.String {
			return "must be at most " + p + " bytes long"
		}
		return "must have at most " + p + " entries"
	}
	if p != "" {
		return fmt.Sprintf("breaks the rule %q (%s)", tag, p)
	}
	return fmt.Sprintf("breaks the rule %q", tag)
}

// Current returns the struct a struct-level rule checks, as a pointer
// when it is addressable (a value validated by pointer), so that reading
// it does not copy it to the heap.
func Current[T any](sl validator.StructLevel) *T {
	if c, ok := sl.(*level); ok && c.typ == reflect.TypeFor[T]() {
		return (*T)(c.ptr) // the compiled engine's struct, read in place
	}
	if v := sl.Current(); v.CanAddr() {
		if p, ok := v.Addr().Interface().(*T); ok {
			return p
		}
	}
	t := sl.Current().Interface().(T)
	return &t
}
