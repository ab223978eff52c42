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
	"sync/atomic"
	"unsafe"
)

// pairType is yaegi's valueInterface and the index of its field value,
// once Is has met it: the hot paths (a map with interface keys, printing)
// then compare types instead of reading names.
var pairType atomic.Pointer[pairShape]

type pairShape struct {
	t     reflect.Type
	value int // the index of the field value, -1 if it has none of type reflect.Value
}

// Is reports whether t is yaegi's valueInterface.
func Is(t reflect.Type) bool {
	if p := pairType.Load(); p != nil {
		return t == p.t
	}
	if t.Kind() != reflect.Struct || t.Name() != "valueInterface" || t.PkgPath() != "github.com/traefik/yaegi/interp" {
		return false
	}
	shape := &pairShape{t, -1}
	if f, ok := t.FieldByName("value"); ok && f.Type == reflect.TypeFor[reflect.Value]() {
		shape.value = f.Index[0]
	}
	pairType.Store(shape)
	return true
}

// Value is the value the pair v holds (its field value, a reflect.Value),
// read in place or through a copy, as the field is unexported; the zero
// Value when v holds none.
func Value(v reflect.Value) reflect.Value {
	if !Is(v.Type()) {
		return reflect.Value{}
	}
	i := pairType.Load().value
	if i < 0 {
		return reflect.Value{}
	}
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	return *(*reflect.Value)(unsafe.Pointer(v.Field(i).UnsafeAddr()))
}
