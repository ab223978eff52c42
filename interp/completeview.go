package interp

import (
	"path"
	"reflect"
	"strconv"
	"strings"

	"github.com/gopad/gopad/interp/complete"
	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/kernel/engine"
)

// completeAt answers a completion request (cursor in code points).
func completeAt(s *Session, code string, cursor int) engine.Completion {
	s.mu.Lock()
	defer s.mu.Unlock()
	return complete.Complete(completeView{s}, code, cursor)
}

// inspectAt answers an inspection request (cursor in code points).
func inspectAt(s *Session, code string, cursor, detail int) engine.Inspection {
	s.mu.Lock()
	defer s.mu.Unlock()
	return inspectLocked(s, code, cursor, detail)
}

// inspectLocked is inspectAt for a caller that holds s.mu.
func inspectLocked(s *Session, code string, cursor, detail int) engine.Inspection {
	return complete.Inspect(completeView{s}, code, cursor, detail)
}

// completeView is the session as package complete reads it (complete.Scope).
// Its methods run with s.mu held.
type completeView struct{ s *Session }

func (v completeView) Declared() map[string]complete.Decl {
	out := make(map[string]complete.Decl, len(v.s.names))
	for n, d := range v.s.names {
		out[n] = complete.Decl{Kind: d.kind, Text: d.sig}
	}
	return out
}

func (v completeView) Globals() map[string]reflect.Value { return v.s.globals() }

func (v completeView) PackagePath(name string) string { return v.s.importedPath(name) }

func (v completeView) PackageNames() []string {
	names := make([]string, 0, len(v.s.packages()))
	for n := range v.s.packages() {
		names = append(names, n)
	}
	return names
}

func (v completeView) Members(p string) map[string]reflect.Value { return v.s.members(p) }

// CellMethods returns the methods cells declared on the cell type of the
// variable name (the session's declarations keep them as "method:T.m").
func (v completeView) CellMethods(name string) []string {
	t, ok := v.s.varTypes[name]
	if !ok {
		return nil
	}
	var methods []string
	for _, d := range v.s.decls {
		for _, k := range d.keys {
			if m, ok := strings.CutPrefix(k, "method:"+t.name+"."); ok && m != rewrite.SelfMethod {
				methods = append(methods, m) // (gopad's own method is no method of the program's)
			}
		}
	}
	return methods
}

// TypeCheck checks stmt with the session's declarations and imports; pkg,
// when it names a package the cells did not import, is imported for the
// check alone.
func (v completeView) TypeCheck(stmt, pkg string) *complete.Checked {
	s := v.s
	if p := s.importedPath(pkg); pkg != "" && p != "" && !s.isImported(pkg) {
		spec := strconv.Quote(p)
		if path.Base(p) != pkg {
			spec = pkg + " " + spec
		}
		s.imported[spec] = true
		defer delete(s.imported, spec)
	}
	tc := s.typeCheck(stmt, true)
	if tc == nil {
		return nil
	}
	return &complete.Checked{File: tc.file, Info: tc.info, Pkg: tc.pkg}
}
