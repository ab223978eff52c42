package interp

import (
	"reflect"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
)

// scopeView is the session as the passes of package rewrite see it,
// read-only. It lives for one chunk's rewrite.
type scopeView struct {
	s       *Session
	imports map[string]string // name -> import path, once read
}

var _ rewrite.Scope = (*scopeView)(nil)

func (v *scopeView) Declared(name string) bool {
	_, ok := v.s.names[name]
	return ok
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

func (v *scopeView) Compiled(path, name string) (reflect.Value, bool) {
	_, syms, ok := v.s.lookupTable(path)
	if !ok {
		return reflect.Value{}, false
	}
	val, ok := syms[name]
	return val, ok
}

// declaresTypes reports whether the cells declared a type.
func (s *Session) declaresTypes() bool {
	for _, d := range s.decls {
		for _, k := range d.keys {
			if strings.HasPrefix(k, "type:") {
				return true
			}
		}
	}
	return false
}
