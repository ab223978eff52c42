package gopadrt

import (
	"reflect"

	"github.com/gopad/gopad/interp/stdlib"
)

// selfIs is gopadBuiltin.SelfIs, the answer of an assertion (or a type
// switch case) of v, of a compiled interface (error, fmt.Stringer), to the
// cell's type over a basic type whose Go name is name (main.Code). yaegi's
// wrapper holds the bare value, and its own answer, is, takes a Reason for
// a Code when both are strings; the name the value's GopadSelf method
// gives decides. A pointer, which the wrapper keeps whole, and a value
// without the method are left to yaegi.
func selfIs(name string, v any, is bool) bool {
	if iv, ok := stdlib.Wrapped(v); ok && iv.IsValid() && iv.Kind() == reflect.Pointer {
		return is
	}
	if n, ok := stdlib.SelfName(v); ok {
		return n == name
	}
	return is
}
