package gopadrt

import (
	"reflect"
	"strconv"
	"strings"
)

// gcPrint is gopadBuiltin.GcPrint: the text print(args...) writes.
func gcPrint(args ...any) string {
	var b strings.Builder
	for _, a := range args {
		b.WriteString(gcPrintText(a))
	}
	return b.String()
}

// gcPrintln is gopadBuiltin.GcPrintln: the text println(args...) writes.
func gcPrintln(args ...any) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(gcPrintText(a))
	}
	b.WriteByte('\n')
	return b.String()
}

// gcPrintText formats one operand as the runtime's print routines do.
func gcPrintText(a any) string {
	if a == nil {
		return "(0x0,0x0)" // a nil interface
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'g', -1, 32)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Complex64:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 64)
	case reflect.Complex128:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 128)
	case reflect.String:
		return v.String()
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return "0x" + strconv.FormatUint(uint64(v.Pointer()), 16)
	case reflect.Slice:
		return "[" + strconv.Itoa(v.Len()) + "/" + strconv.Itoa(v.Cap()) + "]0x" + strconv.FormatUint(uint64(v.Pointer()), 16)
	}
	// An interface holding a value: the runtime prints two addresses.
	return "(0x" + strconv.FormatUint(uint64(reflect.ValueOf(&a).Pointer()), 16) + ",0x0)"
}
