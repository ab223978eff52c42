package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceArgsPass = Pass{
	Name: "ifaceArgs",
	// A call's result handed to an interpreted function.
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && u.sights().callArgs
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceArgs() },
}

// ifaceArgs hands a call's result of a cell's interface type to an
// interpreted function's parameter of a cell's interface type through a
// one-element slice. yaegi wraps such a result as if it were a concrete
// value, and in the parameter the cell's value then hides inside the
// interface value: kind(first(shapes)) saw no Rect (s.(Rect) was false).
// (Values that become a compiled interface are ifaceConvert's.)
func (tc *Types) ifaceArgs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			tc.callResultArgs(call, func(e ast.Expr, param types.Type) {
				if tc.rewrapped(e, param) {
					edits = append(edits, tc.inSlice(e, param)...)
				}
			})
		}
		return true
	})
	return edits
}

// callResultArgs hands wrap the arguments of an interpreted function's call
// that are themselves calls, with their parameters' types.
func (tc *Types) callResultArgs(call *ast.CallExpr, wrap func(ast.Expr, types.Type)) {
	fun, ok := tc.Info.Types[call.Fun]
	if !ok || fun.IsType() || fun.IsBuiltin() || call.Ellipsis.IsValid() || tc.compiledFunc(call.Fun) {
		return
	}
	sig, ok := fun.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	for i, a := range call.Args {
		inner, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || tc.Info.Types[inner.Fun].IsType() || tc.Info.Types[inner.Fun].IsBuiltin() {
			continue
		}
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				wrap(a, s.Elem())
			}
		case i < params.Len():
			wrap(a, params.At(i).Type())
		}
	}
}

// rewrapped reports whether yaegi would wrap argument e a second time
// for a parameter of type param: e is a call whose result is an
// interface, and param an interface of the cells with methods. yaegi
// wraps a call's result for such a parameter as if it were a concrete
// value, and in the parameter the cell's value then hides inside the
// interface value: kind(first(shapes)) sees no Rect (s.(Rect) is false).
func (tc *Types) rewrapped(e ast.Expr, param types.Type) bool {
	if !types.IsInterface(param) || empty(param) || tc.compiledInterface(param) {
		return false
	}
	if _, tp := param.(*types.TypeParam); tp {
		return false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || tc.Info.Types[call.Fun].IsType() || tc.Info.Types[call.Fun].IsBuiltin() {
		return false
	}
	t := tc.Info.Types[e].Type
	return t != nil && types.IsInterface(t)
}

// inSlice hands on e through a one-element slice of type []param, whose
// element yaegi reads as it reads a variable:
//
//	kind(first(shapes))  →  kind([]Shape{first(shapes)}[0])
func (tc *Types) inSlice(e ast.Expr, param types.Type) []source.Edit {
	pt, ok := tc.TypeText(param)
	if !ok {
		return nil
	}
	return source.Around(tc.Off(e.Pos()), tc.Off(e.End()), "[]"+pt+"{", "}[0]")
}
