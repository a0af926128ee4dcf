package jsonx

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newsevent/newsevent/internal/excerpt"
	"github.com/newsevent/newsevent/vocab"
)

// Limits bound the work of a scan, and so of every decoder: the size of
// the value, how deep it nests, how many keys an object has and how long
// a string is. A zero field means no limit of that kind.
type Limits struct {
	MaxBytes       int64
	MaxDepth       int
	MaxKeys        int
	MaxStringBytes int
}

// Problem is what a scan or a strict decode finds wrong, with where: the
// byte offset in the scanned data and the JSON path of the value.
type Problem struct {
	Offset int64
	Path   string
	Err    error
}

// Error returns "byte N: path: what is wrong".
func (p *Problem) Error() string {
	if p.Path == "" {
		return fmt.Sprintf("byte %d: %v", p.Offset, p.Err)
	}
	return fmt.Sprintf("byte %d: %s: %v", p.Offset, p.Path, p.Err)
}

// Unwrap returns what is wrong.
func (p *Problem) Unwrap() error { return p.Err }

// frame is one open object or array of a scan.
type frame struct {
	object bool
	n      int // keys so far (object) or the index of the current element (array)
	// key is the current key of an object: its bytes in data, or its
	// text when it was escaped.
	hasKey           bool
	keyStart, keyEnd int
	keyText          string
	keys             int                 // where this object's keys start in scanner.keys
	set              map[string]struct{} // the keys, once there are many
}

// manyKeys is the number of keys past which an object's keys go into a
// map: below it, comparing with each earlier key is cheaper; above it,
// the map keeps the check linear in the number of keys.
const manyKeys = 16

type scanner struct {
	data  []byte
	lim   Limits
	stack []frame
	keys  []keyRef // keys of the open objects below manyKeys, innermost last
}

type keyRef struct {
	start, end int
	text       string
}

func (s *scanner) keyString(k keyRef) string {
	if k.text != "" || k.start == k.end {
		return k.text
	}
	return string(s.data[k.start:k.end])
}

// Scan checks that data is one JSON value that the library's decoders
// may read: well-formed, valid UTF-8 with no lone surrogate escape, no
// number that a float64 would change (nor one written in more than 400
// bytes, which no float64 needs), no key that is not a lower-case field
// name or that repeats in its object, and within the limits. It
// runs in time linear in len(data), without recursion, and returns nil
// or a *Problem.
func Scan(data []byte, lim Limits) error {
	s := scanner{data: data, lim: lim}
	return s.scan()
}

// hardMaxDepth is the deepest nesting a scan accepts even without a depth
// limit: encoding/json refuses deeper values anyway, and the scan's stack
// of open containers stays bounded.
const hardMaxDepth = 10000

func (s *scanner) maxDepth() int {
	if s.lim.MaxDepth > 0 && s.lim.MaxDepth < hardMaxDepth {
		return s.lim.MaxDepth
	}
	return hardMaxDepth
}

func (s *scanner) fail(at int, err error) error {
	return &Problem{Offset: int64(at), Path: s.path(), Err: err}
}

func (s *scanner) syntax(at int, format string, args ...any) error {
	return s.fail(at, fmt.Errorf("json: "+format, args...))
}

func limit(name string, max int64) error { return &vocab.LimitError{Limit: name, Max: max} }

