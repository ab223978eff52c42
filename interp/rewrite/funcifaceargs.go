package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var funcIfaceArgsPass = Pass{
	Name: "funcIfaceArgs",
	// A selector (a compiled function called, a compiled struct's field
	// assigned) or a keyed literal (a compiled struct's), in a session
	// that declares types.
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.sights().keyedLits || u.selects(func(sel, string) bool { return true }))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.funcIfaceArgs() },
}

// funcIfaceArgs converts an argument of a cell's func type with methods
// to the compiled interface its parameter or element is, in a function
// literal's return:
//
//	mux.Handle("/", appHandler(page))  →  mux.Handle("/", func(gopadV appHandler) http.Handler { return gopadV }(appHandler(page)))
//
// yaegi hands a compiled function such an argument as the bare func,
// without the wrapper that carries its methods, and reflect refuses the
// call ("Call using func(http.ResponseWriter, *http.Request) error as type
// http.Handler"); a return to the interface makes the wrapper, as an
// assignment to an interface variable does (an explicit conversion in the
// argument alone does not). The same holds for such a fresh value (a
// conversion, a call's result) assigned, and for a fresh value of any of
// the cells' types as an element of a composite literal, which reflect.Set
// refuses in a compiled struct's field:
//
//	&http.Client{Transport: headerTransport{base: t}}  →  &http.Client{Transport: func(gopadV headerTransport) http.RoundTripper { return gopadV }(headerTransport{base: t})}
func (tc *Types) funcIfaceArgs() []source.Edit {
	var edits []source.Edit
	wrap := func(a ast.Expr, target types.Type, ok func(ast.Expr) bool) {
		if target == nil || !ok(a) || !tc.compiledInterface(target) {
			return
		}
		vt, ok1 := tc.TypeText(tc.Info.Types[a].Type)
		tt, ok2 := tc.TypeText(target)
		if ok1 && ok2 {
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()),
				fmt.Sprintf("func(gopadV %s) %s { return gopadV }(", vt, tt), ")")...)
		}
	}
	// (a value that may be nil is compiledIfaceArgs': keptNilArg)
	funcArg := func(e ast.Expr) bool {
		return tc.funcWithMethods(e) && (!tc.keptNilable(tc.Info.Types[e].Type) || tc.neverNil(e))
	}
	for _, c := range tc.compiledCalls() {
		sig, ok := c.fn.Type().(*types.Signature)
		if !ok || c.call.Ellipsis.IsValid() {
			continue
		}
		params := sig.Params()
		for i, a := range c.call.Args {
			switch {
			case sig.Variadic() && i >= params.Len()-1:
				if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
					wrap(a, s.Elem(), tc.funcWithMethods)
				}
			case i < params.Len():
				wrap(a, params.At(i).Type(), funcArg)
			}
		}
	}
	tc.conversions(func(c conversion) {
		// (a variable, a conversion in a loop, or a pointer that may be
		// nil is ifaceConvert's)
		if tc.needsOwnFrame(c) || tc.losesTypedNil(c.expr, c.target) {
			return
		}
		switch c.kind {
		case convElem:
			wrap(c.expr, c.target, func(e ast.Expr) bool {
				return tc.funcWithMethods(e) || tc.cellValued(e) && !types.IsInterface(tc.Info.Types[e].Type)
			})
		case convAssign:
			wrap(c.expr, c.target, tc.funcWithMethods)
		}
	})
	return edits
}

// funcWithMethods reports whether e's type is a cell's named func type
// with methods (type HandlerFunc func(...) plus a ServeHTTP method).
func (tc *Types) funcWithMethods(e ast.Expr) bool {
	tv, ok := tc.Info.Types[e]
	if !ok || tv.Type == nil || tv.IsNil() || tv.IsType() || !tc.ownType(tv.Type) {
		return false
	}
	n, ok := tv.Type.(*types.Named)
	if !ok || n.TypeArgs().Len() > 0 {
		return false
	}
	_, isFunc := n.Underlying().(*types.Signature)
	return isFunc && types.NewMethodSet(n).Len() > 0
}
