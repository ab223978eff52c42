package gopadrt

import (
	"errors"
	"fmt"
	"log"
	"reflect"
	"unicode/utf8"

	"github.com/gopad/gopad/interp/stdlib"
)

// clearValue is gopadBuiltin.Clear: Go 1.21's clear of a map or a slice.
func clearValue(v any) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map, reflect.Slice:
		rv.Clear()
	case reflect.Ptr:
		if e := rv.Elem(); e.Kind() == reflect.Map || e.Kind() == reflect.Slice {
			e.Clear()
			return
		}
		panic(fmt.Sprintf("invalid argument: clear of %s", rv.Type()))
	default:
		panic(fmt.Sprintf("invalid argument: clear of %T (need a map or a slice)", v))
	}
}

// decodeRune is gopadBuiltin.DecodeRune, for ranging over strings.
func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// refuse is gopadBuiltin.Refuse: it stops the cell with msg, where going
// on would compute a wrong answer.
func refuse(msg string, _ any) any { panic(errors.New(msg)) }

// refuseValue is gopadBuiltin.RefuseValue: refuse for a reflect.Value
// receiver, whose methods the call goes on to use.
func refuseValue(msg string, _ reflect.Value) reflect.Value { panic(errors.New(msg)) }

// opaqueValue is gopadBuiltin.Opaque: whether v is yaegi's wrapper of a
// cell's value for a compiled interface (a struct whose first field is
// IValue) that holds no pointer of the cells, so that the cell's type is
// lost (unless the type's GopadSelf method gives it back, see
// stdlib.SelfValue). A pointer to a compiled package's named type
// (*errors.errorString) is a field yaegi kept of a lost struct value.
func opaqueValue(v any) bool {
	inner, ok := stdlib.Wrapped(v)
	if !ok {
		return false
	}
	if _, self := stdlib.SelfValue(v); self {
		return false // the value comes back through its GopadSelf method
	}
	return !inner.IsValid() || inner.Kind() != reflect.Pointer || inner.Type().Elem().PkgPath() != ""
}

// bare is gopadBuiltin.Bare: v itself. yaegi hands a compiled function's
// interface{} parameter a cell's value as it keeps it inside functions,
// paired with its interpreted type (a valueInterface), but it unwraps the
// result of a compiled call passed on as an argument: reflect.TypeOf(x)
// would see interp.valueInterface, reflect.TypeOf(gopadBuiltin.Bare(x))
// sees x's type.
func bare(v any) any { return v }

// held is gopadBuiltin.Held: the cell's value that v stands for when v is
// yaegi's wrapper of it for a compiled interface (an error, a
// fmt.Stringer), else v. fmt's verbs that do not call Error or String
// (%d, %f...) print the value, where they printed the wrapper's fields.
func held(v any) any {
	if s, ok := stdlib.SelfValue(v); ok {
		return s
	}
	return v
}

// heldElem is gopadBuiltin.HeldElem: held for an element of a slice,
// array or map of a compiled interface ([]fmt.Stringer printed with %d):
// a value of a cell's type over a basic type, which held gives bare,
// names its type where the verb is bad for its kind, as Go's does
// (%!d(main.Celsius=7), not float64).
func heldElem(v any) any {
	s := held(v)
	name, ok := stdlib.SelfName(v)
	if !ok || s == nil {
		return s
	}
	switch k := reflect.TypeOf(s).Kind(); {
	case k >= reflect.Bool && k <= reflect.Complex128, k == reflect.String:
		return namedBasic{name, reflect.TypeOf(s).String(), s}
	}
	return s
}

// logFlagsLimit is the refusal of log's file and line flags.
const logFlagsLimit = "gopad cannot print a cell's file and line in log output (log.Lshortfile, log.Llongfile): " +
	"a cell has no file, and Go's runtime would name gopad's own source. Workaround: leave the flag out, " +
	"or put the place in the message (log.Printf(\"step 2: ...\"))"

// logFlags is gopadBuiltin.LogFlags, around the flags given to log.New,
// log.SetFlags and Logger.SetFlags: it stops the cell when they ask for
// the caller's file and line, which a cell does not have.
func logFlags(flags int) int {
	if flags&(log.Lshortfile|log.Llongfile) != 0 {
		panic(errors.New(logFlagsLimit))
	}
	return flags
}

// floatConversions are gopadBuiltin.FloatToInt8 and the like: Go's
// conversions of a float64 to the narrow integer types, compiled by the Go
// that built gopad, so that a value out of range converts as go run
// converts it on this machine (package rewrite's floatConvs).
var floatConversions = map[string]reflect.Value{
	"FloatToInt8":   reflect.ValueOf(func(f float64) int8 { return int8(f) }),
	"FloatToInt16":  reflect.ValueOf(func(f float64) int16 { return int16(f) }),
	"FloatToInt32":  reflect.ValueOf(func(f float64) int32 { return int32(f) }),
	"FloatToUint8":  reflect.ValueOf(func(f float64) uint8 { return uint8(f) }),
	"FloatToUint16": reflect.ValueOf(func(f float64) uint16 { return uint16(f) }),
	"FloatToUint32": reflect.ValueOf(func(f float64) uint32 { return uint32(f) }),
}
