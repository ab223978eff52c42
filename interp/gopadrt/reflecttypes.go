package gopadrt

import (
	"errors"
	"reflect"
	"strings"
)

// Run-time helpers of package rewrite's reflectNames pass for the
// questions reflect cannot answer about an interface type a cell
// declared: yaegi gives every such interface one run-time type, its
// valueInterface struct, so reflect.TypeOf((*Shape)(nil)).Elem() is no
// interface type at all.

// cellInterface reports whether u is the run-time type yaegi gives the
// cells' interface types.
func cellInterface(u reflect.Type) bool {
	return u != nil && u.Kind() == reflect.Struct && u.Name() == "valueInterface" && strings.HasSuffix(u.PkgPath(), "yaegi/interp")
}

// refuseCellInterface stops the cell when u is a cell's interface type:
// reflect would panic (Implements) or answer false (AssignableTo).
func refuseCellInterface(method string, u reflect.Type) {
	if cellInterface(u) {
		panic(errors.New("gopad cannot answer reflect.Type." + method + " for an interface type declared in a cell: " +
			"yaegi gives such interfaces no run-time interface type. Workaround: a type assertion on a value, " +
			"_, ok := any(v).(Shape), or a method set check with MethodByName"))
	}
}

// typeImplements is gopadBuiltin.TypeImplements: t.Implements(u), with the
// session's method sets for a cell's interface type (cellIface).
func typeImplements(byName func(reflect.Type, string) (reflect.Method, bool)) func(t, u reflect.Type) bool {
	return func(t, u reflect.Type) bool {
		if c, ok := u.(cellIface); ok {
			return implementsCell(byName, t, c)
		}
		refuseCellInterface("Implements", u)
		return t.Implements(u)
	}
}

// typeAssignableTo is gopadBuiltin.TypeAssignableTo: t.AssignableTo(u),
// which for an interface u is t.Implements(u).
func typeAssignableTo(byName func(reflect.Type, string) (reflect.Method, bool)) func(t, u reflect.Type) bool {
	return func(t, u reflect.Type) bool {
		if c, ok := u.(cellIface); ok {
			return implementsCell(byName, t, c)
		}
		refuseCellInterface("AssignableTo", u)
		return t.AssignableTo(u)
	}
}

// bareFieldless is gopadBuiltin.BareFieldless: whether v is a value of a
// struct type without fields, or a pointer to one, that came back from
// compiled code without its interpreted type (yaegi gives all such types
// one run-time type).
func bareFieldless(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil || keepsType(v) {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && t.NumField() == 0
}
