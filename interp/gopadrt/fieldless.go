package gopadrt

import (
	"errors"
	"reflect"

	"github.com/gopad/gopad/interp/stdlib"
)

// A struct type of the cells without fields (type NotFound struct{}) is
// struct{} at run time in yaegi: inside an interface a NotFound and an
// Other look the same. Each value of such a type equals its zero value, so
// only the type needs telling. Package rewrite's identityAssert and
// typeSwitch passes ask these helpers, which decide by what is left of the
// type:
//
//   - inside an error or a fmt.Stringer, yaegi's wrapper holds struct{},
//     but the type's GopadSelf method (rewrite's selfMethods) gives its
//     Go name (stdlib.SelfName);
//   - inside a function's interface value yaegi may keep the value paired
//     with its interpreted type (keepsType): its own type switch decides;
//   - a bare struct{} (or another wrapper holding one) may be any of the
//     twins: the cell stops with the message of the rewrite.

// emptyIs is gopadBuiltin.EmptyIs, the answer of an assertion of v to the field-less struct
// type whose Go name is name (main.NotFound); is is yaegi's type switch of
// v over it, msg the refusal where v cannot be told ("": is tells).
func emptyIs(name, msg string, v any, is bool) bool {
	if v == nil {
		return false
	}
	if iv, ok := stdlib.Wrapped(v); ok && iv.IsValid() && iv.Kind() == reflect.Pointer {
		return false // a pointer, which the wrapper keeps whole
	}
	if n, ok := stdlib.SelfName(v); ok {
		return n == name
	}
	if keepsType(v) {
		return is
	}
	t := reflect.TypeOf(v)
	if iv, ok := stdlib.Wrapped(v); ok && iv.IsValid() {
		t = iv.Type() // a wrapper without GopadSelf: what it holds
	}
	if t == emptyStruct {
		if msg == "" {
			return is // every such type is kept beside its values: is decides a bare struct{}
		}
		panic(errors.New(msg))
	}
	return false
}

// emptyStruct is the run-time type of every field-less struct type.
var emptyStruct = reflect.TypeFor[struct{}]()

// emptyPtrIs is gopadBuiltin.EmptyPtrIs, the answer of an assertion of v,
// of a compiled interface (error), to a pointer to the field-less struct
// type whose Go name is name. yaegi's wrapper keeps the pointer whole, but
// it is a *struct{}, as a pointer to any such type; the type's GopadSelf
// method names it when the type has value methods. msg is "" when the
// asserted type is the only pointer to such a type without them that
// implements the interface: then a *struct{} without a name is one.
func emptyPtrIs(name, msg string, v any) bool {
	iv, ok := stdlib.Wrapped(v)
	if !ok || !iv.IsValid() || iv.Type() != reflect.PointerTo(emptyStruct) {
		return false
	}
	if n, ok := stdlib.SelfName(v); ok {
		return n == name
	}
	if msg != "" {
		panic(errors.New(msg))
	}
	return true
}

// emptyNot is gopadBuiltin.EmptyNot: what an assertion to a field-less
// struct type sees in place of v when v holds no value of it (nil for nil).
// Where it does, the rewrite hands the assertion a zero value of the type
// from interpreted code instead: yaegi's assertion of a struct{} that a
// compiled function returned fails inside the interpreter (reflect: Field
// index out of bounds).
func emptyNot(v any) any {
	if v == nil {
		return nil
	}
	return notThatType(0)
}

// emptyAssert makes gopadBuiltin.EmptyAssert: the run-time error of a
// failed assertion of v, of the interface type iface, to the field-less
// struct type target, worded as Go's.
func emptyAssert(typeName func(static string, v any) string) func(v any, iface, target string) error {
	return func(v any, iface, target string) error {
		name := "nil"
		if v != nil {
			name = typeName("", v)
		}
		return assertionError("interface conversion: " + iface + " is " + name + ", not " + target)
	}
}

// namedAssert is gopadBuiltin.NamedAssert: the run-time error of a failed
// assertion of a value of the interface type iface to target, where the
// rewrite found the value's type name (name) itself: a cell's type over a
// basic type reaches compiled code as a bare value of the basic type.
func namedAssert(name, iface, target string) error { return assertFailed(iface, name, target) }

// missingMethodAssert is gopadBuiltin.MissingMethod: the run-time error
// of a failed assertion of a value of the type dynamic to the interface
// target, which lacks method (rewrite's nearMisses: the type has a method
// of that name with another signature).
func missingMethodAssert(dynamic, target, method string) error {
	return assertionError("interface conversion: " + dynamic + " is not " + target + ": missing method " + method)
}

// fieldlessSymbols are the helpers for the cells' field-less struct types.
var fieldlessSymbols = map[string]reflect.Value{
	"EmptyIs":       reflect.ValueOf(emptyIs),
	"EmptyPtrIs":    reflect.ValueOf(emptyPtrIs),
	"EmptyNot":      reflect.ValueOf(emptyNot),
	"AssertFailed":  reflect.ValueOf(assertFailed),
	"SelfIs":        reflect.ValueOf(selfIs),
	"CellWrapped":   reflect.ValueOf(cellWrapped),
	"SelfNameOf":    reflect.ValueOf(selfNameOf),
	"SelfBare":      reflect.ValueOf(selfBare),
	"CellName":      reflect.ValueOf(cellName),
	"OtherCells":    reflect.ValueOf(otherCells),
	"NamedAssert":   reflect.ValueOf(namedAssert),
	"MissingMethod": reflect.ValueOf(missingMethodAssert),
}

// assertFailed is gopadBuiltin.AssertFailed: Go's run-time error of a
// failed assertion of a value of the interface iface, whose dynamic type
// the rewrite named (dynamic), to target.
func assertFailed(iface, dynamic, target string) error {
	return assertionError("interface conversion: " + iface + " is " + dynamic + ", not " + target)
}
