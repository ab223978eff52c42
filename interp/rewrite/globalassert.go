package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// A session variable of an empty interface type holding a pointer to a
// cell's type, asserted to a cell's interface, makes yaegi panic
// ("reflect.Set: value of type interface {} is not assignable to type
// interp.valueInterface"), and one of a cell's interface type asserted to
// another interface (error) may give nil; the same assertions of a
// function's local variable work, and so do assertions of the session
// variable to the cell's concrete types. The rewrite tries those first:
//
//	n, ok := x.(Notifier)  →  n, ok := func(gopadX any) (Notifier, bool) { if r, ok := gopadX.(*Email); ok { return r, true }; r, ok := gopadX.(Notifier); return r, ok }(x)

// globalAnyAssert returns the edits of ta when it asserts a session
// variable of an empty interface type to a cell's interface.
func (tc *Types) globalAnyAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	id, ok := ast.Unparen(ta.X).(*ast.Ident)
	if !ok || ta.Type == nil {
		return nil, false
	}
	if _, ok := tc.cellIfaceFromAny(ta); ok {
		return nil, false // anyiface.go
	}
	v, ok := tc.Info.Uses[id].(*types.Var)
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if !ok || v.Parent() != tc.Pkg.Scope() || src == nil || target == nil {
		return nil, false
	}
	if !empty(src) && !tc.cellInterface(src) || empty(src) && tc.compiledInterface(target) {
		return nil, false // (wrappedAssert's)
	}
	to, ok := target.Underlying().(*types.Interface)
	if !ok || to.NumMethods() == 0 {
		return nil, false
	}
	return tc.implementersFirst(ta, src, target, to, empty(src), commaOK)
}

// implementersFirst writes ta, of an interface src to the interface
// target, as a literal that tries the cells' types that implement both
// (implementers, with bare as given) before the assertion itself; false
// when none does.
func (tc *Types) implementersFirst(ta *ast.TypeAssertExpr, src, target types.Type, to *types.Interface, bare, commaOK bool) ([]source.Edit, bool) {
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	tries := tc.implementers(src.Underlying().(*types.Interface), to, bare)
	if !ok1 || !ok2 || len(tries) == 0 {
		return nil, false
	}
	var b strings.Builder
	if types.IsInterface(src) {
		b.WriteString(tc.valueOnlyGuards("gopadX", src, to, target, bare, commaOK)) // valueonlyassert.go
	}
	need := tc.promotedTries(src)
	for _, c := range tries {
		b.WriteString("if r, ok := " + tryOperand("gopadX", c, need) + ".(" + c + "); ok" + tc.twinGuardText("gopadX", c) + " { return r, true }; ")
	}
	body := b.String() + "r, ok := gopadX.(" + tt + "); return r, ok"
	return tc.assertLiteral(ta, st, tt, body, !empty(src), commaOK), true
}
