package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var anyAssertPass = Pass{
	Name: "anyAssert",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.emptyAsserts || u.dynamicNames() && s.asserts
	},
	Run: func(u *Unit) []source.Edit { return u.Types.anyAsserts() },
}

// anyAsserts rewrites type assertions to an interface without methods
// (x.(any), x.(interface{}), x.(E) for type E interface{}). Go's answer
// is x itself when x is not nil; yaegi's assertion finds only the cells'
// own values and fails for any other (an int, a string, a compiled type's
// value), so v, ok := x.(any) of a 6 gave ok false and x.(any) panicked.
// The rewrite decides by the nil test alone:
//
//	v, ok := x.(any)  →  v, ok := func(gopadA any) (any, bool) { return gopadA, gopadA != nil }(x)
//	v := x.(any)      →  v := func(gopadA any) any { if gopadA == nil { panic(gopadBuiltin.NilAssert("interface {}")) }; return gopadA }(x)
func (tc *Types) anyAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || !tc.emptyTarget(ta) {
			return true
		}
		typ := tc.code(ta.Type)
		open := "func(gopadA any) (" + typ + ", bool) { return gopadA, gopadA != nil }("
		if !commaOK[ta] {
			open = "func(gopadA any) " + typ + " { if gopadA == nil { panic(gopadBuiltin.NilAssert(" +
				strconv.Quote(tc.runtimeTypeName(ta.Type)) + ")) }; return gopadA }("
		}
		edits = append(edits,
			source.Edit{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: -1}, // inside wrappers of the whole assertion
			source.Edit{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1})
		return true
	})
	return edits
}

// emptyTarget reports whether ta asserts to an interface type without
// methods (not a type switch's guard, not a type parameter).
func (tc *Types) emptyTarget(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil {
		return false
	}
	t := tc.Info.Types[ta.Type].Type
	if t == nil {
		return false
	}
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0 && it.IsMethodSet()
}

// CommaOKAsserts lists the type assertions of f whose two results are
// taken (v, ok := x.(T), v, ok = x.(T), var v, ok = x.(T)).
func CommaOKAsserts(f *ast.File) map[*ast.TypeAssertExpr]bool {
	out := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		var rhs ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				rhs = n.Rhs[0]
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				rhs = n.Values[0]
			}
		}
		if ta, ok := ast.Unparen(rhs).(*ast.TypeAssertExpr); ok {
			out[ta] = true
		}
		return true
	})
	return out
}

// runtimeTypeName spells t as Go's run-time messages do (interface {},
// main.E).
func (tc *Types) runtimeTypeName(e ast.Expr) string {
	if name, ok := tc.goTypeName(tc.Info.Types[e].Type); ok {
		return name
	}
	return tc.code(e)
}

// emptyTypeSyntax reports whether e spells an empty interface: any or
// interface{}.
func emptyTypeSyntax(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "any"
	case *ast.InterfaceType:
		return e.Methods == nil || len(e.Methods.List) == 0
	}
	return false
}
