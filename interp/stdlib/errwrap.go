package stdlib

//go:generate go run ./internal/generr

import (
	"errors"
	"fmt"
	"reflect"
)

// When a value of a type declared in a cell becomes an error, yaegi hands
// compiled code a wrapper struct: IValue holds the value, and one func
// field per method of the interface calls the interpreted method. Its own
// wrapper knows only Error, so the standard library would not see the
// type's Unwrap, Is, As or Format methods (errors.Is through a user's
// wrapping type, fmt.Errorf's %w chains, errors.Join, %+v of a Format).
//
// yaegi lets a symbol table offer richer wrappers for an interface (its
// MapTypes table, keyed by the interface's own wrapper) and takes the first
// whose method fields the type has. The wrappers of errwrap_gen.go forward
// each subset of those methods. All of them implement Is and As, which
// also compare and assign the wrapped value itself:
//
//   - errors.Is(err, target) is true when target wraps the same value
//     (a sentinel declared as a cell's error value): Go compares with ==,
//     which the wrappers, holding funcs, cannot support;
//   - errors.As(err, &target) sets target when the wrapped value is
//     assignable to it (a *MyErr target).
//
// A type whose Unwrap returns []error gets the Unwrap wrapper too (yaegi
// matches methods by name): its Unwrap() error returns nil, as
// errors.Unwrap does for such a type, and Is and As search the list.

// ErrorMapTypes returns the MapTypes entry that gives cells the richer
// error wrappers. base is the value yaegi registers its own error wrapper
// under, (*interp._error)(nil): interp.New(...).Symbols("")[""]["_error"].
func ErrorMapTypes(base reflect.Value) map[reflect.Value][]reflect.Type {
	return map[reflect.Value][]reflect.Type{base: errorWrappers}
}

// wrappedValue returns the cell's value inside one of the error wrappers.
func wrappedValue(err error) (any, bool) {
	if v, ok := SelfValue(err); ok {
		return v, true
	}
	rv := reflect.ValueOf(err)
	if !isWrapper(rv) {
		return nil, false
	}
	return rv.Field(0).Interface(), true
}

