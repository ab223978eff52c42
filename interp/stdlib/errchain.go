package stdlib

import "reflect"

// ErrorChain lists err and the errors it wraps in the order errors.As
// visits them: depth first, through Unwrap() error and Unwrap() []error,
// also of the cells' error types (whose wrappers of errwrap_gen.go hold
// the interpreted Unwrap). Rewritten errors.As calls with a target of a
// cell's interface type walk it in interpreted code.
func ErrorChain(err error) []error {
	var out []error
	var walk func(error)
	walk = func(e error) {
		for e != nil {
			out = append(out, e)
			if errs, ok := unwrapList(e); ok {
				for _, c := range errs {
					walk(c)
				}
				return
			}
			u, ok := e.(interface{ Unwrap() error })
			if !ok {
				return
			}
			e = u.Unwrap()
		}
	}
	walk(err)
	return out
}

// unwrapList returns what e's Unwrap() []error returns, if it has one.
func unwrapList(e error) ([]error, bool) {
	if x, ok := e.(interface{ Unwrap() []error }); ok {
		return x.Unwrap(), true
	}
	rv := reflect.ValueOf(e)
	if _, ok := wrappedValue(e); !ok {
		return nil, false
	}
	f := rv.FieldByName("WUnwrap")
	if !f.IsValid() || f.IsNil() {
		return nil, false
	}
	errs := unwrapMulti(f.Interface())
	return errs, errs != nil
}
