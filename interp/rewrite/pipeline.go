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
	// Global is the value of the session's variable or constant name.
	Global(name string) (reflect.Value, bool)
	// ImportedAs reports whether a cell imported path under name.
	ImportedAs(name, path string) bool
	// ImportPath is the path of the package the cells imported as name.
	ImportPath(name string) (string, bool)
	// GenericFunc reports whether the cells declared a generic function
	// name.
	GenericFunc(name string) bool
	// Variable reports whether name is a top-level variable of the cells.
	Variable(name string) bool
	// DeclaresTypes reports whether the cells declared a type.
	DeclaresTypes() bool
	// DeclaresDefinedType reports whether the cells declared a type
	// defined by another named type (type Color string), whose values
	// yaegi may hand over as values of the underlying type.
	DeclaresDefinedType() bool
	// DeclaresAlias reports whether the cells declared a type alias,
	// which may be generic or name an instance of a generic type.
	DeclaresAlias() bool
	// Compiled is the entry of name in the symbol table of the compiled
	// package path.
	Compiled(path, name string) (reflect.Value, bool)
	// Results is the number of results of the function a cell declared
	// (pkg "") or of pkg.name of an imported package; 0 when unknown.
	Results(pkg, name string) int
	// Variadic reports whether a cell declared a function name whose last
	// parameter is variadic (...T).
	Variadic(name string) bool
	// Resultless reports whether pkg.name is a compiled function (or a
	// method of a variable of a compiled type) without results, or, for
	// pkg "", a function a cell declared without results.
	Resultless(pkg, name string) bool
}

// A Unit is a chunk as the passes of one phase see it.
type Unit struct {
	*source.File
	Scope Scope
	// Types is go/types' view of the chunk in the session's context; nil
	// in phases that do not need types, or when the chunk does not check.
	Types *Types
	// LastChunk is set for the cell's last chunk, InFunc for statements
	// that run as the body of a function of their own (stmtfunc.go in
	// interp).
	LastChunk, InFunc bool

	seen   *sights         // what the typed passes' Wants look for, once found
	own    map[string]bool // the names the chunk declares at its top level
	shape  shape           // the constructs the chunk holds, once shaped
	shaped bool
}

// Stmt reports whether u is a statement chunk.
func (u *Unit) Stmt() bool { return u.Kind == source.Stmt }

// Own reports whether the chunk itself declares name at its top level.
func (u *Unit) Own(name string) bool {
	if u.own == nil {
		u.own = source.DeclaredNames(u.AST)
	}
	return u.own[name]
}

// Shadowed reports whether name, a predeclared function, means something
// else here: a cell or the chunk declared it.
func (u *Unit) Shadowed(name string) bool {
	return u.Own(name) || u.Scope != nil && u.Scope.Declared(name)
}

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
// together, and the next phase parses the result again (when it changed).
type Phase struct {
	Name   string
	Typed  bool // the passes read u.Types
	Passes []Pass
	// Rounds repeats the phase on its own result until nothing changes,
	// at most Rounds times (0 and 1: once).
	Rounds int
}

// Pipeline is the fixed order of phases every chunk goes through.
var Pipeline = []Phase{SplitVars, DefaultLast, Predeclared, UnsafeSizes, StaticAsserts, FormatIndexes, SelectOrder, SelectCases, NearMisses, TupleVars, EvalOrder, ResultOrder, Typed, Shape, Syntax, Entries, Defers, FuncArgs}

// Shape gives each struct type its identity (see structtags.go).
var Shape = Phase{Name: "shape", Passes: []Pass{TagStructTypes, TagAnonStructs}}

