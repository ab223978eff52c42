package gopadrt

import (
	"errors"
	"reflect"

	goruntime "github.com/gopad/gopad/interp/gopadrt/runtime"
	"github.com/gopad/gopad/interp/pairs"
	"github.com/gopad/gopad/interp/stdlib"
)

// yaegi keeps a value of a cell's type over a basic type, an array or a
// struct without fields (type State int, type Pair [2]Suit, type Ping
// struct{}) inside an empty interface as its pair of node and value
// (package pairs) in a variable, a literal or an element, but as the
// bare value where it indexes a map: a map[any]bool took State(1) for
// the int 1, and a pair made elsewhere (a key passed as an any) was a
// key of its own that no other conversion equalled. Package rewrite's
// anyMapKeys hands every key of a map whose keys are an empty interface
// to anyKey as a pair, which anyKey makes the first pair seen with that
// type and value: equal keys of one cell type are one entry, keys of two
// types (State(1), Level(1), 1) stay apart, and what range gives back is
// the pair, which keeps its type for switches, assertions and printing.

// anyKey is gopadBuiltin.AnyKey: s is a []any of one key, which it
// replaces by its canonical form (canonKey) and returns. A value that
// reflect cannot read or Go cannot hash stays as it is (the map then
// panics as Go's does).
func (c *canonKeys) anyKey(s []any) (out []any) { return c.canonAnyKey(s, false) }

// anyKeyRead is gopadBuiltin.AnyKeyRead: anyKey for a key a map is read
// or deleted at, whose unhashable value Go's map reports in its own words
// ("hash of unhashable type: main.List", without "runtime error: ").
func (c *canonKeys) anyKeyRead(s []any) (out []any) { return c.canonAnyKey(s, true) }

func (c *canonKeys) canonAnyKey(s []any, read bool) (out []any) {
	if len(s) != 1 || s[0] == nil {
		return s
	}
	refuseWrappedKey(s[0])
	unhashablePair(s[0], read)
	out = s
	defer func() { _ = recover() }()
	e := reflect.ValueOf(s).Index(0)
	if k, ok := c.canonKey(e.Elem(), 0); ok {
		e.Set(k)
	}
	return s
}

// partsKey is gopadBuiltin.KeyParts: s is a slice of one key of a map
// whose keys are a struct or array type with fields or elements of
// interface types (map[Ref]V, Ref{Kind any; ID int}), which it replaces
// in place by its canonical form: yaegi held a Kind value in each Ref as
// a pair of its own, and equal keys were two entries.
func (c *canonKeys) partsKey(s any) {
	rv := reflect.ValueOf(s)
	if rv.Kind() != reflect.Slice || rv.Len() != 1 {
		return
	}
	if name, ok := unhashableIn(rv.Index(0), 0); ok {
		panic(runtimeError(unhashable + " " + name))
	}
	defer func() { _ = recover() }()
	e := rv.Index(0)
	if k, ok := c.canonKey(e, 0); ok {
		e.Set(k)
	}
}

