// Package engine holds the one *validator.Validate that every newsevent
// package shares. It is the bottom of the validation stack: it knows no
// rule names and no error type of the library, only how to build the
// validator once and how packages add to it.
//
// The validator never leaves the module's internal packages: an exported
// validator would be a global that anyone could change. Packages add their
// custom tags and struct-level rules with [Register] from an init function,
// before the first validation; internal/validate turns what the validator
// finds into the library's public error (vocab.ValidationError).
package engine

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-playground/validator/v10"
)

// state holds the shared validator and the registrations that built it.
// Registrations come from package init functions; should one arrive after
// the first validation (a package initialised late), the validator is built
// again with every registration so far and swapped in atomically, so a
// validation never sees a half-registered validator.
//
// STYLE.md asks for sync.OnceValue. A OnceValue would freeze the validator
// at its first use, and a package whose init runs after that (vocab reads
// validator's code lists during other packages' init) would have its
// struct-level rules silently ignored; the rebuild keeps "built once" for
// every program whose packages are all initialised before the first
// validation, and stays correct for the others.
var state struct {
	mu    sync.Mutex
	regs  []func(*validator.Validate)
	built atomic.Pointer[validator.Validate]
}

// Register adds rules (custom tags, struct-level validations) to the shared
// validator. Call it from an init function.
func Register(fn func(*validator.Validate)) {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.regs = append(state.regs, fn)
	if state.built.Load() != nil {
		state.built.Store(build(state.regs))
	}
}

// Validator returns the shared validator, building it on first use.
func Validator() *validator.Validate {
	if v := state.built.Load(); v != nil {
		return v
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	if v := state.built.Load(); v != nil {
		return v
	}
	v := build(state.regs)
	state.built.Store(v)
	return v
}

func build(regs []func(*validator.Validate)) *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled(), validator.WithTagNameFuncBlankOmit())
	// Paths in problems use the JSON names of fields.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	for _, fn := range regs {
		fn(v)
	}
	return v
}

// Has reports whether the validator's built-in rule tag accepts s. It is
// how the library reads the code lists that go-playground/validator keeps
// ("iso3166_1_alpha2", "iso3166_2") without a copy of its own.
func Has(tag, s string) bool {
	return Validator().Var(s, tag) == nil
}