// Syntax replaces what yaegi lacks or gets wrong, from the syntax alone.
var Syntax = Phase{Name: "syntax", Passes: []Pass{
	TypesAhead, BlankTypes, NamedResults, SwitchInit, TaglessCases, TaggedCases, EmptyDefaults, LoneDefaults, InPlaceLiterals, BlankAssign, CommaOk, ImplicitConsts,
	Recover, MinMax, Clear, StopChan, SelectVars, SelectAssigns, RecvAssigns, SelectBranches, CommaOkVars, LoopStop, LoopConds, PerIteration,
	RangeInt, RangeAssign, LoopPrints, ReusedDefines, ReturnCalls, TupleCalls, GoRecover, UnnamedParams, LabeledReturns, GenericSigs, TypeParens,
}}

// Entries takes the values assigned to map entries and other operands
// (m[k], err = f()) into variables first. It follows Syntax, so that the
// operands it writes again carry that phase's rewrites (a loop variable's
// per-iteration copy, min, ...) instead of being edited in two places at
// once.
var Entries = Phase{Name: "entries", Passes: []Pass{EntryResults}}

// Defers takes deferred calls' arguments at the defer statement. It
// follows Syntax, so that the arguments it moves carry that phase's
// rewrites (a loop variable's per-iteration copy, min, ...) instead of
// being edited in two places at once.
var Defers = Phase{Name: "defers", Passes: []Pass{DeferArgs}}

// FuncArgs moves function literals passed in loops into variables; a
// literal moved may hold another, moved by the next round.
var FuncArgs = Phase{Name: "funcargs", Passes: []Pass{HoistFuncArgs}, Rounds: 4}

// Result, for the cell's last chunk, keeps all the results of its last
// call.
var Result = Phase{Name: "result", Passes: []Pass{MultiResult}}

// CellFunc fits a statement chunk to run as the session's top level, or
// as the body of a cell function when Env.InFunc (see stmtfunc.go in
// interp).
var CellFunc = Phase{Name: "cellfunc", Passes: []Pass{CellDefers, CellReturns, GotoBlocks}}

// Env is what the passes know of a chunk besides its source.
type Env struct {
	Scope Scope
	// Check type-checks a chunk in the session's context for the typed
	// phase (nil: none; see rewrite.Check).
	Check func(source.Chunk) *Types
	// Parses shares parses with the steps around the rewrites (nil: none).
	Parses *source.Parses

	LastChunk, InFunc bool // see Unit
}

// Run rewrites chunk c through the pipeline.
func Run(c source.Chunk, scope Scope, check func(source.Chunk) *Types) (string, error) {
	return Env{Scope: scope, Check: check}.Run(c, Pipeline...)
}

// Run rewrites chunk c through phases, in order. A phase that changes
// nothing leaves its parse to the next.
func (env Env) Run(c source.Chunk, phases ...Phase) (string, error) {
	var u *Unit // the parse of c.Src, with what the passes learnt of it
	for _, ph := range phases {
		for range max(ph.Rounds, 1) {
			if u == nil || u.Src != c.Src {
				f, err := env.Parses.Parse(c)
				if err != nil {
					return c.Src, nil // a syntax error is reported by the evaluation
				}
				u = &Unit{File: f, Scope: env.Scope, LastChunk: env.LastChunk, InFunc: env.InFunc}
			}
			src, err := ph.run(u, env)
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

// safeRun runs the pass on u; a panic of the pass (a bug of gopad's) is
// its error, which stops the cell, where it ended the session's process.
func (p Pass) safeRun(u *Unit) (es []source.Edit, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gopad's pass %s failed on this code (a bug of gopad's, please report it): %v", p.Name, r)
		}
	}()
	return p.Run(u), nil
}

// run applies one round of the phase's passes to u.
func (ph Phase) run(u *Unit, env Env) (string, error) {
	c := u.Chunk
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
		if env.Check == nil {
			return c.Src, nil
		}
		if u.Types = env.Check(c); u.Types == nil {
			return c.Src, nil
		}
		wanted = ph.Passes
	}
	var edits []source.Edit
	for _, p := range wanted {
		es, err := p.safeRun(u)
		if err != nil {
			return c.Src, fmt.Errorf("phase %s: %w", ph.Name, err)
		}
		for _, e := range es {
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
