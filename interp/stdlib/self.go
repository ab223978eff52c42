package stdlib

import "reflect"

// SelfMethod is the method gopad gives each struct type a cell declares:
//
//	func (gopadV T) GopadSelf() any { return gopadV }
//
// When a struct value of a cell's type becomes an error or a fmt.Stringer,
// yaegi's wrapper keeps one of the struct's fields in IValue instead of the
// struct (it takes the struct, whose run-time type has no methods, for an
// emulated interface). The wrappers gopad offers yaegi for these two
// interfaces have a field for the method too, and through it the value
// the wrapper stands for can be had back: errors.As with a value target,
// errors.Is of a sentinel struct value, a type switch's struct case.
const SelfMethod = "GopadSelf"

// selfValue is the cell's value a wrapper stands for: iv, its IValue,
// unless that is a field yaegi kept of a struct value, which self (the
// GopadSelf method) gives back. The value of a struct type without fields
// is struct{} at run time: it comes back with its type's name (a named),
// so that == and errors.Is tell a NotFound{} from an Other{}. A pointer's wrapper keeps the pointer, whose
// GopadSelf gives the struct it points to: the pointer is the value.
func selfValue(iv, self any) any {
	r := callMethod(self)
	if len(r) != 1 {
		return iv
	}
	v := r[0]
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return iv
	}
	if n, ok := v.Interface().(named); ok {
		if p := reflect.ValueOf(iv); p.Kind() == reflect.Pointer && p.Type().Elem() == reflect.TypeOf(n.V) {
			return iv // a *T whose T has GopadSelf: the pointer is the value
		}
		if reflect.TypeOf(n.V) == reflect.TypeFor[struct{}]() {
			return n // a field-less struct: only the name tells it
		}
		return n.V
	}
	if p := reflect.ValueOf(iv); p.Kind() == reflect.Pointer && p.Type().Elem() == v.Type() {
		return iv
	}
	return v.Interface()
}

// SelfValue returns the cell's value that v, one of yaegi's wrappers for
// a compiled interface, stands for, and whether v is a wrapper that can
// tell (its type has the GopadSelf method, or v holds a typed nil pointer,
// typednil.go).
func SelfValue(v any) (any, bool) {
	switch w := v.(type) {
	case typedNilError:
		return w.IValue, true
	case typedNilStringer:
		return w.IValue, true
	}
	iv, self, ok := selfField(v)
	if !ok {
		// A pointer is kept whole in a wrapper without GopadSelf
		// (a *T whose methods have pointer receivers).
		if w, ok := Wrapped(v); ok && w.Kind() == reflect.Pointer {
			return w.Interface(), true
		}
		return v, false
	}
	return selfValue(iv, self), true
}

// selfField returns the IValue and the GopadSelf method field of v, when v
// is a wrapper that has the method.
func selfField(v any) (iv, self any, ok bool) {
	rv := reflect.ValueOf(v)
	if !isWrapper(rv) {
		return nil, nil, false
	}
	f := rv.FieldByName("W" + SelfMethod)
	if !f.IsValid() || f.IsNil() {
		return nil, nil, false
	}
	return rv.Field(0).Interface(), f.Interface(), true
}

// Wrapped returns the IValue of v, when v is one of yaegi's interface
// wrappers: the cell's value, a pointer kept whole, or a field kept of a
// struct value.
func Wrapped(v any) (reflect.Value, bool) {
	rv := reflect.ValueOf(v)
	if !isWrapper(rv) {
		return reflect.Value{}, false
	}
	iv := rv.Field(0)
	if iv.Kind() == reflect.Interface {
		iv = iv.Elem()
	}
	return iv, true
}

// named is what GopadSelf returns for a cell's type that is no struct
// (type Code string): the value, which is its basic type's at run time, and
// the type's Go name.
type named struct {
	Name string
	V    any
}

// Named is gopadBuiltin.Named: v with the Go name of its cell's type.
func Named(name string, v any) any { return named{name, v} }

// SelfName returns the Go name of the cell's type of the value that v, one
// of yaegi's wrappers, stands for, when its GopadSelf method says it (a
// type that is no struct: main.Code).
func SelfName(v any) (string, bool) {
	_, self, ok := selfField(v)
	if !ok {
		return "", false
	}
	r := callMethod(self)
	if len(r) != 1 {
		return "", false
	}
	n, ok := r[0].Interface().(named)
	return n.Name, ok
}

// EmptyName returns the Go name of the cell's struct type without fields
// whose value v, one of yaegi's wrappers, stands for (main.NotFound): the
// value itself is struct{}, as that of every such type.
func EmptyName(v any) (string, bool) {
	s, ok := SelfValue(v)
	if !ok {
		return "", false
	}
	n, ok := s.(named)
	return n.Name, ok && reflect.TypeOf(n.V) == reflect.TypeFor[struct{}]()
}

// isWrapper reports whether rv is one of yaegi's interface wrappers: a
// struct whose first field is IValue.
func isWrapper(rv reflect.Value) bool {
	return rv.Kind() == reflect.Struct && rv.NumField() >= 2 && rv.Type().Field(0).Name == "IValue"
}

// The fmt.Stringer wrappers gopad offers yaegi, most methods first: with
// GopadSelf, and with Error for a type that has both methods. fmt prints
// an error's Error before its String, and it reads the method set of the
// wrapper: yaegi's own wrapper has String only, and a []fmt.Stringer of
// such values printed their String.

// _fmt_StringerES wraps a cell's fmt.Stringer with Error and GopadSelf.
type _fmt_StringerES struct {
	IValue     any
	WString    func() string
	WError     func() string
	WGopadSelf any
}

func (w _fmt_StringerES) String() string { return callString(w.WString) }
func (w _fmt_StringerES) Error() string  { return callString(w.WError) }

// _fmt_StringerE wraps a cell's fmt.Stringer with Error.
type _fmt_StringerE struct {
	IValue  any
	WString func() string
	WError  func() string
}

func (w _fmt_StringerE) String() string { return callString(w.WString) }
func (w _fmt_StringerE) Error() string  { return callString(w.WError) }

// _fmt_StringerS wraps a cell's fmt.Stringer with GopadSelf.
type _fmt_StringerS struct {
	IValue     any
	WString    func() string
	WGopadSelf any
}

func (w _fmt_StringerS) String() string { return callString(w.WString) }

// callString calls a method field, "" when yaegi left it unset.
func callString(f func() string) string {
	if f == nil {
		return ""
	}
	return f()
}

func init() {
	MapTypes[reflect.ValueOf((*_fmt_Stringer)(nil))] = []reflect.Type{
		reflect.TypeFor[_fmt_StringerES](), reflect.TypeFor[_fmt_StringerE](), reflect.TypeFor[_fmt_StringerS](),
	}
}
