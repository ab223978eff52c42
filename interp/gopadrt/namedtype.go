package gopadrt

import (
	"reflect"
	"strings"
)

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

// cellIface is a cell's interface type as reflect.Type: yaegi gives such
// an interface no run-time interface type (reflect.TypeOf((*Shape)(nil)).Elem()
// is its own struct type), so cellIface answers Kind, Name, String,
// PkgPath and NumMethod from the declaration, and TypeImplements and
// TypeAssignableTo check a type's methods by name against it.
type cellIface struct {
	reflect.Type
	name    string
	methods string // the method names, comma-separated: a Type is a map key
}

// newCellIface is gopadBuiltin.CellIface: t, the run-time type yaegi gives
// the cell's interface name with the methods listed.
func newCellIface(t reflect.Type, name string, methods ...string) reflect.Type {
	return cellIface{t, name, strings.Join(methods, ",")}
}

func (c cellIface) Kind() reflect.Kind { return reflect.Interface }
func (c cellIface) Name() string       { return c.name }
func (c cellIface) String() string     { return "main." + c.name }
func (c cellIface) PkgPath() string    { return "main" }
func (c cellIface) NumMethod() int     { return len(c.names()) }

func (c cellIface) names() []string {
	if c.methods == "" {
		return nil
	}
	return strings.Split(c.methods, ",")
}

// implementsCell reports whether t has the methods of u, a cellIface,
// looked up by byName (the session's method sets).
func implementsCell(byName func(reflect.Type, string) (reflect.Method, bool), t reflect.Type, u cellIface) bool {
	for _, m := range u.names() {
		if _, ok := byName(t, m); !ok {
			return false
		}
	}
	return true
}
