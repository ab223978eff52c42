package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// CommaOkVars gives the variables of a comma-ok definition in a loop a
// fresh copy each iteration when a closure or a pointer may keep them:
//
//	v, ok := m[k]            →   gopadCK9, gopadOK9 := m[k]; v, ok := gopadCK9, gopadOK9
//	if v, ok := m[k]; ok {   →   { gopadCK9, gopadOK9 := m[k]; if v, ok := gopadCK9, gopadOK9; ok { ... }
//
// yaegi writes the results of a map index, a type assertion or a receive
// with ok into one place per function, so closures and pointers made in
// different iterations all see the last values; a plain definition of
// variables makes fresh ones, as Go does. Edits stay on the statement's
// lines.
var CommaOkVars = Pass{Name: "commaOkVars", Wants: holds(hasLoop), Run: func(u *Unit) []source.Edit {
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			es.add(commaOkDefine(u, n, c)...)
		case *ast.IfStmt:
			es.add(commaOkIf(u, n, c)...)
		}
		return true
	})
	return es
}}

func commaOkDefine(u *Unit, n *ast.AssignStmt, c *cursor) []source.Edit {
	switch p := c.parent().(type) {
	case *ast.BlockStmt, *ast.CaseClause:
	case *ast.CommClause:
		if p.Comm == n {
			return nil // a select's case: SelectVars
		}
	default:
		return nil // an init statement
	}
	lhs, temps, ok := commaOkTemps(u, n)
	if !ok || !inLoop(c) || !keptAfter(n, c.parent(), n.Lhs) {
		return nil
	}
	return []source.Edit{
		source.Replace(u.Off(n.Lhs[0].Pos()), u.Off(n.Lhs[1].End()), temps),
		source.Insert(u.Off(n.End()), "; "+lhs+" := "+temps),
	}
}

func commaOkIf(u *Unit, n *ast.IfStmt, c *cursor) []source.Edit {
	as, isAssign := n.Init.(*ast.AssignStmt)
	if !isAssign {
		return nil
	}
	if _, labeled := c.parent().(*ast.LabeledStmt); labeled {
		return nil
	}
	lhs, temps, ok := commaOkTemps(u, as)
	if !ok || !inLoop(c) || !keptAfter(n, n, as.Lhs) {
		return nil
	}
	return []source.Edit{
		source.Replace(u.Off(n.Pos()), u.Off(as.Lhs[1].End()), "{ "+temps),
		source.Insert(u.Off(as.Rhs[0].End()), "; if "+lhs+" := "+temps),
		{From: u.Off(n.End()), To: u.Off(n.End()), Text: " }", Order: -1},
	}
}

// commaOkTemps reads a comma-ok definition: its two variables as written,
// and the temporaries that take the values first.
func commaOkTemps(u *Unit, as *ast.AssignStmt) (lhs, temps string, ok bool) {
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
	at := u.Off(as.Pos())
	return a.Name + ", " + b.Name, fmt.Sprintf("gopadCK%d, gopadOK%d", at, at), true
}

// inLoop reports whether the cursor's node is in a loop's body in its own
// function.
func inLoop(c *cursor) bool {
	for i := len(c.stack) - 2; i >= 0; i-- {
		switch c.stack[i].(type) {
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
