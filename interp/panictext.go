package interp

import (
	"reflect"
)

// panicText is what Go prints for an unrecovered panic whose value v is
// of a cell's struct type (or a pointer to one): the result of its Error
// method when it is an error, else of its String method when it is a
// fmt.Stringer, as the runtime prints them (yaegi's value of a cell type
// has no methods, so fmt printed its fields: "panic: {0 1}"). ok is false
// for other values and when the method cannot be called.
func (rm *reflectMethods) panicText(v any) (text string, ok bool) {
	defer func() {
		if recover() != nil {
			text, ok = "", false // (a method that panics, or types that share methods)
		}
	}()
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "", false
	}
	ms, found := rm.methodSet(rv.Type())
	if !found {
		return "", false
	}
	for _, name := range []string{"Error", "String"} {
		for _, m := range ms {
			ft := m.fn.Type()
			if m.name != name || ft.NumIn() != 1 || ft.NumOut() != 1 || ft.Out(0).Kind() != reflect.String {
				continue
			}
			return bound(rv, m).Call(nil)[0].String(), true
		}
	}
	return "", false
}
