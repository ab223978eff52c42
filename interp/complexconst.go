package interp

import (
	"go/ast"
	"go/types"
	"strings"
)

// yaegi types the constants of compiled packages (math.Pi) as float64 but
// literals as untyped float, and then rejects complex(0, math.Pi):
// "mismatched types untyped float and untyped float64". When go/types gave
// the call a complex type, its arguments get that type's float type:
//
//	cmplx.Exp(complex(0, math.Pi))  →  cmplx.Exp(complex(float64(0), float64(math.Pi)))
//
// A call whose type stays untyped (const c = complex(1, 2)) is left alone:
// a conversion would fix its type.

// mentionsComplex is the cheap test before a type check.
func mentionsComplex(src string) bool { return strings.Contains(src, "complex(") }

// complexArgs returns the conversions of the arguments of the chunk's
// calls of the builtin complex.
func (tc *typedChunk) complexArgs() []edit {
	var edits []edit
	ast.Inspect(tc.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || tc.off(call.Pos()) < 0 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := tc.info.Uses[id].(*types.Builtin); !ok || b.Name() != "complex" {
			return true
		}
		tv, ok := tc.info.Types[call]
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
			if at, ok := tc.info.Types[a]; ok && at.Value != nil {
				edits = append(edits, around(tc.off(a.Pos()), tc.off(a.End()), float+"(", ")")...)
			}
		}
		return true
	})
	return edits
}
