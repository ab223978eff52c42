package gopadrt

import (
	"errors"
	"github.com/gopad/gopad/interp/stdlib"
	"reflect"
	"strings"
)

// namedType is a cell's type over a basic, slice, map, array, channel or
// func type as reflect.Type: yaegi gives such a type no run-time type of
// its own, so reflect.TypeOf(Celsius(1)) is float64's type. namedType
// answers Name, String and PkgPath with the cell's names and everything
// else from the underlying type, which is right for Kind, Size, Bits,
// Elem, Key, Len and the rest. Two of them compare equal when they name
// one type, and unequal to the underlying type, as in Go. Its methods
// are the cell's, which the session knows (methods).
type namedType struct {
	reflect.Type
	name    string // Celsius
	methods Methods
}

// Methods is the session's record of the cells' methods as reflect sees
// them (reflectmethods.go in interp): the method questions of gopad's
// reflect.Type wrappers go there, so that every spelling of them (a call,
// a method expression such as reflect.Type.Method, a reflect.Type held in
// an interface of the program's) gets Go's answer. The session passes one
// pointer: the wrappers stay comparable.
type Methods interface {
	TypeNumMethod(t reflect.Type) int
	TypeMethod(t reflect.Type, i int) reflect.Method
	TypeMethodByName(t reflect.Type, name string) (reflect.Method, bool)
}

// NamedType is t named name, declared in a cell, with the methods ms
// records; t itself when name is "". A name "*Celsius" names t, a
// pointer, as a pointer to Celsius (pointerTo), whose Elem is Celsius.
func NamedType(t reflect.Type, name string, ms Methods) reflect.Type {
	if name == "" || t == nil {
		return t
	}
	if elem, ok := strings.CutPrefix(name, "*"); ok {
		if t.Kind() != reflect.Pointer {
			// yaegi's wrapper of the pointer for a compiled interface.
			panic(errors.New("gopad cannot give reflect a *main." + elem + " held in an interface of the standard library's " +
				"(yaegi hands reflect its wrapper of the pointer). Workaround: fmt.Sprintf(\"%T\", v) names it"))
		}
		return pointerTo(NamedType(t.Elem(), elem, ms))
	}
	return namedType{t, name, ms}
}

// NamedTypeName is the Go name (Celsius) of t when it is a NamedType.
func NamedTypeName(t reflect.Type) (string, bool) {
	n, ok := t.(namedType)
	return n.name, ok
}

func (n namedType) NumMethod() int {
	if n.methods == nil {
		return n.Type.NumMethod()
	}
	return n.methods.TypeNumMethod(n)
}

func (n namedType) Method(i int) reflect.Method {
	if n.methods == nil {
		return n.Type.Method(i)
	}
	return n.methods.TypeMethod(n, i)
}

func (n namedType) MethodByName(name string) (reflect.Method, bool) {
	if n.methods == nil {
		return n.Type.MethodByName(name)
	}
	return n.methods.TypeMethodByName(n, name)
}

// namedPtr is reflect.PointerTo of a namedType: a pointer to the
// underlying type whose Elem is the namedType again, named *main.T, with
// the method set of *T.
type namedPtr struct {
	reflect.Type // *Celsius's run-time type: *float64
	elem         namedType
}

// pointerTo is gopadBuiltin.PointerTo: reflect.PointerTo(t), also of a
// namedType.
func pointerTo(t reflect.Type) reflect.Type {
	if n, ok := t.(namedType); ok {
		return namedPtr{reflect.PointerTo(n.Type), n}
	}
	return reflect.PointerTo(runtimeType(t))
}

// NamedPointerName is the Go name (Celsius) of the type t points to when
// t is a PointerTo of a NamedType.
func NamedPointerName(t reflect.Type) (string, bool) {
	p, ok := t.(namedPtr)
	return p.elem.name, ok
}

func (p namedPtr) Elem() reflect.Type { return p.elem }
func (p namedPtr) Name() string       { return "" }
func (p namedPtr) String() string     { return "*" + p.elem.String() }
func (p namedPtr) PkgPath() string    { return "" }

