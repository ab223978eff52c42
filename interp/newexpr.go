package interp

import (
	"fmt"
	"go/ast"
	"go/types"
)

// newExprs rewrites Go 1.26's new(expr), a pointer to a copy of a value,
// which yaegi takes for new of the value's type (a pointer to zero):
//
//	new(3)  →  func() *int { gopadV := int(3); return &gopadV }()
//
// new of a type is left alone. The conversion gives an untyped constant
// the type go/types gave the call.
func (tc *typedChunk) newExprs() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || id.Name != "new" {
			return true
		}
		if _, builtin := tc.info.Uses[id].(*types.Builtin); !builtin {
			return true
		}
		if tv, ok := tc.info.Types[call.Args[0]]; !ok || !tv.IsValue() {
			return true // new(T): a type
		}
		ptr, ok := tc.info.Types[call].Type.(*types.Pointer)
		if !ok {
			return true
		}
		t, ok := tc.typeText(ptr.Elem())
		if !ok {
			return true
		}
		edits = append(edits,
			edit{from: tc.off(call.Pos()), to: tc.off(call.Args[0].Pos()), text: fmt.Sprintf("func() *%s { gopadV := %s(", t, t), order: 1},
			edit{from: tc.off(call.Args[0].End()), to: tc.off(call.End()), text: "); return &gopadV }()", order: -1})
		return true
	})
	return edits
}
