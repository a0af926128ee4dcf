package schemagen

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// object is a JSON object that keeps the order its members were set in, so
// that the schema reads in a stable, deliberate order.
type object struct {
	keys []string
	vals map[string]any
}

func obj(kv ...any) *object {
	o := &object{vals: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		o.set(kv[i].(string), kv[i+1])
	}
	return o
}

// set sets key to v, keeping the key's first position.
func (o *object) set(key string, v any) *object {
	if _, ok := o.vals[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.vals[key] = v
	return o
}

func (o *object) get(key string) (any, bool) {
	v, ok := o.vals[key]
	return v, ok
}

func ref(def string) *object { return obj("$ref", "#/$defs/"+def) }

// write appends the JSON of v, indented by depth levels of two spaces,
// with short objects and lists of scalars kept on one line.
func write(b *bytes.Buffer, v any, depth int) {
	switch v := v.(type) {
	case *object:
		if line, ok := oneLine(v); ok && depth > 1 {
			b.WriteString(line)
			return
		}
		b.WriteString("{")
		for i, k := range v.keys {
			if i > 0 {
				b.WriteString(",")
			}
			newline(b, depth+1)
			b.WriteString(strconv.Quote(k))
			b.WriteString(": ")
			write(b, v.vals[k], depth+1)
		}
		newline(b, depth)
		b.WriteString("}")
	case []any:
		if line, ok := oneLine(v); ok {
			b.WriteString(line)
			return
		}
		if packed(b, v, depth) {
			return
		}
		b.WriteString("[")
		for i, e := range v {
			if i > 0 {
				b.WriteString(",")
			}
			newline(b, depth+1)
			write(b, e, depth+1)
		}
		newline(b, depth)
		b.WriteString("]")
	default:
		data, err := json.Marshal(v)
		if err != nil {
			panic(err) // only strings, numbers and booleans reach here
		}
		b.Write(data)
	}
}

// oneLine returns v on one line when it is short and holds no objects
// (for lists) or only scalars and short lists (for objects).
func oneLine(v any) (string, bool) {
	var b bytes.Buffer
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if _, ok := e.(*object); ok {
				return "", false
			}
		}
		b.WriteString("[")
		for i, e := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			write(&b, e, 0)
		}
		b.WriteString("]")
		if b.Len() > 100 {
			return "", false
		}
	case *object:
		b.WriteString("{")
		for i, k := range v.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(k))
			b.WriteString(": ")
			switch e := v.vals[k].(type) {
			case *object:
				s, ok := oneLine(e)
				if !ok {
					return "", false
				}
				b.WriteString(s)
			case []any:
				s, ok := oneLine(e)
				if !ok {
					return "", false
				}
				b.WriteString(s)
			default:
				write(&b, e, 0)
			}
		}
		b.WriteString("}")
		if b.Len() > 100 {
			return "", false
		}
	}
	return b.String(), true
}

// packed writes a long list of scalars several to a line, and reports
// false (writing nothing) for a list that holds an object or a list.
func packed(b *bytes.Buffer, v []any, depth int) bool {
	items := make([]string, len(v))
	for i, e := range v {
		switch e.(type) {
		case *object, []any:
			return false
		}
		var eb bytes.Buffer
		write(&eb, e, 0)
		items[i] = eb.String()
	}
	b.WriteString("[")
	width := 0
	for i, it := range items {
		if i == 0 || width+len(it)+2 > 96 {
			newline(b, depth+1)
			width = (depth + 1) * 2
		} else {
			b.WriteString(" ")
			width++
		}
		b.WriteString(it)
		width += len(it)
		if i < len(items)-1 {
			b.WriteString(",")
			width++
		}
	}
	newline(b, depth)
	b.WriteString("]")
	return true
}

func newline(b *bytes.Buffer, depth int) {
	b.WriteByte('\n')
	for range depth {
		b.WriteString("  ")
	}
}
