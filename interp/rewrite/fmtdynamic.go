package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
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
	open, ok := tc.dynamicShown(t, spaced)
	if !ok {
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// dynamicShown is the start of dynamicStringer's function literal for an
// operand of interface type t (its end is ")"); false when t needs none.
func (tc *Types) dynamicShown(t types.Type, spaced bool) (string, bool) {
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
	if it.NumMethods() == 0 {
		tries = append(tries, tc.unwrapTries()...)
	}
	if len(tries) == 0 {
		return "", false
	}
	return fmt.Sprintf("func(gopadX %s) any { %sreturn gopadX }(", st, strings.Join(tries, "")), true
}

// spreadShown shows the elements of a slice of an interface type spread
// into a call of fmt or log (fmt.Printf(format, args...), the body of a
// logging helper) as dynamicStringer shows one operand:
//
//	args...  →  func(gopadS []any) []any { ...; gopadO[gopadI] = func(gopadX any) any { ... }(gopadX) ...; return gopadO }(args)...
//
// A String or Error method is called whatever the verb: a %d of a Stringer
// prints %!d(string=...) where Go prints the number.
func (tc *Types) spreadShown(call *ast.CallExpr, spaced bool) ([]source.Edit, bool) {
	if len(call.Args) == 0 {
		return nil, false
	}
	a := call.Args[len(call.Args)-1]
	t := tc.Info.Types[a].Type
	if t == nil {
		return nil, false
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return nil, false
	}
	open, ok := tc.dynamicShown(sl.Elem(), spaced)
	st, named := tc.TypeText(t)
	if !ok || !named {
		return nil, false
	}
	conv := fmt.Sprintf("func(gopadS %s) []any { if gopadS == nil { return nil }; gopadO := make([]any, len(gopadS)); "+
		"for gopadI, gopadX := range gopadS { gopadO[gopadI] = %sgopadX) }; return gopadO }(", st, open)
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), conv, ")"), true
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

// unwrapTries are the tries that hand fmt the value an empty interface
// holds, when it is of a cell's type with methods: yaegi keeps such a
// value in an any (a parameter, a variable declared any, an element of an
// []any) paired with its interpreted type, and a compiled function gets
// the pair, so fmt printed {0xc000… {…}} for &T{…}. Asserted to its type
// and returned as any, the value is a plain one again. A type over a basic
// type may be taken for its basic type here, which prints the same.
func (tc *Types) unwrapTries() []string {
	var tries []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
			continue
		}
		for _, ct := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if printMethod(ct) != "" {
				continue // tried through its method
			}
			if text, ok := tc.TypeText(ct); ok {
				tries = append(tries, "if v, ok := gopadX.("+text+"); ok { return v }; ")
			}
		}
	}
	return tries
}

// unwrapped writes the function literal that hands compiled code the
// value the empty interface a holds (see unwrapTries), as the text that
// goes before a and after it; false when a is no empty interface or no
// cell type needs it.
func (tc *Types) unwrapped(a ast.Expr) (open, close string, ok bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return "", "", false
	}
	if it, isIface := t.Underlying().(*types.Interface); !isIface || it.NumMethods() > 0 {
		return "", "", false
	}
	tries := tc.unwrapTries()
	if len(tries) == 0 {
		return "", "", false
	}
	return "func(gopadX any) any { " + strings.Join(tries, "") + "return gopadX }(", ")", true
}

// dynamicTypeName writes %T of an interface operand holding a value of a
// cell's type over a basic type, a slice, a map (type F float64): at run
// time yaegi gives such a value the underlying type, and %T said float64
// where Go says main.F (the Tour's describe(i I)). Inside a cell's
// interface the value keeps its type, and yaegi's type switch finds it
// (its assertion would take an F for a MyFloat over the same float64):
//
//	%T of i  →  func(gopadX I) string { switch gopadX.(type) { case F: return "main.F" }; return gopadBuiltin.TypeName("", gopadX) }(i)
//
// In an empty interface the switch is believed only where yaegi kept the
// value paired with its type (gopadBuiltin.Kept), as it does for a type
// with methods. Struct types are named at run time already (typenames.go
// in interp).
func (tc *Types) dynamicTypeName(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	it, ok := t.Underlying().(*types.Interface)
	named, isNamed := t.(*types.Named)
	cellIface := ok && it.NumMethods() > 0 && isNamed && named.Obj().Pkg() == tc.Pkg && named.TypeParams().Len() == 0
	if !ok || !cellIface && it.NumMethods() > 0 {
		return nil, false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	cases := tc.basicTypeCases(it)
	if len(cases) == 0 {
		return nil, false
	}
	find := "switch gopadX.(type) { " + strings.Join(cases, "") + "}; "
	value := "gopadX"
	if !cellIface {
		find = "if gopadBuiltin.Kept(gopadX) { " + find + "}; "
		if uo, uc, ok := tc.unwrapped(a); ok {
			value = uo + "gopadX" + uc
		}
	}
	open := fmt.Sprintf("func(gopadX %s) string { %sreturn gopadBuiltin.TypeName(\"\", %s) }(", st, find, value)
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}

// basicTypeCases are dynamicTypeName's cases: the cells' types other than
// structs and interfaces (and pointers to them) that implement it and,
// for an empty interface, have methods (only those stay paired with their
// type).
func (tc *Types) basicTypeCases(it *types.Interface) []string {
	var cases []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || name == "_" {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if it.NumMethods() == 0 && types.NewMethodSet(ct).Len() == 0 {
				continue
			}
			text, ok := tc.TypeText(ct)
			goName, named := tc.goTypeName(ct)
			if ok && named && types.Implements(ct, it) {
				cases = append(cases, "case "+text+": return "+strconv.Quote(goName)+"; ")
			}
		}
	}
	return cases
}

// containerShown shows a slice or map of an interface type, printed
// whole, element by element as dynamicStringer shows one operand:
//
//	fmt.Println(xs)  →  fmt.Println(func(gopadS []any) []any { ... }(xs))
//
// The copy has the same length, keys and order, so fmt prints it as the
// original would be printed.
func (tc *Types) containerShown(a ast.Expr) ([]source.Edit, bool) {
	t := tc.Info.Types[a].Type
	if t == nil || tc.Info.Types[a].IsNil() {
		return nil, false
	}
	st, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	var conv string
	switch u := t.Underlying().(type) {
	case *types.Slice:
		open, ok := tc.dynamicShown(u.Elem(), false)
		if !ok {
			return nil, false
		}
		conv = fmt.Sprintf("func(gopadS %s) []any { if gopadS == nil { return nil }; gopadO := make([]any, len(gopadS)); "+
			"for gopadI, gopadX := range gopadS { gopadO[gopadI] = %sgopadX) }; return gopadO }(", st, open)
	case *types.Map:
		open, ok := tc.dynamicShown(u.Elem(), false)
		kt, known := tc.TypeText(u.Key())
		if !ok || !known {
			return nil, false
		}
		conv = fmt.Sprintf("func(gopadM %s) map[%s]any { if gopadM == nil { return nil }; gopadO := make(map[%s]any, len(gopadM)); "+
			"for gopadK, gopadX := range gopadM { gopadO[gopadK] = %sgopadX) }; return gopadO }(", st, kt, kt, open)
	default:
		return nil, false
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), conv, ")"), true
}
