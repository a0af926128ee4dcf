//go:build !newsevent_jsonv1

package jsonx

import (
	"bytes"
	"io"
	"reflect"
	"sync"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The reading side of the decoders that internal/decgen generates: Go
// code per record type that reads its members from the token stream of
// encoding/json/jsontext and sets its fields, without encoding/json/v2's
// reflection. The generated code is the body of the records' fast
// decode (see [From]); jsontext itself refuses invalid UTF-8, malformed
// JSON and trailing data, and the generated code refuses, with [ErrSlow],
// a repeated name (jsontext's own check is off on these decoders: see
// genOptions), every member it does not know and everything it does not
// read as the slow path would: a name with an escape, a value of another
// kind, null where the slow path does not read it as the member left
// out. What it refuses goes through the slow path, which takes it or
// says what is wrong, so the generated code only ever says yes or no.

// ErrSlow says that the fast path does not take a value; the slow path
// must. Generated decoders return it for anything they do not read.
var ErrSlow = errSlow

// FromDecoder is a type that reads itself from the fast path's decoder:
// the records, whose UnmarshalJSONFrom runs their generated decoder.
type FromDecoder interface {
	UnmarshalJSONFrom(*Decoder) error
}

// fastDecoder is a decoder of the fast path with the buffer it reads,
// kept for reuse by FastFrom.
type fastDecoder struct {
	buf bytes.Buffer
	dec *Decoder
}

// fastDecoders holds decoders of the fast path for reuse: a decoder's
// state is a few hundred bytes that every record would allocate again.
var fastDecoders = sync.Pool{New: func() any {
	return &fastDecoder{dec: jsontext.NewDecoder(bytes.NewReader(nil), genOptions)}
}}

// genOptions are those of the decoders of FastFrom: those of the fast
// path, but for repeated names, which the generated decoders refuse
// themselves, with a bit per member, cheaper than jsontext's record of
// every name of every object.
var genOptions = jsonv2.JoinOptions(leanOptions, jsontext.AllowDuplicateNames(true))

// FastFrom is [Fast] for a record, which reads itself: it decodes data,
// nested depth containers deep in input whose limits are lim, by v's
// UnmarshalJSONFrom on a decoder of the fast path, and refuses trailing
// data. Like Fast it only says yes or no.
func FastFrom(data []byte, v FromDecoder, lim Limits, depth int) error {
	if !within(len(data), reflect.TypeOf(v), lim, depth) {
		return errSlow
	}
	fd := fastDecoders.Get().(*fastDecoder)
	defer fastDecoders.Put(fd)
	fd.buf = *bytes.NewBuffer(data) // read in place: the decoder aliases a bytes.Buffer
	fd.dec.Reset(&fd.buf, genOptions)
	if err := v.UnmarshalJSONFrom(fd.dec); err != nil {
		return err
	}
	if _, err := fd.dec.ReadToken(); err != io.EOF {
		return errSlow // trailing data, or an error
	}
	return nil
}

// BeginObject reads the start of an object.
func BeginObject(dec *Decoder) error { return begin(dec, '{') }

// BeginArray reads the start of an array.
func BeginArray(dec *Decoder) error { return begin(dec, '[') }

func begin(dec *Decoder, kind jsontext.Kind) error {
	if dec.PeekKind() != kind {
		return errSlow
	}
	_, err := dec.ReadToken()
	return err
}

// Null reads a null, which the caller has peeked.
func Null(dec *Decoder) error {
	_, err := dec.ReadToken()
	return err
}

// Close reads the end of an object or an array, whichever is open.
func Close(dec *Decoder) error {
	_, err := dec.ReadToken()
	return err
}

// Name reads the name of an object's member, without its quotes and as
// written, escapes and all; the bytes are valid until the next read. A
// name with an escape matches no member of a generated decoder (their
// names are letters, digits and underscores), which then refuses it.
func Name(dec *Decoder) ([]byte, error) {
	v, err := quoted(dec)
	if err != nil {
		return nil, err
	}
	return v[1 : len(v)-1], nil
}

// quoted reads a string, a member's name or a value, with its quotes and
// escapes as written; anything else is refused. (It and Text repeat
// quotedOrNull and unquote: a call fewer for every name and value of
// every record.)
func quoted(dec *Decoder) (jsontext.Value, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	if v.Kind() != '"' {
		return nil, errSlow
	}
	return v, nil
}

// quotedOrNull is quoted, but for null, for which it returns nil.
func quotedOrNull(dec *Decoder) (jsontext.Value, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	switch v.Kind() {
	case '"':
		return v, nil
	case 'n':
		return nil, nil
	}
	return nil, errSlow
}

// unquote returns the contents of the string v, unescaped; the bytes may
// be v's.
func unquote(v jsontext.Value) ([]byte, error) {
	if bytes.IndexByte(v, '\\') < 0 {
		return v[1 : len(v)-1], nil
	}
	return jsontext.AppendUnquote(nil, v)
}

// Text reads a string and returns its contents unescaped; the bytes may
// be those of the decoder, valid until the next read.
func Text(dec *Decoder) ([]byte, error) {
	v, err := quoted(dec)
	if err != nil {
		return nil, err
	}
	if bytes.IndexByte(v, '\\') < 0 {
		return v[1 : len(v)-1], nil
	}
	return jsontext.AppendUnquote(nil, v)
}

// String reads a string.
func String(dec *Decoder) (string, error) {
	b, err := Text(dec)
	return string(b), err
}

// Bool reads true or false.
func Bool(dec *Decoder) (bool, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return false, err
	}
	switch v.Kind() {
	case 't':
		return true, nil
	case 'f':
		return false, nil
	}
	return false, errSlow
}

