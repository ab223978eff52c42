package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// GoRecover starts each goroutine literal with a deferred gopadGoRecover
// (gopanic.go in interp), which hands a panic of the goroutine to the
// running cell instead of letting it kill the session's process:
//
//	go func() { work() }()   →   go func() { defer gopadGoRecover(); work() }()
//
// A goroutine started with a named function gets its recover from the
// typed pass goCall.
var GoRecover = Pass{Name: "goRecover", Wants: holds(hasGo), Run: func(u *Unit) []source.Edit {
	var es edits
	ast.Inspect(u.AST, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		if lit, ok := g.Call.Fun.(*ast.FuncLit); ok {
			es.add(source.Insert(u.Off(lit.Body.Lbrace)+1, " defer gopadGoRecover();"))
		}
		return true
	})
	return es
}}
