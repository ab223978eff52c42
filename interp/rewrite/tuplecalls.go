package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// TupleCalls puts each call and receive among the operands of an
// assignment of several values in parentheses:
//
//	a, b = b, f(a)          →   a, b = b, (f(a))
//	l, r = inv(r), inv(l)   →   l, r = (inv(r)), (inv(l))
//	x, y = <-ch, x          →   x, y = (<-ch), x
//
// yaegi lets a call or receive that is an assignment's direct operand
// write its result straight into the variable it is assigned to, before
// the other operands are read: `a, b = b, f(a)` then read the new b, and
// `l, r = inv(r), inv(l)` passed the new l to the second call (a tree's
// mirror came out with both sides equal). Go evaluates every operand
// first. In parentheses the call gets a slot of its own, which the
// assignment copies once all operands are known (as for ReturnCalls).
var TupleCalls = Pass{Name: "tupleCalls", Wants: holds(hasTupleAssign), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if as, ok := n.(*ast.AssignStmt); ok && isTupleAssign(as) {
			for _, r := range as.Rhs {
				if callOrReceive(r) {
					es.add(source.Around(u.Off(r.Pos()), u.Off(r.End()), "(", ")")...)
				}
			}
		}
		return true
	})
	return es
}}

// isTupleAssign reports whether n assigns (=) two values or more, one
// operand each.
func isTupleAssign(n *ast.AssignStmt) bool {
	return n.Tok == token.ASSIGN && len(n.Lhs) >= 2 && len(n.Lhs) == len(n.Rhs)
}

// callOrReceive reports whether e itself (not in parentheses) is a call,
// a conversion or a receive.
func callOrReceive(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CallExpr:
		return true
	case *ast.UnaryExpr:
		return e.Op == token.ARROW
	}
	return false
}
