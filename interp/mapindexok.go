package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// yaegi fails to compile a comma-ok map index among a cell's top-level
// statements, v, ok := m[k] ("nil type"; inside a function it compiles).
// The index runs in a function literal that returns both values:
//
//	_, ok := seen["a"]   →   _, ok := func() (struct{}, bool) { gopadV, gopadOK := seen["a"]; return gopadV, gopadOK }()

// mapIndexOKs returns the edits for the chunk's top-level comma-ok map
// indexes.
func (tc *typedChunk) mapIndexOKs(stmt bool) []edit {
	if !stmt {
		return nil
	}
	var edits []edit
	rewrite := func(rhs ast.Expr) {
		ix, ok := ast.Unparen(rhs).(*ast.IndexExpr)
		if !ok {
			return
		}
		tv, ok := tc.info.Types[ix.X]
		if !ok || tv.Type == nil {
			return
		}
		m, ok := tv.Type.Underlying().(*types.Map)
		if !ok {
			return
		}
		vt, ok := tc.typeText(m.Elem())
		if !ok {
			return
		}
		edits = append(edits, around(tc.off(rhs.Pos()), tc.off(rhs.End()),
			"func() ("+vt+", bool) { gopadV, gopadOK := ", "; return gopadV, gopadOK }()")...)
	}
	ast.Inspect(tc.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // inside a function the index compiles
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
	return edits
}

// mayIndexOK reports whether a statement chunk may hold a comma-ok index.
func mayIndexOK(src string) bool {
	return strings.Contains(src, "]") && strings.Contains(src, ",")
}