// path returns the JSON path of the value being scanned.
func (s *scanner) path() string {
	var b strings.Builder
	for _, f := range s.stack {
		if !f.object {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(f.n))
			b.WriteByte(']')
			continue
		}
		if !f.hasKey {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		if f.keyText != "" {
			b.WriteString(f.keyText)
		} else {
			b.Write(s.data[f.keyStart:f.keyEnd])
		}
	}
	return b.String()
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (s *scanner) skipSpace(i int) int {
	for i < len(s.data) && isSpace(s.data[i]) {
		i++
	}
	return i
}

func (s *scanner) scan() error {
	data := s.data
	if s.lim.MaxBytes > 0 && int64(len(data)) > s.lim.MaxBytes {
		return s.fail(int(s.lim.MaxBytes), limit("MaxBytes", s.lim.MaxBytes))
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return &Problem{Offset: int64(i), Err: errors.New("invalid UTF-8: the input must be UTF-8 throughout")}
	}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return &Problem{Offset: 0, Err: errors.New("json: a byte order mark (EF BB BF) starts the input; JSON text must not begin with one (RFC 8259, section 8.1)")}
	}
	i := s.skipSpace(0)
	if i == len(data) {
		return s.syntax(i, "unexpected end of JSON input")
	}
	for {
		// A value starts at i.
		var err error
		switch c := data[i]; {
		case c == '{' || c == '[':
			if max := s.maxDepth(); len(s.stack) >= max {
				return s.fail(i, limit("MaxDepth", int64(max)))
			}
			s.stack = append(s.stack, frame{object: c == '{', keys: len(s.keys)})
			j := s.skipSpace(i + 1)
			if j < len(data) && (data[j] == '}' && c == '{' || data[j] == ']' && c == '[') {
				s.pop()
				i = j + 1
				break
			}
			if c == '{' {
				if i, err = s.key(j); err != nil {
					return err
				}
			} else {
				i = j
			}
			if i >= len(data) {
				return s.syntax(i, "unexpected end of JSON input")
			}
			continue
		case c == '"':
			if i, _, err = s.str(i); err != nil {
				return err
			}
		case c == '-' || c >= '0' && c <= '9':
			if i, err = s.number(i); err != nil {
				return err
			}
		case c == 't':
			i, err = s.literal(i, "true")
		case c == 'f':
			i, err = s.literal(i, "false")
		case c == 'n':
			i, err = s.literal(i, "null")
		default:
			return s.syntax(i, "invalid character %s looking for the beginning of a value", quoteChar(c))
		}
		if err != nil {
			return err
		}
		// After a value: the end, a comma or the close of a container.
		for {
			i = s.skipSpace(i)
			if len(s.stack) == 0 {
				if i != len(data) {
					return s.syntax(i, "unexpected data after the JSON value")
				}
				return nil
			}
			if i == len(data) {
				return s.syntax(i, "unexpected end of JSON input")
			}
			top := &s.stack[len(s.stack)-1]
			switch c := data[i]; {
			case c == ',':
				if top.object {
					top.hasKey = false
					if i, err = s.key(s.skipSpace(i + 1)); err != nil {
						return err
					}
				} else {
					top.n++
					i = s.skipSpace(i + 1)
				}
				if i >= len(data) {
					return s.syntax(i, "unexpected end of JSON input")
				}
			case c == '}' && top.object, c == ']' && !top.object:
				s.pop()
				i++
				continue
			default:
				want := "',' or ']'"
				if top.object {
					want = "',' or '}'"
				}
				return s.syntax(i, "invalid character %s after a value; want %s", quoteChar(c), want)
			}
			break
		}
	}
}

// pop closes the innermost container.
func (s *scanner) pop() {
	top := s.stack[len(s.stack)-1]
	if top.object {
		s.keys = s.keys[:top.keys]
	}
	s.stack = s.stack[:len(s.stack)-1]
}

// key reads an object key and its colon at i and returns where the value
// starts; it makes the key the current one of the innermost object.
func (s *scanner) key(i int) (int, error) {
	data := s.data
	if i >= len(data) || data[i] != '"' {
		if i >= len(data) {
			return i, s.syntax(i, "unexpected end of JSON input")
		}
		return i, s.syntax(i, "invalid character %s looking for the beginning of an object key", quoteChar(data[i]))
	}
	end, escaped, err := s.str(i)
	if err != nil {
		return i, err
	}
	k := keyRef{start: i + 1, end: end - 1}
	if escaped {
		var text string
		if err := json.Unmarshal(data[i:end], &text); err != nil {
			return i, s.syntax(i, "bad key: %v", err)
		}
		k.text = text
	}
	name := s.keyString(k)
	top := &s.stack[len(s.stack)-1]
	top.hasKey, top.keyStart, top.keyEnd, top.keyText = true, k.start, k.end, k.text
	if !lowerWord(name) {
		return i, s.fail(i, unknownField(excerpt.Of(name)))
	}
	if s.lim.MaxKeys > 0 && top.n >= s.lim.MaxKeys {
		return i, s.fail(i, limit("MaxKeys", int64(s.lim.MaxKeys)))
	}
	// A repeated key: compared with each earlier key while there are few,
	// looked up in a map once there are many.
	switch {
	case top.set != nil:
		if _, dup := top.set[name]; dup {
			return i, s.fail(i, fmt.Errorf("json: field %q appears twice in one object", excerpt.Of(name)))
		}
		top.set[name] = struct{}{}
	default:
		for _, other := range s.keys[top.keys:] {
			if s.keyString(other) == name {
				return i, s.fail(i, fmt.Errorf("json: field %q appears twice in one object", excerpt.Of(name)))
			}
		}
		s.keys = append(s.keys, k)
		if top.n+1 >= manyKeys {
			top.set = make(map[string]struct{}, 2*manyKeys)
			for _, other := range s.keys[top.keys:] {
				top.set[s.keyString(other)] = struct{}{}
			}
			s.keys = s.keys[:top.keys]
		}
	}
	top.n++
	j := s.skipSpace(end)
	if j >= len(data) || data[j] != ':' {
		if j >= len(data) {
			return j, s.syntax(j, "unexpected end of JSON input")
		}
		return j, s.syntax(j, "invalid character %s after an object key; want ':'", quoteChar(data[j]))
	}
	return s.skipSpace(j + 1), nil
}

