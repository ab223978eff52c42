package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var commaOkZeroPass = Pass{
	Name:  "commaOkZero",
	Wants: func(u *Unit) bool { return u.sights().indexes || u.has(hasTypeAssert) },
	Run:   func(u *Unit) []source.Edit { return u.Types.commaOkZeros(u.Stmt()) },
}

// yaegi's comma-ok map index and type assertion, v, ok := m[k] or
// v, ok := x.(T) (or =), leave v as it was when the key is missing or the
// assertion fails, where Go sets it to the zero value: in a loop v keeps
// the previous iteration's value, c, _ := counts[w]; counts[w] = c+1
// counts wrong, and name, _ := rec["name"].(string) shows the previous
// record's name. The index or assertion runs in a function literal, whose
// own variables start at zero on each call:
//
//	v, ok := d[n]   →   v, ok := func() (int, bool) { gopadV, gopadOK := d[n]; return gopadV, gopadOK }()
//
// Left alone: a blank value (_, ok := m[k]); if v, ok := m[k]; ok { ... }
// with v unused outside the then branch (v is only read when found); and
// a definition among a statement chunk's top-level statements, which
// mapIndexOK and CommaOk rewrite the same way.
func (tc *Types) commaOkZeros(stmt bool) []source.Edit {
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
					edits = append(edits, tc.commaOkZero(m.Rhs[0])...)
				}
			case *ast.ValueSpec:
				if len(m.Names) == 2 && len(m.Values) == 1 && m.Names[0].Name != "_" && inFunc {
					edits = append(edits, tc.commaOkZero(m.Values[0])...)
				}
			}
			return true
		})
	}
	visit(tc.File, false)
	return edits
}

// foundOnly reports whether n is if v, ok := m[k]; ok { ... } (or
// x.(T)) with v not read in its else branch.
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

// commaOkZero returns the edit that runs rhs, if it is a map index or a
// type assertion, in a function literal.
func (tc *Types) commaOkZero(rhs ast.Expr) []source.Edit {
	if tc.Off(rhs.Pos()) < 0 {
		return nil
	}
	var vt types.Type
	switch e := ast.Unparen(rhs).(type) {
	case *ast.IndexExpr:
		if t := tc.Info.Types[e.X].Type; t != nil {
			if m, ok := t.Underlying().(*types.Map); ok {
				vt = m.Elem()
			}
		}
	case *ast.TypeAssertExpr:
		if e.Type != nil {
			vt = tc.Info.Types[e.Type].Type
		}
	}
	if vt == nil {
		return nil
	}
	text, ok := tc.TypeText(vt)
	if !ok {
		return nil
	}
	// Outside any other pass's wrapping of the same expression (anyAssert's).
	return []source.Edit{
		{From: tc.Off(rhs.Pos()), To: tc.Off(rhs.Pos()), Text: "func() (" + text + ", bool) { gopadV, gopadOK := ", Order: 2},
		{From: tc.Off(rhs.End()), To: tc.Off(rhs.End()), Text: "; return gopadV, gopadOK }()", Order: -2},
	}
}

func isIdentNamed(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
