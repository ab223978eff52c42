package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
)

// Main's variables that shadow a package-level name (rewrite.ShadowMain):
// a statement chunk is renamed before anything else reads it, and the
// names it shadowed are remembered once the chunk declared them.

// shadowMain renames main's shadowing variables in a statement chunk of
// c, and returns the names it shadows for the first time. A var statement
// among main's statements is a declaration chunk; one that shadows a
// package-level name becomes main's own, a statement.
func (s *Session) shadowMain(ch source.Chunk, c *source.Cell) (source.Chunk, []string) {
	if len(s.shadowed) == 0 && !mayDeclare(ch.Src) {
		return ch, nil
	}
	shadowed := func(name string) bool { return s.shadowed[name] }
	switch {
	case ch.Kind == source.Stmt:
		var fresh []string
		ch.Src, fresh = rewrite.ShadowMain(ch.Src, shadowed, s.shadowableIn(ch.Src))
		return ch, fresh
	case ch.Kind == source.Decl && !c.Program && hasStatements(c) && onlyVarDecls(ch.Src):
		src, fresh := rewrite.ShadowMain(ch.Src, shadowed, s.shadowableIn(ch.Src))
		if src != ch.Src {
			ch.Kind, ch.Src = source.Stmt, src
		}
		return ch, fresh
	}
	return ch, nil
}

// mayDeclare reports whether src may declare a variable or a constant at
// its top level, as a quick test before a parse.
func mayDeclare(src string) bool {
	return strings.Contains(src, ":=") || strings.Contains(src, "var") || strings.Contains(src, "const")
}

// hasStatements reports whether c has a statement chunk: it is a part of
// main's body.
func hasStatements(c *source.Cell) bool {
	return slices.ContainsFunc(c.Chunks, func(ch source.Chunk) bool { return ch.Kind == source.Stmt })
}

// onlyVarDecls reports whether the declarations src are var declarations.
func onlyVarDecls(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return false
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); !ok || gd.Tok != token.VAR {
			return false
		}
	}
	return true
}

// noteShadows remembers the names of fresh whose shadowing variable the
// chunk ch declared (a chunk that failed declared none). A declaration
// chunk that ran declares its names anew at the package level, for the
// statements too: their shadows end.
func (s *Session) noteShadows(ch source.Chunk, fresh []string, failed bool) {
	for _, name := range fresh {
		if _, ok := s.names[rewrite.ShadowPrefix+name]; ok {
			s.shadowed[name] = true
		}
	}
	if ch.Kind == source.Decl && !failed {
		for name := range topLevelNames(ch.Src) {
			delete(s.shadowed, name)
		}
	}
}

// shadowableIn returns whether main's name := ... in the statement chunk
// src shadows a package-level name. It does for a predeclared name (len,
// max, string: yaegi mixed main's variable up with the builtin), for a
// function's or a constant's name a declaration gave, for an imported package's name
// (var errors []error beside import "errors"), and for a variable's that a
// declared function or method reads, but for one a := of several names
// declares again with its own type (p, err := g()): the session takes
// that for an assignment of its variable, for the functions to see
// (redeclare.go). A var statement of main's own is a declaration chunk
// too, and no function reads it: a later := of its name assigns it (var
// paths func(); paths, st := memoize(...)).
func (s *Session) shadowableIn(src string) func(name string) bool {
	var tc *typedChunk
	checked := false
	return func(name string) bool {
		if types.Universe.Lookup(name) != nil {
			return true // a predeclared name: len := len(s), max := 0
		}
		for _, d := range s.decls {
			if hasKey(d, "func:"+name) || hasKey(d, "const:"+name) {
				return true
			}
		}
		if s.importsAs(name) {
			return true
		}
		if !s.declaredVar(name) || !s.readByFunc(name) {
			return false
		}
		if !checked {
			tc, checked = s.typeCheck(src, true), true
		}
		return tc == nil || !tc.types.TupleRedefines(name)
	}
}

// importsAs reports whether the cells imported a package under name.
func (s *Session) importsAs(name string) bool {
	for spec := range s.imported {
		if n, _ := importName(spec); n == name {
			return true
		}
	}
	return false
}

// readByFunc reports whether a declared function or method reads name.
func (s *Session) readByFunc(name string) bool {
	return slices.ContainsFunc(s.decls, func(d decl) bool { return d.refs[name] && declaresFunc(d) })
}

// declaredVar reports whether a declaration declared the variable name.
func (s *Session) declaredVar(name string) bool {
	return slices.ContainsFunc(s.decls, func(d decl) bool { return hasKey(d, "var:"+name) })
}

// declaresFunc reports whether d declares a function or a method.
func declaresFunc(d decl) bool {
	return slices.ContainsFunc(d.keys, func(k string) bool {
		return strings.HasPrefix(k, "func:") || strings.HasPrefix(k, "method:")
	})
}
