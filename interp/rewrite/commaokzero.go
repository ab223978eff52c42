package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var mapIndexZeroPass = Pass{
	Name:  "mapIndexZero",
	Wants: func(u *Unit) bool { return u.sights().indexes },
	Run:   func(u *Unit) []source.Edit { return u.Types.mapIndexZeros(u.Stmt()) },
}

// yaegi's comma-ok map index, v, ok := m[k] (or =), leaves v as it was
// when k is missing, where Go sets it to the zero value: in a loop v keeps
// the previous iteration's value, and c, _ := counts[w]; counts[w] = c+1
// counts wrong. The index runs in a function literal, whose own variables
// start at zero on each call:
//
//	v, ok := d[n]   →   v, ok := func() (int, bool) { gopadV, gopadOK := d[n]; return gopadV, gopadOK }()
//
// Left alone: a blank value (_, ok := m[k]); if v, ok := m[k]; ok { ... }
// with v unused outside the then branch (v is only read when found); and
// a definition among a statement chunk's top-level statements, which
// mapIndexOK rewrites the same way.
func (tc *Types) mapIndexZeros(stmt bool) []source.Edit {
	var edits []source.Edit
	var visit func(n ast.Node, inFunc bool)
	visit = func(n ast.Node, inFunc bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				if m != n {
					visit(m.Body, true)
					return false
				}
			case *ast.FuncDecl:
				if m.Body != nil && !stmt {
					visit(m.Body, true)
				}
				return stmt // a statement chunk's statements are top-level
			case *ast.IfStmt:
				if tc.foundOnly(m) {
					visit(m.Body, inFunc)
					if m.Else != nil {
						visit(m.Else, inFunc)
					}
					return false
				}
			case *ast.AssignStmt:
				if len(m.Lhs) == 2 && len(m.Rhs) == 1 && !isBlank(m.Lhs[0]) && (inFunc || m.Tok == token.ASSIGN) {
					edits = append(edits, tc.mapIndexZero(m.Rhs[0])...)
				}
			case *ast.ValueSpec:
				if len(m.Names) == 2 && len(m.Values) == 1 && m.Names[0].Name != "_" && inFunc {
					edits = append(edits, tc.mapIndexZero(m.Values[0])...)
				}
			}
			return true
		})
	}
	visit(tc.File, false)
	return edits
}

// foundOnly reports whether n is if v, ok := m[k]; ok { ... } with v not
// read in its else branch.
func (tc *Types) foundOnly(n *ast.IfStmt) bool {
	as, ok := n.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	v, okV := as.Lhs[0].(*ast.Ident)
	cond, okC := ast.Unparen(n.Cond).(*ast.Ident)
	if !okV || !okC || !isIdentNamed(as.Lhs[1], cond.Name) {
		return false
	}
	obj := tc.Info.Defs[v]
	if obj == nil || n.Else == nil {
		return obj != nil
	}
	used := false
	ast.Inspect(n.Else, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && tc.Info.Uses[id] == obj {
			used = true
		}
		return !used
	})
	return !used
}

// mapIndexZero returns the edit that runs rhs, if it is a map index, in a
// function literal.
func (tc *Types) mapIndexZero(rhs ast.Expr) []source.Edit {
	ix, ok := ast.Unparen(rhs).(*ast.IndexExpr)
	if !ok || tc.Off(rhs.Pos()) < 0 {
		return nil
	}
	tv, ok := tc.Info.Types[ix.X]
	if !ok || tv.Type == nil {
		return nil
	}
	m, ok := tv.Type.Underlying().(*types.Map)
	if !ok {
		return nil
	}
	vt, ok := tc.TypeText(m.Elem())
	if !ok {
		return nil
	}
	return source.Around(tc.Off(rhs.Pos()), tc.Off(rhs.End()),
		"func() ("+vt+", bool) { gopadV, gopadOK := ", "; return gopadV, gopadOK }()")
}


func isIdentNamed(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
