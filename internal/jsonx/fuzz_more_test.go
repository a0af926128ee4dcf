package jsonx_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/newsevent/newsevent/internal/jsonx"
	"github.com/newsevent/newsevent/vocab"
)

// extras are the features of a document that encoding/json accepts and
// Scan refuses, found here without the scanner: by encoding/json's own
// tokenizer (json.Decoder.Token), the raw bytes of each string it returns
// and strconv and math/big for numbers.
type extras struct {
	bom           bool // a byte order mark starts the input
	badUTF8       bool // a byte sequence that is not UTF-8
	loneSurrogate bool // a \uD800-\uDFFF escape that is not half of a pair
	inexact       bool // a number a float64 does not hold as written
	longNumber    bool // a number longer than maxNumberBytes
	badKey        bool // a key that is not lower-case letters, digits and '_'
	repeatedKey   bool // a key twice in one object
}

// maxNumberBytes is the longest number Scan reads: its exactness check
// refuses a longer one, even one a float64 holds ("0.5" and 400 zeros),
// to bound the cost of the comparison. Scan's doc comment does not say
// so.
const maxNumberBytes = 400

// none reports whether the document has none of the extra features.
func (e extras) none() bool { return e == extras{} }

// extrasOf returns the extra features of data, which json.Valid accepts.
func extrasOf(t *testing.T, data []byte) extras {
	t.Helper()
	var x extras
	x.bom = bytes.HasPrefix(data, []byte("\xef\xbb\xbf"))
	x.badUTF8 = !utf8.Valid(data)

	type frame struct {
		object  bool
		wantKey bool
		keys    map[string]bool
	}
	var stack []*frame
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	prev := int64(0)
	// valueDone is called after a whole value: in an object, a key comes
	// next.
	valueDone := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "encoding/json's tokenizer fails on what json.Valid accepts: %q", data)
		end := dec.InputOffset()
		raw := data[prev:end] // delimiters and white space, then the token
		prev = end
		isKey := len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].wantKey
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) > 0 {
					stack[len(stack)-1].wantKey = false
				}
				stack = append(stack, &frame{object: v == '{', wantKey: v == '{', keys: map[string]bool{}})
			default:
				stack = stack[:len(stack)-1]
				valueDone()
			}
		case string:
			lit := raw[bytes.IndexByte(raw, '"'):]
			if hasLoneSurrogate(lit) {
				x.loneSurrogate = true
			}
			if isKey {
				top := stack[len(stack)-1]
				if !isLowerWord(v) {
					x.badKey = true
				}
				if top.keys[v] {
					x.repeatedKey = true
				}
				top.keys[v] = true
				top.wantKey = false
			} else {
				valueDone()
			}
		case json.Number:
			if inexact(string(v)) {
				x.inexact = true
			}
			if len(v) > maxNumberBytes {
				x.longNumber = true
			}
			valueDone()
		default: // bool, nil
			valueDone()
		}
	}
	return x
}

// isLowerWord reports whether key is a possible field name: lower-case
// ASCII letters, digits and underscores, at least one.
func isLowerWord(key string) bool {
	if key == "" {
		return false
	}
	for _, c := range []byte(key) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// hasLoneSurrogate reports whether the string literal lit (quotes
// included), which encoding/json accepts, has a \u escape of a surrogate
// that is not the high half followed by the low half of a pair.
func hasLoneSurrogate(lit []byte) bool {
	hex := func(b []byte) rune {
		v, err := strconv.ParseUint(string(b), 16, 16)
		if err != nil {
			panic(err) // json.Valid has checked the escape
		}
		return rune(v)
	}
	for i := 0; i < len(lit); i++ {
		if lit[i] != '\\' {
			continue
		}
		i++
		if lit[i] != 'u' {
			continue
		}
		r := hex(lit[i+1 : i+5])
		i += 4
		if !utf16.IsSurrogate(r) {
			continue
		}
		if r >= 0xDC00 {
			return true // a low half first
		}
		if i+6 < len(lit) && lit[i+1] == '\\' && lit[i+2] == 'u' {
			if r2, err := strconv.ParseUint(string(lit[i+3:i+7]), 16, 16); err == nil && r2 >= 0xDC00 && r2 <= 0xDFFF {
				i += 6
				continue
			}
		}
		return true
	}
	return false
}

// inexact reports whether a float64 changes the number lit, a JSON
// number: out of range, or read as a float64 whose shortest form is
// another number.
func inexact(lit string) bool {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return true
	}
	mantissa, _, _ := strings.Cut(strings.ToLower(lit), "e")
	if f == 0 {
		// Zero, or a number too small for a float64. Decided without
		// math/big, which would spend time on an exponent such as
		// 1e-999999999.
		return strings.Trim(mantissa, "-0.") != ""
	}
	want, ok := new(big.Rat).SetString(lit)
	if !ok {
		panic("json.Number " + lit + " is no number")
	}
	got, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	return want.Cmp(got) != 0
}

