package interp

import (
	"go/ast"
	"go/types"
)

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
func (tc *typedChunk) funcConversions() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || tc.off(sel.Pos()) < 0 {
			return true
		}
		if s, ok := tc.info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			return true
		}
		conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 {
			return true
		}
		if tv, ok := tc.info.Types[conv.Fun]; !ok || !tv.IsType() {
			return true
		}
		named, ok := tc.info.Types[conv].Type.(*types.Named)
		if !ok || named.Obj().Pkg() != tc.pkg {
			return true
		}
		if _, ok := named.Underlying().(*types.Signature); !ok {
			return true
		}
		text, ok := tc.typeText(named)
		if !ok {
			return true
		}
		edits = append(edits, around(tc.off(conv.Pos()), tc.off(conv.End()), "(func() "+text+" { return ", " })()")...)
		return true
	})
	return edits
}

// mentionsConversionMethod is the cheap test before a type check: a call
// followed by a selector, ").".
func mentionsConversionMethod(src string) bool {
	for i := 0; i+1 < len(src); i++ {
		if src[i] == ')' && src[i+1] == '.' {
			return true
		}
	}
	return false
}
