package rewrite

import "go/types"

// assertableResult reports whether the result of a standard generic
// stand-in (returned as any) can be asserted to its Go type t in the
// chunk: t may involve the cells' own types (slices.DeleteFunc(tasks, f)
// → .([]Task)), but not their generic types, whose values the session runs
// as copies under other names, nor type parameters.
func (tc *Types) assertableResult(t types.Type) bool {
	if !mentionsPackage(t, tc.Pkg) {
		return true
	}
	return !mentionsTypeParam(t) && !mentionsGenericOf(t, tc.Pkg, 0)
}

// mentionsGenericOf reports whether t involves an instance of a generic
// type of pkg.
func mentionsGenericOf(t types.Type, pkg *types.Package, depth int) bool {
	if depth > 20 {
		return true
	}
	switch t := t.(type) {
	case *types.Named:
		if t.TypeArgs().Len() > 0 && t.Obj().Pkg() == pkg {
			return true
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mentionsGenericOf(t.TypeArgs().At(i), pkg, depth+1) {
				return true
			}
		}
		return false
	case *types.Map:
		return mentionsGenericOf(t.Key(), pkg, depth+1) || mentionsGenericOf(t.Elem(), pkg, depth+1)
	case interface{ Elem() types.Type }:
		return mentionsGenericOf(t.Elem(), pkg, depth+1)
	case *types.Signature:
		for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tu.Len(); i++ {
				if mentionsGenericOf(tu.At(i).Type(), pkg, depth+1) {
					return true
				}
			}
		}
	}
	return false
}
