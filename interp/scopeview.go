package interp

import (
	"go/ast"
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// scopeView is the session as the passes of package rewrite see it,
// read-only. It lives for one chunk's rewrite.
type scopeView struct {
	s       *Session
	imports map[string]string        // name -> import path, once read
	globals map[string]reflect.Value // the interpreter's globals, once read
}

var _ rewrite.Scope = (*scopeView)(nil)

func (v *scopeView) Declared(name string) bool {
	_, ok := v.s.names[name]
	return ok
}

func (v *scopeView) Global(name string) (reflect.Value, bool) {
	if v.globals == nil {
		v.globals = v.s.globals()
	}
	g, ok := v.globals[name]
	return g, ok
}

func (v *scopeView) ImportedAs(name, path string) bool {
	for spec := range v.s.imported {
		n, p := importName(spec)
		if alias, _, explicit := importSpec(spec); explicit && (alias == "." || alias == "_") {
			n = alias // importName gives such an import no name
		}
		if n == name && p == path {
			return true
		}
	}
	return false
}

func (v *scopeView) ImportPath(name string) (string, bool) {
	if v.imports == nil {
		_, names := v.s.importBlock()
		v.imports = make(map[string]string, len(names))
		for p, n := range names {
			v.imports[n] = p
		}
	}
	p, ok := v.imports[name]
	return p, ok
}

func (v *scopeView) GenericFunc(name string) bool {
	for _, d := range v.s.decls {
		if d.generic == name {
			return true
		}
	}
	return false
}

func (v *scopeView) Variable(name string) bool {
	d, ok := v.s.names[name]
	return ok && d.kind == "variable"
}

func (v *scopeView) DeclaresTypes() bool { return v.s.declaresTypes() }

func (v *scopeView) DeclaresDefinedType() bool { return v.s.declaresDefinedType() }

func (v *scopeView) DeclaresAlias() bool { return v.s.declaresAlias() }

func (v *scopeView) Compiled(path, name string) (reflect.Value, bool) {
	_, syms, ok := v.s.lookupTable(path)
	if !ok {
		return reflect.Value{}, false
	}
	val, ok := syms[name]
	return val, ok
}

func (v *scopeView) Resultless(pkg, name string) bool {
	if pkg == "" {
		_, ok := v.s.findDecl("func:" + name)
		return ok && v.Results("", name) == 0
	}
	return v.s.resultless(pkg, name)
}

func (v *scopeView) Variadic(name string) bool {
	fd := v.s.funcDecl(name)
	if fd == nil || fd.Type.Params.NumFields() == 0 {
		return false
	}
	list := fd.Type.Params.List
	_, ok := list[len(list)-1].Type.(*ast.Ellipsis)
	return ok
}

func (v *scopeView) Results(pkg, name string) int {
	s := v.s
	if pkg == "" {
		if fd := s.funcDecl(name); fd != nil {
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

// declaresTypes reports whether the cells declared a type, or wrote a
// struct type with unexported fields elsewhere (a literal of an anonymous
// struct type, a type inside a function): yaegi renames those fields at
// run time, and printing their values needs the same care.
func (s *Session) declaresTypes() bool {
	s.types.mu.RLock()
	hidden := len(s.types.hidden) > 0
	s.types.mu.RUnlock()
	if hidden {
		return true
	}
	for _, d := range s.decls {
		for _, k := range d.keys {
			if strings.HasPrefix(k, "type:") {
				return true
			}
		}
	}
	return false
}

// funcDecl is the declaration of the function name a cell declared,
// parsed, or nil.
func (s *Session) funcDecl(name string) *ast.FuncDecl {
	d, ok := s.findDecl("func:" + name)
	if !ok {
		return nil
	}
	f, err := source.Parse(source.Chunk{Kind: source.Decl, Src: d.src})
	if err != nil || len(f.AST.Decls) == 0 {
		return nil
	}
	fd, _ := f.AST.Decls[0].(*ast.FuncDecl)
	return fd
}
