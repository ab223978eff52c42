package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// StaticAsserts answers a type assertion of a value converted to an
// interface in the same expression, any(v).(T), from the types alone, as
// Go's answer depends on v's static type only:
//
//	c2, ok := any(c).(Color)   →   c2, ok := Color(c), true       (c is a Color)
//	c2, ok := any(c).(Color)   →   c2, ok := *new(Color), false   (c is of another type)
//	x := any(c).(Color)        →   x := Color(c)
//
// yaegi loses the type of a value of a cell's type with methods made in
// such a conversion (the assertion, and the comma-ok form, said false for a
// Color). It runs before the typed phase, whose passes rewrite the
// assertions that are left; in generic code it answers in the concrete
// copies, where v's type is known. Assertions to the cells' interfaces
// with methods are answered from v's method set (staticIfaceAssert);
// other interfaces, and the single-value form that would panic, are left
// to them.
var StaticAsserts = Phase{Name: "staticasserts", Typed: true, Passes: []Pass{staticAssertsPass}}

var staticAssertsPass = Pass{
	Name:  "staticAsserts",
	Wants: func(u *Unit) bool { return u.sights().asserts && hasConvertedAssert(u.AST) },
	Run:   func(u *Unit) []source.Edit { return u.Types.staticAsserts() },
}

// hasConvertedAssert reports whether f may assert a conversion: x.(T)
// whose x is a call of any, interface{} or a name (a type, maybe).
func hasConvertedAssert(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok && ta.Type != nil {
			if call, ok := ast.Unparen(ta.X).(*ast.CallExpr); ok && len(call.Args) == 1 {
				switch call.Fun.(type) {
				case *ast.Ident, *ast.InterfaceType:
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// staticAsserts returns the edits of the chunk's assertions of a
// conversion to an interface whose answer the types give.
func (tc *Types) staticAsserts() []source.Edit {
	commaOK := CommaOKAsserts(tc.File)
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || tc.Off(ta.Pos()) < 0 {
			return true
		}
		if text, ok := tc.staticAssert(ta, commaOK[ta]); ok {
			edits = append(edits, source.Replace(tc.Off(ta.Pos()), tc.Off(ta.End()), text))
			return false
		}
		return true
	})
	return edits
}

// staticAssert is the text that replaces ta, an assertion of a conversion
// to an interface of a value whose type is no interface (commaOK: its two
// results are taken); false when the types do not give the answer.
func (tc *Types) staticAssert(ta *ast.TypeAssertExpr, commaOK bool) (string, bool) {
	conv, ok := ast.Unparen(ta.X).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 || !tc.Info.Types[conv.Fun].IsType() || !types.IsInterface(tc.Info.Types[conv.Fun].Type) {
		return "", false
	}
	s := tc.staticDynamic(ta.X)
	t := tc.Info.Types[ta.Type].Type
	if s == nil || t == nil {
		return "", false
	}
	typ, v := tc.code(ta.Type), tc.code(conv.Args[0])
	if types.IsInterface(t) {
		return tc.staticIfaceAssert(s, t, typ, v, commaOK)
	}
	switch {
	case types.Identical(s, t) && commaOK:
		return "(" + typ + ")(" + v + "), true", true
	case types.Identical(s, t):
		return "(" + typ + ")(" + v + ")", true
	case commaOK:
		// v is still evaluated, as the conversion would be.
		return "func() " + typ + " { _ = " + v + "; return *new(" + typ + ") }(), false", true
	}
	return "", false
}

// staticIfaceAssert is staticAssert's text for an assertion to t, one of
// the cells' interfaces, of v of type s, which is no interface: whether s
// implements t is its method set's answer (yaegi's said false for a
// CountM with a value method Get and a pointer method Inc, and true for
// a pointer method of an ArrM). A single-valued assertion that fails is
// left to the typed phase, which panics as Go does.
func (tc *Types) staticIfaceAssert(s, t types.Type, typ, v string, commaOK bool) (string, bool) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || compiledInterface(t, tc.Pkg) {
		return "", false
	}
	switch {
	case types.Implements(s, it) && commaOK:
		return "(" + typ + ")(" + v + "), true", true
	case types.Implements(s, it):
		return "(" + typ + ")(" + v + ")", true
	case commaOK:
		return "func() " + typ + " { _ = " + v + "; return nil }(), false", true
	}
	return "", false
}
