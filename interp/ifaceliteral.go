package interp

import (
	"go/types"
	"reflect"
)

// yaegi asserts a compiled value (the error errors.Join returns) to an
// interface type written in a cell by its own method tables, which a
// compiled type is not in: err.(interface{ Unwrap() []error }) fails.
// Asserted to a compiled interface, it is decided by reflect. The
// interface literals that Go code asserts errors to most are therefore
// written as these compiled twins (gopadBuiltin.UnwrapErrors...), which
// have the same methods.

// The compiled twins of common interface literals.
type (
	unwrapErrors interface{ Unwrap() []error }
	unwrapError  interface{ Unwrap() error }
	isError      interface{ Is(error) bool }
	asError      interface{ As(any) bool }
	timeoutError interface{ Timeout() bool }
	temporary    interface{ Temporary() bool }
)

// literalTwins maps each twin's method set, as go/types writes the
// literal, to its name in gopadBuiltin.
var literalTwins = map[string]string{
	"interface{Unwrap() []error}":     "UnwrapErrors",
	"interface{Unwrap() error}":       "UnwrapError",
	"interface{Is(error) bool}":       "IsError",
	"interface{As(any) bool}":         "AsError",
	"interface{As(interface{}) bool}": "AsError",
	"interface{Timeout() bool}":       "TimeoutError",
	"interface{Temporary() bool}":     "Temporary",
}

// twinSymbols are the twins as gopadBuiltin exports them.
var twinSymbols = map[string]reflect.Value{
	"UnwrapErrors": reflect.ValueOf((*unwrapErrors)(nil)),
	"UnwrapError":  reflect.ValueOf((*unwrapError)(nil)),
	"IsError":      reflect.ValueOf((*isError)(nil)),
	"AsError":      reflect.ValueOf((*asError)(nil)),
	"TimeoutError": reflect.ValueOf((*timeoutError)(nil)),
	"Temporary":    reflect.ValueOf((*temporary)(nil)),
}

// literalTwin is the compiled twin of t, an interface literal or a cell's
// interface type, as the chunk writes it.
func (tc *typedChunk) literalTwin(t types.Type) (string, bool) {
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == tc.pkg && n.TypeParams().Len() == 0 {
		t = n.Underlying()
	}
	if _, ok := t.(*types.Interface); !ok {
		return "", false
	}
	name, ok := literalTwins[types.TypeString(t, nil)]
	if !ok {
		return "", false
	}
	return "gopadBuiltin." + name, true
}

func init() {
	for name, v := range twinSymbols {
		builtinSymbols["gopad/builtin/builtin"][name] = v
	}
}
