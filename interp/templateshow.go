package interp

import (
	"fmt"
	"reflect"
	"strings"
	"text/template/parse"
)

// A template that prints a method's result whose type is a cell's type
// over a basic type ({{$l.Total}}, Total returning a Money with a String
// method) gets from yaegi a bare int64, printed without String. Where
// the template prints the result (an action's value, an argument of
// printf or println, or what is piped into one), the chain calls
// gopadShow, which wraps such a result in a shownValue that fmt prints as
// Go prints the cell's type. Elsewhere ({{if .Total}}, {{$t := .Total}},
// a func's argument, an argument of print, whose spacing depends on the
// kinds of its operands) gopadCall still refuses it (reflectmethods.go).
//
//	{{$l.Total}}  →  {{gopadShow $l "Total"}}

const templateShowName = "gopadShow"

// templatePrinters are the template builtins that print their arguments
// whatever their kinds.
var templatePrinters = map[string]bool{"printf": true, "println": true}

// printsArgs reports whether c calls one of templatePrinters.
func printsArgs(c *parse.CommandNode) bool {
	if len(c.Args) == 0 {
		return false
	}
	id, ok := c.Args[0].(*parse.IdentifierNode)
	return ok && templatePrinters[id.Ident]
}

// show is gopadShow: call, with a printed result of a cell's type that
// yaegi gives no run-time type wrapped to print as Go prints it.
func (tm *templateMethods) show(base reflect.Value, path string, args ...reflect.Value) (reflect.Value, error) {
	return tm.walk(base, path, args, true)
}

// shownCall calls v's method name with args when the method's result is
// of a cell's type that prints through its own methods, and wraps the
// result in a shownValue; ok is false for every other method.
func (tm *templateMethods) shownCall(v reflect.Value, name string, args []reflect.Value) (r reflect.Value, ok bool, err error) {
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		v = v.Addr()
	}
	m, ok := tm.rm.lostResult(v, name)
	if !ok {
		return reflect.Value{}, false, nil
	}
	r, err = callTemplateMethod(bound(v, m), name, args)
	if err != nil || !r.IsValid() {
		return r, true, err
	}
	return reflect.ValueOf(shownValue{bare: r, printers: tm.rm.printers(m.lost)}), true, nil
}

// lostResult is v's method name, calling its raw method expression, when
// its first result is a type of the cells that yaegi gives no run-time
// type and that has a String, Error or Format method on its value.
func (rm *reflectMethods) lostResult(v reflect.Value, name string) (cellMethod, bool) {
	if !v.IsValid() {
		return cellMethod{}, false
	}
	ms, ok := rm.methodSet(v.Type())
	if !ok {
		return cellMethod{}, false
	}
	for _, m := range ms {
		if m.name != name || !m.raw.IsValid() || !firstResult(m.sig, m.lost) || len(rm.printers(m.lost)) == 0 {
			continue
		}
		m.fn = m.raw
		return m, true
	}
	return cellMethod{}, false
}

// firstResult reports whether typ is the first result of sig, a method's
// type after its receiver (", int) main.Money").
func firstResult(sig, typ string) bool {
	depth := 1
	for i, c := range sig {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth == 0 {
			results := strings.TrimSpace(sig[i+1:])
			return results == typ || strings.HasPrefix(results, "("+typ+",")
		}
	}
	return false
}

// printers are the methods of the cells' type typ that fmt prints a value
// of it with (Format, Error, String), declared on the value.
func (rm *reflectMethods) printers(typ string) map[string]reflect.Value {
	rm.mu.RLock()
	defer rm.mu.RUnlock()
	ps := map[string]reflect.Value{}
	for _, name := range []string{"Format", "Error", "String"} {
		if m, ok := rm.byName[typ][name]; ok && !m.ptr {
			ps[name] = m.fn
		}
	}
	return ps
}

// shownValue is a bare value of a cell's type, printed through the
// type's methods as fmt prints a value of that type.
type shownValue struct {
	bare     reflect.Value
	printers map[string]reflect.Value
}

// Format is fmt's order: Format; then, for %v (not %#v), %s, %x, %X and
// %q, Error or String; else the bare value.
func (s shownValue) Format(f fmt.State, verb rune) {
	if m, ok := s.printers["Format"]; ok {
		m.Call([]reflect.Value{s.bare, reflect.ValueOf(f), reflect.ValueOf(verb)})
		return
	}
	layout := fmt.FormatString(f, verb)
	if verb == 'v' && f.Flag('#') || !strings.ContainsRune("vsxXq", verb) {
		fmt.Fprintf(f, layout, s.bare.Interface())
		return
	}
	for _, name := range []string{"Error", "String"} {
		if m, ok := s.printers[name]; ok {
			fmt.Fprintf(f, layout, m.Call([]reflect.Value{s.bare})[0].String())
			return
		}
	}
	fmt.Fprintf(f, layout, s.bare.Interface())
}
