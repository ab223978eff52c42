package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var minMaxConstsPass = Pass{
	Name: "minMaxConsts",
	Wants: func(u *Unit) bool {
		s := u.sights()
		return s.calledIdents["min"] || s.calledIdents["max"]
	},
	Run: func(u *Unit) []source.Edit { return u.Types.minMaxConsts() },
}

// minMaxConsts converts the constant operands of a min or max that is not
// constant itself to the call's type:
//
//	max(0.0, math.Copysign(0, -1))  →  max(float64(0.0), math.Copysign(0, -1))
//
// The syntax phase's minMax calls the prelude's generic gopadMin and
// gopadMax, and yaegi takes their type argument from the first operand: an
// untyped constant there fails ("untyped float does not implement
// gopadOrdered") or gives the constant's default type instead of the
// other operand's. A call of a compiled package's named type is
// minMaxTyped's; a constant call is folded by minMax.
func (tc *Types) minMaxConsts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, _, ok := tc.callOfBuiltin(n, "min", "max")
		if !ok {
			return true
		}
		tv, ok := tc.Info.Types[call]
		if !ok || tv.Value != nil || tv.Type == nil {
			return true
		}
		if named, ok := tv.Type.(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != tc.Pkg {
			return true
		}
		t, ok := tc.TypeText(tv.Type)
		if !ok {
			return true
		}
		for _, a := range call.Args {
			if av, ok := tc.Info.Types[a]; ok && av.Value != nil {
				edits = append(edits, source.Insert(tc.Off(a.Pos()), t+"("), source.Insert(tc.Off(a.End()), ")"))
			}
		}
		return true
	})
	return edits
}
