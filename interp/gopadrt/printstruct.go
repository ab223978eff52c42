package gopadrt

import (
	"fmt"
	"io"
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
