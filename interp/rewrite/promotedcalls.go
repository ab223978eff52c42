package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

var promotedCallsPass = Pass{
	Name: "promotedCalls",
	// A called method of a value of a cell's type: maybe one its struct
	// gets from an embedded interface.
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && u.selects(func(s sel, path string) bool { return s.called && path == "" })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.promotedCalls() },
}

// promotedCalls spells out the embedded fields of a call of a method that
// a cell's struct type promotes from an embedded interface: yaegi panics
// with "invalid interface value" on the promoted call, and calls the field
// right:
//
//	s.Log("x")  →  s.Logger.Log("x")    (type Service struct{ Logger; name string })
func (tc *Types) promotedCalls() []source.Edit {
	var edits []source.Edit
	goCalls := map[*ast.CallExpr]bool{} // goCall (gocall.go) writes their paths
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if g, ok := n.(*ast.GoStmt); ok && len(tc.goCall(g.Call)) > 0 {
			goCalls[g.Call] = true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || goCalls[call] {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := tc.Info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 || !mentionsPackage(s.Recv(), tc.Pkg) {
			return true
		}
		if path, ok := embeddedInterfacePath(s.Recv(), s.Index()); ok {
			edits = append(edits, source.Insert(tc.Off(sel.X.End()), path))
		}
		return true
	})
	return edits
}

// embeddedInterfacePath is the selector path (".A.B") from a value of type
// recv to the embedded interface field that index (a Selection's) leads
// through to its method; false when the method is not promoted from an
// embedded interface.
func embeddedInterfacePath(recv types.Type, index []int) (string, bool) {
	t := recv
	var names []string
	for k, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return "", false
		}
		f := st.Field(i)
		names = append(names, f.Name())
		t = f.Type()
		if types.IsInterface(t) {
			return "." + strings.Join(names, "."), k == len(index)-2
		}
	}
	return "", false
}
