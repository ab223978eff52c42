package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"github.com/gopad/gopad/kernel/engine"
)

// recursiveTypeError refuses a type that refers to itself other than
// through a struct or an interface, before yaegi sees it:
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
func recursiveTypeError(code string, ch chunk) *engine.Error {
	var f *ast.File
	var fset *token.FileSet
	var err error
	prefix := "package p\n"
	if ch.kind == stmtChunk {
		prefix = stmtPrefix
		f, fset, err = parseStmtChunk(ch.src)
	} else {
		fset = token.NewFileSet()
		f, err = parser.ParseFile(fset, "", prefix+ch.src, parser.SkipObjectResolution)
	}
	if err != nil {
		return nil
	}
	specs := map[string]*ast.TypeSpec{}
	var order []*ast.TypeSpec
	ast.Inspect(f, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && !ts.Assign.IsValid() {
			specs[ts.Name.Name] = ts
			order = append(order, ts)
		}
		return true
	})
	for _, ts := range order {
		name := ts.Name.Name
		if !reachesItself(name, specs) {
			continue
		}
		p := fset.Position(ts.Pos())
		line, col := ch.line+p.Line-strings.Count(prefix, "\n")-1, p.Column
		if line == ch.line {
			col += ch.col - 1
		}
		msg := fmt.Sprintf("the type %s refers to itself through a %s, not through a struct, and the "+
			"interpreter cannot build such a type; put the recursion in a struct, e.g. type %s struct{ next %s }, "+
			"and use the field", name, kindWord(ts.Type), name, strings.ReplaceAll(typeSource(ch.src, fset, ts, prefix), "\n", " "))
		return positioned("Unsupported", msg, code, line, col)
	}
	return nil
}

// reachesItself reports whether the type name reaches itself through
// the types of specs without passing through a struct or an interface.
func reachesItself(name string, specs map[string]*ast.TypeSpec) bool {
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
	return walk(name)
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

// typeSource is the text of ts's type in src.
func typeSource(src string, fset *token.FileSet, ts *ast.TypeSpec, prefix string) string {
	from, to := fset.Position(ts.Type.Pos()).Offset-len(prefix), fset.Position(ts.Type.End()).Offset-len(prefix)
	if from < 0 || to > len(src) || from > to {
		return "..."
	}
	return src[from:to]
}
