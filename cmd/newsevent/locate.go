package main

import (
	"encoding/json"
	"strconv"
	"strings"
)

// locate finds where the values at JSON paths ("events[3].time.start")
// start in a JSON document that the library has read without error. It
// returns, for each path, the byte offset of the value at the path or,
// when the document has none there (a field left out), of the value at
// the longest start of the path that it has: the line of a missing
// "actors[1].name" is that of "actors[1]".
//
// It scans the document once, without recursion, and looks up only the
// keys on the way to a wanted path: time linear in the document, memory
// in the paths and the nesting.
func locate(data []byte, paths []string) map[string]int64 {
	root := &pathNode{}
	for _, p := range paths {
		n := root
		for _, seg := range segments(p) {
			if n.children == nil {
				n.children = map[string]*pathNode{}
			}
			c := n.children[seg]
			if c == nil {
				c = &pathNode{offset: -1}
				n.children[seg] = c
			}
			n = c
		}
	}
	scan(data, root)
	out := make(map[string]int64, len(paths))
	for _, p := range paths {
		n, off := root, root.offset
		for _, seg := range segments(p) {
			c := n.children[seg]
			if c == nil || c.offset < 0 {
				break
			}
			n, off = c, c.offset
		}
		out[p] = max(off, 0)
	}
	return out
}

// pathNode is one step of the wanted paths: where its value starts (-1
// until found) and the steps below it.
type pathNode struct {
	offset   int64
	children map[string]*pathNode
}

// segments splits a path into its steps: keys as they are, indexes as
// "[3]". A key written in brackets and quotes (`codes["a.b"]`) is
// unquoted.
func segments(path string) []string {
	var segs []string
	for i := 0; i < len(path); {
		switch path[i] {
		case '.':
			i++
		case '[':
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				return append(segs, path[i:])
			}
			seg := path[i : i+end+1]
			if strings.HasPrefix(seg, `["`) {
				// A quoted key may hold "]": find the closing quote.
				if q, err := strconv.QuotedPrefix(path[i+1:]); err == nil {
					key, _ := strconv.Unquote(q)
					segs = append(segs, key)
					i += 1 + len(q) + 1
					continue
				}
			}
			segs = append(segs, seg)
			i += end + 1
		default:
			end := strings.IndexAny(path[i:], ".[")
			if end < 0 {
				end = len(path) - i
			}
			segs = append(segs, path[i:i+end])
			i += end
		}
	}
	return segs
}

// frame is an object or array the scan is inside: the wanted step it is
// (nil when no path goes through it), whether it is an array, and the
// index or key of the value being read.
type frame struct {
	node  *pathNode
	array bool
	index int
	key   string
}

// scan walks the document and sets the offset of every wanted step it
// meets. The document is valid JSON: the scan does not check it, and
// stops quietly where it is not.
func scan(data []byte, root *pathNode) {
	var stack []frame
	i := skipSpace(data, 0)
	root.offset = int64(i)
	// value reads the value at i, whose step is node.
	for i < len(data) {
		var node *pathNode
		if len(stack) == 0 {
			node = root
		} else if top := &stack[len(stack)-1]; top.node != nil {
			seg := top.key
			if top.array {
				seg = "[" + strconv.Itoa(top.index) + "]"
			}
			if node = top.node.children[seg]; node != nil {
				node.offset = int64(i)
			}
		}
		switch data[i] {
		case '{':
			stack = append(stack, frame{node: node})
			i = skipSpace(data, i+1)
			if i < len(data) && data[i] == '}' {
				i++
				stack = stack[:len(stack)-1]
				break
			}
			var ok bool
			if i, ok = readKey(data, i, &stack[len(stack)-1]); !ok {
				return
			}
			continue
		case '[':
			stack = append(stack, frame{node: node, array: true})
			i = skipSpace(data, i+1)
			if i < len(data) && data[i] == ']' {
				i++
				stack = stack[:len(stack)-1]
				break
			}
			continue
		case '"':
			i = skipString(data, i)
		default:
			for i < len(data) && !strings.ContainsRune(",]} \t\r\n", rune(data[i])) {
				i++
			}
		}
		// After a value: a comma and the next one, or the end of one or
		// more containers.
		for {
			i = skipSpace(data, i)
			if len(stack) == 0 || i >= len(data) {
				return
			}
			top := &stack[len(stack)-1]
			switch data[i] {
			case ',':
				i = skipSpace(data, i+1)
				if top.array {
					top.index++
				} else {
					var ok bool
					if i, ok = readKey(data, i, top); !ok {
						return
					}
				}
			case '}', ']':
				i++
				stack = stack[:len(stack)-1]
				continue
			default:
				return
			}
			break
		}
	}
}

// readKey reads a key and its colon at i into the frame of an object and
// returns the offset of its value.
func readKey(data []byte, i int, f *frame) (int, bool) {
	if i >= len(data) || data[i] != '"' {
		return i, false
	}
	end := skipString(data, i)
	raw := data[i:end]
	if len(raw) < 2 || raw[len(raw)-1] != '"' {
		return end, false // a string that does not end
	}
	if f.node != nil {
		f.key = string(raw[1 : len(raw)-1])
		if strings.ContainsRune(f.key, '\\') {
			var key string
			if json.Unmarshal(raw, &key) == nil {
				f.key = key
			}
		}
	}
	i = skipSpace(data, end)
	if i >= len(data) || data[i] != ':' {
		return i, false
	}
	return skipSpace(data, i+1), true
}

// skipString returns the offset after the string that starts at i.
func skipString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(data)
}

// skipSpace returns the offset of the first byte at or after i that is
// not JSON white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}
