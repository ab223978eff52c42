package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var float32ConstsPass = Pass{
	Name:  "float32Consts",
	Wants: func(u *Unit) bool { s := u.sights(); return s.calledIdents["float32"] || s.calledIdents["complex64"] },
	Run:   func(u *Unit) []source.Edit { return u.Types.float32Consts() },
}

// yaegi converts a named untyped constant whose value comes from a
// compiled package's constant (const Pi2 = math.Pi * 2) to float32 as 0,
// silently: float32(Pi2) and float32(Pi2/3) printed 0. The constant
// operand of such a conversion is written as its value, which go/types
// knows, and which yaegi converts:
//
//	float32(Pi2)  →  float32(6.283185307179586)
func (tc *Types) float32Consts() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if g, ok := n.(*ast.GenDecl); ok && g.Tok == token.CONST && mentionsIota(g) {
			// go/types records a repeated spec's expressions once, with
			// the last iota: constFold's, spec by spec.
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !tc.Info.Types[call.Fun].IsType() {
			return true
		}
		b, ok := tc.Info.Types[call.Fun].Type.(*types.Basic)
		if !ok || b.Kind() != types.Float32 && b.Kind() != types.Complex64 {
			return true
		}
		arg := ast.Unparen(call.Args[0])
		if _, lit := arg.(*ast.BasicLit); lit || hasCall([]ast.Expr{arg}) || tc.holdsBigConst(arg) {
			return true // real(z), imag(z) and big constants are constFold's
		}
		tv := tc.Info.Types[arg]
		if tv.Value == nil || tv.Value.Kind() != constant.Float && tv.Value.Kind() != constant.Int {
			return true
		}
		f, _ := constant.Float64Val(tv.Value)
		text := strconv.FormatFloat(f, 'g', -1, 64)
		if tv.Value.Kind() == constant.Int {
			text = tv.Value.ExactString()
		}
		edits = append(edits, source.Replace(tc.Off(arg.Pos()), tc.Off(arg.End()), text))
		return false
	})
	return edits
}

// mentionsIota reports whether n names iota.
func mentionsIota(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && id.Name == "iota" {
			found = true
		}
		return !found
	})
	return found
}
