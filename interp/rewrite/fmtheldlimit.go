package rewrite

import (
	"go/types"
	"strconv"
)

// Past heldDepth, the printers of fmtdynamic.go hand fmt a struct value
// held in a cell's interface as yaegi holds it, which prints its fields
// without their String, Error and Format methods ({2 {4} {5}} for
// {* {4} {5}}: silently wrong). Where such a method is within reach of
// the struct's fields, the value stops the cell with a refusal that names
// it (gopadBuiltin.HeldTooDeep) instead.

// heldTooDeep is the text that stands for v, a value of n held in the
// interface t past the depth gopad writes printers for (depth levels):
// the refusal where n's fields reach a print method, else "" (yaegi's
// value prints as Go's).
func (tc *Types) heldTooDeep(n, t types.Type, depth int) string {
	if !tc.reachesPrintMethod(n, map[types.Type]bool{}) {
		return ""
	}
	node, ok1 := tc.goTypeName(n)
	iface, ok2 := tc.goTypeName(t)
	if !ok1 || !ok2 {
		return ""
	}
	return "gopadBuiltin.HeldTooDeep(" + strconv.Quote(node) + ", " + strconv.Quote(iface) + ", " + strconv.Itoa(depth) + ")"
}

// reachesPrintMethod reports whether fmt, printing a value of t, may call
// a String, Error or Format method of a value inside it: through its
// exported fields, the elements of slices, arrays and maps, and the cells'
// types that implement an interface it holds. It errs on the side of yes
// (a method of a pointer receiver, an interface field that may be nil).
func (tc *Types) reachesPrintMethod(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if printMethod(t) != "" || hasFormat(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() && tc.reachesPrintMethod(f.Type(), seen) {
				return true
			}
		}
	case *types.Slice:
		return tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Array:
		return tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Map:
		return tc.reachesPrintMethod(u.Key(), seen) || tc.reachesPrintMethod(u.Elem(), seen)
	case *types.Interface:
		return tc.implementerPrints(u, seen)
	}
	return false
}

// implementerPrints reports whether a cell's type that implements it (not
// a pointer: fmt prints a nested pointer as its address) reaches a print
// method.
func (tc *Types) implementerPrints(it *types.Interface, seen map[types.Type]bool) bool {
	if it.NumMethods() == 0 {
		return false
	}
	for _, n := range tc.cellNamedTypes() {
		if !types.IsInterface(n) && types.Implements(n, it) && tc.reachesPrintMethod(n, seen) {
			return true
		}
	}
	return false
}
