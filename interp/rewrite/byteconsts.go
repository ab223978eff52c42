package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var byteConstsPass = Pass{
	Name:  "byteConsts",
	Wants: func(u *Unit) bool { return u.sights().sliceConvs || u.sights().namedStrConvs && u.dynamicNames() },
	Run:   func(u *Unit) []source.Edit { return u.Types.byteConsts() },
}

// byteConsts gives the conversion of a constant string to a byte slice
// the capacity Go gives it, its length: Go allocates exactly the constant's
// bytes, where yaegi's conversion rounds the capacity up to an allocation
// size ([]byte("abc") had capacity 8). The capacity shows in cap, in the
// message of a slice beyond it, and in whether two appends to the slice
// share their array (Go: append(a, 'd') and append(a, 'e') of a :=
// []byte("abc") are two arrays):
//
//	[]byte("abc")  →  []byte("abc")[:3:3]
//	Bytes("abc")   →  Bytes("abc")[:3:3]     (type Bytes []byte)
//
// A conversion of a string that is not constant keeps yaegi's capacity,
// which is Go's for a slice that escapes.
func (tc *Types) byteConsts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || tc.Off(call.Pos()) < 0 {
			return true
		}
		if !tc.Info.Types[call.Fun].IsType() {
			return true
		}
		sl, ok := tc.Info.Types[call.Fun].Type.Underlying().(*types.Slice)
		if !ok {
			return true
		}
		if b, ok := sl.Elem().Underlying().(*types.Basic); !ok || b.Kind() != types.Byte {
			return true
		}
		arg := tc.Info.Types[call.Args[0]]
		if arg.Value == nil || arg.Value.Kind() != constant.String {
			return true
		}
		n2 := strconv.Itoa(len(constant.StringVal(arg.Value)))
		edits = append(edits, source.Edit{From: tc.Off(call.End()), To: tc.Off(call.End()), Text: "[:" + n2 + ":" + n2 + "]"})
		return true
	})
	return edits
}
