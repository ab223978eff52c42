package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var nilDerefsPass = Pass{
	Name:  "nilDerefs",
	Wants: func(u *Unit) bool { return u.sights().derefValues },
	Run:   func(u *Unit) []source.Edit { return u.Types.nilDerefs() },
}

// nilDerefs makes the dereferences of a nil pointer that yaegi let pass
// panic as Go's do. yaegi's *p of a nil p is reflect's zero Value, not a
// panic; most uses of it then panic in reflect (a message the session
// words as Go's nil dereference, gopadrt/recovered.go), but two do not:
//
//   - "_ = *p" (or "_, x = *p, y") reads nothing, so nothing panicked. A nil check goes before
//     it, where p is a name or a field (read twice, without effects):
//     _ = *p  →  if p == nil { gopadBuiltin.NilPanic() }; _ = *p
//     and a compiled check replaces the dereference of any other pointer
//     (a call's result, read once, in its place among the operands):
//     _ = *f()  →  _ = gopadBuiltin.NilChecked(f())
//   - a string read through reflect's String() of the zero Value is
//     "<invalid Value>": "a" + *s, *s == "x" and switch *s went on
//     silently. Slicing the string panics on the zero Value and keeps its
//     type: "a" + *s  →  "a" + (*s)[:]
func (tc *Types) nilDerefs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			edits = append(edits, tc.blankDerefs(n.List)...)
		case *ast.CaseClause:
			edits = append(edits, tc.blankDerefs(n.Body)...)
		case *ast.CommClause:
			edits = append(edits, tc.blankDerefs(n.Body)...)
		case *ast.BinaryExpr:
			edits = append(edits, tc.stringDeref(n.X)...)
			edits = append(edits, tc.stringDeref(n.Y)...)
		case *ast.SwitchStmt:
			if n.Tag != nil {
				edits = append(edits, tc.stringDeref(n.Tag)...)
			}
		}
		return true
	})
	return edits
}

// blankDerefs are the nil checks of the statements "_ = *p" of list.
func (tc *Types) blankDerefs(list []ast.Stmt) []source.Edit {
	var edits []source.Edit
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) || tc.Off(as.Pos()) < 0 {
			continue
		}
		check := ""
		for i, l := range as.Lhs {
			star, ok := ast.Unparen(as.Rhs[i]).(*ast.StarExpr)
			switch {
			case !ok || !isBlank(l) || !tc.pointerValue(star.X):
			case plainOperand(star.X):
				check += "if " + tc.code(star.X) + " == nil { gopadBuiltin.NilPanic() }; "
			default:
				edits = append(edits, source.Replace(tc.Off(star.Pos()), tc.Off(star.X.Pos()), "gopadBuiltin.NilChecked("),
					source.Insert(tc.Off(star.End()), ")"))
			}
		}
		if check != "" {
			edits = append(edits, source.Insert(tc.Off(as.Pos()), check))
		}
	}
	return edits
}

// stringDeref slices the string e reads through a pointer: *s → (*s)[:].
func (tc *Types) stringDeref(e ast.Expr) []source.Edit {
	star, ok := ast.Unparen(e).(*ast.StarExpr)
	if !ok || tc.Off(star.Pos()) < 0 || !tc.pointerValue(star.X) {
		return nil
	}
	b, ok := tc.Info.Types[star].Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	return source.Around(tc.Off(star.Pos()), tc.Off(star.End()), "(", ")[:]")
}

// pointerValue reports whether x is a value (not a type) of a pointer type.
func (tc *Types) pointerValue(x ast.Expr) bool {
	tv, ok := tc.Info.Types[x]
	if !ok || !tv.IsValue() {
		return false
	}
	_, ok = tv.Type.Underlying().(*types.Pointer)
	return ok
}

// isStar reports whether e is *x (a dereference, or a pointer type).
func isStar(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.StarExpr)
	return ok
}
