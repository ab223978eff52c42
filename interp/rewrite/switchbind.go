package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

// boundGuard gives a type switch without a bound variable one, when a
// case names a struct type (a cell's, or a literal one, also behind a
// pointer or as an element):
//
//	switch v.(type) {   →   switch gopadTV := v.(type) {
//	case P:                 case P: _ = gopadTV;
//
// Without a variable yaegi compares the value's reflect type name
// (struct { X int }) with the case's own name (main.P) and no case of a
// struct type ever matches; with one it compares the reflect types, which
// gopad keeps apart for the cells' struct types (structtags.go).
func (tc *Types) boundGuard(ts *ast.TypeSwitchStmt) []source.Edit {
	guard, ok := ts.Assign.(*ast.ExprStmt)
	if !ok || !tc.namesStruct(ts) {
		return nil
	}
	const v = "gopadTV"
	edits := []source.Edit{source.Insert(tc.Off(guard.Pos()), v+" := ")}
	for _, s := range ts.Body.List {
		at := tc.Off(s.(*ast.CaseClause).Colon) + 1
		edits = append(edits, source.Insert(at, " _ = "+v+";"))
	}
	return edits
}

// namesStruct reports whether a case of ts names a struct type.
func (tc *Types) namesStruct(ts *ast.TypeSwitchStmt) bool {
	for _, s := range ts.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if t := tc.Info.Types[e].Type; t != nil && holdsStruct(t, tc.Pkg, 0) {
				return true
			}
		}
	}
	return false
}

// holdsStruct reports whether t is a struct type, or a pointer, slice,
// array, map or channel of one (not a compiled package's named type,
// whose reflect type yaegi names right).
func holdsStruct(t types.Type, pkg *types.Package, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		_, st := t.Underlying().(*types.Struct)
		return st && t.Obj().Pkg() == pkg
	case *types.Struct:
		return true
	case *types.Pointer:
		return holdsStruct(t.Elem(), pkg, depth+1)
	case *types.Slice:
		return holdsStruct(t.Elem(), pkg, depth+1)
	case *types.Array:
		return holdsStruct(t.Elem(), pkg, depth+1)
	case *types.Chan:
		return holdsStruct(t.Elem(), pkg, depth+1)
	case *types.Map:
		return holdsStruct(t.Key(), pkg, depth+1) || holdsStruct(t.Elem(), pkg, depth+1)
	}
	return false
}
