package stdlib

import "reflect"

// ErrorsAsNamed is errors.As with a target of a cell's struct type without
// fields, whose Go name is name (main.NotFound). Inside an error yaegi's
// wrapper holds such a value as struct{}, the run-time type of every
// field-less struct type: only the name its GopadSelf method gives tells a
// NotFound from an Other. The walk visits the chain as errors.As does and
// also asks the errors' own As methods.
func ErrorsAsNamed(name string, err error, target any) bool {
	tv := reflect.ValueOf(target)
	if target == nil || tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	for _, e := range ErrorChain(err) {
		if n, ok := SelfName(e); ok && n == name {
			tv.Elem().Set(reflect.Zero(tv.Type().Elem())) // its only value
			return true
		}
		if ownAs(e, target) {
			return true
		}
	}
	return false
}

// ownAs calls e's own As method: for a cell's error the interpreted method
// the wrapper holds (the wrapper's As would also walk the chain, and
// compare the wrapped value by its run-time type).
func ownAs(e error, target any) bool {
	rv := reflect.ValueOf(e)
	if isWrapper(rv) {
		f := rv.FieldByName("WAs")
		return f.IsValid() && !f.IsNil() && methodBool(f.Interface(), target)
	}
	x, ok := e.(interface{ As(any) bool })
	return ok && x.As(target)
}
