package interp

import (
	"reflect"
)

// opaqueValue is gopadBuiltin.Opaque: whether v is yaegi's wrapper of a
// cell's value for a compiled interface (a struct whose first field is
// IValue) that holds no pointer, so that the cell's type is lost.
func opaqueValue(v any) bool {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct || rv.NumField() < 2 || rv.Type().Field(0).Name != "IValue" {
		return false
	}
	inner := rv.Field(0)
	if inner.Kind() == reflect.Interface {
		inner = inner.Elem()
	}
	return !inner.IsValid() || inner.Kind() != reflect.Pointer
}
