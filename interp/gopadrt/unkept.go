package gopadrt

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/gopad/gopad/interp/pairs"
	"github.com/gopad/gopad/interp/stdlib"
)

// Package rewrite gives the cells' types over maps, slices, arrays,
// channels and funcs a method (keptTypes), so that yaegi keeps such a
// value beside its type inside an interface: its valueInterface, a pair of
// the interpreter's node and the value. yaegi hands compiled code that
// pair where the value sits inside another value (an element of a []any,
// a field of a struct, a List inside a List), and fmt printed the pair's
// fields ({0xc000… {0x10caba0 0xc000… 407}}) where Go prints the value.
// unkept gives fmt a copy of the value with each pair replaced by the
// value it holds.

// unkept is gopadBuiltin.Unkept: v with every valueInterface inside it
// (v itself, an interface element, field, map key or value) replaced by
// the value it holds; v itself when it holds none (nothing is copied).
// Pointers are not followed, but for v itself: fmt prints a nested
// pointer as an address.
func unkept(v any) any {
	if v == nil {
		return nil
	}
	if w, ok := bareWrapped(v); ok {
		v = w
	}
	rv := reflect.ValueOf(v)
	if isValueInterface(rv.Type()) {
		rv = keptValue(rv)
		if !rv.IsValid() {
			return nil
		}
	} else if top, ok := topPointer(rv); ok {
		return top
	} else if !mayKeep(rv.Type()) {
		return v
	}
	out, _ := stripper{}.kept(rv, 0)
	if !out.IsValid() || !out.CanInterface() {
		return v
	}
	return out.Interface()
}

// topPointer is a pointer to a stripped copy of the struct rv points to:
// fmt prints a pointer to a struct as &{...} at the top level (only
// there). ok is false where rv is no such pointer or nothing was stripped.
func topPointer(rv reflect.Value) (any, bool) {
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct || !mayKeep(rv.Elem().Type()) {
		return nil, false
	}
	out, changed := stripper{}.kept(rv.Elem(), 0)
	if !changed || !out.CanInterface() {
		return nil, false
	}
	p := reflect.New(out.Type())
	p.Elem().Set(out)
	return p.Interface(), true
}

// isValueInterface reports whether t is yaegi's valueInterface.
func isValueInterface(t reflect.Type) bool { return pairs.Is(t) }

// keptValue is the value yaegi's valueInterface v holds.
func keptValue(v reflect.Value) reflect.Value { return pairs.Value(v) }

// stripper takes yaegi's pairs out of a value: all of them, or with
// structsOnly those that hold a struct value or a pointer (a cell's struct
// type is a type of its own at run time, and a pointer is equal only to
// itself; a type over a basic type is not, and bare it would equal a
// value of that basic type).
type stripper struct {
	structsOnly bool
	// keyed (with structsOnly) replaces the other pairs by a pairKey of
	// their type's name and value, so that == tells equal values of one
	// type from values of another (equalPairs).
	keyed bool
}

// pairKey is a pair of a cell's type over a basic type (Num(1) in a field
// of an interface type) as equalPairs compares it: yaegi's pairs of equal
// values differ, the bare values of two types over float64 do not.
type pairKey struct {
	name  string
	value any
}

// kept is v with the valueInterfaces inside it replaced, and whether
// any was (v itself when none was).
func (s stripper) kept(v reflect.Value, depth int) (reflect.Value, bool) {
	if !v.IsValid() || depth > 64 {
		return v, false
	}
	t := v.Type()
	if isValueInterface(t) {
		inner := keptValue(v)
		if s.structsOnly && (!inner.IsValid() || inner.Kind() != reflect.Struct && inner.Kind() != reflect.Pointer) {
			if s.keyed && inner.IsValid() && inner.CanInterface() && v.CanInterface() {
				if name, ok := KeptName(v.Interface()); ok && inner.Type().Comparable() {
					return reflect.ValueOf(pairKey{name, inner.Interface()}), true
				}
			}
			return v, false
		}
		out, _ := s.kept(inner, depth+1)
		return out, true
	}
	if !mayKeep(t) {
		return v, false
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		if w, ok := s.wrapped(v.Elem()); ok {
			// yaegi's wrapper of a cell's value, in a compiled
			// struct's field (sort.Reverse's): the value, in a slot
			// the caller widens.
			inner, _ := s.kept(reflect.ValueOf(w), depth+1)
			return inner, true
		}
		inner, changed := s.kept(v.Elem(), depth+1)
		if !changed {
			return v, false
		}
		out := reflect.New(t).Elem()
		if inner.IsValid() && inner.Type().AssignableTo(t) {
			out.Set(inner)
		}
		return out, true
	case reflect.Slice, reflect.Array:
		return s.elems(v, depth)
	case reflect.Map:
		return s.mapOf(v, depth)
	case reflect.Struct:
		return s.fields(v, depth)
	}
	return v, false
}

