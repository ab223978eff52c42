package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var tupleNilsPass = Pass{
	Name:  "tupleNils",
	Wants: func(u *Unit) bool { return u.sights().tupleNils },
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleNils() },
}

// tupleNils gives each nil of an assignment of several values the type
// of its destination. yaegi's assignment of several values fails on an
// untyped nil (reflect: New(nil)), so prev, cur = cur, nil or
// v, err = x, nil stopped the cell:
//
//	v, err = x, nil   →   v, err = x, (error)(nil)
func (tc *Types) tupleNils() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) || len(as.Rhs) < 2 {
			return true
		}
		for i, r := range as.Rhs {
			if !tc.Info.Types[r].IsNil() {
				continue
			}
			t := tc.Info.Types[as.Lhs[i]].Type
			if t == nil {
				continue // the blank identifier
			}
			if text, ok := tc.TypeText(t); ok {
				edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
			}
		}
		return true
	})
	return edits
}

var tupleIfacesPass = Pass{
	Name:  "tupleIfaces",
	Wants: func(u *Unit) bool { return u.sights().tuples },
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleIfaces() },
}

// tupleIfaces converts each value of a cell's type that an assignment of
// several values, or a var declaration of several names, puts in a
// variable of an interface type: yaegi's assignment of several values to
// the session's variables (a cell's top level) panicked with "reflect.Set:
// value of type interp.valueInterface is not assignable to type *struct
// {...}" (a pointer, or a value beside a converted one), where one value
// at a time works:
//
//	var c, d Shape = p1, p2  →  var c, d Shape = Shape(p1), Shape(p2)
func (tc *Types) tupleIfaces() []source.Edit {
	var edits []source.Edit
	convert := func(dst types.Type, r ast.Expr) {
		if dst == nil || !types.IsInterface(dst) || empty(dst) {
			return // an empty interface takes the values as they are
		}
		rt := tc.Info.Types[r].Type
		if rt == nil || types.IsInterface(rt) || !mentionsPackage(rt, tc.Pkg) {
			return
		}
		if text, ok := tc.TypeText(dst); ok {
			edits = append(edits, source.Around(tc.Off(r.Pos()), tc.Off(r.End()), "("+text+")(", ")")...)
		}
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) && len(n.Rhs) > 1 {
				for i, r := range n.Rhs {
					convert(tc.Info.Types[n.Lhs[i]].Type, r)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) && len(n.Values) > 1 {
				for _, r := range n.Values {
					convert(tc.Info.Types[n.Type].Type, r)
				}
			}
		}
		return true
	})
	return edits
}
