package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceArgsPass = Pass{
	Name: "ifaceArgs",
	// A call's result handed to a function, or a value sent, of a cell's
	// type that becomes a compiled interface.
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.callArgs || s.sends)
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceArgs() },
}

// ifaceArgs converts to the compiled interface, in a function literal,
// the values of the cells' types that yaegi hands on without the
// interface's wrapper, so that a run-time "reflect.Set: value of type
// struct {...} is not assignable to type fmt.Stringer" stops a program Go
// runs:
//
//	use(newBuf())  →  use(func(gopadV *buf) io.Writer { return gopadV }(newBuf()))
//	ch <- v        →  ch <- func(gopadV T) fmt.Stringer { return gopadV }(v)
//
// yaegi wraps a variable passed to a compiled interface parameter of an
// interpreted function, but not a call's result; and every send becomes a
// reflect.Select case, which takes no wrapper either. A return statement
// converts, so the literal's result is a wrapped value. Values typedNil
// guards (its guard converts the same way, and it runs on every chunk
// this pass sees) are left to it.
func (tc *Types) ifaceArgs() []source.Edit {
	var edits []source.Edit
	wrap := func(e ast.Expr, target types.Type) {
		if !tc.losesWrapper(e, target) || tc.losesTypedNil(e, target) {
			return
		}
		vt, ok := tc.TypeText(tc.Info.Types[e].Type)
		it, ok2 := tc.TypeText(target)
		if !ok || !ok2 {
			return
		}
		edits = append(edits, source.Around(tc.Off(e.Pos()), tc.Off(e.End()),
			fmt.Sprintf("func(gopadV %s) %s { return gopadV }(", vt, it), ")")...)
	}
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SendStmt:
			if ch, ok := tc.Info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				wrap(n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			tc.callResultArgs(n, wrap)
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

// losesWrapper reports whether e is a value of a cell's type, not an
// interface, and target a compiled interface with methods.
func (tc *Types) losesWrapper(e ast.Expr, target types.Type) bool {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	named, ok := target.(*types.Named)
	compiled := target == types.Universe.Lookup("error").Type() ||
		ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != tc.Pkg
	if !compiled {
		return false
	}
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil || tv.IsNil() || tv.IsType() || types.IsInterface(tv.Type) {
		return false
	}
	return tc.ownType(tv.Type)
}
