package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// anyToCellInterface rewrites an assertion of an empty interface to a
// cell's interface with methods. yaegi's assertion fails there: a value
// that a parameter or a variable of type any holds panics in reflect.Set
// ("value of type interface {} is not assignable to type
// interp.valueInterface"), or answers false. Its type switch decides
// right, and a value that lost its methods (a top-level var declared any)
// is still found by asserting the cells' struct types that implement the
// interface:
//
//	m, ok := x.(Shape)  →  m, ok := func(gopadX any) (Shape, bool) { switch v := gopadX.(type) { case Shape: return v, true }; if r, ok := gopadX.(Circle); ok { return r, true }; var z Shape; return z, false }(x)
//
// The single-valued form falls back on the assertion itself, which panics
// as Go's does when the value is no Shape.
func (tc *Types) anyToCellInterface(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !empty(src) {
		return nil, false
	}
	named, ok := target.(*types.Named)
	to, isIface := target.Underlying().(*types.Interface)
	if !ok || !isIface || to.NumMethods() == 0 || named.Obj().Pkg() != tc.Pkg || named.TypeParams().Len() > 0 {
		return nil, false
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	if !ok1 || !ok2 {
		return nil, false
	}
	var tries []string
	for _, c := range tc.implementers(to, to, true) {
		tries = append(tries, "if r, ok := gopadX.("+c+"); ok { return r, true }; ")
	}
	body := "switch v := gopadX.(type) { case " + tt + ": return v, true }; " + strings.Join(tries, "") + "var z " + tt + "; return z, false"
	open := "func(gopadX " + st + ") (" + tt + ", bool) { " + body + " }("
	if !commaOK {
		open = "func(gopadX " + st + ") " + tt + " { if r, ok := func() (" + tt + ", bool) { " + body + " }(); ok { return r }; return gopadX.(" + tt + ") }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}, true
}