func (p namedPtr) NumMethod() int {
	if p.elem.methods == nil {
		return p.Type.NumMethod()
	}
	return p.elem.methods.TypeNumMethod(p)
}

func (p namedPtr) Method(i int) reflect.Method {
	if p.elem.methods == nil {
		return p.Type.Method(i)
	}
	return p.elem.methods.TypeMethod(p, i)
}

func (p namedPtr) MethodByName(name string) (reflect.Method, bool) {
	if p.elem.methods == nil {
		return p.Type.MethodByName(name)
	}
	return p.elem.methods.TypeMethodByName(p, name)
}

// heldType is the run-time type of a cell's struct type (or a pointer to
// one) handed to an interface of the program's that asks what gopad
// answers for reflect.Type (type MyType interface{ Method(int) reflect.Method }):
// a call through that interface reaches reflect's own method, which knows
// neither the cell's names nor its methods, so heldType answers through
// the session's hooks, as the reflectNames pass does for a call on a
// reflect.Type.
type heldType struct {
	reflect.Type
	h *Hooks
}

// heldTypeOf is gopadBuiltin.HeldType: t answering through h.
func heldTypeOf(h *Hooks) func(t reflect.Type) reflect.Type {
	return func(t reflect.Type) reflect.Type {
		switch t.(type) {
		case nil, namedType, namedPtr, heldType, cellIface, signature:
			return t
		}
		return heldType{t, h}
	}
}

func (t heldType) NumMethod() int              { return t.h.TypeNumMethod(t.Type) }
func (t heldType) Method(i int) reflect.Method { return t.h.TypeMethod(t.Type, i) }
func (t heldType) MethodByName(name string) (reflect.Method, bool) {
	return t.h.TypeMethodByName(t.Type, name)
}
func (t heldType) Name() string                    { return t.h.ReflectName(t.Type) }
func (t heldType) String() string                  { return t.h.ReflectString(t.Type) }
func (t heldType) PkgPath() string                 { return t.h.ReflectPkgPath(t.Type) }
func (t heldType) Field(i int) reflect.StructField { return t.h.ReflectFieldAt(t.Type, i) }
func (t heldType) Implements(u reflect.Type) bool {
	return typeImplements(t.h.TypeMethodByName)(t.Type, u)
}
func (t heldType) AssignableTo(u reflect.Type) bool {
	return typeAssignableTo(t.h.TypeMethodByName)(t.Type, u)
}
func (t heldType) FieldByName(name string) (reflect.StructField, bool) {
	return t.h.ReflectFieldByName(t.Type, name)
}

// signature is the type of a cell's method as reflect.Method.Type: yaegi's
// func type, whose String names the cells' types as Go does.
type signature struct {
	reflect.Type
	text string // func(main.Account, int) bool
}

// Signature is t, the run-time type of a cell's method expression, printed
// as text.
func Signature(t reflect.Type, text string) reflect.Type { return signature{t, text} }

func (s signature) String() string { return s.text }

// SignatureText is the text of t when it is a Signature.
func SignatureText(t reflect.Type) (string, bool) {
	s, ok := t.(signature)
	return s.text, ok
}

func (n namedType) Name() string    { return n.name }
func (n namedType) String() string  { return "main." + n.name }
func (n namedType) PkgPath() string { return "main" }

// RuntimeType is t as reflect's functions take it (runtimeType).
func RuntimeType(t reflect.Type) reflect.Type { return runtimeType(t) }

// runtimeType is gopadBuiltin.RType: t as reflect's functions take it,
// the underlying type of a namedType (yaegi's run-time type of a value of
// the cell's type: reflect.New(t) makes one).
func runtimeType(t reflect.Type) reflect.Type {
	switch w := t.(type) {
	case namedType:
		return w.Type
	case heldType:
		return w.Type
	case namedPtr:
		return w.Type
	case signature:
		return w.Type
	}
	return t
}

