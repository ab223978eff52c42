package rewrite

import (
	"go/ast"

	"github.com/gopad/gopad/interp/source"
)

var minMaxInitsPass = Pass{
	Name: "minMaxInits",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.calledIdents["min"] || s.calledIdents["max"]
	},
	Run: func(u *Unit) []source.Edit { return u.Types.minMaxInits() },
}

// minMaxInits puts a min or max that is not constant, outside the chunk's
// functions (a statement cell's m := max(a, b), a var's initializer), in
// a function literal of the call's type. The syntax phase's minMax calls
// the prelude's generic gopadMin and gopadMax, and yaegi fails to
// instantiate a generic function in the initializer of a global ("nil
// reflect type"): m := max(a, 1) as a cell of its own failed. In a
// function it works:
//
//	m := max(a, 1)  →  m := func() int { return max(a, 1) }()
func (tc *Types) minMaxInits() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			if tc.Off(n.Pos()) >= 0 {
				return false // a function of the chunk: its calls run in it
			}
		}
		call, _, ok := tc.callOfBuiltin(n, "min", "max")
		if !ok || len(call.Args) < 2 {
			return true
		}
		tv, ok := tc.Info.Types[call]
		if !ok || tv.Value != nil || tv.Type == nil {
			return true // folded by minMax
		}
		t, ok := tc.TypeText(tv.Type)
		if !ok {
			return true
		}
		edits = append(edits, source.Around(tc.Off(call.Pos()), tc.Off(call.End()), "func() "+t+" { return ", " }()")...)
		return false // the operands run inside the literal
	})
	return edits
}
