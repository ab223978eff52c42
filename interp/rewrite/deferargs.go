package rewrite

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// DeferArgs evaluates a deferred call's arguments into variables at the
// defer statement, as Go does; yaegi may read variables when the call
// runs:
//
//	defer f(x, y)   →   gopadD7_0, gopadD7_1 := x, y; defer f(gopadD7_0, gopadD7_1)
//
// Literals and function literals stay where they are.
var DeferArgs = Pass{Name: "deferArgs", Wants: holds(hasDefer), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, _ *cursor) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			es.add(deferArgs(u, d)...)
		}
		return true
	})
	return es
}}

func deferArgs(u *Unit, n *ast.DeferStmt) []source.Edit {
	var es []source.Edit
	var names, vals []string
	for i, a := range deferredArgs(n) {
		if a == nil {
			continue
		}
		name := fmt.Sprintf("gopadD%d_%d", u.Off(n.Pos()), i)
		names = append(names, name)
		vals = append(vals, u.Code(a))
		es = append(es, source.Replace(u.Off(a.Pos()), u.Off(a.End()), name))
	}
	if len(names) == 0 {
		return nil
	}
	return append(es, source.Insert(u.Off(n.Pos()), strings.Join(names, ", ")+" := "+strings.Join(vals, ", ")+"; "))
}

// deferredArgs are the arguments of n's call that DeferArgs moves, by
// index (nil for one it leaves in place).
func deferredArgs(n *ast.DeferStmt) []ast.Expr {
	args := make([]ast.Expr, len(n.Call.Args))
	for i, a := range n.Call.Args {
		switch a.(type) {
		case *ast.BasicLit, *ast.FuncLit:
		default:
			args[i] = a
		}
	}
	return args
}