// errIs is the Is method of the wrappers: v is the wrapped value, name
// the Go name of its cell type when its GopadSelf method gives it ("" when
// unknown), unwrap and is its Unwrap and Is methods (nil when it has
// none). A target of another cell type with the same bare value (an
// ExitCode(404) for an HTTPStatus(404)) is not the same.
func errIs(v any, name string, unwrap, is any, target error) bool {
	if t, ok := wrappedValue(target); ok && sameValue(v, t) && sameName(name, target) {
		return true
	}
	if is != nil && methodBool(is, target) {
		return true
	}
	for _, e := range unwrapMulti(unwrap) {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

// errAs is the As method of the wrappers.
func errAs(v, unwrap, as any, target any) bool {
	tv := reflect.ValueOf(target)
	if tv.Kind() == reflect.Pointer && !tv.IsNil() && v != nil {
		if vv := reflect.ValueOf(v); vv.Type().AssignableTo(tv.Type().Elem()) {
			tv.Elem().Set(vv)
			return true
		}
	}
	if as != nil && methodBool(as, target) {
		return true
	}
	for _, e := range unwrapMulti(unwrap) {
		if e != nil && ErrorsAs(e, target) {
			return true
		}
	}
	return false
}

// sameValue is == on two wrapped values of one comparable type. Fields
// of interface types may hold yaegi's wrappers of the cells' values (a
// Wrap{Err: NotFound{"b"}}), structs of funcs that reflect cannot compare
// ("values of type func() string are not comparable", where Go compares
// the NotFound values): those are compared by the values they stand for
// (equalHeld).
func sameValue(a, b any) (same bool) {
	if a == nil || b == nil {
		return false
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb || !ta.Comparable() {
		return false
	}
	defer func() {
		if recover() != nil {
			same = equalHeld(reflect.ValueOf(a), reflect.ValueOf(b), 0)
		}
	}()
	return reflect.ValueOf(a).Equal(reflect.ValueOf(b))
}

// equalHeld is a == b for values of one type, with the values of
// interfaces taken out of yaegi's wrappers (SelfValue) before they are
// compared; it panics as Go's == does on values Go cannot compare.
func equalHeld(a, b reflect.Value, depth int) bool {
	if depth > 32 {
		panic("comparing values nested too deep")
	}
	switch a.Kind() {
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() && b.IsNil()
		}
		ea, eb := heldOf(a.Elem()), heldOf(b.Elem())
		return ea.Type() == eb.Type() && equalHeld(ea, eb, depth+1)
	case reflect.Struct:
		for i := range a.NumField() {
			if !equalHeld(a.Field(i), b.Field(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !equalHeld(a.Index(i), b.Index(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Func, reflect.Map, reflect.Slice:
		panic(fmt.Sprintf("runtime error: comparing uncomparable type %s", a.Type()))
	}
	return a.Equal(b)
}

// heldOf is v, or the cell's value it stands for when v is one of yaegi's
// wrappers that gives it back (SelfValue).
func heldOf(v reflect.Value) reflect.Value {
	if !v.CanInterface() {
		return v
	}
	if s, ok := SelfValue(v.Interface()); ok && s != nil {
		return reflect.ValueOf(s)
	}
	return v
}

// unwrapOne calls an Unwrap() error method; nil for Unwrap() []error.
func unwrapOne(unwrap any) error {
	r := callMethod(unwrap)
	if len(r) != 1 || r[0].Type() != reflect.TypeFor[error]() || r[0].IsNil() {
		return nil
	}
	return r[0].Interface().(error)
}

// unwrapMulti calls an Unwrap() []error method; nil for Unwrap() error.
func unwrapMulti(unwrap any) []error {
	if unwrap == nil {
		return nil
	}
	r := callMethod(unwrap)
	if len(r) != 1 || r[0].Type() != reflect.TypeFor[[]error]() {
		return nil
	}
	return r[0].Interface().([]error)
}

func methodBool(f any, arg any) bool {
	r := callMethod(f, arg)
	return len(r) == 1 && r[0].Kind() == reflect.Bool && r[0].Bool()
}

func callFormat(f any, s fmt.State, verb rune) { callMethod(f, s, verb) }

// callMethod calls the interpreted method f (a func value) with args.
func callMethod(f any, args ...any) []reflect.Value {
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func || fv.IsNil() || fv.Type().NumIn() != len(args) {
		return nil
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		t := fv.Type().In(i)
		if a == nil {
			in[i] = reflect.Zero(t)
			continue
		}
		av := reflect.ValueOf(a)
		if !av.Type().AssignableTo(t) {
			if !av.Type().ConvertibleTo(t) {
				return nil
			}
			av = av.Convert(t)
		}
		in[i] = av
	}
	return fv.Call(in)
}

// ErrorsAs is errors.As for targets of a cell's type. yaegi gives a pointer
// to a cell's type a run-time type without methods (*struct{...}), which
// errors.As rejects ("*target must be interface or implement error"); this
// walk is the same as errors.As's without that check.
func ErrorsAs(err error, target any) bool { return errorsAs(err, target, false) }

// ErrorsAsLost is ErrorsAs for a target of a generic struct type of the
// cells, whose values yaegi's error wrapper may have lost (they have no
// GopadSelf method): it refuses such a value in the chain (errasvalue.go).
func ErrorsAsLost(err error, target any) bool { return errorsAs(err, target, true) }

func errorsAs(err error, target any, lost bool) bool {
	if err == nil {
		return false
	}
	tv := reflect.ValueOf(target)
	if target == nil || tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	elem := tv.Type().Elem()
	for {
		if reflect.TypeOf(err).AssignableTo(elem) {
			tv.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		if lost {
			refuseLostStruct(err, elem)
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			if err = x.Unwrap(); err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && errorsAs(e, target, lost) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// sameName reports whether target may be of the cell type name: its
// GopadSelf method names no other.
func sameName(name string, target error) bool {
	tn, ok := SelfName(target)
	return name == "" || !ok || tn == name
}

// selfMethodName is the Go name a GopadSelf method gives, "" when it
// gives none.
func selfMethodName(self any) string {
	r := callMethod(self)
	if len(r) != 1 {
		return ""
	}
	v := r[0]
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return ""
	}
	n, _ := v.Interface().(named)
	return n.Name
}
