package gopadrt

import (
	"fmt"
	"reflect"

	goruntime "github.com/gopad/gopad/interp/gopadrt/runtime"
)

// The run-time errors of the bounds checks of package rewrite's indexCheck
// pass (indexcheck.go there), worded as Go's.

// boundsError is an index or slice error, with the column of the
// expression at fault: the check that raised it stands before it on its
// line, and the traceback points at the expression (panicError).
func boundsError(text string, col int) error { return goruntime.Bounds(text, col) }

// indexPanic is gopadBuiltin.IndexPanic: index i out of range of length n.
func indexPanic(i, n, col int) {
	if i < 0 {
		panic(boundsError(fmt.Sprintf("index out of range [%d]", i), col))
	}
	panic(boundsError(fmt.Sprintf("index out of range [%d] with length %d", i, n), col))
}

// slicePanic is gopadBuiltin.SlicePanic: x[lo:hi] out of range, where x
// has the capacity (or, for strings and arrays, the length) limit.
func slicePanic(lo, hi, limit int, what string, col int) {
	var text string
	switch {
	case hi < 0:
		text = fmt.Sprintf("slice bounds out of range [:%d]", hi)
	case hi > limit:
		text = fmt.Sprintf("slice bounds out of range [:%d] with %s %d", hi, what, limit)
	case lo < 0:
		text = fmt.Sprintf("slice bounds out of range [%d:]", lo)
	default:
		text = fmt.Sprintf("slice bounds out of range [%d:%d]", lo, hi)
	}
	panic(boundsError(text, col))
}

// slice3Panic is gopadBuiltin.Slice3Panic: x[lo:hi:max] out of range,
// where x has the capacity (for arrays, the length) limit. Go checks max
// first, then hi, then lo, and leaves the limit out of a negative bound.
func slice3Panic(lo, hi, max, limit int, what string, col int) {
	var text string
	switch {
	case max < 0:
		text = fmt.Sprintf("slice bounds out of range [::%d]", max)
	case max > limit:
		text = fmt.Sprintf("slice bounds out of range [::%d] with %s %d", max, what, limit)
	case hi < 0:
		text = fmt.Sprintf("slice bounds out of range [:%d:]", hi)
	case hi > max:
		text = fmt.Sprintf("slice bounds out of range [:%d:%d]", hi, max)
	case lo < 0:
		text = fmt.Sprintf("slice bounds out of range [%d::]", lo)
	default:
		text = fmt.Sprintf("slice bounds out of range [%d:%d:]", lo, hi)
	}
	panic(boundsError(text, col))
}

// nilPanic is gopadBuiltin.NilPanic: a nil pointer dereference, for a
// method value of a nil interface (rewrite's methodValues).
func nilPanic() {
	panic(runtimeError(nilDeref))
}

// nilChecked is gopadBuiltin.NilChecked: p, a pointer, after a nil
// pointer dereference's panic when it is nil. rewrite's nilDerefs writes
// `_ = *f()` as `_ = gopadBuiltin.NilChecked(f())`: yaegi's *p of a nil p
// is a zero Value that nothing reads there, where Go panics.
func nilChecked(p any) any {
	if p == nil {
		nilPanic()
	}
	if v := reflect.ValueOf(p); v.Kind() == reflect.Pointer && v.IsNil() {
		nilPanic()
	}
	return p
}

// BoundsColumn is the column of the expression at fault of a bounds error
// v raised by IndexPanic or SlicePanic (false for any other value).
func BoundsColumn(v any) (int, bool) { return goruntime.BoundsColumn(v) }

// uncomparablePanic is gopadBuiltin.UncomparablePanic: Go's run-time error
// for == of two interface values that hold the same uncomparable type of
// the cells (name, as main.History), which yaegi answered false (rewrite's
// ifaceEqual).
func uncomparablePanic(name string) {
	panic(runtimeError("comparing uncomparable type " + name))
}
