// Package jsondiff compares two JSON documents and lists what changed
// from one to the other: each change at a JSON path in the library's
// style ("casualties[1].value", "names[0].text"), with its old and new
// value. It knows nothing of stories: the story's Diff uses it to say what
// changed inside a record, and a merge can use it to report the paths at
// which two versions of one record conflict.
//
// # Equality
//
// Two values are equal when they are the same JSON value, whatever their
// spelling: objects with the same keys, in any order, and equal values;
// arrays with equal elements in the same order; strings equal once
// unescaped ("\u0061" is "a"); numbers equal by value, exactly, with no
// rounding to float64 (1, 1.0, 10e-1 and 0.1e1 are one number, -0 is 0,
// and 9007199254740993 is not 9007199254740992); and the same literal. An
// object that has a key twice is read as encoding/json reads it: the last
// value wins, at the place of the key's first occurrence.
//
// # Changes and paths
//
// A change is at the path of the value that changed. An object key that is
// an identifier (an ASCII letter or underscore, then ASCII letters, digits
// and underscores) follows a dot, or starts the path; any other key is a
// JSON string in brackets, so that every path reads one way only:
// codes["a.b"], ["0"], [""]. An array index is in brackets: [3]. The path
// of the whole document is "".
//
// Objects compare key by key: first the keys of the new object, in its
// order (a key that is new is an addition; a key in both is compared
// inside), then the keys only the old object has, in its order, as
// removals. Arrays are aligned on a longest common subsequence of equal
// elements, so that an element inserted at the front is one addition, not
// a change of every element. Between two aligned elements, the elements
// left over on each side are paired in order: a pair of objects, or of
// arrays, is compared inside; any other pair is one change of the element
// (its old and its new value); what is left unpaired is removed or added.
// The path of a removed element carries its index in the old array; every
// other path carries the indices of the new document. Applied in that
// light (removals by old index from the last, then additions by new index
// from the first, then changes in place), the changes turn the old document
// into the new one; the tests check that they do.
//
// # Limits
//
// The common head and tail of two arrays are aligned first, at linear
// cost. The rest is aligned by dynamic programming only while it has at
// most 1<<20 pairs of elements (1024 by 1024, 4 MiB of work space); beyond
// that its elements are paired by position, which is still a correct list
// of changes, only a longer one when elements were inserted or removed.
// Documents nested deeper than 10,000 levels are an error (encoding/json
// refuses them too), and so the recursion is bounded. Otherwise time and
// memory are linear in the size of the documents, plus the alignment of
// arrays.
package jsondiff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Change is one difference between two JSON documents: the value at Path
// changed from Old to New. Old is empty when the value was added, New
// when it was removed; a present value is never empty (null is "null").
// Both are compact JSON, as written in the document (numbers and strings
// keep their spelling).
type Change struct {
	// Path is where the value sits, in the style of the package doc
	// ("casualties[1].value"); "" for the whole document.
	Path string `json:"path"`
	// Old is the value before, or empty when the value is new.
	Old json.RawMessage `json:"old,omitempty"`
	// New is the value after, or empty when the value was removed.
	New json.RawMessage `json:"new,omitempty"`
}

const (
	// maxDepth is how deeply values may nest: encoding/json's limit.
	maxDepth = 10_000
	// maxAlignPairs caps the pairs of elements aligned by dynamic
	// programming in one array (after its common head and tail).
	maxAlignPairs = 1 << 20
)

// Compare returns what changed from the JSON document before to the
// document after, in the order the package doc gives; none when the two
// are equal. Invalid JSON in either is an error.
func Compare(before, after []byte) ([]Change, error) {
	var p parser
	a, err := p.parse(before)
	if err != nil {
		return nil, fmt.Errorf("jsondiff: old document: %w", err)
	}
	b, err := p.parse(after)
	if err != nil {
		return nil, fmt.Errorf("jsondiff: new document: %w", err)
	}
	var d differ
	d.value("", a, b)
	return d.changes, nil
}

// Equal reports whether two JSON documents are the same value, as the
// package doc defines it. Invalid JSON in either is an error.
func Equal(a, b []byte) (bool, error) {
	var p parser
	x, err := p.parse(a)
	if err != nil {
		return false, fmt.Errorf("jsondiff: first document: %w", err)
	}
	y, err := p.parse(b)
	if err != nil {
		return false, fmt.Errorf("jsondiff: second document: %w", err)
	}
	return equal(x, y), nil
}

