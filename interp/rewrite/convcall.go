package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var convMethodCallPass = Pass{
	Name:  "convMethodCall",
	Wants: func(u *Unit) bool { return u.Stmt() && u.sights().callSels && u.dynamicNames() },
	Run:   func(u *Unit) []source.Edit { return u.Types.convMethodCalls() },
}

// convMethodCalls rewrites, in a statement chunk, a method called on a
// conversion to a cell's function type, which yaegi does not compile at a
// cell's top level ("undefined selector Then"), although it does inside a
// function and on the result of a call:
//
//	Transform(strings.TrimSpace).Then(up)  →  func() Transform { return Transform(strings.TrimSpace) }().Then(up)
//
// The edits are insertions around the conversion, inside any other pass's
// insertions at its edges.
func (tc *Types) convMethodCalls() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if s := tc.Info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return true
		}
		conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 {
			return true
		}
		typ, ok := tc.cellFuncType(conv.Fun)
		if !ok {
			return true
		}
		from, to := tc.Off(conv.Pos()), tc.Off(conv.End())
		edits = append(edits,
			source.Edit{From: from, To: from, Text: "func() " + typ + " { return ", Order: -2},
			source.Edit{From: to, To: to, Text: " }()", Order: 2})
		return true
	})
	return edits
}

// cellFuncType returns the text of the type fun names when it is a
// function type the cells declared.
func (tc *Types) cellFuncType(fun ast.Expr) (string, bool) {
	tv, ok := tc.Info.Types[fun]
	if !ok || !tv.IsType() {
		return "", false
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || named.Obj().Pkg() != tc.Pkg {
		return "", false
	}
	if _, ok := named.Underlying().(*types.Signature); !ok {
		return "", false
	}
	return tc.TypeText(named)
}
