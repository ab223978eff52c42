package rewrite

import (
	"fmt"
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

// HoistFuncArgs gives a function literal passed as an argument, inside a
// loop body, a variable of its own just before the statement:
//
//	wg.Go(func() { use(v) })   →   gopadF12 := func() { use(v) }; wg.Go(gopadF12)
//
// yaegi turns a literal argument of a compiled function into a Go func
// that reads the caller's variables from the caller's live frame, not from
// the closure's own copy of it made where the literal is evaluated: a
// variable declared in a loop body (also the per-iteration copy of the
// loop variable) then has its last iteration's value when the function
// runs later (wg.Go, time.AfterFunc, http.HandleFunc). An assigned literal
// captures the variables of its iteration. Statements nested in a moved
// literal are handled by the next round of the phase.
var HoistFuncArgs = Pass{Name: "hoistFuncArgs", Wants: holds(hasLoop | hasFuncLit), Run: func(u *Unit) []source.Edit {
	var es edits
	moved := -1 // end of the last literal moved: statements inside wait
	walkNodes(u, func(n ast.Node, c *cursor) bool {
		s, ok := n.(ast.Stmt)
		if !ok || u.Off(n.Pos()) < moved || !inLoopBody(c.stack) {
			return true
		}
		switch s.(type) {
		case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt:
		default:
			return true
		}
		for _, lit := range literalArgs(s) {
			if u.Fset.Position(lit.Pos()).Line != u.Fset.Position(s.Pos()).Line {
				continue // moving it would move lines
			}
			name := fmt.Sprintf("gopadF%d", u.Off(lit.Pos()))
			es.add(source.Insert(u.Off(s.Pos()), name+" := "+u.Code(lit)+"; "),
				source.Replace(u.Off(lit.Pos()), u.Off(lit.End()), name))
			moved = max(moved, u.Off(lit.End()))
		}
		return true
	}, func(ast.Node) bool { return false })
	return es
}}

// inLoopBody reports whether the last node of stack is a statement of a
// loop body of its own function.
func inLoopBody(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	switch stack[len(stack)-2].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return false
	}
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		}
	}
	return false
}

// literalArgs are the function literals passed directly as arguments of
// calls in s, outside of any function literal.
func literalArgs(s ast.Stmt) []*ast.FuncLit {
	var lits []*ast.FuncLit
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			for _, a := range n.Args {
				if lit, ok := a.(*ast.FuncLit); ok {
					lits = append(lits, lit)
				}
			}
		}
		return true
	})
	return lits
}
