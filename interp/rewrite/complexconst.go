package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var complexArgsPass = Pass{
	Name:  "complexArgs",
	Wants: func(u *Unit) bool { return u.sights().calledIdents["complex"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.complexArgs() },
}

// yaegi types the constants of compiled packages (math.Pi) as float64 but
// literals as untyped float, and then rejects complex(0, math.Pi):
// "mismatched types untyped float and untyped float64". When go/types gave
// the call a complex type, its arguments get that type's float type:
//
//	cmplx.Exp(complex(0, math.Pi))  →  cmplx.Exp(complex(float64(0), float64(math.Pi)))
//
// A call whose type stays untyped (const c = complex(1, 2)) is left alone:
// a conversion would fix its type.

// complexArgs returns the conversions of the arguments of the chunk's
// calls of the builtin complex.
func (tc *Types) complexArgs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || tc.Off(call.Pos()) < 0 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := tc.Info.Uses[id].(*types.Builtin); !ok || b.Name() != "complex" {
			return true
		}
		tv, ok := tc.Info.Types[call]
		if !ok || tv.Type == nil {
			return true
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsUntyped != 0 {
			return true
		}
		float := "float64"
		if b.Kind() == types.Complex64 {
			float = "float32"
		}
		for _, a := range call.Args {
			if at, ok := tc.Info.Types[a]; ok && at.Value != nil {
				edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), float+"(", ")")...)
			}
		}
		return true
	})
	return edits
}
