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
func returnCalls(r *ast.ReturnStmt, off func(token.Pos) int) []edit {
	if len(r.Results) < 2 {
		return nil
	}
	var edits []edit
	for _, e := range r.Results {
		if _, ok := e.(*ast.CallExpr); ok {
			edits = append(edits, around(off(e.Pos()), off(e.End()), "(", ")")...)
		}
	}
	return edits
}
