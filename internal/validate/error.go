// Package validate holds the one validator that every newsevent package
// shares, the custom rules registered on it, and the error type that every
// Validate method returns.
//
// The *validator.Validate is built once, on first use, and never leaves this
// package: an exported validator would be a global that anyone could change.
// Packages add their struct-level rules with [Register] from an init
// function, before the first validation.
package validate

import (
	"strconv"
	"strings"
)

// Problem is one thing wrong with a value: where (a JSON path such as
// "roles[1].from"), which rule it breaks ("required", "country",
// "before_end", ...) and a sentence a person understands.
type Problem struct {
	// Path is the JSON path of the field, "" for the value as a whole.
	Path string `json:"path"`
	// Rule names the rule broken, one of the Rule constants or a rule of
	// go-playground/validator ("gte", "min").
	Rule string `json:"rule"`
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

// Error is the list of problems found in one value. Every Validate method in
// newsevent returns either nil or an *Error; find it with errors.As.
type Error struct {
	// Scope names what was validated ("actor", "story"); it starts the
	// error text.
	Scope string
	// Problems lists what is wrong, in the order found.
	Problems []Problem
}

// Error joins the problems into one line that starts with the scope.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Scope)
	b.WriteString(": ")
	switch n := len(e.Problems); n {
	case 0:
		b.WriteString("invalid")
	case 1:
		b.WriteString(e.Problems[0].String())
	default:
		b.WriteString(strconv.Itoa(n))
		b.WriteString(" problems: ")
		for i, p := range e.Problems {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(p.String())
		}
	}
	return b.String()
}

// Has reports whether a problem with this path and rule is in the list.
func (e *Error) Has(path, rule string) bool {
	for _, p := range e.Problems {
		if p.Path == path && p.Rule == rule {
			return true
		}
	}
	return false
}

// List collects problems; its zero value is ready to use. It turns into an
// error only when something was added, so a clean value gives a nil error,
// never a typed nil.
type List struct {
	problems []Problem
}

// Add records a problem at path.
func (l *List) Add(path, rule, message string) {
	l.problems = append(l.problems, Problem{Path: path, Rule: rule, Message: message})
}

// Merge adds the problems of err (an *Error, or any error as one problem of
// rule "invalid") with prefix put in front of their paths.
func (l *List) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(*Error); ok {
		for _, p := range e.Problems {
			p.Path = Join(prefix, p.Path)
			l.problems = append(l.problems, p)
		}
		return
	}
	l.Add(prefix, "invalid", err.Error())
}

// Len is the number of problems so far.
func (l *List) Len() int { return len(l.problems) }

// Err returns the problems as an *Error with this scope, or nil when there are none.
func (l *List) Err(scope string) error {
	if len(l.problems) == 0 {
		return nil
	}
	return &Error{Scope: scope, Problems: l.problems}
}

// Join puts two path parts together: Join("events[2]", "time.start") is
// "events[2].time.start"; an index part ("[3]") joins without a dot.
func Join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// Index returns "name[i]", the path of the i-th element of a list.
func Index(name string, i int) string {
	return name + "[" + strconv.Itoa(i) + "]"
}
