package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// Recover passes recover()'s value through gopadBuiltin.Recovered (see
// recovered.go in interp), unless a cell or the chunk declares its own
// recover.
var Recover = Pass{Name: "recover", Wants: holds(hasBuiltinCall), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			if call, ok := builtinCall(u, d.Call, "recover"); ok && len(call.Args) == 0 {
				// defer recover(): recover is not called by a deferred
				// function, so it stops no panic (Go's spec); Recovered
				// would take the cell's panic in flight.
				es.add(source.Replace(u.Off(call.Pos()), u.Off(call.End()), "func() {}()"))
				return false
			}
		}
		if call, ok := builtinCall(u, n, "recover"); ok && len(call.Args) == 0 {
			if u.Stmt() && c.topLevel() {
				// main's own recover() returns nil (no deferred function
				// calls it); yaegi's fails outside a function.
				es.add(source.Replace(u.Off(call.Pos()), u.Off(call.End()), "gopadBuiltin.Recovered(nil)"))
				return true
			}
			es.add(source.Around(u.Off(call.Pos()), u.Off(call.End()), "gopadBuiltin.Recovered(", ")")...)
		}
		return true
	})
	return es
}}

// builtinCall returns n as a call of the predeclared function name, when
// nothing declares name again.
func builtinCall(u *Unit, n ast.Node, name string) (*ast.CallExpr, bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	id, ok := call.Fun.(*ast.Ident)
	if !ok || id.Name != name || u.Shadowed(name) {
		return nil, false
	}
	return call, true
}
