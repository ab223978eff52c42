package gopadrt

import (
	"fmt"
	"reflect"
	"sync"
)

// The marks are the slices and maps of the cells' types with String or
// Error methods that became interface values (rewrite's markComposites):
// in yaegi a []Color is an []int at run time, and fmt, given it in an any,
// printed the numbers. A slice is known by its backing array and length, a
// map by itself; each mark keeps the value (so that its memory is not
// used again for another while marked) and the function that shows it as
// fmt shows it in Go. The oldest marks are dropped past maxMarks.

// maxMarks bounds the marks the session keeps.
const maxMarks = 1 << 14

type markKey struct {
	kind reflect.Kind
	ptr  uintptr
	n    int
}

type markEntry struct {
	v     any
	names map[string]bool // the Go names it was marked with (erased.go)
	show  func() any      // what fmt prints, nil when only json's is known
	enc   func() any      // what encoding/json encodes, nil when only fmt's is known
}

type markTable struct {
	mu    sync.Mutex
	byKey map[markKey]markEntry
	order []markKey
}

var marks = markTable{byKey: map[markKey]markEntry{}}

// keyOf is the key of v, and false when v is no slice or map with
// elements, nor a non-nil pointer.
func keyOf(v any) (markKey, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Map:
	case reflect.Pointer:
		if rv.IsNil() || rv.Type().Elem().Size() == 0 {
			return markKey{}, false
		}
		return markKey{kind: reflect.Pointer, ptr: rv.Pointer()}, true // erased.go's *[]Name
	default:
		return markKey{}, false
	}
	if rv.IsNil() || rv.Len() == 0 {
		return markKey{}, false // printed alike whatever their type
	}
	if rv.Kind() == reflect.Slice && rv.Type().Elem().Size() == 0 {
		return markKey{}, false // every such slice may share one address
	}
	k := markKey{kind: rv.Kind(), ptr: rv.Pointer()}
	if k.kind == reflect.Slice {
		k.n = rv.Len()
	}
	return k, true
}

// mark is gopadBuiltin.Mark: v becomes an interface value, and show
// gives what fmt prints for it.
func mark(v any, show func() any) { setMark(v, func(e *markEntry) { e.show = show }) }

// markJSON is gopadBuiltin.MarkJSON: v becomes an interface value, and
// enc gives what encoding/json encodes for it in Go (a []Stamp whose
// elements have MarshalJSON, which yaegi made an []int64: json wrote the
// numbers), as values json's walk of an any takes (rewrite's jsonAny).
func markJSON(v any, enc func() any) { setMark(v, func(e *markEntry) { e.enc = enc }) }

// setMark records v's mark, set by fill, keeping what an earlier mark of
// v recorded.
func setMark(v any, fill func(*markEntry)) {
	k, ok := keyOf(v)
	if !ok {
		return
	}
	marks.mu.Lock()
	defer marks.mu.Unlock()
	e, had := marks.byKey[k]
	if !had {
		marks.order = append(marks.order, k)
	}
	if had && !sameValue(e.v, v) {
		e = markEntry{} // another value at the same address
	}
	e.v = v
	fill(&e)
	marks.byKey[k] = e
	if len(marks.order) > maxMarks {
		delete(marks.byKey, marks.order[0])
		marks.order = marks.order[1:]
	}
}

// sameValue reports whether a and b are the same slice or map (the same
// run-time type, address and length).
func sameValue(a, b any) bool {
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Kind() == reflect.Pointer {
		return ra.Type() == rb.Type() && ra.Pointer() == rb.Pointer()
	}
	return ra.Type() == rb.Type() && ra.Pointer() == rb.Pointer() && ra.Len() == rb.Len()
}

// markOf returns the mark of v, a slice or map, when it has one.
func markOf(v any) (markEntry, bool) {
	k, ok := keyOf(v)
	if !ok {
		return markEntry{}, false
	}
	marks.mu.Lock()
	defer marks.mu.Unlock()
	e, ok := marks.byKey[k]
	return e, ok
}

// markedJSON is gopadBuiltin.MarkedJSON: what encoding/json encodes for
// v in Go, when v was marked for it.
func markedJSON(v any) (any, bool) {
	e, ok := markOf(v)
	if !ok || e.enc == nil {
		return nil, false
	}
	return e.enc(), true
}

// textKey is gopadBuiltin.TextKey: the key json writes for a map key
// whose type has MarshalText; a failing MarshalText stops the cell, as
// json.Marshal would have returned its error.
func textKey(b []byte, err error) string {
	if err != nil {
		panic(fmt.Sprintf("json: error calling MarshalText for a map key: %v", err))
	}
	return string(b)
}

// marked is gopadBuiltin.Marked: a value that fmt prints as v in Go, when
// v was marked.
func marked(v any) (any, bool) {
	e, ok := markOf(v)
	if !ok || e.show == nil {
		return nil, false
	}
	return markedValue{v, e.show}, true
}

// markedValue is a marked slice or map (v) given to fmt, which may have
// any verb for it (a format that is not a constant): it formats through
// show for the verbs fmt shows String and Error results with, and as the
// bare value for the others (%d of a []Color) and for %#v, as kept does.
type markedValue struct {
	v    any
	show func() any
}

// Format implements fmt.Formatter.
func (m markedValue) Format(f fmt.State, verb rune) {
	directive := fmt.FormatString(f, verb)
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, directive, m.v)
	case verb == 'v', verb == 's', verb == 'q', verb == 'x', verb == 'X':
		fmt.Fprintf(f, directive, m.show())
	default:
		fmt.Fprintf(f, directive, m.v)
	}
}

// markSymbols are the helpers of the marks.
var markSymbols = map[string]reflect.Value{
	"Mark":   reflect.ValueOf(mark),
	"Marked": reflect.ValueOf(marked),
	// json's marks
	"MarkJSON":   reflect.ValueOf(markJSON),
	"MarkedJSON": reflect.ValueOf(markedJSON),
	"TextKey":    reflect.ValueOf(textKey),
}
