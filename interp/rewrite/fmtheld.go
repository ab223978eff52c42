package rewrite

import (
	"go/types"
)

// heldOpen is the start of the call that hands a verb fmt does not print
// through String or Error (%d, %f, %t, %c, %b...) the value of a cell's
// type that an operand of a compiled interface type t holds (error,
// fmt.Stringer, sort.Interface); its end is ")". yaegi keeps such a value
// in its own wrapper struct, which fmt printed field by field,
// {824634 5508608} where Go prints &{404} or 3; gopadBuiltin.Held gives the
// value back (stdlib.SelfValue). False when t is no compiled interface
// with methods or no cell type implements it.
//
//	fmt.Printf("%d", err)  →  fmt.Printf("%d", gopadBuiltin.Held(err))
func (tc *Types) heldOpen(t types.Type) (string, bool) {
	if t == nil || !compiledInterface(t, tc.Pkg) {
		return "", false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return "", false
	}
	for _, n := range tc.cellNamedTypes() {
		if !types.IsInterface(n) && types.Implements(types.NewPointer(n), it) {
			return "gopadBuiltin.Held(", true
		}
	}
	return "", false
}
