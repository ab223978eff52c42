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
// yaegi runs a function's deferred calls in one loop of compiled code,
// and a panic in one of them ends the loop: gopadGoRecover, deferred
// first and so run last, would never run. A literal that defers calls of
// its own therefore runs its body in an inner literal, whose panics,
// deferred calls' included, reach the recover of the outer one:
//
//	go func() { defer wg.Done(); work() }()
//	    →   go func() { defer gopadGoRecover(); func() { defer wg.Done(); work() }() }()
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
			goRecoverLit(u, &es, lit)
		}
		return true
	})
	return es
}}

// goRecoverLit writes the recover of one goroutine literal.
func goRecoverLit(u *Unit, es *edits, lit *ast.FuncLit) {
	open := u.Off(lit.Body.Lbrace) + 1
	if !defersOwn(lit.Body) {
		es.add(source.Insert(open, " defer gopadGoRecover();"))
		return
	}
	results := ""
	if r := lit.Type.Results; r != nil {
		// The results, named ones too, go with the body.
		results = " " + u.Code(r)
		es.add(source.Replace(u.Off(r.Pos()), u.Off(r.End()), ""))
	}
	es.add(source.Insert(open, " defer gopadGoRecover(); func()"+results+" {"))
	es.add(source.Insert(u.Off(lit.Body.Rbrace), "}() "))
}

// defersOwn reports whether body holds a defer statement outside its
// function literals.
func defersOwn(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}
