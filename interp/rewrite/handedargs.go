package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi keeps a value of a cell's type over a basic type beside its type inside an interface (keptTypes gives the type the
// method that makes it), but hands compiled code the bare value: what a
// container/list, a sync.Map, an atomic.Value or heap.Push gives back is
// a float64 where the cell stored a Celsius. The pass records what goes
// there, so that the helpers that decide assertions, type switch cases
// and %T of a bare value (gopadrt's handed.go) know whether it may be a
// cell value that lost its type:
//
//	l.PushBack(c)    →  l.PushBack(func(gopadH Celsius) Celsius { gopadBuiltin.Hand(gopadH, true); return gopadH }(c))
//	l.PushBack(v)    →  l.PushBack(func(gopadH any) any { switch gopadH.(type) { case Celsius: gopadBuiltin.Hand(*new(float64), true); default: gopadBuiltin.Hand(gopadH, false) }; return gopadH }(v))
//	l.PushBack(3.5)  →  l.PushBack(func(gopadH any) any { gopadBuiltin.Hand(gopadH, false); return gopadH }(3.5))
//
// (A value of a cell's type goes to Hand bare, and a kept one is named by
// the switch. Hand returns nothing: see onceOperand.)
//
// Only arguments of empty interface parameters whose static type is such
// a cell type, an empty interface or a basic type such a type is defined
// over are wrapped, and only when the cells declare such a type; packages that read their arguments and keep none
// of them (fmt, strings, ...) are left alone.

var handedArgsPass = Pass{
	Name: "handedArgs",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && u.selects(func(s sel, _ string) bool { return s.called })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.handedArgs() },
}

// keepsNothing lists the packages whose functions and methods keep no
// argument that they could hand back.
var keepsNothing = map[string]bool{
	"fmt": true, "log": true, "log/slog": true, "strings": true, "strconv": true, "errors": true,
	"math": true, "bytes": true, "unicode": true, "os": true, "io": true, "bufio": true,
	"sort": true, "testing": true, "encoding/json": true, "text/tabwriter": true,
	// gopad's own stand-ins for the standard library's (log.Logger's
	// methods): printArgs writes their operands.
	"github.com/gopad/gopad/interp/stdlib": true,
}

// handedArgs returns the edits of the chunk's compiled calls.
func (tc *Types) handedArgs() []source.Edit {
	cases, basics := tc.autoKeptCases()
	if cases == "" {
		return nil
	}
	var edits []source.Edit
	for _, c := range tc.compiledCalls() {
		if keepsNothing[c.fn.Pkg().Path()] || c.call.Ellipsis.IsValid() ||
			c.fn.Pkg().Path() == "reflect" && c.fn.Name() != "ValueOf" {
			continue
		}
		sig := c.fn.Type().(*types.Signature)
		for i, a := range c.call.Args {
			if c.fn.Pkg().Path() == "context" && (!c.in("context", "WithValue") || i != 2) {
				continue // a context's keys are contextKeys'
			}
			if open := tc.handedOpen(a, paramType(sig, i), cases, basics); open != "" {
				edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")")...)
			}
		}
	}
	return edits
}

// handedOpen is the start of the function that hands argument a, passed
// to a parameter of type param, to gopadBuiltin.Hand on its way; "" when
// param is no empty interface, or a can hold no value of a kept cell type
// nor of a basic type one is defined over (basics).
func (tc *Types) handedOpen(a ast.Expr, param types.Type, cases string, basics map[string]bool) string {
	tv, ok := tc.Info.Types[a]
	if !ok || param == nil || !emptyIface(param) || tv.Type == nil || tv.IsNil() {
		return ""
	}
	t := types.Default(tv.Type)
	switch {
	case emptyIface(t):
		return "func(gopadH any) any { switch gopadH.(type) { " + cases + "default: gopadBuiltin.Hand(gopadH, false) }; return gopadH }("
	case tc.keptBeside(t):
		if text, ok := tc.TypeText(t); ok {
			return "func(gopadH " + text + ") " + text + " { gopadBuiltin.Hand(gopadH, true); return gopadH }("
		}
	}
	if b, ok := t.(*types.Basic); ok && basics[b.Name()] {
		return "func(gopadH any) any { gopadBuiltin.Hand(gopadH, false); return gopadH }("
	}
	return ""
}

// autoKeptCases are the cases of a type switch over gopadH that hand
// Hand a bare value of the basic type of each type of the cells that
// keptTypes gives its method, and the names of those basic types; "" when
// there is no such type.
func (tc *Types) autoKeptCases() (string, map[string]bool) {
	var b strings.Builder
	basics := map[string]bool{}
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tc.autoKept(tn.Type()) {
			continue
		}
		text, ok := tc.TypeText(tn.Type())
		if !ok {
			continue
		}
		under, ok := tc.TypeText(tn.Type().Underlying())
		if !ok {
			continue
		}
		if basic, ok := tn.Type().Underlying().(*types.Basic); ok {
			basics[basic.Name()] = true
		}
		b.WriteString("case " + text + ": gopadBuiltin.Hand(*new(" + under + "), true); ")
	}
	return b.String(), basics
}
