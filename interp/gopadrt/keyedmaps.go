package gopadrt

import (
	"errors"
	"reflect"

	"github.com/gopad/gopad/interp/pairs"
)

// keyedMaps is gopadBuiltin.KeyedMaps: v, a value printed by fmt that
// holds, inside a field, an element or a map's value, a map whose keys are
// an interface (package rewrite's keyedMapsOperand), with yaegi's pairs
// taken out (unkept): fmt printed the pairs' fields as the keys. It stops
// the cell where the bare keys would print otherwise than Go prints them:
// a key of a cell's type with a String, Error or Format method (printed
// bare), or two keys of two types over one bare value (one entry once
// bare).
func keyedMaps(v any) any {
	if name, ok := misprintedKey(reflect.ValueOf(v), 0); ok {
		panic(errors.New("gopad cannot print a map with interface keys holding " + name + ", inside another value (a field, an " +
			"element, a map's value): yaegi keeps such keys with their types, which fmt cannot read there. Workaround: print " +
			"the map itself (fmt.Println(v.Field)), whose keys print as in Go"))
	}
	return unkept(v)
}

// misprintedKey is a description of the first key of a map with interface
// keys in v that its bare value would print wrong, and whether there is
// one.
func misprintedKey(v reflect.Value, depth int) (string, bool) {
	if !v.IsValid() || depth > 12 {
		return "", false
	}
	if pairs.Is(v.Type()) {
		return misprintedKey(pairs.Value(v), depth+1)
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return "", false
		}
		return misprintedKey(v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if d, ok := misprintedKey(v.Field(i), depth+1); ok {
				return d, true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if d, ok := misprintedKey(v.Index(i), depth+1); ok {
				return d, true
			}
		}
	case reflect.Map:
		return misprintedMapKey(v, depth)
	}
	return "", false
}

// misprintedMapKey is misprintedKey of a map.
func misprintedMapKey(v reflect.Value, depth int) (string, bool) {
	iface := v.Type().Key().Kind() == reflect.Interface
	bare := map[any]bool{}
	for it := v.MapRange(); it.Next(); {
		if d, ok := misprintedKey(it.Value(), depth+1); ok {
			return d, true
		}
		if !iface {
			continue
		}
		k := it.Key().Elem()
		if !k.IsValid() {
			continue
		}
		name, in := k.Type().String(), k
		if pairs.Is(k.Type()) {
			name, _ = KeptName(k.Interface())
			if printsThroughMethod(k) {
				return "a " + name + " with a String, Error or Format method", true
			}
			in = pairs.Value(k)
		}
		if !in.IsValid() || !in.CanInterface() || !in.Comparable() {
			continue
		}
		if bare[in.Interface()] {
			return "two keys of one bare value (one a " + name + ")", true
		}
		bare[in.Interface()] = true
	}
	return "", false
}

// printsThroughMethod reports whether the pair p holds a value of a cell's
// type with a String, Error or Format method (yaegi's node's type lists
// its methods by name).
func printsThroughMethod(p reflect.Value) bool {
	methods, ok := pairMethods(p)
	if !ok {
		return false
	}
	for i := range methods.Len() {
		m := methods.Index(i)
		if m.Kind() != reflect.Pointer || m.IsNil() {
			continue
		}
		if id := m.Elem().FieldByName("ident"); id.Kind() == reflect.String {
			switch id.String() {
			case "String", "Error", "Format":
				return true
			}
		}
	}
	return false
}