// cellIface is a cell's interface type as reflect.Type: yaegi gives such
// an interface no run-time interface type (reflect.TypeOf((*Shape)(nil)).Elem()
// is its own struct type), so cellIface answers Kind, Name, String,
// PkgPath, NumMethod, Method and MethodByName from the declaration, and
// TypeImplements and TypeAssignableTo check a type's methods by name
// against it.
type cellIface struct {
	reflect.Type
	name    string
	methods string // "Name Type" of each method, sorted, one a line: a Type is a map key
}

// newCellIface is gopadBuiltin.CellIface: t, the run-time type yaegi gives
// the cell's interface name with the methods listed, each as its name, a
// space and its type as reflect writes it ("Close func() error").
func newCellIface(t reflect.Type, name string, methods ...string) reflect.Type {
	return cellIface{t, name, strings.Join(methods, "\n")}
}

func (c cellIface) Kind() reflect.Kind { return reflect.Interface }
func (c cellIface) Name() string       { return c.name }
func (c cellIface) String() string     { return "main." + c.name }
func (c cellIface) PkgPath() string    { return "main" }
func (c cellIface) NumMethod() int     { return len(c.names()) }

// Method is the interface's i'th method: its Type prints as Go's, and no
// other question of it can be answered (yaegi has no such func type).
func (c cellIface) Method(i int) reflect.Method {
	ms := c.list()
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	name, sig, _ := strings.Cut(ms[i], " ")
	return reflect.Method{Name: name, Type: signature{opaqueFunc{}, sig}, Index: i}
}

func (c cellIface) MethodByName(name string) (reflect.Method, bool) {
	for i, n := range c.names() {
		if n == name {
			return c.Method(i), true
		}
	}
	return reflect.Method{}, false
}

func (c cellIface) list() []string {
	if c.methods == "" {
		return nil
	}
	return strings.Split(c.methods, "\n")
}

func (c cellIface) names() []string {
	ms := c.list()
	for i, m := range ms {
		ms[i], _, _ = strings.Cut(m, " ")
	}
	return ms
}

// opaqueFunc is the type of a method of a cell's interface type beyond
// its text: a question yaegi cannot answer stops the cell naming it.
type opaqueFunc struct{ reflect.Type }

func (opaqueFunc) Kind() reflect.Kind { return reflect.Func }

// implementsCell reports whether t has the methods of u, a cellIface,
// looked up by byName (the session's method sets).
func implementsCell(byName func(reflect.Type, string) (reflect.Method, bool), t reflect.Type, u cellIface) bool {
	for _, m := range u.names() {
		if _, ok := byName(t, m); !ok {
			return false
		}
	}
	return true
}

// typeOfHeld is gopadBuiltin.TypeOfHeld: t, reflect.TypeOf of v, a
// value held in an interface of the standard library's (a fmt.Stringer,
// an error), or the type of the cell's value v stands for when v is
// yaegi's wrapper of it: reflect named the wrapper
// (stdlib._fmt_StringerS). A cell's type over a basic type (or a pointer
// to one) is named by NamedType; a struct's run-time type, which its
// GopadSelf method gives back, is one the session names. A wrapper that
// keeps neither is refused, as %T refuses it.
func typeOfHeld(h *Hooks) func(t reflect.Type, v any) reflect.Type {
	return func(t reflect.Type, v any) reflect.Type {
		iv, ok := stdlib.Wrapped(v)
		if !ok || !iv.IsValid() {
			return t
		}
		if name, named := stdlib.SelfName(v); named {
			short := strings.TrimPrefix(name, "main.")
			if iv.Kind() == reflect.Pointer {
				short = "*" + short
			}
			return NamedType(iv.Type(), short, h.Methods)
		}
		if s, ok := stdlib.SelfValue(v); ok && s != nil {
			return reflect.TypeOf(s)
		}
		if iv.Kind() == reflect.Pointer {
			return iv.Type()
		}
		panic(errors.New("gopad cannot tell reflect.TypeOf the type of a cell's value inside an error or another " +
			"interface of a compiled package: yaegi keeps only the value's methods there. Workaround: " +
			"reflect.TypeOf of a variable of the concrete type"))
	}
}
