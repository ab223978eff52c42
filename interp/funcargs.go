package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// hoistFuncArgs gives a function literal passed as an argument, inside a
// loop body, a variable of its own just before the statement:
//
//	wg.Go(func() { use(v) })   →   gopadF12 := func() { use(v) }; wg.Go(gopadF12)
//
// yaegi turns a literal argument of a compiled function into a Go func that
// reads the caller's variables from the caller's live frame, not from the
// closure's own copy of it made where the literal is evaluated: a variable
// declared in a loop body (also the per-iteration copy of the loop
// variable) then has its last iteration's value when the function runs
// later (wg.Go, time.AfterFunc, http.HandleFunc). An assigned literal
// captures the variables of its iteration. Statements nested in a moved
// literal are handled by the next round.
func hoistFuncArgs(src string, stmt bool) string {
	for range 4 {
		if !strings.Contains(src, "for") || !strings.Contains(src, "func(") {
			return src
		}
		next := hoistRound(src, stmt)
		if next == src {
			return src
		}
		src = next
	}
	return src
}

func hoistRound(src string, stmt bool) string {
	prefix, text := "package p\n", "package p\n"+src
	var f *ast.File
	var fset *token.FileSet
	var err error
	if stmt {
		prefix, text = stmtPrefix, stmtPrefix+src+stmtSuffix
		f, fset, err = parseStmtChunk(src)
	} else {
		fset = token.NewFileSet()
		f, err = parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	}
	if err != nil {
		return src
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	code := func(n ast.Node) string { return text[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset] }
	var edits []edit
	moved := -1 // end of the last literal moved: statements inside wait
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		s, ok := n.(ast.Stmt)
		if !ok || off(n.Pos()) < moved || !inLoopBody(stack) {
			return true
		}
		switch s.(type) {
		case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt:
		default:
			return true
		}
		for _, lit := range literalArgs(s) {
			if fset.Position(lit.Pos()).Line != fset.Position(s.Pos()).Line {
				continue // moving it would move lines
			}
			name := fmt.Sprintf("gopadF%d", off(lit.Pos()))
			edits = append(edits,
				edit{from: off(s.Pos()), to: off(s.Pos()), text: name + " := " + code(lit) + "; "},
				edit{from: off(lit.Pos()), to: off(lit.End()), text: name})
			moved = max(moved, off(lit.End()))
		}
		return true
	})
	out, _ := applyEdits(src, edits)
	return out
}

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
