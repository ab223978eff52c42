package rewrite

import "go/types"

// holdsCellValues reports whether %#v (d) of a value of type t, a slice,
// array, map or pointer of a compiled package's types, may meet values of
// the cells' struct types inside interfaces ([]any{Point{1, 2}}): yaegi
// spells those struct{ X int "gopad:\"Point\"" ... }, and Go main.Point.
// gopadBuiltin.GoSyntax names them from the values it meets.
func (tc *Types) holdsCellValues(d directive, t types.Type) bool {
	if d.verb != 'v' || !d.sharp || !tc.dynamicNames {
		return false
	}
	return elemsInterface(t, 0)
}

// elemsInterface reports whether t's elements (or keys, or pointee),
// depth levels down, are of an interface type.
func elemsInterface(t types.Type, depth int) bool {
	if depth > 4 {
		return false
	}
	var elems []types.Type
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return depth > 0
	case *types.Slice:
		elems = []types.Type{u.Elem()}
	case *types.Array:
		elems = []types.Type{u.Elem()}
	case *types.Pointer:
		elems = []types.Type{u.Elem()}
	case *types.Map:
		elems = []types.Type{u.Key(), u.Elem()}
	}
	for _, e := range elems {
		if elemsInterface(e, depth+1) {
			return true
		}
	}
	return false
}
