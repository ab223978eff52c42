package rewrite

import (
	"go/ast"
	"go/types"
)

// cellNamesGuard wraps open, the start of equalsCall's comparison of x
// and y, in a test of the Go names of their types, where yaegi holds
// values of two cells' types over one basic type as that basic type:
// error(HTTPStatus(404)) == ExitCode(404), or Quantity(Grams(250)) ==
// Quantity(Liters(250)), compared their numbers and answered true. An
// operand of such a type, or converted from one, has its name here; one
// of an interface by gopadBuiltin.CellName (the wrapper's GopadSelf, the
// pair's type; "" for a bare value, which yaegi's type switch would take
// for the first of the twins). Two names that are known and differ
// answer false:
//
//	func(gopadP, gopadQ any) bool { if gopadBuiltin.OtherCells(gopadBuiltin.CellName(gopadP), "main.ExitCode") { return false }; return <open>gopadP, gopadQ) }(
//
// open itself when no operand can be named.
func (tc *Types) cellNamesGuard(open string, x, y ast.Expr) string {
	nx, okx := tc.cellNameOf("gopadP", x)
	ny, oky := tc.cellNameOf("gopadQ", y)
	if !okx || !oky {
		return open
	}
	// (any: other passes wrap the operands in functions returning any)
	return "func(gopadP, gopadQ any) bool { if gopadBuiltin.OtherCells(" + nx + ", " + ny +
		") { return false }; return " + open + "gopadP, gopadQ) }("
}

// cellNameOf is the expression naming the cell's type over a basic type
// of v, the value of e, and whether e can hold one. A conversion of such
// a value to an interface (Node(Text("x"))) is named here: yaegi's value
// of it loses the type when it is handed on as an any.
func (tc *Types) cellNameOf(v string, e ast.Expr) (string, bool) {
	t := tc.Info.Types[e].Type
	if t == nil {
		return "", false
	}
	if name, ok := tc.basicNamed(t); ok {
		return name, true
	}
	if c, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(c.Args) == 1 && tc.Info.Types[c.Fun].IsType() {
		if name, ok := tc.basicNamed(tc.Info.Types[c.Args[0]].Type); ok {
			return name, true
		}
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return "", false
	}
	for _, bt := range tc.basicNamedTypes() {
		if types.Implements(bt, it) && types.NewMethodSet(bt).Len() > 0 {
			return "gopadBuiltin.CellName(" + v + ")", true
		}
	}
	return "", false
}
