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
	commaOK := CommaOKAsserts(tc.File)
	ast.Inspect(tc.File, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || !tc.nilPanics(ta) {
			return true
		}
		if _, wrapped := tc.wrappedAssert(ta, commaOK[ta]); wrapped {
			return true
		}
		if _, global := tc.globalAnyAssert(ta, commaOK[ta]); global {
			return true
		}
		if _, cell := tc.cellToCompiledAssert(ta, commaOK[ta]); cell {
			return true // ifaceAssert's, with the guard
		}
		if _, cell := tc.cellToCellAssert(ta, commaOK[ta]); cell {
			return true // ifaceAssert's, with the guard (valueonlyassert.go)
		}
		typ := tc.code(ta.Type)
		if twin, ok := tc.literalTwin(tc.Info.Types[ta.Type].Type); ok {
			typ = twin // ifaceliteral.go
		}
		if isRecoverCall(ta.X) {
			edits = append(edits, recoverAssert(tc, ta, typ, commaOK[ta])...)
			return true
		}
		// The assertion itself stays in place: ifaceAssert may edit its
		// type.
		// A cell's value in a cell's interface, asserted to a compiled
		// one: the value itself (yaegi's wrapper, returned from the
		// literal, broke its method calls).
		src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
		open := "func() (" + typ + ", bool) { gopadN := "
		mid := "; if gopadN == nil { var z " + typ + "; return z, false }; " + tc.implementerTries(src, target, "gopadN", "v, true") +
			tc.lateAssert(ta, "gopadN", target, "return r, r != nil") + "r, ok := gopadN" // fmtlate.go
		shut := "; return r, ok }()"
		if !commaOK[ta] {
			// The failed assertion panics here: yaegi's answered the zero
			// value for a cell's value in a non-empty interface.
			fail, _ := tc.failedAssertPanic(ta, "gopadN")
			open = "func() " + typ + " { gopadN := "
			mid = "; if gopadN == nil { panic(gopadBuiltin.NilAssert(" + strconv.Quote(tc.runtimeTypeName(ta.Type)) + ")) }; " +
				tc.implementerTries(src, target, "gopadN", "v") + tc.lateAssert(ta, "gopadN", target, "if r != nil { return r }") + "if r, ok := gopadN"
			shut = "; ok { return r }; " + fail + " }()"
		}
		edits = append(edits,
			source.Edit{From: tc.Off(ta.Pos()), To: tc.Off(ta.Pos()), Text: open, Order: -1}, // inside wrappers of the whole assertion
			source.Edit{From: tc.Off(ta.X.End()), To: tc.Off(ta.X.End()), Text: mid, Order: -2},
			source.Edit{From: tc.Off(ta.End()), To: tc.Off(ta.End()), Text: shut, Order: 1}) // inside wrappers of the whole assertion
		return true
	})
	return edits
}

// nilPanics reports whether ta asserts a value of an interface type to an
// interface type with methods (not a type parameter, and not a cell's
// interface asserted from an empty one, which anyToIface decides).
func (tc *Types) nilPanics(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil {
		return false
	}
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || empty(target) {
		return false
	}
	if _, ok := tc.cellIfaceFromAny(ta); ok {
		return false // anyiface.go
	}

	for _, t := range []types.Type{src, target} {
		if _, ok := t.(*types.TypeParam); ok {
			return false
		}
	}
	return types.IsInterface(src) && types.IsInterface(target)
}

// isRecoverCall reports whether e is a call of recover, which must stay a
// call made by the deferred function itself (inside a function literal it
// would return nil).
func isRecoverCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && id.Name == "recover"
}

// recoverAssert is nilAsserts' guard for recover().(T): recover() is the
// literal's argument, evaluated where it was written.
func recoverAssert(tc *Types, ta *ast.TypeAssertExpr, typ string, commaOK bool) []source.Edit {
	open := "func(gopadN any) (" + typ + ", bool) { if gopadN == nil { var z " + typ + "; return z, false }; r, ok := gopadN.(" + typ + "); return r, ok }("
	if !commaOK {
		open = "func(gopadN any) " + typ + " { if gopadN == nil { panic(gopadBuiltin.NilAssert(" + strconv.Quote(tc.runtimeTypeName(ta.Type)) + ")) }; return gopadN.(" + typ + ") }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")"},
	}
}
