package gopadrt

import (
	"fmt"
	"io"
	"reflect"
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
		if verb == 'v' && nestedPointer(v) {
			// fmt prints & and the value only at the top level.
			fmt.Fprintf(f, "%p", v)
			continue
		}
		fmt.Fprintf(f, dir, v)
	}
	io.WriteString(f, "}")
}

// addrPrinter is a pointer to a struct as fmt prints it at the top level,
// &{...}, the struct printed by its fieldsPrinter (gopadBuiltin.PrintAddr).
type addrPrinter struct{ v any }

func printAddr(v any) fmt.Formatter { return addrPrinter{v} }

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
