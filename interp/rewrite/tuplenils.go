package rewrite

import (
	"go/ast"
	"go/token"

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
