package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceCopyPass = Pass{
	Name: "ifaceCopy",
	// Where a variable may become an interface value: an assignment, a
	// typed var, a call, a literal, a return, a send.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.plainAssigns || len(s.calledIdents) > 0 || u.has(hasTypedVar) || u.has(hasLiteralAssign) ||
			u.has(hasReturn) || u.has(hasChanOp) || u.selects(func(s sel, _ string) bool { return s.called }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceCopies() },
}

// ifaceCopies copies a variable of a cell's struct or array type with
// methods where it becomes an interface value. Go stores a copy in the
// interface; yaegi stores the variable itself, so a later change of the
// variable showed through the interface:
//
//	var s fmt.Stringer = c   →  var s fmt.Stringer = func(gopadV Counter) Counter { return gopadV }(c)
//	shapes := []Shape{r}      →  shapes := []Shape{func(gopadV Rect) Rect { return gopadV }(r)}
//
// Values that are fresh already (literals, calls) are left alone, and so
// are calls of compiled functions, which get a copy of their own.
func (tc *Types) ifaceCopies() []source.Edit {
	var edits []source.Edit
	copyAt := func(e ast.Expr, target types.Type) {
		if e == nil || target == nil || !types.IsInterface(target) || !tc.aliasedValue(e) {
			return
		}
		text, ok := tc.TypeText(tc.Info.Types[e].Type)
		if !ok {
			return
		}
		edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "func(gopadV "+text+") "+text+" { return gopadV }(", ")")...)
	}
	var sigs []*types.Signature // of the enclosing functions
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			var sig *types.Signature
			var body *ast.BlockStmt
			if d, ok := n.(*ast.FuncDecl); ok {
				sig, _ = tc.Info.Defs[d.Name].Type().(*types.Signature)
				body = d.Body
			} else {
				sig, _ = tc.Info.Types[n.(*ast.FuncLit)].Type.(*types.Signature)
				body = n.(*ast.FuncLit).Body
			}
			if body != nil {
				sigs = append(sigs, sig)
				ast.Inspect(body, visit)
				sigs = sigs[:len(sigs)-1]
			}
			return false
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil && sigs[len(sigs)-1].Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					copyAt(r, sigs[len(sigs)-1].Results().At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					copyAt(r, tc.Info.Types[n.Lhs[i]].Type)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, r := range n.Values {
					copyAt(r, tc.Info.Types[n.Type].Type)
				}
			}
		case *ast.SendStmt:
			if ch, ok := tc.Info.Types[n.Chan].Type.Underlying().(*types.Chan); ok {
				copyAt(n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			tc.guardCall(n, copyAt)
		case *ast.CompositeLit:
			tc.guardElems(n, copyAt)
		}
		return true
	}
	ast.Inspect(tc.File, visit)
	return edits
}

// aliasedValue reports whether e is a variable, field or element (not a
// fresh value) of a cell's struct or array type that has methods: yaegi
// keeps such a value in an interface as the variable itself.
func (tc *Types) aliasedValue(e ast.Expr) bool {
	t, ok := tc.Info.Types[e].Type.(*types.Named)
	if !ok || t.Obj().Pkg() != tc.Pkg || t.TypeParams().Len() > 0 || t.TypeArgs().Len() > 0 {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
	default:
		return false
	}
	if types.NewMethodSet(types.NewPointer(t)).Len() == 0 {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, isVar := tc.Info.Uses[e].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		s, ok := tc.Info.Selections[e]
		return ok && s.Kind() == types.FieldVal
	case *ast.IndexExpr:
		_, isMap := tc.Info.Types[e.X].Type.Underlying().(*types.Map)
		return !isMap
	case *ast.StarExpr:
		return true
	}
	return false
}