// str reads a string at i (its opening quote) and returns the offset after
// its closing quote and whether it holds escapes.
func (s *scanner) str(i int) (end int, escaped bool, err error) {
	data := s.data
	start := i
	i++
	for {
		if i >= len(data) {
			return i, escaped, s.syntax(start, "unterminated string")
		}
		c := data[i]
		switch {
		case c == '"':
			if s.lim.MaxStringBytes > 0 && i-start-1 > s.lim.MaxStringBytes {
				return i, escaped, s.fail(start, limit("MaxStringBytes", int64(s.lim.MaxStringBytes)))
			}
			return i + 1, escaped, nil
		case c < 0x20:
			return i, escaped, s.syntax(i, "invalid control character %s in a string; escape it", quoteChar(c))
		case c == '\\':
			escaped = true
			if i+1 >= len(data) {
				return i, escaped, s.syntax(start, "unterminated string")
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				r, ok := hex4(data, i+2)
				if !ok {
					return i, escaped, s.syntax(i, "invalid \\u escape in a string")
				}
				switch {
				case utf16.IsSurrogate(rune(r)) && r < 0xDC00:
					// A high surrogate must be followed by a low one.
					r2, ok := rune(-1), false
					if i+7 < len(data) && data[i+6] == '\\' && data[i+7] == 'u' {
						var v uint16
						v, ok = hex4(data, i+8)
						r2 = rune(v)
					}
					if !ok || r2 < 0xDC00 || r2 > 0xDFFF {
						return i, escaped, s.fail(i, errors.New("json: a lone surrogate (\\u"+strconv.FormatUint(uint64(r), 16)+") in a string: it encodes no character"))
					}
					i += 12
				case utf16.IsSurrogate(rune(r)):
					return i, escaped, s.fail(i, errors.New("json: a lone surrogate (\\u"+strconv.FormatUint(uint64(r), 16)+") in a string: it encodes no character"))
				default:
					i += 6
				}
			default:
				return i, escaped, s.syntax(i, "invalid escape %s in a string", quoteChar(data[i+1]))
			}
		default:
			i++
		}
	}
}

func hex4(data []byte, i int) (uint16, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(data[i:i+4]), 16, 16)
	return uint16(v), err == nil
}

func (s *scanner) literal(i int, word string) (int, error) {
	if len(s.data)-i < len(word) || string(s.data[i:i+len(word)]) != word {
		return i, s.syntax(i, "invalid literal; want %s", word)
	}
	return i + len(word), nil
}

// number reads a number at i, checks its syntax and that a float64 holds
// it without change, and returns the offset after it.
func (s *scanner) number(i int) (int, error) {
	data := s.data
	start := i
	if data[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case digits() == 0:
		return i, s.syntax(i, "invalid number: a digit must follow the minus sign")
	}
	if i < len(data) && data[i] == '.' {
		i++
		if digits() == 0 {
			return i, s.syntax(i, "invalid number: a digit must follow the decimal point")
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return i, s.syntax(i, "invalid number: a digit must follow the exponent")
		}
	}
	if err := exact(string(data[start:i])); err != nil {
		return i, s.fail(start, err)
	}
	return i, nil
}

