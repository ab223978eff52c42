package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// yaegi gives a cell's type over a basic, slice, map, array, channel or
// func type no run-time type of its own: reflect.TypeOf(Celsius(1)) is
// float64's type, so its Name, String and printing would silently name
// float64. Such a reflect.TypeOf stops the cell with an explanation,
// unless only its Kind or Size is asked, which are right:
//
//	reflect.TypeOf(c)         →  reflect.TypeOf(gopadBuiltin.Refuse("gopad cannot ...", c))
//	reflect.TypeOf(c).Kind()  →  unchanged

// namelessTypeOfs returns the edits of the chunk's calls of reflect.TypeOf
// on a value of such a type (or one go/types proves an interface holds).
func (tc *Types) namelessTypeOfs() []source.Edit {
	var edits []source.Edit
	var stack []ast.Node
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		stack = append(stack, n)
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || tc.Off(call.Pos()) < 0 || !tc.isReflectFunc(call, "TypeOf") || kindOnly(stack) {
			return true
		}
		t, ok := tc.heldType(call.Args[0], 0)
		if !ok {
			return true
		}
		if name, ok := tc.namelessCellType(t); ok {
			a := call.Args[0]
			msg := "gopad cannot give reflect.TypeOf a " + name + ": yaegi gives a type defined over a basic, slice, map, array, " +
				"channel or func type no run-time type of its own, and reflect would name its underlying type. " +
				"Workaround: fmt.Sprintf(\"%T\", v) names it; reflect.TypeOf(v).Kind() is right"
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")...)
		}
		return true
	})
	return edits
}

// isReflectFunc reports whether call calls reflect's function name.
func (tc *Types) isReflectFunc(call *ast.CallExpr, name string) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == name
}

// kindOnly reports whether the call on top of stack is the receiver of
// a call of Kind or Size.
func kindOnly(stack []ast.Node) bool {
	if len(stack) < 3 {
		return false
	}
	sel, ok := stack[len(stack)-2].(*ast.SelectorExpr)
	if !ok || sel.X != stack[len(stack)-1] {
		return false
	}
	_, called := stack[len(stack)-3].(*ast.CallExpr)
	return called && (sel.Sel.Name == "Kind" || sel.Sel.Name == "Size")
}

// namelessCellType is the Go name of t when it is a cell's type (or a
// pointer to one) that yaegi gives no run-time type of its own.
func (tc *Types) namelessCellType(t types.Type) (string, bool) {
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	n, ok := types.Unalias(base).(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return "", false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return "", false
	}
	return tc.goTypeName(t)
}
