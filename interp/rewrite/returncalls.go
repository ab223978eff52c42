package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// ReturnCalls puts each call among the results of a return of several
// values in parentheses, and a received value in every return:
//
//	return s, f.Keep(s)        →   return s, (f.Keep(s))
//	return evs, len(evs)       →   return evs, (len(evs))
//	return <-ch                →   return (<-ch)
//
// yaegi lets a call that is a direct operand of a return write its result
// straight into the function's result slots, and for several results it
// picks the wrong slot: a builtin's result lands in the first one (SetInt
// on a slice), a call of a function value (a func-typed field, variable or
// method value) leaves its slot at the zero value, so `return s, f.Keep(s)`
// returned false. In parentheses the call is no longer the return's own
// operand and gets a slot of its own, which the return then copies. A
// receive that is a return's operand fails in yaegi with "reflect.Value.Set
// using unaddressable value", also in a return of one value.
var ReturnCalls = Pass{Name: "returnCalls", Wants: holds(hasReturn), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if r, ok := n.(*ast.ReturnStmt); ok {
			es.add(returnCalls(u, r)...)
		}
		return true
	})
	return es
}}

// returnCalls is ReturnCalls' edits of one return.
func returnCalls(u *Unit, r *ast.ReturnStmt) []source.Edit {
	var es []source.Edit
	for _, e := range r.Results {
		_, call := e.(*ast.CallExpr)
		un, recv := e.(*ast.UnaryExpr)
		if call && len(r.Results) > 1 || recv && un.Op == token.ARROW {
			es = append(es, source.Around(u.Off(e.Pos()), u.Off(e.End()), "(", ")")...)
		}
	}
	return es
}
