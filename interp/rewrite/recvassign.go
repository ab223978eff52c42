package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// RecvAssigns puts in parentheses a receive assigned to anything but a
// name (an element, a field, a pointer's target):
//
//	xs[i] = <-results   →   xs[i] = (<-results)
//
// yaegi receives the value and drops it there, silently: xs[i] kept its
// old value. It stores a receive in parentheses as any other value. The
// cases of a select are SelectAssigns'.
var RecvAssigns = Pass{Name: "recvAssigns", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	comms := map[ast.Stmt]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			comms[n.Comm] = true
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) && !comms[n] {
				es.add(recvAssign(u, n)...)
			}
		}
		return true
	})
	return es
}}

func recvAssign(u *Unit, as *ast.AssignStmt) []source.Edit {
	var edits []source.Edit
	for i, r := range as.Rhs {
		recv, ok := r.(*ast.UnaryExpr)
		if !ok || recv.Op != token.ARROW {
			continue
		}
		if _, name := ast.Unparen(as.Lhs[i]).(*ast.Ident); name {
			continue
		}
		edits = append(edits, source.Around(u.Off(recv.Pos()), u.Off(recv.End()), "(", ")")...)
	}
	return edits
}