// wrapped is the cell's value that v stands for when v is yaegi's wrapper
// of it for a compiled interface, for fmt (not for structsOnly's ==).
func (s stripper) wrapped(v reflect.Value) (any, bool) {
	if s.structsOnly || !v.IsValid() || !v.CanInterface() {
		return nil, false
	}
	return bareWrapped(v.Interface())
}

// anyType is the type of an empty interface, the slot a stripped pair
// takes where its value does not fit the slot yaegi declared: a field or
// element of a cell's interface type is a valueInterface at run time, so
// []Node holds pairs, and the values they hold need []any to be printed.
var anyType = reflect.TypeFor[any]()

// elems is kept of a slice or an array.
func (s stripper) elems(v reflect.Value, depth int) (reflect.Value, bool) {
	if v.Kind() == reflect.Slice && v.IsNil() {
		return v, false
	}
	elems := make([]reflect.Value, v.Len())
	changed, fits := false, true
	for i := range elems {
		e, c := s.kept(v.Index(i), depth+1)
		elems[i] = e
		changed = changed || c
		fits = fits && fitsSlot(e, v.Type().Elem())
	}
	if !changed {
		return v, false
	}
	out := copyOf(v)
	if !fits {
		out = widened(v)
	}
	for i, e := range elems {
		setRaw(out.Index(i), e)
	}
	return out, true
}

// fitsSlot reports whether v can be stored in a slot of type t.
func fitsSlot(v reflect.Value, t reflect.Type) bool {
	return !v.IsValid() || v.Type().AssignableTo(t)
}

// widened is an empty slice or array of v's length with elements of type
// any.
func widened(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Array {
		return reflect.New(reflect.ArrayOf(v.Len(), anyType)).Elem()
	}
	return reflect.MakeSlice(reflect.SliceOf(anyType), v.Len(), v.Len())
}

