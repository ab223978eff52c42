package stdlib

import "reflect"

// unsafe's table holds only the size questions (Sizeof, Alignof,
// Offsetof), which yaegi treats as builtins once the package is
// importable: cells may ask the size of a struct, as tutorials on padding
// do. gopad's typed pass unsafeSizes (interp/rewrite) answers them from
// go/types before yaegi runs, as Go's compiler does; these functions are
// what yaegi falls back on. unsafe.Pointer and the rest stay out: they
// would break the interpreter's memory safety (the session refuses them,
// interp/unsafeuse.go).
func init() {
	register(func() {
		Symbols["unsafe/unsafe"] = map[string]reflect.Value{
			"Sizeof":   reflect.ValueOf(func(v any) uintptr { return reflect.TypeOf(v).Size() }),
			"Alignof":  reflect.ValueOf(func(v any) uintptr { return uintptr(reflect.TypeOf(v).Align()) }),
			"Offsetof": reflect.ValueOf(func(any) uintptr { return 0 }), // (a signature for yaegi's check)
		}
	})
}
