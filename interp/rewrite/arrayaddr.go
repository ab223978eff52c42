package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

var arrayAddrPass = Pass{
	Name:  "arrayAddr",
	Wants: func(u *Unit) bool { return u.sights().addrIndexes || u.sights().commIndexes },
	Run:   func(u *Unit) []source.Edit { return u.Types.arrayAddrs() },
}

// arrayAddrs takes the address of p[i], p a pointer to an array, through
// a slice of the whole array: Go indexes the array p points to, but yaegi
// refuses to take the address ("cannot take address of int [kind:
// indexExpr]"), and of (*p)[i] takes it only inside a function. The
// slice's element is the array's, and a nil p panics:
//
//	q := &p[0]  →  q := &p[:][0]
//
// The channel of a select case, an element of an array reached through a
// pointer, goes through the slice too: yaegi's compiler crashes on it
// (nil pointer dereference in its select), and works with the slice:
//
//	case v := <-chans[0]:  →  case v := <-chans[:][0]:
func (tc *Types) arrayAddrs() []source.Edit {
	var edits []source.Edit
	slice := func(e ast.Expr) {
		ix, ok := ast.Unparen(e).(*ast.IndexExpr)
		if ok && tc.Off(ix.Pos()) >= 0 && arrayPointer(tc.Info.Types[ix.X].Type) {
			edits = append(edits, source.Insert(tc.Off(ix.X.End()), "[:]"))
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				slice(n.X)
			}
		case *ast.CommClause:
			if ch := commChan(n.Comm); ch != nil {
				slice(ch)
			}
		}
		return true
	})
	return edits
}

// commChan is the channel of a select case's communication, or nil.
func commChan(comm ast.Stmt) ast.Expr {
	var e ast.Expr
	switch c := comm.(type) {
	case *ast.SendStmt:
		return c.Chan
	case *ast.ExprStmt:
		e = c.X
	case *ast.AssignStmt:
		if len(c.Rhs) == 1 {
			e = c.Rhs[0]
		}
	}
	if r, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && r.Op == token.ARROW {
		return r.X
	}
	return nil
}
