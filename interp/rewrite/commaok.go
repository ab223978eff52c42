package rewrite

import (
	"fmt"
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// CommaOk moves the type assertion of "v, ok := x.(T)" among a statement
// chunk's top-level statements into a function literal: there it panics
// in yaegi ("nil type"); inside a function it works.
var CommaOk = Pass{Name: "commaOk", Wants: holds(hasAssign | hasTypeAssert), Run: func(u *Unit) []source.Edit {
	if u.Kind != source.Stmt {
		return nil
	}
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || !c.topLevel() {
			return true
		}
		if ta, ok := commaOk(as); ok {
			// Around x, not over it: other passes may edit inside x (a
			// loop variable's per-iteration copy).
			typ := u.Code(ta.Type)
			es.add(source.Insert(u.Off(ta.Pos()), fmt.Sprintf("func() (%s, bool) { gopadA, gopadOK := (", typ)),
				source.Replace(u.Off(ta.X.End()), u.Off(ta.End()), fmt.Sprintf(").(%s); return gopadA, gopadOK }()", typ)))
		}
		return true
	})
	return es
}}

// commaOk returns the type assertion of a "v, ok := x.(T)" statement.
func commaOk(n *ast.AssignStmt) (*ast.TypeAssertExpr, bool) {
	if len(n.Lhs) != 2 || len(n.Rhs) != 1 {
		return nil, false
	}
	ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr)
	return ta, ok && ta.Type != nil
}
