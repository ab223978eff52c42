package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gopad/gopad/interp/source"
)

// holdsErased reports whether a value of type t holds, in itself, its
// elements, entries, fields or what it points to, a value whose type
// gopad hands yaegi erased: a map or slice type of itself (selfmaps.go),
// or a struct field of funcs over its struct (selffuncfields.go). %#v of
// such values names the erased types (map[string]interface {}{...},
// ops:interface {}(nil)) where Go names the declared ones.
func (tc *Types) holdsErased(t types.Type, depth int) bool {
	if t == nil || depth > 5 || !mentionsPackage(t, tc.Pkg) {
		return false
	}
	if n, _, _ := tc.selfMapOf(t); n != nil {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return tc.holdsErased(u.Elem(), depth+1)
	case *types.Slice:
		return tc.holdsErased(u.Elem(), depth+1)
	case *types.Array:
		return tc.holdsErased(u.Elem(), depth+1)
	case *types.Map:
		return tc.holdsErased(u.Key(), depth+1) || tc.holdsErased(u.Elem(), depth+1)
	case *types.Struct:
		erased := tc.erasedFields()
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); erased[f] || tc.holdsErased(f.Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// refuseErasedSyntax refuses %#v of operand a, whose type holdsErased.
func (tc *Types) refuseErasedSyntax(a ast.Expr) []source.Edit {
	t := tc.Info.Types[a].Type
	name, ok := tc.goTypeName(t)
	if !ok {
		name = t.String()
	}
	msg := "gopad cannot print %#v of a value of type " + name + ": it holds a type that holds itself " +
		"(a map or slice of itself, or funcs over its struct), which gopad stores under another type. " +
		"Workaround: print it with %v or %+v"
	return source.Around(tc.Off(a.Pos()), tc.Off(a.End()), "gopadBuiltin.Refuse("+strconv.Quote(msg)+", ", ")")
}
