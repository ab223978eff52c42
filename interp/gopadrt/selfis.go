package gopadrt

import (
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/stdlib"
)

// selfIs is gopadBuiltin.SelfIs, the answer of an assertion (or a type
// switch case) of v, of a compiled interface (error, fmt.Stringer), to the
// cell's type over a basic type whose Go name is name (main.Code). yaegi's
// wrapper holds the bare value, and its own answer, is, takes a Reason for
// a Code when both are strings; the name the value's GopadSelf method
// gives decides. A pointer, which the wrapper keeps whole, and a value
// without the method are left to yaegi; a compiled package's value is no
// cell's.
func selfIs(name string, v any, is bool) bool {
	iv, wrapped := stdlib.Wrapped(v)
	if wrapped && iv.IsValid() && iv.Kind() == reflect.Pointer {
		return is
	}
	if n, ok := stdlib.SelfName(v); ok {
		return n == name
	}
	if !wrapped && compiledNamed(reflect.TypeOf(v)) {
		// A compiled package's value (sort.IntSlice): a cell's value in
		// a compiled interface is in yaegi's wrapper, and a cell's type
		// has no name at run time.
		return false
	}
	return is
}

// compiledNamed reports whether t is a named type of a compiled package
// other than yaegi's and gopad's own (yaegi's pair of a value and its
// type, gopad's values that stand for the cells' ones).
func compiledNamed(t reflect.Type) bool {
	if t == nil || t.Name() == "" || t.PkgPath() == "" {
		return false
	}
	p := t.PkgPath()
	return !strings.HasPrefix(p, "github.com/traefik/yaegi") && !strings.HasPrefix(p, "github.com/gopad/gopad")
}

// cellWrapped is gopadBuiltin.CellWrapped: whether v is yaegi's wrapper
// of a cell's value for a compiled interface, which no assertion to a
// compiled package's type accepts.
func cellWrapped(v any) bool {
	_, ok := stdlib.Wrapped(v)
	return ok
}

// selfNameOf is gopadBuiltin.SelfNameOf: the Go name of the cell's type of
// the value v stands for when v is gopad's wrapper of one for error or
// fmt.Stringer that names it (package rewrite's selfRebox), "" otherwise.
func selfNameOf(v any) string {
	n, _ := stdlib.SelfName(v)
	return n
}

// selfBare is gopadBuiltin.SelfBare: the bare value such a wrapper holds.
func selfBare(v any) any {
	if iv, ok := stdlib.Wrapped(v); ok && iv.IsValid() && iv.CanInterface() {
		return iv.Interface()
	}
	return v
}

// cellName is gopadBuiltin.CellName: the Go name of the cell's type of v
// when gopad's wrapper (its GopadSelf method) or yaegi's pair keeps it,
// "" otherwise (package rewrite's cellNamesGuard).
func cellName(v any) string {
	if n, ok := stdlib.SelfName(v); ok {
		return n
	}
	n, _ := KeptName(v)
	return n
}

// otherCells is gopadBuiltin.OtherCells: whether two known cell type names
// differ, which makes their values unequal.
func otherCells(a, b string) bool { return a != "" && b != "" && a != b }
