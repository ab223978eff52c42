package stdlib

import (
	"fmt"
	"reflect"
	"strings"
)

// refuseLostStruct stops errors.As with a target of a cell's struct type
// (not a pointer) when err is a cell's error whose value yaegi did not keep.
//
// When a struct value of a cell's type becomes an error, yaegi keeps in its
// wrapper one of the struct's fields instead of the struct (it takes the
// struct, whose run-time type has no methods, for an emulated interface):
// Error still works, but nothing can tell that the error was a StateError,
// and errors.As would answer false where Go answers true. A pointer
// (return &StateError{...}) keeps its identity. elem is the target's type;
// err the error being looked at.
func refuseLostStruct(err error, elem reflect.Type) {
	name := cellStructName(elem)
	if name == "" {
		return
	}
	v, ok := wrappedValue(err)
	if !ok || v == nil {
		return
	}
	// A pointer to a cell's struct or a whole struct keeps its identity. A
	// pointer to a named type of a compiled package (*errors.errorString)
	// is no cell's error: it is the struct's field that yaegi kept.
	if t := reflect.TypeOf(v); t.Kind() == reflect.Pointer && t.Elem().PkgPath() == "" || cellStructName(t) != "" {
		return
	}
	panic(fmt.Sprintf("gopad cannot decide errors.As(err, &target) for a target of type %s: the error is a value of a "+
		"struct type of the cell, which loses its identity inside an error (yaegi keeps only one of its fields); "+
		"use pointers: return &%s{...} where the error is made, and declare the target as var target *%s", name, name, name))
}

// cellStructName is the name of the cell's struct type t (its fields carry
// the tag gopad:"Name"), "" for other types.
func cellStructName(t reflect.Type) string {
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return ""
	}
	tag := t.Field(0).Tag.Get("gopad")
	name, _, _ := strings.Cut(tag, ",")
	return name
}
