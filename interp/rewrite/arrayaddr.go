package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

var arrayAddrPass = Pass{
	Name:  "arrayAddr",
	Wants: func(u *Unit) bool { return u.sights().addrIndexes },
	Run:   func(u *Unit) []source.Edit { return u.Types.arrayAddrs() },
}

// arrayAddrs takes the address of p[i], p a pointer to an array, through
// a slice of the whole array: Go indexes the array p points to, but yaegi
// refuses to take the address ("cannot take address of int [kind:
// indexExpr]"), and of (*p)[i] takes it only inside a function. The
// slice's element is the array's, and a nil p panics:
//
//	q := &p[0]  →  q := &p[:][0]
func (tc *Types) arrayAddrs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		u, ok := n.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			return true
		}
		ix, ok := ast.Unparen(u.X).(*ast.IndexExpr)
		if !ok || tc.Off(ix.Pos()) < 0 || !arrayPointer(tc.Info.Types[ix.X].Type) {
			return true
		}
		edits = append(edits, source.Insert(tc.Off(ix.X.End()), "[:]"))
		return true
	})
	return edits
}
