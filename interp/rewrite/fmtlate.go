package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// lateReturn ends dynamicFunc's function literal for an operand printed
// inside a function: a value of none of the cells' types known when the
// function was compiled may be of a type a later cell declares (a helper
// func show(xs ...any) above type Version, as a notebook runs a program's
// declarations one cell each). yaegi hands fmt such a value without its
// methods (and an any's value paired with its type, which fmt printed as
// {0xc000… {…}}); gopadBuiltin.Late prints it through the Error or String
// method the session registered for its type, and hands fmt every other
// value plain (gopadrt/late.go).
const lateReturn = "return gopadBuiltin.Late(gopadBuiltin.Bare(gopadX))"

// printedLate reports whether operand a, of interface type t, is printed
// inside a function and may hold a value of a type declared after it: t
// is an empty interface or one the cells declared (a compiled interface's
// wrapper carries the methods).
func (tc *Types) printedLate(a ast.Expr, t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || compiledInterface(t, tc.Pkg) || it.NumMethods() > 0 && printMethod(t) != "" {
		return false
	}
	if _, param := t.(*types.TypeParam); param {
		return false
	}
	return tc.inFunc(a)
}

// lateAssert is the try, in the function literals that decide an
// assertion of v to target (error or fmt.Stringer) inside a function, of
// the types later cells declare: gopadBuiltin.LateStringer (or LateError)
// decides it for a value of a cell's struct type, from the methods the
// session registered when the type's cell ran (gopadrt/late.go); for
// other values yaegi's assertion that follows decides. at is where the
// assertion is written. The try ends its literal with ret, where r is the
// asserted value, known is true, and r is nil when the value's type lacks
// the method; "" where no later type can reach the assertion.
func (tc *Types) lateAssert(at ast.Expr, v string, target types.Type, ret string) string {
	if !tc.inFunc(at) {
		return ""
	}
	helper := ""
	switch {
	case target == types.Universe.Lookup("error").Type():
		helper = "LateError"
	case selfFamily(target):
		helper = "LateStringer"
	default:
		return ""
	}
	return "if r, known := gopadBuiltin." + helper + "(gopadBuiltin.Bare(" + v + ")); known { " + ret + " }; "
}

// lateBare hands directive d (a verb that prints no String or Error, %d)
// operand a, of an empty interface inside a function, as the plain value
// it holds, which may be of a type a later cell declares: yaegi's pair of
// value and type printed as {0xc000… {…}}.
func (tc *Types) lateBare(d directive, a ast.Expr) []source.Edit {
	t := tc.Info.Types[a].Type
	if d.verb == 'T' || d.verb == 'p' || d.verb == 'w' || t == nil || !empty(t) || !tc.printedLate(a, t) {
		return nil
	}
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Bare(", ")")
}
