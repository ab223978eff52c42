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
// interface can hold and that have such a method. In an empty interface
// yaegi's assertion takes an int for a cell's type ID int: there struct
// types are asserted, and types over basic types are found by keptTypeTry.
// Interfaces of compiled packages that have the method already reach fmt
// with it.
func (tc *Types) dynamicStringer(a ast.Expr, spaced bool) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	fn, ok := tc.dynamicFunc(t, shownAs{spaced: spaced})
	if !ok {
		return tc.dynamicElems(a, t)
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), fn+"(", ")"), true
}

// dynamicElems converts operand a, a slice, array or map of interface
// values, element by element with dynamicFunc, as stringerElems converts
// the elements of a cell's type.
func (tc *Types) dynamicElems(a ast.Expr, t types.Type) ([]source.Edit, bool) {
	tt, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if fn, ok := tc.dynamicFunc(u.Elem(), shownAs{}); ok {
			return tc.wrapCall(a, fmt.Sprintf("func(s %s) []any { if s == nil { return nil }; out := make([]any, len(s)); for i := 0; i < len(s); i++ { out[i] = %s(s[i]) }; return out }(", tt, fn))
		}
	case *types.Array:
		if fn, ok := tc.dynamicFunc(u.Elem(), shownAs{}); ok {
			return tc.wrapCall(a, fmt.Sprintf("func(s %s) [%d]any { var out [%d]any; for i := 0; i < len(s); i++ { out[i] = %s(s[i]) }; return out }(", tt, u.Len(), u.Len(), fn))
		}
	case *types.Map:
		if _, basic := u.Key().Underlying().(*types.Basic); !basic || mentionsPackage(u.Key(), tc.Pkg) {
			return nil, false
		}
		if fn, ok := tc.dynamicFunc(u.Elem(), shownAs{}); ok {
			return tc.wrapCall(a, fmt.Sprintf("func(m %s) any { ks, kp, vp := make([]any, 0, len(m)), make([]any, 0, len(m)), make([]any, 0, len(m)); for k, v := range m { ks = append(ks, k); kp = append(kp, k); vp = append(vp, %s(v)) }; return gopadBuiltin.PrintMap(ks, kp, vp) }(", tt, fn))
		}
	}
	return nil, false
}

// dynamicFunc is the function literal that dynamicStringer calls on an
// operand of interface type t; false when no cell type needs it.
func (tc *Types) dynamicFunc(t types.Type, as shownAs) (string, bool) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || printMethod(t) != "" {
		return "", false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return "", false
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
			tries = append(tries, tc.keptTypeTry(tn.Type().(*types.Named), as)...)
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
			tries = append(tries, "if v, ok := gopadX.("+text+"); ok { return "+as.call(ct, m)+" }; ")
		}
	}
	if len(tries) == 0 {
		return "", false
	}
	return fmt.Sprintf("func(gopadX %s) any { %sreturn gopadX }", st, strings.Join(tries, "")), true
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

// keptTypeTry is the test, in dynamicStringer's function, of a value of
// the cell's type n over a basic type held in an empty interface. yaegi
// keeps such a value there with its type when n has methods (as its
// valueInterface, which compiled code would print field by field), and
// its own type switch reads that type: the value is printed through its
// String or Error method, or as a value of the basic type.
func (tc *Types) keptTypeTry(n *types.Named, as shownAs) []string {
	return tc.keptTry(n, printMethod(n), as)
}

// keptBareFunc is the function literal that gives a numeric verb the basic
// value of a cell's type that an operand of interface type t holds (see
// keptTypeTry); false when no cell type needs it.
func (tc *Types) keptBareFunc(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return "", false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return "", false
	}
	var tries []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok && types.Implements(n, it) {
				tries = append(tries, tc.keptTry(n, "", shownAs{})...)
			}
		}
	}
	if len(tries) == 0 {
		return "", false
	}
	return "func(gopadX " + st + ") any { " + strings.Join(tries, "") + "return gopadX }", true
}

// keptTry is keptTypeTry's test, printing through method m ("" for the
// basic value).
func (tc *Types) keptTry(n *types.Named, m string, as shownAs) []string {
	b, ok := n.Underlying().(*types.Basic)
	if !ok || n.TypeParams().Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return nil
	}
	text, ok := tc.TypeText(n)
	if !ok {
		return nil
	}
	shown := b.Name() + "(v)"
	if m != "" {
		shown = as.call(n, m)
	}
	return []string{"if " + tc.switchTest("gopadX", text) + " { v := gopadX.(" + text + "); return " + shown + " }; "}
}

// shownAs is how dynamicFunc hands fmt a value of a cell's type with a
// String or Error method: the method's result (spaced for Print), or,
// where the verbs are not known (fmt.Printf(format, args...)), a
// gopadBuiltin.Kept that formats through the method for the verbs that
// use it and as the value for the others.
type shownAs struct{ spaced, kept bool }

// call is the expression that shows v, of type t with method m.
func (as shownAs) call(t types.Type, m string) string {
	if !as.kept {
		return shownCall(t, m, as.spaced)
	}
	if _, ptr := t.Underlying().(*types.Pointer); m == "Error" && !ptr {
		// An error stays one: Errorf's %w needs it.
		return "func() error { return v }()"
	}
	return "gopadBuiltin.Kept(v, func() string { return gopadFmtPkg.Sprint(" + shownCall(t, m, false) + ") })"
}