// canonKey is v as a key of a map with interface keys, and whether it
// differs from v: a pair of a cell's struct value with fields becomes the
// struct (whose run-time type is its own: package rewrite's
// tagStructTypes), any other pair the first pair seen holding an equal
// value of the same cell type (canonPair), and a struct or array whose
// fields or elements hold pairs (Ref{Kind: KindUser}) a copy holding
// their canonical forms.
func (c *canonKeys) canonKey(v reflect.Value, depth int) (reflect.Value, bool) {
	if !v.IsValid() || depth > 20 {
		return v, false
	}
	if pairs.Is(v.Type()) {
		in := pairs.Value(v)
		if in.IsValid() && in.Kind() == reflect.Struct && in.NumField() > 0 && in.CanInterface() {
			k, _ := c.canonKey(in, depth+1)
			return k, true
		}
		return c.pair(v)
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		k, changed := c.canonKey(v.Elem(), depth+1)
		if !changed {
			return v, false
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(k)
		return out, true
	case reflect.Struct, reflect.Array:
		return c.canonParts(v, depth)
	}
	return v, false
}

// canonParts is canonKey of a struct's fields or an array's elements: a
// copy of v when one of them changed.
func (c *canonKeys) canonParts(v reflect.Value, depth int) (reflect.Value, bool) {
	field, n := v.Field, v.NumField
	if v.Kind() == reflect.Array {
		field, n = v.Index, v.Len
	}
	var out reflect.Value
	for i := range n() {
		k, changed := c.canonKey(field(i), depth+1)
		if !changed {
			continue
		}
		if !out.IsValid() {
			out = reflect.New(v.Type()).Elem()
			out.Set(v)
		}
		f := out.Field
		if v.Kind() == reflect.Array {
			f = out.Index
		}
		if !f(i).CanSet() {
			return v, false // an unexported field (a compiled type's)
		}
		f(i).Set(k)
	}
	if !out.IsValid() {
		return v, false
	}
	return out, true
}

// canonPair is the first pair seen with p's cell type and an equal value
// (c), and whether it is another pair than p; p itself when its
// value cannot be a key (NaN, a slice: the map panics as Go's does).
func (c *canonKeys) pair(p reflect.Value) (reflect.Value, bool) {
	if name, _ := KeptName(p.Interface()); name == "" && !ownType(pairs.Value(p)) {
		return p, false // a type two cell types may share at run time, unnamed
	}
	text, ok := keyText(p, 0)
	if !ok {
		return p, false
	}
	id := canonID{p.Type(), text}
	c.mu.Lock()
	defer c.mu.Unlock()
	if first, ok := c.first[id]; ok {
		return first, true
	}
	first := reflect.New(p.Type()).Elem()
	first.Set(p)
	c.first[id] = first
	return first, false
}

// refuseWrappedKey stops the cell when k is yaegi's wrapper of a cell's
// value for a compiled interface (an error holding a Code, recovered or
// passed as an any): Go hashes the value, yaegi's wrapper of funcs cannot
// be hashed, and no box of it would come back from range as the value.
func refuseWrappedKey(k any) {
	if _, ok := stdlib.Wrapped(k); !ok {
		return
	}
	name, ok := stdlib.SelfName(k)
	if !ok {
		name = "a cell's type"
	}
	panic(errors.New("gopad cannot use an interface value holding a value of " + name + " as a key of a map with empty " +
		"interface keys, once it was an error or a fmt.Stringer: yaegi keeps it in a wrapper of functions, which cannot be " +
		"hashed (Go hashes the value). Workaround: give the map the key type error (or fmt.Stringer), or assert the value " +
		"to its type before using it as a key"))
}

// unhashablePair panics as Go's map does (at a read when read is set)
// when k holds yaegi's pair of a
// value Go cannot hash (a List of type []int) and its cell type, itself or
// in a field or element: the pair is a comparable struct, and the map
// took it as a key.
func unhashablePair(k any, read bool) {
	name, ok := unhashableIn(reflect.ValueOf(k), 0)
	if rv := reflect.ValueOf(k); !ok && rv.IsValid() && !rv.Comparable() {
		if name, ok = KeptName(k); !ok {
			name, ok = cellTypeName(rv.Type().String()), true
		}
	}
	switch {
	case ok && read:
		panic(goruntime.Plain(unhashable + ": " + name))
	case ok:
		panic(runtimeError(unhashable + " " + name))
	}
}

// unhashableIn is the name of the type of the first pair in v whose value
// Go cannot hash, and whether there is one.
func unhashableIn(v reflect.Value, depth int) (string, bool) {
	if !v.IsValid() || depth > 20 {
		return "", false
	}
	if pairs.Is(v.Type()) {
		in := pairs.Value(v)
		if !in.IsValid() || in.Comparable() {
			return unhashableIn(in, depth+1)
		}
		if v.CanInterface() {
			if name, ok := KeptName(v.Interface()); ok {
				return name, true
			}
		}
		return in.Type().String(), true
	}
	switch v.Kind() {
	case reflect.Interface:
		return unhashableIn(v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if name, ok := unhashableIn(v.Field(i), depth+1); ok {
				return name, true
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if name, ok := unhashableIn(v.Index(i), depth+1); ok {
				return name, true
			}
		}
	}
	return "", false
}
