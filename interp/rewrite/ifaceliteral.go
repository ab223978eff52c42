package rewrite

import (
	"go/types"
	"strconv"
)

// yaegi asserts a compiled value (the error errors.Join returns) to an
// interface type written in a cell by its own method tables, which a
// compiled type is not in: err.(interface{ Unwrap() []error }) fails.
// Asserted to a compiled interface, it is decided by reflect. The
// interface literals that Go code asserts errors to most are therefore
// written as compiled twins of interp's (gopadBuiltin.UnwrapErrors...),
// which have the same methods.

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
	"interface{RuntimeError()}":       "RuntimeError",
}

// literalTwin is the compiled twin of t, an interface literal or a cell's
// interface type, as the chunk writes it.
func (tc *Types) literalTwin(t types.Type) (string, bool) {
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == tc.Pkg && n.TypeParams().Len() == 0 {
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

// compiledMiss is the statement that refuses v, a value asserted to
// target (an interface literal or a cell's interface with no compiled
// twin), when it is a compiled package's value with target's methods:
// yaegi's assertion answers false for it, where Go answers true
// (gopadBuiltin.RefuseCompiledAssert). "" when no compiled value can
// have the methods or the twin decides.
func (tc *Types) compiledMiss(v string, target types.Type, assertion string) string {
	if _, ok := target.(*types.TypeParam); ok || tc.compiledInterface(target) {
		return ""
	}
	if _, twin := tc.literalTwin(target); twin {
		return ""
	}
	it, ok := target.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return ""
	}
	for i := range it.NumMethods() {
		if !it.Method(i).Exported() {
			return "" // only the cells' types can have it
		}
	}
	return "gopadBuiltin.RefuseCompiledAssert(" + v + ", " + strconv.Quote(methodNames(it)) + ", " + strconv.Quote(assertion) + "); "
}
