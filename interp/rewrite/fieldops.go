package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var fieldOpsPass = Pass{
	Name: "fieldOps",
	// An assignment, and a selector that is not called: maybe a field.
	Wants: func(u *Unit) bool {
		return u.has(hasAssign) && u.selects(func(s sel, _ string) bool { return !s.called })
	},
	Run: func(u *Unit) []source.Edit { return u.Types.fieldOps() },
}

// fieldOps converts the result of an operation assigned to a field of
// interface type of a compiled package's struct to the field's type:
//
//	r.Value = i * i  →  r.Value = (any)(i * i)
//
// yaegi stored nothing there (the ring kept its old value) and left the
// function at once, silently.
func (tc *Types) fieldOps() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			t, ok := tc.compiledIfaceField(l)
			if !ok || !isOperation(as.Rhs[i]) {
				continue
			}
			if text, ok := tc.TypeText(t); ok {
				r := as.Rhs[i]
				edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
			}
		}
		return true
	})
	return edits
}

// compiledIfaceField reports whether x selects a field of an interface
// type of a struct that a compiled package declares (list.Element's Value,
// also promoted into a cell's struct), and returns its type.
func (tc *Types) compiledIfaceField(x ast.Expr) (types.Type, bool) {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	s, ok := tc.Info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || !types.IsInterface(s.Obj().Type()) {
		return nil, false
	}
	// The struct that declares the field, down the embedding path.
	owner := s.Recv()
	for _, i := range s.Index()[:len(s.Index())-1] {
		st, ok := derefType(owner).Underlying().(*types.Struct)
		if !ok {
			return nil, false
		}
		owner = st.Field(i).Type()
	}
	n, ok := derefType(owner).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == tc.Pkg {
		return nil, false
	}
	return s.Obj().Type(), true
}

// derefType is t, or what t points to.
func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isOperation reports whether e is an arithmetic or logical operation
// (not a comparison, whose result yaegi stores right).
func isOperation(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return false
		}
		return true
	case *ast.UnaryExpr:
		return e.Op != token.AND && e.Op != token.ARROW
	}
	return false
}
