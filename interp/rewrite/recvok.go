package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var recvOKPass = Pass{
	Name:  "recvOK",
	Wants: func(u *Unit) bool { return u.Stmt() && u.sights().receives },
	Run:   func(u *Unit) []source.Edit { return u.Types.recvOKs(u.Stmt()) },
}

// recvOKs rewrites a comma-ok receive among a cell's top-level statements,
// v, ok := <-ch, whose compilation fails in yaegi ("nil type") outside a
// function: the receive runs in a function literal that returns both
// values. A receive in a select case is left alone.
func (tc *Types) recvOKs(stmt bool) []source.Edit {
	if !stmt {
		return nil
	}
	var edits []source.Edit
	rewrite := func(rhs ast.Expr) {
		u, ok := ast.Unparen(rhs).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return
		}
		ch, ok := tc.Info.Types[u.X].Type.Underlying().(*types.Chan)
		if !ok {
			return
		}
		et, ok := tc.TypeText(ch.Elem())
		if !ok {
			return
		}
		edits = append(edits, source.Edit{From: tc.Off(rhs.Pos()), To: tc.Off(rhs.End()), Text: fmt.Sprintf(
			"func() (%s, bool) { gopadV, gopadOK := <-(%s); return gopadV, gopadOK }()", et, tc.code(u.X))})
	}
	topLevelCommaOk(tc.File, rewrite)
	return edits
}

// topLevelCommaOk calls rewrite with the value of each definition of two
// names from one value (v, ok := x; var v, ok = x) among root's statements
// outside function literals, where yaegi fails to compile the comma-ok
// forms. A select case's own receive is left out (its body is walked).
func topLevelCommaOk(root ast.Node, rewrite func(rhs ast.Expr)) {
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // inside a function the comma-ok forms compile
		case *ast.CommClause:
			for _, st := range n.Body {
				topLevelCommaOk(st, rewrite)
			}
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				rewrite(n.Rhs[0])
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				rewrite(n.Values[0])
			}
		}
		return true
	})
}
