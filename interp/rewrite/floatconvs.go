package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var floatConvsPass = Pass{
	Name: "floatConvs",
	Wants: func(u *Unit) bool {
		c := u.sights().calledIdents
		return c["int8"] || c["int16"] || c["int32"] || c["uint8"] || c["uint16"] || c["uint32"] || c["byte"] || c["rune"]
	},
	Run: func(u *Unit) []source.Edit { return u.Types.floatConvs() },
}

// floatConvs converts a floating-point value that is not constant to an
// integer type narrower than 64 bits through a compiled helper, which
// converts it as the Go that built gopad does on this machine: Go leaves
// the result of an out-of-range conversion to the implementation, and gc
// on amd64 gives int32(1e10) as -2147483648 (and int16, int8, uint16,
// uint8 through int32), where yaegi converted through int64 and truncated
// (1410065408):
//
//	int32(f)  →  int32(gopadBuiltin.FloatToInt32(float64(f)))
func (tc *Types) floatConvs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || tc.Off(call.Pos()) < 0 || !tc.Info.Types[call.Fun].IsType() {
			return true
		}
		helper := narrowIntHelper(tc.Info.Types[call.Fun].Type)
		arg := tc.Info.Types[call.Args[0]]
		if helper == "" || arg.Value != nil || arg.Type == nil {
			return true
		}
		if b, ok := arg.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsFloat == 0 {
			return true
		}
		a := call.Args[0]
		edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin."+helper+"(float64(", "))")...)
		return true
	})
	return edits
}

// narrowIntHelper names the helper that converts a float64 to t, an
// integer type narrower than 64 bits; "" for another type.
func narrowIntHelper(t types.Type) string {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return ""
	}
	switch b.Kind() {
	case types.Int8:
		return "FloatToInt8"
	case types.Int16:
		return "FloatToInt16"
	case types.Int32:
		return "FloatToInt32"
	case types.Uint8:
		return "FloatToUint8"
	case types.Uint16:
		return "FloatToUint16"
	case types.Uint32:
		return "FloatToUint32"
	}
	return ""
}
