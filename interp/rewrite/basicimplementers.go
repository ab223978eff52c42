package rewrite

import (
	"go/types"
)

// basicImplementers are the type switch cases of the cells' types other
// than structs and interfaces (and pointers to them) that implement it.
func (tc *Types) basicImplementers(it *types.Interface) []string {
	var cases []string
	for _, n := range tc.cellNamedTypes() {
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

// cellNamedTypes are the defined types the cells declared, generic ones
// left out, in the order of their names.
func (tc *Types) cellNamedTypes() []*types.Named {
	return tc.cellTypesWhere(func(*types.Named) bool { return true })
}

// cellStructTypes are cellNamedTypes' struct types.
func (tc *Types) cellStructTypes() []*types.Named {
	return tc.cellTypesWhere(func(n *types.Named) bool {
		_, ok := n.Underlying().(*types.Struct)
		return ok
	})
}

// cellTypesWhere are cellNamedTypes for which keep holds.
func (tc *Types) cellTypesWhere(keep func(*types.Named) bool) []*types.Named {
	var out []*types.Named
	scope := tc.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || name == "_" {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && keep(n) {
			out = append(out, n)
		}
	}
	return out
}
