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
// Literals and function literals stay where they are. A deferred function
// literal in a loop is made at the defer statement too: yaegi makes it
// when the deferred call runs, so a loop's defer func() { use(i) }() saw
// the last iteration's variable in every call (c2 c2 c2 for c2 c1 c0):
//
//	defer func() { use(i) }()   →   gopadF7 := func() func() { return func() { use(i) } }(); defer gopadF7()
//
// The literal is made one frame down, as deferClosures makes the closures
// that deferred calls call: yaegi runs deferred calls holding the frame's
// lock, which a closure made in that frame takes when it returns.
var DeferArgs = Pass{Name: "deferArgs", Wants: holds(hasDefer), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			es.add(deferArgs(u, d)...)
			es.add(deferredLiteral(u, d, c)...)
		}
		return true
	})
	return es
}}

// deferredLiteral moves the function literal that n calls into a variable
// when n is in a loop of its function, and the literal holds no defer of
// its own (whose edits would fall inside the moved text) and no recover
// (which yaegi answers only in a literal deferred in place).
func deferredLiteral(u *Unit, n *ast.DeferStmt, c *cursor) []source.Edit {
	lit, ok := n.Call.Fun.(*ast.FuncLit)
	if !ok || !inLoop(c) {
		return nil
	}
	nested := false
	ast.Inspect(lit.Body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.DeferStmt:
			nested = true
		case *ast.Ident:
			nested = nested || m.Name == "recover"
		}
		return !nested
	})
	if nested {
		return nil
	}
	name := fmt.Sprintf("gopadF%d", u.Off(n.Pos()))
	return []source.Edit{
		source.Insert(u.Off(n.Pos()), name+" := func() "+u.Code(lit.Type)+" { return "+u.Code(lit)+" }(); "),
		source.Replace(u.Off(lit.Pos()), u.Off(lit.End()), name),
	}
}

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
