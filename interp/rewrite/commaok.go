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
			typ := u.Code(ta.Type)
			es.add(source.Replace(u.Off(ta.Pos()), u.Off(ta.End()),
				fmt.Sprintf("func() (%s, bool) { gopadA, gopadOK := (%s).(%s); return gopadA, gopadOK }()", typ, u.Code(ta.X), typ)))
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
