package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// dynamicStringer prints an operand of an interface type through the
// String or Error method of the cell's type it holds at run time. yaegi
// hands such a value to fmt without its methods, so %-12v of a Shape
// holding a Rect with a String method prints the Rect's fields:
//
//	fmt.Printf("%-12v", s)  →  fmt.Printf("%-12v", func(gopadX Shape) any { if v, ok := gopadX.(Rect); ok { return v.String() }; return gopadX }(s))
//
// The candidates are the cells' types (and pointers to them) that the
// interface can hold and that have such a method. An empty interface
// tries struct types only: there yaegi's assertion takes an int for a
// cell's type ID int. Interfaces of compiled packages that have the
// method already reach fmt with it.
func (tc *Types) dynamicStringer(a ast.Expr, spaced bool) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || printMethod(t) != "" {
		return nil, false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	var tries []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct && it.NumMethods() == 0 {
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			m := printMethod(ct)
			if m == "" || !types.Implements(ct, it) {
				continue
			}
			text, ok := tc.TypeText(ct)
			if !ok {
				continue
			}
			tries = append(tries, "if v, ok := gopadX.("+text+"); ok { return "+shownCall(ct, m, spaced)+" }; ")
		}
	}
	if len(tries) == 0 {
		return nil, false
	}
	open := fmt.Sprintf("func(gopadX %s) any { %sreturn gopadX }(", st, strings.Join(tries, ""))
	if tc.rewrapped(a, t) {
		// A call's result of a cell's interface type (ifaceargs.go).
		return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open+"[]"+st+"{", "}[0])"), true
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// shownCall is the call of method m on v of type t as fmt would print it:
// on a nil pointer whose method panics, <nil>; for Print, the result
// spaced as a value that is not a string.
func shownCall(t types.Type, m string, spaced bool) string {
	call := "v." + m + "()"
	if spaced {
		call = "gopadBuiltin.Shown(" + call + ")"
	}
	if _, ptr := t.(*types.Pointer); !ptr {
		return call
	}
	if pointerReceiver(t, m) {
		return "func() (r any) { if v == nil { defer func() { if recover() != nil { r = nil } }() }; return " + call + " }()"
	}
	return "func() any { if v == nil { return nil }; return " + call + " }()"
}
