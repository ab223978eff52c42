package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// yaegi's run-time type of a slice, map or array type over the cells'
// types without a run-time type of their own (types over basic, slice,
// map, array, chan and func types) is the same composite over their
// underlying types: a []Name is a []string, a map[Name]Count a
// map[string]int, a [2]Count a [2]int. Inside an interface nothing tells
// them from those twins, and %T, %#v and assertions answered for the
// twin. markComposites (markcomposites.go) hands such a value, where it
// becomes an interface value, to gopadBuiltin.Erased with its Go name
// (gopadrt's erased.go), which notes its run-time type and marks a
// slice or map with elements by its identity; %T, %#v and the
// assertions of erasedAsserts then name a marked value by its Go name,
// and stop the cell for a value of a noted run-time type that they cannot
// tell (an array, an empty slice or map, one marked with two names):
//
//	describe(ns)  →  describe(func(gopadM []Name) []Name { gopadBuiltin.Erased(gopadM, "[]main.Name"); return gopadM }(ns))
//
// No other type shares such a value's array or map: Go converts a []Name
// only to a type defined over []Name, whose values yaegi keeps beside
// their type (selfMethods' keptTypes) and %T names before the marks.

// erasedType reports whether t is an unnamed slice, map or array type
// (through slices, maps, arrays, pointers and channels) over a cell type
// that yaegi gives no run-time type of its own, or a pointer to one.
func (tc *Types) erasedType(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Slice, *types.Map, *types.Array:
		return tc.erasedInside(t, 0)
	case *types.Pointer:
		return tc.erasedType(t.Elem()) // a *[]Name, known by its address
	}
	return false
}

// erasedInside reports whether t is or holds a cell type without a
// run-time type of its own.
func (tc *Types) erasedInside(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Obj().Pkg() != tc.Pkg || t.TypeArgs().Len() > 0 {
			return false
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Interface:
			return false
		}
		return true
	case *types.Slice:
		return tc.erasedInside(t.Elem(), depth+1)
	case *types.Array:
		return tc.erasedInside(t.Elem(), depth+1)
	case *types.Pointer:
		return tc.erasedInside(t.Elem(), depth+1)
	case *types.Chan:
		return tc.erasedInside(t.Elem(), depth+1)
	case *types.Map:
		return tc.erasedInside(t.Key(), depth+1) || tc.erasedInside(t.Elem(), depth+1)
	}
	return false
}

// twinComposite reports whether t is an unnamed slice, map or array type
// over the underlying type of a cell type that erasedInside holds (a
// []string where a cell declared type Name string): the run-time type of
// an erased composite may be t's.
func (tc *Types) twinComposite(t types.Type) bool {
	switch types.Unalias(t).(type) {
	case *types.Slice, *types.Map, *types.Array:
	default:
		return false
	}
	if done, ok := tc.erasedMemo[t]; ok {
		return done
	}
	if tc.erasedUnders == nil {
		tc.erasedUnders = []types.Type{}
		scope := tc.Pkg.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && tc.erasedInside(tn.Type(), 0) {
				tc.erasedUnders = append(tc.erasedUnders, tn.Type().Underlying())
			}
		}
		tc.erasedMemo = map[types.Type]bool{}
	}
	is := tc.holdsUnder(t, 0)
	tc.erasedMemo[t] = is
	return is
}

// holdsUnder reports whether an element or key of t (at depth > 0) is
// one of erasedUnders.
func (tc *Types) holdsUnder(t types.Type, depth int) bool {
	for _, u := range tc.erasedUnders {
		if depth > 0 && types.Identical(t, u) {
			return true // at the top, a [3]int is the twin of a Trio, which is kept beside its type (lostidentity.go)
		}
	}
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Slice:
		return tc.holdsUnder(t.Elem(), depth+1)
	case *types.Array:
		return tc.holdsUnder(t.Elem(), depth+1)
	case *types.Pointer:
		return tc.holdsUnder(t.Elem(), depth+1)
	case *types.Map:
		return tc.holdsUnder(t.Key(), depth+1) || tc.holdsUnder(t.Elem(), depth+1)
	}
	return false
}

// erasedName is the Go name of t when it is an erased composite or the
// twin of one.
func (tc *Types) erasedName(t types.Type) (string, bool) {
	if !tc.erasedType(t) && !tc.twinComposite(t) {
		return "", false
	}
	return tc.goTypeName(t)
}

// erasedCall is the statement that hands x, of type t, to
// gopadBuiltin.Erased, or "" when t is no erased composite nor the twin of
// one (whose values are marked too, so that they are told apart).
func (tc *Types) erasedCall(t types.Type, x string) string {
	if !tc.erasedType(t) && !tc.twinComposite(t) {
		return ""
	}
	name, ok := tc.goTypeName(t)
	if !ok {
		return ""
	}
	return "gopadBuiltin.Erased(" + x + ", " + strconv.Quote(name) + "); "
}

// erasedMark is the edit that hands e, an array of type t, to
// gopadBuiltin.Erased before its value goes on.
func (tc *Types) erasedMark(e ast.Expr, t types.Type) []source.Edit {
	calls := tc.erasedCall(t, "gopadM")
	if calls == "" {
		return nil
	}
	return tc.passedThrough(e, t, calls)
}

// passedThrough is the edit that runs calls on e's value, of type t, as
// gopadM before it goes on.
func (tc *Types) passedThrough(e ast.Expr, t types.Type, calls string) []source.Edit {
	tt, ok := tc.TypeText(t)
	if !ok || calls == "" {
		return nil
	}
	return []source.Edit{
		{From: tc.Off(e.Pos()), To: tc.Off(e.Pos()), Text: "func(gopadM " + tt + ") " + tt + " { " + calls + "return gopadM }("},
		{From: tc.Off(e.End()), To: tc.Off(e.End()), Text: ")"},
	}
}

// erasedAssert is identityAsserts' edit of an assertion of an empty
// interface to T, an erased composite or the twin of one: the operand
// goes through gopadBuiltin.ErasedIs, which answers from the value's mark
// where yaegi's switch took the one for the other.
func (tc *Types) erasedAssert(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	if !empty(tc.Info.Types[ta.X].Type) {
		return nil, false
	}
	name, ok := tc.erasedName(tc.Info.Types[ta.Type].Type)
	if !ok {
		return nil, false
	}
	// yaegi's comma-ok assertion finds the run-time type; its type switch
	// missed a []Name there.
	is := "func() bool { _, ok := gopadX.(" + tc.code(ta.Type) + "); return ok }()"
	return tc.onceOperandIf(ta, "gopadBuiltin.ErasedIs("+strconv.Quote(name)+", gopadX, "+is+")", commaOK), true
}
