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
//	l.PushBack(c)  →  l.PushBack(func(gopadH Celsius) Celsius { gopadBuiltin.Hand(gopadH); return gopadH }(c))
//	l.PushBack(v)  →  l.PushBack(func(gopadH any) any { switch gopadH.(type) { case Celsius: gopadBuiltin.Hand(*new(float64)); default: gopadBuiltin.Hand(gopadH) }; return gopadH }(v))
//
// (A value of a cell's type goes to Hand bare, and a kept one is named by
// the switch. Hand returns nothing: see onceOperand.)
//
// Only arguments of empty interface parameters whose static type is such
// a cell type or an empty interface are wrapped, and only when the cells
// declare such a type; packages that read their arguments and keep none
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
}

// handedArgs returns the edits of the chunk's compiled calls.
func (tc *Types) handedArgs() []source.Edit {
	cases := tc.autoKeptCases()
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
			if !tc.handedArg(a, paramType(sig, i)) {
				continue
			}
			open := "func(gopadH any) any { switch gopadH.(type) { " + cases + "default: gopadBuiltin.Hand(gopadH) }; return gopadH }("
			if t := tc.Info.Types[a].Type; !empty(t) {
				text, ok := tc.TypeText(t)
				if !ok {
					continue
				}
				open = "func(gopadH " + text + ") " + text + " { gopadBuiltin.Hand(gopadH); return gopadH }("
			}
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")")...)
		}
	}
	return edits
}

// handedArg reports whether a, passed to a parameter of type param, may
// hand compiled code a kept cell value: param is an empty interface and
// a's static type a kept cell type or an empty interface.
func (tc *Types) handedArg(a ast.Expr, param types.Type) bool {
	tv, ok := tc.Info.Types[a]
	if !ok || param == nil || !empty(param) || tv.Type == nil || tv.IsNil() {
		return false
	}
	if _, ok := tv.Type.(*types.Basic); ok {
		return false // an untyped constant, or a value of a basic type
	}
	return empty(tv.Type) || tc.keptBeside(tv.Type)
}

// autoKeptCases are the cases of a type switch over gopadH that hand
// Hand a bare value of the basic type of each type of the cells that
// keptTypes gives its method; "" when there is none.
func (tc *Types) autoKeptCases() string {
	var b strings.Builder
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
		b.WriteString("case " + text + ": gopadBuiltin.Hand(*new(" + tn.Type().Underlying().(*types.Basic).Name() + ")); ")
	}
	return b.String()
}
