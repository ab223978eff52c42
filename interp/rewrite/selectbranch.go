package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// SelectBranches puts a labeled break or continue that is a statement of
// a select case's own body in a block:
//
//	case <-quit: break loop   →   case <-quit: if true { break loop }
//
// yaegi takes such a break for one out of the select alone, so the loop
// ran on (forever, when the case stays ready); inside a block it leaves
// the labeled loop as Go does.
var SelectBranches = Pass{Name: "selectBranches", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		cc, ok := n.(*ast.CommClause)
		if !ok {
			return true
		}
		for _, st := range cc.Body {
			if b, ok := st.(*ast.BranchStmt); ok && b.Label != nil && (b.Tok == token.BREAK || b.Tok == token.CONTINUE) {
				es.add(source.Around(u.Off(b.Pos()), u.Off(b.End()), "if true { ", " }")...)
			}
		}
		return true
	})
	return es
}}
