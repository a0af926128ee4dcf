// Package jsonw appends JSON values to a byte slice exactly as
// encoding/json writes them (HTML escaped, numbers as ES6 writes them),
// for the hand-written encoders of the library's small, hot types: what a
// MarshalJSON method returns, encoding/json re-scans, so the cheaper it is
// to make, the better.
package jsonw

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"time"
	"unicode/utf8"
)

const hex = "0123456789abcdef"

// safe reports the ASCII bytes that encoding/json writes as they are
// when it escapes HTML: not a control character, '"', '\\', '<', '>' or
// '&'.
var safe = func() (s [utf8.RuneSelf]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		s[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return s
}()

// String appends s as a JSON string, as json.Marshal writes it: HTML
// characters, U+2028 and U+2029 escaped, invalid UTF-8 replaced by
// U+FFFD.
func String(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if safe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, invalidUTF8...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Float appends f as json.Marshal writes a float64; NaN and the
// infinities are a *json.UnsupportedValueError, as there.
func Float(dst []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}

// UUID appends the canonical text of u as a JSON string, as the
// MarshalText of a uuid.UUID writes it.
func UUID(dst []byte, u [16]byte) []byte {
	dst = append(dst, '"')
	for i, b := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			dst = append(dst, '-')
		}
		dst = append(dst, hex[b>>4], hex[b&0xF])
	}
	return append(dst, '"')
}

// Time appends t as json.Marshal writes a time.Time (RFC 3339 with
// nanoseconds, quoted); a time that RFC 3339 cannot write is an error.
func Time(dst []byte, t time.Time) ([]byte, error) {
	out := append(dst, '"')
	out, err := t.AppendText(out)
	if err != nil {
		return dst, err
	}
	return append(out, '"'), nil
}

// Object appends the members of one JSON object: start one with [Start],
// add members in order and finish it with [Object.End]. The first error
// sticks: later members are skipped, and End returns it.
type Object struct {
	b    []byte
	more bool
	err  error
}

// Start begins an object at the end of b.
func Start(b []byte) Object { return Object{b: append(b, '{')} }

// Key writes the name of the next member (a name that needs no escaping)
// and reports whether to write its value, which the caller appends with
// [Object.Buf] and [Object.Set] or one of the typed methods.
func (o *Object) Key(name string) bool {
	if o.err != nil {
		return false
	}
	if o.more {
		o.b = append(o.b, ',')
	}
	o.more = true
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, '"', ':')
	return true
}

// Buf returns the buffer, to append a value to after [Object.Key].
func (o *Object) Buf() []byte { return o.b }

// Set sets the buffer after a value was appended to it, and the error
// of making the value, if any.
func (o *Object) Set(b []byte, err error) {
	o.b = b
	if err != nil && o.err == nil {
		o.err = err
	}
}

// Fail records err, when there is not one already.
func (o *Object) Fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

// String writes the member name with the string s.
func (o *Object) String(name, s string) {
	if o.Key(name) {
		o.b = String(o.b, s)
	}
}

// Float writes the member name with the number f.
func (o *Object) Float(name string, f float64) {
	if o.Key(name) {
		o.Set(Float(o.b, f))
	}
}

// UUID writes the member name with the UUID u.
func (o *Object) UUID(name string, u [16]byte) {
	if o.Key(name) {
		o.b = UUID(o.b, u)
	}
}

// Time writes the member name with the instant t.
func (o *Object) Time(name string, t time.Time) {
	if o.Key(name) {
		o.Set(Time(o.b, t))
	}
}

// Value writes the member name with json.Marshal of v, a value without a
// MarshalJSON method of its own (whose output json.Marshal would re-scan).
func (o *Object) Value(name string, v any) {
	if o.Key(name) {
		data, err := json.Marshal(v)
		o.Set(append(o.b, data...), err)
	}
}

// End closes the object and returns the buffer, or the first error.
func (o *Object) End() ([]byte, error) {
	if o.err != nil {
		return nil, o.err
	}
	return append(o.b, '}'), nil
}

// Array appends a JSON array of the elements of l, each appended by add
// (a method expression such as (*T).appendJSON serves); it stops at the
// first error and returns it.
func Array[T any](dst []byte, l []T, add func(*T, []byte) ([]byte, error)) ([]byte, error) {
	dst = append(dst, '[')
	for i := range l {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = add(&l[i], dst); err != nil {
			return dst, err
		}
	}
	return append(dst, ']'), nil
}

// UUIDs appends a JSON array of the canonical texts of l, as [UUID]
// writes each.
func UUIDs[T ~[16]byte](dst []byte, l []T) []byte {
	dst = append(dst, '[')
	for i, u := range l {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = UUID(dst, [16]byte(u))
	}
	return append(dst, ']')
}

// Slice appends a JSON array of the elements of l as [Array] does, or
// null for a nil l, as json.Marshal writes a nil slice.
func Slice[T any](dst []byte, l []T, add func(*T, []byte) ([]byte, error)) ([]byte, error) {
	if l == nil {
		return append(dst, "null"...), nil
	}
	return Array(dst, l, add)
}

// ClosedSet is a value of a closed set of strings (an enum of the
// model): written as it is when IsValid, else refused with the error of
// its MarshalText.
type ClosedSet interface {
	~string
	MarshalText() ([]byte, error)
	IsValid() bool
}

// Enum writes the member name with v, or fails o with the error of v's
// MarshalText when v is not in its set.
func Enum[T ClosedSet](o *Object, name string, v T) {
	if !v.IsValid() {
		_, err := v.MarshalText()
		o.Fail(err)
		return
	}
	o.String(name, string(v))
}

// AppendEnum appends v as a JSON string, or returns the error of its
// MarshalText when v is not in its set.
func AppendEnum[T ClosedSet](dst []byte, v T) ([]byte, error) {
	if !v.IsValid() {
		_, err := v.MarshalText()
		return dst, err
	}
	return String(dst, string(v)), nil
}
