// Package rewrite holds the passes that reshape a chunk's source before the
// interpreter sees it: constructs yaegi lacks or gets wrong become code it
// runs as Go would, and constructs gopad cannot make right become code that
// fails with an error naming them. Each pass reads a parsed chunk and a
// read-only view of the session's scope and returns edits; the pipeline
// applies them. The package knows nothing of the interpreter.
package rewrite

import (
	"fmt"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

// Scope is the read-only view of the session the passes may consult.
type Scope interface {
	// Declared reports whether a cell declared name at the top level.
	Declared(name string) bool
	// ImportPath is the path of the package the cells imported as name.
	ImportPath(name string) (string, bool)
	// GenericFunc reports whether the cells declared a generic function
	// name.
	GenericFunc(name string) bool
	// Variable reports whether name is a top-level variable of the cells.
	Variable(name string) bool
	// DeclaresTypes reports whether the cells declared a type.
	DeclaresTypes() bool
	// Compiled is the entry of name in the symbol table of the compiled
	// package path.
	Compiled(path, name string) (reflect.Value, bool)
}

// A Unit is a chunk as the passes of one phase see it.
type Unit struct {
	*source.File
	Scope Scope
	// Types is go/types' view of the chunk in the session's context; nil
	// in phases that do not need types, or when the chunk does not check.
	Types *Types
	seen  *sights // what the typed passes' Wants look for, once found
}

// Stmt reports whether u is a statement chunk.
func (u *Unit) Stmt() bool { return u.Kind == source.Stmt }

// A Pass is one named rewrite.
type Pass struct {
	Name string
	// Wants reports from the AST alone whether the pass may have work in
	// u (nil: always). A typed phase type-checks only chunks that some of
	// its passes want, because a check costs milliseconds; once a chunk is
	// checked every pass of the phase runs and finds its own cases in the
	// types, so a pass's Wants may leave out what is not worth a check by
	// itself.
	Wants func(u *Unit) bool
	// Run returns the pass's edits of u's source.
	Run func(u *Unit) []source.Edit
}

// A Phase is a run of passes over one parse: their edits are applied
// together, and the next phase parses the result again.
type Phase struct {
	Name   string
	Typed  bool // the passes read u.Types
	Passes []Pass
	// Rounds repeats the phase on its own result until nothing changes,
	// at most Rounds times (0 and 1: once).
	Rounds int
}

// Pipeline is the fixed order of phases every chunk goes through.
var Pipeline = []Phase{typedPhase}

// Run rewrites chunk c through the pipeline. check type-checks a chunk in
// the session's context for the typed phases (see Check).
func Run(c source.Chunk, scope Scope, check func(source.Chunk) *Types) (string, error) {
	for _, ph := range Pipeline {
		for range max(ph.Rounds, 1) {
			src, err := ph.run(c, scope, check)
			if err != nil {
				return c.Src, err
			}
			if src == c.Src {
				break
			}
			c.Src = src
		}
	}
	return c.Src, nil
}

// run applies one round of the phase's passes to c.
func (ph Phase) run(c source.Chunk, scope Scope, check func(source.Chunk) *Types) (string, error) {
	f, err := source.Parse(c)
	if err != nil {
		return c.Src, nil // a syntax error is reported by the evaluation
	}
	u := &Unit{File: f, Scope: scope}
	var wanted []Pass
	for _, p := range ph.Passes {
		if p.Wants == nil || p.Wants(u) {
			wanted = append(wanted, p)
			if ph.Typed {
				break // one is enough: a checked chunk goes through every pass
			}
		}
	}
	if len(wanted) == 0 {
		return c.Src, nil
	}
	if ph.Typed {
		if u.Types = check(c); u.Types == nil {
			return c.Src, nil
		}
		wanted = ph.Passes
	}
	var edits []source.Edit
	for _, p := range wanted {
		for _, e := range p.Run(u) {
			e.Pass = p.Name
			edits = append(edits, e)
		}
	}
	out, err := source.Apply(c.Src, edits)
	if err != nil {
		return c.Src, fmt.Errorf("phase %s: %w", ph.Name, err)
	}
	return out, nil
}
