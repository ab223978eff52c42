package gopadrt

import "reflect"

// yaegi asserts a compiled value (the error errors.Join returns) to an
// interface type written in a cell by its own method tables, which a
// compiled type is not in: err.(interface{ Unwrap() []error }) fails.
// Asserted to a compiled interface, it is decided by reflect. The
// interface literals that Go code asserts errors to most are therefore
// written as these compiled twins (gopadBuiltin.UnwrapErrors...), which
// have the same methods (package rewrite's ifaceAssert pass writes them).

// The compiled twins of common interface literals.
type (
	unwrapErrors interface{ Unwrap() []error }
	unwrapError  interface{ Unwrap() error }
	isError      interface{ Is(error) bool }
	asError      interface{ As(any) bool }
	timeoutError interface{ Timeout() bool }
	temporary    interface{ Temporary() bool }
)

// twinSymbols are the twins as gopadBuiltin exports them.
var twinSymbols = map[string]reflect.Value{
	"UnwrapErrors": reflect.ValueOf((*unwrapErrors)(nil)),
	"UnwrapError":  reflect.ValueOf((*unwrapError)(nil)),
	"IsError":      reflect.ValueOf((*isError)(nil)),
	"AsError":      reflect.ValueOf((*asError)(nil)),
	"TimeoutError": reflect.ValueOf((*timeoutError)(nil)),
	"Temporary":    reflect.ValueOf((*temporary)(nil)),
}
