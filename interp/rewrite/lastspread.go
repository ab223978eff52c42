package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var lastSpreadPass = Pass{
	Name: "lastSpread",
	Wants: func(u *Unit) bool {
		s := u.sights()
		if !u.Stmt() && s.funcs {
			return true // the chunk's own functions and methods
		}
		for name := range s.calledIdents {
			if u.Scope.Variadic(name) {
				return true // a variadic function an earlier cell declared
			}
		}
		return false
	},
	Run: func(u *Unit) []source.Edit { return u.Types.lastSpreads() },
}

// lastSpreads keeps a slice given as an argument to the variadic
// parameter of a cell's function over an interface (func count(args
// ...any)) one argument: yaegi spread it as if the call ended in "...",
// so count(x) of an x []any was len(x), count(1, 2, x) dropped the 1 and
// the 2, and logf("%v has %d", row, n) printed row's elements.
// The argument becomes a value of the element type, which Go makes of it
// (a conversion any(x) was spread as well):
//
//	count(1, x)  →  count(1, func() any { var gopadA any = x; return gopadA }())
//
// Compiled functions (fmt.Println(1, x)) and func values get it right.
func (tc *Types) lastSpreads() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || len(call.Args) == 0 || tc.cellFunc(call.Fun) == nil {
			return true
		}
		sig, ok := tc.Info.Types[call.Fun].Type.(*types.Signature)
		if !ok || !sig.Variadic() || len(call.Args) < sig.Params().Len() {
			return true
		}
		elem := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		text, ok := tc.TypeText(elem)
		if !types.IsInterface(elem) || !ok {
			return true
		}
		for _, a := range call.Args[sig.Params().Len()-1:] {
			if t := tc.Info.Types[a].Type; t != nil && spreadable(t, elem) {
				// (a conversion any(x) is spread too)
				edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "func() "+text+" { var gopadA "+text+" = ", "; return gopadA }()")...)
			}
		}
		return true
	})
	return edits
}

// spreadable reports whether yaegi spreads an argument of type t into a
// variadic parameter of element type elem: t is a slice of elem.
func spreadable(t, elem types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && types.Identical(s.Elem(), elem)
}
