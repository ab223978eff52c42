package interp

import "reflect"

// stringMethod is gopadrt's Hooks.StringMethod: the method name (Error or
// String, of type func() string) of v, a value of a cell's struct type or
// a pointer to one, bound to v, from the methods the session registered
// (reflectmethods.go), or nil when v's method set has no such method;
// known is false for every other value, and for struct types without
// fields, which share one run-time type. It lets code compiled before a
// later cell declared v's type print v, or assert it to an error or a
// fmt.Stringer, as Go does.
func (rm *reflectMethods) stringMethod(v any, name string) (str func() string, known bool) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() == reflect.Pointer && rv.IsNil() {
		return nil, false
	}
	base := rv.Type()
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if base.Kind() != reflect.Struct {
		return nil, false
	}
	rm.mu.RLock()
	methods, known := rm.byType[base]
	m, ok := methods[name]
	shared := len(rm.owners[base]) > 1
	rm.mu.RUnlock()
	if !known || shared {
		return nil, false
	}
	if !ok && embeds(base) {
		return nil, false // the method may be promoted from a field
	}
	if !ok || m.ptr && rv.Kind() != reflect.Pointer {
		return nil, true // a T's method set lacks *T's methods
	}
	ft := m.fn.Type()
	if ft.NumIn() != 1 || ft.NumOut() != 1 || ft.Out(0).Kind() != reflect.String {
		return nil, true
	}
	f := bound(rv, m)
	return func() string { return f.Call(nil)[0].String() }, true
}

// embeds reports whether struct type t has an embedded field.
func embeds(t reflect.Type) bool {
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Anonymous {
			return true
		}
	}
	return false
}
