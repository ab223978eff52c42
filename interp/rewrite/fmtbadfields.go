package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/source"
)

// namedField is how a struct printer hands fmt a field's value v of
// type t where fmt would name t in a bad verb: a cell's type over a basic
// type goes through gopadBuiltin.NamedBasic (%!d(main.Name=k), where fmt
// named yaegi's string), a pointer to a cell's struct type through
// gopadBuiltin.NamedPtr (%!s(*main.Point=<nil>), where fmt named yaegi's
// struct type). Types with methods are left to the callers, unless
// methods says the verb calls none (a String method under %d), and so is
// a Format method always; "" when t is none of these.
func (tc *Types) namedField(t types.Type, v string, methods bool) string {
	if hasFormat(t) || !methods && types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
		return ""
	}
	if p, ok := t.(*types.Pointer); ok {
		n, ok := p.Elem().(*types.Named)
		if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
			return ""
		}
		if _, st := n.Underlying().(*types.Struct); !st || hasFormat(p) || !methods && printMethod(p) != "" {
			return ""
		}
		name, ok := tc.goTypeName(p)
		if !ok {
			return ""
		}
		return "gopadBuiltin.NamedPtr(" + strconv.Quote(name) + ", " + v + ")"
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != tc.Pkg || n.TypeParams().Len() > 0 {
		return ""
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Kind() == types.UnsafePointer {
		return ""
	}
	name, ok := tc.goTypeName(n)
	if !ok {
		return ""
	}
	basic := types.Typ[b.Kind()].Name()
	return "gopadBuiltin.NamedBasic(" + strconv.Quote(name) + ", " + strconv.Quote(basic) + ", " + basic + "(" + v + "))"
}

// badVerbStruct is badVerbOperand of an operand a of a struct type of the
// cells (or over their types) under a verb other than %v (%d): fmt prints its
// fields with the verb, and names a field's type where the verb is bad for
// it ({%!d(main.Name=k) 150 0}); yaegi handed fmt the fields' underlying
// types. The struct goes to gopadBuiltin.PrintStruct with such fields
// handed as namedField says. Left alone (false) when a field is of an
// interface, struct, container or Format type, or none needs a name.
func (tc *Types) badVerbStruct(d directive, a ast.Expr, t types.Type) ([]source.Edit, bool) {
	if d.verb == 'T' || d.verb == 'p' || d.verb == 'w' || d.verb == 'v' || hasFormat(t) || printMethod(t) != "" {
		return nil, false
	}
	// Under %s %q %x %X, which call String and Error methods, only
	// fields of types without methods are handed by name.
	methods := strings.IndexByte("sqxX", d.verb) < 0
	st, ok := t.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 || !mentionsPackage(t, tc.Pkg) {
		return nil, false
	}
	tt, ok := tc.TypeText(t)
	if !ok {
		return nil, false
	}
	var vals, names []string
	named := false
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		v := "gopadS." + f.Name()
		if w := tc.namedField(f.Type(), v, methods); w != "" {
			v, named = w, true
		} else if mentionsPackage(f.Type(), tc.Pkg) || types.IsInterface(f.Type()) || hasFormat(f.Type()) || tc.erasedFields()[f] {
			return nil, false
		}
		vals = append(vals, v)
		names = append(names, strconv.Quote(f.Name()))
	}
	if !named {
		return nil, false
	}
	open := "func(gopadS " + tt + ") any { return gopadBuiltin.PrintStruct([]any{" + strings.Join(vals, ", ") + "}, " +
		strings.Join(names, ", ") + ") }("
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), open, ")"), true
}
