package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var builtinPrintPass = Pass{
	Name:  "builtinPrint",
	Wants: func(u *Unit) bool { return u.sights().calledIdents["print"] || u.sights().calledIdents["println"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.builtinPrints() },
}

// builtinPrints makes the predeclared print and println print as a
// compiled program does: print puts nothing between its operands,
// println a space; floats in their shortest form; nil pointers, maps,
// channels and functions as 0x0, a nil slice as [0/0]0x0 and a nil
// interface as (0x0,0x0). yaegi prints every operand with %v and spaces
// them all. The operands are formatted by a compiled helper, and the
// text is printed on the session's stdout, where yaegi's print writes
// (gs_ cannot be shadowed by a cell's own print):
//
//	println(a, b)  →  gs_.Print(gopadBuiltin.GcPrintln(a, b))
//
// A deferred call keeps Go's order: its operands are evaluated when the
// defer statement runs.
func (tc *Types) builtinPrints() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		b, ok := tc.Info.Uses[id].(*types.Builtin)
		if !ok || (b.Name() != "print" && b.Name() != "println") {
			return true
		}
		helper := "GcPrint"
		if b.Name() == "println" {
			helper = "GcPrintln"
		}
		from, to := tc.Off(call.Lparen), tc.Off(call.Rparen)
		// Outermost at the arguments' edges: other passes wrap a whole
		// argument (println(a != b)) with the orders ±1.
		edits = append(edits, source.Edit{From: from + 1, To: from + 1, Text: "gopadBuiltin." + helper + "(", Order: 2},
			source.Edit{From: to, To: to, Text: ")", Order: -2})
		edits = append(edits, source.Edit{From: tc.Off(id.Pos()), To: tc.Off(id.End()), Text: "gs_.Print"})
		return true
	})
	return edits
}
