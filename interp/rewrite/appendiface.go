package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var appendIfacePass = Pass{
	Name:  "appendIface",
	Wants: func(u *Unit) bool { return u.sights().calledIdents["append"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.appendIfaces() },
}

// appendIfaces converts to the element type the one value appended to a
// slice of an interface type when that value is itself such a slice.
// yaegi spreads it, as if the call read append(s, v...), where Go appends
// it as one element:
//
//	rows = append(rows, []any{1, 2})  →  rows = append(rows, any([]any{1, 2}))
func (tc *Types) appendIfaces() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || id.Name != "append" {
			return true
		}
		if _, builtin := tc.Info.Uses[id].(*types.Builtin); !builtin {
			return true
		}
		st, vt := tc.Info.Types[call.Args[0]].Type, tc.Info.Types[call.Args[1]].Type
		if st == nil || vt == nil {
			return true
		}
		s, ok := st.Underlying().(*types.Slice)
		if !ok || !types.IsInterface(s.Elem()) || !types.AssignableTo(vt, st) {
			return true
		}
		et, ok := tc.TypeText(s.Elem())
		if !ok {
			return true
		}
		v := call.Args[1]
		edits = append(edits, source.Around(tc.Off(v.Pos()), tc.Off(v.End()), "("+et+")(", ")")...)
		return true
	})
	return edits
}
