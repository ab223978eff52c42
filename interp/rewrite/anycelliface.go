package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// anyToCellInterface rewrites an assertion of an empty interface to a
// cell's interface with methods. yaegi's assertion fails there: a value
// that a parameter or a variable of type any holds panics in reflect.Set
// ("value of type interface {} is not assignable to type
// interp.valueInterface"), or answers false; and its type switch takes a
// T for an I that only *T implements. The rewrite asserts the cells'
// types that implement the interface instead: struct types (and pointers
// to them), which assertions tell apart by their tags, and the others in
// a type switch, which tells apart two types over one float64 where an
// assertion does not:
//
//	m, ok := x.(Shape)  →  m, ok := func(gopadX any) (Shape, bool) { if r, ok := gopadX.(Circle); ok { return r, true }; switch v := gopadX.(type) { case Meters: return v, true }; var z Shape; return z, false }(x)
//
// The single-valued form falls back on the assertion itself, which panics
// as Go's does when the value is no Shape.
func (tc *Types) anyToCellInterface(ta *ast.TypeAssertExpr, commaOK bool) ([]source.Edit, bool) {
	src, target := tc.Info.Types[ta.X].Type, tc.Info.Types[ta.Type].Type
	if src == nil || target == nil || !empty(src) {
		return nil, false
	}
	named, ok := target.(*types.Named)
	to, isIface := target.Underlying().(*types.Interface)
	if !ok || !isIface || to.NumMethods() == 0 || named.Obj().Pkg() != tc.Pkg || named.TypeParams().Len() > 0 {
		return nil, false
	}
	st, ok1 := tc.TypeText(src)
	tt, ok2 := tc.TypeText(target)
	if !ok1 || !ok2 {
		return nil, false
	}
	var tries []string
	if tc.fieldlessImplementer(to) {
		// A struct value without fields that came back from compiled code
		// has lost which of the cells' such types it was.
		tries = append(tries, "if gopadBuiltin.BareFieldless(gopadX) { panic("+strconv.Quote(fieldlessLimit(tc.code(ta)))+") }; ")
	}
	for _, c := range tc.implementers(to, to, true) {
		tries = append(tries, "if r, ok := gopadX.("+c+"); ok { return r, true }; ")
	}
	if cases := tc.basicImplementers(to); len(cases) > 0 {
		tries = append(tries, "switch v := gopadX.(type) { "+strings.Join(cases, "")+"}; ")
	}
	if len(tries) == 0 {
		return nil, false
	}
	body := strings.Join(tries, "") + "var z " + tt + "; return z, false"
	open := "func(gopadX " + st + ") (" + tt + ", bool) { " + body + " }("
	if !commaOK {
		open = "func(gopadX " + st + ") " + tt + " { if r, ok := func() (" + tt + ", bool) { " + body + " }(); ok { return r }; return gopadX.(" + tt + ") }("
	}
	return []source.Edit{
		{From: tc.Off(ta.Pos()), To: tc.Off(ta.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(ta.X.End()), To: tc.Off(ta.End()), Text: ")", Order: -1},
	}, true
}

// basicImplementers are the type switch cases of the cells' types other
// than structs and interfaces (and pointers to them) that implement it.
func (tc *Types) basicImplementers(it *types.Interface) []string {
	var cases []string
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || name == "_" {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		switch n.Underlying().(type) {
		case *types.Struct, *types.Interface:
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if text, ok := tc.TypeText(ct); ok && types.Implements(ct, it) {
				cases = append(cases, "case "+text+": return v, true; ")
			}
		}
	}
	return cases
}
