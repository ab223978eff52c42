package interp

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/gopadrt"
	"github.com/gopad/gopad/interp/pairs"
)

// pairSyntax is %#v of v, a value that holds yaegi's pairs of a value and
// its cell type (an any holding a Color, a []Node, a struct's field of an
// interface type): fmt would print the pairs' own fields
// (interp.valueInterface{node:...}). It writes what fmt writes for %#v,
// with each pair's value under its cell type's name; static names v's
// type when the session knows it ("" for an interface operand).
func (tn *typeNames) pairSyntax(static string, v reflect.Value) string {
	w := syntaxWriter{tn: tn}
	w.value(v, 0, static)
	return tn.unhide(w.b.String())
}

// holdsPairs reports whether %#v of v goes through pairSyntax.
func holdsPairs(v reflect.Value) bool {
	return v.IsValid() && (pairs.Is(v.Type()) || gopadrt.MayKeep(v.Type()))
}

// errPairSyntax refuses a value pairSyntax cannot name.
var errPairSyntax = errors.New("gopad cannot print %#v of this value: it holds a nil value of one of your interface types, " +
	"whose name yaegi does not keep. Workaround: print it with %v or %+v")

var (
	goStringerType = reflect.TypeFor[fmt.GoStringer]()
	formatterType  = reflect.TypeFor[fmt.Formatter]()
)

type syntaxWriter struct {
	tn *typeNames
	b  strings.Builder
}

// name is the Go name of run-time type t.
func (w *syntaxWriter) name(t reflect.Type) string {
	n := w.tn.nameStructs(w.tn.name(t), t)
	if strings.Contains(n, "valueInterface") {
		panic(errPairSyntax)
	}
	return n
}

// value writes v at depth, under the type name typ ("" for v's own).
func (w *syntaxWriter) value(v reflect.Value, depth int, typ string) {
	if !v.IsValid() {
		w.b.WriteString("<nil>")
		return
	}
	if pairs.Is(v.Type()) {
		w.pair(v, depth)
		return
	}
	if typ == "" && v.Kind() != reflect.Interface {
		typ = w.name(v.Type())
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			w.b.WriteString(w.name(v.Type()) + "(nil)")
			return
		}
		w.value(v.Elem(), depth+1, "")
	case reflect.Slice, reflect.Array, reflect.Map, reflect.Struct:
		if !gopadrt.MayKeep(v.Type()) {
			w.delegate(v, typ)
			return
		}
		w.composite(v, depth, typ)
	case reflect.Pointer:
		w.pointer(v, depth, typ)
	default:
		w.delegate(v, typ)
	}
}

// pair writes the value a pair holds, named by its cell type.
func (w *syntaxWriter) pair(v reflect.Value, depth int) {
	inner := pairs.Value(v)
	if !inner.IsValid() {
		panic(errPairSyntax)
	}
	name, kept := "", false
	if v.CanInterface() {
		name, kept = gopadrt.KeptName(v.Interface())
	}
	if kept && w.tn.isSelfType(name) {
		panic(errors.New("gopad cannot print %#v of a value of " + name + " inside an interface: it is a map or slice " +
			"type of itself, whose values gopad stores under another type. Workaround: print it with %v or %+v"))
	}
	if !kept {
		name = w.name(inner.Type())
	}
	if w.tn.hasMethod(strings.TrimPrefix(name, "main."), "Format") {
		panic(errors.New("gopad cannot print %#v of a value of " + name + " inside an interface: fmt would call its " +
			"Format method, which gopad does not reach there. Workaround: print it with %v, or call Format through fmt on the value itself"))
	}
	if w.tn.hasMethod(strings.TrimPrefix(name, "main."), "GoString") {
		panic(errors.New("gopad cannot print %#v of a value of " + name + " inside an interface: fmt would call its " +
			"GoString method, which gopad does not reach there. Workaround: call GoString yourself"))
	}
	switch {
	case !kept:
		w.value(inner, depth, name)
	case inner.Kind() <= reflect.Complex128 || inner.Kind() == reflect.String:
		w.b.WriteString(fmt.Sprintf("%#v", inner)) // Go writes a named basic value bare
	default:
		w.value(inner, depth, name)
	}
}

