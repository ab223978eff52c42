package gopadrt

import (
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"sync"

	"github.com/gopad/gopad/interp/pairs"
)

// Run-time helper of package rewrite's namedPanics pass: the Go name of
// the last panic value of a cell's type over a basic type, which yaegi
// keeps paired with its type, so that an uncaught one is reported as Go
// reports it (panic: main.State("done")).

// notedPanic is the last value NotePanic saw, with its type's Go name.
var notedPanic struct {
	sync.Mutex
	name  string
	text  func() string // the value's Error or String method, when it has one
	value any
}

// notePanic is gopadBuiltin.NotePanic.
func notePanic(name string, v any) {
	v = unpairedBasic(v)
	notedPanic.Lock()
	defer notedPanic.Unlock()
	notedPanic.name, notedPanic.text, notedPanic.value = name, nil, v
}

// notePanicText is gopadBuiltin.NotePanicText: the value v panics with,
// whose Error or String method text calls (Go's runtime prints its
// result).
func notePanicText(text func() string, v any) {
	v = unpairedBasic(v)
	notedPanic.Lock()
	defer notedPanic.Unlock()
	notedPanic.name, notedPanic.text, notedPanic.value = "", text, v
}

// unpairedBasic is the value yaegi's pair v holds, or v; v may come as a
// reflect.Value (yaegi's panic value).
func unpairedBasic(v any) any {
	rv, isValue := v.(reflect.Value)
	if !isValue {
		rv = reflect.ValueOf(v)
	}
	for rv.IsValid() && rv.Kind() == reflect.Interface && !rv.IsNil() {
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return nil
	}
	if pairs.Is(rv.Type()) {
		rv = pairs.Value(rv)
	} else if !isValue {
		return v
	}
	if !rv.IsValid() || !rv.CanInterface() {
		return nil
	}
	return rv.Interface()
}

// NamedPanicText is Go's text of an uncaught panic value v ("main.State(\"done\")")
// when v is the value NotePanic last saw (bare or paired with its type).
func NamedPanicText(v any) (string, bool) {
	if v = unpairedBasic(v); v == nil {
		return "", false
	}
	notedPanic.Lock()
	name, text, noted := notedPanic.name, notedPanic.text, notedPanic.value
	notedPanic.Unlock()
	if name == "" && text == nil || !reflect.TypeOf(v).Comparable() || noted != v {
		return "", false
	}
	if text != nil {
		return methodText(text)
	}
	return name + "(" + basicText(reflect.ValueOf(v)) + ")", true
}

// methodText is text's result; false when it panics.
func methodText(text func() string) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	return text(), true
}

// basicText is a basic value as Go's runtime prints it in a panic: a
// string between double quotes, as it is.
func basicText(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return `"` + v.String() + `"`
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits())
	}
	return fmt.Sprint(v.Interface())
}

// panicNil is gopadBuiltin.PanicNil: the value panic(nil) panics with
// since Go 1.21, which recover() returns ("panic called with nil
// argument"); yaegi's recover() returned nil, as for no panic.
func panicNil() any { return new(runtime.PanicNilError) }