// exact reports an error for a number that a float64 does not hold as
// written: an integer above 2^53 that would be rounded, more digits than
// a float64 keeps, or a magnitude out of its range. Numbers of up to 15
// significant digits always round-trip, unless it is subnormal: below the
// smallest normal float64 (about 2.2e-308) fewer digits are kept, so such
// a number is compared exactly too.
func exact(lit string) error {
	_, err := exactFloat(lit)
	return err
}

// exactFloat is [exact] that also returns the float64 the number is.
func exactFloat(lit string) (float64, error) {
	// A float64 holds at most 17 significant digits: a literal much longer
	// than that is refused before it costs an exact comparison.
	const maxNumberBytes = 400
	if len(lit) > maxNumberBytes {
		return 0, fmt.Errorf("json: the number %s has more digits than a float64 holds", excerpt.Of(lit))
	}
	sig, nonzero := 0, false
	for _, c := range lit {
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' {
			nonzero = true
		}
		if c >= '0' && c <= '9' && (sig > 0 || c != '0') {
			sig++
		}
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return 0, fmt.Errorf("json: the number %s is out of the range of a float64", excerpt.Of(lit))
	}
	if f == 0 && nonzero {
		return 0, fmt.Errorf("json: the number %s is too small for a float64, which would read it as 0", excerpt.Of(lit))
	}
	if sig <= 15 && (f == 0 || math.Abs(f) >= 0x1p-1022) {
		return f, nil
	}
	var buf [32]byte
	shortest := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	if same, ok := sameDecimal(lit, string(shortest)); ok {
		if !same {
			return 0, fmt.Errorf("json: the number %s cannot be held exactly (it would be read as %s)", excerpt.Of(lit), strconv.FormatFloat(f, 'g', -1, 64))
		}
		return f, nil
	}
	want, ok := new(big.Rat).SetString(lit)
	back, ok2 := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if !ok || !ok2 || want.Cmp(back) != 0 {
		return 0, fmt.Errorf("json: the number %s cannot be held exactly (it would be read as %s)", excerpt.Of(lit), strconv.FormatFloat(f, 'g', -1, 64))
	}
	return f, nil
}

// sameDecimal reports whether the JSON numbers a and b are the same
// number, by their digits: each is written as its significant digits,
// without leading or trailing zeros, times a power of ten, and the two
// are compared. ok is false for what it does not read (an exponent out of
// an int's range, more digits than it keeps), which the caller then
// compares with math/big.
func sameDecimal(a, b string) (same, ok bool) {
	var da, db [24]byte
	na, ea, sa, oka := decimal(a, &da)
	nb, eb, sb, okb := decimal(b, &db)
	if !oka || !okb {
		return false, false
	}
	return sa == sb && ea == eb && string(da[:na]) == string(db[:nb]), true
}

// decimal writes the significant digits of JSON number lit to d and
// returns how many there are, the power of ten they are multiplied by,
// and the sign; ok is false for more digits than d holds or an exponent
// that does not fit.
func decimal(lit string, d *[24]byte) (n, exp int, neg, ok bool) {
	if lit != "" && lit[0] == '-' {
		neg, lit = true, lit[1:]
	}
	mant, e, hasExp := strings.Cut(lit, "e")
	if !hasExp {
		mant, e, hasExp = strings.Cut(lit, "E")
	}
	if hasExp {
		x, err := strconv.Atoi(e)
		if err != nil || x > 1<<20 || x < -1<<20 {
			return 0, 0, false, false
		}
		exp = x
	}
	whole, frac, _ := strings.Cut(mant, ".")
	exp -= len(frac)
	zeros := 0 // zeros seen since the last nonzero digit
	for _, part := range [2]string{whole, frac} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			switch {
			case c == '0' && n == 0:
				// a leading zero
			case c == '0':
				zeros++
			default:
				for ; zeros > 0; zeros-- {
					if n == len(d) {
						return 0, 0, false, false
					}
					d[n] = '0'
					n++
				}
				if n == len(d) {
					return 0, 0, false, false
				}
				d[n] = c
				n++
			}
		}
	}
	return n, exp + zeros, neg, true
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	return strconv.QuoteRune(rune(c))
}
