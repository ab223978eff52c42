package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

// BlankAssign runs an assignment to "_" of a call among a statement
// chunk's statements (outside function literals) in a function literal of
// its own. After a top-level "v, _ := f()", yaegi gives "_" a global with
// f's type, and a later "_ = g()" outside any function panics in
// reflect.Set (assigning a variable's value works). Inside a function
// literal "_" is the blank identifier again.
//
// The chunk's own statement is wrapped only when "_" is its last operand
// ("_ = g()", "v, _ = g()"): in "_, err = g()" the assignment of err would
// move into the literal, where yaegi does not update a session variable
// that a := declared again (TestFidelityRedeclaredErr in interp).
var BlankAssign = Pass{Name: "blankAssign", Wants: holds(hasBlankAssign), Run: func(u *Unit) []source.Edit {
	if u.Kind != source.Stmt {
		return nil
	}
	var es edits
	walk(u, func(n ast.Node, c *cursor) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || !c.topLevel() || as.Tok != token.ASSIGN || !hasBlank(as.Lhs) || !hasCall(as.Rhs) {
			return true
		}
		if len(c.stack) == 4 && !isBlank(as.Lhs[len(as.Lhs)-1]) {
			return true // File, FuncDecl, its body: the chunk's own statement
		}
		switch c.parent().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			es.add(source.Around(u.Off(as.Pos()), u.Off(as.End()), "func() { ", " }()")...)
		}
		return true
	})
	return es
}}

// hasBlank reports whether one of lhs is the blank identifier.
func hasBlank(lhs []ast.Expr) bool {
	for _, l := range lhs {
		if isBlank(l) {
			return true
		}
	}
	return false
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// hasCall reports whether one of es contains a call (or a conversion).
func hasCall(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.CallExpr); ok {
				found = true
			}
			return !found
		})
	}
	return found
}
