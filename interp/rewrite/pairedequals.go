package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var pairedEqualsPass = Pass{
	Name: "pairedEquals",
	Wants: func(u *Unit) bool {
		return u.dynamicNames() && (u.sights().compares || u.usesPackage("reflect"))
	},
	Run: func(u *Unit) []source.Edit { return u.Types.pairedEquals() },
}

// pairedEquals compares values that may hold yaegi's pairs without them.
// In a field or element of an interface type yaegi keeps a value of a
// cell's struct type with methods paired with its type, and two pairs of
// equal values differ, so Box{R{1, 2}} == Box{R{1, 2}} and
// reflect.DeepEqual of two such values were false:
//
//	a == b                  →  gopadBuiltin.EqualPairs(a, b)
//	reflect.DeepEqual(a, b)  →  reflect.DeepEqual(gopadBuiltin.Unpaired(a), gopadBuiltin.Unpaired(b))
//	slices.Contains(s, v)    →  gopadBuiltin.SlicesContainsPairs(s, v)   (s of an interface type's slice; Index, Equal)
//
// Only where the cells declare such a struct type, for operands of
// struct or array types with an interface inside, not behind a pointer.
// Interfaces that may hold such a struct are ifaceEqual's (ifaceeq.go).
func (tc *Types) pairedEquals() []source.Edit {
	if !tc.declaresPairedStruct() {
		return nil
	}
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			edits = append(edits, tc.pairedCompare(n)...)
		case *ast.CallExpr:
			edits = append(edits, tc.pairedDeepEqual(n)...)
			edits = append(edits, tc.pairedSlices(n)...)
		}
		return true
	})
	return edits
}

// declaresPairedStruct reports whether the cells declare a struct type
// with fields and methods (pairedStruct).
func (tc *Types) declaresPairedStruct() bool {
	for _, n := range tc.cellStructTypes() {
		if pairedStruct(n) {
			return true
		}
	}
	return false
}

// pairedCompare is the edit of x == y or x != y of struct or array
// operands that may hold pairs.
func (tc *Types) pairedCompare(be *ast.BinaryExpr) []source.Edit {
	if be.Op != token.EQL && be.Op != token.NEQ {
		return nil
	}
	xt, yt := tc.Info.Types[be.X], tc.Info.Types[be.Y]
	if xt.Type == nil || yt.Type == nil || xt.IsNil() || yt.IsNil() || !tc.pairedOperand(xt.Type) || !tc.pairedOperand(yt.Type) {
		return nil
	}
	if !tc.holdsPairs(xt.Type, 0) && !tc.holdsPairs(yt.Type, 0) {
		return nil
	}
	open := "gopadBuiltin.EqualPairs("
	if be.Op == token.NEQ {
		open = "!" + open
	}
	return []source.Edit{
		{From: tc.Off(be.X.Pos()), To: tc.Off(be.X.Pos()), Text: open, Order: 1},
		{From: tc.Off(be.X.End()), To: tc.Off(be.Y.Pos()), Text: ", "},
		{From: tc.Off(be.Y.End()), To: tc.Off(be.Y.End()), Text: ")", Order: -1},
	}
}

// pairedDeepEqual is the edit of reflect.DeepEqual(a, b) where a or b may
// hold pairs.
func (tc *Types) pairedDeepEqual(call *ast.CallExpr) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 {
		return nil
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || fn.Name() != "DeepEqual" {
		return nil
	}
	var edits []source.Edit
	for _, a := range call.Args {
		if t := tc.Info.Types[a].Type; t != nil && (types.IsInterface(t) || tc.holdsPairs(t, 0)) {
			edits = append(edits, source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Unpaired(", ")")...)
		}
	}
	if len(edits) == 0 {
		return nil
	}
	return edits
}

// holdsPairs reports whether a value of t may hold a pair: t has, not
// behind a pointer, a field or element of a cell's interface type or of
// an empty interface.
func (tc *Types) holdsPairs(t types.Type, depth int) bool {
	if depth > 6 || isTypeParam(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return depth > 0 && (u.NumMethods() == 0 || !compiledInterface(t, tc.Pkg))
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if tc.holdsPairs(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Array:
		return tc.holdsPairs(u.Elem(), depth+1)
	case *types.Slice:
		return tc.holdsPairs(u.Elem(), depth+1)
	case *types.Map:
		return tc.holdsPairs(u.Key(), depth+1) || tc.holdsPairs(u.Elem(), depth+1)
	}
	return false
}

// pairedOperand reports whether t, the type of an operand of == or !=,
// is a struct or array type (ifaceEqual compares interfaces, with
// EqualPairs where pairedHeld).
func (tc *Types) pairedOperand(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		return true
	}
	return false
}

// pairedHeld reports whether an interface may hold a value of a cell's
// struct type that itself holds pairs (type Add struct{ L, R Expr }).
func (tc *Types) pairedHeld() bool {
	for _, n := range tc.cellStructTypes() {
		if pairedStruct(n) && tc.holdsPairs(n, 0) {
			return true
		}
	}
	return false
}

// pairedSlices is the edit of slices.Contains, Index or Equal over a
// slice of an interface of the cells or an empty one: the compiled
// function compared yaegi's pairs (and panicked on a []Shape).
func (tc *Types) pairedSlices(call *ast.CallExpr) []source.Edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return nil
	}
	fn, ok := tc.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "slices" {
		return nil
	}
	helper := map[string]string{"Contains": "SlicesContainsPairs", "Index": "SlicesIndexPairs", "Equal": "SlicesEqualPairs"}[fn.Name()]
	st, ok := types.Unalias(tc.Info.Types[call.Args[0]].Type).Underlying().(*types.Slice)
	if helper == "" || !ok || !types.IsInterface(st.Elem()) || isTypeParam(st.Elem()) || !tc.holdsPairs(types.NewSlice(st.Elem()), 0) {
		return nil
	}
	return []source.Edit{{From: tc.Off(call.Fun.Pos()), To: tc.Off(call.Fun.End()), Text: "gopadBuiltin." + helper}}
}
