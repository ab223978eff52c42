package gopadrt

import (
	"cmp"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// Run-time helpers of package rewrite's printArgs pass.

// shownText is a String or Error method's result as Print sees it: a
// value that is not a string, so that Print spaces it as it spaces the
// operand it stands for.
type shownText struct{ s string }

func (t shownText) String() string { return t.s }

// shown is gopadBuiltin.Shown.
func shown(s string) fmt.Stringer { return shownText{s} }

// panicText is gopadBuiltin.PanicText: what fmt prints for an operand
// whose method (String, Error) panicked with p under verb.
func panicText(verb rune, method string, p any) string {
	return fmt.Sprintf("%%!%c(PANIC=%s method: %v)", verb, method, p)
}

// printMap is gopadBuiltin.PrintMap: a value that fmt prints as a map whose
// keys and values are shown by kp and vp and ordered by keys, as fmt orders
// map keys.
func printMap(keys, kp, vp []any) fmt.Formatter {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return compareKey(reflect.ValueOf(keys[idx[a]]), reflect.ValueOf(keys[idx[b]])) < 0
	})
	m := mapPrinter{}
	for _, i := range idx {
		m.k = append(m.k, kp[i])
		m.v = append(m.v, vp[i])
	}
	return m
}

type mapPrinter struct{ k, v []any }

// Format prints map[k:v ...] with the verb and flags applied to each key
// and value.
func (m mapPrinter) Format(f fmt.State, verb rune) {
	d := fmt.FormatString(f, verb)
	io.WriteString(f, "map[")
	for i := range m.k {
		if i > 0 {
			io.WriteString(f, " ")
		}
		printNested(f, d, verb, m.k[i])
		io.WriteString(f, ":")
		printNested(f, d, verb, m.v[i])
	}
	io.WriteString(f, "]")
}

// compareKey orders two map keys held as interfaces as fmt does
// (internal/fmtsort): nil first, then by the address of the dynamic
// type (so keys of one type stay together, int before float64 as in the
// compiled program), then by value.
func compareKey(a, b reflect.Value) int {
	switch {
	case !a.IsValid() || !b.IsValid():
		return cmp.Compare(boolRank(a.IsValid()), boolRank(b.IsValid()))
	case a.Type() != b.Type():
		return cmp.Compare(reflect.ValueOf(a.Type()).Pointer(), reflect.ValueOf(b.Type()).Pointer())
	}
	return compareValue(a, b)
}

// compareValue is -1, 0 or 1 as a sorts before, with or after b, two
// values of one type: numbers, strings and bools by value, pointers and
// channels by address, structs field by field, arrays element by element
// and interfaces by compareKey; 0 for kinds fmt does not order.
func compareValue(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := cmp.Compare(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return cmp.Compare(imag(a.Complex()), imag(b.Complex()))
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Bool:
		return cmp.Compare(boolRank(a.Bool()), boolRank(b.Bool()))
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Interface:
		return compareKey(a.Elem(), b.Elem())
	case reflect.Struct:
		return compareEach(a.NumField(), func(i int) int { return compareValue(a.Field(i), b.Field(i)) })
	case reflect.Array:
		return compareEach(a.Len(), func(i int) int { return compareValue(a.Index(i), b.Index(i)) })
	}
	return 0
}

// compareEach is the first of cmp(0) ... cmp(n-1) that is not 0.
func compareEach(n int, cmp func(int) int) int {
	for i := range n {
		if c := cmp(i); c != 0 {
			return c
		}
	}
	return 0
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pointed is gopadBuiltin.Pointed: a value fmt prints as the operand p, a
// pointer to a map, whose map it prints as shown (printMap's): & and the
// map, or the pointer for %p.
func pointed(p any, shown any) fmt.Formatter { return pointedMap{p, shown} }

type pointedMap struct{ p, shown any }

func (m pointedMap) Format(f fmt.State, verb rune) {
	d := fmt.FormatString(f, verb)
	if verb == 'p' {
		fmt.Fprintf(f, d, m.p)
		return
	}
	io.WriteString(f, "&")
	fmt.Fprintf(f, d, m.shown)
}

// badVerb is gopadBuiltin.BadVerb: v printed with the directive of a
// verb fmt does not take for its kind, with the name of the cell's type
// (goName) where fmt named its basic type (%!d(main.Celsius=21.5), not
// %!d(float64=21.5)); v may also be a slice or array of such values.
func badVerb(directive, basic, goName string, v any) string {
	return strings.ReplaceAll(fmt.Sprintf(directive, v), "("+basic+"=", "("+goName+"=")
}

// badVerbNil is gopadBuiltin.BadVerbNil: p, a pointer to a cell's struct
// type, printed with the directive of a verb fmt does not take for a
// pointer; when p is nil fmt names its type, and goName (*main.Node) goes
// in place of the run-time name of yaegi's struct type.
func badVerbNil(directive, goName string, p any) string {
	s := fmt.Sprintf(directive, p)
	if rv := reflect.ValueOf(p); rv.Kind() == reflect.Pointer && rv.IsNil() {
		s = strings.Replace(s, "("+rv.Type().String()+"=", "("+goName+"=", 1)
	}
	return s
}

// cellPtr is a field of a struct printer (gopadBuiltin.NamedPtr): p, a
// pointer to a cell's struct type, printed as fmt prints a field, with
// the Go name (*main.Point) where fmt names a nil one's type.
type cellPtr struct {
	name string
	p    any
}

// Format prints the pointer for verb with the flags of f.
func (n cellPtr) Format(f fmt.State, verb rune) {
	d := fmt.FormatString(f, verb)
	if rv := reflect.ValueOf(n.p); rv.Kind() == reflect.Pointer && rv.IsNil() {
		io.WriteString(f, badVerbNil(d, n.name, n.p))
		return
	}
	printNested(f, d, verb, n.p)
}

// newNamedPtr is gopadBuiltin.NamedPtr.
func newNamedPtr(name string, p any) any { return cellPtr{name, p} }

// namedBasic is a value of a cell's type over a basic type, for fmt: its
// basic value v, printed as fmt prints v, with the type's name (main.Celsius)
// where fmt finds the verb bad for v's kind.
type namedBasic struct {
	name, basic string
	v           any
}

// Format prints n for verb with the flags of f.
func (n namedBasic) Format(f fmt.State, verb rune) {
	io.WriteString(f, badVerb(fmt.FormatString(f, verb), n.basic, n.name, n.v))
}

// newNamedBasic is gopadBuiltin.NamedBasic.
func newNamedBasic(name, basic string, v any) any { return namedBasic{name, basic, v} }
