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
	var walk func(ast.Node)
	walk = func(root ast.Node) {
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // inside a function the receive compiles
			case *ast.CommClause:
				for _, st := range n.Body { // the case's own receive stays
					walk(st)
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
	walk(tc.File)
	return edits
}
