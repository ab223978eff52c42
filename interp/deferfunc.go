package interp

import (
	"go/ast"
	"go/token"
	"strconv"
)

// deferredCallResult moves a top-level defer whose function is itself a
// call, defer trace("main")(), to gopadDefers with the function computed
// at the defer statement, as Go computes it (trace prints "enter" then):
//
//	defer trace("main")()   →   gopadDF7 := trace("main"); gopadDefers = append(gopadDefers, func() { gopadDF7() })
func deferredCallResult(d *ast.DeferStmt, fn *ast.CallExpr, off func(token.Pos) int) []edit {
	name := "gopadDF" + strconv.Itoa(off(d.Pos()))
	return []edit{
		{off(d.Pos()), off(fn.Pos()), name + " := ", 0},
		{off(fn.End()), off(fn.End()), "; gopadDefers = append(gopadDefers, func() { " + name, 0},
		{off(d.Call.End()), off(d.Call.End()), " })", 0},
	}
}