// copyOf is a settable copy of slice or array v.
func copyOf(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Array {
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		return out
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	reflect.Copy(out, v)
	return out
}

// mapOf is kept of a map; its keys and values become any when a
// stripped one no longer fits.
func (s stripper) mapOf(v reflect.Value, depth int) (reflect.Value, bool) {
	if v.IsNil() {
		return v, false
	}
	var keys, elems []reflect.Value
	changed := false
	kt, et := v.Type().Key(), v.Type().Elem()
	for it := v.MapRange(); it.Next(); {
		k, kc := s.kept(it.Key(), depth+1)
		e, ec := s.kept(it.Value(), depth+1)
		changed = changed || kc || ec
		if !fitsSlot(k, kt) {
			kt = anyType
		}
		if !fitsSlot(e, et) {
			et = anyType
		}
		keys, elems = append(keys, k), append(elems, e)
	}
	if !changed {
		return v, false
	}
	out := reflect.MakeMapWithSize(reflect.MapOf(kt, et), len(keys))
	for i, k := range keys {
		if !k.IsValid() {
			k = reflect.Zero(kt)
		}
		e := elems[i]
		if !e.IsValid() {
			e = reflect.Zero(et)
		}
		out.SetMapIndex(k, e)
	}
	return out, true
}

// fields is kept of a struct (yaegi's structs export every
// field; a compiled struct's unexported fields are written through their
// address). A field whose stripped value no longer fits its type gets a
// struct type of the same field names with that field of type any.
func (s stripper) fields(v reflect.Value, depth int) (reflect.Value, bool) {
	fields := make([]reflect.Value, v.NumField())
	changed := false
	t := v.Type()
	sfs := make([]reflect.StructField, len(fields))
	for i := range fields {
		f, c := s.kept(v.Field(i), depth+1)
		fields[i], changed = f, changed || c
		sfs[i] = t.Field(i)
		if !fitsSlot(f, sfs[i].Type) {
			sfs[i].Type = anyType
		}
	}
	if !changed {
		return v, false
	}
	out := reflect.New(t).Elem()
	if st := structOf(sfs); st != nil && st != t {
		out = reflect.New(st).Elem()
	} else {
		out.Set(v)
	}
	for i, f := range fields {
		setRaw(out.Field(i), f)
	}
	return out, true
}

// structOf is reflect.StructOf(sfs), or nil where it cannot build the type
// (an unexported field). An embedded field becomes a field of the same
// name: fmt prints both alike, and == compares both alike (a Loud{Animal}
// whose embedded pair is stripped for equalPairs).
func structOf(sfs []reflect.StructField) (t reflect.Type) {
	for i := range sfs {
		if sfs[i].PkgPath != "" {
			return nil
		}
		sfs[i].Anonymous = false
		sfs[i].Offset, sfs[i].Index = 0, nil
	}
	defer func() {
		if recover() != nil {
			t = nil
		}
	}()
	return reflect.StructOf(sfs)
}

// setRaw sets the addressable dst to v, also where dst is an unexported
// field; a v of another type (a stripped pair whose value does not fit
// dst's type) leaves dst as it was.
func setRaw(dst, v reflect.Value) {
	if !v.IsValid() {
		v = reflect.Zero(dst.Type())
	}
	if !v.Type().AssignableTo(dst.Type()) {
		return
	}
	reflect.NewAt(dst.Type(), unsafe.Pointer(dst.UnsafeAddr())).Elem().Set(v)
}

// keepers caches mayKeep per type.
var keepers sync.Map // reflect.Type → bool

// mayKeep reports whether a value of type t may hold a valueInterface: t
// is an interface, or a slice, array, map or struct with one inside
// (pointers are not followed).
func mayKeep(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Slice, reflect.Array, reflect.Map, reflect.Struct:
	default:
		return false
	}
	if k, ok := keepers.Load(t); ok {
		return k.(bool)
	}
	keepers.Store(t, false) // a recursive type does not loop
	k := mayKeepInside(t)
	keepers.Store(t, k)
	return k
}

// mayKeepInside is mayKeep of a slice, array, map or struct type.
func mayKeepInside(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return mayKeep(t.Elem())
	case reflect.Map:
		return mayKeep(t.Key()) || mayKeep(t.Elem())
	}
	if isValueInterface(t) {
		return true
	}
	for i := range t.NumField() {
		if mayKeep(t.Field(i).Type) {
			return true
		}
	}
	return false
}

// anyMapKey is gopadBuiltin.AnyMapKey: k as a key of a map[any], its struct
// value without yaegi's pair (package rewrite's anyMapKeys), so that a
// key paired with its type and the same key bare are one entry. A pair of
// another kind of a cell's type (type Count int, type Trio [3]int, type
// IntList []int) stops the cell (pairedKeyLimit): yaegi hashes the pair,
// whose node is the place the value was converted, so the same key put
// twice made two entries and a lookup missed it; without the pair it
// would be a key of the underlying type.
func anyMapKey(k any) any {
	if k == nil {
		return nil
	}
	rv := reflect.ValueOf(k)
	if !pairs.Is(rv.Type()) {
		return k
	}
	in := pairs.Value(rv)
	if in.IsValid() && in.Kind() != reflect.Struct {
		if name, ok := KeptName(k); ok {
			panic(errors.New(pairedKeyLimit(name)))
		}
	}
	if !in.IsValid() || in.Kind() != reflect.Struct || !in.CanInterface() {
		return k
	}
	return in.Interface()
}

