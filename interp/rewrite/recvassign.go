package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// RecvAssigns puts in parentheses a receive whose value is assigned,
// defined or declared, one value per operand:
//
//	xs[i] = <-results   →   xs[i] = (<-results)
//	v := <-c            →   v := (<-c)
//
// yaegi has the receive write straight into its destination: an element,
// a field or a pointer's target then kept its old value, silently, and a
// variable so set cannot have its address taken (reflect.Value.Addr of
// unaddressable value). It stores a receive in parentheses as any other
// value. The cases of a select are SelectAssigns'.
var RecvAssigns = Pass{Name: "recvAssigns", Wants: holds(hasChanOp), Run: func(u *Unit) []source.Edit {
	var es edits
	comms := map[ast.Stmt]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			comms[n.Comm] = true
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) && !comms[n] {
				es.add(parenRecvs(u, n.Rhs)...)
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				es.add(parenRecvs(u, n.Values)...)
			}
		}
		return true
	})
	return es
}}

// parenRecvs puts the receives among values in parentheses.
func parenRecvs(u *Unit, values []ast.Expr) []source.Edit {
	var edits []source.Edit
	for _, v := range values {
		if recv, ok := v.(*ast.UnaryExpr); ok && recv.Op == token.ARROW {
			edits = append(edits, source.Around(u.Off(recv.Pos()), u.Off(recv.End()), "(", ")")...)
		}
	}
	return edits
}
