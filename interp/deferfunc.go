package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// deferredFunc evaluates, at the defer statement, the function a cell's
// top-level defer calls, as Go does: `defer trace("main")()` calls trace
// now and its result when the cell ends, and `defer fn()` calls the fn of
// now even if fn is assigned again before the cell ends. cellFuncEdits
// moves the deferred call into a closure run when the cell ends, which
// would evaluate the function only then. It returns the statement that
// keeps the function in a variable (to put before the defer) and the edit
// that calls the variable instead; nothing for a function named by a
// package's selector, a method (yaegi's method values of cell types are
// unreliable, see methodValues) or a builtin, and for a function written
// over several lines (edits stay on their lines).
func deferredFunc(n *ast.DeferStmt, src string, off func(token.Pos) int) (string, []edit) {
	switch fn := n.Call.Fun.(type) {
	case *ast.CallExpr:
	case *ast.Ident:
		if builtins[fn.Name] != "" || fn.Name == "_" {
			return "", nil
		}
	default:
		return "", nil
	}
	from, to := off(n.Call.Fun.Pos()), off(n.Call.Fun.End())
	if from < 0 || to > len(src) || from > to || strings.Contains(src[from:to], "\n") {
		return "", nil
	}
	name := fmt.Sprintf("gopadDF%d", from)
	return name + " := " + src[from:to] + "; ", []edit{{from, to, name, 0}}
}
