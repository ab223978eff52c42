package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var newExprPass = Pass{
	Name:  "newExpr",
	Wants: func(u *Unit) bool { return u.sights().calledIdents["new"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.newExprs() },
}

// newExprs rewrites Go 1.26's new(expr), a pointer to a copy of a value,
// which yaegi takes for new of the value's type (a pointer to zero):
//
//	new(3)  →  func() *int { gopadV := int(3); return &gopadV }()
//
// new of a type is left alone. The conversion gives an untyped constant
// the type go/types gave the call.
func (tc *Types) newExprs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || id.Name != "new" {
			return true
		}
		if _, builtin := tc.Info.Uses[id].(*types.Builtin); !builtin {
			return true
		}
		if tv, ok := tc.Info.Types[call.Args[0]]; !ok || !tv.IsValue() {
			return true // new(T): a type
		}
		ptr, ok := tc.Info.Types[call].Type.(*types.Pointer)
		if !ok {
			return true
		}
		t, ok := tc.TypeText(ptr.Elem())
		if !ok {
			return true
		}
		edits = append(edits,
			source.Edit{From: tc.Off(call.Pos()), To: tc.Off(call.Args[0].Pos()), Text: fmt.Sprintf("func() *%s { gopadV := %s(", t, t), Order: 1},
			source.Edit{From: tc.Off(call.Args[0].End()), To: tc.Off(call.End()), Text: "); return &gopadV }()", Order: -1})
		return true
	})
	return edits
}
