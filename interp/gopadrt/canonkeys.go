package gopadrt

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/pairs"
)

// yaegi runs a map whose keys are an interface the cells declare
// (map[Shape]int) as a map keyed by its pair of node and value
// (package pairs), and makes a new pair at every conversion: equal keys
// converted twice (m[a] = 1 with var a Shape = c, then m[Shape(c)]) were
// two entries, and a lookup missed. canonMapKey puts in place of a key
// the first pair it saw holding an equal value, so that every equal key
// is one pair.

// canonKeys holds that first pair per value, by the value's type and the
// value itself.
type canonKeys struct {
	mu    sync.Mutex
	first map[canonID]reflect.Value
}

type canonID struct {
	t reflect.Type
	v string
}

// canonMapKey is gopadBuiltin.CanonMapKey: s is a []Shape of one key
// (compiled code sees the pairs of a slice, not of a single value), whose
// element it replaces by the first pair holding an equal value. Only
// pairs of one cell type are made one (pair): yaegi gives the cells'
// other types run-time types that two of them may share (a Ping struct{}
// and a Pong struct{}, a Polygon int and a Level int), which the pair's
// type tells apart. A value Go cannot hash stays as it is (the map then
// panics as Go's does).
func (c *canonKeys) canonMapKey(s any) {
	rv := reflect.ValueOf(s)
	if rv.Kind() != reflect.Slice || rv.Len() != 1 || !pairs.Is(rv.Type().Elem()) {
		return
	}
	e := rv.Index(0)
	if name, ok := unhashableIn(e, 0); ok {
		panic(runtimeError(unhashable + " " + name))
	}
	in := pairs.Value(e)
	if !in.IsValid() || !in.CanInterface() {
		return
	}
	// A struct key's own fields of interface types hold pairs too
	// (Loud{Shape: c}): the key's text looks through them (reflect may
	// refuse to read a field: the key then stays as it is).
	defer func() { _ = recover() }()
	if k, ok := c.pair(e); ok {
		e.Set(k)
	}
}

// keyText writes v so that two values have one text where Go's == finds
// them equal as map keys: pairs by the values they hold, pointers and
// channels by address, floats with -0 as 0; false for a value that is
// never equal to itself (NaN) or cannot be a key.
func keyText(v reflect.Value, depth int) (string, bool) {
	if depth > 20 {
		return "", false
	}
	if !v.IsValid() {
		return "nil", true
	}
	if pairs.Is(v.Type()) {
		in := pairs.Value(v)
		text, ok := keyText(in, depth+1)
		if ownType(in) {
			return text, ok
		}
		// The pair's cell type too: a Level(1) and a Priority(1) hold
		// the same bare value.
		name, _ := KeptName(v.Interface())
		return name + "=" + text, ok
	}
	t := v.Type().String()
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return "nil", true
		}
		return keyText(v.Elem(), depth+1)
	case reflect.Struct, reflect.Array:
		return keyParts(v, t, depth)
	case reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		return t + "@" + strconv.FormatUint(uint64(v.Pointer()), 16), true
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f != f {
			return "", false
		}
		return t + ":" + strconv.FormatFloat(f+0, 'g', -1, 64), true
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		if real(c) != real(c) || imag(c) != imag(c) {
			return "", false
		}
		return t + ":" + strconv.FormatComplex(c+0, 'g', -1, 128), true
	case reflect.String:
		return t + ":" + strconv.Quote(v.String()), true
	case reflect.Bool:
		return t + ":" + strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return t + ":" + strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return t + ":" + strconv.FormatUint(v.Uint(), 10), true
	}
	return "", false // a slice, map or func: Go cannot hash it
}

// keyParts is keyText of a struct's fields or an array's elements.
func keyParts(v reflect.Value, t string, depth int) (string, bool) {
	field, n := v.Index, v.Len
	if v.Kind() == reflect.Struct {
		field, n = v.Field, v.NumField
	}
	parts := make([]string, 0, n())
	for i := 0; i < n(); i++ {
		f := field(i)
		p, ok := keyText(f, depth+1)
		if !ok {
			return "", false
		}
		parts = append(parts, p)
	}
	return t + "{" + strings.Join(parts, ",") + "}", true
}

// ownType reports whether v's run-time type is its cell type's alone: a
// pointer, or a struct with fields (whose first field's tag names its
// type, package rewrite's tagStructTypes). The node of a pair holding
// one may name the type or not, as the conversion made it: its name is
// not part of such a key.
func ownType(v reflect.Value) bool {
	return v.Kind() == reflect.Pointer || v.Kind() == reflect.Struct && v.NumField() > 0
}
