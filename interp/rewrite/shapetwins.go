package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
)

// A composite type built over the cells' types that are no structs
// ([]ID, map[string]Kind, [2]ID with type ID int) has in yaegi the
// run-time type of the same composite over their underlying types: a
// []ID and a []Kind are both an []int inside an empty interface. A type
// switch with two cases of one such shape (case []ID, case []int) cannot
// tell them apart, and yaegi's own switch takes the first: the cell stops
// instead when a value of that shape meets such a case.

// shapeKey is the text of t's run-time shape in yaegi when t is a
// composite type whose shape differs from t or may be shared ("" for
// structs, interfaces, basic types and compiled types, which keep their
// own run-time type).
func (tc *Types) shapeKey(t types.Type) string {
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map, *types.Chan, *types.Signature, *types.Pointer:
	default:
		return ""
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != tc.Pkg {
		return ""
	}
	return types.TypeString(tc.erased(t, 0), nil)
}

// erased is t with the cells' defined types that are no structs replaced
// by their underlying types, as yaegi's run-time types have them.
func (tc *Types) erased(t types.Type, depth int) types.Type {
	if depth > 6 {
		return t
	}
	if n, ok := t.(*types.Named); ok {
		if _, isStruct := n.Underlying().(*types.Struct); isStruct || n.Obj().Pkg() != tc.Pkg || types.IsInterface(n) {
			return t
		}
		return tc.erased(n.Underlying(), depth+1)
	}
	switch u := t.(type) {
	case *types.Slice:
		return types.NewSlice(tc.erased(u.Elem(), depth+1))
	case *types.Array:
		return types.NewArray(tc.erased(u.Elem(), depth+1), u.Len())
	case *types.Map:
		return types.NewMap(tc.erased(u.Key(), depth+1), tc.erased(u.Elem(), depth+1))
	case *types.Chan:
		return types.NewChan(u.Dir(), tc.erased(u.Elem(), depth+1))
	case *types.Pointer:
		return types.NewPointer(tc.erased(u.Elem(), depth+1))
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, tc.erasedTuple(u.Params(), depth), tc.erasedTuple(u.Results(), depth), u.Variadic())
	}
	return t
}

func (tc *Types) erasedTuple(tu *types.Tuple, depth int) *types.Tuple {
	vars := make([]*types.Var, tu.Len())
	for i := range vars {
		vars[i] = types.NewParam(0, nil, "", tc.erased(tu.At(i).Type(), depth+1))
	}
	return types.NewTuple(vars...)
}

// shapeCases counts the cases of a type switch per run-time shape
// (shapeKey), under keys that cannot meet bareCases' basic type names.
func (tc *Types) shapeCases(ts *ast.TypeSwitchStmt, count map[string]int) {
	for _, s := range ts.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if t := tc.Info.Types[e].Type; t != nil && !tc.Info.Types[e].IsNil() {
				if k := tc.shapeKey(t); k != "" {
					count["shape "+k]++
				}
			}
		}
	}
}

// shapeCase is the guarded test of case e (of type t) when another case of
// the switch has its run-time shape, "" otherwise.
func (tc *Types) shapeCase(v string, e ast.Expr, t types.Type, test string, count map[string]int) string {
	k := tc.shapeKey(t)
	if k == "" || count["shape "+k] < 2 {
		return ""
	}
	typ := tc.code(e)
	msg := "gopad cannot tell the cases of this type switch apart that are a " + k + " at run time (case " + typ +
		"): yaegi gives a slice, map, array, channel, pointer or func type built over the cells' types that are no structs " +
		"(type ID int) the run-time type of the same type over their underlying types. Workaround: switch on " +
		"a struct type that holds the value (type IDs struct{ list []ID }), or keep the value in a variable of its own type"
	return "gopadBuiltin.TwinCase(" + strconv.Quote(msg) + ", *new(" + typ + "), " + v + ", " + tc.switchTest(v, typ) + ", " + test + ")"
}

// shapesCollide reports whether two cases of ts have one run-time shape.
func (tc *Types) shapesCollide(ts *ast.TypeSwitchStmt) bool {
	count := map[string]int{}
	tc.shapeCases(ts, count)
	for _, n := range count {
		if n > 1 {
			return true
		}
	}
	return false
}
