package interp

import (
	"go/ast"
	"reflect"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// sessionScope is the session as the rewrite passes see it: read-only.
type sessionScope struct{ s *Session }

var _ rewrite.Scope = sessionScope{}

func (v sessionScope) Declared(name string) bool {
	_, ok := v.s.names[name]
	return ok
}

func (v sessionScope) Global(name string) (reflect.Value, bool) {
	g, ok := v.s.globals()[name]
	return g, ok
}

func (v sessionScope) ImportedAs(name, path string) bool {
	for spec := range v.s.imported {
		if n, p := importName(spec); n == name && p == path {
			return true
		}
	}
	return false
}

func (v sessionScope) DeclaresDefinedType() bool { return v.s.declaresDefinedType() }

func (v sessionScope) Resultless(pkg, name string) bool { return v.s.resultless(pkg, name) }

func (v sessionScope) Results(pkg, name string) int {
	s := v.s
	if pkg == "" {
		d, ok := s.findDecl("func:" + name)
		if !ok {
			return 0
		}
		f, err := source.Parse(source.Chunk{Kind: source.Decl, Src: d.src})
		if err != nil || len(f.AST.Decls) == 0 {
			return 0
		}
		if fd, ok := f.AST.Decls[0].(*ast.FuncDecl); ok {
			return fd.Type.Results.NumFields()
		}
		return 0
	}
	if !s.isImported(pkg) {
		return 0
	}
	if m, ok := s.members(s.importedPath(pkg))[name]; ok && m.IsValid() && m.Kind() == reflect.Func {
		return m.Type().NumOut()
	}
	return 0
}