// kind is the type of a JSON value.
type kind uint8

const (
	kindNull kind = iota + 1
	kindFalse
	kindTrue
	kindNumber
	kindString
	kindArray
	kindObject
)

// node is a JSON value, parsed.
type node struct {
	kind kind
	raw  []byte // the value as written
	// text is a string's value, or a number's canonical form.
	text string
	// keys are an object's keys, each once, in the order they first
	// appear; vals are their values, or an array's elements.
	keys []string
	vals []*node
	// sorted are the indices of keys in the order of the keys.
	sorted []int
	// hash is equal for equal values.
	hash uint64
}

// lookup returns the index of key in the object n, or -1.
func (n *node) lookup(key string) int {
	i, ok := slices.BinarySearchFunc(n.sorted, key, func(k int, key string) int { return strings.Compare(n.keys[k], key) })
	if !ok {
		return -1
	}
	return n.sorted[i]
}

// equal reports whether a and b are the same JSON value.
func equal(a, b *node) bool {
	if a.hash != b.hash || a.kind != b.kind {
		return false
	}
	switch a.kind {
	case kindArray:
		if len(a.vals) != len(b.vals) {
			return false
		}
		for i := range a.vals {
			if !equal(a.vals[i], b.vals[i]) {
				return false
			}
		}
		return true
	case kindObject:
		if len(a.keys) != len(b.keys) {
			return false
		}
		for i, ai := range a.sorted {
			bi := b.sorted[i]
			if a.keys[ai] != b.keys[bi] || !equal(a.vals[ai], b.vals[bi]) {
				return false
			}
		}
		return true
	}
	return a.text == b.text
}

// differ collects the changes between two documents.
type differ struct {
	changes []Change
}

func (d *differ) value(path string, a, b *node) {
	switch {
	case equal(a, b):
	case a.kind == kindObject && b.kind == kindObject:
		d.object(path, a, b)
	case a.kind == kindArray && b.kind == kindArray:
		d.array(path, a, b)
	default:
		d.changes = append(d.changes, Change{Path: path, Old: compact(a.raw), New: compact(b.raw)})
	}
}

func (d *differ) object(path string, a, b *node) {
	for j, key := range b.keys {
		if i := a.lookup(key); i >= 0 {
			d.value(joinKey(path, key), a.vals[i], b.vals[j])
		} else {
			d.changes = append(d.changes, Change{Path: joinKey(path, key), New: compact(b.vals[j].raw)})
		}
	}
	for i, key := range a.keys {
		if b.lookup(key) < 0 {
			d.changes = append(d.changes, Change{Path: joinKey(path, key), Old: compact(a.vals[i].raw)})
		}
	}
}

func (d *differ) array(path string, a, b *node) {
	ca, cb := classes(a.vals, b.vals)
	i0, j0 := 0, 0
	for _, m := range align(ca, cb) {
		d.gap(path, a.vals[i0:m[0]], b.vals[j0:m[1]], i0, j0)
		i0, j0 = m[0]+1, m[1]+1
	}
	d.gap(path, a.vals[i0:], b.vals[j0:], i0, j0)
}

// gap compares the elements between two aligned ones: old elements from
// index i0 and new ones from index j0, paired in order.
func (d *differ) gap(path string, olds, news []*node, i0, j0 int) {
	n := min(len(olds), len(news))
	for k := range n {
		d.value(joinIndex(path, j0+k), olds[k], news[k])
	}
	for k := n; k < len(olds); k++ {
		d.changes = append(d.changes, Change{Path: joinIndex(path, i0+k), Old: compact(olds[k].raw)})
	}
	for k := n; k < len(news); k++ {
		d.changes = append(d.changes, Change{Path: joinIndex(path, j0+k), New: compact(news[k].raw)})
	}
}

// classes numbers the elements of two arrays so that two elements have
// the same number exactly when they are equal.
func classes(a, b []*node) ([]int, []int) {
	type class struct {
		id  int
		rep *node
	}
	byHash := make(map[uint64][]class, len(a)+len(b))
	next := 0
	number := func(l []*node) []int {
		ids := make([]int, len(l))
		for i, n := range l {
			bucket := byHash[n.hash]
			k := slices.IndexFunc(bucket, func(c class) bool { return equal(c.rep, n) })
			if k < 0 {
				k = len(bucket)
				bucket = append(bucket, class{id: next, rep: n})
				byHash[n.hash] = bucket
				next++
			}
			ids[i] = bucket[k].id
		}
		return ids
	}
	return number(a), number(b)
}

