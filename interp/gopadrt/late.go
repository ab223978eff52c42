package gopadrt

import (
	"fmt"
	"github.com/gopad/gopad/interp/stdlib"
	"reflect"
)

// late is gopadBuiltin.Late: v, a value an interface held, as fmt prints
// it in a compiled program, where the code that prints it was compiled
// before a later cell declared v's type (a helper func show(xs ...any)
// declared above type Version). The rewrite of that code could not name
// the type, and yaegi hands fmt such a value without its methods; a value
// of a cell's struct type with an Error or String method (registered when
// its cell ran) is printed through it, as kept does, and any other value
// is v itself. The rewrite passes v through gopadBuiltin.Bare first, so
// that v is the plain value and not yaegi's pair of value and type.
func (h Hooks) late() func(v any) any {
	return func(v any) any {
		if h.StringMethod == nil {
			return v
		}
		if str, _ := h.StringMethod(v, "Error"); str != nil {
			return keptError{kept{v, str}} // an error still: Errorf's %w wraps it
		}
		if str, _ := h.StringMethod(v, "String"); str != nil {
			return kept{v, str}
		}
		return v
	}
}

// lateStringer is gopadBuiltin.LateStringer: v as a fmt.Stringer through
// its String method, when v is a value of a cell's struct type (or a
// pointer to one) whose methods the session registered; known is false
// for every other value, which yaegi's own assertion decides. It decides
// v.(fmt.Stringer) in code compiled before v's type was declared, where
// yaegi's assertion answered true with a value whose String panicked, or
// false (see late).
func (h Hooks) lateStringer() func(v any) (s fmt.Stringer, known bool) {
	return func(v any) (fmt.Stringer, bool) {
		str, known := h.cellMethod(v, "String")
		if str == nil {
			return nil, known
		}
		return keptStringer{kept{v, str}}, true
	}
}

// lateError is gopadBuiltin.LateError: lateStringer's for error.
func (h Hooks) lateError() func(v any) (err error, known bool) {
	return func(v any) (error, bool) {
		str, known := h.cellMethod(v, "Error")
		if str == nil {
			return nil, known
		}
		return keptError{kept{v, str}}, true
	}
}

// cellMethod is v's method name and whether v is of a cell's struct type
// with registered methods (any of them).
func (h Hooks) cellMethod(v any, name string) (func() string, bool) {
	if h.StringMethod == nil {
		return nil, false
	}
	str, known := h.StringMethod(v, name)
	if !known {
		return nil, false
	}
	return str, true
}

// keptStringer is a kept value that is a fmt.Stringer.
type keptStringer struct{ kept }

func (k keptStringer) String() string { return k.str() }

// keptError is a kept value that is an error.
type keptError struct{ kept }

func (k keptError) Error() string { return k.str() }

// Is lets errors.Is find the cell's value in the chain: target, or the
// value an error wrapper of target stands for, is the value.
func (k keptError) Is(target error) bool {
	t, _ := stdlib.SelfValue(target)
	if t == nil || k.v == nil || reflect.TypeOf(t) != reflect.TypeOf(k.v) || !reflect.TypeOf(t).Comparable() {
		return false
	}
	return t == k.v
}

// As lets errors.As find the cell's value in the chain: it sets target
// when the value can be assigned to what target points to.
func (k keptError) As(target any) bool {
	tv := reflect.ValueOf(target)
	if tv.Kind() != reflect.Pointer || tv.IsNil() || k.v == nil || !reflect.TypeOf(k.v).AssignableTo(tv.Type().Elem()) {
		return false
	}
	tv.Elem().Set(reflect.ValueOf(k.v))
	return true
}
