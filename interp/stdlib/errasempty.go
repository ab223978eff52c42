package stdlib

import "reflect"

// ErrorsAsNamed is errors.As with a target of a cell's type that is no
// struct with fields, whose Go name is name (main.NotFound, main.Code).
// Inside an error yaegi's wrapper holds such a value as its run-time type,
// struct{} for every field-less struct type and string for both of type
// Code string and type Reason string: only the name its GopadSelf method
// gives tells a NotFound from an Other. The walk visits the chain as
// errors.As does and also asks the errors' own As methods.
func ErrorsAsNamed(name string, err error, target any) bool {
	tv := reflect.ValueOf(target)
	if target == nil || tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	for _, e := range ErrorChain(err) {
		if n, ok := SelfName(e); ok && n == name {
			bv, _ := Wrapped(e)
			setBare(tv.Elem(), bv)
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

// setBare stores v, the bare value of a cell's type that is no struct with
// fields, in the target t of that type (struct{} for a field-less struct
// type: its only value).
func setBare(t, bv reflect.Value) {
	if !bv.IsValid() || !bv.Type().ConvertibleTo(t.Type()) {
		t.Set(reflect.Zero(t.Type()))
		return
	}
	t.Set(bv.Convert(t.Type()))
}
