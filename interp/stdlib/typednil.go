package stdlib

import (
	"fmt"
	"reflect"
)

// A nil pointer of a cell's type converted to error or fmt.Stringer is a
// non-nil interface in Go, whose dynamic type is the pointer's. yaegi
// makes it a nil interface (err != nil is false, the type is gone). gopad
// converts such a pointer itself (rewrite's ifaceConvert) to one of these
// values, shaped as yaegi's wrappers are (IValue first), so that yaegi's
// own assertions find the typed nil pointer in IValue (err.(*MyErr)),
// errors.As sets a *MyErr target, and %T names the pointer's type.

// typedNilError is a typed nil pointer inside an error.
type typedNilError struct {
	IValue any
	WError func() string
	Name   string // the pointer's Go name where IValue's type has lost it, or ""
}

func (e typedNilError) Error() string { return e.WError() }

// Is and As compare and assign the pointer, as for yaegi's wrappers.
func (e typedNilError) Is(target error) bool { return errIs(e.IValue, "", nil, nil, target) }
func (e typedNilError) As(target any) bool   { return errAs(e.IValue, nil, nil, target) }

// Format prints as fmt prints a nil pointer whose Error method panics:
// <nil>. The method is called as Go's fmt would call it.
func (e typedNilError) Format(s fmt.State, verb rune) { formatNil(s, verb, e.WError) }

// typedNilStringer is a typed nil pointer inside a fmt.Stringer.
type typedNilStringer struct {
	IValue  any
	WString func() string
	Name    string // as typedNilError's
}

func (e typedNilStringer) String() string                { return e.WString() }
func (e typedNilStringer) Format(s fmt.State, verb rune) { formatNil(s, verb, e.WString) }

// NilError returns the error that holds the nil pointer of a cell's type in
// the one-element slice p (gopadBuiltin.NilError); method calls its Error
// method.
func NilError(p any, method func() string) error { return typedNilError{first(p), method, ""} }

// NilStringer is NilError for fmt.Stringer (gopadBuiltin.NilStringer).
func NilStringer(p any, method func() string) fmt.Stringer {
	return typedNilStringer{first(p), method, ""}
}

// NilErrorNamed is NilError for a pointer to a cell's type that is no
// struct (*Code of type Code int), which runs as a pointer to its
// underlying type: name is the pointer's Go name, for %T
// (gopadBuiltin.NilErrorNamed).
func NilErrorNamed(name string, p any, method func() string) error {
	return typedNilError{first(p), method, name}
}

// NilStringerNamed is NilErrorNamed for fmt.Stringer
// (gopadBuiltin.NilStringerNamed).
func NilStringerNamed(name string, p any, method func() string) fmt.Stringer {
	return typedNilStringer{first(p), method, name}
}

// TypedNilName returns the Go name a typed nil pointer made by
// NilErrorNamed or NilStringerNamed keeps.
func TypedNilName(v any) (string, bool) {
	switch w := v.(type) {
	case typedNilError:
		return w.Name, w.Name != ""
	case typedNilStringer:
		return w.Name, w.Name != ""
	}
	return "", false
}

// first is the first element of the slice s, with its type.
func first(s any) any {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Slice || v.Len() == 0 {
		return nil
	}
	return v.Index(0).Interface()
}

// formatNil writes what method returns with the verb, or <nil> when it
// panics, as fmt does for a nil pointer receiver.
func formatNil(s fmt.State, verb rune, method func() string) {
	text, ok := func() (text string, ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return method(), true
	}()
	if !ok {
		fmt.Fprint(s, "<nil>")
		return
	}
	fmt.Fprintf(s, fmt.FormatString(s, verb), text)
}
