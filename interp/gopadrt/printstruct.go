package gopadrt

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Run-time helper of package rewrite's printArgs pass (fmtstruct.go there).

// fieldsPrinter is a struct value as fmt prints it, its fields replaced
// by what fmt prints for them (gopadBuiltin.PrintStruct).
type fieldsPrinter struct {
	vals  []any
	names []string
}

func printStruct(vals []any, names ...string) fmt.Formatter { return fieldsPrinter{vals, names} }

// Format prints {a b} (or {A:a B:b} for %+v), each field with the verb
// and flags of the whole, as fmt prints a struct.
func (p fieldsPrinter) Format(f fmt.State, verb rune) {
	dir := fmt.FormatString(f, verb)
	io.WriteString(f, "{")
	for i, v := range p.vals {
		if i > 0 {
			io.WriteString(f, " ")
		}
		if verb == 'v' && f.Flag('+') && i < len(p.names) {
			io.WriteString(f, p.names[i]+":")
		}
		printNested(f, dir, verb, v)
	}
	io.WriteString(f, "}")
}

// printNested prints v, an element, a map's key or value or a field, to
// f with the directive dir of verb: a pointer as its address for %v, as
// fmt prints it below the top level, where a fresh Fprintf of it would
// print & and the value; a nil interface as <nil>, where Fprintf would
// print %!d(<nil>).
func printNested(f fmt.State, dir string, verb rune, v any) {
	v = nested(v)
	if v == nil {
		io.WriteString(f, "<nil>") // a nil interface, for every verb
		return
	}
	if verb == 'v' && nestedPointer(v) {
		fmt.Fprintf(f, "%p", v)
		return
	}
	fmt.Fprintf(f, dir, v)
}

// addrPrinter is a pointer p to a struct as fmt prints it at the top
// level, &{...}, the struct printed by its fieldsPrinter v
// (gopadBuiltin.PrintAddr).
type addrPrinter struct{ p, v any }

func printAddr(p, v any) fmt.Formatter { return addrPrinter{p, v} }

// nested is gopadBuiltin.Nested: v as fmt is to print it inside a slice,
// an array, a map or a struct, where Go prints a pointer to a struct as
// its address (0xc000...), not &{...}: an addrPrinter gives back its
// pointer. The printers of package rewrite call it on each element.
func nested(v any) any {
	if a, ok := v.(addrPrinter); ok {
		return a.p
	}
	return v
}

// Format prints & and the struct.
func (p addrPrinter) Format(f fmt.State, verb rune) {
	io.WriteString(f, "&")
	fmt.Fprintf(f, fmt.FormatString(f, verb), p.v)
}

// nestedPointer reports whether v is a non-nil pointer that fmt prints as
// an address inside a struct: one without a method fmt calls.
func nestedPointer(v any) bool {
	switch v.(type) {
	case fmt.Formatter, fmt.Stringer, error, fmt.GoStringer:
		return false
	}
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && !rv.IsNil()
}

// heldTooDeep is gopadBuiltin.HeldTooDeep: the refusal for a struct value
// of the cells' type node, held in their interface iface, nested deeper
// in a printed value than the printers rewrite wrote for it (heldDepth in
// fmtdynamic.go there), whose fields fmt would print through methods
// that yaegi's value would not call.
func heldTooDeep(node, iface string, depth int) any {
	panic(errors.New("gopad cannot print a " + node + " held in a " + iface + " nested more than " + strconv.Itoa(depth) +
		" levels deep inside a printed value (a tree or list of value nodes) where its fields print through methods " +
		"(String, Error, Format): gopad writes printers for a bounded depth. Workaround: make the nodes pointers " +
		"(&" + strings.TrimPrefix(node, "main.") + "{...}) with a String method, or give " + node + " a String method"))
}

// nilAngle is what fmt prints for a nil pointer whose String or Error
// method panics (a value method, or a pointer method that reads through
// it): a bare <nil>, for every verb that calls the method, without width
// or quotes (fmt's catchPanic writes it to the buffer as it is).
type nilAngle struct{}

// Format implements fmt.Formatter.
func (nilAngle) Format(f fmt.State, _ rune) { io.WriteString(f, "<nil>") }

// newNilAngle is gopadBuiltin.NilAngle.
func newNilAngle() any { return nilAngle{} }
