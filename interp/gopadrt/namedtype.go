package gopadrt

import "reflect"

// namedType is a cell's type over a basic, slice, map, array, channel or
// func type as reflect.Type: yaegi gives such a type no run-time type of
// its own, so reflect.TypeOf(Celsius(1)) is float64's type. namedType
// answers Name, String and PkgPath with the cell's names and everything
// else from the underlying type, which is right for Kind, Size, Bits,
// Elem, Key, Len and the rest. Two of them compare equal when they name
// one type, and unequal to the underlying type, as in Go.
type namedType struct {
	reflect.Type
	name string // Celsius
}

// NamedType is gopadBuiltin.NamedType: t named name, declared in a cell;
// t itself when name is "".
func NamedType(t reflect.Type, name string) reflect.Type {
	if name == "" || t == nil {
		return t
	}
	return namedType{t, name}
}

func (n namedType) Name() string    { return n.name }
func (n namedType) String() string  { return "main." + n.name }
func (n namedType) PkgPath() string { return "main" }

// runtimeType is gopadBuiltin.RType: t as reflect's functions take it,
// the underlying type of a namedType (yaegi's run-time type of a value of
// the cell's type: reflect.New(t) makes one).
func runtimeType(t reflect.Type) reflect.Type {
	if n, ok := t.(namedType); ok {
		return n.Type
	}
	return t
}