// FuzzScanDifferential checks Scan against encoding/json's tokenizer:
//
//   - what Scan accepts, json.Valid accepts (but for nesting deeper than
//     encoding/json's limit of 10,000, which Limits{} does not bound);
//   - what json.Valid accepts and has none of the extra features Scan
//     refuses (a leading BOM, invalid UTF-8, a lone surrogate, a number a
//     float64 changes, a key that is not a lower-case word, a repeated
//     key, a number longer than maxNumberBytes), Scan accepts;
//   - what Scan accepts has none of those features;
//   - every error is a *jsonx.Problem at an offset within the input;
//   - a scan with limits fails where the scan without fails, and fails
//     only by a *vocab.LimitError where the scan without passes.
func FuzzScanDifferential(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `""`, `0`, `-0`, `-0.5e-3`, `true`, `false`, `null`, ` {"a": [1, 2.5, "x", {"b": null}], "c": {"d": true}} `,
		`{"text":"Київ \u00e9 \ud83d\ude00 \n \" \\ \/"}`, `{"n":9007199254740992}`, `{"n":9007199254740993}`,
		`{"n":0.30000000000000004}`, `{"n":0.300000000000000004}`, `{"n":1e300}`, `{"n":1e400}`, `{"n":1e-400}`, `{"n":5e-324}`,
		`{"n":1.23456789012345e-320}`, `{"n":0e999999999}`, `{"n":100000000000000000000000e-23}`,
		`{"a":1,"a":2}`, `{"a":1,"\u0061":2}`, `{"a":{"a":1},"b":{"a":1}}`, `{"Name":1}`, `{"":1}`, `{"a-b":1}`, `{"é":1}`,
		`"\ud800"`, `"\udc00"`, `"\ud800\u0041"`, `"\ud800\\udc00"`, `"\ud83d\ude00"`, `"\\ud800"`, "\"\xff\"", "\xef\xbb\xbf{}",
		`[1,2,]`, `{"a":1,}`, `{"a" 1}`, `[1] [2]`, `"\u00"`, `"\x"`, "\"a\tb\"", `[[[[[[[[[[]]]]]]]]]]`, `{"a":[{"b":[{"c":"d"}]}]}`,
		"[0.5" + strings.Repeat("0", maxNumberBytes) + "]", "[" + strings.Repeat("1", 17) + "]", `[01]`, `[1.]`, `[.5]`, `[1e]`, `[-]`, `[tru]`, `nul`, "\v{}", "{}\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkProblem := func(err error, what string) {
			var p *jsonx.Problem
			require.True(t, errors.As(err, &p), "%s: %T is no *jsonx.Problem: %v", what, err, err)
			require.GreaterOrEqual(t, p.Offset, int64(0), "%s: %v", what, err)
			require.LessOrEqual(t, p.Offset, int64(len(data)), "%s: %v", what, err)
			require.NotNil(t, p.Err, what)
			_ = p.Error()
		}
		err := jsonx.Scan(data, jsonx.Limits{})
		if err != nil {
			checkProblem(err, "Scan")
		}
		valid := json.Valid(data)
		if err == nil && !valid {
			// encoding/json stops at 10,000 levels; Scan with Limits{}
			// does not.
			var le *vocab.LimitError
			deep := jsonx.Scan(data, jsonx.Limits{MaxDepth: 10000})
			require.True(t, errors.As(deep, &le) && le.Limit == "MaxDepth", "Scan accepts what json.Valid rejects: %q", data)
		}
		if valid {
			x := extrasOf(t, data)
			if x.none() {
				require.NoError(t, err, "Scan rejects JSON without any feature it should refuse: %q", data)
			}
			if err == nil {
				require.True(t, x.none(), "Scan accepts %q, which has %+v", data, x)
			}
		}

		// The same scan under limits.
		lim := jsonx.Limits{
			MaxBytes:       int64(len(data)) - int64(len(data)%3),
			MaxDepth:       1 + len(data)%4,
			MaxKeys:        1 + len(data)%3,
			MaxStringBytes: len(data) % 7,
		}
		lerr := jsonx.Scan(data, lim)
		switch {
		case err != nil:
			require.Error(t, lerr, "Scan with limits %+v accepts what Scan without rejects: %q", lim, data)
			checkProblem(lerr, "Scan with limits")
		case lerr != nil:
			checkProblem(lerr, "Scan with limits")
			var le *vocab.LimitError
			require.True(t, errors.As(lerr, &le), "Scan with limits %+v fails by no limit: %v", lim, lerr)
		}
	})
}
