package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var ifaceArgsPass = Pass{
	Name: "ifaceArgs",
	// A value of a cell's type that becomes a compiled interface: a
	// call's result handed to a function, a value sent, converted, or
	// declared with an interface type (error or a package's).
	Wants: func(u *Unit) bool {
		s := u.sights()
		return u.dynamicNames() && (s.callArgs || s.sends || s.errorNamed || u.selects(func(s sel, path string) bool { return path != "" && !s.called }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.ifaceArgs() },
}

// ifaceArgs converts to the compiled interface, in a function literal,
// the values of the cells' types that yaegi hands on without the
// interface's wrapper:
//
//	use(newBuf())        →  use(func(gopadV *buf) io.Writer { return gopadV }(newBuf()))
//	ch <- v              →  ch <- func(gopadV T) fmt.Stringer { return gopadV }(v)
//	error(v)             →  error(func(gopadV T) error { return gopadV }(v))
//	var e error = T{...} →  var e error = func(gopadV T) error { return gopadV }(T{...})
//
// yaegi wraps a variable passed to a compiled interface parameter of an
// interpreted function, but not a call's result, and every send becomes a
// reflect.Select case, which takes no wrapper either: both fail at run
// time ("reflect.Set: value of type struct {...} is not assignable to type
// fmt.Stringer"). A conversion, and a composite literal declared as an
// error, keep the bare value: fmt prints {a b} where Go calls Error. A
// return statement converts, so the literal's result is a wrapped value. Values typedNil
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
		case *ast.ValueSpec:
			if n.Type != nil {
				for _, v := range n.Values {
					wrap(v, tc.Info.Types[n.Type].Type)
				}
			}
		case *ast.CallExpr:
			if fun, ok := tc.Info.Types[n.Fun]; ok && fun.IsType() && len(n.Args) == 1 {
				wrap(n.Args[0], fun.Type)
				return true
			}
			tc.callResultArgs(n, func(e ast.Expr, param types.Type) {
				if tc.rewrapped(e, param) {
					edits = append(edits, tc.inSlice(e, param)...)
					return
				}
				wrap(e, param)
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
