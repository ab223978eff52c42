package interp

import (
	"fmt"
	"go/ast"
	"go/token"
)

// commaOkVars gives the variables of a comma-ok definition in a loop a
// fresh copy each iteration when a closure or a pointer may keep them:
//
//	v, ok := m[k]            →   gopadCK9, gopadOK9 := m[k]; v, ok := gopadCK9, gopadOK9
//	if v, ok := m[k]; ok {   →   { gopadCK9, gopadOK9 := m[k]; if v, ok := gopadCK9, gopadOK9; ok { ... }
//
// yaegi writes the results of a map index, a type assertion or a receive
// with ok into one place per function, so closures and pointers made in
// different iterations all see the last values; a plain definition of
// variables makes fresh ones, as Go does. Edits stay on the statement's
// lines. stack holds n's ancestors, n last.
func commaOkVars(n ast.Node, stack []ast.Node, off func(token.Pos) int) []edit {
	if len(stack) < 2 || !inLoop(stack) {
		return nil
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		switch p := stack[len(stack)-2].(type) {
		case *ast.BlockStmt, *ast.CaseClause:
		case *ast.CommClause:
			if p.Comm == n {
				return nil // a select's case: selectVars
			}
		default:
			return nil // an init statement
		}
		lhs, temps, ok := commaOkTemps(n, off)
		if !ok || !keptAfter(n, stack[len(stack)-2], n.Lhs) {
			return nil
		}
		return []edit{
			{off(n.Lhs[0].Pos()), off(n.Lhs[1].End()), temps, 0},
			{off(n.End()), off(n.End()), "; " + lhs + " := " + temps, 0},
		}
	case *ast.IfStmt:
		as, isAssign := n.Init.(*ast.AssignStmt)
		if !isAssign {
			return nil
		}
		if _, labeled := stack[len(stack)-2].(*ast.LabeledStmt); labeled {
			return nil
		}
		lhs, temps, ok := commaOkTemps(as, off)
		if !ok || !keptAfter(n, n, as.Lhs) {
			return nil
		}
		return []edit{
			{off(n.Pos()), off(as.Lhs[1].End()), "{ " + temps, 0},
			{off(as.Rhs[0].End()), off(as.Rhs[0].End()), "; if " + lhs + " := " + temps, 0},
			{off(n.End()), off(n.End()), " }", -1},
		}
	}
	return nil
}

// commaOkTemps reads a comma-ok definition: its two variables as written,
// and the temporaries that take the values first.
func commaOkTemps(as *ast.AssignStmt, off func(token.Pos) int) (lhs, temps string, ok bool) {
	if as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return "", "", false
	}
	switch r := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.IndexExpr, *ast.TypeAssertExpr:
	case *ast.UnaryExpr:
		if r.Op != token.ARROW {
			return "", "", false
		}
	default:
		return "", "", false
	}
	a, okA := as.Lhs[0].(*ast.Ident)
	b, okB := as.Lhs[1].(*ast.Ident)
	if !okA || !okB || a.Name == "_" && b.Name == "_" {
		return "", "", false
	}
	at := off(as.Pos())
	return a.Name + ", " + b.Name, fmt.Sprintf("gopadCK%d, gopadOK%d", at, at), true
}

// inLoop reports whether the last node of stack is in a loop's body in its
// own function.
func inLoop(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
	}
	return false
}

// keptAfter reports whether a function literal or an address in scope
// (the statements after st in its list, or st itself) mentions one of the
// names: only then does a variable outlive its iteration.
func keptAfter(st ast.Node, scope ast.Node, names []ast.Expr) bool {
	want := map[string]bool{}
	for _, e := range names {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			want[id.Name] = true
		}
	}
	kept := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if kept || n != nil && n.End() <= st.Pos() && n != scope {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			kept = mentions(n.Body, want)
		case *ast.UnaryExpr:
			kept = n.Op == token.AND && mentions(n.X, want)
		}
		return !kept
	})
	return kept
}

// mentions reports whether n uses one of the names.
func mentions(n ast.Node, names map[string]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return !found
	})
	return found
}
