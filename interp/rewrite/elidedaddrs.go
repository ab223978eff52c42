package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/gopad/gopad/interp/source"
)

var elidedAddrsPass = Pass{
	Name:  "elidedAddrs",
	Wants: func(u *Unit) bool { return u.sights().ptrElemLits },
	Run:   func(u *Unit) []source.Edit { return u.Types.elidedAddrs() },
}

// elidedAddrs writes out the &T that Go lets a composite literal leave
// out before an element of pointer type, when T is not a struct:
//
//	[]*[2]int{{1, 2}}  →  []*[2]int{&[2]int{1, 2}}
//
// yaegi builds the pointed-to array, slice or map wrong from the elided
// form (reflect.Value.Convert: value of type int cannot be converted to
// type [2]int, or a nil pointer); it builds structs right, except in a
// literal of a compiled package's named type:
//
//	fstest.MapFS{"a": {Data: b}}  →  fstest.MapFS{"a": &fstest.MapFile{Data: b}}
func (tc *Types) elidedAddrs() []source.Edit {
	var edits []source.Edit
	ast.Inspect(tc.File, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		t := tc.Info.Types[lit].Type
		key, elem := litPointerTypes(t, tc.compiledNamed(t))
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				edits = append(edits, tc.elidedAddr(kv.Key, key)...)
				el = kv.Value
			}
			edits = append(edits, tc.elidedAddr(el, elem)...)
		}
		return true
	})
	return edits
}

// litPointerTypes are the key and element types of a composite literal
// of type t (nil for those that are not pointers to non-structs, or, with
// structs, not pointers).
func litPointerTypes(t types.Type, structs bool) (key, elem *types.Pointer) {
	if t == nil {
		return nil, nil
	}
	var k, e types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		e = u.Elem()
	case *types.Array:
		e = u.Elem()
	case *types.Map:
		k, e = u.Key(), u.Elem()
	}
	if structs {
		return asPointer(k), asPointer(e)
	}
	return nonStructPointer(k), nonStructPointer(e)
}

// asPointer is t as a pointer, or nil.
func asPointer(t types.Type) *types.Pointer {
	if t == nil {
		return nil
	}
	p, _ := t.Underlying().(*types.Pointer)
	return p
}

// compiledNamed reports whether t is a named type of a compiled package
// (fstest.MapFS): yaegi fails to build a literal of such a type whose
// elements leave out &T even before a struct (a nil pointer dereference
// while it compiles the chunk).
func (tc *Types) compiledNamed(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != tc.Pkg
}

// nonStructPointer is t as a pointer to something other than a struct.
func nonStructPointer(t types.Type) *types.Pointer {
	if t == nil {
		return nil
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	if _, isStruct := p.Elem().Underlying().(*types.Struct); isStruct {
		return nil
	}
	return p
}

// elidedAddr writes &T before e when e is a literal without its type whose
// place has the pointer type p.
func (tc *Types) elidedAddr(e ast.Expr, p *types.Pointer) []source.Edit {
	lit, ok := e.(*ast.CompositeLit)
	if p == nil || !ok || lit.Type != nil || tc.Off(lit.Pos()) < 0 {
		return nil
	}
	text, ok := tc.TypeText(p.Elem())
	if !ok {
		return nil
	}
	return []source.Edit{source.Insert(tc.Off(lit.Pos()), "&"+text)}
}
