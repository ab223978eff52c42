// Package runtime holds gopad's stand-ins for the Go runtime's error
// values that cells recover: the run-time errors yaegi raises through
// reflect (or gopad's own checks raise) are made of these types, so that
// %T of a recovered error names the type Go names (runtime.boundsError,
// *runtime.TypeAssertionError), and r.(runtime.Error) style checks of a
// RuntimeError method hold. The package is named runtime for that %T
// alone; it has nothing of the Go runtime.
package runtime

// errorString is a run-time error Go reports as "runtime error: ..."
// (a nil pointer dereference, a hash of an unhashable type).
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks e as a runtime.Error.
func (errorString) RuntimeError() {}

// Error is the run-time error "runtime error: " + text.
func Error(text string) error { return errorString(text) }

// plainError is a run-time error Go reports without the "runtime error: "
// prefix (makechan's size out of range).
type plainError string

func (e plainError) Error() string { return string(e) }

// RuntimeError marks e as a runtime.Error.
func (plainError) RuntimeError() {}

// Plain is the run-time error whose whole message is text.
func Plain(text string) error { return plainError(text) }

// IsPlain reports whether err was made by Plain: its text is Go's already.
func IsPlain(err error) bool { _, ok := err.(plainError); return ok }

// boundsError is an index or slice error, with the column of the
// expression at fault (gopad's traceback points at it).
type boundsError struct {
	text string
	col  int
}

func (e boundsError) Error() string { return "runtime error: " + e.text }

// RuntimeError marks e as a runtime.Error.
func (boundsError) RuntimeError() {}

// Bounds is the index or slice error "runtime error: " + text of the
// expression at column col.
func Bounds(text string, col int) error { return boundsError{text, col} }

// BoundsColumn is the column of a bounds error v made by Bounds (false
// for any other value).
func BoundsColumn(v any) (int, bool) {
	be, ok := v.(boundsError)
	return be.col, ok
}

// TypeAssertionError is a failed type assertion, worded as Go's.
type TypeAssertionError struct{ text string }

func (e *TypeAssertionError) Error() string { return e.text }

// RuntimeError marks e as a runtime.Error.
func (*TypeAssertionError) RuntimeError() {}

// Assertion is the failed type assertion whose message is text
// ("interface conversion: ...").
func Assertion(text string) error { return &TypeAssertionError{text} }