// delegate writes v, which holds no pair, as fmt writes it, named typ.
func (w *syntaxWriter) delegate(v reflect.Value, typ string) {
	s := w.tn.nameStructs(fmt.Sprintf("%#v", v), v.Type())
	if under := v.Type().String(); typ != "" && under != typ && strings.HasPrefix(s, under) {
		s = typ + s[len(under):]
	}
	w.b.WriteString(s)
}

// pointer writes pointer v: & and what it points to at the top level
// (for a struct, an array, a slice or a map), its address elsewhere. A
// pointer whose compiled type has a GoString or Format method (*time.Time)
// is fmt's to write: it calls the method, and writes <nil> for a nil
// pointer whose method has a value receiver.
func (w *syntaxWriter) pointer(v reflect.Value, depth int, typ string) {
	if t := v.Type(); v.CanInterface() && (t.Implements(goStringerType) || t.Implements(formatterType)) {
		w.delegate(v, typ)
		return
	}
	if v.IsNil() {
		w.b.WriteString("(" + typ + ")(nil)")
		return
	}
	switch v.Elem().Kind() {
	case reflect.Struct, reflect.Array, reflect.Slice, reflect.Map:
		if depth == 0 {
			w.b.WriteString("&")
			w.value(v.Elem(), depth+1, strings.TrimPrefix(typ, "*"))
			return
		}
	}
	fmt.Fprintf(&w.b, "(%s)(%#x)", typ, v.Pointer())
}

// composite writes a slice, an array, a map or a struct that holds pairs.
func (w *syntaxWriter) composite(v reflect.Value, depth int, typ string) {
	if (v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.IsNil() {
		w.b.WriteString(typ + "(nil)")
		return
	}
	w.b.WriteString(typ + "{")
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			w.sep(i)
			w.value(v.Index(i), depth+1, "")
		}
	case reflect.Map:
		for i, k := range sortedKeys(v) {
			w.sep(i)
			w.value(k, depth+1, "")
			w.b.WriteString(":")
			w.value(v.MapIndex(k), depth+1, "")
		}
	case reflect.Struct:
		for i := range v.NumField() {
			w.sep(i)
			w.b.WriteString(v.Type().Field(i).Name + ":")
			w.value(v.Field(i), depth+1, "")
		}
	}
	w.b.WriteString("}")
}

func (w *syntaxWriter) sep(i int) {
	if i > 0 {
		w.b.WriteString(", ")
	}
}

// sortedKeys are map v's keys in fmt's order for keys of basic kinds.
func sortedKeys(v reflect.Value) []reflect.Value {
	keys := v.MapKeys()
	slices.SortStableFunc(keys, func(a, b reflect.Value) int {
		if a.Kind() != b.Kind() {
			return 0
		}
		switch {
		case a.CanInt():
			return cmp.Compare(a.Int(), b.Int())
		case a.CanUint():
			return cmp.Compare(a.Uint(), b.Uint())
		case a.CanFloat():
			return cmp.Compare(a.Float(), b.Float())
		case a.Kind() == reflect.String:
			return cmp.Compare(a.String(), b.String())
		case a.Kind() == reflect.Bool:
			return cmp.Compare(btoi(a.Bool()), btoi(b.Bool()))
		}
		return 0
	})
	return keys
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// noteSelfTypes notes the map and slice types of themselves that a type
// declaration declares (type Value map[string]Value, type List []List).
func (tn *typeNames) noteSelfTypes(src string) {
	if !strings.Contains(src, "map[") && !strings.Contains(src, "[]") {
		return
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return
	}
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		var elem ast.Expr
		switch t := ts.Type.(type) {
		case *ast.MapType:
			elem = t.Value
		case *ast.ArrayType:
			if t.Len == nil {
				elem = t.Elt
			}
		}
		if id, ok := elem.(*ast.Ident); ok && id.Name == ts.Name.Name {
			tn.mu.Lock()
			if tn.selfTypes == nil {
				tn.selfTypes = map[string]bool{}
			}
			tn.selfTypes["main."+id.Name] = true
			tn.mu.Unlock()
		}
		return false
	})
}

// isSelfType reports whether name is a type noteSelfTypes noted.
func (tn *typeNames) isSelfType(name string) bool {
	tn.mu.RLock()
	defer tn.mu.RUnlock()
	return tn.selfTypes[name]
}
