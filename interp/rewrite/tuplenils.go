package rewrite

import (
	"go/ast"
	"go/token"

	"github.com/gopad/gopad/interp/source"
)

var tupleNilsPass = Pass{
	Name:  "tupleNils",
	Wants: holds(hasTupleAssign),
	Run:   func(u *Unit) []source.Edit { return u.Types.tupleNils() },
}

// tupleNils gives each nil of an assignment of several values the type of
// its variable:
//
//	cur, n = nil, 0   →   cur, n = ([]string)(nil), 0
//
// yaegi panics with "reflect: New(nil)" on an untyped nil among several
// assigned values (alone, cur = nil, it is fine).
func (tc *Types) tupleNils() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) || tc.Off(as.Pos()) < 0 {
			return true
		}
		for i, r := range as.Rhs {
			if tv, ok := tc.Info.Types[r]; !ok || !tv.IsNil() {
				continue
			}
			if text, ok := tc.TypeText(tc.Info.TypeOf(as.Lhs[i])); ok {
				edits = append(edits, source.Edit{From: tc.Off(r.Pos()), To: tc.Off(r.End()), Text: "(" + text + ")(nil)"})
			}
		}
		return true
	})
	return edits
}
