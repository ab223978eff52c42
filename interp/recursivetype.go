package interp

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// recursiveTypeError refuses a type that refers to itself other than
// through a struct or an interface, before yaegi sees it (but for a func
// type whose one result is itself, which rewrite/selffunctypes.go runs):
//
//	type stateFn func(m *Machine, in string) stateFn
//	type Tree map[string]Tree
//
// yaegi builds a reflect type for every type, and reflect has no unnamed
// recursive func, slice, map or pointer types: yaegi panics when it
// compiles a use of such a type ("reflect.Type is nil", a nil dereference)
// or recurses until the process dies. A recursion through a struct (a
// linked list, a tree) works and is left alone. nil when ch has no such
// type.
func (s *Session) recursiveTypeError(code string, ch source.Chunk) *engine.Error {
	if ch.Kind != source.Stmt && ch.Kind != source.Decl {
		return nil
	}
	f, err := s.parses.Parse(ch)
	if err != nil {
		return nil
	}
	specs := map[string]*ast.TypeSpec{}
	var order []*ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && !ts.Assign.IsValid() {
			specs[ts.Name.Name] = ts
			order = append(order, ts)
		}
		return true
	})
	for _, ts := range order {
		name := ts.Name.Name
		if !reachesItself(name, specs) || selfFuncSpec(ts, specs) || selfMapSpec(ts, specs) {
			continue
		}
		line, col := ch.CellPos(f.Off(ts.Pos()))
		msg := fmt.Sprintf("the type %s refers to itself through a %s, not through a struct, and the "+
			"interpreter cannot build such a type; put the recursion in a struct, e.g. type %s struct{ next %s }, "+
			"and use the field", name, kindWord(ts.Type), name, strings.ReplaceAll(f.Code(ts.Type), "\n", " "))
		if _, ok := ts.Type.(*ast.FuncType); ok {
			msg += "; a func type whose one result is itself and which names itself nowhere else " +
				"(type stateFn func(*lexer) stateFn, type Src[T any] func() Src[T]) runs"
		}
		return positioned(engine.ErrUnsupported, msg, code, line, col)
	}
	return nil
}

// reachesItself reports whether the type name reaches itself through
// the types of specs without passing through a struct or an interface.
func reachesItself(name string, specs map[string]*ast.TypeSpec) bool {
	return reaches(name, name, specs)
}

// reaches reports whether the type from reaches the type name through the
// types of specs without passing through a struct or an interface.
func reaches(from, name string, specs map[string]*ast.TypeSpec) bool {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(n string) bool {
		ts := specs[n]
		if ts == nil || seen[n] {
			return false
		}
		seen[n] = true
		for _, ref := range typeRefs(ts.Type) {
			if ref == name || walk(ref) {
				return true
			}
		}
		return false
	}
	return walk(from)
}

// selfFuncSpec reports whether ts declares a func type whose one result
// is the type itself, named nowhere else in it (type stateFn func(*lexer)
// stateFn): rewrite/selffunctypes.go hands yaegi such a type with its
// result erased. A generic one (type Src[T any] func() Src[T]) runs as
// its concrete copies (mono.go), each such a type.
func selfFuncSpec(ts *ast.TypeSpec, specs map[string]*ast.TypeSpec) bool {
	ft, ok := ts.Type.(*ast.FuncType)
	if !ok || ft.Results == nil || len(ft.Results.List) != 1 || len(ft.Results.List[0].Names) > 0 {
		return false
	}
	if !selfInstance(ft.Results.List[0].Type, ts) {
		return false
	}
	for _, f := range ft.Params.List {
		for _, ref := range typeRefs(f.Type) {
			if ref == ts.Name.Name || reaches(ref, ts.Name.Name, specs) {
				return false
			}
		}
	}
	return true
}

// selfInstance reports whether t names the type ts declares: its name,
// or for a generic type its instance with its own type parameters in
// order (func() Src[T] of Src[T any]).
func selfInstance(t ast.Expr, ts *ast.TypeSpec) bool {
	var args []ast.Expr
	switch x := t.(type) {
	case *ast.Ident:
		return ts.TypeParams == nil && x.Name == ts.Name.Name
	case *ast.IndexExpr:
		t, args = x.X, []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		t, args = x.X, x.Indices
	default:
		return false
	}
	if id, ok := t.(*ast.Ident); !ok || id.Name != ts.Name.Name || ts.TypeParams == nil {
		return false
	}
	var params []string
	for _, f := range ts.TypeParams.List {
		for _, n := range f.Names {
			params = append(params, n.Name)
		}
	}
	if len(params) != len(args) {
		return false
	}
	for i, a := range args {
		if id, ok := a.(*ast.Ident); !ok || id.Name != params[i] {
			return false
		}
	}
	return true
}

// typeRefs lists the plain type names t uses outside struct and interface
// types.
func typeRefs(t ast.Expr) []string {
	var refs []string
	ast.Inspect(t, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StructType, *ast.InterfaceType, *ast.SelectorExpr:
			return false
		case *ast.Ident:
			refs = append(refs, n.Name)
		}
		return true
	})
	return refs
}

// kindWord names the kind of type expression t for a message.
func kindWord(t ast.Expr) string {
	switch t.(type) {
	case *ast.FuncType:
		return "func type"
	case *ast.ArrayType:
		return "slice or array"
	case *ast.MapType:
		return "map"
	case *ast.StarExpr:
		return "pointer"
	case *ast.ChanType:
		return "channel"
	}
	return "type"
}

// selfMapSpec reports whether ts declares a map type whose values are the
// type itself, named nowhere else in it (type Trie map[rune]Trie), or a
// slice type of itself (type List []List): rewrite/selfmaps.go hands yaegi
// such a type with its values erased.
func selfMapSpec(ts *ast.TypeSpec, specs map[string]*ast.TypeSpec) bool {
	if at, ok := ts.Type.(*ast.ArrayType); ok && at.Len == nil && ts.TypeParams == nil {
		id, ok := at.Elt.(*ast.Ident)
		return ok && id.Name == ts.Name.Name
	}
	mt, ok := ts.Type.(*ast.MapType)
	if !ok || ts.TypeParams != nil {
		return false
	}
	if id, ok := mt.Value.(*ast.Ident); !ok || id.Name != ts.Name.Name {
		return false
	}
	for _, ref := range typeRefs(mt.Key) {
		if ref == ts.Name.Name || reaches(ref, ts.Name.Name, specs) {
			return false
		}
	}
	return true
}
