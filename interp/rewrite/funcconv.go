package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var funcConversionPass = Pass{
	Name:  "funcConversion",
	Wants: func(u *Unit) bool { return u.sights().callSels && u.dynamicNames() },
	Run:   func(u *Unit) []source.Edit { return u.Types.funcConversions() },
}

// yaegi types a conversion to a cell's named function type, T(f), as a
// call of f when it computes the type of a top-level variable's
// initializer, so a method of T called on it is not found
// (pipeline := Transform(strings.TrimSpace).Then(strings.ToUpper):
// "undefined selector Then"). A function literal that returns the
// conversion gives the value its type:
//
//	Transform(f).Then(g)  →  (func() Transform { return Transform(f) })().Then(g)

// funcConversions returns the edits that wrap conversions to the cells'
// named function types whose methods are selected.
func (tc *Types) funcConversions() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || tc.Off(sel.Pos()) < 0 {
			return true
		}
		if s, ok := tc.Info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			return true
		}
		conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 {
			return true
		}
		if tv, ok := tc.Info.Types[conv.Fun]; !ok || !tv.IsType() {
			return true
		}
		named, ok := tc.Info.Types[conv].Type.(*types.Named)
		if !ok || named.Obj().Pkg() != tc.Pkg {
			return true
		}
		if _, ok := named.Underlying().(*types.Signature); !ok {
			return true
		}
		text, ok := tc.TypeText(named)
		if !ok {
			return true
		}
		edits = append(edits, source.Around(tc.Off(conv.Pos()), tc.Off(conv.End()), "(func() "+text+" { return ", " })()")...)
		return true
	})
	return edits
}
