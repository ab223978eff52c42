package rewrite

import (
	"go/types"
)

// holdsInterface reports whether t is a type literal (not a defined type)
// built on an interface type: map[string]any, []any, chan error,
// func(any) bool, struct{ X any }, *any. yaegi's type switch without a
// bound variable compares such a case by its spelling ("map[string]any")
// with the value's run-time type ("map[string]interface {}"), so it never
// matches; typeSwitch turns the switch into assertions, which match.
func holdsInterface(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		return isOrHoldsInterface(t.Elem())
	case *types.Slice:
		return isOrHoldsInterface(t.Elem())
	case *types.Array:
		return isOrHoldsInterface(t.Elem())
	case *types.Chan:
		return isOrHoldsInterface(t.Elem())
	case *types.Map:
		return isOrHoldsInterface(t.Key()) || isOrHoldsInterface(t.Elem())
	case *types.Struct:
		for i := range t.NumFields() {
			if isOrHoldsInterface(t.Field(i).Type()) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tup.Len() {
				if isOrHoldsInterface(tup.At(i).Type()) {
					return true
				}
			}
		}
	}
	return false
}

func isOrHoldsInterface(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Named); ok {
		return false
	}
	return types.IsInterface(t) || holdsInterface(t)
}