// pairedKeyLimit is anyMapKey's refusal of a key of the cell type name.
func pairedKeyLimit(name string) string {
	short := name[strings.LastIndexByte(name, '.')+1:]
	return "gopad cannot use a " + name + " held in an interface as a key of a map with interface keys: " +
		"yaegi keys the map by the value paired with the place it was made, so equal keys made in two places " +
		"would be two entries (and an unhashable value would not panic as in Go). Workaround: give the map the key type " +
		short + ", or key it by a string or struct made from the value"
}

// unpaired is gopadBuiltin.Unpaired: v with the pairs that hold a cell's
// struct value replaced by the value (package rewrite's pairedEquals):
// reflect.DeepEqual compared yaegi's pairs, which differ for equal
// values.
func unpaired(v any) any {
	if v == nil {
		return nil
	}
	if rv := reflect.ValueOf(v); pairs.Is(rv.Type()) && !pairs.Value(rv).IsValid() {
		return nil // a nil element of a slice of a cell's interface type
	}
	out, changed := stripper{structsOnly: true}.kept(reflect.ValueOf(v), 0)
	if !changed || !out.IsValid() || !out.CanInterface() {
		return v
	}
	return out.Interface()
}

// equalPairs is gopadBuiltin.EqualPairs: a == b for values of a struct or
// array type with fields of interface types, compared without the pairs
// (yaegi's == compared the pairs, and equal values were unequal).
func equalPairs(a, b any) bool { return unpairedKeyed(a) == unpairedKeyed(b) }

// unpairedKeyed is unpaired with the pairs of non-struct values replaced by
// their pairKey: Box{Num(1)} == Box{Num(1)} compared two pairs, which
// differ.
func unpairedKeyed(v any) any {
	if v == nil {
		return nil
	}
	if rv := reflect.ValueOf(v); pairs.Is(rv.Type()) && !pairs.Value(rv).IsValid() {
		return nil
	}
	out, changed := stripper{structsOnly: true, keyed: true}.kept(reflect.ValueOf(v), 0)
	if !changed || !out.IsValid() || !out.CanInterface() {
		return v
	}
	return out.Interface()
}

// slicesIndexPairs is gopadBuiltin.SlicesIndexPairs: slices.Index(s, v)
// for a slice s of an interface type, its elements compared with v as
// equalPairs compares (slices.Index compared yaegi's pairs).
func slicesIndexPairs(s, v any) int {
	rv := reflect.ValueOf(s)
	for i := range rv.Len() {
		if equalPairs(rv.Index(i).Interface(), v) {
			return i
		}
	}
	return -1
}

// slicesContainsPairs is gopadBuiltin.SlicesContainsPairs: slices.Contains.
func slicesContainsPairs(s, v any) bool { return slicesIndexPairs(s, v) >= 0 }

// slicesEqualPairs is gopadBuiltin.SlicesEqualPairs: slices.Equal(a, b)
// for slices of an interface type.
func slicesEqualPairs(a, b any) bool {
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Len() != rb.Len() {
		return false
	}
	for i := range ra.Len() {
		if !equalPairs(ra.Index(i).Interface(), rb.Index(i).Interface()) {
			return false
		}
	}
	return true
}

// MayKeep reports whether a value of type t may hold yaegi's pairs of a
// value and its cell type (for gopad's %#v printer).
func MayKeep(t reflect.Type) bool { return mayKeep(t) }

// bareWrapped is the value of a cell's type that v, yaegi's wrapper of it
// for a compiled interface whose methods fmt does not call (io.Reader,
// sort.Interface), holds; fmt printed the wrapper's fields ({[a] 0x540f00
// 0x540f00}). ok is false for other values. (Of a struct value yaegi keeps
// one field: package rewrite does not unwrap where one may be held.)
func bareWrapped(v any) (any, bool) {
	inner, ok := stdlib.Wrapped(v)
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case fmt.Formatter, fmt.Stringer, error:
		return nil, false // gopad's own wrappers, which fmt calls
	}
	if self, ok := stdlib.SelfValue(v); ok {
		return self, true
	}
	if !inner.IsValid() || !inner.CanInterface() {
		return nil, false
	}
	return inner.Interface(), true
}
