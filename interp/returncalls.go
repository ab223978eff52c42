package interp

import (
	"go/ast"
	"go/token"
)

// returnCalls puts each call among the results of a return of several
// values in parentheses:
//
//	return s, f.Keep(s)        →   return s, (f.Keep(s))
//	return evs, len(evs)       →   return evs, (len(evs))
//
// yaegi lets a call that is a direct operand of a return write its result
// straight into the function's result slots, and for several results it
// picks the wrong slot: a builtin's result lands in the first one (SetInt
// on a slice), a call of a function value (a func-typed field, variable or
// method value) leaves its slot at the zero value, so `return s, f.Keep(s)`
// returned false. In parentheses the call is no longer the return's own
// operand and gets a slot of its own, which the return then copies.
//
// A receive is put in parentheses in every return, also of one value:
// yaegi's receive that is a return's operand fails with "reflect.Value.Set
// using unaddressable value" (return <-ch).
func returnCalls(r *ast.ReturnStmt, off func(token.Pos) int) []edit {
	var edits []edit
	for _, e := range r.Results {
		_, call := e.(*ast.CallExpr)
		u, recv := e.(*ast.UnaryExpr)
		if call && len(r.Results) > 1 || recv && u.Op == token.ARROW {
			edits = append(edits, around(off(e.Pos()), off(e.End()), "(", ")")...)
		}
	}
	return edits
}
