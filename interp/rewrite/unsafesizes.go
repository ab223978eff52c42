package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// UnsafeSizes writes unsafe.Sizeof, unsafe.Alignof and unsafe.Offsetof
// calls as the constants go/types computes for them (gc's sizes), as Go's
// compiler does, before yaegi sees them:
//
//	unsafe.Sizeof(Bad{})   →  uintptr(32)
//	unsafe.Offsetof(w.Tag) →  uintptr(8)
//
// yaegi answers from the run-time types it builds, which are not Go's: a
// field of a cell's interface type took 32 bytes, not 16, and Offsetof of
// a promoted field crashed. The argument is not evaluated, as in Go. A call
// whose answer is no constant (an argument of a type parameter's type) is
// left as it is; gopad's concrete copies of generic code answer it. Its
// own typed phase, before the typed one, whose passes would edit inside
// the arguments.
var UnsafeSizes = Phase{Name: "unsafesizes", Typed: true, Passes: []Pass{unsafeSizesPass}}

var unsafeSizesPass = Pass{
	Name:  "unsafeSizes",
	Wants: func(u *Unit) bool { return u.usesPackage("unsafe") },
	Run:   func(u *Unit) []source.Edit { return u.Types.unsafeSizes() },
}

func (tc *Types) unsafeSizes() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || tc.Off(call.Pos()) < 0 || !tc.unsafeBuiltin(call.Fun) {
			return true
		}
		tv, ok := tc.Info.Types[call]
		if !ok || tv.Value == nil {
			return true
		}
		edits = append(edits, source.Replace(tc.Off(call.Pos()), tc.Off(call.End()), "uintptr("+tv.Value.ExactString()+")"))
		return false
	})
	return edits
}

// unsafeBuiltin reports whether fun names unsafe.Sizeof, unsafe.Alignof
// or unsafe.Offsetof.
func (tc *Types) unsafeBuiltin(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	b, ok := tc.Info.Uses[sel.Sel].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "Sizeof", "Alignof", "Offsetof":
		return true
	}
	return false
}
