package interp

import (
	"go/types"
	"reflect"
)

// cellTypeResult gives the result of a standard library generic function
// the type it has in Go when that type involves the cell's own types
// (anyResult asserts the others):
//
//	maps.Clone(c)          →   Catalog(maps.Clone(c).(map[string]float64))
//	slices.Clone(items)    →   slices.Clone(items).([]Item)
//
// The stand-ins of the generic functions return any, and yaegi gives a
// cell's named map or slice type its underlying reflect type, so the value
// inside is of the underlying type: asserted to it and converted, it is the
// cell's type again. Without this, ranging over the result or indexing it
// failed to compile. Struct and interface types and type parameters are
// left alone.
func (s *Session) cellTypeResult(tc *typedChunk, c compiledCall) []edit {
	if c.method() {
		return nil
	}
	_, syms, ok := s.lookupTable(c.fn.Pkg().Path())
	if !ok {
		return nil
	}
	v, ok := syms[c.fn.Name()]
	if !ok || v.Kind() != reflect.Func || v.Type().NumOut() != 1 || v.Type().Out(0) != anyType {
		return nil
	}
	tv, ok := tc.info.Types[c.call]
	if !ok || tv.Type == nil || !mentionsPackage(tv.Type, tc.pkg) || mentionsPackage(tv.Type, noPackage) {
		return nil
	}
	switch tv.Type.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return nil
	}
	from, to := tc.off(c.call.Pos()), tc.off(c.call.End())
	named, ok := tv.Type.(*types.Named)
	if !ok {
		text, ok := tc.typeText(tv.Type)
		if !ok {
			return nil
		}
		return []edit{{from: to, to: to, text: ".(" + text + ")", order: 2}}
	}
	if named.TypeArgs().Len() > 0 {
		return nil
	}
	under, ok := tc.typeText(named.Underlying())
	if !ok {
		return nil
	}
	name, ok := tc.typeText(named)
	if !ok {
		return nil
	}
	// Inside any other pass's wrapping of the same call (%T's type name).
	return []edit{{from: from, to: from, text: name + "(", order: -2}, {from: to, to: to, text: ".(" + under + "))", order: 2}}
}

// noPackage is a package no type belongs to: mentionsPackage(t,
// noPackage) reports whether t involves a type parameter.
var noPackage = types.NewPackage("gopad/none", "none")
