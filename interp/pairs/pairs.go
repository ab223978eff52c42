// Package pairs reads yaegi's valueInterface: the pair of an interpreter
// node and a value that yaegi stores where a value of a cell's type sits
// in a field, element or variable of an interface type the cells declared
// (and, for some types, of an empty interface). Compiled code that meets
// such a pair (fmt, encoding/json, text/template) sees a struct of
// unexported fields; gopad's helpers take the value out of it.
//
// The package reads the pair by reflect, by its type's name and package
// path, and never imports yaegi.
package pairs

import (
	"reflect"
	"unsafe"
)

// Is reports whether t is yaegi's valueInterface.
func Is(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == "github.com/traefik/yaegi/interp"
}

// Value is the value the pair v holds (its field value, a reflect.Value),
// read through a copy, as the field is unexported; the zero Value when v
// holds none.
func Value(v reflect.Value) reflect.Value {
	f, ok := v.Type().FieldByName("value")
	if !ok || f.Type != reflect.TypeFor[reflect.Value]() {
		return reflect.Value{}
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return *(*reflect.Value)(unsafe.Pointer(c.Field(f.Index[0]).UnsafeAddr()))
}
