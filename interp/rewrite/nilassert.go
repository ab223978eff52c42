package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// yaegi panics with "reflect: call of reflect.Value.Type on zero Value"
// when a nil interface value is asserted to a compiled interface type
// (err.(fmt.Stringer), r.(io.Closer), err.(interface{ Timeout() bool })
// through its compiled twin), where Go answers false, or panics with
// "interface conversion: interface is nil, not fmt.Stringer". The
// assertions to such types test for nil first.

// assertsToCompiled reports whether an assertion to target is one yaegi
// fails on a nil value: target is an interface with methods of a
// compiled package, error, or an interface literal with a compiled twin.
func (tc *Types) assertsToCompiled(target types.Type) bool {
	if !types.IsInterface(target) || empty(target) {
		return false
	}
	if _, tp := target.(*types.TypeParam); tp {
		return false
	}
	if tc.compiledInterface(target) {
		return true
	}
	_, twin := tc.literalTwin(target)
	return twin
}

// nilGuard is the statement that answers an assertion of a nil gopadX to
// target tt: false (comma-ok), or Go's run-time error.
func (tc *Types) nilGuard(target types.Type, tt string, commaOK bool) string {
	if commaOK {
		return "if gopadX == nil { var z " + tt + "; return z, false }; "
	}
	name := types.TypeString(target, func(p *types.Package) string { return p.Name() })
	name = strings.ReplaceAll(strings.ReplaceAll(name, "interface{", "interface { "), "}", " }")
	return "if gopadX == nil { gopadBuiltin.NilAssert(" + strconv.Quote(name) + ") }; "
}

// nilGuardedAssert rewrites an assertion of an interface value to a type
// for which assertsToCompiled holds, when wrappedAssert leaves it:
//
//	s, ok := err.(fmt.Stringer)  →  s, ok := func(gopadX error) (fmt.Stringer, bool) { if gopadX == nil { ... }; r, ok := gopadX.(fmt.Stringer); return r, ok }(err)
func (tc *Types) nilGuardedAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if ta.Type == nil {
		return nil, false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !types.IsInterface(src) || !tc.assertsToCompiled(target) {
		return nil, false
	}
	if _, tp := src.(*types.TypeParam); tp {
		return nil, false
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	if !ok1 || !ok2 {
		return nil, false
	}
	first := tt
	if twin, ok := tc.literalTwin(target); ok {
		first = twin
	}
	guard := tc.nilGuard(target, tt, commaOK)
	open := "func(gopadX " + st + ") (" + tt + ", bool) { " + guard + "r, ok := gopadX.(" + first + "); return r, ok }("
	if !commaOK {
		open = "func(gopadX " + st + ") " + tt + " { " + guard + "return gopadX.(" + first + ") }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}, true
}
