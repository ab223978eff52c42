package gopadrt

import (
	"errors"
	"reflect"
	"strings"

	goruntime "github.com/gopad/gopad/interp/gopadrt/runtime"
)

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
	runtimeErr   interface{ RuntimeError() }
)

// twinSymbols are the twins as gopadBuiltin exports them.
var twinSymbols = map[string]reflect.Value{
	"UnwrapErrors": reflect.ValueOf((*unwrapErrors)(nil)),
	"UnwrapError":  reflect.ValueOf((*unwrapError)(nil)),
	"IsError":      reflect.ValueOf((*isError)(nil)),
	"AsError":      reflect.ValueOf((*asError)(nil)),
	"TimeoutError": reflect.ValueOf((*timeoutError)(nil)),
	"Temporary":    reflect.ValueOf((*temporary)(nil)),
	"RuntimeError": reflect.ValueOf((*runtimeErr)(nil)),
}

// runtimePkgPath is the path of gopad's stand-ins for the Go runtime's
// errors: values of a compiled package as far as cells can tell.
var runtimePkgPath = reflect.TypeOf(goruntime.Error("")).PkgPath()

// refuseCompiledAssert is gopadBuiltin.RefuseCompiledAssert, called where
// an assertion (or errors.As) to an interface declared in a cell, with no
// compiled twin, answered false: it panics when v is a value of a compiled
// package's type that has the interface's methods (names, "A,B"), which Go
// would have found and yaegi cannot, rather than let the false stand.
// assertion is the construct as the cell wrote it.
func refuseCompiledAssert(v any, names, assertion string) {
	if v == nil {
		return
	}
	t := reflect.TypeOf(v)
	base := t
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if p := base.PkgPath(); p == "" || strings.HasPrefix(p, "github.com/traefik/yaegi") ||
		strings.HasPrefix(p, "github.com/gopad/gopad") && p != runtimePkgPath {
		return // a cell's value (yaegi decides those), or a wrapper of one
	}
	for _, n := range strings.Split(names, ",") {
		if _, ok := t.MethodByName(n); !ok {
			return
		}
	}
	panic(errors.New("gopad cannot decide " + assertion + " here: the value is a " + t.String() +
		" of a compiled package, which has the methods, but yaegi cannot assert a compiled package's value to an interface declared in a cell. " +
		"Workaround: assert to the package's type (" + t.String() + ") or to an interface of the package that has the methods"))
}
