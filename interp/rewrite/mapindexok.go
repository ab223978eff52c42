package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var mapIndexOKPass = Pass{
	Name:  "mapIndexOK",
	Wants: func(u *Unit) bool { return u.Stmt() && u.sights().indexes },
	Run:   func(u *Unit) []source.Edit { return u.Types.mapIndexOKs(u.Stmt()) },
}

// yaegi fails to compile a comma-ok map index among a cell's top-level
// statements, v, ok := m[k] ("nil type"; inside a function it compiles).
// The index runs in a function literal that returns both values:
//
//	_, ok := seen["a"]   →   _, ok := func() (struct{}, bool) { gopadV, gopadOK := seen["a"]; return gopadV, gopadOK }()

// mapIndexOKs returns the edits for the chunk's top-level comma-ok map
// indexes.
func (tc *Types) mapIndexOKs(stmt bool) []source.Edit {
	if !stmt {
		return nil
	}
	var edits []source.Edit
	rewrite := func(rhs ast.Expr) {
		ix, ok := ast.Unparen(rhs).(*ast.IndexExpr)
		if !ok {
			return
		}
		tv, ok := tc.Info.Types[ix.X]
		if !ok || tv.Type == nil {
			return
		}
		m, ok := tv.Type.Underlying().(*types.Map)
		if !ok {
			return
		}
		vt, ok := tc.TypeText(m.Elem())
		if !ok {
			return
		}
		edits = append(edits, source.Around(tc.Off(rhs.Pos()), tc.Off(rhs.End()),
			"func() ("+vt+", bool) { gopadV, gopadOK := ", "; return gopadV, gopadOK }()")...)
	}
	topLevelCommaOk(tc.File, rewrite)
	return edits
}