// align returns the index pairs of a longest common subsequence of a and
// b, in increasing order; see the package doc for its limits.
func align(a, b []int) [][2]int {
	var pairs [][2]int
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		pairs = append(pairs, [2]int{head, head})
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	ma, mb := a[head:len(a)-tail], b[head:len(b)-tail]
	if len(ma) > 0 && len(mb) > 0 && len(ma) <= maxAlignPairs/len(mb) {
		for _, p := range lcs(ma, mb) {
			pairs = append(pairs, [2]int{head + p[0], head + p[1]})
		}
	}
	for k := tail; k > 0; k-- {
		pairs = append(pairs, [2]int{len(a) - k, len(b) - k})
	}
	return pairs
}

// lcs returns the index pairs of a longest common subsequence of a and b
// by dynamic programming: time and space len(a)·len(b).
func lcs(a, b []int) [][2]int {
	n, m := len(a), len(b)
	w := m + 1
	// l[i*w+j] is the length of a longest common subsequence of a[i:]
	// and b[j:].
	l := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				l[i*w+j] = l[(i+1)*w+j+1] + 1
			case l[(i+1)*w+j] >= l[i*w+j+1]:
				l[i*w+j] = l[(i+1)*w+j]
			default:
				l[i*w+j] = l[i*w+j+1]
			}
		}
	}
	var pairs [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			pairs = append(pairs, [2]int{i, j})
			i++
			j++
		case l[(i+1)*w+j] >= l[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return pairs
}

// joinKey returns the path of key in the object at path.
func joinKey(path, key string) string {
	if isIdentifier(key) {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	return path + "[" + quote(key) + "]"
}

// joinIndex returns the path of element i of the array at path.
func joinIndex(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// isIdentifier reports whether a key can follow a dot in a path.
func isIdentifier(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// quote returns s as a JSON string, without the HTML escapes of
// json.Marshal.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil { // a string always encodes
		return strconv.Quote(s)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// compact returns a compact copy of the valid JSON value raw.
func compact(raw []byte) json.RawMessage {
	var b bytes.Buffer
	b.Grow(len(raw))
	if err := json.Compact(&b, raw); err != nil { // raw is valid
		return bytes.Clone(raw)
	}
	return b.Bytes()
}

// parse parses a JSON document into nodes. It checks the document with
// json.Valid first, so that the parser proper sees only valid JSON (and
// still fails rather than panics if it does not). A parser may parse
// several documents; their nodes share its interned strings.
func (p *parser) parse(data []byte) (*node, error) {
	if !json.Valid(data) {
		var v any
		err := json.Unmarshal(data, &v) // says what is wrong, and where
		if err == nil {
			err = errors.New("invalid JSON")
		}
		return nil, err
	}
	p.data, p.err = data, nil
	if p.strs == nil {
		p.strs = make(map[string]string)
	}
	n, _ := p.value(p.space(0), 0)
	if p.err != nil {
		return nil, p.err
	}
	return n, nil
}

// parser reads a document json.Valid accepted.
type parser struct {
	data []byte
	err  error
	free []node // nodes allocated, not yet used
	// keys and vals are stacks of the members of the objects and arrays
	// being read, each copied out in one piece when it ends.
	keys []string
	vals []*node
	// strs interns strings without escapes, shared by the two documents
	// of a comparison: keys repeat, and so do most values.
	strs map[string]string
}

// node returns a new node of kind k: nodes are allocated in blocks.
func (p *parser) node(k kind) *node {
	if len(p.free) == 0 {
		p.free = make([]node, 32)
	}
	n := &p.free[0]
	p.free = p.free[1:]
	n.kind = k
	return n
}

// errBroken is the error of a document the parser cannot read though
// json.Valid accepted it: never, unless one of the two has a bug.
var errBroken = errors.New("unexpected JSON")

func (p *parser) fail(err error) (*node, int) {
	if p.err == nil {
		p.err = err
	}
	return nil, len(p.data)
}

func (p *parser) space(i int) int {
	for i < len(p.data) {
		switch p.data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// at returns the byte at i, or 0 past the end.
func (p *parser) at(i int) byte {
	if i < 0 || i >= len(p.data) {
		return 0
	}
	return p.data[i]
}

// value parses the value at i and returns it with the index after it.
func (p *parser) value(i, depth int) (*node, int) {
	if p.err != nil {
		return p.fail(nil)
	}
	if depth > maxDepth {
		return p.fail(fmt.Errorf("JSON nested deeper than %d levels", maxDepth))
	}
	switch c := p.at(i); {
	case c == '{':
		return p.object(i, depth)
	case c == '[':
		return p.array(i, depth)
	case c == '"':
		end := p.stringEnd(i)
		if end < 0 {
			return p.fail(errBroken)
		}
		raw := p.data[i:end]
		n := p.node(kindString)
		n.raw, n.text = raw, p.unquote(raw)
		n.hash = hashOf(kindString, n.text)
		return n, end
	case c == 't':
		return p.literal(i, "true", kindTrue)
	case c == 'f':
		return p.literal(i, "false", kindFalse)
	case c == 'n':
		return p.literal(i, "null", kindNull)
	case c == '-' || c >= '0' && c <= '9':
		end := i + 1
		for end < len(p.data) && strings.IndexByte("+-.eE0123456789", p.data[end]) >= 0 {
			end++
		}
		raw := p.data[i:end]
		n := p.node(kindNumber)
		n.raw, n.text = raw, canonicalNumber(raw)
		n.hash = hashOf(kindNumber, n.text)
		return n, end
	}
	return p.fail(errBroken)
}

func (p *parser) literal(i int, word string, k kind) (*node, int) {
	end := i + len(word)
	if end > len(p.data) || string(p.data[i:end]) != word {
		return p.fail(errBroken)
	}
	n := p.node(k)
	n.raw, n.hash = p.data[i:end], hashOf(k, "")
	return n, end
}

// stringEnd returns the index after the string that starts at i, or -1.
func (p *parser) stringEnd(i int) int {
	for j := i + 1; j < len(p.data); j++ {
		switch p.data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

func (p *parser) array(start, depth int) (*node, int) {
	n := p.node(kindArray)
	mark := len(p.vals)
	i := p.space(start + 1)
	if p.at(i) == ']' {
		i++
	} else {
		for {
			v, end := p.value(i, depth+1)
			if v == nil {
				return p.fail(errBroken)
			}
			p.vals = append(p.vals, v)
			i = p.space(end)
			c := p.at(i)
			if c == ']' {
				break
			}
			if c != ',' {
				return p.fail(errBroken)
			}
			i = p.space(i + 1)
		}
		i++
	}
	n.vals = slices.Clone(p.vals[mark:])
	p.vals = p.vals[:mark]
	n.raw = p.data[start:i]
	h := uint64(kindArray)
	for _, v := range n.vals {
		h = mix(h*0x100000001b3 ^ v.hash)
	}
	n.hash = mix(h + uint64(len(n.vals)))
	return n, i
}

func (p *parser) object(start, depth int) (*node, int) {
	n := p.node(kindObject)
	kmark, vmark := len(p.keys), len(p.vals)
	i := p.space(start + 1)
	if p.at(i) == '}' {
		i++
	} else {
		for {
			end := p.stringEnd(i)
			if p.at(i) != '"' || end < 0 {
				return p.fail(errBroken)
			}
			key := p.unquote(p.data[i:end])
			i = p.space(end)
			if p.at(i) != ':' {
				return p.fail(errBroken)
			}
			v, end := p.value(p.space(i+1), depth+1)
			if v == nil {
				return p.fail(errBroken)
			}
			p.keys = append(p.keys, key)
			p.vals = append(p.vals, v)
			i = p.space(end)
			c := p.at(i)
			if c == '}' {
				break
			}
			if c != ',' {
				return p.fail(errBroken)
			}
			i = p.space(i + 1)
		}
		i++
	}
	n.keys = slices.Clone(p.keys[kmark:])
	n.vals = slices.Clone(p.vals[vmark:])
	p.keys, p.vals = p.keys[:kmark], p.vals[:vmark]
	n.raw = p.data[start:i]
	n.index()
	h := uint64(kindObject)
	for k, key := range n.keys {
		h += mix(hashOf(kindString, key) ^ mix(n.vals[k].hash))
	}
	n.hash = mix(h + uint64(len(n.keys)))
	return n, i
}

// index sorts the keys of an object and drops repeated ones: the last
// value of a key wins, at the place of its first occurrence.
func (n *node) index() {
	sortKeys := func() {
		n.sorted = make([]int, len(n.keys))
		for i := range n.sorted {
			n.sorted[i] = i
		}
		slices.SortStableFunc(n.sorted, func(a, b int) int { return strings.Compare(n.keys[a], n.keys[b]) })
	}
	sortKeys()
	repeated := false
	for r := 1; r < len(n.sorted); r++ {
		if n.keys[n.sorted[r]] == n.keys[n.sorted[r-1]] {
			repeated = true
			break
		}
	}
	if !repeated {
		return
	}
	drop := make([]bool, len(n.keys))
	for first := 0; first < len(n.sorted); {
		last := first
		for last+1 < len(n.sorted) && n.keys[n.sorted[last+1]] == n.keys[n.sorted[first]] {
			last++
			drop[n.sorted[last]] = true
		}
		n.vals[n.sorted[first]] = n.vals[n.sorted[last]]
		first = last + 1
	}
	keys, vals := n.keys[:0], n.vals[:0]
	for i := range drop {
		if !drop[i] {
			keys, vals = append(keys, n.keys[i]), append(vals, n.vals[i])
		}
	}
	n.keys, n.vals = keys, vals
	sortKeys()
}

// unquote returns the value of the valid JSON string raw, as
// encoding/json decodes it (invalid UTF-8 becomes U+FFFD).
func (p *parser) unquote(raw []byte) string {
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		if s, ok := p.strs[string(body)]; ok {
			return s
		}
		s := string(body)
		p.strs[s] = s
		return s
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil { // raw is valid
		return string(raw)
	}
	return s
}

// canonicalNumber returns the form of the valid JSON number raw that is
// the same for every spelling of its value: "0", or an optional "-", then
// "0." and the significant digits, then "e" and the decimal exponent
// ("-0.15e3" for -150, -1.5e2 and -150.0).
func canonicalNumber(raw []byte) string {
	neg := len(raw) > 0 && raw[0] == '-'
	if neg {
		raw = raw[1:]
	}
	digitsEnd := func(s []byte) int {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	k := digitsEnd(raw)
	whole, rest := raw[:k], raw[k:]
	var frac []byte
	if len(rest) > 0 && rest[0] == '.' {
		k = digitsEnd(rest[1:])
		frac, rest = rest[1:1+k], rest[1+k:]
	}
	digits := append(slices.Clip(whole), frac...)
	lead := 0
	for lead < len(digits) && digits[lead] == '0' {
		lead++
	}
	digits = bytes.TrimRight(digits[lead:], "0")
	if len(digits) == 0 {
		return "0"
	}
	// The value is 0.digits × 10^(len(whole) - lead + exp).
	shift := int64(len(whole)) - int64(lead)
	var exp string
	if len(rest) > 0 && (rest[0] == 'e' || rest[0] == 'E') {
		e := rest[1:]
		eneg := len(e) > 0 && e[0] == '-'
		if len(e) > 0 && (e[0] == '-' || e[0] == '+') {
			e = e[1:]
		}
		e = bytes.TrimLeft(e, "0")
		if len(e) <= 17 {
			x, _ := strconv.ParseInt("0"+string(e), 10, 64)
			if eneg {
				x = -x
			}
			exp = strconv.FormatInt(x+shift, 10)
		} else {
			x, _ := new(big.Int).SetString(string(e), 10)
			if x == nil {
				x = new(big.Int)
			}
			if eneg {
				x.Neg(x)
			}
			exp = x.Add(x, big.NewInt(shift)).String()
		}
	} else {
		exp = strconv.FormatInt(shift, 10)
	}
	sign := ""
	if neg {
		sign = "-"
	}
	return sign + "0." + string(digits) + "e" + exp
}

// hashOf hashes a scalar by its kind and text (FNV-1a, then mixed).
func hashOf(k kind, text string) uint64 {
	h := uint64(0xcbf29ce484222325) ^ uint64(k)
	for i := 0; i < len(text); i++ {
		h ^= uint64(text[i])
		h *= 0x100000001b3
	}
	return mix(h)
}

// mix is the finaliser of SplitMix64: every input bit affects every
// output bit.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