// ReadFloat reads a number into f exactly, as the slow path does; null
// is refused, where readFloat would leave f as it is.
func ReadFloat(dec *Decoder, f *float64) error {
	if dec.PeekKind() != '0' {
		return errSlow
	}
	return readFloat(dec, f)
}

// ReadInt reads an integer into n exactly, as the slow path does.
func ReadInt(dec *Decoder, n *int) error {
	if dec.PeekKind() != '0' {
		return errSlow
	}
	return readInt(dec, n)
}

// ReadTime reads a time as encoding/json v1 does.
func ReadTime(dec *Decoder, t *time.Time) error {
	if dec.PeekKind() != '"' {
		return errSlow
	}
	return readTime(dec, t)
}

// The readers of a member's value where the slow path reads null as the
// member left out, leaving the field as it is: for a field of a record
// being decoded, which is zero and read once, that is zero. Each reads
// null at no more cost than its value, from the same look at the input,
// and the generated decoders use them for members, the readers above
// for lists' elements and Locals, where null is refused.

// TextOrNull is Text, or null, for which it reports null.
func TextOrNull(dec *Decoder) (text []byte, null bool, err error) {
	v, err := quotedOrNull(dec)
	if err != nil || v == nil {
		return nil, err == nil, err
	}
	text, err = unquote(v)
	return text, false, err
}

// StringOrNull is String, or null, for which it returns "".
func StringOrNull(dec *Decoder) (string, error) {
	b, _, err := TextOrNull(dec)
	return string(b), err
}

// BoolOrNull is Bool, or null, for which it returns false.
func BoolOrNull(dec *Decoder) (bool, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return false, err
	}
	switch v.Kind() {
	case 't':
		return true, nil
	case 'f', 'n':
		return false, nil
	}
	return false, errSlow
}

// ReadFloatOrNull is ReadFloat, or null, which leaves f as it is.
func ReadFloatOrNull(dec *Decoder, f *float64) error {
	switch dec.PeekKind() {
	case '0':
		return readFloat(dec, f)
	case 'n':
		return Null(dec)
	}
	return errSlow
}

// ReadIntOrNull is ReadInt, or null, which leaves n as it is.
func ReadIntOrNull(dec *Decoder, n *int) error {
	switch dec.PeekKind() {
	case '0':
		return readInt(dec, n)
	case 'n':
		return Null(dec)
	}
	return errSlow
}

// ReadTimeOrNull is ReadTime, or null, which leaves t as it is.
func ReadTimeOrNull(dec *Decoder, t *time.Time) error {
	switch dec.PeekKind() {
	case '"':
		return readTime(dec, t)
	case 'n':
		return Null(dec)
	}
	return errSlow
}

// If returns p if has, else nil: a generated decoder's local, for a
// setter that tells an absent value (nil) from a zero one.
func If[T any](has bool, p *T) *T {
	if has {
		return p
	}
	return nil
}

// ExpectString reads a string and refuses any but want.
func ExpectString(dec *Decoder, want string) error {
	b, err := Text(dec)
	if err != nil {
		return err
	}
	if string(b) != want {
		return errSlow
	}
	return nil
}
