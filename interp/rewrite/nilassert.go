package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

var nilAssertPass = Pass{
	Name:  "nilAssert",
	Wants: func(u *Unit) bool { return u.sights().asserts },
	Run:   func(u *Unit) []source.Edit { return u.Types.nilAsserts() },
}

// nilAsserts guards the assertions of a value of an interface type with
// methods to another interface type with methods: when the value is nil,
// yaegi's assertion dereferences a nil pointer (or reflect's zero Value)
// and panics, where Go answers false, or panics with its run-time error in
// the single-valued form:
//
//	s, ok := f.(fmt.Stringer)  →  s, ok := func() (fmt.Stringer, bool) { gopadN := f; if gopadN == nil { var z fmt.Stringer; return z, false }; r, ok := gopadN.(fmt.Stringer); return r, ok }()
//
// The value is taken inside the literal, so no type needs spelling but
// the target's. Assertions ifaceAssert rewrites carry their own guard; an
// interface literal with a compiled twin is asserted to the twin, as
// ifaceAssert does.
func (tc *Types) nilAsserts() []source.Edit {
	var edits []source.Edit
	commaOK := commaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || !tc.nilPanics(ta) {
			return true
		}
		if _, wrapped := tc.wrappedAssert(ta, commaOK[ta]); wrapped {
			return true
		}
		typ := tc.code(ta.Type)
		if twin, ok := tc.literalTwin(tc.Info.Types[ta.Type].Type); ok {
			typ = twin // ifaceliteral.go
		}
		// The assertion itself stays in place: ifaceAssert may edit its
		// type.
		open := "func() (" + typ + ", bool) { gopadN := "
		mid := "; if gopadN == nil { var z " + typ + "; return z, false }; r, ok := gopadN"
		shut := "; return r, ok }()"
		if !commaOK[ta] {
			open = "func() " + typ + " { gopadN := "
			mid = "; if gopadN == nil { panic(gopadBuiltin.NilAssert(" + strconv.Quote(tc.runtimeTypeName(ta.Type)) + ")) }; return gopadN"
			shut = " }()"
		}
		edits = append(edits,
			source.Edit{From: tc.Off(ta.Pos()), To: tc.Off(ta.Pos()), Text: open, Order: -1}, // inside wrappers of the whole assertion
			source.Edit{From: tc.Off(ta.X.End()), To: tc.Off(ta.X.End()), Text: mid, Order: -2},
			source.Edit{From: tc.Off(ta.End()), To: tc.Off(ta.End()), Text: shut, Order: 1}) // inside wrappers of the whole assertion
		return true
	})
	return edits
}

// nilPanics reports whether ta asserts a value of an interface type with
// methods to an interface type with methods (not a type parameter).
func (tc *Types) nilPanics(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil {
		return false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || empty(src) || empty(target) {
		return false
	}
	for _, t := range []types.Type{src, target} {
		if _, ok := t.(*types.TypeParam); ok {
			return false
		}
	}
	return types.IsInterface(src) && types.IsInterface(target)
}
