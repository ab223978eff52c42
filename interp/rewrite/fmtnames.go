package rewrite

import (
	"go/types"
	"strconv"
	"strings"
)

// reflectName writes t as reflect.Type.String (and so %T) spells it in a
// compiled program whose package is self, named main: type arguments
// joined by a bare comma, byte as uint8, any as interface {}, struct
// types as struct { X int; y string }. The copies of generic types
// (Env.Copies) are written by their Go names. It refuses (false) what it
// is not sure of: type parameters, embedded fields, interfaces with
// methods, types declared inside functions.
func reflectName(t types.Type, self *types.Package, copies map[string]string) (string, bool) {
	w := reflectWriter{self: self, copies: copies, ok: true}
	w.typ(t, 0)
	return w.b.String(), w.ok
}

type reflectWriter struct {
	b      strings.Builder
	self   *types.Package
	copies map[string]string
	ok     bool
}

func (w *reflectWriter) typ(t types.Type, depth int) {
	if depth > 32 || !w.ok {
		w.ok = false
		return
	}
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Byte:
			w.b.WriteString("uint8")
		case types.Rune:
			w.b.WriteString("int32")
		case types.UnsafePointer:
			w.b.WriteString("unsafe.Pointer")
		default:
			w.ok = t.Info()&types.IsUntyped == 0 && t.Kind() != types.Invalid
			w.b.WriteString(t.Name())
		}
	case *types.Alias:
		w.typ(types.Unalias(t), depth+1)
	case *types.Named:
		w.named(t, depth)
	case *types.Pointer:
		w.b.WriteString("*")
		w.typ(t.Elem(), depth+1)
	case *types.Slice:
		w.b.WriteString("[]")
		w.typ(t.Elem(), depth+1)
	case *types.Array:
		w.b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		w.typ(t.Elem(), depth+1)
	case *types.Map:
		w.b.WriteString("map[")
		w.typ(t.Key(), depth+1)
		w.b.WriteString("]")
		w.typ(t.Elem(), depth+1)
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			w.b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				w.ok = false // chan (<-chan T)
			}
		case types.SendOnly:
			w.b.WriteString("chan<- ")
		case types.RecvOnly:
			w.b.WriteString("<-chan ")
		}
		w.typ(t.Elem(), depth+1)
	case *types.Signature:
		w.b.WriteString("func")
		w.signature(t, depth)
	case *types.Struct:
		w.structType(t, depth)
	case *types.Interface:
		w.iface(t, depth)
	default:
		w.ok = false
	}
}

// iface writes an interface type as reflect does: interface { A() int;
// B(string) } with its methods (embedded ones too) sorted by name. An
// unexported method, which reflect qualifies with its package, is not
// written.
func (w *reflectWriter) iface(t *types.Interface, depth int) {
	if t.NumMethods() == 0 {
		w.ok = w.ok && t.IsMethodSet()
		w.b.WriteString("interface {}")
		return
	}
	w.b.WriteString("interface { ")
	for i := range t.NumMethods() {
		m := t.Method(i) // sorted by name (exported names)
		if !m.Exported() {
			w.ok = false
			return
		}
		if i > 0 {
			w.b.WriteString("; ")
		}
		w.b.WriteString(m.Name())
		w.signature(m.Type().(*types.Signature), depth)
	}
	w.b.WriteString(" }")
}

func (w *reflectWriter) named(t *types.Named, depth int) {
	o := t.Obj()
	if o.Pkg() == nil { // error
		w.b.WriteString(o.Name())
		return
	}
	if o.Pkg() == w.self {
		if o.Parent() != w.self.Scope() && t.TypeArgs().Len() > 0 {
			w.ok = false
			return
		}
		// A type declared in a function is named like a package-level one
		// (reflect writes main.Weekday for both).
		if goName := w.copies[o.Name()]; goName != "" {
			w.b.WriteString(goName)
			return
		}
		w.b.WriteString("main.")
	} else {
		w.b.WriteString(o.Pkg().Name() + ".")
	}
	w.b.WriteString(o.Name())
	if args := t.TypeArgs(); args.Len() > 0 {
		w.b.WriteString("[")
		for i := 0; i < args.Len(); i++ {
			if i > 0 {
				w.b.WriteString(",")
			}
			w.typ(args.At(i), depth+1)
		}
		w.b.WriteString("]")
	}
}

// signature writes (params) results as reflect does.
func (w *reflectWriter) signature(sig *types.Signature, depth int) {
	w.b.WriteString("(")
	ps := sig.Params()
	for i := 0; i < ps.Len(); i++ {
		if i > 0 {
			w.b.WriteString(", ")
		}
		if t := ps.At(i).Type(); sig.Variadic() && i == ps.Len()-1 {
			w.b.WriteString("...")
			if s, ok := t.(*types.Slice); ok {
				t = s.Elem()
			}
			w.typ(t, depth+1)
		} else {
			w.typ(t, depth+1)
		}
	}
	w.b.WriteString(")")
	rs := sig.Results()
	switch rs.Len() {
	case 0:
	case 1:
		w.b.WriteString(" ")
		w.typ(rs.At(0).Type(), depth+1)
	default:
		w.b.WriteString(" (")
		for i := 0; i < rs.Len(); i++ {
			if i > 0 {
				w.b.WriteString(", ")
			}
			w.typ(rs.At(i).Type(), depth+1)
		}
		w.b.WriteString(")")
	}
}

func (w *reflectWriter) structType(st *types.Struct, depth int) {
	if st.NumFields() == 0 {
		w.b.WriteString("struct {}")
		return
	}
	w.b.WriteString("struct { ")
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Embedded() {
			w.ok = false
			return
		}
		if i > 0 {
			w.b.WriteString("; ")
		}
		w.b.WriteString(f.Name() + " ")
		w.typ(f.Type(), depth+1)
		if tag := withoutNameTag(st.Tag(i)); tag != "" { // a tag of TagAnonStructs' in a generic copy's text
			w.b.WriteString(" " + strconv.Quote(tag))
		}
	}
	w.b.WriteString(" }")
}
