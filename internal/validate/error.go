// Package validate turns what the shared validator (internal/engine) finds
// into the library's public error, [vocab.ValidationError], and holds the
// custom rules every package uses: the tags of the Rule constants of
// package vocab, and the helpers that struct-level rules report with.
package validate

import (
	"strconv"

	"github.com/newsevent/newsevent/vocab"
)

// List collects problems; its zero value is ready to use. It turns into an
// error only when something was added, so a clean value gives a nil error,
// never a typed nil.
type List struct {
	problems []vocab.Problem
}

// Add records a problem at path.
func (l *List) Add(path string, rule vocab.Rule, message string) {
	l.problems = append(l.problems, vocab.Problem{Path: path, Rule: rule, Message: message})
}

// Merge adds the problems of err (a *vocab.ValidationError, or any other
// error as one problem of rule "invalid") with prefix put in front of
// their paths.
func (l *List) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(*vocab.ValidationError); ok {
		for _, p := range e.Problems {
			p.Path = Join(prefix, p.Path)
			l.problems = append(l.problems, p)
		}
		return
	}
	l.Add(prefix, vocab.RuleInvalid, err.Error())
}

// Len is the number of problems so far.
func (l *List) Len() int { return len(l.problems) }

// Err returns the problems as a *vocab.ValidationError with this scope, or
// nil when there are none.
func (l *List) Err(scope string) error {
	if len(l.problems) == 0 {
		return nil
	}
	return &vocab.ValidationError{Scope: scope, Problems: l.problems}
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
